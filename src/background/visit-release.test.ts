import { describe, expect, it, vi } from 'vitest';
import type { FieldText } from '../core';
import { sayCoreText } from '../platform/i18n';
import { visitRelease } from './analyze-tab';

// The catalog's packaged assets are not needed to choose a release.
vi.mock('./code-lookup', () => ({ loadCodeLookup: vi.fn() }));

const dos: FieldText = { id: '0:date-0', kind: 'date', text: 'Date of service: 10/02/2025' };
const today = '2026-12-06';

describe('visitRelease with a date of service that reads two ways', () => {
  it('is refused with nothing to settle it, and the release is today’s', () => {
    const visit = visitRelease([dos], 'en', { today });
    expect(visit.stamp).toMatchObject({ dateSource: 'today', version: 'FY2027' });
    expect(visit.stamp.message).toContain('could not be used');
  });

  it("reads it month first beside a Medicare banner or the site's Medicare setting, and says how", () => {
    const banner: FieldText = {
      id: '0:coverage-0',
      kind: 'coverage',
      text: 'MEDICARE PART B — PRIMARY · Secondary: AARP Medicare Supplement Plan G',
    };
    for (const visit of [
      visitRelease([dos, banner], 'en', { today }),
      visitRelease([dos], undefined, { today, payer: 'medicare' }),
    ]) {
      expect(visit.stamp).toMatchObject({
        dateSource: 'page',
        dateOfService: '2025-10-02',
        version: 'FY2026',
        status: 'in-force',
        messageId: 'release_date_order_payer',
        params: { payer: 'Medicare' },
      });
      expect(visit.stamp.message).toBe(
        "The page's date 10/02/2025 was read month first (2025-10-02), as a US payer (Medicare) is named on the page.",
      );
    }
  });

  it("prefers the page's own dates to the payer, and a commercial payer settles nothing", () => {
    const examples: FieldText = { id: '0:date-1', kind: 'date', text: '09/15/2026 09/28/2026' };
    expect(visitRelease([dos, examples], 'en', { today, payer: 'medicare' }).stamp).toMatchObject({
      dateOfService: '2025-10-02',
      messageId: 'release_date_order_page',
    });
    expect(visitRelease([dos], 'en', { today, payer: 'commercial' }).stamp).toMatchObject({
      dateSource: 'today',
    });
  });

  it('says how the date was read in Spanish too, with the date as Spanish writes it', () => {
    const examples: FieldText = { id: '0:date-1', kind: 'date', text: '09/15/2026' };
    const { stamp } = visitRelease([dos, examples], 'en', { today });
    const spanish = sayCoreText('es', stamp.messageId ?? '', stamp.params ?? {}, '');
    expect(spanish).toBe(
      'La fecha de la página 10/02/2025 se leyó con el mes primero (2 oct 2025), como muestra 09/15/2026 en la misma página.',
    );
  });

  it('uses the release both readings fall in, claiming no day, when nothing settles the order (QA stop 50, M2)', () => {
    // 03/04/2026 is 4 March or 3 April: FY2026 either way, while today is in FY2027.
    const spring: FieldText = { id: '0:date-0', kind: 'date', text: 'Date of service: 03/04/2026' };
    const { stamp, version } = visitRelease([spring], 'en', { today });
    expect(version).toBe('FY2026');
    expect(stamp).toMatchObject({ version: 'FY2026', dateSource: 'page', status: 'in-force', messageId: 'release_date_either_way' });
    expect(stamp.dateOfService).toBeUndefined();
    expect(stamp.message).toBe(
      "The page's date 03/04/2026 could be 2026-03-04 or 2026-04-03; both fall in ICD-10-CM FY2026, which is used. Write the date as yyyy-mm-dd or with the month's name to settle the day.",
    );
    expect(sayCoreText('es', stamp.messageId ?? '', stamp.params ?? {}, '')).toContain('4 mar 2026');
    // Readings on either side of 1 October (10/02/2025: 2 October or 10 February) are still refused.
    expect(visitRelease([dos], 'en', { today }).stamp).toMatchObject({ dateSource: 'today' });
    // A date the user set in the panel wins, as before.
    expect(visitRelease([spring], 'en', { today, userDate: '2026-11-02' }).stamp).toMatchObject({ dateSource: 'user', version: 'FY2027' });
  });
});

describe('visitRelease: the date the user set wins over the page (stop 52)', () => {
  it("takes the panel's date over the page's field and banner, and says nothing of a page date it could not settle", () => {
    const banner: FieldText = { id: '0:date-1', kind: 'date', text: 'Encounter 11/24/2026 · Office visit' };
    expect(visitRelease([banner], 'en', { today }).stamp).toMatchObject({ dateSource: 'page', dateOfService: '2026-11-24' });
    expect(visitRelease([banner, dos], 'en', { today, userDate: '2026-09-01' }).stamp).toMatchObject({ dateSource: 'user', dateOfService: '2026-09-01', version: 'FY2026' });
    expect(visitRelease([dos], 'en', { today, userDate: '2026-09-01' }).stamp.message ?? '').not.toContain('could not be used');
  });
});
