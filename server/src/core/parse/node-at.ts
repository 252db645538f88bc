import type { LNode, LPair, Span } from './located-node';

/** One step of a path: a map key or a list index. */
export type PathSegment = string | number;

/** Where an offset falls in a located tree. */
export interface NodeAt {
  /** From the root to the innermost key or item that holds the offset. */
  readonly path: readonly PathSegment[];
  /** The innermost node on the path (the value, for a key). */
  readonly node: LNode;
  /** The pair whose key or value holds the offset, when the last step is a key. */
  readonly pair: LPair | undefined;
  /** True when the offset is on the key itself rather than the value. */
  readonly onKey: boolean;
  /** What to highlight: the key, or the scalar value under the offset. */
  readonly span: Span;
}

function contains(span: Span, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}

/** Finds the deepest key or value at `offset`; undefined when the offset is outside every pair and item. */
export function nodeAt(root: LNode, offset: number): NodeAt | undefined {
  const path: PathSegment[] = [];
  let found: NodeAt | undefined;
  let current: LNode = root;
  // A loop rather than recursion: flow collections can nest thousands deep.
  for (;;) {
    const step = childAt(current, offset);
    if (!step) return found;
    path.push(step.segment);
    if (step.pair && contains(step.pair.keySpan, offset) && offset < step.pair.keySpan.end) {
      return { path: [...path], node: step.pair.value, pair: step.pair, onKey: true, span: step.pair.keySpan };
    }
    found = { path: [...path], node: step.node, pair: step.pair, onKey: false, span: step.node.span };
    if (step.node.kind === 'scalar') return found;
    current = step.node;
  }
}

interface Step {
  readonly segment: PathSegment;
  readonly node: LNode;
  readonly pair: LPair | undefined;
}

function childAt(node: LNode, offset: number): Step | undefined {
  if (node.kind === 'map') {
    const pair = node.pairs.find((p) => contains(p.span, offset));
    return pair ? { segment: pair.key, node: pair.value, pair } : undefined;
  }
  if (node.kind === 'seq') {
    const index = node.items.findIndex((item) => contains(item.span, offset));
    return index === -1 ? undefined : { segment: index, node: node.items[index], pair: undefined };
  }
  return undefined;
}

/** `spec.ports[].targetPort`: the documentation key of a path, list indices left out. */
export function docPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) out += typeof segment === 'number' ? '[]' : out === '' ? segment : `.${segment}`;
  return out;
}

/** `spec.ports[1].targetPort`: the API server's notation of a path. */
export function fieldPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) out += typeof segment === 'number' ? `[${segment}]` : out === '' ? segment : `.${segment}`;
  return out;
}
