import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FieldRegistry } from './field-registry';

/** Lets MutationObserver callbacks run. */
const settle = () => new Promise((done) => setTimeout(done, 0));

describe('FieldRegistry', () => {
  let registry: FieldRegistry;
  let mutated: ReturnType<typeof vi.fn<() => void>>;

  beforeEach(() => {
    document.body.innerHTML =
      '<label for="dx">Diagnosis</label><input id="dx"><textarea id="note"></textarea>';
    mutated = vi.fn<() => void>();
    registry = new FieldRegistry({}, mutated);
    registry.observe(document);
  });
  afterEach(() => registry.disconnect());

  it('discovers the document once, then only what is added', async () => {
    expect(await registry.update()).toBe(true);
    expect(registry.snapshotFields().map((f) => f.kind)).toEqual(['diagnosis', 'note']);
    expect(await registry.update()).toBe(false);

    const added = document.createElement('div');
    added.innerHTML = '<input aria-label="Problem list">';
    document.body.append(added);
    await settle();
    expect(mutated).toHaveBeenCalled();
    expect(await registry.update()).toBe(true);
    expect(registry.snapshotFields()).toHaveLength(3);
  });

  it('hears a grid cell whose text is set in place, in a grid a column is read from', async () => {
    const grid = document.createElement('div');
    grid.innerHTML = `<div role="grid"><div role="row"><div role="columnheader" aria-colindex="1">ICD-10</div></div>
      <div role="row"><div role="gridcell" aria-colindex="1">M99.03</div></div></div>`;
    document.body.append(grid);
    await registry.update();
    expect(registry.snapshotFields().find((f) => f.label === 'ICD-10')?.text).toBe('M99.03');
    await settle();
    mutated.mockClear();
    // The grid sets the text node's data: no node added or removed, no attribute changed.
    grid.querySelector('[role="gridcell"]')!.firstChild!.nodeValue = 'M99.01';
    await settle();
    expect(mutated).toHaveBeenCalled();
    await registry.update();
    expect(registry.snapshotFields().find((f) => f.label === 'ICD-10')?.text).toBe('M99.01');
  });

  it('re-reads a note when its value changed, typed or set by a script, and every diagnosis field each time', async () => {
    await registry.update();
    const note = document.getElementById('note') as HTMLTextAreaElement;
    const dx = document.getElementById('dx') as HTMLInputElement;
    note.value = 'set without an event'; // an SPA showing another patient (values-set-by-script.test.ts)
    dx.value = 'M99.60'; // e.g. a framework setting the chosen option
    expect(await registry.update()).toBe(true);
    expect(registry.snapshotFields().map((f) => f.text)).toEqual(['M99.60', 'set without an event']);
    note.value = 'typed';
    registry.noteInput(note);
    await registry.update();
    expect(registry.snapshotFields().map((f) => f.text)).toEqual(['M99.60', 'typed']);
  });

  it('keeps a field’s id when a re-render replaces its element', async () => {
    await registry.update();
    const before = registry.snapshotFields().map((f) => f.id);
    document.body.innerHTML =
      '<label for="dx">Diagnosis</label><input id="dx" value="M99.61"><textarea id="note"></textarea>';
    await settle();
    await registry.update();
    const after = registry.snapshotFields();
    expect(after.map((f) => f.id)).toEqual(before);
    expect(registry.get(before[0]!)?.element).toBe(document.getElementById('dx'));
    expect(after[0]?.text).toBe('M99.61');
  });

  it('gives fields in document order when one is re-rendered after the others (codes in entry order)', async () => {
    document.body.innerHTML = '<label for="d1">Diagnosis 1</label><input id="d1" value="M99.61"><label for="d2">Diagnosis 2</label><input id="d2" value="M48.02">';
    await settle();
    await registry.update();
    expect(registry.snapshotFields().map((f) => f.text)).toEqual(['M99.61', 'M48.02']);
    // A framework replaces the first row's input: discovered last, still read first.
    const fresh = document.createElement('input');
    fresh.id = 'd1';
    fresh.value = 'M99.63';
    document.getElementById('d1')?.replaceWith(fresh);
    await settle();
    await registry.update();
    expect(registry.snapshotFields().map((f) => f.text)).toEqual(['M99.63', 'M48.02']);
  });

  it('promotes an unlabelled input to a diagnosis field once a code is typed into it', async () => {
    document.body.insertAdjacentHTML('beforeend', '<input id="cell" name="vital-7">');
    await settle();
    await registry.update();
    expect(registry.snapshotFields()).toHaveLength(2);
    const cell = document.getElementById('cell') as HTMLInputElement;
    cell.value = 'M99.63';
    registry.noteInput(cell);
    await registry.update();
    expect(registry.snapshotFields().map((f) => [f.kind, f.text])).toContainEqual(['diagnosis', 'M99.63']);
  });

  it('finds a shadow root attached after its host was inserted, from the first input in it', async () => {
    await registry.update();
    const host = document.createElement('div');
    document.body.append(host);
    await settle();
    await registry.update();
    const input = document.createElement('input');
    input.setAttribute('aria-label', 'Dx');
    host.attachShadow({ mode: 'open' }).append(input);
    registry.noteInput(input);
    await registry.update();
    expect(registry.all().some((f) => f.element === input)).toBe(true);
  });

  it('never takes a listbox button’s popup for chosen diagnoses, whether discovery meets it open or closed', async () => {
    // test/fixtures/pages/listbox-button.html (e2e: page-ehr-patterns.spec.ts): opening the popup
    // removes its `hidden` (a watched attribute), so discovery walks it while the user chooses.
    document.body.innerHTML = `<label id="l">Diagnosis</label>
      <div><button id="b" aria-haspopup="listbox" aria-labelledby="l b"><span>Choose…</span></button>
        <ul role="listbox" id="pop" aria-labelledby="l" hidden><li role="option">M99.03 Lumbar region</li><li role="option">M99.01 Cervical region</li></ul></div>
      <label for="note">Progress note</label><textarea id="note">C5 PRS listing.</textarea>`;
    await settle();
    await registry.update();
    const popup = document.getElementById('pop')!;
    popup.hidden = false;
    await settle();
    expect(mutated).toHaveBeenCalled();
    await registry.update(); // the walk lands while the popup is open
    expect(registry.all().some((f) => f.element === popup)).toBe(false);
    document.getElementById('b')!.replaceChildren(Object.assign(document.createElement('span'), { textContent: 'M99.03 Lumbar region' }));
    popup.hidden = true;
    await settle();
    await registry.update();
    expect(registry.snapshotFields().map((f) => `${f.kind}:${f.text}`)).toEqual(['diagnosis:M99.03 Lumbar region', 'note:C5 PRS listing.']);
  });

  it('applies pinned selectors when settings arrive', async () => {
    document.body.insertAdjacentHTML('beforeend', '<input id="freeform" value="x">');
    await registry.update();
    expect(registry.all().some((f) => f.element.id === 'freeform')).toBe(false);
    registry.setOptions({ diagnosis: ['#freeform'] });
    await registry.update();
    expect(registry.all().find((f) => f.element.id === 'freeform')?.kind).toBe('diagnosis');
  });

  // QA stop 51 (class 3): a framework names a field after load.
  describe('a field whose naming attributes change after load', () => {
    it('is classified again: a class that matches a pinned selector, an id that names a diagnosis, a note renamed', async () => {
      document.body.insertAdjacentHTML('beforeend', '<input id="f1" value="M54.16 x"><textarea id="t1" aria-label="Comments"></textarea>');
      registry.setOptions({ diagnosis: ['.icd-entry'] });
      await registry.update();
      const kindOf = (id: string) => registry.all().find((f) => f.element.id === id)?.kind;
      expect(kindOf('t1')).toBe('note');
      expect(kindOf('f1')).toBeUndefined();
      document.getElementById('f1')!.className = 'icd-entry';
      await settle();
      expect(mutated).toHaveBeenCalled();
      expect(await registry.update()).toBe(true);
      expect(kindOf('f1')).toBe('diagnosis');

      const idOf = registry.all().find((f) => f.element.id === 't1')?.id;
      document.getElementById('t1')!.setAttribute('aria-label', 'Diagnosis codes');
      await settle();
      await registry.update();
      expect(registry.all().find((f) => f.id === idOf)).toMatchObject({ kind: 'diagnosis', label: 'Diagnosis codes' });

      // Taken back: the class gone, the input is no field.
      document.getElementById('f1')!.className = '';
      await settle();
      await registry.update();
      expect(kindOf('f1')).toBeUndefined();
    });

    it('costs nothing when a class is set to what it was or changes on a container', async () => {
      await registry.update();
      mutated.mockClear();
      const dx = document.getElementById('dx')!;
      dx.className = '';
      document.body.className = 'is-focused';
      await settle();
      expect(mutated).not.toHaveBeenCalled();
      dx.className = 'ng-dirty';
      await settle();
      expect(mutated).toHaveBeenCalled();
      // The same field, same kind: nothing changed.
      expect(await registry.update()).toBe(false);
    });
  });
});
