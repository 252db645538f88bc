import { CodeActionKind, CodeActionTriggerKind } from 'vscode-languageserver/node';
import type { CodeAction, CodeActionContext, Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { FIX_ALL_KIND, fixAll, quickFixes } from '../features/code-actions';
import type { CodeActionModel } from '../features/code-actions';
import type { FileChecker, LocatedProblem } from '../documents/check-file';
import type { CheckSettings } from '../settings';
import { toCodeAction } from '../../lsp/to-code-action';

/** Fix-all of one version of a document, with the settings it was computed with. */
interface CachedFixAll {
  readonly version: number;
  readonly settings: CheckSettings;
  readonly models: CodeActionModel[];
}

/**
 * Answers `textDocument/codeAction`. The editor asks on every cursor move (the light bulb: no `only`, trigger
 * kind Automatic), so that answer has only the quick fixes at the cursor, from the document's cached problems;
 * fix-all is computed when it is asked for (`only` names it, or the user invoked the menu), once per document
 * version and settings, starting from the document's own parsed documents.
 */
export class CodeActionProvider {
  private readonly fixAllCache = new Map<string, CachedFixAll>();
  /** How many times fix-all was computed rather than reused, in this process (tests count it). */
  fixAllComputed = 0;

  actions(
    document: TextDocument,
    range: Range,
    context: CodeActionContext,
    settings: CheckSettings,
    checker: FileChecker,
  ): CodeAction[] {
    const text = document.getText();
    const only = context.only;
    const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
    const models: CodeActionModel[] = [];
    if (wants(CodeActionKind.QuickFix)) {
      // The document's own checker: a fix's edited document is parsed once to check it, and again not at all when
      // the fix is applied.
      models.push(...quickFixes(near(document, range, checker.ruleProblems(text, settings)), range, { settings, checker }));
    }
    // The light bulb shows quick fixes only: fix-all is a source action, listed when asked for.
    const lightBulb = !only && context.triggerKind === CodeActionTriggerKind.Automatic;
    if (wants(FIX_ALL_KIND) && !lightBulb) models.push(...this.fixAllOf(document, settings, checker));
    return models.map((model) => toCodeAction(document.uri, model, context.diagnostics));
  }

  /** A closed document: its cached fix-all goes. */
  forget(uri: string): void {
    this.fixAllCache.delete(uri);
  }

  private fixAllOf(document: TextDocument, settings: CheckSettings, checker: FileChecker): CodeActionModel[] {
    const cached = this.fixAllCache.get(document.uri);
    if (cached && cached.version === document.version && cached.settings === settings) return cached.models;
    this.fixAllComputed++;
    // A fork: fix-all's rounds check texts with fixes applied without moving the document's checker off its text.
    const models = fixAll(document.getText(), settings, checker.fork());
    this.fixAllCache.set(document.uri, { version: document.version, settings, models });
    return models;
  }
}

/**
 * The problems on the lines of `range` and the line either side: a superset of those `quickFixes` keeps (their
 * diagnostic range touches `range`), found by offsets alone, so a cursor move in a file with half a million
 * problems does not compute half a million ranges.
 */
function near(document: TextDocument, range: Range, problems: readonly LocatedProblem[]): LocatedProblem[] {
  const from = document.offsetAt({ line: Math.max(0, range.start.line - 1), character: 0 });
  const to = document.offsetAt({ line: range.end.line + 2, character: 0 });
  return problems.filter((p) => {
    const offset = p.located.chunk.offset;
    return offset + p.problem.span.start <= to && offset + p.problem.span.end >= from;
  });
}
