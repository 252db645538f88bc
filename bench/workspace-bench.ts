/**
 * The workspace index through the BUILT language server over stdio, as an editor drives it, on generated
 * workspaces of 1,000 and 10,000 small files (the CLI section's workspaces, `generateWorkspace`):
 * - `initialize` with `rootUri` = the workspace folder, then `initialized`; the server scans the folder and logs
 *   `kube-svc: indexed N YAML files in X ms` (window/logMessage). The wall time is from sending `initialized` to
 *   reading that message (it includes the settings pull before the scan); the server-reported ms is the scan alone.
 * - the server's RSS (VmRSS of /proc/<pid>/status) right after the message, and its peak (VmHWM).
 * A fresh server per run; every time is printed beside reading + `yaml.parseAllDocuments` of the same files in this
 * process, in the same run (the warm median, the stricter baseline; the cold first pass is in the notes).
 *
 * Run on its own: `npm run build && node --import tsx bench/workspace-bench.ts [--workspaces=1000,10000]`,
 * or through run-all: `node --import tsx bench/run-all.ts --only=workspace`.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { generateWorkspace } from './generate-manifests';
import { BenchServer, peakRssMbOf } from './lsp-client';
import { optionsFromArgs } from './lsp-bench';
import { median, ms, thousands, timeRow, printTable } from './report';
import type { BenchOptions, Row, Section } from './report';

/** The targets, for the 10,000-file workspace. */
export const INDEX_TARGET_RATIO = 1.5;
export const INDEX_TARGET_RSS_MB = 300;
const TARGET_FILES = 10_000;
const INDEX_TIMEOUT_MS = 180_000;
const INDEXED = /^kube-svc: indexed (\d+) YAML files in (\d+) ms(.*)$/;

export const workspaceSection: Section = { name: 'Workspace', run: runWorkspaceBench };

interface ReadParse {
  readonly coldMs: number;
  readonly warmMs: number;
}

/** Reads and parses every file (one pass over them all), `runs` times: the first pass and the median of the rest. */
function bareReadParse(files: readonly string[], runs: number): ReadParse {
  const times: number[] = [];
  let documents = 0;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    for (const file of files) documents += parseAllDocuments(readFileSync(file, 'utf8')).length;
    times.push(performance.now() - start);
  }
  if (documents === 0) throw new Error('the baseline parsed nothing');
  return { coldMs: times[0], warmMs: median(times.length > 1 ? times.slice(1) : times) };
}

interface IndexRun {
  /** `initialized` sent → the "indexed" log message read. */
  readonly wallMs: number;
  /** The scan time the server reports. */
  readonly serverMs: number;
  readonly files: number;
  readonly rssMb: number;
  readonly peakRssMb: number;
}

async function indexOnce(dir: string, expected: number, options: BenchOptions, label: string): Promise<IndexRun> {
  const server = new BenchServer({
    nodeArgs: options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`, `--cpu-prof-name=server-workspace-${label}.cpuprofile`] : [],
  });
  try {
    const sentAt = await server.initialize(pathToFileURL(dir).href);
    const log = await server.logMessage(/^kube-svc: (indexed|indexing the workspace failed)/, INDEX_TIMEOUT_MS);
    const match = INDEXED.exec(log.message);
    if (!match) throw new Error(`the server did not index the workspace: ${log.message}`);
    const files = Number(match[1]);
    if (files !== expected) throw new Error(`the server indexed ${files} files, expected ${expected}: ${log.message}`);
    if (match[3]) throw new Error(`the scan did not finish: ${log.message}`);
    return {
      wallMs: log.at - sentAt,
      serverMs: Number(match[2]),
      files,
      rssMb: server.rssMb(),
      peakRssMb: peakRssMbOf(server.pid),
    };
  } finally {
    await server.shutdown();
  }
}

export async function runWorkspaceBench(options: BenchOptions): Promise<Row[]> {
  const rows: Row[] = [];
  for (const count of options.workspaces) {
    const workspace = generateWorkspace(count);
    try {
      const input = `${thousands(count)} files (${(workspace.lines / 1000).toFixed(0)}k lines, ${(workspace.bytes / 1e6).toFixed(1)} MB)`;
      options.log(`\n## Workspace index, ${input} in ${workspace.dir}`);
      const big = count >= 10_000;
      const parse = bareReadParse(workspace.files, big ? 3 : 5);
      options.log(`bare read + parseAllDocuments of every file: cold ${ms(parse.coldMs)}, warm ${ms(parse.warmMs)}`);

      const runs: IndexRun[] = [];
      for (let i = 0; i < 3; i++) {
        const run = await indexOnce(workspace.dir, count, options, `${count}-${i}`);
        options.log(
          `run ${i + 1}: initialized → indexed ${ms(run.wallMs)} (server: ${ms(run.serverMs)}), RSS ${run.rssMb.toFixed(0)} MB, peak ${run.peakRssMb.toFixed(0)} MB`,
        );
        runs.push(run);
      }
      const wall = median(runs.map((r) => r.wallMs));
      const serverMs = median(runs.map((r) => r.serverMs));
      const rss = median(runs.map((r) => r.rssMb));
      const peak = Math.max(...runs.map((r) => r.peakRssMb));
      const targeted = count === TARGET_FILES;
      const base = { section: 'Workspace', input, baselineMs: parse.warmMs };
      const ratioTarget = targeted
        ? { target: (_: number, ratio: number | undefined) => ({ text: `≤ ${INDEX_TARGET_RATIO}× parse`, met: (ratio ?? Infinity) <= INDEX_TARGET_RATIO }) }
        : {};
      rows.push(
        timeRow({
          ...base,
          figure: 'workspace index, `initialized` → "indexed" log (wall)',
          ms: wall,
          ...ratioTarget,
          note: `median of ${runs.length} fresh servers; bare read+parse cold ${ms(parse.coldMs)} (${(wall / parse.coldMs).toFixed(2)}×)`,
        }),
        timeRow({
          ...base,
          figure: 'workspace index, server-reported scan time',
          ms: serverMs,
          ...ratioTarget,
          note: `median of ${runs.length}; the scan alone, without the settings pull`,
        }),
        {
          ...base,
          figure: 'server RSS after indexing',
          value: `${rss.toFixed(0)} MB`,
          ...(targeted ? { target: { text: `≤ ${INDEX_TARGET_RSS_MB} MB`, met: rss <= INDEX_TARGET_RSS_MB } } : {}),
          note: `median of ${runs.length}; peak (VmHWM) ${peak.toFixed(0)} MB`,
        },
      );
    } finally {
      workspace.dispose();
    }
  }
  return rows;
}

if (require.main === module) printTable(runWorkspaceBench(optionsFromArgs(process.argv.slice(2))));
