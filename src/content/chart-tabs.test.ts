import { afterEach, describe, expect, it } from 'vitest';
import { FieldRegistry } from './field-registry';

const byId = (id: string) => document.getElementById(id) as HTMLElement;

// QA stop 54, H2 and M1: one encounter split over tabs. The code on the Problems tab was never
// checked against the note on the Visit note tab (an inactive tab read as absent), and showing the
// note's tab dropped the entered code. (happy-dom draws a `hidden` element: panels hide by style.)
const chart = (tabs: string[], panels: string[]) => `
  <nav><ul role="tablist">${tabs.map((t, i) => `<li role="tab" id="tab${i}" aria-controls="pane${i}">${t}</li>`).join('')}</ul></nav>
  ${panels.map((p, i) => `<section id="pane${i}" role="tabpanel"${i === 0 ? '' : ' style="display:none"'}>${p}</section>`).join('')}`;
const DX = `<label for="dx">Problems for this visit</label><input id="dx" value="M48.062">`;
const NOTE = `<label for="n">Visit note</label><textarea id="n">L4-L5 central canal stenosis with neurogenic claudication.</textarea>`;

describe('an inactive tab of the chart on show is read (chart-tabs.ts)', () => {
  let registry: FieldRegistry | undefined;
  afterEach(() => registry?.disconnect());
  const texts = async () => {
    await registry!.update();
    return registry!.snapshotFields().map((f) => f.text);
  };
  const start = async (html: string) => {
    document.body.innerHTML = html;
    registry = new FieldRegistry({}, () => undefined);
    registry.observe(document);
    return texts();
  };

  it('reads the note of a hidden tab with the code of the shown one, and the code when the note’s tab is in front', async () => {
    expect(await start(chart(['Problems', 'Visit note'], [DX, NOTE]))).toEqual([
      'M48.062',
      expect.stringContaining('central canal stenosis'),
    ]);
    byId('pane0').style.display = 'none';
    byId('pane1').style.display = '';
    expect(await texts()).toEqual(['M48.062', expect.stringContaining('central canal stenosis')]);
  });

  it('finds the tab by its place beside a tablist when the tabs control nothing (panes drawn by a class)', async () => {
    const html = `<div role="tablist"><span role="tab">Diagnoses</span><span role="tab">Progress note</span></div>
      <div class="pane" id="a">${DX}</div><div class="pane" id="b" hidden style="display:none">${NOTE}</div>`;
    expect(await start(html)).toHaveLength(2);
  });

  it('leaves out a hidden tab that names another visit, and a second field of a kind the shown tab has', async () => {
    expect(await start(chart(['Today', 'Prior visit 03/02/2026'], [DX, NOTE]))).toEqual(['M48.062']);
    // The other tab holds a note too: the encounter shown has its own.
    const other = NOTE.replace(/id="n"/g, 'id="n2"')
      .replace('for="n"', 'for="n2"')
      .replace('L4-L5 central', 'C5-C6 foraminal');
    expect(await start(chart(['Encounter', 'Notes'], [DX + NOTE, other]))).toEqual([
      'M48.062',
      expect.stringContaining('L4-L5'),
    ]);
  });

  it('leaves out a hidden box that is no tab panel (an earlier visit kept hidden, a collapsed archive)', async () => {
    expect(await start(`${DX}<div style="display:none">${NOTE}</div>`)).toEqual(['M48.062']);
    expect(
      await start(
        `${DX}<div role="tablist"><span role="tab">Note</span></div><div id="archive" class="visit-archive" style="display:none">${NOTE}</div>`,
      ),
    ).toEqual(['M48.062']);
  });

  it('leaves out a hidden tab while another visit’s tab is in front (that visit is the chart on show)', async () => {
    expect(await start(chart(['Visit note', 'Previous visit'], [NOTE, DX]))).toEqual([
      expect.stringContaining('central canal'),
    ]);
    byId('pane0').style.display = 'none';
    byId('pane1').style.display = '';
    expect(await texts()).toEqual(['M48.062']);
  });
});
