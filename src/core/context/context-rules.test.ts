import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contextRules, cueTrie, expandLiteral, sectionRules, TOKEN, wordSlots, type CueNode } from './context-rules';

const raw = readFileSync(new URL('./context-rules.json', import.meta.url), 'utf8');
const KEYS = new Set(['id', 'literal', 'category', 'direction', 'origin', 'maxScope', 'note', 'exception', 'current', 'answer', 'clauseEnd', 'reason', 'joinsFinding', 'differential', 'notLabel', 'ownClause']);
const DIRECTION_OF: Record<string, string[]> = {
  PSEUDO: ['pseudo'],
  TERMINATE: ['terminate'],
};

describe('context-rules.json', () => {
  it('is in its canonical formatting (two-space JSON, trailing newline)', () => {
    expect(raw).toBe(`${JSON.stringify(JSON.parse(raw), null, 2)}\n`);
  });

  it('gives every rule a unique id, a known category, direction and origin, and no unknown keys', () => {
    const ids = new Set<string>();
    for (const rule of contextRules) {
      expect(ids.has(rule.id), rule.id).toBe(false);
      ids.add(rule.id);
      expect(Object.keys(rule).filter((k) => !KEYS.has(k))).toEqual([]);
      expect(['NegEx', 'ConText', 'medspaCy', 'ours']).toContain(rule.origin);
      const directions = DIRECTION_OF[rule.category] ?? ['forward', 'backward', 'bidirectional'];
      expect(directions, `${rule.id} ${rule.direction}`).toContain(rule.direction);
      expect(rule.literal.trim()).toBe(rule.literal);
    }
  });

  it('records the source of every origin it uses', () => {
    const origins = (JSON.parse(raw) as { origins: Record<string, string> }).origins;
    for (const rule of contextRules) expect(origins[rule.origin], rule.origin).toBeTruthy();
  });

  it('keeps section patterns compilable', () => {
    for (const section of sectionRules) expect(() => new RegExp(section.pattern)).not.toThrow();
  });
});

describe('literal alternatives', () => {
  it('expands every combination, and an empty alternative drops the word', async () => {
    const { expandLiteral } = await import('./context-rules');
    expect(expandLiteral('{earlier|prior} {mri|ct scan}')).toEqual(['earlier mri', 'earlier ct scan', 'prior mri', 'prior ct scan']);
    expect(expandLiteral('on {the|} yyyy ct')).toEqual(['on the yyyy ct', 'on yyyy ct']);
  });

  it('matches a year where a literal says yyyy', async () => {
    const { findCues } = await import('./find-cues');
    const text = 'On the 2019 CT there was foraminal narrowing.';
    expect(findCues(text, 0, text.length).some((c) => c.rules.some((r) => r.id === 'hist-dated-study'))).toBe(true);
  });
});

describe('the cue trie', () => {
  it('holds exactly the spelled-out literals, each word sequence with its rules in file order', () => {
    // The trie is built from word slots (shared prefixes walked once); here from every expansion.
    const newNode = (): CueNode => ({ rules: undefined, next: new Map(), lookup: undefined });
    const spelled = newNode();
    for (const rule of contextRules) {
      for (const literal of expandLiteral(rule.literal)) {
        const words = literal.toLowerCase().match(TOKEN) ?? [];
        if (words.length === 0) continue;
        let node = spelled;
        for (const word of words) {
          let child = node.next.get(word);
          if (!child) (node.next as Map<string, CueNode>).set(word, (child = newNode()));
          node = child;
        }
        if (!node.rules) node.rules = [rule];
        else if (!node.rules.includes(rule)) node.rules.push(rule);
      }
    }
    const shape = (node: CueNode): unknown => ({
      rules: node.rules?.map((r) => r.id),
      next: Object.fromEntries([...node.next].sort(([a], [b]) => (a < b ? -1 : 1)).map(([w, child]) => [w, shape(child)])),
    });
    expect(shape(cueTrie)).toEqual(shape(spelled));
  });

  it('reads a literal as word slots, and spells out one whose braces join words', () => {
    expect(wordSlots('On {the|} yyyy {CT|ct scan}')).toEqual([[['on']], [['the'], []], [['yyyy']], [['ct'], ['ct', 'scan']], [[]]]);
    // "x-{ray|rays}" reads as one word either way, so it cannot be split at the brace.
    expect(wordSlots('x-{ray|rays} film')).toEqual([[['x-ray', 'film'], ['x-rays', 'film']]]);
    expect(wordSlots('{no|not}{ne|}')).toEqual([[['none'], ['no'], ['notne'], ['not']]]);
    expect(() => wordSlots('{no|not seen')).toThrow(/unclosed/);
  });
});
