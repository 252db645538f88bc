import { fieldDocs, valueDocs } from '../docs';
import type { FieldDoc } from '../docs';
import type { Localizer } from '../l10n';
import { renderDoc } from '../docs/render-doc';
import type { WorkspaceIndex } from '../index/workspace-index';
import { enumValuesOf } from '../model/enums';
import { OBJECT_KINDS, SERVED_API_VERSION } from '../model/k8s-object';
import type { ObjectKind } from '../model/k8s-object';
import { goTypeOf, v1SchemaOf } from '../model/v1-schema';
import type { FieldType, StructSchema } from '../model/v1-schema';
import { isScalar, pairs } from '../parse/located-node';
import { docPath, nodeAt } from '../parse/node-at';
import type { PathSegment } from '../parse/node-at';
import { parseYamlDocument } from '../parse/parse-document';
import { splitLines } from '../parse/line-index';
import type { Position, Range } from '../parse/line-index';
import { splitDocuments } from '../parse/split-documents';
import type { DocumentAnalysis } from '../documents/analyse-document';
import type { Located } from '../documents/check-file';
import { selectorKeySuggestions, selectorValueSuggestions, targetPortSuggestions } from './completion-workspace';
import type { ServiceScope, WorkspaceSuggestion } from './completion-workspace';

/** One completion item, editor-neutral; the LSP glue turns it into a `CompletionItem`. */
export interface CompletionModel {
  label: string;
  kind: 'value' | 'key' | 'snippet';
  /** Short text beside the label: the Go type of a key, the field path of a value. */
  detail?: string;
  /** Markdown. */
  documentation?: string;
  insertText: string;
  /** True when `insertText` uses LSP snippet syntax (`${1:name}`, `$0`). */
  snippet: boolean;
  /** What the item replaces (file coordinates); absent means the word at the cursor. */
  range?: Range;
}

/**
 * Completions at `position`: enumeration values at a value, the schema's missing keys at a key, and new-Service
 * snippets at the top level of an empty or non-Kubernetes document. Reads only the `---` document under the cursor.
 *
 * Block YAML is read line by line (indentation and the keys above give the path), so it works on half-typed lines
 * and documents with syntax errors; inside flow collections (`{...}`, `[...]`) the parsed tree gives the path.
 *
 * With the workspace `index` (only read), a Service's `targetPort` value offers the named container ports of the
 * workloads it selects, and its `selector` the pod labels of the workloads in its namespace (its
 * `metadata.namespace`, else the index's default namespace).
 */
export function completionsAt(
  located: readonly Located[],
  text: string,
  position: Position,
  l10n: Localizer,  index?: WorkspaceIndex,
): CompletionModel[] {
  const doc = documentAt(located, text, position);
  if (!doc || doc.analysis?.templated) return [];
  const lineNo = position.line - doc.line;
  const lines = new TextLines(doc.text);
  if (lineNo < 0 || lineNo >= lines.count) return [];
  const lineText = lines.text(lineNo);
  const column = Math.min(Math.max(position.character, 0), lineText.length);
  const before = lineText.slice(0, column);
  if (lineNo === 0 && /^(?:---|\.\.\.)(?:\s|$)/.test(lineText) && column <= 3) return [];
  if (/(?:^|\s)#/.test(before)) return [];
  const context = blockContext(lines, lineNo, lineText, column) ?? flowContext(doc, lines, lineNo, column);
  if (!context) return [];
  const at = (start: number, end: number): Range => ({
    start: { line: position.line, character: start },
    end: { line: position.line, character: end },
  });
  if (context.kind === 'value') return valueCompletions(lines, context, l10n, at(context.start, context.end), index);
  return keyCompletions(lines, context, l10n, at(context.start, context.end), index);
}

// --- the document under the cursor ---------------------------------------------------------------------------

interface CurrentDocument {
  readonly text: string;
  /** Zero-based line of the document's first line in the file. */
  readonly line: number;
  readonly analysis: DocumentAnalysis | undefined;
}

function documentAt(located: readonly Located[], text: string, position: Position): CurrentDocument | undefined {
  for (let i = located.length - 1; i >= 0; i--) {
    const { chunk, analysis } = located[i];
    if (chunk.line > position.line) continue;
    // The analysis must be of this very text; a stale one is ignored and the text is split afresh.
    if (text.startsWith(chunk.text, chunk.offset)) return { text: chunk.text, line: chunk.line, analysis };
    break;
  }
  const chunks = splitDocuments(text);
  const chunk = [...chunks].reverse().find((c) => c.line <= position.line);
  if (chunk) return { text: chunk.text, line: chunk.line, analysis: undefined };
  return text === '' ? { text: '', line: 0, analysis: undefined } : undefined;
}

// --- reading block YAML by indentation -----------------------------------------------------------------------

interface KeyToken {
  readonly name: string;
  readonly column: number;
  /** The text after `key:`, trimmed, without a trailing comment. */
  readonly value: string;
}

/** The structure of one line: its leading `- ` indicators and the `key:` after them, if any. */
interface LineTokens {
  readonly dashes: readonly number[];
  /** Column of the first dash or of the content. */
  readonly first: number;
  readonly key: KeyToken | undefined;
}

const LEADING = /^( *)((?:-(?: +|$))*)/;
const KEY_TOKEN = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"{}[\],:&*!|>%@`][^:#]*?|-[^\s:#][^:#]*?)[ \t]*:(?:[ \t]+(.*))?$/;

function tokenize(line: string): LineTokens | undefined {
  if (/^\s*(?:#|$)/.test(line) || /^(?:---|\.\.\.)(?:\s|$)/.test(line)) return undefined;
  const lead = LEADING.exec(line);
  const indent = lead?.[1].length ?? 0;
  const dashText = lead?.[2] ?? '';
  const dashes: number[] = [];
  for (let i = 0; i < dashText.length; i++) if (dashText[i] === '-') dashes.push(indent + i);
  const contentColumn = indent + dashText.length;
  const match = KEY_TOKEN.exec(line.slice(contentColumn));
  const key = match
    ? { name: unquote(match[1].trim()), column: contentColumn, value: stripComment(match[2] ?? '') }
    : undefined;
  return { dashes, first: indent, key };
}

function unquote(text: string): string {
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) return text.slice(1, -1).replace(/\\(.)/g, '$1');
  if (text.length >= 2 && text.startsWith("'") && text.endsWith("'")) return text.slice(1, -1).replace(/''/g, "'");
  return text;
}

function stripComment(value: string): string {
  return value.replace(/(?:^|\s+)#.*$/, '').trim();
}

/** A key whose value is on the following lines: nothing after the colon but an anchor or a tag. */
function opensBlock(key: KeyToken): boolean {
  return /^(?:(?:&\S+|!\S*)(?:\s+|$))*$/.test(key.value);
}

/** The lines of one document, tokenized lazily and once. */
class TextLines {
  private readonly lines: string[];
  private readonly tokens = new Map<number, LineTokens | undefined>();

  constructor(text: string) {
    this.lines = splitLines(text);
  }

  get count(): number {
    return this.lines.length;
  }

  text(line: number): string {
    return this.lines[line] ?? '';
  }

  at(line: number): LineTokens | undefined {
    if (!this.tokens.has(line)) this.tokens.set(line, tokenize(this.text(line)));
    return this.tokens.get(line);
  }
}

/** One step of a text path, with the line and column of the key or `- ` it came from. */
interface TextStep {
  readonly segment: PathSegment;
  readonly line: number;
  readonly column: number;
}

/**
 * The path of the map that holds a key at `column` on `line` (the key need not be typed yet): the nearest line
 * above with something to the left of `column` is its parent key or list item. Undefined when that is not a
 * container (a scalar, a block scalar), i.e. nothing can be completed there.
 */
function mapPathOf(lines: TextLines, line: number, column: number): TextStep[] | undefined {
  const own = lines.at(line)?.dashes.filter((d) => d < column) ?? [];
  if (own.length > 0) return itemPathOf(lines, line, own[own.length - 1]);
  for (let i = line - 1; i >= 0; i--) {
    const tokens = lines.at(i);
    if (!tokens || tokens.first >= column) continue;
    if (tokens.key && tokens.key.column < column) {
      if (!opensBlock(tokens.key)) return undefined;
      const parent = mapPathOf(lines, i, tokens.key.column);
      return parent && [...parent, { segment: tokens.key.name, line: i, column: tokens.key.column }];
    }
    const dashes = tokens.dashes.filter((d) => d < column);
    if (dashes.length === 0) return undefined;
    return itemPathOf(lines, i, dashes[dashes.length - 1]);
  }
  return [];
}

/** The path of the list item that starts with the `- ` at `column` on `line`, its index counted from the siblings above. */
function itemPathOf(lines: TextLines, line: number, column: number): TextStep[] | undefined {
  const own = lines.at(line)?.dashes.filter((d) => d < column) ?? [];
  if (own.length > 0) {
    const outer = itemPathOf(lines, line, own[own.length - 1]);
    return outer && [...outer, { segment: 0, line, column }];
  }
  let index = 0;
  for (let i = line - 1; i >= 0; i--) {
    const tokens = lines.at(i);
    if (!tokens || tokens.first > column) continue;
    const sibling = tokens.dashes.includes(column);
    if (sibling) {
      index++;
      if (tokens.first === column) continue;
    }
    const step = { segment: index, line, column };
    if (!sibling && tokens.key && tokens.key.column <= column) {
      // `ports:` above its items, at a lower or (compact style) the same column.
      if (!opensBlock(tokens.key)) return undefined;
      const parent = mapPathOf(lines, i, tokens.key.column);
      return parent && [...parent, { segment: tokens.key.name, line: i, column: tokens.key.column }, step];
    }
    const outer = tokens.dashes.filter((d) => d < column);
    if (outer.length === 0) return undefined;
    const parent = itemPathOf(lines, i, outer[outer.length - 1]);
    return parent && [...parent, step];
  }
  return [{ segment: index, line, column }];
}

/** A key of a block map: its inline value and where it is written. */
interface MapEntry {
  /** The text after `key:`, trimmed, without a trailing comment. */
  readonly value: string;
  readonly line: number;
  readonly column: number;
}

/**
 * The keys of the map whose keys sit at `column` and which holds `line`, with their inline values; `line` itself is
 * left out (it is the one being typed). A map that starts on `line` after a `- ` has no keys above it.
 */
function mapKeys(lines: TextLines, line: number, column: number, startsHere: boolean): Map<string, string> {
  return valuesOf(mapEntries(lines, line, column, startsHere));
}

function valuesOf(entries: ReadonlyMap<string, MapEntry>): Map<string, string> {
  return new Map([...entries].map(([name, entry]) => [name, entry.value]));
}

/** {@link mapKeys} with the line of each key. */
function mapEntries(lines: TextLines, line: number, column: number, startsHere: boolean): Map<string, MapEntry> {
  const keys = new Map<string, MapEntry>();
  const take = (tokens: LineTokens, at: number): void => {
    if (tokens.key?.column === column) keys.set(tokens.key.name, { value: tokens.key.value, line: at, column });
  };
  if (!startsHere) {
    for (let i = line - 1; i >= 0; i--) {
      const tokens = lines.at(i);
      if (!tokens || tokens.first > column) continue;
      // A `- ` at the keys' column is a compact list under one of them.
      if (tokens.first === column) {
        take(tokens, i);
        continue;
      }
      take(tokens, i);
      break;
    }
  }
  for (let i = line + 1; i < lines.count; i++) {
    const tokens = lines.at(i);
    if (!tokens || tokens.first > column) continue;
    if (tokens.first < column) break;
    take(tokens, i);
  }
  return keys;
}

/** The keys of the map that starts at a text step's line (a key's value block, a list item or the root). */
function keysUnder(lines: TextLines, step: TextStep | undefined): Map<string, string> {
  return valuesOf(entriesUnder(lines, step));
}

/** {@link keysUnder} with the line of each key. */
function entriesUnder(lines: TextLines, step: TextStep | undefined): Map<string, MapEntry> {
  if (!step) return mapEntries(lines, -1, 0, true);
  if (typeof step.segment === 'number') {
    const tokens = lines.at(step.line);
    if (tokens?.key && tokens.key.column > step.column) {
      const keys = mapEntries(lines, step.line, tokens.key.column, true);
      keys.set(tokens.key.name, { value: tokens.key.value, line: step.line, column: tokens.key.column });
      return keys;
    }
  }
  const next = firstContentBelow(lines, step.line);
  if (next === undefined || next.column <= step.column) return new Map();
  return mapEntries(lines, next.line - 1, next.column, true);
}

function firstContentBelow(lines: TextLines, line: number): { line: number; column: number } | undefined {
  for (let i = line + 1; i < lines.count; i++) {
    const tokens = lines.at(i);
    if (tokens) return { line: i, column: tokens.dashes.length > 0 ? tokens.dashes[0] : tokens.first };
  }
  return undefined;
}

// --- what the cursor is on -----------------------------------------------------------------------------------

interface ValueContext {
  readonly kind: 'value';
  readonly path: readonly PathSegment[];
  readonly steps: readonly TextStep[] | undefined;
  /** Columns of the value text to replace. */
  readonly start: number;
  readonly end: number;
  /** Prefix the insert text with a space (`key:` typed without one). */
  readonly needsSpace: boolean;
  /** The value is typed inside quotes: insert it as it is, never quoted again. */
  readonly quoted: boolean;
}

interface KeyContext {
  readonly kind: 'key';
  /** Path of the map the key goes into. */
  readonly steps: readonly TextStep[];
  readonly line: number;
  readonly column: number;
  /** The map starts on this line (after `- `): no keys above belong to it. */
  readonly startsHere: boolean;
  readonly start: number;
  readonly end: number;
  /** The line already has `:` after the word: insert only the key's name. */
  readonly hasColon: boolean;
}

type CursorContext = ValueContext | KeyContext;

const KEY_TEXT = `(?:"(?:[^"\\\\]|\\\\.)*"|'(?:[^']|'')*'|[^\\s#'"{}[\\],:&*!|>%@\`-][^:#]*?)`;
const VALUE_BEFORE = new RegExp(`^( *)((?:- +)*)(${KEY_TEXT})[ \\t]*:( *)(["']?)([^\\s"'#,{}[\\]]*)$`);
const ITEM_BEFORE = /^( *)((?:- +)+)(["']?)([^\s"'#:,{}[\]]*)$/;
const KEY_BEFORE = /^( *)((?:- +)*)([A-Za-z0-9_.\-/]*)$/;
const VALUE_AFTER = /^[^\s"'#,{}[\]]*/;
const WORD_AFTER = /^[A-Za-z0-9_.\-/]*/;

/** The context of the cursor in block YAML, from the current line and the lines above it. */
function blockContext(lines: TextLines, line: number, lineText: string, column: number): CursorContext | undefined {
  const before = lineText.slice(0, column);
  const after = lineText.slice(column);
  const value = VALUE_BEFORE.exec(before);
  if (value) {
    const keyColumn = value[1].length + value[2].length;
    const steps = mapPathOf(lines, line, keyColumn);
    if (!steps) return undefined;
    const key = unquote(value[3].trim());
    const start = column - value[6].length;
    return {
      kind: 'value',
      path: [...steps.map((s) => s.segment), key],
      steps: [...steps, { segment: key, line, column: keyColumn }],
      start,
      end: column + (VALUE_AFTER.exec(after)?.[0].length ?? 0),
      needsSpace: value[4] === '' && value[5] === '',
      quoted: value[5] !== '',
    };
  }
  const item = ITEM_BEFORE.exec(before);
  if (item) {
    const dashes = lines.at(line)?.dashes ?? [];
    const steps = dashes.length > 0 ? itemPathOf(lines, line, dashes[dashes.length - 1]) : undefined;
    if (steps && isStructItem(lines, steps) === false) {
      return {
        kind: 'value',
        path: steps.map((s) => s.segment),
        steps,
        start: column - item[4].length,
        end: column + (VALUE_AFTER.exec(after)?.[0].length ?? 0),
        needsSpace: false,
        quoted: item[3] !== '',
      };
    }
  }
  const key = KEY_BEFORE.exec(before);
  if (!key) return undefined;
  const keyColumn = key[1].length + key[2].length;
  const steps = mapPathOf(lines, line, keyColumn);
  if (!steps) return undefined;
  const word = WORD_AFTER.exec(after)?.[0] ?? '';
  return {
    kind: 'key',
    steps,
    line,
    column: keyColumn,
    startsHere: key[2] !== '',
    start: keyColumn,
    end: column + word.length,
    hasColon: /^[ \t]*:/.test(after.slice(word.length)),
  };
}

/** Whether the list item at `steps` is a map in the schema (false: a scalar such as an IP family). */
function isStructItem(lines: TextLines, steps: readonly TextStep[]): boolean | undefined {
  const object = objectOf(lines, steps.map((s) => s.segment), steps);
  if (!object) return undefined;
  const type = typeAt(object.schema, object.path);
  return type === undefined ? undefined : type.kind === 'struct';
}

const FLOW_VALUE = /[{,][ \t]*("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s"'{}[\],:#]+)[ \t]*:( *)(["']?)([^\s"'#,{}[\]]*)$/;
const FLOW_ITEM = /[[,][ \t]*(["']?)([^\s"'#,{}[\]:]*)$/;

/** Inside a flow collection (`{protocol: T}`, `[IPv4, ]`) the parsed tree knows the path. */
function flowContext(doc: CurrentDocument, lines: TextLines, line: number, column: number): ValueContext | undefined {
  const analysis = doc.analysis;
  if (!analysis?.parsed.root) return undefined;
  const offset = analysis.lines.offset({ line, character: column });
  const before = lines.text(line).slice(0, column);
  const after = lines.text(line).slice(column);
  const end = column + (VALUE_AFTER.exec(after)?.[0].length ?? 0);
  const at = nodeAt(analysis.parsed.root, offset);
  if (!at) return undefined;
  const pair = FLOW_VALUE.exec(before);
  if (pair) {
    const key = unquote(pair[1]);
    const start = column - pair[4].length;
    const needsSpace = pair[2] === '' && pair[3] === '';
    const quoted = pair[3] !== '';
    if (at.node.kind === 'scalar' && at.pair?.key === key && !at.onKey) {
      return { kind: 'value', path: at.path, steps: undefined, start, end, needsSpace, quoted };
    }
    if (at.node.kind === 'map') {
      return { kind: 'value', path: [...at.path, key], steps: undefined, start, end, needsSpace, quoted };
    }
    return undefined;
  }
  const item = FLOW_ITEM.exec(before);
  if (!item) return undefined;
  const start = column - item[2].length;
  const quoted = item[1] !== '';
  if (at.node.kind === 'seq') {
    const path = [...at.path, at.node.items.length];
    return { kind: 'value', path, steps: undefined, start, end, needsSpace: false, quoted };
  }
  if (at.node.kind === 'scalar' && typeof at.path[at.path.length - 1] === 'number') {
    return { kind: 'value', path: at.path, steps: undefined, start, end, needsSpace: false, quoted };
  }
  return undefined;
}

// --- which object, and its schema ----------------------------------------------------------------------------

interface ObjectAt {
  readonly kind: ObjectKind;
  readonly schema: StructSchema;
  /** The path inside the object (without `items[i]` of a `kind: List`). */
  readonly path: readonly PathSegment[];
  /** The `kind: List` item that holds the object; undefined for the document's root. */
  readonly root: TextStep | undefined;
}

/** The v1 Service or Endpoints, or networking.k8s.io/v1 Ingress, that holds `path`, read from `apiVersion` and `kind`. */
function objectOf(lines: TextLines, path: readonly PathSegment[], steps: readonly TextStep[] | undefined): ObjectAt | undefined {
  const root = keysUnder(lines, undefined);
  const rootKind = scalarText(root.get('kind'));
  if (rootKind !== undefined && isListKind(rootKind) && path[0] === 'items' && typeof path[1] === 'number') {
    if (!steps || steps.length < 2) return undefined;
    const item = keysUnder(lines, steps[1]);
    return asObject(scalarText(item.get('apiVersion')), scalarText(item.get('kind')), path.slice(2), steps[1]);
  }
  return asObject(scalarText(root.get('apiVersion')), rootKind, path, undefined);
}

function asObject(
  apiVersion: string | undefined,
  kind: string | undefined,
  path: readonly PathSegment[],
  root: TextStep | undefined,
): ObjectAt | undefined {
  if (!isObjectKind(kind)) return undefined;
  if (apiVersion !== undefined && apiVersion !== SERVED_API_VERSION[kind]) return undefined;
  const schema = v1SchemaOf(kind, SERVED_API_VERSION[kind]);
  return schema && { kind, schema, path, root };
}

function isObjectKind(kind: string | undefined): kind is ObjectKind {
  return kind !== undefined && Object.hasOwn(SERVED_API_VERSION, kind);
}

function isListKind(kind: string): boolean {
  return kind === 'List' || kind.endsWith('List');
}

function scalarText(value: string | undefined): string | undefined {
  return value === undefined ? undefined : unquote(value);
}

/** The schema type at `path`, walking structs by key and lists by index. */
function typeAt(schema: StructSchema, path: readonly PathSegment[]): FieldType | undefined {
  let type: FieldType | undefined = { kind: 'struct', struct: schema };
  for (const segment of path) {
    if (type === undefined) return undefined;
    if (typeof segment === 'number') type = type.kind === 'list' ? type.items : undefined;
    else type = type.kind === 'struct' ? type.struct.fields[segment] : undefined;
  }
  return type;
}

// --- values --------------------------------------------------------------------------------------------------

function valueCompletions(
  lines: TextLines,
  context: ValueContext,
  l10n: Localizer,  range: Range,
  index: WorkspaceIndex | undefined,
): CompletionModel[] {
  const space = context.needsSpace ? ' ' : '';
  const item = (label: string, detail: string, doc: FieldDoc | undefined, title: string): CompletionModel => ({
    label,
    kind: 'value',
    detail,
    ...(doc ? { documentation: renderDoc(title, doc, l10n) } : {}),
    insertText: space + label,
    snippet: false,
    range,
  });
  const { path } = context;
  if (path.length === 1 && (path[0] === 'kind' || path[0] === 'apiVersion')) {
    const root = keysUnder(lines, undefined);
    const apiVersion = scalarText(root.get('apiVersion'));
    if (path[0] === 'apiVersion') {
      const kind = scalarText(root.get('kind'));
      // One item per API version, documented by the first kind served in it.
      const versions = new Map<string, ObjectKind>();
      for (const k of OBJECT_KINDS) {
        const version = SERVED_API_VERSION[k];
        if ((kind === undefined || k === kind) && !versions.has(version)) versions.set(version, k);
      }
      return [...versions].map(([version, k]) => item(version, 'apiVersion', fieldDocs(l10n)[`${k}:apiVersion`], `apiVersion: ${version}`));
    }
    return OBJECT_KINDS.filter((kind) => apiVersion === undefined || SERVED_API_VERSION[kind] === apiVersion).map((kind) =>
      item(kind, 'kind', fieldDocs(l10n)[`${kind}:kind`], `kind: ${kind}`),
    );
  }
  const object = objectOf(lines, path, context.steps);
  if (!object) return [];
  const fieldPath = docPath(object.path);
  const key = `${object.kind}:${fieldPath}`;
  const type = typeAt(object.schema, object.path);
  // Enumerations by `<Kind>:<doc path>` (model/enums.ts), in the order worth showing (the default first).
  const values = enumValuesOf(key) ?? (type?.kind === 'bool' ? ['true', 'false'] : []);
  const name = lastKey(object.path);
  const enumerated = values.map((value) =>
    item(value, fieldPath, valueDocs(l10n)[`${key}=${value}`] ?? fieldDocs(l10n)[key], `${name}: ${value}`),
  );
  if (!index || object.kind !== 'Service') return enumerated;
  const fromIndex = workspaceValues(lines, context, object, index, l10n).map((suggestion) =>
    fromWorkspace(suggestion, 'value', space + (context.quoted ? suggestion.label : yamlString(suggestion.label)), range),
  );
  return [...enumerated, ...fromIndex];
}

function lastKey(path: readonly PathSegment[]): string {
  const keys = path.filter((s): s is string => typeof s === 'string');
  return keys[keys.length - 1] ?? '';
}

// --- keys ----------------------------------------------------------------------------------------------------

/** Keys the API server fills in: valid in a manifest, but nothing a person writes. */
const SERVER_SET = new Set([
  'status',
  'metadata.selfLink',
  'metadata.uid',
  'metadata.resourceVersion',
  'metadata.generation',
  'metadata.creationTimestamp',
  'metadata.deletionTimestamp',
  'metadata.deletionGracePeriodSeconds',
  'metadata.managedFields',
]);

function keyCompletions(
  lines: TextLines,
  context: KeyContext,
  l10n: Localizer,  range: Range,
  index: WorkspaceIndex | undefined,
): CompletionModel[] {
  const path = context.steps.map((s) => s.segment);
  const present = mapKeys(lines, context.line, context.column, context.startsHere);
  if (path.length === 0 && !present.has('kind') && !present.has('apiVersion')) {
    return context.column === 0 ? snippetCompletions(l10n, range) : [];
  }
  const object = objectOf(lines, path, context.steps);
  if (!object) return [];
  if (index && object.kind === 'Service' && docPath(object.path) === 'spec.selector') {
    const { namespace } = serviceScope(lines, object.root, index);
    return selectorKeySuggestions(index, namespace, new Set(present.keys()), l10n).map((suggestion) => {
      const name = yamlString(suggestion.label);
      return fromWorkspace(suggestion, 'key', context.hasColon ? name : `${name}: `, range);
    });
  }
  const type = typeAt(object.schema, object.path);
  if (type?.kind !== 'struct') return [];
  const out: CompletionModel[] = [];
  for (const [name, fieldType] of Object.entries(type.struct.fields)) {
    const fieldPath = docPath([...object.path, name]);
    if (present.has(name) || SERVER_SET.has(fieldPath)) continue;
    const doc = fieldDocs(l10n)[`${object.kind}:${fieldPath}`];
    const insert = context.hasColon ? { text: name, snippet: false } : keyInsert(name, fieldType);
    out.push({
      label: name,
      kind: 'key',
      detail: goTypeOf(fieldType),
      ...(doc ? { documentation: renderDoc(name, doc, l10n) } : {}),
      insertText: insert.text,
      snippet: insert.snippet,
      range,
    });
  }
  return out;
}

/** `key: ` for a scalar; a map or a list opens its block on the next line (the editor keeps the indentation). */
function keyInsert(name: string, type: FieldType): { text: string; snippet: boolean } {
  switch (type.kind) {
    case 'struct':
    case 'stringMap':
      return { text: `${name}:\n  $0`, snippet: true };
    case 'list':
      return { text: `${name}:\n  - $0`, snippet: true };
    default:
      return { text: `${name}: `, snippet: false };
  }
}

// --- from the workspace index --------------------------------------------------------------------------------

/** Values the index knows for a Service field: container port names for a `targetPort`, pod labels for a selector. */
function workspaceValues(
  lines: TextLines,
  context: ValueContext,
  object: ObjectAt,
  index: WorkspaceIndex,
  l10n: Localizer,): WorkspaceSuggestion[] {
  const [first, second, third, fourth] = object.path;
  if (first !== 'spec') return [];
  const scope = (): ServiceScope => serviceScope(lines, object.root, index);
  if (second === 'ports' && typeof third === 'number' && fourth === 'targetPort' && object.path.length === 4) {
    return targetPortSuggestions(index, scope(), portProtocol(lines, context), l10n);
  }
  if (second === 'selector' && typeof third === 'string' && object.path.length === 3) {
    return selectorValueSuggestions(index, scope().namespace, third, l10n);
  }
  return [];
}

function fromWorkspace(
  suggestion: WorkspaceSuggestion,
  kind: 'value' | 'key',
  insertText: string,
  range: Range,
): CompletionModel {
  return { ...suggestion, kind, insertText, snippet: false, range };
}

/**
 * The namespace, selector and type of the Service at `root` (the document, or a `kind: List` item), read from the
 * text as the rest of completion is, so that a half-typed document still answers. A selector in flow style
 * (`selector: {app: web}`) is read too; one nested in a flow-style `spec` is not.
 */
function serviceScope(lines: TextLines, root: TextStep | undefined, index: WorkspaceIndex): ServiceScope {
  const metadata = scalarsOf(lines, childOf(lines, root, 'metadata'));
  const spec = childOf(lines, root, 'spec');
  const selector = spec && opensBlock(spec.key) ? childOf(lines, spec.step, 'selector') : undefined;
  return {
    namespace: metadata.get('namespace') || index.defaultNamespace,
    selector: Object.fromEntries(scalarsOf(lines, selector)),
    externalName: scalarsOf(lines, spec).get('type') === 'ExternalName',
  };
}

/** The protocol of the port item a `targetPort` value belongs to; undefined in flow style, where no steps are known. */
function portProtocol(lines: TextLines, context: ValueContext): string | undefined {
  const item = context.steps?.[context.steps.length - 2];
  if (item === undefined || typeof item.segment !== 'number') return undefined;
  return scalarText(keysUnder(lines, item).get('protocol')) || 'TCP';
}

interface Child {
  readonly step: TextStep;
  readonly key: KeyToken;
}

/** The entry `key` of the block map at `parent` (the document's root when undefined). */
function childOf(lines: TextLines, parent: TextStep | undefined, key: string): Child | undefined {
  const entry = entriesUnder(lines, parent).get(key);
  if (!entry) return undefined;
  return {
    step: { segment: key, line: entry.line, column: entry.column },
    key: { name: key, column: entry.column, value: entry.value },
  };
}

/** The scalar values of the map under `child`, in block style or inline in flow style. */
function scalarsOf(lines: TextLines, child: Child | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!child) return out;
  if (child.key.value.startsWith('{')) {
    for (const pair of pairs(parseYamlDocument(child.key.value).root)) {
      if (isScalar(pair.value) && pair.value.value !== null) out.set(pair.key, String(pair.value.value));
    }
    return out;
  }
  if (!opensBlock(child.key)) return out;
  for (const [name, entry] of entriesUnder(lines, child.step)) {
    if (entry.value === '' || /^[[{|>&!*]/.test(entry.value)) continue;
    out.set(name, scalarText(entry.value) ?? '');
  }
  return out;
}

/** `value` as a YAML scalar that reads back as that string: plain when it can be, else double-quoted. */
function yamlString(value: string): string {
  const parsed = parseYamlDocument(value);
  const root = parsed.root;
  const plain = parsed.syntaxErrors.length === 0 && isScalar(root) && root.value === value && !root.quoted;
  return plain ? value : JSON.stringify(value);
}

// --- snippets ------------------------------------------------------------------------------------------------

interface ServiceSnippet {
  /** A kind's name stays as it is (`Service (NodePort)`); prose goes through l10n. */
  readonly label: (l10n: Localizer) => string;
  readonly detail: (l10n: Localizer) => string;
  /** Where the documentation's first sentence comes from: a value doc key, else a field doc key. */
  readonly docKey: string;
  /** LSP snippet syntax. */
  readonly body: string;
}

const PORT = (indent: string, name: number, port: number, target: number): string[] => [
  `${indent}- name: \${${name}:http}`,
  `${indent}  protocol: TCP`,
  `${indent}  port: \${${port}:80}`,
  `${indent}  targetPort: \${${target}:8080}`,
];

const HEADER = (name: string, kind: 'Service' | 'Endpoints' = 'Service'): string[] => [
  'apiVersion: v1',
  `kind: ${kind}`,
  'metadata:',
  `  name: \${1:${name}}`,
];

const SELECTOR = ['  selector:', '    ${2:app}: ${3:my-app}'];

/** New-Service templates; each one expanded with its placeholders' defaults checks clean. */
/** A selector Service of `type` with one port; `after` are the lines the type adds after the port. */
function serviceOfType(type: string, ...after: string[]): string {
  return [...HEADER('my-service'), 'spec:', `  type: ${type}`, ...SELECTOR, '  ports:', ...PORT('    ', 4, 5, 6), ...after].join('\n');
}

const SERVICE_SNIPPETS: readonly ServiceSnippet[] = [
  {
    label: () => 'Service (ClusterIP)',
    detail: (l10n) => l10n.t('kube-svc: a Service reachable inside the cluster'),
    docKey: 'Service:spec.type=ClusterIP',
    body: serviceOfType('ClusterIP'),
  },
  {
    label: () => 'Service (NodePort)',
    detail: (l10n) => l10n.t('kube-svc: a Service opened on a port of every node'),
    docKey: 'Service:spec.type=NodePort',
    body: serviceOfType('NodePort', '      nodePort: ${7:30080}'),
  },
  {
    label: () => 'Service (LoadBalancer)',
    detail: (l10n) => l10n.t('kube-svc: a Service behind a cloud load balancer'),
    docKey: 'Service:spec.type=LoadBalancer',
    body: serviceOfType('LoadBalancer', '  externalTrafficPolicy: ${7:Cluster}'),
  },
  {
    label: (l10n) => l10n.t('Service (headless)'),
    detail: (l10n) => l10n.t('kube-svc: DNS records for each Pod, no cluster IP'),
    docKey: 'Service:spec.clusterIP=None',
    body: [...HEADER('my-service'), 'spec:', '  clusterIP: None', ...SELECTOR, '  ports:', ...PORT('    ', 4, 5, 6)].join('\n'),
  },
  {
    label: () => 'Service (ExternalName)',
    detail: (l10n) => l10n.t('kube-svc: a DNS alias (CNAME) for an outside host'),
    docKey: 'Service:spec.type=ExternalName',
    body: [...HEADER('my-database'), 'spec:', '  type: ExternalName', '  externalName: ${2:db.example.com}'].join('\n'),
  },
  {
    label: (l10n) => l10n.t('Service without selector + Endpoints'),
    detail: (l10n) => l10n.t('kube-svc: a Service whose backends you list yourself'),
    docKey: 'Endpoints:subsets',
    body: [
      ...HEADER('my-external'),
      'spec:',
      '  ports:',
      ...PORT('    ', 2, 3, 4),
      '---',
      ...HEADER('my-external', 'Endpoints'),
      'subsets:',
      '  - addresses:',
      '      - ip: ${5:192.0.2.10}',
      '    ports:',
      '      - name: ${2:http}',
      '        protocol: TCP',
      '        port: ${4:8080}',
    ].join('\n'),
  },
];

/** A snippet body with every placeholder replaced by its default and tab stops removed. */
function expandSnippet(body: string): string {
  let out = body;
  // Innermost first, so that nested placeholders expand too.
  for (let previous = ''; previous !== out; ) {
    previous = out;
    out = out.replace(/\$\{\d+:([^${}]*)\}/g, '$1');
  }
  return out.replace(/\$\{\d+\}|\$\d+/g, '');
}

function snippetCompletions(l10n: Localizer, range: Range): CompletionModel[] {
  return SERVICE_SNIPPETS.map((snippet) => {
    const doc = valueDocs(l10n)[snippet.docKey] ?? fieldDocs(l10n)[snippet.docKey];
    const preview = `\`\`\`yaml\n${expandSnippet(snippet.body)}\n\`\`\``;
    return {
      label: snippet.label(l10n),
      kind: 'snippet',
      detail: snippet.detail(l10n),
      documentation: doc ? `${doc.summary}\n\n${preview}` : preview,
      insertText: snippet.body,
      snippet: true,
      range,
    };
  });
}
