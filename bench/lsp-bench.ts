/**
 * The built language server over stdio, as an editor drives it, on one generated file of 100 / 1,000 / 5,000
 * Deployment + Service pairs:
 * - open → first diagnostics (the first open of the process, and the median of re-opens with a warm JIT);
 * - a keystroke inside one document in the middle of the file (incremental didChange of one character) → the
 *   diagnostics of that version, median of 20;
 * - hover and completion latency, median of 20;
 * - the server's RSS after the first open, and its CPU time over 2 s of idleness after the last edit.
 * Every time is printed beside a bare `yaml.parseAllDocuments` of the same text in this process.
 *
 * Run on its own: `npm run build && node --import tsx bench/lsp-bench.ts [--sizes=100,1000] [--profile=dir]`.
 */
import { generateManifestFile } from './generate-manifests';
import { BenchServer } from './lsp-client';
import { bareParse, median, ms, thousands, timeRow, printTable } from './report';
import type { BenchOptions, Row, Section } from './report';
import type { Position } from 'vscode-languageserver-protocol/node';

const WARMUP = 3;
const SAMPLES = 20;
const IDLE_MS = 2000;

export const KEYSTROKE_TARGET_MS = 20;
export const OPEN_TARGET_RATIO = 1.3;
export const REQUEST_TARGET_MS = 10;
/** One clock tick of /proc accounting: anything up to it is indistinguishable from zero. */
export const IDLE_TARGET_MS = 10;

export const lspSection: Section = { name: 'LSP', run: runLspBench };

/** Where in the file to type, hover and complete: the Service nearest the middle. */
interface Spots {
  /** End of the middle Service's `metadata.name` value: where the keystrokes go. */
  readonly typing: Position;
  /** On the `targetPort` key. */
  readonly hover: Position;
  /** After `protocol: ` (a value with an enumeration). */
  readonly completion: Position;
  /** The text of the document typed into, for its own parse time. */
  readonly documentText: string;
}

function spotsOf(text: string): Spots {
  const start = text.indexOf('\nkind: Service\n', text.length >> 1);
  if (start === -1) throw new Error('no Service in the second half of the file');
  const docStart = text.lastIndexOf('---\n', start);
  const docEnd = text.indexOf('\n---\n', start);
  const documentText = text.slice(docStart, docEnd === -1 ? text.length : docEnd + 1);
  const lineOf = (offset: number): number => {
    let line = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
    return line;
  };
  const at = (needle: string, column: (lineText: string) => number): Position => {
    const offset = text.indexOf(needle, start);
    if (offset === -1 || (docEnd !== -1 && offset > docEnd)) throw new Error(`no '${needle.trim()}' in the middle Service`);
    const lineStart = offset + 1;
    const lineText = text.slice(lineStart, text.indexOf('\n', lineStart));
    return { line: lineOf(lineStart), character: column(lineText) };
  };
  return {
    typing: at('\n  name: ', (l) => l.length),
    hover: at('\n      targetPort: ', (l) => l.indexOf('targetPort') + 3),
    completion: at('\n      protocol: ', (l) => l.indexOf(':') + 2),
    documentText,
  };
}

export async function runLspBench(options: BenchOptions): Promise<Row[]> {
  const rows: Row[] = [];
  for (const pairs of options.sizes) rows.push(...(await benchFile(pairs, options)));
  return rows;
}

async function benchFile(pairs: number, options: BenchOptions): Promise<Row[]> {
  const { log } = options;
  const file = generateManifestFile(pairs);
  const { text } = file;
  const input = `${thousands(pairs)} pairs (${(file.lines / 1000).toFixed(1)}k lines, ${thousands(file.documents)} docs)`;
  log(`\n## ${input}, ${(text.length / 1e6).toFixed(1)} MB`);
  const spots = spotsOf(text);

  const big = pairs >= 5000;
  const parse = bareParse([text], big ? 3 : 6);
  const documentParse = bareParse([spots.documentText], 50);
  log(`bare parseAllDocuments: cold ${ms(parse.coldMs)}, warm ${ms(parse.warmMs)}; the edited document alone ${ms(documentParse.warmMs)}`);

  const server = new BenchServer({
    nodeArgs: options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`, `--cpu-prof-name=server-${pairs}.cpuprofile`] : [],
  });
  try {
    await server.initialize();
    const uri = `file:///bench/pairs-${pairs}.yaml`;

    // open → first diagnostics: the first open of this process (cold JIT) ...
    let started = performance.now();
    await server.open(uri, text, 1);
    const opened = await server.diagnostics(uri, 1);
    const openCold = opened.at - started;
    const diagnosticsCount = opened.params.diagnostics.length;
    const rss = server.rssMb();
    log(`open → diagnostics (cold): ${ms(openCold)}, ${diagnosticsCount} diagnostics, RSS ${rss.toFixed(0)} MB`);

    // ... and re-opens of the same text under other names (a fresh cache each, warm JIT).
    const reopens: number[] = [];
    for (let i = 0; i < (big ? 2 : 5); i++) {
      const other = `file:///bench/pairs-${pairs}-copy-${i}.yaml`;
      started = performance.now();
      await server.open(other, text, 1);
      reopens.push((await server.diagnostics(other, 1)).at - started);
      await server.closeDocument(other);
    }
    const openWarm = median(reopens);
    log(`open → diagnostics (warm): ${reopens.map(ms).join(', ')}`);

    // A keystroke in the middle of one document: insert a character, then delete it, and so on.
    let version = 1;
    const keystrokes: number[] = [];
    const keystroke = async (): Promise<number> => {
      version++;
      const insert = version % 2 === 0;
      const { typing } = spots;
      const change = insert
        ? { range: { start: typing, end: typing }, text: 'a' }
        : { range: { start: typing, end: { line: typing.line, character: typing.character + 1 } }, text: '' };
      const sentAt = performance.now();
      await server.change(uri, version, [change]);
      const arrival = await server.diagnostics(uri, version);
      if (arrival.params.diagnostics.length !== diagnosticsCount) {
        throw new Error(`version ${version}: ${arrival.params.diagnostics.length} diagnostics, expected ${diagnosticsCount}`);
      }
      return arrival.at - sentAt;
    };
    for (let i = 0; i < WARMUP; i++) await keystroke();
    for (let i = 0; i < SAMPLES; i++) keystrokes.push(await keystroke());
    const keystrokeMedian = median(keystrokes);
    const p90 = [...keystrokes].sort((a, b) => a - b)[Math.floor(SAMPLES * 0.9)];
    log(`keystroke → diagnostics: median ${ms(keystrokeMedian)}, p90 ${ms(p90)}`);

    const hovers = await timeRequests(async () => {
      const hover = await server.hover(uri, spots.hover);
      if (!hover) throw new Error('no hover on targetPort');
    });
    const completions = await timeRequests(async () => {
      const items = await server.completion(uri, spots.completion);
      const list = Array.isArray(items) ? items : (items?.items ?? []);
      if (!list.some((item) => item.label === 'UDP')) throw new Error('no protocol completion');
    });
    log(`hover: median ${ms(median(hovers))}; completion: median ${ms(median(completions))}`);

    // Idle CPU: one last edit, its diagnostics, then 2 s of nothing.
    await keystroke();
    const cpuBefore = server.cpuMs();
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
    const idleCpu = server.cpuMs() - cpuBefore;
    // And the next 2 s: what is left of the edit (V8 finishing compilations and GC on its threads) is gone by then.
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
    const settledCpu = server.cpuMs() - cpuBefore - idleCpu;
    log(`idle CPU over ${IDLE_MS / 1000} s: ${idleCpu} ms, over the next ${IDLE_MS / 1000} s: ${settledCpu} ms`);

    const section = 'LSP';
    const base = { section, input };
    const keystrokeTarget = pairs === 1000;
    return [
      timeRow({
        ...base,
        figure: 'open → diagnostics (first open, cold)',
        ms: openCold,
        baselineMs: parse.coldMs,
        target: (_, ratio) => ({ text: `≤ ${OPEN_TARGET_RATIO}× parse`, met: (ratio ?? Infinity) <= OPEN_TARGET_RATIO }),
        note: `vs the cold parse; ${diagnosticsCount} diagnostics`,
      }),
      timeRow({
        ...base,
        figure: 'open → diagnostics (re-open, warm)',
        ms: openWarm,
        baselineMs: parse.warmMs,
        target: (_, ratio) => ({ text: `≤ ${OPEN_TARGET_RATIO}× parse`, met: (ratio ?? Infinity) <= OPEN_TARGET_RATIO }),
        note: `median of ${reopens.length}, vs the warm parse`,
      }),
      timeRow({
        ...base,
        figure: 'keystroke → fresh diagnostics (median of 20)',
        ms: keystrokeMedian,
        baselineMs: parse.warmMs,
        ...(keystrokeTarget
          ? { target: (value: number) => ({ text: `≤ ${KEYSTROKE_TARGET_MS} ms`, met: value <= KEYSTROKE_TARGET_MS }) }
          : {}),
        note: `p90 ${ms(p90)}; bare parse of the edited document alone ${ms(documentParse.warmMs)}; split in the Core rows`,
      }),
      timeRow({
        ...base,
        figure: 'hover (median of 20)',
        ms: median(hovers),
        baselineMs: parse.warmMs,
        target: (value) => ({ text: `≤ ${REQUEST_TARGET_MS} ms`, met: value <= REQUEST_TARGET_MS }),
      }),
      timeRow({
        ...base,
        figure: 'completion (median of 20)',
        ms: median(completions),
        baselineMs: parse.warmMs,
        target: (value) => ({ text: `≤ ${REQUEST_TARGET_MS} ms`, met: value <= REQUEST_TARGET_MS }),
      }),
      { ...base, figure: 'server RSS after open', value: `${rss.toFixed(0)} MB`, baselineMs: parse.warmMs },
      {
        ...base,
        figure: `idle CPU over ${IDLE_MS / 1000} s after the last edit`,
        value: `${idleCpu.toFixed(0)} ms`,
        baselineMs: parse.warmMs,
        target: { text: '~0 (≤ 1 tick)', met: idleCpu <= IDLE_TARGET_MS },
        note: `${settledCpu.toFixed(0)} ms over the next ${IDLE_MS / 1000} s; one tick is ${IDLE_TARGET_MS} ms`,
      },
    ];
  } finally {
    await server.shutdown();
  }
}

async function timeRequests(request: () => Promise<void>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < WARMUP + SAMPLES; i++) {
    const started = performance.now();
    await request();
    if (i >= WARMUP) times.push(performance.now() - started);
  }
  return times;
}

/** `--sizes=100,1000 --profile=dir` as used by this file and bench/run-all.ts. */
export function optionsFromArgs(argv: readonly string[], log: (line: string) => void = console.log): BenchOptions {
  const value = (name: string): string | undefined =>
    argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const numbers = (name: string, fallback: number[]): number[] =>
    value(name)?.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0) ?? fallback;
  return {
    sizes: numbers('sizes', [100, 1000, 5000]),
    workspaces: numbers('workspaces', [1000, 10000]),
    profileDir: value('profile'),
    log,
  };
}

if (require.main === module) printTable(runLspBench(optionsFromArgs(process.argv.slice(2))));
