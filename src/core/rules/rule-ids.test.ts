import { describe, expect, it } from 'vitest';
import { RULE_IDS } from './registry';
import { RULE_IDS_IN_ORDER } from './rule-ids';

describe('RULE_IDS_IN_ORDER', () => {
  it('is the registry’s ids, in the registry’s order', () => {
    expect(RULE_IDS_IN_ORDER).toEqual(RULE_IDS);
  });
});
