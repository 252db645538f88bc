import { CompletionItemKind, InsertTextFormat, MarkupKind } from 'vscode-languageserver';
import type { CompletionItem } from 'vscode-languageserver';
import type { CompletionModel } from '../core/language-service';

const KIND: Record<CompletionModel['kind'], CompletionItemKind> = {
  value: CompletionItemKind.EnumMember,
  key: CompletionItemKind.Property,
  snippet: CompletionItemKind.Snippet,
};

export function toCompletionItem(model: CompletionModel): CompletionItem {
  return {
    label: model.label,
    kind: KIND[model.kind],
    detail: model.detail,
    documentation: model.documentation ? { kind: MarkupKind.Markdown, value: model.documentation } : undefined,
    insertTextFormat: model.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    ...(model.range ? { textEdit: { range: model.range, newText: model.insertText } } : { insertText: model.insertText }),
  };
}
