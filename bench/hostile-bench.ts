/**
 * The hostile workspace of issue 10, through the BUILT language server over stdio, each figure beside a baseline
 * measured in the same run (a bare `yaml.parseAllDocuments` of the same text, or the same server on the same folder
 * without the hostile part):
 * - many open documents: 200 one-pair files opened one after another → publishes and time until the server is
 *   quiet; then one keystroke in one of them → publishes;
 * - a scan of 50 large files (4,000 pairs, 4.1 MB each): hover and completion latency while it runs, time to
 *   answer `shutdown` sent during it, peak RSS;
 * - the light bulb: `textDocument/codeAction` without `only` on a 1,000-pair file (49.5k lines), as VS Code sends
 *   it on every cursor move (triggerKind Automatic) and when asked (Invoked), also while typing;
 * - a Service with 100,000 bad ports: diagnostics published, bytes sent, RSS, hover after it, a keystroke;
 * - a 400 MB sparse file in a folder whose settings raise `kubeSvc.maxFileSize` to 1e12.
 *
 * Run on its own: `npm run build && node --import tsx bench/hostile-bench.ts [--hostile=open,scan,bulb,ports,sparse]
 * [--scan-pairs=4000]`, or `node --import tsx bench/run-all.ts --only=hostile`.
 */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { CodeActionRequest, CodeActionTriggerKind } from 'vscode-languageserver-protocol/node';
import type { Diagnostic, Position } from 'vscode-languageserver-protocol/node';
import { generateManifestFile, generateWorkspace } from './generate-manifests';
import { BenchServer, peakRssMbOf, withTimeout } from './lsp-client';
import { optionsFromArgs } from './lsp-bench';
import { bareParse, median, ms, thousands, timeRow, printTable } from './report';
import type { BenchOptions, Row, Section } from './report';

const SECTION = 'Hostile';
/** No publish for this long: the server is done with what it was sent (a benchmark may wait; tests never do). */
const QUIET_MS = 1500;
const OPEN_FILES = 200;
const SCAN_FILES = 50;
const DEFAULT_SCAN_PAIRS = 4000;
const BAD_PORTS = 100_000;
const SPARSE_BYTES = 400 * 1024 * 1024;

export const hostileSection: Section = { name: SECTION, run: (options) => runHostileBench(options, process.argv.slice(2)) };

export async function runHostileBench(options: BenchOptions, argv: readonly string[]): Promise<Row[]> {
  const only = argv.find((a) => a.startsWith('--hostile='))?.slice('--hostile='.length).split(',');
  const scanPairs = Number(argv.find((a) => a.startsWith('--scan-pairs='))?.slice('--scan-pairs='.length)) || DEFAULT_SCAN_PAIRS;
  const parts: [string, () => Promise<Row[]>][] = [
    ['open', () => manyOpenDocuments(options)],
    ['scan', () => scanOfLargeFiles(options, scanPairs)],
    ['bulb', () => lightBulb(options)],
    ['ports', () => badPorts(options)],
    ['sparse', () => sparseFile(options)],
  ];
  const rows: Row[] = [];
  for (const [name, run] of parts) if (!only || only.includes(name)) rows.push(...(await run()));
  return rows;
}

// --- 7: many open documents --------------------------------------------------------------------------------

async function manyOpenDocuments(options: BenchOptions): Promise<Row[]> {
  const workspace = generateWorkspace(OPEN_FILES, 7);
  const texts = workspace.files.map((file) => readFileSync(file, 'utf8'));
  workspace.dispose();
  const input = `${OPEN_FILES} open one-pair files`;
  options.log(`\n## ${input}`);
  const parse = bareParse(texts, 5);
  const server = new BenchServer();
  try {
    await server.initialize();
    await server.configured;
    const uris = texts.map((_, i) => `file:///hostile/open/app-${i}.yaml`);
    const started = performance.now();
    for (const [i, uri] of uris.entries()) await server.open(uri, texts[i]);
    for (const uri of uris) await server.diagnostics(uri, 1, 300_000);
    await server.quiet(QUIET_MS);
    const openMs = server.lastPublishAt - started;
    const openPublishes = server.publishes;
    options.log(`open ${OPEN_FILES}: ${openPublishes} publishes, last one ${ms(openMs)} after the first open`);

    const edited = uris[OPEN_FILES / 2];
    const text = texts[OPEN_FILES / 2];
    const before = server.publishes;
    const sentAt = performance.now();
    await server.change(edited, 2, [{ range: rangeAtEndOf(text, '\nkind: Service\nmetadata:\n  name: '), text: 'x' }]);
    const arrival = await server.diagnostics(edited, 2, 300_000);
    await server.quiet(QUIET_MS);
    const keystrokePublishes = server.publishes - before;
    const keystrokeLast = server.lastPublishAt - sentAt;
    options.log(`one keystroke: ${keystrokePublishes} publishes, the edited file's after ${ms(arrival.at - sentAt)}, the last after ${ms(keystrokeLast)}`);
    const base = { section: SECTION, input, baselineMs: parse.warmMs };
    return [
      timeRow({ ...base, figure: `open ${OPEN_FILES} documents → the last publish`, ms: openMs, note: `${thousands(openPublishes)} publishes (${OPEN_FILES} documents)` }),
      { ...base, figure: `publishes for ${OPEN_FILES} opens`, value: thousands(openPublishes), note: `the ideal is ${OPEN_FILES}` },
      timeRow({ ...base, figure: 'one keystroke → the last publish', ms: keystrokeLast, note: `${keystrokePublishes} publishes` }),
      { ...base, figure: 'publishes for one keystroke', value: thousands(keystrokePublishes), note: 'the ideal is 1 (no other file refers to the edited Service)' },
    ];
  } finally {
    await server.shutdown(600_000);
  }
}

// --- 8: a scan of 50 large files ----------------------------------------------------------------------------

const PROBE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: probe\nspec:\n  selector:\n    app: probe\n  ports:\n  - port: 80\n    protocol: \n';

async function scanOfLargeFiles(options: BenchOptions, pairs: number): Promise<Row[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kube-svc-hostile-scan-'));
  try {
    const files: string[] = [];
    let bytes = 0;
    for (let i = 0; i < SCAN_FILES; i++) {
      const file = path.join(dir, `big-${String(i).padStart(2, '0')}.yaml`);
      const { text } = generateManifestFile(pairs, 100 + i);
      writeFileSync(file, text);
      files.push(file);
      bytes += text.length;
    }
    const input = `${SCAN_FILES} files × ${thousands(pairs)} pairs (${(bytes / 1e6).toFixed(0)} MB)`;
    options.log(`\n## scan of ${input}`);
    const started = performance.now();
    let documents = 0;
    for (const file of files) documents += parseAllDocuments(readFileSync(file, 'utf8')).length;
    const baselineMs = performance.now() - started;
    options.log(`bare read + parse of the files, one pass: ${ms(baselineMs)} (${thousands(documents)} documents)`);

    const probed = await scanWithProbes(dir);
    options.log(
      `scan ${ms(probed.scanMs)}; ${probed.latencies.length} hovers/completions sent during it: median ${ms(median(probed.latencies))}, max ${ms(Math.max(...probed.latencies))}; peak RSS ${probed.peakRssMb.toFixed(0)} MB`,
    );
    const stop = await shutdownDuringScan(dir);
    options.log(`shutdown sent ${ms(stop.sentAfterMs)} into the scan: answered after ${ms(stop.answerMs)}, exited after ${ms(stop.exitMs)}`);
    const base = { section: SECTION, input, baselineMs };
    return [
      timeRow({ ...base, figure: '`initialized` → "indexed" log', ms: probed.scanMs, note: 'vs bare read + parse of the files' }),
      timeRow({
        ...base,
        figure: 'hover / completion during the scan, slowest',
        ms: Math.max(...probed.latencies),
        note: `median ${ms(median(probed.latencies))} of ${probed.latencies.length}`,
      }),
      timeRow({ ...base, figure: 'shutdown sent during the scan → answered', ms: stop.answerMs, note: `exit → process gone ${ms(stop.exitMs)}` }),
      { ...base, figure: 'server peak RSS (VmHWM) during the scan', value: `${probed.peakRssMb.toFixed(0)} MB`, note: `${(bytes / 1e6).toFixed(0)} MB of YAML indexed` },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface ProbedScan {
  readonly scanMs: number;
  readonly latencies: readonly number[];
  readonly peakRssMb: number;
}

/** Hover and completion, one after the other, on an open document for as long as the scan runs. */
async function scanWithProbes(dir: string): Promise<ProbedScan> {
  const server = new BenchServer({ settings: {} });
  try {
    const sentAt = await server.initialize(pathToFileURL(dir).href);
    const uri = pathToFileURL(path.join(dir, 'probe.yaml')).href;
    await server.open(uri, PROBE);
    const indexed = server.logMessage(/^kube-svc: (indexed|indexing the workspace failed)/, 900_000);
    let done = false;
    const scanned = indexed.then((log) => {
      done = true;
      return log;
    });
    // Every probe sent before the scan ended counts, the one answered only after it too: that one is the freeze.
    const latencies: number[] = [];
    for (let i = 0; !done; i++) {
      const started = performance.now();
      if (i % 2 === 0) await server.hover(uri, { line: 8, character: 5 });
      else await server.completion(uri, { line: 9, character: 14 });
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const log = await scanned;
    return { scanMs: log.at - sentAt, latencies, peakRssMb: peakRssMbOf(server.pid) };
  } finally {
    await server.shutdown(900_000);
  }
}

/** `shutdown` two seconds after `initialized`, with the scan under way. */
async function shutdownDuringScan(dir: string): Promise<{ sentAfterMs: number; answerMs: number; exitMs: number }> {
  const server = new BenchServer({ settings: {} });
  const sentAt = await server.initialize(pathToFileURL(dir).href);
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const exited = new Promise<number>((resolve) => server.process.once('exit', () => resolve(performance.now())));
  const shutdownAt = performance.now();
  await withTimeout(server.connection.sendRequest('shutdown'), 900_000, 'shutdown');
  const answeredAt = performance.now();
  await server.connection.sendNotification('exit');
  const exitedAt = await withTimeout(exited, 900_000, 'exit');
  server.connection.dispose();
  return { sentAfterMs: shutdownAt - sentAt, answerMs: answeredAt - shutdownAt, exitMs: exitedAt - answeredAt };
}

// --- 9: the light bulb ---------------------------------------------------------------------------------------

async function lightBulb(options: BenchOptions): Promise<Row[]> {
  const file = generateManifestFile(1000);
  const input = `1,000 pairs (${(file.lines / 1000).toFixed(1)}k lines)`;
  options.log(`\n## light bulb on ${input}`);
  const parse = bareParse([file.text], 5);
  const server = new BenchServer();
  try {
    await server.initialize();
    await server.configured;
    const uri = 'file:///hostile/bulb.yaml';
    await server.open(uri, file.text, 1);
    const { params } = await server.diagnostics(uri, 1, 300_000);
    const target = params.diagnostics[Math.floor(params.diagnostics.length / 2)];
    const ask = (triggerKind: CodeActionTriggerKind, diagnostic: Diagnostic | undefined = target) =>
      server.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic], triggerKind },
      });
    const automatic = await timeEach(10, () => ask(CodeActionTriggerKind.Automatic));
    // The first request that asks for fix-all on this version computes it; the next ones may reuse it.
    const [invokedFirst, ...invoked] = await timeEach(6, () => ask(CodeActionTriggerKind.Invoked));
    options.log(
      `light bulb (Automatic): median ${ms(median(automatic))}; asked (Invoked): first ${ms(invokedFirst)}, then median ${ms(median(invoked))}`,
    );

    // Typing: an edit, at once a light-bulb request at the cursor, 40 times (VS Code asks on every cursor move).
    const typing = positionAtEndOf(file.text, '\nkind: Service\nmetadata:\n  name: ', file.text.length >> 1);
    const whileTyping: number[] = [];
    for (let version = 2; version < 42; version++) {
      const insert = version % 2 === 0;
      const change = insert
        ? { range: { start: typing, end: typing }, text: 'a' }
        : { range: { start: typing, end: { line: typing.line, character: typing.character + 1 } }, text: '' };
      await server.change(uri, version, [change]);
      const started = performance.now();
      await server.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: { start: typing, end: typing },
        context: { diagnostics: [], triggerKind: CodeActionTriggerKind.Automatic },
      });
      whileTyping.push(performance.now() - started);
    }
    options.log(`while typing: median ${ms(median(whileTyping))}, max ${ms(Math.max(...whileTyping))}`);
    const base = { section: SECTION, input, baselineMs: parse.warmMs };
    return [
      timeRow({ ...base, figure: 'light bulb (codeAction, no `only`, Automatic), median of 10', ms: median(automatic) }),
      timeRow({ ...base, figure: 'code actions asked for (no `only`, Invoked), first on a version', ms: invokedFirst }),
      timeRow({ ...base, figure: 'code actions asked for again, same version, median of 5', ms: median(invoked) }),
      timeRow({
        ...base,
        figure: 'light bulb right after each of 40 edits, slowest',
        ms: Math.max(...whileTyping),
        note: `median ${ms(median(whileTyping))}`,
      }),
    ];
  } finally {
    await server.shutdown(600_000);
  }
}

// --- 10: a Service with 100,000 bad ports -------------------------------------------------------------------

/** Each port breaks five rules: name, number, protocol, targetPort, and a nodePort on a ClusterIP Service. */
export function badPortsService(ports: number): string {
  const lines = ['apiVersion: v1', 'kind: Service', 'metadata:', '  name: ports', 'spec:', '  type: ClusterIP', '  ports:'];
  for (let i = 0; i < ports; i++) {
    lines.push(`  - name: Bad_${i}`, '    port: 0', '    protocol: tcp', '    targetPort: -1', `    nodePort: ${30000 + (i % 2000)}`);
  }
  return `${lines.join('\n')}\n`;
}

async function badPorts(options: BenchOptions): Promise<Row[]> {
  const text = badPortsService(BAD_PORTS);
  const input = `a Service with ${thousands(BAD_PORTS)} bad ports (${(text.length / 1e6).toFixed(1)} MB)`;
  options.log(`\n## ${input}`);
  const parse = bareParse([text], 3);
  const server = new BenchServer();
  try {
    await server.initialize();
    await server.configured;
    const uri = 'file:///hostile/ports.yaml';
    let bytes = server.bytesReceived;
    let started = performance.now();
    await server.open(uri, text, 1);
    const opened = await server.diagnostics(uri, 1, 900_000);
    const openMs = opened.at - started;
    const openBytes = server.bytesReceived - bytes;
    const rss = server.rssMb();
    options.log(`open: ${thousands(opened.params.diagnostics.length)} diagnostics, ${(openBytes / 1e6).toFixed(1)} MB, ${ms(openMs)}, RSS ${rss.toFixed(0)} MB`);
    const hovers = await timeEach(5, () => server.hover(uri, { line: 8, character: 5 }));
    bytes = server.bytesReceived;
    started = performance.now();
    const at: Position = { line: 7 + 5 * (BAD_PORTS - 1), character: 10 };
    await server.change(uri, 2, [{ range: { start: at, end: at }, text: 'x' }]);
    const changed = await server.diagnostics(uri, 2, 900_000);
    const keystrokeMs = changed.at - started;
    const keystrokeBytes = server.bytesReceived - bytes;
    options.log(`hover after: median ${ms(median(hovers))}; keystroke: ${ms(keystrokeMs)}, ${(keystrokeBytes / 1e6).toFixed(1)} MB`);
    const base = { section: SECTION, input, baselineMs: parse.warmMs };
    return [
      timeRow({ ...base, figure: 'open → diagnostics', ms: openMs, note: `${thousands(opened.params.diagnostics.length)} diagnostics in ${(openBytes / 1e6).toFixed(1)} MB` }),
      { ...base, figure: 'server RSS after open', value: `${rss.toFixed(0)} MB`, note: `peak ${peakRssMbOf(server.pid).toFixed(0)} MB` },
      timeRow({ ...base, figure: 'hover after open, median of 5', ms: median(hovers) }),
      timeRow({ ...base, figure: 'keystroke → diagnostics', ms: keystrokeMs, note: `${(keystrokeBytes / 1e6).toFixed(1)} MB sent` }),
    ];
  } finally {
    await server.shutdown(900_000);
  }
}

// --- 11: a 400 MB sparse file and an unbounded maxFileSize -----------------------------------------------------

const SMALL_SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n  - port: 80\n';

async function sparseFile(options: BenchOptions): Promise<Row[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kube-svc-hostile-sparse-'));
  try {
    writeFileSync(path.join(dir, 'service.yaml'), SMALL_SERVICE);
    const input = `a ${SPARSE_BYTES / 1024 / 1024} MB sparse file, maxFileSize 1e12`;
    options.log(`\n## ${input}`);
    const baseline = await indexFolder(dir);
    const fd = openSync(path.join(dir, 'zeros.yaml'), 'w');
    ftruncateSync(fd, SPARSE_BYTES);
    closeSync(fd);
    const hostile = await indexFolder(dir);
    options.log(`without it: ${baseline.log} (peak ${baseline.peakRssMb.toFixed(0)} MB); with it: ${hostile.log} (peak ${hostile.peakRssMb.toFixed(0)} MB, ${ms(hostile.ms)})`);
    const base = { section: SECTION, input };
    return [
      {
        ...base,
        figure: 'server peak RSS indexing the folder',
        value: `${hostile.peakRssMb.toFixed(0)} MB`,
        note: `${(hostile.peakRssMb / baseline.peakRssMb).toFixed(1)}× the ${baseline.peakRssMb.toFixed(0)} MB without the sparse file; ${hostile.log}`,
      },
      timeRow({ ...base, figure: '`initialized` → scan over', ms: hostile.ms, baselineMs: baseline.ms, note: 'baseline: the folder without the sparse file' }),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function indexFolder(dir: string): Promise<{ log: string; peakRssMb: number; ms: number }> {
  const server = new BenchServer({ settings: { maxFileSize: 1e12 } });
  try {
    const sentAt = await server.initialize(pathToFileURL(dir).href);
    const log = await server.logMessage(/^kube-svc: (indexed|indexing the workspace failed)/, 900_000);
    return { log: log.message.replace(/^kube-svc: /, '').slice(0, 80), peakRssMb: peakRssMbOf(server.pid), ms: log.at - sentAt };
  } finally {
    await server.shutdown(900_000);
  }
}

// --- helpers -------------------------------------------------------------------------------------------------

async function timeEach(times: number, request: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await request();
    out.push(performance.now() - started);
  }
  return out;
}

function positionAtEndOf(text: string, needle: string, from = 0): Position {
  const offset = text.indexOf(needle, from);
  if (offset === -1) throw new Error(`no ${JSON.stringify(needle)}`);
  const lineStart = offset + needle.lastIndexOf('\n') + 1;
  const lineEnd = text.indexOf('\n', lineStart);
  const line = text.slice(0, lineStart).split('\n').length - 1;
  return { line, character: lineEnd - lineStart };
}

function rangeAtEndOf(text: string, needle: string): { start: Position; end: Position } {
  const at = positionAtEndOf(text, needle);
  return { start: at, end: at };
}

if (require.main === module) printTable(runHostileBench(optionsFromArgs(process.argv.slice(2)), process.argv.slice(2)));
