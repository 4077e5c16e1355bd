import { describe, expect, it } from 'vitest';
import { separatedText } from './separated-text';

const element = (html: string): Element => {
  document.body.innerHTML = `<div id="root">${html}</div>`;
  return document.getElementById('root')!;
};

describe('separatedText', () => {
  it('keeps chips and cells apart, inline formatting joined, and never-shown text out', () => {
    expect(separatedText(element('<div>M99.60</div><div>M50.121</div>'))).toBe('M99.60 M50.121');
    expect(separatedText(element('<table><tr><th>DOS</th><td>11/14/2026</td></tr></table>'))).toBe(
      'DOS 11/14/2026',
    );
    expect(separatedText(element('<b>M99</b>.60 <em>left</em>'))).toBe('M99.60 left');
    expect(separatedText(element('<span>M99.60</span><script>var x = 1;</script><style>p{}</style>'))).toBe(
      'M99.60',
    );
  });

  it('leaves out what `skip` names', () => {
    expect(separatedText(element('<li>M54.16<button>Remove</button></li>'), 'button')).toBe('M54.16');
  });

  it('reads a span drawn as a pill as a part of its own, unless told to look at tags only', () => {
    const pills = element(
      '<span style="display:inline-block">M99.60</span><span style="display:inline-block">M50.121</span>',
    );
    expect(separatedText(pills)).toBe('M99.60 M50.121');
    document.head.innerHTML = '<style>.pill { display: inline-block }</style>';
    const styled = element('<span class="pill">M99.60</span><span class="pill">M50.121</span>');
    expect(separatedText(styled)).toBe('M99.60 M50.121');
    expect(separatedText(styled, undefined, { tagsOnly: true })).toBe('M99.60M50.121');
    document.head.innerHTML = '';
  });

  it('reads an element as its own text where `own` gives one, as a part of its own', () => {
    const own = (el: Element) =>
      el.tagName === 'TIME' ? (el.getAttribute('datetime') ?? undefined) : undefined;
    expect(
      separatedText(element('Visit:<time datetime="2026-09-14">Mon, Sep 14</time>'), undefined, { own }),
    ).toBe('Visit: 2026-09-14');
    expect(separatedText(element('Visit: <time>Sep 14, 2026</time>'), undefined, { own })).toBe(
      'Visit: Sep 14, 2026',
    );
  });

  it('keeps the line breaks and runs of spaces where a banner parts its items when asked to', () => {
    const banner = element('<span>DOB 02/11/1952</span>\n   <span>DOS 11/02/2026</span>');
    expect(separatedText(banner, undefined, { keepSpacing: true })).toBe('DOB 02/11/1952\n   DOS 11/02/2026');
    expect(separatedText(banner)).toBe('DOB 02/11/1952 DOS 11/02/2026');
  });
});
