import type { Range } from '../parse/line-index';
import { isMap, isScalar } from '../parse/located-node';
import type { LNode, ScalarValue, Span } from '../parse/located-node';

/**
 * A YAML tree being built the way `kustomize build` builds it: each value remembers the file and range that
 * wrote it (a base's line, a patch's line, a kustomization's `commonLabels` entry), so a finding about the built
 * object can be put where the user wrote its value. Built trees are fresh copies, changed in place while built.
 */
export interface Origin {
  readonly uri: string;
  readonly range: Range;
}

export interface BuiltScalar {
  readonly kind: 'scalar';
  value: ScalarValue;
  origin: Origin;
}

export interface BuiltPair {
  readonly key: string;
  value: BuiltNode;
  origin: Origin;
}

export interface BuiltMap {
  readonly kind: 'map';
  pairs: BuiltPair[];
  origin: Origin;
}

export interface BuiltSeq {
  readonly kind: 'seq';
  items: BuiltNode[];
  origin: Origin;
}

export type BuiltNode = BuiltScalar | BuiltMap | BuiltSeq;

/** Turns a span of the source document into a range of its file. */
export type Place = (span: Span) => Range;

/** A copy of a parsed node, every value with its origin; a pair's origin is its key (and a scalar value's line). */
export function builtFrom(node: LNode, uri: string, place: Place): BuiltNode {
  const origin = { uri, range: place(node.span) };
  if (isScalar(node)) return { kind: 'scalar', value: node.value, origin };
  if (isMap(node)) {
    const pairs = node.pairs.map((pair) => ({
      key: pair.key,
      value: builtFrom(pair.value, uri, place),
      origin: { uri, range: place(isScalar(pair.value) ? pair.span : pair.keySpan) },
    }));
    return { kind: 'map', pairs, origin };
  }
  return { kind: 'seq', items: node.items.map((item) => builtFrom(item, uri, place)), origin };
}

export function pairIn(node: BuiltNode | undefined, key: string): BuiltPair | undefined {
  return node?.kind === 'map' ? node.pairs.find((pair) => pair.key === key) : undefined;
}

export function valueAt(node: BuiltNode | undefined, ...keys: string[]): BuiltNode | undefined {
  let at = node;
  for (const key of keys) at = pairIn(at, key)?.value;
  return at;
}

export function stringAt(node: BuiltNode | undefined, ...keys: string[]): string | undefined {
  const value = valueAt(node, ...keys);
  return value?.kind === 'scalar' && typeof value.value === 'string' ? value.value : undefined;
}

/** The map at `keys` under `node`, made (with `origin`) where it is missing; undefined where a non-map is in the way. */
export function mapAt(node: BuiltMap, keys: readonly string[], origin: Origin): BuiltMap | undefined {
  let at: BuiltMap = node;
  for (const key of keys) {
    const pair = pairIn(at, key);
    if (!pair || (pair.value.kind === 'scalar' && pair.value.value === null)) {
      const made: BuiltMap = { kind: 'map', pairs: [], origin };
      if (pair) pair.value = made;
      else at.pairs.push({ key, value: made, origin });
      at = made;
    } else if (pair.value.kind === 'map') at = pair.value;
    else return undefined;
  }
  return at;
}

/** Sets `key` to a string scalar in the map, written by `origin`. */
export function setString(map: BuiltMap, key: string, value: string, origin: Origin): void {
  const scalar: BuiltScalar = { kind: 'scalar', value, origin };
  const pair = pairIn(map, key);
  if (pair) {
    pair.value = scalar;
    pair.origin = origin;
  } else map.pairs.push({ key, value: scalar, origin });
}

/** A generated YAML text and, for each of its lines, the origin of what that line says (none for `---`). */
export interface BuiltText {
  readonly lines: string[];
  readonly origins: (Origin | undefined)[];
}

/** Writes a built object as block YAML, one value per line, keys and strings JSON-quoted (valid YAML). */
export function writeObject(root: BuiltMap, out: BuiltText): void {
  writeMap(root, '', out);
}

function writeMap(map: BuiltMap, indent: string, out: BuiltText): void {
  for (const pair of map.pairs) {
    const key = `${indent}${JSON.stringify(pair.key)}:`;
    const inline = inlineValue(pair.value);
    push(out, inline === undefined ? key : `${key} ${inline}`, pair.origin);
    if (inline === undefined) writeChildren(pair.value, `${indent}  `, out);
  }
}

function writeChildren(node: BuiltNode, indent: string, out: BuiltText): void {
  if (node.kind === 'map') writeMap(node, indent, out);
  else if (node.kind === 'seq') {
    for (const item of node.items) {
      const inline = inlineValue(item);
      push(out, inline === undefined ? `${indent}-` : `${indent}- ${inline}`, item.origin);
      if (inline === undefined) writeChildren(item, `${indent}  `, out);
    }
  }
}

/** A scalar or an empty collection, written on its key's line. */
function inlineValue(node: BuiltNode): string | undefined {
  if (node.kind === 'map') return node.pairs.length === 0 ? '{}' : undefined;
  if (node.kind === 'seq') return node.items.length === 0 ? '[]' : undefined;
  const { value } = node;
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}

function push(out: BuiltText, line: string, origin: Origin | undefined): void {
  out.lines.push(line);
  out.origins.push(origin);
}
