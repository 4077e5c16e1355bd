import { useState } from 'preact/hooks';
import { t } from '../shared/i18n/i18n';
import type { OptionsState } from './options-state';
import { LockedNote } from './locked-note';
import { samePair } from '../../protocol/settings';

/**
 * Sites whose frames are checked together (settings `pairedOrigins`). Frames of different origins
 * are analysed apart (issue 15): a note shown from a documentation service's sibling address never
 * explains the page's code unless the user pairs the two sites here. A code whose frame has no
 * note while another site's frame has one is not checked, and the panel names that site and this
 * section (background/note-whereabouts.ts).
 */
export function PairedSection({ state }: { state: OptionsState }) {
  const settings = state.settings.value;
  const [page, setPage] = useState('');
  const [frame, setFrame] = useState('');
  if (!settings) return null;
  const submit = (event: Event) => {
    event.preventDefault();
    void state.pairOrigins(page, frame).then((saved) => {
      if (!saved) return;
      setPage('');
      setFrame('');
    });
  };
  return (
    <section aria-labelledby="paired-title">
      <h2 id="paired-title">{t('pairedTitle')}</h2>
      <p class="muted">{t('pairedIntro')}</p>
      <ul class="site-list" aria-label={t('pairedTitle')}>
        {settings.pairedOrigins.length === 0 && <li class="muted">{t('pairedNone')}</li>}
        {settings.pairedOrigins.map(([first, second]) => (
          <li key={`${first} ${second}`} data-pair={`${first} ${second}`}>
            <span class="code">{first}</span> ↔ <span class="code">{second}</span>{' '}
            {settings.locks.pairedOrigins?.some((admin) => samePair(admin, [first, second])) ? (
              <LockedNote />
            ) : (
              <button
                type="button"
                onClick={() => void state.unpairOrigins(first, second)}
                aria-label={t('pairedRemove', { first, second })}
              >
                {t('remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <form class="pair-form" onSubmit={submit}>
        <SiteInput
          id="pair-page"
          label={t('pairedPageSite')}
          placeholder={t('originPlaceholder')}
          value={page}
          onValue={setPage}
        />{' '}
        <SiteInput
          id="pair-frame"
          label={t('pairedFrameSite')}
          placeholder={t('pairedFramePlaceholder')}
          value={frame}
          onValue={setFrame}
        />{' '}
        <button type="submit">{t('pairedAdd')}</button>
      </form>
    </section>
  );
}

/** One labelled site address field of the pairing form. */
function SiteInput(props: {
  id: string;
  label: string;
  placeholder: string;
  value: string;
  onValue: (value: string) => void;
}) {
  return (
    <>
      <label for={props.id}>{props.label}</label>{' '}
      <input
        id={props.id}
        type="text"
        inputMode="url"
        spellcheck={false}
        placeholder={props.placeholder}
        value={props.value}
        onInput={(e) => props.onValue(e.currentTarget.value)}
      />
    </>
  );
}
