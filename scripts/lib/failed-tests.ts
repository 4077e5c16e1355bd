/**
 * The failed tests of a run, named in full, for `npm test` to print just before its closing
 * `N passed, N failed` line (scripts/test-all.ts). A CI log that keeps only its tail showed
 * "2405 passed, 1 failed" and the browser tests' list above it, and nothing said which unit test had
 * failed (stop 49); the whole suite then passed again. So each failed test is named here
 * (file › describe › test), with the first lines of its error and, for a property test, fast-check's
 * seed and counterexample, which is what it takes to replay a rare random failure. Read from the
 * runners' JSON reports; the line count is capped so the tail stays short.
 */
import { relative } from 'node:path';

/** What is read of vitest's JSON report (`--reporter=json`). */
export type VitestReport = {
  testResults?: {
    name: string;
    status?: string;
    /** A file that failed as a whole (an import that threw, a hook), with no test failed inside. */
    message?: string;
    assertionResults?: {
      ancestorTitles?: string[];
      title: string;
      status: string;
      failureMessages?: string[] | null;
    }[];
  }[];
};

/** What is read of Playwright's JSON report (its `JSONReport` type). */
export type PlaywrightSuite = {
  title: string;
  file?: string;
  specs?: {
    title: string;
    file?: string;
    tests?: { projectName?: string; status: string; results?: { error?: { message?: string } }[] }[];
  }[];
  suites?: PlaywrightSuite[];
};
export type PlaywrightReport = { suites?: PlaywrightSuite[]; errors?: { message?: string }[] };

/** Lines of error shown under each failed test. */
const ERROR_LINES = 3;
/** A counterexample can be a whole generated note: the start of a line is enough to recognise it (the seed replays it). */
const LINE_CHARS = 240;
const INDENT = '      ';

// eslint-disable-next-line no-control-regex -- ANSI colour codes, which Playwright keeps in its messages
const ANSI = /\u001b\[[0-9;]*m/g;

function clip(line: string): string {
  return line.length > LINE_CHARS ? `${line.slice(0, LINE_CHARS)}…` : line;
}

/**
 * The first lines of an error, plus fast-check's seed and counterexample lines when they come
 * later (fast-check puts them after its "Property failed" line; a wrapping assertion can push them
 * down).
 */
export function errorExcerpt(message: string | undefined): string[] {
  if (!message) return [];
  // Of the stack, only the first frame in our code (the line that failed), not the runner's frames.
  let frames = 0;
  const lines = message
    .replace(ANSI, '')
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '')
    .filter((line) => !/^\s*at /.test(line) || (!/node_modules|node:internal/.test(line) && frames++ === 0));
  const shown = lines.slice(0, ERROR_LINES);
  for (const line of lines.slice(ERROR_LINES)) {
    if (/^\s*(\{ seed: |Counterexample: )/.test(line)) shown.push(line);
  }
  return shown.map((line) => INDENT + clip(line.trim()));
}

/** One entry per failed test: its name line, then its error lines. */
type Failure = { name: string; error: string[] };

function unitFailures(report: VitestReport | undefined, root: string): Failure[] {
  const failures: Failure[] = [];
  for (const file of report?.testResults ?? []) {
    const path = relative(root, file.name);
    const failed = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
    for (const test of failed) {
      failures.push({
        name: ['unit', [path, ...(test.ancestorTitles ?? []), test.title].join(' › ')].join('  '),
        error: errorExcerpt(test.failureMessages?.[0]),
      });
    }
    if (failed.length === 0 && file.status === 'failed')
      failures.push({ name: `unit  ${path} (the file failed)`, error: errorExcerpt(file.message) });
  }
  return failures;
}

function e2eFailures(report: PlaywrightReport | undefined): Failure[] {
  const failures: Failure[] = [];
  const walk = (suite: PlaywrightSuite, titles: string[]) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        // 'flaky' passed on a retry (CI retries once) and counts as passed; named all the same, on one line.
        if (test.status !== 'unexpected' && test.status !== 'flaky') continue;
        const name = [...titles, spec.title].join(' › ');
        const project = test.projectName ? `[${test.projectName}] ` : '';
        if (test.status === 'flaky')
          failures.push({ name: `e2e   ${project}${name} (flaky: passed on a retry)`, error: [] });
        else
          failures.push({
            name: `e2e   ${project}${name}`,
            error: errorExcerpt(test.results?.at(-1)?.error?.message),
          });
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
  };
  // A file's suite is titled with its path (relative to the project's testDir); describe blocks nest below it.
  for (const file of report?.suites ?? []) walk(file, [file.file ?? file.title]);
  for (const error of report?.errors ?? [])
    failures.push({ name: 'e2e   (outside any test)', error: errorExcerpt(error.message) });
  return failures;
}

/**
 * Every failed unit and browser test, named, at most `maxLines` lines in all (each test's name
 * first: past the cap, whole tests are counted, not printed). Empty when nothing failed.
 */
export function failedTestLines(
  vitest: VitestReport | undefined,
  playwright: PlaywrightReport | undefined,
  root: string,
  maxLines = 40,
): string[] {
  const failures = [...unitFailures(vitest, root), ...e2eFailures(playwright)];
  if (failures.length === 0) return [];
  const lines = ['── failed tests ──'];
  let shown = 0;
  for (const failure of failures) {
    const size = 1 + failure.error.length;
    // Keep one line for the count of those left out.
    if (lines.length + size > maxLines - 1) break;
    lines.push(failure.name, ...failure.error);
    shown += 1;
  }
  if (shown < failures.length)
    lines.push(`… and ${failures.length - shown} more (see each step's output above)`);
  return lines;
}
