import { applyEdits } from '../fixes/yaml-edits';
import type { SpanEdit } from '../fixes/yaml-edits';
import type { Span } from '../parse/located-node';
import { sharedSpans } from '../parse/shared-spans';
import { splitDocuments } from '../parse/split-documents';
import type { RuleProblem } from '../rules/rule-problem';
import type { CheckSettings } from '../settings';
import type { DocumentAnalysis } from '../documents/analyse-document';
import { documentFileProblems, messageOf } from '../documents/check-file';
import type { FileChecker, Located } from '../documents/check-file';

/** What checking a fix needs: a checker whose cache the edited documents go into, and the settings when known. */
export interface FixCheckEnv {
  readonly checker: FileChecker;
  /** With settings, the allocator's checks (node-port range) count too, and rules set to `off` do not. */
  readonly settings?: CheckSettings | undefined;
}

/**
 * Whether edits on one `---` document leave it sound, so that they may be offered: the edited text is still one
 * document that parses without a YAML error, no edit touches text that aliases share, every alias keeps the
 * anchor it used, each problem in `resolves` is gone, and no finding appears that the document did not have and
 * that lies within the text the edits wrote (a finding elsewhere is one the fix uncovered, such as the timeout a
 * `clientip` → `ClientIP` fix makes checked).
 * Only the edited document is re-checked; `env.checker` caches its analysis by text, so that checking the fixed
 * file reuses it.
 */
export function editsAreSound(
  located: Located,
  edits: readonly SpanEdit[],
  resolves: readonly RuleProblem[],
  env: FixCheckEnv,
): boolean {
  const before = located.analysis;
  if (touchesSharedText(before, edits)) return false;
  const text = applyEdits(before.text, edits);
  if (text === before.text || !staysOneDocument(before.text, text)) return false;
  const after = env.checker.document(text);
  return keepsYaml(before, after) && onlyResolves(before, after, edits, resolves, env.settings);
}

/** The edited document still reads as YAML, and every alias in it uses an anchor definition it used before. */
function keepsYaml(before: DocumentAnalysis, after: DocumentAnalysis): boolean {
  if (after.templated || after.parsed.syntaxErrors.length > 0) return false;
  return keepsAnchors(before.parsed.aliases, after.parsed.aliases);
}

/** Each problem of `resolves` is gone, and no new finding lies within the text the edits wrote. */
function onlyResolves(
  before: DocumentAnalysis,
  after: DocumentAnalysis,
  edits: readonly SpanEdit[],
  resolves: readonly RuleProblem[],
  settings: CheckSettings | undefined,
): boolean {
  const was = countByKey(findingsOf(before, settings));
  const now = findingsOf(after, settings);
  const nowCount = countByKey(now);
  if (!resolvesAll(resolves, was, nowCount)) return false;
  const written = writtenSpans(edits);
  const isNew = (problem: RuleProblem): boolean => (nowCount.get(keyOf(problem)) ?? 0) > (was.get(keyOf(problem)) ?? 0);
  return !now.some((problem) => isNew(problem) && liesIn(problem.problem.span, written));
}

/**
 * An edit inside text that aliases share (an anchored node that is used elsewhere, or a pair a merge key brings
 * into another map) changes every place that uses it, and what is right for one use may be wrong for another:
 * quoting `&a 7077` for a label would also make the port that aliases it a name.
 */
function touchesSharedText(analysis: DocumentAnalysis, edits: readonly SpanEdit[]): boolean {
  if (analysis.parsed.aliases.length === 0) return false;
  const shared = sharedSpans(analysis.parsed);
  return edits.some((edit) => shared.some((span) => overlaps(edit.span, span)));
}

/** An edit meets a span when it changes a character of it or inserts inside it (not at its very end). */
function overlaps(edit: Span, span: Span): boolean {
  if (edit.start === edit.end) return span.start <= edit.start && edit.start < span.end;
  return edit.start < span.end && span.start < edit.end;
}

/** A document edited must not split in two (a written `---`) nor lose the line break the next `---` follows. */
function staysOneDocument(before: string, after: string): boolean {
  if (endsWithBreak(before) && !endsWithBreak(after)) return false;
  return splitDocuments(after).length <= 1;
}

function endsWithBreak(text: string): boolean {
  return text.endsWith('\n') || text.endsWith('\r');
}

/** Every alias left uses an anchor definition an alias used before, no more often (a removed alias is fine). */
function keepsAnchors(before: readonly string[], after: readonly string[]): boolean {
  if (after.length === 0) return true;
  const left = countOf(before);
  for (const binding of after) {
    const n = left.get(binding) ?? 0;
    if (n === 0) return false;
    left.set(binding, n - 1);
  }
  return true;
}

/** The document's findings as the user would see them: its own rules', and the allocator's over it alone. */
function findingsOf(analysis: DocumentAnalysis, settings: CheckSettings | undefined): RuleProblem[] {
  if (!settings) return [...analysis.problems];
  const on = (p: RuleProblem): boolean => (settings.rules[p.ruleId] ?? p.severity) !== 'off';
  return [...analysis.problems, ...documentFileProblems(analysis, settings)].filter(on);
}

/** Each problem meant to be fixed is gone: its finding is now less frequent by at least as many as were fixed. */
function resolvesAll(resolves: readonly RuleProblem[], was: Map<string, number>, now: Map<string, number>): boolean {
  const fixed = countOf(resolves.map(keyOf).filter((key) => was.has(key)));
  for (const [key, n] of fixed) if ((now.get(key) ?? 0) > (was.get(key) ?? 0) - n) return false;
  return true;
}

/** A finding as the user reads it, without its position (which edits shift). */
function keyOf(problem: RuleProblem): string {
  return `${problem.ruleId}\u0000${messageOf(problem.problem)}`;
}

function countByKey(problems: readonly RuleProblem[]): Map<string, number> {
  return countOf(problems.map(keyOf));
}

function countOf(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** Where the edits' new text lies in the edited text (edits as `applyEdits` takes them). */
function writtenSpans(edits: readonly SpanEdit[]): Span[] {
  const ordered = edits
    .map((edit, index) => ({ edit, index }))
    .sort((a, b) => a.edit.span.start - b.edit.span.start || a.edit.span.end - b.edit.span.end || a.index - b.index);
  const spans: Span[] = [];
  let shift = 0;
  for (const { edit } of ordered) {
    const start = edit.span.start + shift;
    spans.push({ start, end: start + edit.newText.length });
    shift += edit.newText.length - (edit.span.end - edit.span.start);
  }
  return spans;
}

/** The finding is about written text: it lies within it (one about more, such as the map holding it, does not). */
function liesIn(span: Span, written: readonly Span[]): boolean {
  return written.some((w) => w.start <= span.start && span.end <= w.end && span.start < w.end);
}
