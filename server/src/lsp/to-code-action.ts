import { CodeActionKind } from 'vscode-languageserver';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import type { CodeActionAnswer } from '../core/language-service';

/** A code action that carries its edit itself, so any LSP editor can apply it without a command round-trip. */
export function toCodeAction(uri: string, answer: CodeActionAnswer<Diagnostic>): CodeAction {
  return {
    title: answer.title,
    kind: answer.kind === 'quickfix' ? CodeActionKind.QuickFix : answer.kind,
    isPreferred: answer.preferred || undefined,
    diagnostics: answer.resolves.length > 0 ? [...answer.resolves] : undefined,
    edit: { changes: { [uri]: answer.edits.map((e) => ({ range: e.range, newText: e.newText })) } },
  };
}
