import { isMap } from '../parse/located-node';
import type { LNode, Span } from '../parse/located-node';

/**
 * What the API server's decoder puts into a Go `string` field: "" when the field is absent or null, the text of a
 * string. Any other scalar (a number, a boolean) or a collection makes the decoder refuse the whole object, so
 * validation never sees it: undefined tells the caller to stay silent, the decoding rule reports it.
 */
export function goString(node: LNode | undefined): string | undefined {
  if (node === undefined) return '';
  if (node.kind !== 'scalar') return undefined;
  if (node.value === null) return '';
  return typeof node.value === 'string' ? node.value : undefined;
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

/**
 * Go's `strings.ToLower`: rune by rune with the simple case mapping. JavaScript's `toLowerCase` differs for U+0130
 * (İ), which it expands to "i̇" where Go gives a plain "i", and for a final sigma, which rune-by-rune avoids.
 */
export function goToLower(value: string): string {
  let lowered = '';
  for (const char of value) lowered += char === '\u0130' ? 'i' : char.toLowerCase();
  return lowered;
}
