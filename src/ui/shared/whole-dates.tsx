import { splitWhole } from './split-dates';

/**
 * `text` with each ISO date in a `span.date` and each range of codes or levels (98925-98929,
 * C5-C6) in a `span.range`, neither of which wraps (theme.css).
 */
export function WholeDates({ text }: { text: string }) {
  return (
    <>
      {splitWhole(text).map((p, i) =>
        p.kind ? (
          <span key={i} class={p.kind}>
            {p.text}
          </span>
        ) : (
          p.text
        ),
      )}
    </>
  );
}
