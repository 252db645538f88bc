import type { Located } from '../documents/check-file';
import { metadataOf } from '../model/object-meta';
import type { Range } from '../parse/line-index';
import { splitLines } from '../parse/line-index';
import { get, isMap, isScalar, pairOf } from '../parse/located-node';
import type { LNode, Span } from '../parse/located-node';
import { IGNORE, IGNORE_ANNOTATION, IGNORE_NEXT_LINE } from './texts';

/** A rule id as written in a suppression, and where. */
export interface NamedId {
  readonly id: string;
  readonly range: Range;
}

/**
 * One suppression: a `# kube-svc-ignore` comment (its own line), a `# kube-svc-ignore-next-line` comment (the next
 * line that is not only a comment, so several stack above one line) or a `kube-svc.io/ignore` annotation (every
 * line of its object). A finding is suppressed when it starts on a line from `fromLine` to `toLine` and its rule
 * is one of `ids`. All lines are the file's, 0-based.
 */
export interface SuppressionDirective {
  readonly fromLine: number;
  readonly toLine: number;
  readonly ids: readonly NamedId[];
  /** Where the suppression is written (the comment from its `#`, or the annotation's value). */
  readonly range: Range;
  readonly annotation: boolean;
  /** What follows the ids (`— the pods come from the operator`), for SARIF's justification. */
  readonly reason?: string;
}

/** `# kube-svc-ignore` or `# kube-svc-ignore-next-line` at a YAML comment's start (`#` at a line start or after a blank). */
const COMMENT = new RegExp(`(?:^|(?<=[ \\t]))#[ \\t]*(${IGNORE_NEXT_LINE}|${IGNORE})(?![\\w-])(.*)$`);
/** The ids after the directive: `a`, `a,b`, `a, b`; what follows is the reason. */
const IDS = /^[ \t]*([A-Za-z][\w.-]*(?:[ \t]*,[ \t]*[A-Za-z][\w.-]*)*)/;
const ID = /[A-Za-z][\w.-]*/g;
/** Separators written between the ids and the reason, left out of the reason. */
const REASON_LEAD = /^[\s—–:-]+/;

/** The suppressions of a file's documents; none is looked for in a document that never writes `kube-svc`. */
export function suppressionDirectives(located: readonly Located[]): SuppressionDirective[] {
  const found: SuppressionDirective[] = [];
  for (const document of located) {
    if (!document.chunk.text.includes('kube-svc') || document.analysis.templated) continue;
    found.push(...commentDirectives(document), ...annotationDirectives(document));
  }
  return found;
}

function commentDirectives({ chunk, analysis }: Located): SuppressionDirective[] {
  const lines = splitLines(chunk.text);
  const inScalar = quotedSpans(analysis.parsed.root);
  const found: SuppressionDirective[] = [];
  lines.forEach((text, i) => {
    const match = text.includes(IGNORE) ? COMMENT.exec(text) : null;
    if (!match) return;
    const offset = analysis.lines.offset({ line: i, character: match.index });
    if (inScalar.some((span) => span.start <= offset && offset < span.end)) return;
    const line = chunk.line + i;
    const afterDirective = match.index + match[0].length - match[2].length;
    const { ids, reason } = idsOf(match[2], line, afterDirective);
    const nextLine = match[1] === IGNORE_NEXT_LINE;
    const target = nextLine ? line + nextCodeLine(lines, i) : line;
    const range = { start: { line, character: match.index }, end: { line, character: text.length } };
    found.push({ fromLine: target, toLine: target, ids, range, annotation: false, ...(reason ? { reason } : {}) });
  });
  return found;
}

/** How many lines below line `i` the next line is that holds more than a comment (or is blank). */
function nextCodeLine(lines: readonly string[], i: number): number {
  let next = i + 1;
  while (next < lines.length && /^[ \t]*#/.test(lines[next])) next++;
  return next - i;
}

function idsOf(rest: string, line: number, column: number): { ids: NamedId[]; reason?: string } {
  const written = IDS.exec(rest);
  if (!written) return { ids: [], ...reasonOf(rest) };
  const ids = [...written[1].matchAll(ID)].map((m) => {
    const character = column + written.index + written[0].length - written[1].length + (m.index ?? 0);
    return { id: m[0], range: { start: { line, character }, end: { line, character: character + m[0].length } } };
  });
  return { ids, ...reasonOf(rest.slice(written[0].length)) };
}

function reasonOf(rest: string): { reason?: string } {
  const reason = rest.replace(REASON_LEAD, '').trim();
  return reason ? { reason } : {};
}

function annotationDirectives({ chunk, analysis }: Located): SuppressionDirective[] {
  const found: SuppressionDirective[] = [];
  for (const object of analysis.objects) {
    const annotations = get(metadataOf(object), 'annotations');
    const value = isMap(annotations) ? pairOf(annotations, IGNORE_ANNOTATION)?.value : undefined;
    if (!value) continue;
    const range = analysis.lines.range(value.span, chunk.line);
    const written = isScalar(value) && typeof value.value === 'string' ? value.value : '';
    const ids = written
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id !== '')
      .map((id) => ({ id, range }));
    const { start, end } = analysis.lines.range(object.root.span, chunk.line);
    // A map's span ends where its last value does, or at the start of the line after a block value.
    const toLine = end.character === 0 && end.line > start.line ? end.line - 1 : end.line;
    found.push({ fromLine: start.line, toLine, ids, range, annotation: true });
  }
  return found;
}

/** The spans of the quoted and block scalars of a document: a `#` inside one is text, not a comment. */
function quotedSpans(root: LNode | undefined): Span[] {
  const spans: Span[] = [];
  const visit = (node: LNode): void => {
    if (node.kind === 'scalar') {
      if (node.quoted) spans.push(node.span);
    } else if (node.kind === 'seq') node.items.forEach(visit);
    else for (const pair of node.pairs) visit(pair.value);
  };
  if (root) visit(root);
  return spans;
}
