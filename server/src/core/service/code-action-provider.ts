import { FIX_ALL_KIND, fixAll, quickFixes } from '../features/code-actions';
import type { CodeActionModel } from '../features/code-actions';
import type { FileChecker, LocatedProblem } from '../documents/check-file';
import { ignoreActions } from '../features/ignore-actions';
import { RULE_IDS } from '../rules/rule-catalog';
import type { Position, Range } from '../parse/line-index';
import { ENGLISH } from '../l10n';
import type { Localizer } from '../l10n';
import type { CheckSettings } from '../settings';

/** LSP's `CodeActionTriggerKind`: asked for (a menu, a keybinding), or automatic (the light bulb on a cursor move). */
export const CODE_ACTION_TRIGGER = { invoked: 1, automatic: 2 } as const;
export type CodeActionTrigger = (typeof CODE_ACTION_TRIGGER)[keyof typeof CODE_ACTION_TRIGGER];

/** A diagnostic as the editor sends it back with a code action request: its rule id and where it is. */
export interface DiagnosticRef {
  readonly code?: string | number;
  readonly range: Range;
}

/** What the editor asks for (LSP's `CodeActionContext`): the diagnostics in the range, the kinds, the trigger. */
export interface CodeActionContext<D extends DiagnosticRef = DiagnosticRef> {
  readonly diagnostics: readonly D[];
  readonly only?: readonly string[];
  readonly triggerKind?: CodeActionTrigger;
}

/** A code action with the editor's diagnostics it resolves (those of its rule at its diagnostic's range). */
export interface CodeActionAnswer<D extends DiagnosticRef = DiagnosticRef> extends CodeActionModel {
  readonly resolves: readonly D[];
}

/** The document a code action request is about: its text and version, and offsets of positions as LSP counts them. */
export interface CodeActionDocument {
  readonly uri: string;
  readonly version: number;
  getText(): string;
  offsetAt(position: Position): number;
}

/** Fix-all of one version of a document, with the settings it was computed with. */
interface CachedFixAll {
  readonly version: number;
  readonly settings: CheckSettings;
  /** The title's language (a localizer is one object per language). */
  readonly l10n: Localizer;
  readonly models: CodeActionModel[];
}

/** The quick-fix kind, as LSP names it. */
const QUICK_FIX_KIND = 'quickfix';

/**
 * Answers code action requests. The editor asks on every cursor move (the light bulb: no `only`, trigger kind
 * automatic), so that answer has only the quick fixes at the cursor, from the document's cached problems;
 * fix-all is computed when it is asked for (`only` names it, or the user invoked the menu), once per document
 * version and settings, starting from the document's own parsed documents.
 */
export class CodeActionProvider {
  private readonly fixAllCache = new Map<string, CachedFixAll>();
  /** How many times fix-all was computed rather than reused, in this process (tests count it). */
  fixAllComputed = 0;

  actions<D extends DiagnosticRef>(
    document: CodeActionDocument,
    range: Range,
    context: CodeActionContext<D>,
    settings: CheckSettings,
    checker: FileChecker,
    l10n: Localizer = ENGLISH,
  ): CodeActionAnswer<D>[] {
    const text = document.getText();
    const only = context.only;
    const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
    const models: CodeActionModel[] = [];
    if (wants(QUICK_FIX_KIND)) {
      // The document's own checker: a fix's edited document is parsed once to check it, and again not at all when
      // the fix is applied.
      models.push(...quickFixes(near(document, range, checker.ruleProblems(text, settings)), range, { settings, checker, l10n }));
      models.push(...ignoreActions(text, context.diagnostics, RULE_IDS, l10n));
    }
    // The light bulb shows quick fixes only: fix-all is a source action, listed when asked for.
    const lightBulb = !only && context.triggerKind === CODE_ACTION_TRIGGER.automatic;
    if (wants(FIX_ALL_KIND) && !lightBulb) models.push(...this.fixAllOf(document, settings, checker, l10n));
    return models.map((model) => ({ ...model, resolves: resolvedBy(model, context.diagnostics) }));
  }

  /** The fix-all action of the document (none when nothing has a safe fix), cached per version, settings and language. */
  fixAllOf(document: CodeActionDocument, settings: CheckSettings, checker: FileChecker, l10n = ENGLISH): CodeActionModel[] {
    const cached = this.fixAllCache.get(document.uri);
    const same = cached?.version === document.version && cached.settings === settings && cached.l10n === l10n;
    if (cached && same) return cached.models;
    this.fixAllComputed++;
    // A fork: fix-all's rounds check texts with fixes applied without moving the document's checker off its text.
    const models = fixAll(document.getText(), settings, checker.fork(), l10n);
    this.fixAllCache.set(document.uri, { version: document.version, settings, l10n, models });
    return models;
  }

  /** A closed document: its cached fix-all goes. */
  forget(uri: string): void {
    this.fixAllCache.delete(uri);
  }
}

/** The editor's diagnostics a quick fix resolves: its rule's, at its diagnostic's range. */
function resolvedBy<D extends DiagnosticRef>(model: CodeActionModel, diagnostics: readonly D[]): D[] {
  const target = model.diagnostic;
  return target ? diagnostics.filter((d) => d.code === target.code && sameRange(d.range, target.range)) : [];
}

function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}

/**
 * The problems on the lines of `range` and the line either side: a superset of those `quickFixes` keeps (their
 * diagnostic range touches `range`), found by offsets alone, so a cursor move in a file with half a million
 * problems does not compute half a million ranges.
 */
function near(document: CodeActionDocument, range: Range, problems: readonly LocatedProblem[]): LocatedProblem[] {
  const from = document.offsetAt({ line: Math.max(0, range.start.line - 1), character: 0 });
  const to = document.offsetAt({ line: range.end.line + 2, character: 0 });
  return problems.filter((p) => {
    const offset = p.located.chunk.offset;
    return offset + p.problem.span.start <= to && offset + p.problem.span.end >= from;
  });
}
