import { fixesFor } from './fix-providers';
import type { Fix } from '../fixes/fix';
import { applyEdits, editsOverlap, sameEdit } from '../fixes/yaml-edits';
import type { SpanEdit } from '../fixes/yaml-edits';
import type { K8sObject } from '../model/k8s-object';
import { LineIndex } from '../parse/line-index';
import type { Position, Range } from '../parse/line-index';
import type { Span } from '../parse/located-node';
import type { CheckSettings } from '../settings';
import { FileChecker } from '../documents/check-file';
import type { Located, LocatedProblem } from '../documents/check-file';
import { editsAreSound } from './fix-check';
import type { FixCheckEnv } from './fix-check';

/** The code action kind of "fix all" (a sub-kind of `source.fixAll`, so `editor.codeActionsOnSave` can ask for it). */
export const FIX_ALL_KIND = 'source.fixAll.kube-svc';

export type CodeActionKindModel = 'quickfix' | typeof FIX_ALL_KIND;

export interface CodeActionEdit {
  readonly range: Range;
  readonly newText: string;
}

/** A code action in file coordinates, for the LSP server to turn into a `CodeAction` with a `WorkspaceEdit`. */
export interface CodeActionModel {
  readonly title: string;
  readonly kind: CodeActionKindModel;
  /** The diagnostic it resolves (its `code` and `range`), for a quick fix. */
  readonly diagnostic?: { readonly code: string; readonly range: Range };
  readonly preferred: boolean;
  readonly edits: readonly CodeActionEdit[];
}

/** A rule's problem with the document it is in, as `FileChecker.ruleProblems` returns it. */
export type LocatedRuleProblem = LocatedProblem;

/** The rounds fix-all runs at most: a fix may uncover a problem another safe fix resolves (`clientip` → timeout). */
const MAX_FIX_ALL_ROUNDS = 8;

export const FIX_ALL_TITLE = 'Fix all kube-svc problems that have a safe fix';

/**
 * What checking fixes may reuse: the settings the problems were found with (then the allocator's checks and rules
 * set to `off` count as they do for the user), and a checker whose cache the fixed documents go into.
 */
export interface FixOptions {
  readonly settings?: CheckSettings;
  readonly checker?: FileChecker;
}

/**
 * The quick fixes for the problems whose range touches `range` (the caret or selection), one action per fix, each
 * tied to its diagnostic. The same fix offered for several diagnostics ("Name every port") is listed once. A fix
 * whose edits would not leave its document sound (see `editsAreSound`) is not offered.
 */
export function quickFixes(
  problems: readonly LocatedRuleProblem[],
  range: Range,
  options: FixOptions = {},
): CodeActionModel[] {
  const env: FixCheckEnv = { checker: options.checker ?? new FileChecker(), settings: options.settings };
  const actions: CodeActionModel[] = [];
  const seen = new Set<string>();
  for (const problem of problems) {
    const { chunk, analysis } = problem.located;
    const diagnosticRange = analysis.lines.range(problem.problem.span, chunk.line);
    if (!touches(diagnosticRange, range)) continue;
    const siblings = problems.filter((other) => other.located === problem.located && other !== problem);
    for (const fix of fixesOf(problem, env, siblings)) {
      const edits = fix.edits.map((edit) => ({
        range: analysis.lines.range(edit.span, chunk.line),
        newText: edit.newText,
      }));
      const key = JSON.stringify([fix.title, edits]);
      if (seen.has(key)) continue;
      seen.add(key);
      actions.push({
        title: fix.title,
        kind: 'quickfix',
        diagnostic: { code: problem.ruleId, range: diagnosticRange },
        preferred: fix.preferred,
        edits,
      });
    }
  }
  return actions;
}

/**
 * "Fix all": one action whose edits apply every safe fix of the file, or none when there is nothing to fix. The
 * result re-checks clean for every rule it fixed, and fix-all on it finds nothing more to do. `checker` may be
 * the one that checks the file, so that its cached documents are reused.
 */
export function fixAll(text: string, settings: CheckSettings, checker?: FileChecker): CodeActionModel[] {
  const edits = fixAllEdits(text, settings, checker);
  if (edits.length === 0) return [];
  const lines = new LineIndex(text);
  return [
    {
      title: FIX_ALL_TITLE,
      kind: FIX_ALL_KIND,
      preferred: false,
      edits: edits.map((edit) => ({ range: lines.range(edit.span), newText: edit.newText })),
    },
  ];
}

/** The text after fix-all, for the CLI and tests. */
export function fixAllText(text: string, settings: CheckSettings, checker?: FileChecker): string {
  return applyEdits(text, fixAllEdits(text, settings, checker));
}

/**
 * The edits of fix-all as offsets into the whole file, disjoint and sorted. Each round applies every safe fix once
 * (an edit that overlaps one already taken waits for the next round, as does a problem a fix uncovers), re-checks,
 * and goes on until no safe fix is left; the rounds' edits are then composed into edits on the original text.
 * Every round's edits of a document are checked as quick fixes are (`editsAreSound`) before they are taken.
 */
export function fixAllEdits(text: string, settings: CheckSettings, checker = new FileChecker()): SpanEdit[] {
  const env: FixCheckEnv = { checker, settings };
  let state: Composed = { edits: [], text };
  for (let round = 0; round < MAX_FIX_ALL_ROUNDS; round++) {
    const edits = roundEdits(checker.ruleProblems(state.text, settings), env);
    if (edits.length === 0) break;
    state = compose(state, edits);
  }
  return minimal(text, state.edits);
}

/**
 * The fixes of one problem that may be offered, the preferred one first: those whose edits leave the document
 * sound (`editsAreSound`: it still parses, keeps its anchors, the problem is gone and no finding of the fix's own
 * appears), alone or together with the safe fixes of the `siblings` (the other problems of its document), as
 * fix-all would apply them: `externalTrafficPolicy: local` → `Local` is right only once `type: nodeport` is
 * `NodePort`.
 */
export function fixesOf(
  problem: LocatedRuleProblem,
  env: FixCheckEnv = { checker: new FileChecker() },
  siblings: readonly LocatedRuleProblem[] = [],
): Fix[] {
  const sound = (fix: Fix): boolean =>
    editsAreSound(problem.located, fix.edits, [problem], env) || soundWithSiblings(problem, fix, siblings, env);
  return candidateFixesOf(problem).filter(sound);
}

/** The fix with the first safe fix of each sibling problem that does not overlap it, checked together. */
function soundWithSiblings(
  problem: LocatedRuleProblem,
  fix: Fix,
  siblings: readonly LocatedRuleProblem[],
  env: FixCheckEnv,
): boolean {
  const clear = (edits: readonly SpanEdit[]): boolean =>
    !edits.some((edit) => fix.edits.some((own) => editsOverlap(own, edit)));
  const others = pickSafeFixes(siblings, clear);
  if (others.edits.length === 0) return false;
  return editsAreSound(problem.located, [...fix.edits, ...others.edits], [problem, ...others.resolves], env);
}

/** The fixes the rule's provider proposes for one problem, with the object it is in; the preferred one first. */
function candidateFixesOf(problem: LocatedRuleProblem): Fix[] {
  const { analysis } = problem.located;
  const object = objectAt(analysis.objects, problem.problem.span);
  if (!object) return [];
  const fixes = fixesFor(problem.ruleId, { text: analysis.text, object, problem: problem.problem });
  return [...fixes].sort((a, b) => Number(b.preferred) - Number(a.preferred));
}

/** The innermost object whose text holds the span (a `kind: List` document holds several). */
function objectAt(objects: readonly K8sObject[], span: Span): K8sObject | undefined {
  let best: K8sObject | undefined;
  for (const object of objects) {
    const root = object.root.span;
    if (root.start > span.start || span.end > root.end) continue;
    if (!best || root.end - root.start < best.root.span.end - best.root.span.start) best = object;
  }
  return best ?? (objects.length === 1 ? objects[0] : undefined);
}

/** One round of fix-all, in file offsets: each document's safe fixes (fixes edit the document of their problem). */
function roundEdits(problems: readonly LocatedRuleProblem[], env: FixCheckEnv): SpanEdit[] {
  const byDocument = new Map<Located, LocatedRuleProblem[]>();
  for (const problem of problems) {
    const list = byDocument.get(problem.located);
    if (list) list.push(problem);
    else byDocument.set(problem.located, [problem]);
  }
  const edits: SpanEdit[] = [];
  for (const [located, list] of byDocument) {
    for (const edit of documentRoundEdits(located, list, env)) edits.push(shift(edit, located.chunk.offset));
  }
  return edits;
}

/**
 * One safe fix per problem of one document, in document offsets. All together when they leave the document sound
 * (one re-check), else taken one at a time, each checked with those taken before it.
 */
function documentRoundEdits(located: Located, problems: readonly LocatedRuleProblem[], env: FixCheckEnv): SpanEdit[] {
  const together = pickSafeFixes(problems, () => true);
  if (together.edits.length === 0) return [];
  if (editsAreSound(located, together.edits, together.resolves, env)) return together.edits;
  return pickSafeFixes(problems, (edits, resolves) => editsAreSound(located, edits, resolves, env)).edits;
}

interface Picked {
  readonly edits: SpanEdit[];
  readonly resolves: LocatedRuleProblem[];
}

/**
 * The first safe fix of each problem that `accept`s (with the fixes taken before it); a fix whose edit overlaps a
 * taken one (not the same edit) waits for the next round.
 */
function pickSafeFixes(
  problems: readonly LocatedRuleProblem[],
  accept: (edits: readonly SpanEdit[], resolves: readonly LocatedRuleProblem[]) => boolean,
): Picked {
  const picked: Picked = { edits: [], resolves: [] };
  for (const problem of problems) {
    for (const fix of candidateFixesOf(problem)) {
      if (!fix.safe) continue;
      const fresh = fix.edits.filter(
        (edit, i) =>
          !picked.edits.some((t) => sameEdit(t, edit)) && !fix.edits.slice(0, i).some((e) => sameEdit(e, edit)),
      );
      if (fresh.some((edit) => picked.edits.some((t) => editsOverlap(t, edit)))) continue;
      if (fresh.length > 0 && !accept([...picked.edits, ...fresh], [...picked.resolves, problem])) continue;
      picked.edits.push(...fresh);
      if (fresh.length > 0) picked.resolves.push(problem);
      break;
    }
  }
  return picked;
}

function shift(edit: SpanEdit, offset: number): SpanEdit {
  return { span: { start: edit.span.start + offset, end: edit.span.end + offset }, newText: edit.newText };
}

/** Edits on an original text (sorted, disjoint) and the text they give. */
interface Composed {
  readonly edits: readonly SpanEdit[];
  readonly text: string;
}

/** Adds edits made on `state.text` to `state.edits`, so that they stay edits on the original text. */
function compose(state: Composed, next: readonly SpanEdit[]): Composed {
  const ordered = [...next].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
  let edits = [...state.edits];
  let text = state.text;
  for (const edit of ordered) {
    edits = composeOne(edits, text, edit);
    text = text.slice(0, edit.span.start) + edit.newText + text.slice(edit.span.end);
  }
  return { edits, text };
}

/**
 * `base` turns the original into `current`; `edit` is on `current`. Returns edits on the original giving the text
 * after `edit`: an edit clear of every base edit is mapped back by the length changes before it; one that touches
 * base edits is merged with them into a single edit.
 */
function composeOne(base: readonly SpanEdit[], current: string, edit: SpanEdit): SpanEdit[] {
  let delta = 0;
  const placed = base.map((b) => {
    const start = b.span.start + delta;
    const before = delta;
    delta += b.newText.length - (b.span.end - b.span.start);
    return { edit: b, start, end: start + b.newText.length, before, after: delta };
  });
  const touching = placed.filter((p) => p.start <= edit.span.end && edit.span.start <= p.end);
  if (touching.length === 0) {
    const shiftBefore = placed.filter((p) => p.end < edit.span.start).reduce((_, p) => p.after, 0);
    const mapped: SpanEdit = {
      span: { start: edit.span.start - shiftBefore, end: edit.span.end - shiftBefore },
      newText: edit.newText,
    };
    return [...base, mapped].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  }
  const first = touching[0];
  const last = touching[touching.length - 1];
  const from = Math.min(edit.span.start, first.start);
  const to = Math.max(edit.span.end, last.end);
  const start = edit.span.start < first.start ? edit.span.start - first.before : first.edit.span.start;
  const end = edit.span.end > last.end ? edit.span.end - last.after : last.edit.span.end;
  const merged: SpanEdit = {
    span: { start, end },
    newText: current.slice(from, edit.span.start) + edit.newText + current.slice(edit.span.end, to),
  };
  return [...base.filter((b) => !touching.some((t) => t.edit === b)), merged].sort(
    (a, b) => a.span.start - b.span.start || a.span.end - b.span.end,
  );
}

/** Leaves out edits that change nothing (a later round may have undone an earlier one). */
function minimal(original: string, edits: readonly SpanEdit[]): SpanEdit[] {
  return edits.filter((edit) => original.slice(edit.span.start, edit.span.end) !== edit.newText);
}

function touches(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start);
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}
