/**
 * Mangled manifests for the robustness tests (test/unit/fuzz.test.ts, test/lsp/fuzz-server.test.ts): the real-world
 * corpus and the examples mutated at random (deterministically, from a seed), and fixed adversarial inputs (alias
 * bombs, 5,000-deep flow nesting, 100k-character scalars, thousands of `---`, lone surrogates, ...). The mutations
 * include YAML structure people write by hand (anchors, aliased items, merge keys, explicit keys, lone-CR line
 * ends: structure-mutators.ts) and the mistakes kube-svc fixes (fixable-mutators.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { FIXABLE_MUTATORS } from './fixable-mutators';
import { seededRandom } from './generate-manifests';
import type { Random } from './generate-manifests';
import { STRUCTURE_MUTATORS } from './structure-mutators';

export { seededRandom };
export type { Random };

export const REPO = path.resolve(__dirname, '..');
/** The real-world corpus (copied with its attribution, SOURCES.md). */
export const REALWORLD = path.resolve(REPO, 'test/fixtures/realworld');

export interface FuzzInput {
  /** What it is, to reproduce a failure: source file and mutations, or the adversarial case's name. */
  readonly name: string;
  readonly text: string;
}

/** The fuzz seed: `FUZZ_SEED` when set, else a fixed one, so that `npm test` is deterministic. */
export function fuzzSeed(fallback: number): number {
  const raw = process.env.FUZZ_SEED;
  const seed = raw === undefined ? Number.NaN : Number.parseInt(raw, 10);
  return Number.isInteger(seed) ? seed : fallback;
}

/** The YAML files of the real-world corpus (when present) and of examples/, in a stable order. */
export function loadCorpus(maxChars = 60_000): FuzzInput[] {
  const out: FuzzInput[] = [];
  const add = (root: string, label: string): void => {
    if (!existsSync(root)) return;
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.ya?ml$/.test(f))
      .sort();
    for (const file of files) {
      const text = readFileSync(path.join(root, file), 'utf8');
      // The few very large files are cut at a document boundary to keep a case fast.
      const cut = text.length <= maxChars ? text : text.slice(0, Math.max(text.lastIndexOf('\n---', maxChars), 1));
      out.push({ name: `${label}/${file}`, text: cut });
    }
  };
  add(REALWORLD, 'realworld');
  add(path.join(REPO, 'examples'), 'examples');
  return out;
}

// --- small helpers -------------------------------------------------------------------------------------------

function int(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

function pick<T>(random: Random, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)];
}

function lines(text: string): string[] {
  return text.split('\n');
}

function insertAt(text: string, offset: number, insert: string): string {
  return text.slice(0, offset) + insert + text.slice(offset);
}

/** A random line index that holds `key:` followed by a value, or any line. */
function valueLine(all: readonly string[], random: Random): number {
  const candidates: number[] = [];
  all.forEach((line, i) => {
    if (/^\s*-?\s*[\w./-]+:\s*\S/.test(line)) candidates.push(i);
  });
  return candidates.length > 0 ? pick(random, candidates) : int(random, 0, all.length - 1);
}

function replaceValue(text: string, random: Random, value: string): string {
  const all = lines(text);
  const i = valueLine(all, random);
  all[i] = all[i].replace(/^(\s*-?\s*[\w./-]+:)\s*.*$/, `$1 ${value}`);
  return all.join('\n');
}

// --- the pieces adversarial inputs are made of ----------------------------------------------------------------

/** Lone surrogates, NUL, BOM, controls, line separators, a surrogate pair. */
const ODD_CHARS = ['\0', '\ud800', '\udfff', '\ud83d', '\ude00', '\ufeff', '\t', '\r', '\u2028', '\u0085', '\x7f', '\x1b', '\ufffd', '😀', 'é', '\u200b'];

const HUGE_NUMBERS = [
  '99999999999999999999999999999', '1e400', '-1e400', '-1', '-80', '-30080', '0', '00080', '+80', '8e1', '0x7fffffff',
  '0xFFFFFFFFFFFFFFFFFF', '0o777', '0777', '1_000', '.inf', '-.inf', '.nan', '2147483648', '-2147483649',
  '9007199254740993', '65536', '4294967296', '1.5', '-0', '0b101', '1:20', '12e', '0x',
];

export function longScalar(length = 100_000): string {
  return 'x'.repeat(length);
}

export function deepFlow(depth = 5000, kind: 'seq' | 'map' | 'mixed' | 'open' = 'seq'): string {
  if (kind === 'seq') return `${'['.repeat(depth)}${']'.repeat(depth)}`;
  if (kind === 'map') return `${'{a: '.repeat(depth)}1${'}'.repeat(depth)}`;
  if (kind === 'open') return '['.repeat(depth);
  let open = '';
  let close = '';
  for (let i = 0; i < depth; i++) {
    open += i % 2 === 0 ? '[' : '{k: ';
    close = (i % 2 === 0 ? ']' : '}') + close;
  }
  return open + close;
}

/** Billion laughs: nine levels of nine aliases each, as anchors in the `metadata.annotations` of a Service. */
export function aliasBomb(target: 'ports' | 'selector' | 'labels' | 'spec'): string {
  const names = 'abcdefghi'.split('');
  let anchors = '    a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
  for (let i = 1; i < names.length; i++) {
    anchors += `    ${names[i]}: &${names[i]} [${Array(9).fill(`*${names[i - 1]}`).join(',')}]\n`;
  }
  const head = `apiVersion: v1\nkind: Service\nmetadata:\n  name: lol\n  annotations:\n${anchors}`;
  if (target === 'labels') return `${head}  labels: *i\nspec:\n  ports:\n  - port: 80\n`;
  if (target === 'spec') return `${head}spec: *i\n`;
  return `${head}spec:\n  ${target}: *i\n`;
}

/** Billion laughs with maps: each level a map of nine aliases to the level below, `spec` the top one. */
export function mapAliasBomb(): string {
  let text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: lol\n  annotations:\n';
  text += '    x0: &x0 {a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9}\n';
  for (let i = 1; i < 9; i++) {
    text += `    x${i}: &x${i} {${'abcdefghi'.split('').map((k) => `${k}: *x${i - 1}`).join(', ')}}\n`;
  }
  return `${text}spec:\n  <<: *x8\n  selector: *x8\n  ports: [*x8, *x8]\n`;
}

// --- mutations -----------------------------------------------------------------------------------------------

export interface Mutator {
  readonly name: string;
  /** Heavy mutators make big inputs: at most one per case. */
  readonly heavy?: boolean;
  apply(text: string, random: Random): string;
}

export const MUTATORS: readonly Mutator[] = [
  {
    name: 'delete-lines',
    apply: (text, random) => {
      const all = lines(text);
      all.splice(int(random, 0, all.length - 1), int(random, 1, 3));
      return all.join('\n');
    },
  },
  {
    name: 'duplicate-lines',
    apply: (text, random) => {
      const all = lines(text);
      const from = int(random, 0, all.length - 1);
      const copy = all.slice(from, from + int(random, 1, 4));
      all.splice(int(random, 0, all.length), 0, ...copy);
      return all.join('\n');
    },
  },
  {
    name: 'swap-lines',
    apply: (text, random) => {
      const all = lines(text);
      const a = int(random, 0, all.length - 1);
      const b = int(random, 0, all.length - 1);
      [all[a], all[b]] = [all[b], all[a]];
      return all.join('\n');
    },
  },
  {
    name: 'odd-chars',
    apply: (text, random) => {
      let out = text;
      for (let i = int(random, 1, 8); i > 0; i--) out = insertAt(out, int(random, 0, out.length), pick(random, ODD_CHARS));
      return out;
    },
  },
  {
    name: 'random-bytes',
    apply: (text, random) => {
      let junk = '';
      for (let i = int(random, 1, 40); i > 0; i--) junk += String.fromCharCode(int(random, 0, 0xffff));
      return insertAt(text, int(random, 0, text.length), junk);
    },
  },
  {
    name: 'tabs',
    apply: (text, random) => {
      const all = lines(text);
      const everywhere = random() < 0.3;
      return all.map((line) => (everywhere || random() < 0.2 ? line.replace(/^( +)/, (s) => '\t'.repeat(Math.ceil(s.length / 2))) : line)).join('\n');
    },
  },
  {
    name: 'quotes-brackets',
    apply: (text, random) => {
      let out = text;
      for (let i = int(random, 1, 4); i > 0; i--) {
        out = insertAt(out, int(random, 0, out.length), pick(random, ['"', "'", '[', ']', '{', '}', '"abc', ": [", ': {', '\\', '`', '|', '>', '&', '*', '!', '%', '@', '#', '? ', '- ']));
      }
      return out;
    },
  },
  {
    name: 'helm',
    apply: (text, random) => {
      const all = lines(text);
      const i = int(random, 0, all.length);
      const directive = pick(random, ['{{- if .Values.enabled }}', '{{ end }}', '{{', '}}', '{{ include "x" . | nindent 4 }}']);
      if (random() < 0.5) all.splice(i, 0, directive);
      else return replaceValue(text, random, pick(random, ['{{ .Values.port }}', '"{{ .Release.Name }}"', '{{ .Values.x | quote', '{{{{']));
      return all.join('\n');
    },
  },
  {
    name: 'huge-numbers',
    apply: (text, random) => {
      const numbers = [...text.matchAll(/\b\d+\b/g)];
      if (numbers.length === 0) return replaceValue(text, random, pick(random, HUGE_NUMBERS));
      const at = pick(random, numbers);
      const index = at.index ?? 0;
      return text.slice(0, index) + pick(random, HUGE_NUMBERS) + text.slice(index + at[0].length);
    },
  },
  {
    name: 'negative-ports',
    apply: (text) => text.replace(/(port|Port): (\d+)/g, '$1: -$2'),
  },
  {
    name: 'value-types',
    apply: (text, random) =>
      replaceValue(text, random, pick(random, ['"80"', '[80]', '{a: 1}', 'null', '~', '', 'true', 'yes', 'on', '[]', '{}', '!!binary aGk=', '2001-12-14', '12:30', '*nope', '&x', '!!int "x"', '|\n  block', '>-'])),
  },
  {
    name: 'key-typo',
    apply: (text, random) => {
      const all = lines(text);
      const i = valueLine(all, random);
      all[i] = all[i].replace(/^(\s*-?\s*)([\w./-]+):/, (_, lead: string, key: string) => `${lead}${key.slice(1)}${key[0]}:`);
      return all.join('\n');
    },
  },
  {
    name: 'indent-shift',
    apply: (text, random) => {
      const all = lines(text);
      const i = int(random, 0, all.length - 1);
      all[i] = random() < 0.5 ? ` ${all[i]}` : all[i].replace(/^ /, '');
      return all.join('\n');
    },
  },
  {
    name: 'truncate',
    apply: (text, random) => text.slice(0, int(random, 0, text.length)),
  },
  {
    name: 'merge-keys',
    apply: (text, random) => {
      const all = lines(text);
      const i = valueLine(all, random);
      const indent = /^(\s*)/.exec(all[i])?.[1] ?? '';
      all.splice(i, 0, `${indent}<<: ${pick(random, ['*nope', '{a: 1}', '[*nope, {b: 2}]', '1', '[]'])}`);
      return all.join('\n');
    },
  },
  { name: 'crlf', apply: (text, random) => (random() < 0.7 ? text.replace(/\n/g, '\r\n') : text.replace(/\n/g, (nl) => (random() < 0.3 ? '\r\n' : nl))) },
  { name: 'bom', apply: (text, random) => (random() < 0.7 ? `\ufeff${text}` : insertAt(text, int(random, 0, text.length), '\ufeff')) },
  {
    name: 'document-markers',
    apply: (text, random) => {
      const all = lines(text);
      all.splice(int(random, 0, all.length), 0, pick(random, ['---', '...', '--- |', '--- # c', '---x', ' ---', '%YAML 1.1', '%TAG ! tag:x,2000:']));
      return all.join('\n');
    },
  },
  { name: 'long-scalar', heavy: true, apply: (text, random) => replaceValue(text, random, pick(random, [longScalar(), `"${longScalar()}`, `'${longScalar()}'`, `"${'\\u00e9'.repeat(20_000)}"`])) },
  { name: 'long-line', heavy: true, apply: (text, random) => insertAt(text, int(random, 0, text.length), `# ${longScalar()}\n`) },
  { name: 'deep-flow', heavy: true, apply: (text, random) => replaceValue(text, random, deepFlow(5000, pick(random, ['seq', 'map', 'mixed', 'open'] as const))) },
  { name: 'many-dashes', heavy: true, apply: (text, random) => insertAt(text, int(random, 0, text.length), `\n${pick(random, ['---', '...', '---\n...'])}\n`.repeat(2000)) },
  { name: 'alias-bomb', heavy: true, apply: (text, random) => `${text}\n---\n${random() < 0.8 ? aliasBomb(pick(random, ['ports', 'selector', 'labels', 'spec'] as const)) : mapAliasBomb()}` },
  ...STRUCTURE_MUTATORS,
  ...FIXABLE_MUTATORS,
];

/** `count` mutations of `text`, at most one of them heavy; their names tell how to reproduce it. */
export function mutate(input: FuzzInput, random: Random, count: number): FuzzInput {
  let { text } = input;
  const applied: string[] = [];
  let heavy = false;
  for (let i = 0; i < count; i++) {
    let mutator = pick(random, MUTATORS);
    while (mutator.heavy && (heavy || random() < 0.6)) mutator = pick(random, MUTATORS);
    heavy ||= mutator.heavy === true;
    text = mutator.apply(text, random);
    applied.push(mutator.name);
  }
  return { name: `${input.name} + ${applied.join(' + ')}`, text };
}

const svc = (spec: string): string => `apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n${spec}`;

/** Fixed inputs that have broken YAML tools before. */
export function adversarialInputs(): FuzzInput[] {
  const inputs: FuzzInput[] = [
    { name: 'empty', text: '' },
    { name: 'only a BOM', text: '\ufeff' },
    { name: 'only NUL', text: '\0' },
    { name: 'lone surrogates', text: svc('  ports:\n  - port: 80\n    name: \ud800\n  \udfff: x\n  selector: {\ud83d: \ude00}\n') },
    { name: 'NUL in keys and values', text: svc('  ports:\n  - port: 8\u00000\n    na\u0000me: a\u0000b\n') },
    { name: 'tabs as indentation', text: svc('\tports:\n\t- port: 80\n\t\tname: a\n') },
    { name: 'unbalanced quotes', text: svc('  ports:\n  - port: "80\n    name: \'a\n  type: "NodePort\n') },
    { name: 'unbalanced brackets', text: svc('  ports: [{port: 80, name: a}, {port: 81\n  selector: {a: [b\n') },
    { name: 'Helm template', text: svc('  ports:\n  {{- range .Values.ports }}\n  - port: {{ .port }}\n  {{- end }}\n') },
    { name: 'unclosed Helm braces', text: svc('  type: {{ .Values.type\n  ports:\n  - port: 80\n') },
    { name: 'huge numbers', text: svc(`  type: NodePort\n  ports:\n${HUGE_NUMBERS.map((n, i) => `  - port: ${n}\n    nodePort: ${n}\n    targetPort: ${n}\n    name: p${i}\n`).join('')}  sessionAffinityConfig:\n    clientIP:\n      timeoutSeconds: 1e400\n`) },
    { name: 'negative ports', text: svc('  type: NodePort\n  ports:\n  - port: -80\n    nodePort: -30080\n    targetPort: -1\n  healthCheckNodePort: -5\n') },
    { name: '100k-character plain scalar', text: svc(`  ports:\n  - port: 80\n    name: ${longScalar()}\n`) },
    { name: '100k-character key', text: svc(`  ${'k'.repeat(100_000)}: 1\n`) },
    { name: '100k-character quoted scalar with escapes', text: svc(`  type: "${'\\t'.repeat(50_000)}"\n`) },
    { name: '100k-character block scalar', text: svc(`  externalName: |\n    ${longScalar()}\n`) },
    { name: '100k-character comment', text: `# ${longScalar()}\n${svc('  ports:\n  - port: 80\n')}` },
    { name: '5,000-deep flow sequence', text: svc(`  ports: ${deepFlow(5000, 'seq')}\n`) },
    { name: '5,000-deep flow map', text: svc(`  selector: ${deepFlow(5000, 'map')}\n`) },
    { name: '5,000-deep mixed flow', text: svc(`  ports: ${deepFlow(5000, 'mixed')}\n`) },
    { name: '5,000 unclosed brackets', text: svc(`  ports: ${deepFlow(5000, 'open')}\n`) },
    { name: '1,000-deep block nesting', text: svc(`${Array.from({ length: 1000 }, (_, i) => `${' '.repeat(2 * i + 2)}a:`).join('\n')} 1\n`) },
    { name: 'alias bomb in ports', text: aliasBomb('ports') },
    { name: 'alias bomb in selector', text: aliasBomb('selector') },
    { name: 'alias bomb in labels', text: aliasBomb('labels') },
    { name: 'alias bomb as spec', text: aliasBomb('spec') },
    { name: 'map alias bomb with merge keys', text: mapAliasBomb() },
    { name: 'recursive alias', text: 'apiVersion: v1\nkind: Service\nmetadata: &m\n  name: s\n  self: *m\nspec: &s\n  ports: [*s]\n' },
    { name: 'undefined aliases', text: svc('  ports: *nope\n  selector:\n    <<: *nope\n') },
    { name: '5,000 document markers', text: '---\n'.repeat(5000) },
    { name: '5,000 end markers', text: '...\n'.repeat(5000) },
    { name: '400 two-port Services', text: Array.from({ length: 400 }, (_, i) => svc(`  ports:\n  - port: ${i}\n  - port: ${i + 1}\n`).replace('name: s', `name: s${i}`)).join('---\n') },
    { name: 'only CRLF', text: svc('  type: NodePort\n  ports:\n  - port: 80\n    nodePort: 40000\n').replace(/\n/g, '\r\n') },
    { name: 'lone CR line ends', text: svc('  ports:\n  - port: 80\n  - port: 81\n').replace(/\n/g, '\r') },
    { name: 'BOM then CRLF', text: `\ufeff${svc('  ports:\n  - port: 80\n  - port: 81\n').replace(/\n/g, '\r\n')}` },
    { name: 'BOM in the middle', text: `${svc('  ports:\n  - port: 80\n')}---\n\ufeffapiVersion: v1\nkind: Service\n` },
    { name: 'directives', text: `%YAML 1.2\n%TAG ! tag:example.com,2000:\n---\n${svc('  ports:\n  - port: !int 80\n')}` },
    { name: 'kind: List of broken items', text: 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Service\n  spec: [\n- 1\n- null\n- apiVersion: v1\n  kind: Endpoints\n  subsets: 7\n' },
    { name: 'many duplicate keys', text: svc(`  selector:\n${'    k: v\n'.repeat(2000)}`) },
    { name: '5,000 selector keys', text: svc(`  selector:\n${Array.from({ length: 5000 }, (_, i) => `    k${i}: v\n`).join('')}`) },
    { name: '600 ports', text: svc(`  type: NodePort\n  ports:\n${Array.from({ length: 600 }, (_, i) => `  - port: ${i % 65536}\n    nodePort: ${30000 + (i % 3000)}\n    name: p${i % 500}\n`).join('')}`) },
  ];
  return inputs;
}

/** Positions at random, some past the end of a line or of the text, some on keys and values. */
export function randomPositions(text: string, random: Random, count: number): { line: number; character: number }[] {
  const all = lines(text);
  const out: { line: number; character: number }[] = [];
  for (let i = 0; i < count; i++) {
    const line = random() < 0.1 ? all.length + int(random, 0, 3) : int(random, 0, all.length - 1);
    const length = all[line]?.length ?? 0;
    const character = random() < 0.1 ? length + int(random, 1, 5) : int(random, 0, length);
    out.push({ line, character });
  }
  return out;
}

/** A small random edit: a character typed or deleted, a line broken, a bit of the odd chars pasted. */
export function randomEdit(text: string, random: Random): { start: number; end: number; insert: string } {
  const start = int(random, 0, text.length);
  const roll = random();
  if (roll < 0.4) return { start, end: start, insert: pick(random, ['a', ' ', ':', '-', '\n', '"', '1', '#', '{', '\t']) };
  if (roll < 0.7) return { start, end: Math.min(text.length, start + int(random, 1, 20)), insert: '' };
  if (roll < 0.85) return { start, end: start, insert: pick(random, ODD_CHARS) };
  return { start, end: Math.min(text.length, start + int(random, 0, 5)), insert: `\n${pick(random, ['  - port: 80', 'kind: Service', '---', '  type: NodePort'])}\n` };
}
