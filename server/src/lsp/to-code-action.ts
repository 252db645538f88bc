import { CodeActionKind } from 'vscode-languageserver';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import type { CodeActionModel } from '../core/features/code-actions';

/** A code action that carries its edit itself, so any LSP editor can apply it without a command round-trip. */
export function toCodeAction(uri: string, model: CodeActionModel, diagnostics: readonly Diagnostic[]): CodeAction {
  const target = model.diagnostic;
  const resolves = target ? diagnostics.filter((d) => d.code === target.code && sameRange(d.range, target.range)) : [];
  return {
    title: model.title,
    kind: model.kind === 'quickfix' ? CodeActionKind.QuickFix : model.kind,
    isPreferred: model.preferred || undefined,
    diagnostics: resolves.length > 0 ? resolves : undefined,
    edit: { changes: { [uri]: model.edits.map((e) => ({ range: e.range, newText: e.newText })) } },
  };
}

function sameRange(a: Diagnostic['range'], b: Diagnostic['range']): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}
