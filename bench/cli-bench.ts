/**
 * The built CLI (server/out/cli.js) over a generated workspace of 1,000 and 10,000 small files: wall time of
 * `kube-svc check <dir>` in a child process, and files per second, beside a bare `yaml.parseAllDocuments` of
 * the same texts in this process.
 *
 * Run on its own: `npm run build && node --import tsx bench/cli-bench.ts [--workspaces=1000,10000]`.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { generateWorkspace } from './generate-manifests';
import { optionsFromArgs } from './lsp-bench';
import { bareParse, median, ms, thousands, timeRow, printTable } from './report';
import type { BenchOptions, Row, Section } from './report';

export const CLI = path.resolve(__dirname, '../server/out/cli.js');

export const cliSection: Section = { name: 'CLI', run: runCliBench };

interface CliRun {
  readonly wallMs: number;
  readonly exitCode: number | null;
  readonly stdoutBytes: number;
  readonly stderr: string;
}

function runCli(args: readonly string[], cwd: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdoutBytes = 0;
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdoutBytes += chunk.length));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ wallMs: performance.now() - started, exitCode, stdoutBytes, stderr }));
  });
}

export async function runCliBench(options: BenchOptions): Promise<Row[]> {
  const rows: Row[] = [];
  const startup = median(await Promise.all([0, 1, 2].map(async () => (await runCli(['--version'], process.cwd())).wallMs)));
  options.log(`\nCLI start-up (kube-svc --version): ${ms(startup)}`);
  for (const count of options.workspaces) {
    const workspace = generateWorkspace(count);
    try {
      const input = `${thousands(count)} files (${(workspace.lines / 1000).toFixed(0)}k lines, ${(workspace.bytes / 1e6).toFixed(1)} MB)`;
      options.log(`\n## CLI, ${input} in ${workspace.dir}`);
      const texts = workspace.files.map((file) => readFileSync(file, 'utf8'));
      const parse = bareParse(texts, count >= 10_000 ? 3 : 5);
      options.log(`bare parseAllDocuments of every file: cold ${ms(parse.coldMs)}, warm ${ms(parse.warmMs)}`);
      const runs: CliRun[] = [];
      for (let i = 0; i < (count >= 10_000 ? 2 : 3); i++) {
        const run = await runCli(['check', '.'], workspace.dir);
        // 1: errors found (the generator puts some in); anything else is a failure of the run.
        if (run.exitCode !== 0 && run.exitCode !== 1) throw new Error(`kube-svc check exited ${run.exitCode}: ${run.stderr}`);
        const summary = run.stderr.trim().split('\n').pop() ?? '';
        options.log(`kube-svc check .: ${ms(run.wallMs)} (exit ${run.exitCode}, ${thousands(run.stdoutBytes)} bytes out; ${summary})`);
        runs.push(run);
      }
      const wall = median(runs.map((r) => r.wallMs));
      rows.push(
        timeRow({
          section: 'CLI',
          input,
          figure: '`kube-svc check .` wall time',
          ms: wall,
          baselineMs: parse.warmMs,
          note: `median of ${runs.length}; start-up alone ${ms(startup)}`,
        }),
        {
          section: 'CLI',
          input,
          figure: 'files per second',
          value: `${thousands(Math.round(count / (wall / 1000)))} files/s`,
          baselineMs: parse.warmMs,
          note: `bare parse: ${thousands(Math.round(count / (parse.warmMs / 1000)))} files/s`,
        },
      );
    } finally {
      workspace.dispose();
    }
  }
  return rows;
}

if (require.main === module) printTable(runCliBench(optionsFromArgs(process.argv.slice(2))));
