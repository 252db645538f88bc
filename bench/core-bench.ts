/**
 * The core timed directly, in this process, on the same generated files as the LSP benchmark, to tell where a
 * keystroke's time goes: the per-file check (FileChecker.check: split, cached parse, object and allocator rules),
 * and the workspace index the server keeps (WorkspaceIndex.setFile + workspaceFindings of the file), which the
 * server runs after every change as well.
 *
 * Run on its own: `node --import tsx bench/core-bench.ts [--sizes=100,1000]`.
 */
import { FileChecker } from '../server/src/core/documents/check-file';
import { workspaceFindings } from '../server/src/core/features/workspace-findings';
import { WorkspaceIndex } from '../server/src/core/index/workspace-index';
import { DEFAULT_SETTINGS } from '../server/src/core/settings';
import { generateManifestFile } from './generate-manifests';
import { optionsFromArgs } from './lsp-bench';
import { bareParse, median, ms, thousands, timeRow, printTable } from './report';
import type { BenchOptions, Row, Section } from './report';

const WARMUP = 3;
const SAMPLES = 20;

export const coreSection: Section = { name: 'Core', run: runCoreBench };

export async function runCoreBench(options: BenchOptions): Promise<Row[]> {
  const rows: Row[] = [];
  for (const pairs of options.sizes) {
    const file = generateManifestFile(pairs);
    const input = `${thousands(pairs)} pairs (${(file.lines / 1000).toFixed(1)}k lines)`;
    const parse = bareParse([file.text], pairs >= 5000 ? 3 : 6);
    const typing = typingSpot(file.text);
    const edited = (i: number): string =>
      i % 2 === 0 ? file.text : `${file.text.slice(0, typing)}a${file.text.slice(typing)}`;

    // Per-file check only.
    const checker = new FileChecker();
    let started = performance.now();
    checker.check(file.text, DEFAULT_SETTINGS);
    const checkOpen = performance.now() - started;
    const checks = timeEach((i) => checker.check(edited(i), DEFAULT_SETTINGS));
    const parsedPerKeystroke = checker.parsedLastTime;

    // What the server does on a change: re-index the file, then its per-file and workspace findings.
    const index = new WorkspaceIndex();
    const uri = `file:///bench/core-${pairs}.yaml`;
    started = performance.now();
    index.setFile(uri, file.text);
    index.fileChecker(uri)?.check(file.text, DEFAULT_SETTINGS);
    workspaceFindings(index, uri, DEFAULT_SETTINGS);
    const indexOpen = performance.now() - started;
    const indexUpdates = timeEach((i) => index.setFile(uri, edited(i)));
    const workspaceChecks = timeEach((i) => {
      index.setFile(uri, edited(i));
      workspaceFindings(index, uri, DEFAULT_SETTINGS);
    });
    options.log(
      `\n## core, ${input}: check open ${ms(checkOpen)}, keystroke ${ms(median(checks))} (${parsedPerKeystroke} document parsed); ` +
        `index open ${ms(indexOpen)}, index update ${ms(median(indexUpdates))}, update + workspace findings ${ms(median(workspaceChecks))}`,
    );
    const base = { section: 'Core (in-process)', input, baselineMs: parse.warmMs };
    rows.push(
      timeRow({ ...base, figure: 'open: FileChecker.check of the whole text', ms: checkOpen, note: 'first check in this process' }),
      timeRow({
        ...base,
        figure: 'keystroke: FileChecker.check (per-file findings)',
        ms: median(checks),
        note: `median of ${SAMPLES}; ${parsedPerKeystroke} document re-parsed`,
      }),
      timeRow({
        ...base,
        figure: 'keystroke: WorkspaceIndex.setFile',
        ms: median(indexUpdates),
        note: 'the server re-indexes the file on every change',
      }),
      timeRow({
        ...base,
        figure: 'keystroke: setFile + workspaceFindings',
        ms: median(workspaceChecks),
        note: 'cross-resource findings of the file',
      }),
    );
  }
  return rows;
}

/** The end of `metadata.name` of the Service nearest the middle of the text. */
function typingSpot(text: string): number {
  const service = text.indexOf('\nkind: Service\n', text.length >> 1);
  const name = text.indexOf('\n  name: ', service);
  return text.indexOf('\n', name + 1);
}

function timeEach(run: (i: number) => void): number[] {
  const times: number[] = [];
  for (let i = 0; i < WARMUP + SAMPLES; i++) {
    const started = performance.now();
    run(i + 1);
    if (i >= WARMUP) times.push(performance.now() - started);
  }
  return times;
}

if (require.main === module) printTable(runCoreBench(optionsFromArgs(process.argv.slice(2))));
