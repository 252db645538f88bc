import { isMap, isScalar, isSeq } from '../parse/located-node';
import type { LMap, LNode, LPair, LScalar, Span } from '../parse/located-node';
import { parseYamlDocument } from '../parse/parse-document';

/**
 * Minimal text edits on one `---` document's text. Each edit touches only the characters it must: comments, key
 * order, quoting, indentation, line ends and the other documents stay byte-for-byte as they were. Spans are offsets
 * into the document's text (chunk-relative), end exclusive.
 */
export interface SpanEdit {
  readonly span: Span;
  readonly newText: string;
}

/** A value to write: strings are quoted only when YAML would read them as something else. */
export type ScalarInput = string | number | boolean;

/**
 * Replaces a scalar's value. A quoted string keeps its quotes (only what is inside them changes); a number or
 * boolean is written plain, since quotes would make it a string; an empty value (`name:`) gets one.
 */
export function replaceScalar(text: string, node: LScalar, newValue: ScalarInput): SpanEdit[] {
  const { start, end } = node.span;
  if (start === end) return [{ span: node.span, newText: emptyValueText(text, start, formatScalar(newValue)) }];
  const raw = text.slice(start, end);
  const quote = raw[0];
  const quotedString = (quote === '"' || quote === "'") && raw.length >= 2 && raw.endsWith(quote);
  if (quotedString && typeof newValue === 'string') {
    return [{ span: { start: start + 1, end: end - 1 }, newText: escapeQuoted(newValue, quote) }];
  }
  return [{ span: node.span, newText: formatScalar(newValue) }];
}

/** Renames a key, keeping its quotes. */
export function replaceKey(text: string, pair: LPair, newKey: string): SpanEdit[] {
  const { start, end } = pair.keySpan;
  const raw = text.slice(start, end);
  const quote = raw[0];
  if ((quote === '"' || quote === "'") && raw.length >= 2 && raw.endsWith(quote)) {
    return [{ span: { start: start + 1, end: end - 1 }, newText: escapeQuoted(newKey, quote) }];
  }
  return [{ span: pair.keySpan, newText: formatScalar(newKey) }];
}

/**
 * Adds `key: value` as the map's first entry. Block map: `key: value` and a line break before the first key, the
 * next line indented to the same column (`- port: 80` becomes `- name: http` / `  port: 80`). Flow map
 * `{a: 1}`: `{key: value, a: 1}`.
 */
export function insertFirstKey(text: string, map: LMap, key: string, value: ScalarInput): SpanEdit[] {
  if (isFlow(text, map)) return insertIntoFlow(map, key, value);
  const first = ownPairs(map)[0];
  return insertBlockKeyAt(text, first ? first.entryStart : map.span.start, key, value);
}

/** Adds `key: value` just before `before`, an entry of `map`, on its own line (block) or before it (flow). */
export function insertKeyBefore(text: string, map: LMap, before: LPair, key: string, value: ScalarInput): SpanEdit[] {
  if (!ownPairs(map).includes(before)) return [];
  const entry = `${formatKey(key)}: ${formatScalar(value)}`;
  if (isFlow(text, map)) return [{ span: at(before.entryStart), newText: `${entry}, ` }];
  return insertBlockKeyAt(text, before.entryStart, key, value);
}

/** Replaces the value of `key` when the map has it, else inserts `key: value` as the first entry. */
export function setKey(text: string, map: LMap, key: string, value: ScalarInput): SpanEdit[] {
  const pair = ownPair(map, key);
  return pair ? setPairValue(text, pair, value) : insertFirstKey(text, map, key, value);
}

/** Replaces a pair's value: in place when it is a scalar, else the whole value node (written plain). */
export function setPairValue(text: string, pair: LPair, value: ScalarInput): SpanEdit[] {
  if (isScalar(pair.value)) return replaceScalar(text, pair.value, value);
  return [{ span: pair.value.span, newText: formatScalar(value) }];
}

/**
 * Removes one entry of `map`. Block style: the whole line(s) of the pair with its line break and a trailing comment
 * on its last line; the first entry of a list item (`- nodePort: 1` / `  port: 80`) leaves `- port: 80`. Flow style:
 * `key: value` and one adjacent comma and space. A map left with no entry is written `{}`.
 */
export function removePair(text: string, pair: LPair, map: LMap): SpanEdit[] {
  return removePairs(text, map, [pair]);
}

/** Removes several entries of one map at once, so that neighbouring removals never overlap. */
export function removePairs(text: string, map: LMap, remove: readonly LPair[]): SpanEdit[] {
  const own = ownPairs(map);
  const indices = [...new Set(remove.map((pair) => own.indexOf(pair)))].sort((a, b) => a - b);
  if (indices.length === 0 || indices[0] < 0) return [];
  const runs = runsOf(indices);
  const removeAll = indices.length === own.length;
  if (isFlow(text, map)) {
    if (removeAll) return [{ span: { start: map.span.start + 1, end: map.span.end - 1 }, newText: '' }];
    return runs.map(([first, last]) => removeFlowRun(text, own, first, last));
  }
  return runs.map(([first, last]) => removeBlockRun(text, own, first, last, removeAll));
}

/** Applies edits to a text; edits must not overlap (insertions at one point apply in the order given). */
export function applyEdits(text: string, edits: readonly SpanEdit[]): string {
  const ordered = edits
    .map((edit, index) => ({ edit, index }))
    .sort(
      (a, b) =>
        b.edit.span.start - a.edit.span.start || b.edit.span.end - a.edit.span.end || b.index - a.index,
    );
  let out = text;
  for (const { edit } of ordered) out = out.slice(0, edit.span.start) + edit.newText + out.slice(edit.span.end);
  return out;
}

/** True when applying both would be ambiguous: their spans share characters, or both insert at one point. */
export function editsOverlap(a: SpanEdit, b: SpanEdit): boolean {
  const aInsert = a.span.start === a.span.end;
  const bInsert = b.span.start === b.span.end;
  if (aInsert && bInsert) return a.span.start === b.span.start;
  return a.span.start < b.span.end && b.span.start < a.span.end;
}

export function sameEdit(a: SpanEdit, b: SpanEdit): boolean {
  return a.span.start === b.span.start && a.span.end === b.span.end && a.newText === b.newText;
}

/** A value as YAML text: plain when it reads back as the same string, else double-quoted. */
export function formatScalar(value: ScalarInput): string {
  if (typeof value !== 'string') return String(value);
  return readsBackAsString(value) ? value : JSON.stringify(value);
}

/** The pair of `key` written in `map` itself (not brought in by a merge key). */
export function ownPair(map: LMap, key: string): LPair | undefined {
  const own = ownPairs(map);
  for (let i = own.length - 1; i >= 0; i--) if (own[i].key === key) return own[i];
  return undefined;
}

/** The pairs written inside the map's own text, in text order; pairs from `<<: *anchor` live elsewhere. */
export function ownPairs(map: LMap): LPair[] {
  return map.pairs
    .filter((pair) => pair.keySpan.start >= map.span.start && pair.span.end <= map.span.end)
    .sort((a, b) => a.keySpan.start - b.keySpan.start);
}

/** The line break used at `offset`'s line (`\r\n`, `\n` or a lone `\r`), else the text's first one, else `\n`. */
export function lineBreakAt(text: string, offset: number): string {
  const here = lineEnd(text, offset);
  const probe = here < text.length ? here : lineEnd(text, 0);
  if (probe >= text.length) return '\n';
  return text[probe] === '\r' ? (text[probe + 1] === '\n' ? '\r\n' : '\r') : '\n';
}

// --- block maps ---

function insertBlockKeyAt(text: string, offset: number, key: string, value: ScalarInput): SpanEdit[] {
  const column = offset - lineStart(text, offset);
  const newText = `${formatKey(key)}: ${formatScalar(value)}${lineBreakAt(text, offset)}${' '.repeat(column)}`;
  return [{ span: at(offset), newText }];
}

function removeBlockRun(
  text: string,
  own: readonly LPair[],
  first: number,
  last: number,
  removeAll: boolean,
): SpanEdit {
  const start = own[first].entryStart;
  const startOfLine = lineStart(text, start);
  const end = contentEnd(text, own[last]);
  const endOfLine = lineEnd(text, end);
  const afterBreak = nextLineStart(text, end);
  const prefix = text.slice(startOfLine, start);
  if (/^[ \t]*$/.test(prefix)) {
    if (!removeAll) return { span: { start: startOfLine, end: afterBreak }, newText: '' };
    return { span: { start, end: endOfLine }, newText: '{}' };
  }
  // The entry shares its line with `- ` (or another indicator): keep that, pull the next line up to it.
  if (removeAll) return { span: { start, end: endOfLine }, newText: '{}' };
  if (last === own.length - 1) return { span: { start, end: endOfLine }, newText: '' };
  const column = start - startOfLine;
  let pulled = afterBreak;
  while (pulled < text.length && pulled - afterBreak < column && text[pulled] === ' ') pulled++;
  return { span: { start, end: pulled }, newText: '' };
}

// --- flow maps ---

export function isFlow(text: string, map: LMap): boolean {
  return isFlowNode(text, map);
}

function insertIntoFlow(map: LMap, key: string, value: ScalarInput): SpanEdit[] {
  const entry = `${formatKey(key)}: ${formatScalar(value)}`;
  const first = ownPairs(map)[0];
  if (first) return [{ span: at(first.entryStart), newText: `${entry}, ` }];
  return [{ span: at(map.span.start + 1), newText: entry }];
}

function removeFlowRun(text: string, own: readonly LPair[], first: number, last: number): SpanEdit {
  const next = own[last + 1];
  if (next) return { span: { start: own[first].entryStart, end: next.entryStart }, newText: '' };
  // The last entries: take the comma after the entry before them.
  return { span: { start: contentEnd(text, own[first - 1]), end: contentEnd(text, own[last]) }, newText: '' };
}

// --- helpers ---

function runsOf(sorted: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const index of sorted) {
    const open = runs[runs.length - 1];
    if (open && open[1] + 1 === index) open[1] = index;
    else runs.push([index, index]);
  }
  return runs;
}

/** Where a pair's text really ends: a block collection's span may run on over comments after its last entry. */
function contentEnd(text: string, pair: LPair): number {
  return Math.max(pair.keySpan.end, nodeEnd(text, pair.value));
}

function nodeEnd(text: string, node: LNode): number {
  if (isScalar(node) || isFlowNode(text, node)) return node.span.end;
  if (isMap(node)) {
    const own = ownPairs(node);
    return own.length === 0 ? node.span.end : contentEnd(text, own[own.length - 1]);
  }
  const last = isSeq(node) ? node.items[node.items.length - 1] : undefined;
  const inside = last !== undefined && last.span.start >= node.span.start && last.span.end <= node.span.end;
  return inside ? nodeEnd(text, last) : node.span.end;
}

/** A flow collection starts with its bracket and ends with the closing one. */
function isFlowNode(text: string, node: LNode): boolean {
  const opener = text[node.span.start];
  return (isMap(node) && opener === '{') || (isSeq(node) && opener === '[');
}

// Line breaks are `\r\n`, `\n` and a lone `\r`, as YAML (go-yaml) and LSP read them.

function lineStart(text: string, offset: number): number {
  return Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
}

/** The offset of the line break ending `offset`'s line, or the text's end. */
function lineEnd(text: string, offset: number): number {
  for (let i = offset; i < text.length; i++) if (text[i] === '\n' || text[i] === '\r') return i;
  return text.length;
}

function nextLineStart(text: string, offset: number): number {
  const end = lineEnd(text, offset);
  if (end >= text.length) return text.length;
  return text[end] === '\r' && text[end + 1] === '\n' ? end + 2 : end + 1;
}

function at(offset: number): Span {
  return { start: offset, end: offset };
}

/** A value written where there was none: `name:` → `name: http`, keeping a comment after it apart. */
function emptyValueText(text: string, offset: number, value: string): string {
  const before = text[offset - 1] === ':' ? ' ' : '';
  const after = text[offset] === '#' ? ' ' : '';
  return `${before}${value}${after}`;
}

function escapeQuoted(value: string, quote: string): string {
  return quote === "'" ? value.replace(/'/g, "''") : JSON.stringify(value).slice(1, -1);
}

function formatKey(key: string): string {
  return formatScalar(key);
}

const PLAIN_SAFE = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
const readBack = new Map<string, boolean>();

/** Conservative: simple characters only, and the YAML 1.1 reader (as the API server's) gives the same string. */
function readsBackAsString(value: string): boolean {
  if (!PLAIN_SAFE.test(value)) return false;
  let known = readBack.get(value);
  if (known === undefined) {
    const root = parseYamlDocument(`v: ${value}\n`).root;
    const read = isMap(root) ? root.pairs[0]?.value : undefined;
    known = isScalar(read) && read.value === value;
    if (readBack.size > 1000) readBack.clear();
    readBack.set(value, known);
  }
  return known;
}
