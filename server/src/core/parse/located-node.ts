/**
 * A YAML tree that keeps where every key and value sits in its document's text.
 * Rules read these instead of the `yaml` package's nodes so that they never see aliases, merge keys or tags.
 */

/** Offsets into one document's text, end exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type ScalarValue = string | number | boolean | null;

export interface LScalar {
  readonly kind: 'scalar';
  readonly span: Span;
  readonly value: ScalarValue;
  /** True when the source wrote the scalar in quotes or as a block scalar: `"8080"` is a string, not a port. */
  readonly quoted: boolean;
}

export interface LPair {
  readonly key: string;
  readonly keySpan: Span;
  readonly value: LNode;
  /** From the key to the end of the value. */
  readonly span: Span;
  /**
   * Where the entry's text begins: the `?` of an explicit key (`? port` / `: 80`), else the key's anchor or tag
   * (`&k port: 80`), else the key. An entry inserted before this one, or this one removed, starts here.
   */
  readonly entryStart: number;
}

export interface LMap {
  readonly kind: 'map';
  readonly span: Span;
  readonly pairs: readonly LPair[];
}

export interface LSeq {
  readonly kind: 'seq';
  readonly span: Span;
  readonly items: readonly LNode[];
}

export type LNode = LScalar | LMap | LSeq;

export function isMap(node: LNode | undefined): node is LMap {
  return node?.kind === 'map';
}

export function isSeq(node: LNode | undefined): node is LSeq {
  return node?.kind === 'seq';
}

export function isScalar(node: LNode | undefined): node is LScalar {
  return node?.kind === 'scalar';
}

/** The pair for `key` in a map; the last one wins, as in Go's decoder. */
export function pairOf(node: LNode | undefined, key: string): LPair | undefined {
  if (!isMap(node)) return undefined;
  for (let i = node.pairs.length - 1; i >= 0; i--) {
    if (node.pairs[i].key === key) return node.pairs[i];
  }
  return undefined;
}

/** Walks `keys` down through maps; undefined as soon as one is missing or not a map. */
export function get(node: LNode | undefined, ...keys: string[]): LNode | undefined {
  let current = node;
  for (const key of keys) current = pairOf(current, key)?.value;
  return current;
}

/** A value that Go would decode as absent or zero: missing, `~`/empty, or `""`. */
export function isEmpty(node: LNode | undefined): boolean {
  if (node === undefined) return true;
  if (node.kind === 'scalar') return node.value === null || node.value === '';
  if (node.kind === 'seq') return node.items.length === 0;
  return node.pairs.length === 0;
}

/** The string value, or undefined when absent, null or not a string (a decode error another rule reports). */
export function str(node: LNode | undefined): string | undefined {
  return node?.kind === 'scalar' && typeof node.value === 'string' ? node.value : undefined;
}

/** The integer value, or undefined when absent or not an integer. */
export function int(node: LNode | undefined): number | undefined {
  return node?.kind === 'scalar' && typeof node.value === 'number' && Number.isInteger(node.value)
    ? node.value
    : undefined;
}

export function items(node: LNode | undefined): readonly LNode[] {
  return isSeq(node) ? node.items : [];
}

export function pairs(node: LNode | undefined): readonly LPair[] {
  return isMap(node) ? node.pairs : [];
}

/** The strings of a list of strings, skipping items that are not strings. */
export function strings(node: LNode | undefined): string[] {
  const out: string[] = [];
  for (const item of items(node)) {
    const s = str(item);
    if (s !== undefined) out.push(s);
  }
  return out;
}
