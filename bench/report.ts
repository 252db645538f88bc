/** The rows every benchmark section returns, the bare-parse baseline, and the markdown table they end in. */
import { parseAllDocuments } from 'yaml';

export interface Target {
  /** How the target reads in the table, e.g. `≤ 20 ms`. */
  readonly text: string;
  readonly met: boolean;
}

export interface Row {
  readonly section: string;
  /** What was measured on, e.g. `1,000 pairs (49.5k lines)`. */
  readonly input: string;
  readonly figure: string;
  /** The figure as printed, e.g. `12.3 ms`. */
  readonly value: string;
  /** A bare `yaml.parseAllDocuments` of the same text, in the same run, in ms. */
  readonly baselineMs?: number;
  /** value / baseline, for figures that are times. */
  readonly ratio?: number;
  readonly target?: Target;
  readonly note?: string;
}

/** A named group of benchmarks; `bench/run-all.ts` runs the sections in order and prints one table. */
export interface Section {
  readonly name: string;
  run(options: BenchOptions): Promise<Row[]>;
}

export interface BenchOptions {
  /** Pairs per single-file benchmark. */
  readonly sizes: readonly number[];
  /** Files per workspace / CLI benchmark. */
  readonly workspaces: readonly number[];
  /** Where to write the server's `--cpu-prof` profiles; none when undefined. */
  readonly profileDir: string | undefined;
  readonly log: (line: string) => void;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return value >= 100 ? `${value.toFixed(0)} ms` : value >= 10 ? `${value.toFixed(1)} ms` : `${value.toFixed(2)} ms`;
}

export function thousands(n: number): string {
  return n.toLocaleString('en-US');
}

export interface ParseBaseline {
  /** The first parse of the run (cold JIT for this text). */
  readonly coldMs: number;
  /** The median of the parses after the first. */
  readonly warmMs: number;
}

/** Times a bare `yaml.parseAllDocuments` of each text (one pass over them all), `runs` times. */
export function bareParse(texts: readonly string[], runs: number): ParseBaseline {
  const times: number[] = [];
  let documents = 0;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    for (const text of texts) documents += parseAllDocuments(text).length;
    times.push(performance.now() - start);
  }
  if (documents === 0) throw new Error('the baseline parsed nothing');
  return { coldMs: times[0], warmMs: median(times.length > 1 ? times.slice(1) : times) };
}

/** A time row with its ratio to the baseline. */
export function timeRow(
  fields: Omit<Row, 'value' | 'ratio' | 'target'> & { readonly ms: number; readonly target?: (ms: number, ratio: number | undefined) => Target },
): Row {
  const ratio = fields.baselineMs === undefined ? undefined : fields.ms / fields.baselineMs;
  const { ms: value, target, ...rest } = fields;
  return { ...rest, value: ms(value), ratio, ...(target ? { target: target(value, ratio) } : {}) };
}

export function markdownTable(rows: readonly Row[]): string {
  const header = ['Section', 'Input', 'Figure', 'Value', 'Bare parse', 'Ratio', 'Target', 'Met', 'Note'];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const row of rows) {
    lines.push(
      `| ${[
        row.section,
        row.input,
        row.figure,
        row.value,
        row.baselineMs === undefined ? '' : ms(row.baselineMs),
        row.ratio === undefined ? '' : `${row.ratio < 0.01 ? row.ratio.toFixed(4) : row.ratio.toFixed(2)}×`,
        row.target?.text ?? '',
        row.target ? (row.target.met ? 'yes' : '**NO**') : '',
        row.note ?? '',
      ].join(' | ')} |`,
    );
  }
  return lines.join('\n');
}

/** A bench run on its own: its rows as the README's table, or the error and a failing exit code. */
export function printTable(rows: Promise<readonly Row[]>): void {
  rows.then(
    (done) => console.log(`\n${markdownTable(done)}`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
