/**
 * Mutations that rewrite a manifest's YAML structure the way people do by hand, most of them keeping it valid
 * YAML: anchors on values and aliases to them, aliased sequence items, merge keys, explicit keys (`? key` /
 * `: value`) and old-Mac lone-CR line ends. Fixes must keep such files loading (issue 10).
 */
import type { Random } from './generate-manifests';
import type { Mutator } from './fuzz-inputs';

function int(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

function pick<T>(random: Random, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)];
}

/** A `key: value` line: `lead` is its indentation and any `- `, `value` a plain scalar without a comment. */
interface ScalarLine {
  readonly index: number;
  readonly lead: string;
  readonly key: string;
  readonly value: string;
  readonly end: string;
}

const SCALAR_LINE = /^(\s*(?:- )?)([\w./-]+):[ \t]+([^\s#&*!|>{["'][^#]*?)(\s*)$/;

function scalarLines(all: readonly string[]): ScalarLine[] {
  const out: ScalarLine[] = [];
  all.forEach((line, index) => {
    const match = SCALAR_LINE.exec(line);
    if (match) out.push({ index, lead: match[1], key: match[2], value: match[3], end: match[4] });
  });
  return out;
}

/** The index of the `---` document a line is in (aliases only reach within one). */
function documentOf(all: readonly string[], index: number): number {
  let n = 0;
  for (let i = 0; i <= index; i++) if (/^---/.test(all[i])) n++;
  return n;
}

function anchorName(random: Random, prefix: string): string {
  return `${prefix}${int(random, 1, 99)}`;
}

/** `key: &a1 value` on one line, `other: *a1` on a later line of the same document. */
function anchorAndAlias(text: string, random: Random): string {
  const all = text.split('\n');
  const lines = scalarLines(all);
  if (lines.length < 2) return text;
  const from = int(random, 0, lines.length - 2);
  const anchor = lines[from];
  const later = lines.slice(from + 1).filter((l) => documentOf(all, l.index) === documentOf(all, anchor.index));
  if (later.length === 0) return text;
  const alias = pick(random, later);
  const name = anchorName(random, 'a');
  all[anchor.index] = `${anchor.lead}${anchor.key}: &${name} ${anchor.value}${anchor.end}`;
  all[alias.index] = `${alias.lead}${alias.key}: *${name}${alias.end}`;
  return all.join('\n');
}

/** `- port: 80` / `  name: x` becomes `- &i1` / `  port: 80` / … and a `- *i1` item repeats it. */
function aliasedItem(text: string, random: Random): string {
  const all = text.split('\n');
  const items: number[] = [];
  all.forEach((line, i) => {
    if (/^\s*- [\w./-]+:/.test(line)) items.push(i);
  });
  if (items.length === 0) return text;
  const at = pick(random, items);
  const dash = /^(\s*)- /.exec(all[at])?.[1] ?? '';
  let end = at + 1;
  while (end < all.length && (all[end].trim() === '' || indentOf(all[end]) > dash.length)) end++;
  const name = anchorName(random, 'i');
  const rest = all[at].slice(dash.length + 2);
  all.splice(at, 1, `${dash}- &${name}`, `${dash}  ${rest}`);
  all.splice(end + 1, 0, `${dash}- *${name}`);
  return all.join('\n');
}

/** `key: &m1` on a block map, and `<<: *m1` added to another map of the same document after it. */
function mergeKey(text: string, random: Random): string {
  const all = text.split('\n');
  const maps: number[] = [];
  all.forEach((line, i) => {
    const next = all[i + 1];
    if (/^\s*(?:- )?[\w./-]+:\s*$/.test(line) && next !== undefined && indentOf(next) > indentOf(line) && /^\s*[\w./-]+:/.test(next)) {
      maps.push(i);
    }
  });
  if (maps.length === 0) return text;
  const at = pick(random, maps);
  const targets = scalarLines(all).filter((l) => l.index > at + 1 && !l.lead.includes('-') && documentOf(all, l.index) === documentOf(all, at));
  if (targets.length === 0) return text;
  const target = pick(random, targets);
  const name = anchorName(random, 'm');
  all[at] = all[at].replace(/:(\s*)$/, `: &${name}$1`);
  all.splice(target.index, 0, `${target.lead}<<: *${name}`);
  return all.join('\n');
}

/** `key: value` written as an explicit key: `? key` / `: value` (`- ? key` / `  : value` in a list item). */
function explicitKey(text: string, random: Random): string {
  const all = text.split('\n');
  const lines = scalarLines(all);
  if (lines.length === 0) return text;
  const line = pick(random, lines);
  const item = line.lead.endsWith('- ');
  const indent = item ? `${line.lead.slice(0, -2)}  ` : line.lead;
  all.splice(line.index, 1, `${line.lead}? ${line.key}`, `${indent}: ${line.value}${line.end}`);
  return all.join('\n');
}

/** Old-Mac line ends: every line break, or some, a lone `\r`. */
function loneCR(text: string, random: Random): string {
  if (random() < 0.7) return text.replace(/\r?\n/g, '\r');
  return text.replace(/\r?\n/g, (nl) => (random() < 0.4 ? '\r' : nl));
}

function indentOf(line: string): number {
  return /^ */.exec(line)?.[0].length ?? 0;
}

export const STRUCTURE_MUTATORS: readonly Mutator[] = [
  { name: 'anchor-alias', apply: anchorAndAlias },
  { name: 'aliased-item', apply: aliasedItem },
  { name: 'merge-key-alias', apply: mergeKey },
  { name: 'explicit-key', apply: explicitKey },
  { name: 'lone-cr', apply: loneCR },
];
