/**
 * Robustness of the core under mangled input. Mutated real-world manifests (test/fixtures/realworld) and examples, and
 * fixed adversarial inputs (bench/fuzz-inputs.ts), go through checkText, FileChecker's incremental re-checks,
 * hoverAt and completionsAt at random positions, and the workspace index the server updates on every change.
 * No exception may escape, no call may hang, every finding, hover and completion must be well-formed, and an
 * incremental re-check must give what a fresh check of the same text gives. How long calls take is the bench's
 * business (bench/), not a test's: the slowest calls are printed, never asserted.
 *
 * Deterministic (FUZZ_SEED=<n> explores another seed, FUZZ_CASES=<n> runs more cases) and bounded. The cases run
 * in a worker thread watched by the test, so that a hang fails with the case it hung on instead of stalling the
 * suite.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { adversarialInputs, fuzzSeed, loadCorpus, mutate, randomEdit, randomPositions, seededRandom } from '../../bench/fuzz-inputs';
import type { FuzzInput, Random } from '../../bench/fuzz-inputs';
import { localizer } from '../../server/src/core/l10n';
import type { Language } from '../../server/src/core/l10n';
import { checkText, FileChecker } from '../../server/src/core/documents/check-file';
import { completionsAt } from '../../server/src/core/features/completion';
import type { Finding } from '../../server/src/core/documents/finding';
import { hoverAt } from '../../server/src/core/features/hover';
import { workspaceFindings } from '../../server/src/core/features/workspace-findings';
import { WorkspaceIndex } from '../../server/src/core/index/workspace-index';
import type { Position, Range } from '../../server/src/core/parse/line-index';
import { settingsFrom } from '../../server/src/core/settings';
import type { CheckSettings } from '../../server/src/core/settings';

const SEED = fuzzSeed(20_261_122);
/** Mutated corpus cases (FUZZ_CASES=<n> for a longer exploration); each runs ~17 calls. */
const MUTATED_CASES = Number.parseInt(process.env.FUZZ_CASES ?? '', 10) || 90;
/** No word from the worker for this long: it hangs (a hang detector, far above any call's cost). */
const HANG_MS = 20_000;
const POSITIONS_PER_CASE = 4;

type Group = 'adversarial' | 'mutated';

interface WorkerRequest {
  readonly group: Group;
  readonly seed: number;
}

type WorkerMessage =
  | { readonly kind: 'call'; readonly input: string; readonly call: string }
  | { readonly kind: 'problem'; readonly input: string; readonly call: string; readonly problem: string }
  | { readonly kind: 'done'; readonly cases: number; readonly calls: number; readonly slowest: string };

// --- the test's side: a worker and its watchdog ----------------------------------------------------------------

interface Summary {
  readonly cases: number;
  readonly calls: number;
  readonly slowest: string;
  readonly problems: string[];
}

function runInWorker(request: WorkerRequest): Promise<Summary> {
  // The worker runs this file again, TypeScript loaded through tsx as in the test runner.
  const worker = new Worker(`require('tsx/cjs'); require(${JSON.stringify(__filename)});`, {
    eval: true,
    workerData: request,
  });
  const problems: string[] = [];
  let last = 'start-up';
  return new Promise<Summary>((resolve, reject) => {
    let watchdog: NodeJS.Timeout;
    const arm = (): void => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => {
        void worker.terminate();
        reject(new Error(`no progress for ${HANG_MS} ms: hung on ${last} (FUZZ_SEED=${request.seed})`));
      }, HANG_MS);
    };
    arm();
    worker.on('message', (message: WorkerMessage) => {
      arm();
      if (message.kind === 'call') last = `${message.call} of ${message.input}`;
      else if (message.kind === 'problem') problems.push(`${message.call} of ${message.input}: ${message.problem}`);
      else {
        clearTimeout(watchdog);
        void worker.terminate();
        resolve({ cases: message.cases, calls: message.calls, slowest: message.slowest, problems });
      }
    });
    worker.on('error', (error) => {
      clearTimeout(watchdog);
      reject(new Error(`the worker died on ${last}: ${error instanceof Error ? error.stack : String(error)}`));
    });
    worker.on('exit', (code) => {
      clearTimeout(watchdog);
      reject(new Error(`the worker exited (${code}) on ${last}`));
    });
  });
}

// --- the worker's side: the cases ----------------------------------------------------------------------------

function runCases({ group, seed }: WorkerRequest): void {
  const random = seededRandom(seed + (group === 'mutated' ? 1 : 0));
  const post = (message: WorkerMessage): void => parentPort?.postMessage(message);
  const inputs: FuzzInput[] =
    group === 'adversarial'
      ? adversarialInputs()
      : (() => {
          const corpus = loadCorpus();
          return Array.from({ length: MUTATED_CASES }, () =>
            mutate(corpus[Math.floor(random() * corpus.length)], random, 1 + Math.floor(random() * 3)),
          );
        })();
  let calls = 0;
  let slowest = { ms: 0, what: '' };
  const slowestInputs: { ms: number; what: string }[] = [];
  for (const input of inputs) {
    const call = <T>(name: string, run: () => T): T | undefined => {
      post({ kind: 'call', input: input.name, call: name });
      calls++;
      const started = performance.now();
      try {
        return run();
      } catch (error) {
        post({ kind: 'problem', input: input.name, call: name, problem: `threw ${error instanceof Error ? error.stack : String(error)}` });
        return undefined;
      } finally {
        const ms = performance.now() - started;
        if (ms > slowest.ms) slowest = { ms, what: `${name} of ${input.name}: ${ms.toFixed(0)} ms` };
      }
    };
    const problem = (name: string, text: string): void => post({ kind: 'problem', input: input.name, call: name, problem: text });
    const started = performance.now();
    exercise(input.text, random, call, problem);
    slowestInputs.push({ ms: performance.now() - started, what: input.name });
  }
  slowestInputs.sort((a, b) => b.ms - a.ms);
  const top = slowestInputs.slice(0, 3).map((s) => `${s.what} ${s.ms.toFixed(0)} ms`);
  post({ kind: 'done', cases: inputs.length, calls, slowest: `${slowest.what}; slowest inputs: ${top.join(', ')}` });
}

type Call = <T>(name: string, run: () => T) => T | undefined;

const SETTINGS: readonly { readonly settings: CheckSettings; readonly language: Language }[] = [
  { settings: settingsFrom({}), language: 'en' },
  { settings: settingsFrom({ language: 'ko', nodePortRange: '1-65535' }), language: 'ko' },
  { settings: settingsFrom({ reportYamlErrors: false, rules: { 'port-name-required': 'off', 'unknown-field': 'hint' } }), language: 'en' },
];

function exercise(text: string, random: Random, call: Call, problem: (call: string, text: string) => void): void {
  const { settings, language } = SETTINGS[Math.floor(random() * SETTINGS.length)];
  const fresh = call('checkText', () => checkText(text, settings, language));
  if (fresh) for (const issue of findingIssues(text, fresh)) problem('checkText', issue);

  // Incremental: the checker has seen another text first (a slightly different one, as after a keystroke) and
  // must give what a fresh check gives.
  const checker = new FileChecker();
  const edit = randomEdit(text, random);
  const before = text.slice(0, edit.start) + edit.insert + text.slice(edit.end);
  call('FileChecker.check (before the edit)', () => checker.check(before, settings, language));
  const again = call('FileChecker.check (after the edit)', () => checker.check(text, settings, language));
  const differs = fresh && again && firstDifference(fresh, again);
  if (differs) problem('FileChecker.check', `an incremental re-check differs from a fresh check of the same text: ${differs}`);
  const next = randomEdit(text, random);
  const after = text.slice(0, next.start) + next.insert + text.slice(next.end);
  const nextFindings = call('FileChecker.check (one more edit)', () => checker.check(after, settings, language));
  if (nextFindings) {
    for (const issue of findingIssues(after, nextFindings)) problem('FileChecker.check', issue);
    const expected = call('checkText (of the edited text)', () => checkText(after, settings, language));
    const differsAfter = expected && firstDifference(expected, nextFindings);
    if (differsAfter) problem('FileChecker.check', `an incremental re-check after an edit differs from a fresh check: ${differsAfter}`);
  }

  const located = call('FileChecker.analyse', () => checker.analyse(text));
  if (located) {
    const docs = localizer(language);
    const lines = text.split(/\r\n|\r|\n/);
    for (const position of randomPositions(text, random, POSITIONS_PER_CASE)) {
      const where = `${position.line}:${position.character}`;
      const hover = call(`hoverAt ${where}`, () => hoverAt(located, position, docs));
      if (hover) {
        if (hover.contents.trim() === '') problem(`hoverAt ${where}`, 'empty hover');
        const issue = rangeIssue(lines, hover.range);
        if (issue) problem(`hoverAt ${where}`, issue);
      }
      const items = call(`completionsAt ${where}`, () => completionsAt(located, text, position, docs));
      for (const item of items ?? []) {
        if (item.label === '' || typeof item.insertText !== 'string') problem(`completionsAt ${where}`, `bad item ${JSON.stringify(item)}`);
        if (item.range) {
          const issue = rangeIssue(lines, item.range) ?? (item.range.start.line === position.line ? undefined : 'range off the line');
          if (issue) problem(`completionsAt ${where}`, issue);
        }
      }
    }
  }

  // The workspace index the server updates on every change, with the file's cross-resource findings.
  const index = new WorkspaceIndex();
  const uri = 'file:///fuzz/manifest.yaml';
  call('WorkspaceIndex.setFile', () => index.setFile(uri, before));
  call('WorkspaceIndex.setFile (after the edit)', () => index.setFile(uri, text));
  const cross = call('workspaceFindings', () => workspaceFindings(index, uri, settings, language));
  if (cross) for (const issue of findingIssues(text, cross)) problem('workspaceFindings', issue);
}

// --- well-formedness -----------------------------------------------------------------------------------------

/** The first finding that differs between a fresh and an incremental check, shortened; undefined when none. */
function firstDifference(fresh: readonly Finding[], incremental: readonly Finding[]): string | undefined {
  for (let i = 0; i < Math.max(fresh.length, incremental.length); i++) {
    const a = JSON.stringify(fresh[i]);
    const b = JSON.stringify(incremental[i]);
    if (a !== b) return `#${i} fresh ${a?.slice(0, 300)} / incremental ${b?.slice(0, 300)}`;
  }
  return undefined;
}

const SEVERITIES = new Set(['error', 'warning', 'info', 'hint']);

function findingIssues(text: string, findings: readonly Finding[]): string[] {
  const issues: string[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  for (const finding of findings) {
    const label = `${finding.code} ${JSON.stringify(finding.message?.slice(0, 120))}`;
    if (typeof finding.code !== 'string' || finding.code === '') issues.push(`finding without a code: ${label}`);
    if (typeof finding.message !== 'string' || finding.message.trim() === '') issues.push(`empty message: ${label}`);
    else if (finding.message.includes('[object Object]')) issues.push(`message with [object Object]: ${label}`);
    if (!SEVERITIES.has(finding.severity)) issues.push(`bad severity ${finding.severity}: ${label}`);
    const issue = rangeIssue(lines, finding.range);
    if (issue) issues.push(`${issue}: ${label}`);
  }
  return issues;
}

/** Why a range does not lie inside the text's lines (split at \r\n, \r or \n as LSP does; a character may be the line's end), if it does not. */
function rangeIssue(lines: readonly string[], range: Range): string | undefined {
  const valid = (p: Position): boolean =>
    Number.isInteger(p.line) &&
    Number.isInteger(p.character) &&
    p.line >= 0 &&
    p.line < lines.length &&
    p.character >= 0 &&
    p.character <= lines[p.line].length;
  if (!valid(range.start) || !valid(range.end)) return `range ${JSON.stringify(range)} outside the text (${lines.length} lines)`;
  const ordered =
    range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
  return ordered ? undefined : `range ${JSON.stringify(range)} ends before it starts`;
}

// --- entry: tests in the main thread, the cases in the worker ------------------------------------------------

if (isMainThread) {
  for (const group of ['adversarial', 'mutated'] as const) {
    test(`fuzz (${group} inputs, seed ${SEED}): no exception, no hang, well-formed results`, async (t) => {
      const summary = await runInWorker({ group, seed: SEED });
      t.diagnostic(`${summary.cases} inputs, ${summary.calls} calls; slowest: ${summary.slowest}`);
      assert.deepEqual(summary.problems.slice(0, 15), [], `${summary.problems.length} problems (FUZZ_SEED=${SEED})`);
      assert.ok(summary.cases > 0);
    });
  }
} else {
  runCases(workerData as WorkerRequest);
}
