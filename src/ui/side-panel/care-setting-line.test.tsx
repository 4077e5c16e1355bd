import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { AnalyzeResult } from '../../core';
import { CareSettingLine } from './care-setting-line';

const result = (setting?: 'inpatient') =>
  ({
    codes: [],
    mentions: [],
    findings: [],
    checklist: [],
    ...(setting ? { setting } : {}),
  }) as AnalyzeResult;

describe('the care setting line', () => {
  it('says the findings were read as inpatient when the result says so', () => {
    const { container } = render(<CareSettingLine result={result('inpatient')} />);
    const line = container.querySelector('[data-care-setting]');
    expect(line?.getAttribute('data-care-setting')).toBe('inpatient');
    expect(line?.textContent).toMatch(/inpatient.*II\.H/);
  });

  it('shows no line in the default outpatient setting (the result names none)', () => {
    const { container } = render(<CareSettingLine result={result()} />);
    expect(container.querySelector('[data-care-setting]')).toBeNull();
  });
});
