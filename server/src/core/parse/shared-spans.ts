import { isMap, isSeq } from './located-node';
import type { LNode, LPair, Span } from './located-node';
import type { ParsedDocument } from './parse-document';

const SHARED = new WeakMap<ParsedDocument, readonly Span[]>();

/**
 * The text of what aliases share: each node reached more than once in the document's tree (an anchored node an
 * alias uses) and each pair a merge key brings into another map. Editing such text changes every place that uses
 * it. Each node and pair is visited once, so an alias bomb costs its size, not its expansion.
 */
export function sharedSpans(parsed: ParsedDocument): readonly Span[] {
  const known = SHARED.get(parsed);
  if (known) return known;
  const seen = new Set<LNode | LPair>();
  const shared: Span[] = [];
  /** True the first time; a later visit marks the item's text shared. */
  const firstVisit = (item: LNode | LPair, span: Span): boolean => {
    if (seen.has(item)) {
      shared.push(span);
      return false;
    }
    seen.add(item);
    return true;
  };
  const stack: LNode[] = parsed.root ? [parsed.root] : [];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (isSeq(node)) {
      for (const item of node.items) if (firstVisit(item, item.span)) stack.push(item);
    } else if (isMap(node)) {
      for (const pair of node.pairs) {
        const whole = { start: pair.entryStart, end: pair.span.end };
        if (firstVisit(pair, whole) && firstVisit(pair.value, pair.value.span)) stack.push(pair.value);
      }
    }
  }
  SHARED.set(parsed, shared);
  return shared;
}
