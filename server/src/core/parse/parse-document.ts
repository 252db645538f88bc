import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, Scalar } from 'yaml';
import type { Document, Node as YamlNode, Pair, YAMLMap, YAMLSeq } from 'yaml';
import { aliasesOf } from './aliases';
import type { AliasTargets } from './aliases';
import type { ErrorAt } from './error-at';
import type { LNode, LPair, LScalar, Span } from './located-node';
import { rejoinQuotedLines } from './quoted-continuations';

export interface SyntaxProblem {
  readonly message: string;
  readonly span: Span;
}

/**
 * A mapping key written again later in its map. kubectl's decoder (sigs.k8s.io/yaml's YAMLToJSON, go-yaml v2's
 * non-strict `yaml.Unmarshal`) keeps the last value and drops this one without a word, and the API server never
 * sees it: the object is read with the last value.
 */
export interface DuplicateKey {
  readonly key: string;
  /** The key whose value is dropped. */
  readonly dropped: Span;
  /** The key written last, whose value kubectl keeps. */
  readonly kept: Span;
}

export interface ParsedDocument {
  /** The document's root, or undefined for an empty document. */
  readonly root: LNode | undefined;
  readonly syntaxErrors: readonly SyntaxProblem[];
  /** Keys written twice in one map, in text order: not errors, since kubectl reads the object all the same. */
  readonly duplicateKeys: readonly DuplicateKey[];
  /**
   * Each alias of the document in text order, as the anchor definition it uses: `np#1` is the first `&np`. A fix
   * must keep these, or an alias would lose its anchor or silently take another one of the same name.
   */
  readonly aliases: readonly string[];
}

/**
 * Parses one YAML document with the YAML 1.1 schema, which is what the API server's decoder (go-yaml v2) uses:
 * `yes`/`on` are booleans and `0755` is octal there too.
 */
export function parseYamlDocument(text: string): ParsedDocument {
  const lines = withLoneCRAsLF(text);
  // Past the nesting bound only the text before it is read, so that the result never depends on the stack left.
  const deep = tooDeepAt(lines);
  const cut = deep === -1 ? lines : lines.slice(0, deep);
  const first = parseAsGoYaml(cut);
  const rejoined = rejoinQuotedLines(cut, first.errors);
  const read = rejoined?.text ?? cut;
  const doc = rejoined ? parseAsGoYaml(read) : first;
  const tooDeep: ErrorAt[] = deep === -1 ? [] : [{ message: TOO_DEEP, pos: [deep, deep + 1] }];
  const aliases = aliasesOf(doc, read.includes('*'));
  const converter = new Converter(aliases.targets, read, rejoined?.values);
  const root = doc.contents ? converter.convert(doc.contents) : undefined;
  const decodeErrors = [...aliases.errors, ...converter.errors].sort((a, b) => a.pos[0] - b.pos[0]);
  const parseErrors = inPositionOrder(doc.errors, decodeErrors);
  const errors = inPositionOrder(parseErrors, tooDeep);
  const syntaxErrors = errors.map((e) => {
    // An error at the end of the text (a quote or bracket never closed) is placed one past it: keep it inside.
    const start = Math.min(e.pos[0], text.length);
    return { message: e.message, span: { start, end: Math.min(Math.max(e.pos[1], start), text.length) } };
  });
  const duplicateKeys = converter.duplicates.sort((a, b) => a.dropped.start - b.dropped.start);
  return { root, syntaxErrors, duplicateKeys, aliases: aliases.bindings };
}

/** The YAML 1.1 reading the API server's decoder (go-yaml v2) makes; see {@link parseYamlDocument}. */
function parseAsGoYaml(read: string): Document {
  return parseDocument(read, {
    version: '1.1',
    merge: true,
    prettyErrors: false,
    // The CST tokens say where an entry's `?` indicator and its key's anchor or tag are (LPair.entryStart).
    keepSourceTokens: true,
    // Duplicate keys are found by the converter in one pass: the `yaml` package's own check compares each key with
    // every key before it, which takes seconds on a map of 20,000 keys.
    uniqueKeys: false,
    // go-yaml v2 reads `12:30` as the string "12:30", not as a base-60 number.
    customTags: (tags) => tags.filter((tag) => typeof tag === 'string' || tag.format !== 'TIME'),
  });
}

/**
 * go-yaml reads a lone `\r` (old Mac line ends) as a line break, and so does LSP; the `yaml` package does not. The
 * same text with `\n` in its place has the same offsets, so every span stays right for the text as written.
 */
function withLoneCRAsLF(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/**
 * The `yaml` package composes collections recursively and runs out of stack somewhere between 600 and 1,000 levels,
 * at a depth that depends on the stack already in use and on what the JIT has compiled: the same text would parse
 * on one check and fail on the next. No manifest comes near this bound.
 */
const MAX_NESTING = 400;
const TOO_DEEP = `Nested more than ${MAX_NESTING} levels deep: the rest is not read`;

/**
 * Where the nesting may first exceed MAX_NESTING, or -1: a bound that never underestimates, the open flow
 * brackets (counted everywhere, strings and comments too) plus the indentation and `- ` markers of the line.
 */
function tooDeepAt(text: string): number {
  let flow = 0;
  let lead = 0;
  let leading = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) {
      lead = 0;
      leading = true;
      continue;
    }
    if (leading && (c === 32 /* space */ || c === 9 /* \t */ || c === 45 /* - */)) {
      lead++;
    } else {
      leading = false;
      if (c === 91 /* [ */ || c === 123 /* { */) flow++;
      else if ((c === 93 /* ] */ || c === 125) /* } */ && flow > 0) flow--;
    }
    if (flow + lead > MAX_NESTING) return i;
  }
  return -1;
}

/** Both lists of errors as one, each kept in its order, the second's placed before the first's that come later. */
function inPositionOrder(errors: readonly ErrorAt[], more: readonly ErrorAt[]): readonly ErrorAt[] {
  if (more.length === 0) return errors;
  const out: ErrorAt[] = [];
  let next = 0;
  for (const error of errors) {
    while (next < more.length && more[next].pos[0] < error.pos[0]) out.push(more[next++]);
    out.push(error);
  }
  return [...out, ...more.slice(next)];
}

const MERGE_KEY = '<<';

/**
 * Converts `yaml` nodes to located nodes. Aliases resolve to the anchored node's conversion, memoised by node,
 * so an alias bomb stays a small shared graph instead of an exponential tree.
 */
class Converter {
  private readonly done = new Map<YamlNode, LNode>();
  private readonly inProgress = new Set<YamlNode>();
  /** go-yaml's decoder refuses an anchored node that holds an alias to itself. */
  readonly errors: ErrorAt[] = [];
  readonly duplicates: DuplicateKey[] = [];

  constructor(
    private readonly targets: AliasTargets,
    private readonly text: string,
    /** The values of quoted scalars whose continuation lines go-yaml reads and the `yaml` package does not. */
    private readonly rejoined: ReadonlyMap<number, string> = new Map(),
  ) {}

  convert(node: unknown): LNode | undefined {
    if (isAlias(node)) return this.convertAlias(node);
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

  private convertAlias(alias: Parameters<AliasTargets['get']>[0]): LNode | undefined {
    const target = this.targets.get(alias);
    if (target === undefined) return undefined;
    if (this.inProgress.has(target)) {
      const [start, end] = alias.range ?? [0, 0];
      this.errors.push({ message: `anchor '${alias.source}' value contains itself`, pos: [start, end] });
      return undefined;
    }
    return this.convert(target);
  }

  private convertFresh(node: Scalar | YAMLMap | YAMLSeq): LNode {
    const span = trimmedSpan(node, this.text);
    if (isScalar(node)) {
      const rejoined = this.rejoined.get(span.start);
      return rejoined === undefined ? scalarOf(node, span) : { kind: 'scalar', span, value: rejoined, quoted: true };
    }
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
    const unique = this.lastOfEachKey(source, result);
    // Explicit keys win over merged ones: put merged pairs first, since the last pair of a key wins.
    return merged.length === 0 ? unique : [...merged, ...unique];
  }

  /**
   * The pairs without those whose key is written again later, as go-yaml v2 decodes a map: scalar keys are equal
   * when their values are (`===`), other keys only when they are the same node; NaN equals nothing.
   */
  private lastOfEachKey(source: readonly Pair[], located: LPair[]): LPair[] {
    const last = new Map<unknown, LPair>();
    const droppedFor = new Map<LPair, unknown>();
    let i = 0;
    for (const pair of source) {
      if (!isPair(pair) || isMergeKey(pair.key)) continue;
      const keyNode = pair.key;
      // The pairs pairOf located, in the same order: those with a scalar or collection key.
      if (!isScalar(keyNode) && !isMap(keyNode) && !isSeq(keyNode)) continue;
      const entry = located[i++];
      if (!isScalar(keyNode) || Number.isNaN(keyNode.value)) continue;
      const earlier = last.get(keyNode.value);
      if (earlier) droppedFor.set(earlier, keyNode.value);
      last.set(keyNode.value, entry);
    }
    if (droppedFor.size === 0) return located;
    for (const [entry, value] of droppedFor) {
      const kept = last.get(value) ?? entry;
      this.duplicates.push({ key: entry.key, dropped: entry.keySpan, kept: kept.keySpan });
    }
    return located.filter((entry) => !droppedFor.has(entry));
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
    const span = { start: keySpan.start, end: Math.max(value.span.end, keySpan.end) };
    return { key, keySpan, value, span, entryStart: entryStart(pair, keySpan.start) };
  }
}

/** Where an entry's text begins: its `?` indicator, else its key's anchor or tag, else its key. */
function entryStart(pair: Pair, keyStart: number): number {
  // The CST tokens before the key (`keepSourceTokens`): comments and line breaks before the entry, then its own.
  for (const token of pair.srcToken?.start ?? []) {
    const own = token.type === 'explicit-key-ind' || token.type === 'anchor' || token.type === 'tag';
    if (own && token.offset < keyStart) return token.offset;
  }
  return keyStart;
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
      : typeof raw === 'string'
        ? (goPrefixedInteger(node, quoted) ?? raw)
        : typeof raw === 'number' || typeof raw === 'boolean'
          ? raw
          : raw instanceof Date
            ? goTimestamp(node, raw)
            : String(raw);
  return { kind: 'scalar', span, value, quoted };
}

/**
 * go-yaml v2 resolves a plain scalar that starts with a digit or a sign with `strconv.ParseInt(s, 0, 64)` (then
 * ParseUint), underscores removed first: since Go 1.13 that takes the `0o` / `0O`, `0X` and `0B` prefixes too, which
 * the `yaml` package's YAML 1.1 schema leaves as strings (it knows `0x`, `0b` and `0777`).
 */
function goPrefixedInteger(node: Scalar, quoted: boolean): number | undefined {
  if (quoted || node.tag !== undefined || typeof node.source !== 'string') return undefined;
  const match = /^([-+]?)0([oObBxX])([0-9a-fA-F]+)$/.exec(node.source.replace(/_/g, ''));
  if (!match) return undefined;
  const [, sign, base, digits] = match;
  const radix = base === 'o' || base === 'O' ? 8 : base === 'b' || base === 'B' ? 2 : 16;
  const valid = radix === 8 ? /^[0-7]+$/ : radix === 2 ? /^[01]+$/ : /^[0-9a-fA-F]+$/;
  if (!valid.test(digits)) return undefined;
  const magnitude = BigInt(`0${base.toLowerCase()}${digits}`);
  const value = sign === '-' ? -magnitude : magnitude;
  // ParseInt's int64, else ParseUint's uint64 (no sign there); beyond both it stays a string.
  if (value < -(2n ** 63n) || value >= 2n ** 64n || (value >= 2n ** 63n && sign !== '')) return undefined;
  return Number(value);
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

/**
 * A timestamp-looking scalar: go-yaml v2 decodes it into `interface{}` (what kubectl does) as its own text, "for
 * backward compatibility" (decode.go), so `released: 2024-01-15` reaches the API server as "2024-01-15".
 */
function goTimestamp(node: Scalar, date: Date): string {
  if (typeof node.source === 'string') return node.source;
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().replace('.000Z', 'Z');
}

function nullAt(offset: number): LScalar {
  return { kind: 'scalar', span: { start: offset, end: offset }, value: null, quoted: false };
}
