import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { visitPage } from './visit-page';

// Blind QA stop 54, H7: a semicolon inside a list of places treated today ended the manipulation's
// reach, so "Adjusted: C5; L5; T4." counted one region and 98941 was sent to 98940. Sentences of our own.
const regionFinding = (note: string, procedure: string) =>
  analyze(visitPage('M99.01', note, [procedure], 'medicare')).findings.find(
    (f) => f.rule === 'manipulation-region-count',
  );
const subluxations = 'Subluxation C4, T7 and L4 with restricted motion, tenderness and hypertonicity.\n';

describe('a semicolon between the places of one treatment list keeps them treated', () => {
  it.each([
    'Adjusted: C4; T7; L4.',
    'CMT today: cervical (C4) diversified; thoracic (T7) prone; lumbar (L4) side posture.',
    'Manipulated C4 with Gonstead; T7; L4 with drop table.',
  ])('three regions: 98941 stands, 98940 is flagged: %s', (plan) => {
    expect(regionFinding(subluxations + plan, '98941-AT')).toBeUndefined();
    expect(regionFinding(subluxations + plan, '98940-AT')?.suggestions).toEqual(['98941']);
  });

  it.each([
    // A place the list's item itself says was not treated stays untreated.
    'Adjusted: C4; L4; T7 not adjusted today.',
    // A sentence end closes the list: the next sentence's places need their own verb.
    'Adjusted: C4; L4. T7 tender, reassess next visit.',
    // A lesion item after the semicolon is a diagnosis, not one more treated place.
    'Adjusted: C4; L4; T7 subluxation noted, not treated.',
    // Next visit's plan is not today's treatment.
    'Will adjust C4; L4; T7 next visit. Adjusted C4 and L4 today.',
  ])('two regions treated: 98941 is flagged: %s', (plan) => {
    expect(regionFinding(subluxations + plan, '98941-AT')?.suggestions).toEqual(['98940']);
  });
});
