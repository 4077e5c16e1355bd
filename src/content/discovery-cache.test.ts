import { afterEach, describe, expect, it } from 'vitest';
import { beginDiscoveryStretch, endDiscoveryStretch, headingChildOf, labelTextsOf } from './discovery-cache';

const HEADING_QUERY = ':scope > h1, :scope > h2, :scope > h3, :scope > h4, :scope > h5, :scope > h6, :scope > legend, :scope > [role="heading"]';
/**
 * What `labels` holds for each input by the HTML standard (as Chromium answers). Written out: the
 * test DOM's own `labels` also counts a label that wraps an input but names another with `for`.
 */
const LABELS: Record<string, string[]> = { a: ['Dx code', 'Points at a '], b: ['Wrapped '], c: [], d: ['First of two '], e: [], f: [] };

afterEach(() => {
  endDiscoveryStretch();
  document.body.innerHTML = '';
});

describe('discovery cache', () => {
  const page = () => {
    document.body.innerHTML = `
      <section id="s"><p>intro</p><div><h2>nested, not a child</h2></div><h3>Assessment</h3><h2>later</h2></section>
      <div id="plain"><p>no heading</p></div>
      <div id="role"><span role="heading">Plan</span></div>
      <label for="a">Dx code</label><input id="a">
      <label>Wrapped <input id="b"></label>
      <label for="a">Points at a <input id="c"></label>
      <label>First of two <input id="d"><input id="e"></label>
      <input id="f">
      <div id="host"></div>`;
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<label for="a">Shadow label</label><input id="a">';
    return shadow;
  };

  it('gives the answers the DOM gives, inside a stretch and outside one', () => {
    const shadow = page();
    const containers = ['s', 'plain', 'role'].map((id) => document.getElementById(id)!);
    for (const inStretch of [false, true]) {
      if (inStretch) beginDiscoveryStretch();
      for (const input of document.querySelectorAll('input')) expect(labelTextsOf(input), `${input.id} ${inStretch}`).toEqual(LABELS[input.id]);
      expect(labelTextsOf(shadow.querySelector('input')!)).toEqual(['Shadow label']);
      for (const c of containers) expect(headingChildOf(c), `${c.id} ${inStretch}`).toBe(c.querySelector(HEADING_QUERY));
    }
    expect(headingChildOf(containers[0]!)?.textContent).toBe('Assessment');
  });

  it('sees what the page changed once the stretch is over', () => {
    page();
    const plain = document.getElementById('plain')!;
    const f = document.getElementById('f')!;
    beginDiscoveryStretch();
    expect(headingChildOf(plain)).toBeNull();
    expect(labelTextsOf(f)).toEqual([]);
    endDiscoveryStretch();
    // The page runs: a heading and a label appear.
    plain.insertAdjacentHTML('afterbegin', '<h4>Problems</h4>');
    f.insertAdjacentHTML('beforebegin', '<label for="f">Diagnosis</label>');
    expect(headingChildOf(plain)?.textContent).toBe('Problems');
    expect(labelTextsOf(f)).toEqual(['Diagnosis']);
    beginDiscoveryStretch();
    expect(headingChildOf(plain)?.textContent).toBe('Problems');
    expect(labelTextsOf(f)).toEqual(['Diagnosis']);
  });
});
