import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, Scalar } from 'yaml';
import type { Document, Node as YamlNode, Pair, YAMLMap, YAMLSeq } from 'yaml';
import type { LNode, LPair, LScalar, Span } from './located-node';

export interface SyntaxProblem {
  readonly message: string;
  readonly span: Span;
}

export interface ParsedDocument {
  /** The document's root, or undefined for an empty document. */
  readonly root: LNode | undefined;
  readonly syntaxErrors: readonly SyntaxProblem[];
}

/**
 * Parses one YAML document with the YAML 1.1 schema, which is what the API server's decoder (go-yaml v2) uses:
 * `yes`/`on` are booleans and `0755` is octal there too.
 */
export function parseYamlDocument(text: string): ParsedDocument {
  const doc = parseDocument(text, {
    version: '1.1',
    merge: true,
    prettyErrors: false,
    uniqueKeys: true,
    // go-yaml v2 reads `12:30` as the string "12:30", not as a base-60 number.
    customTags: (tags) => tags.filter((tag) => typeof tag === 'string' || tag.format !== 'TIME'),
  });
  const syntaxErrors = doc.errors.map((e) => ({
    message: e.message,
    span: { start: e.pos[0], end: Math.max(e.pos[1], e.pos[0]) },
  }));
  const converter = new Converter(doc, text);
  const root = doc.contents ? converter.convert(doc.contents) : undefined;
  return { root, syntaxErrors };
}

const MERGE_KEY = '<<';

/**
 * Converts `yaml` nodes to located nodes. Aliases resolve to the anchored node's conversion, memoised by node,
 * so an alias bomb stays a small shared graph instead of an exponential tree.
 */
class Converter {
  private readonly done = new Map<YamlNode, LNode>();
  private readonly inProgress = new Set<YamlNode>();

  constructor(
    private readonly doc: Document,
    private readonly text: string,
  ) {}

  convert(node: unknown): LNode | undefined {
    if (isAlias(node)) return this.convertAlias(node.resolve(this.doc) as YamlNode | undefined);
    if (!isScalar(node) && !isMap(node) && !isSeq(node)) return undefined;
    const known = this.done.get(node);
    if (known) return known;
    if (this.inProgress.has(node)) return undefined;
    this.inProgress.add(node);
    const converted = this.convertFresh(node);
    this.inProgress.delete(node);
    this.done.set(node, converted);
    return converted;
  }

  private convertAlias(target: YamlNode | undefined): LNode | undefined {
    return target === undefined ? undefined : this.convert(target);
  }

  private convertFresh(node: Scalar | YAMLMap | YAMLSeq): LNode {
    const span = trimmedSpan(node, this.text);
    if (isScalar(node)) return scalarOf(node, span);
    if (isSeq(node)) {
      const items: LNode[] = [];
      for (const item of node.items) items.push(this.convert(item) ?? nullAt(span.end));
      return { kind: 'seq', span, items };
    }
    return { kind: 'map', span, pairs: this.pairsOf(node.items as Pair[]) };
  }

  private pairsOf(source: Pair[]): LPair[] {
    const result: LPair[] = [];
    const merged: LPair[] = [];
    for (const pair of source) {
      if (!isPair(pair)) continue;
      if (isMergeKey(pair.key)) {
        merged.push(...this.mergedPairs(pair.value));
        continue;
      }
      const located = this.pairOf(pair);
      if (located) result.push(located);
    }
    // Explicit keys win over merged ones: put merged pairs first, since the last pair of a key wins.
    return merged.length === 0 ? result : [...merged, ...result];
  }

  private mergedPairs(value: unknown): readonly LPair[] {
    const sources = isSeq(value) ? value.items : [value];
    const out: LPair[] = [];
    for (const source of sources.slice().reverse()) {
      const converted = this.convert(source);
      if (converted?.kind === 'map') out.push(...converted.pairs);
    }
    return out;
  }

  private pairOf(pair: Pair): LPair | undefined {
    const keyNode = pair.key;
    const keySpan = isScalar(keyNode) || isMap(keyNode) || isSeq(keyNode) ? spanOf(keyNode as YamlNode) : undefined;
    if (!keySpan) return undefined;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    const value = this.convert(pair.value) ?? nullAt(keySpan.end);
    return { key, keySpan, value, span: { start: keySpan.start, end: Math.max(value.span.end, keySpan.end) } };
  }
}

function isMergeKey(key: unknown): boolean {
  if (!isScalar(key)) return false;
  return typeof key.value === 'symbol' || (key.value === MERGE_KEY && key.type === Scalar.PLAIN);
}

function spanOf(node: YamlNode): Span {
  const range = node.range;
  if (!range) return { start: 0, end: 0 };
  return { start: range[0], end: range[1] };
}

/** A block collection's range runs to the next line; a squiggle should stop at its last character. */
function trimmedSpan(node: YamlNode, text: string): Span {
  const { start, end } = spanOf(node);
  let trimmed = end;
  while (trimmed > start && /\s/.test(text[trimmed - 1])) trimmed--;
  return { start, end: trimmed };
}

function scalarOf(node: Scalar, span: Span): LScalar {
  const quoted = node.type !== undefined && node.type !== Scalar.PLAIN;
  const raw = goNotANumber(node);
  const value =
    raw === null || raw === undefined
      ? null
      : typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean'
        ? raw
        : raw instanceof Date
          ? goTimestamp(raw)
          : String(raw);
  return { kind: 'scalar', span, value, quoted };
}

/**
 * The `yaml` package reads every plain scalar that fits its YAML 1.1 float pattern as a number, so `.`, `.e1` or `-.`
 * become NaN. go-yaml v2 knows only `.nan`, `.NaN` and `.NAN` as NaN and keeps the others as strings (its
 * `strconv.ParseFloat` fails on them).
 */
function goNotANumber(node: Scalar): unknown {
  const raw = node.value;
  if (typeof raw !== 'number' || !Number.isNaN(raw) || typeof node.source !== 'string') return raw;
  return /^\.(nan|NaN|NAN)$/.test(node.source) ? raw : node.source;
}

/** A YAML timestamp reaches the API server as the JSON of Go's time.Time: RFC 3339 without zero fractions. */
function goTimestamp(date: Date): string {
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().replace('.000Z', 'Z');
}

function nullAt(offset: number): LScalar {
  return { kind: 'scalar', span: { start: offset, end: offset }, value: null, quoted: false };
}
