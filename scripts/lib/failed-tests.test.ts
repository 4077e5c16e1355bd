import { describe, expect, it } from 'vitest';
import { failedTestLines, type PlaywrightReport, type VitestReport } from './failed-tests';

// A fast-check failure as vitest's JSON report holds it (fast-check 4, trimmed stack).
const propertyFailure = [
  'Error: Property failed after 2 tests',
  '{ seed: -1487464889, path: "1:1:3", endOnFailure: true }',
  'Counterexample: ["with right narrowing status post decompression for there is no"]',
  'Shrunk 5 time(s)',
  '',
  'Hint: Enable verbose mode in order to have the list of all failing values encountered during the run',
  '    at buildError (file:///repo/node_modules/fast-check/lib/fast-check.js:2469:16)',
].join('\n');

const vitest: VitestReport = {
  testResults: [
    {
      name: '/repo/src/core/context/assess-context-reading.test.ts',
      status: 'failed',
      assertionResults: [
        {
          ancestorTitles: ['assessContext', 'reading'],
          title: 'agrees with the plain model',
          status: 'failed',
          failureMessages: [propertyFailure],
        },
        { ancestorTitles: ['assessContext'], title: 'passes', status: 'passed', failureMessages: [] },
      ],
    },
    {
      name: '/repo/src/core/ok.test.ts',
      status: 'passed',
      assertionResults: [{ title: 'fine', status: 'passed' }],
    },
    {
      name: '/repo/src/core/broken.test.ts',
      status: 'failed',
      message: 'SyntaxError: Unexpected token\n  at x',
      assertionResults: [],
    },
  ],
};

const playwright: PlaywrightReport = {
  suites: [
    {
      title: 'side-panel.spec.ts',
      file: 'side-panel.spec.ts',
      specs: [
        { title: 'top-level test', tests: [{ projectName: 'chromium', status: 'expected', results: [{}] }] },
      ],
      suites: [
        {
          title: 'side panel',
          specs: [
            {
              title: 'lists the findings',
              tests: [
                {
                  projectName: 'chromium',
                  status: 'unexpected',
                  results: [
                    { error: { message: 'first try' } },
                    {
                      error: {
                        message:
                          '\u001b[31mError: expect(locator).toBeVisible()\u001b[39m\n\nLocator: x\nExpected: visible\nReceived: hidden',
                      },
                    },
                  ],
                },
              ],
            },
            {
              title: 'retries',
              tests: [
                { projectName: 'chromium', status: 'flaky', results: [{ error: { message: 'boom' } }, {}] },
              ],
            },
          ],
        },
      ],
    },
  ],
  errors: [],
};

describe('failedTestLines', () => {
  it('names every failed unit and browser test in full, with the start of its error and the seed and counterexample of a property', () => {
    expect(failedTestLines(vitest, playwright, '/repo')).toEqual([
      '── failed tests ──',
      'unit  src/core/context/assess-context-reading.test.ts › assessContext › reading › agrees with the plain model',
      '      Error: Property failed after 2 tests',
      '      { seed: -1487464889, path: "1:1:3", endOnFailure: true }',
      '      Counterexample: ["with right narrowing status post decompression for there is no"]',
      'unit  src/core/broken.test.ts (the file failed)',
      '      SyntaxError: Unexpected token',
      '      at x',
      // The last try's error, without its colour codes.
      'e2e   [chromium] side-panel.spec.ts › side panel › lists the findings',
      '      Error: expect(locator).toBeVisible()',
      '      Locator: x',
      '      Expected: visible',
      'e2e   [chromium] side-panel.spec.ts › side panel › retries (flaky: passed on a retry)',
    ]);
  });

  it('keeps the seed and counterexample when they come after the first lines of the error', () => {
    const wrapped = `AssertionError: wrapped\nline two\nline three\n${propertyFailure}`;
    const lines = failedTestLines(
      {
        testResults: [
          {
            name: '/repo/a.test.ts',
            assertionResults: [{ title: 't', status: 'failed', failureMessages: [wrapped] }],
          },
        ],
      },
      undefined,
      '/repo',
    );
    expect(lines.slice(2)).toEqual([
      '      AssertionError: wrapped',
      '      line two',
      '      line three',
      '      { seed: -1487464889, path: "1:1:3", endOnFailure: true }',
      '      Counterexample: ["with right narrowing status post decompression for there is no"]',
    ]);
  });

  it('keeps of the stack only the first frame in the project, where the test failed', () => {
    const message = [
      'AssertionError: expected 51589 to be less than 2900',
      '    at file:///repo/node_modules/@vitest/runner/dist/chunk.js:302:11',
      '    at /repo/src/core/levels/find-levels.property.test.ts:98:26',
      '    at /repo/src/core/levels/helper.ts:3:1',
      '    at node:internal/process/task_queues:95:5',
    ].join('\n');
    const lines = failedTestLines(
      {
        testResults: [
          {
            name: '/repo/a.test.ts',
            assertionResults: [{ title: 't', status: 'failed', failureMessages: [message] }],
          },
        ],
      },
      undefined,
      '/repo',
    );
    expect(lines.slice(2)).toEqual([
      '      AssertionError: expected 51589 to be less than 2900',
      '      at /repo/src/core/levels/find-levels.property.test.ts:98:26',
    ]);
  });

  it('stays within its line cap and counts the failed tests it left out', () => {
    const many: VitestReport = {
      testResults: [
        {
          name: '/repo/a.test.ts',
          assertionResults: Array.from({ length: 30 }, (_, i) => ({
            title: `t${i}`,
            status: 'failed',
            failureMessages: [propertyFailure],
          })),
        },
      ],
    };
    const lines = failedTestLines(many, undefined, '/repo', 40);
    expect(lines.length).toBeLessThanOrEqual(40);
    expect(lines.at(-1)).toBe("… and 21 more (see each step's output above)");
    expect(lines.filter((line) => line.startsWith('unit  '))).toHaveLength(9);
  });

  it('clips a long counterexample and says nothing when nothing failed', () => {
    const long = `Error: Property failed after 1 tests\n{ seed: 1, path: "0", endOnFailure: true }\nCounterexample: ["${'x'.repeat(5000)}"]`;
    const lines = failedTestLines(
      {
        testResults: [
          {
            name: '/repo/a.test.ts',
            assertionResults: [{ title: 't', status: 'failed', failureMessages: [long] }],
          },
        ],
      },
      undefined,
      '/repo',
    );
    expect(lines.at(-1)!.length).toBeLessThan(260);
    expect(lines.at(-1)!.endsWith('…')).toBe(true);
    expect(failedTestLines(undefined, undefined, '/repo')).toEqual([]);
    expect(failedTestLines({ testResults: [vitest.testResults![1]!] }, { suites: [] }, '/repo')).toEqual([]);
  });
});
