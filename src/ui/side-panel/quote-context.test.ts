import { describe, expect, it } from 'vitest';
import { quoteContext } from './quote-context';

const quote = (text: string, words: string) => {
  const start = text.indexOf(words);
  const { before, after } = quoteContext(text, start, start + words.length);
  return `${before}[${words}]${after}`;
};

describe('quoteContext', () => {
  it('stays inside the sentence of the evidence', () => {
    const report = 'C4-C5: mild disc bulge without stenosis. C5-C6: uncovertebral joint osteophytes cause moderate left neural foraminal narrowing. The central canal is patent.';
    expect(quote(report, 'uncovertebral joint')).toBe('C5-C6: [uncovertebral joint] osteophytes cause moderate left neural foraminal narrowing.');
    expect(quote(report, 'neural foraminal narrowing')).toBe('C5-C6: uncovertebral joint osteophytes cause moderate left [neural foraminal narrowing].');
  });

  it('cuts long sentences at whole words with an ellipsis', () => {
    const long = `${'word '.repeat(30)}foraminal stenosis ${'more '.repeat(30)}end.`;
    const q = quote(long, 'foraminal stenosis');
    expect(q.startsWith('…word ')).toBe(true);
    expect(q.endsWith(' more…')).toBe(true);
    expect(q.length).toBeLessThan(long.length);
  });

  it('treats line breaks as sentence ends and keeps decimals together', () => {
    expect(quote('Impression:\nStenosis of 1.5 mm at C5-C6\nPlan: PT', 'Stenosis')).toBe('[Stenosis] of 1.5 mm at C5-C6');
    expect(quote('MRI', 'MRI')).toBe('[MRI]');
  });
});
