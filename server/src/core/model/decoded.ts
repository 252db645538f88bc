import { isMap, isScalar, isSeq, pairOf, str } from '../parse/located-node';
import type { LMap, LNode, LPair, Span } from '../parse/located-node';

/**
 * How the API server's decoder reads a field into its Go type, the one way every model in this folder reads a
 * manifest. A field the decoder takes is a `Decoded<T>`: its Go value (the zero value when the key is absent or
 * null) and what is written. A field whose YAML type the decoder refuses (`port: "80"`, `protocol: 6`) has no
 * `Decoded` at all (`undefined`): the decoder refuses the whole object before validation, the decoding rule
 * (`field-type`) says so, and the validation rules stay silent about that field.
 *
 * Lenient readers (the workspace index, hovers, the preview) take the same decodings and read a refused field as
 * absent ({@link writtenValue}).
 */
export interface Decoded<T> {
  readonly value: T;
  /** The written value: a field's value node, a list's item; undefined when the key is absent. */
  readonly node: LNode | undefined;
  /** The written `key: value` entry of a field; undefined when the key is absent, and for list items. */
  readonly pair: LPair | undefined;
}

/** `intstr.IntOrString` as decoded. */
export type IntOrString =
  | { readonly kind: 'int'; readonly value: number }
  | { readonly kind: 'string'; readonly value: string };

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

export function isNull(node: LNode | undefined): boolean {
  return isScalar(node) && node.value === null;
}

/**
 * A Go `string`: `""` when absent or null, the text of a YAML string. Any other scalar (a number, a boolean) or a
 * collection is refused: undefined.
 */
export function goString(node: LNode | undefined): string | undefined {
  return node === undefined || isNull(node) ? '' : str(node);
}

/** A Go `int32`: 0 when absent or null; a non-integer or a number outside int32 is refused. */
export function goInt32(node: LNode | undefined): number | undefined {
  if (node === undefined || isNull(node)) return 0;
  if (!isScalar(node) || typeof node.value !== 'number') return undefined;
  const { value } = node;
  return Number.isInteger(value) && value >= INT32_MIN && value <= INT32_MAX ? value : undefined;
}

/** A list's items: `[]` when absent or null; anything but a list is refused. */
export function goList(node: LNode | undefined): readonly LNode[] | undefined {
  if (node === undefined || isNull(node)) return [];
  return isSeq(node) ? node.items : undefined;
}

/** A struct: a map, or null (the zero struct) or absent; anything else is refused. */
export function decodesAsStruct(node: LNode | undefined): boolean {
  return node === undefined || isMap(node) || isNull(node);
}

/** A Go `string` field of `parent`. */
export function stringField(parent: LNode | undefined, key: string): Decoded<string> | undefined {
  return field(pairOf(parent, key), goString);
}

/** A Go `*string` field: `value` undefined (nil) when absent or null; `""` is a set, empty string. */
export function optionalStringField(parent: LNode | undefined, key: string): Decoded<string | undefined> | undefined {
  return pointerField(pairOf(parent, key), goString);
}

/** A Go `int32` field. */
export function int32Field(parent: LNode | undefined, key: string): Decoded<number> | undefined {
  return field(pairOf(parent, key), goInt32);
}

/** A Go `*int32` field: `value` undefined (nil) when absent or null. */
export function optionalInt32Field(parent: LNode | undefined, key: string): Decoded<number | undefined> | undefined {
  return pointerField(pairOf(parent, key), goInt32);
}

/** A Go `*bool` field: `value` undefined (nil) when absent or null. */
export function optionalBoolField(parent: LNode | undefined, key: string): Decoded<boolean | undefined> | undefined {
  return pointerField(pairOf(parent, key), (node) =>
    isScalar(node) && typeof node.value === 'boolean' ? node.value : undefined,
  );
}

/**
 * An `intstr.IntOrString` field: its UnmarshalJSON takes a YAML string (a quoted `"8080"` is a string), and decodes
 * anything else into an int32; null leaves the zero value (int 0).
 */
export function intOrStringField(parent: LNode | undefined, key: string): Decoded<IntOrString> | undefined {
  return field(pairOf(parent, key), (node): IntOrString | undefined => {
    if (isScalar(node) && typeof node.value === 'string') return { kind: 'string', value: node.value };
    const int = goInt32(node);
    return int === undefined ? undefined : { kind: 'int', value: int };
  });
}

/** A Go `[]string` field: null items decode to `""`; one item of another type refuses the whole list. */
export function stringListField(
  parent: LNode | undefined,
  key: string,
): Decoded<readonly Decoded<string>[]> | undefined {
  return field(pairOf(parent, key), (node) => {
    const items = goList(node);
    if (items === undefined) return undefined;
    const decoded: Decoded<string>[] = [];
    for (const item of items) {
      const value = goString(item);
      if (value === undefined) return undefined;
      decoded.push({ value, node: item, pair: undefined });
    }
    return decoded;
  });
}

/** The field of `pair` (absent when undefined) read by `read`, which returns undefined for what it refuses. */
function field<T>(pair: LPair | undefined, read: (node: LNode | undefined) => T | undefined): Decoded<T> | undefined {
  const node = pair?.value;
  const value = read(node);
  return value === undefined ? undefined : { value, node, pair };
}

/** A pointer field: nil (`value` undefined) when absent or null, else what `read` makes of the written value. */
function pointerField<T>(
  pair: LPair | undefined,
  read: (node: LNode) => T | undefined,
): Decoded<T | undefined> | undefined {
  const node = pair?.value;
  if (node === undefined || isNull(node)) return { value: undefined, node, pair };
  return field(pair, () => read(node));
}

/**
 * The value as a lenient reader takes it: the decoded value when it is written and not null; undefined when the
 * key is absent, null, or refused by the decoder.
 */
export function writtenValue<T>(field: Decoded<T> | undefined): T | undefined {
  return field?.node === undefined || isNull(field.node) ? undefined : field.value;
}

/** `parent.key` as a lenient reader takes a Go string: written, not null, and a string; else undefined. */
export function writtenString(parent: LNode | undefined, key: string): string | undefined {
  return writtenValue(stringField(parent, key));
}

/** `parent.key` as a lenient reader takes a Go int32: written, not null, and an int32; else undefined. */
export function writtenInt32(parent: LNode | undefined, key: string): number | undefined {
  return writtenValue(int32Field(parent, key));
}

/** Where a finding about a field's value points: the written value, else `fallback` (what it was defaulted from). */
export function valueSpan(field: Decoded<unknown>, fallback: LNode): Span {
  return field.node ? field.node.span : fallback.span;
}

/**
 * Like {@link valueSpan}, but never an empty span: a value written empty (`ip:`) points at its whole entry, a
 * missing one at `fallback` (the list item it is missing from).
 */
export function visibleValueSpan(field: Decoded<unknown> | undefined, fallback: LNode): Span {
  const node = field?.node;
  if (node && node.span.end > node.span.start) return node.span;
  return field?.pair?.span ?? fallback.span;
}

/** A `key: value` entry of a map as a check found it: what a fix that removes or renames it edits. */
export interface Entry {
  readonly pair: LPair;
  readonly map: LMap;
}

/** The entry of `pair` in `map`, when both are there. */
export function entryOf(map: LNode | undefined, pair: LPair | undefined): Entry | undefined {
  return isMap(map) && pair ? { pair, map } : undefined;
}

/** One entry of a `map[string]string` field (labels, annotations, selector) as Go decodes it. */
export interface StringMapEntry {
  readonly key: string;
  readonly keySpan: Span;
  readonly value: string;
  /** The value node, or the whole entry when the value is an empty plain scalar (`key:`) with no text to point at. */
  readonly valueSpan: Span;
}

/**
 * The entries of a `map[string]string`, in document order (Go ranges over a map in random order, so document order
 * is as good as any). Entries whose value the decoder would refuse are left out; a node that is not a map is a
 * decode error as a whole and yields nothing.
 */
export function stringMapEntries(node: LNode | undefined): StringMapEntry[] {
  if (!isMap(node)) return [];
  const entries: StringMapEntry[] = [];
  for (const pair of node.pairs) {
    const value = goString(pair.value);
    if (value === undefined) continue;
    const valueSpan = pair.value.span.end > pair.value.span.start ? pair.value.span : pair.span;
    entries.push({ key: pair.key, keySpan: pair.keySpan, value, valueSpan });
  }
  return entries;
}
