import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { PreviewModel } from '../../../server/src/protocol/preview-protocol';
import { PreviewPanel } from './preview-panel';

/** The command palette's "kube-svc: Preview Service", and what the "Preview endpoints" code lens runs. */
export const PREVIEW_COMMAND = 'kubeSvc.preview';

/**
 * Registers `kubeSvc.preview`. Without arguments it previews the Service at the cursor of the active YAML editor;
 * the code lens passes the document's URI (a string, as the server knows it) and the Service's position. The
 * command resolves with the model the page rendered, which the end-to-end tests read.
 */
export function registerPreview(context: vscode.ExtensionContext, client: LanguageClient): vscode.Disposable {
  const panel = new PreviewPanel(context.extensionUri, client);
  const command = vscode.commands.registerCommand(
    PREVIEW_COMMAND,
    async (uriArg?: unknown, positionArg?: unknown): Promise<PreviewModel | undefined> => {
      const target = targetOf(client, uriArg, positionArg);
      if (!target) {
        void vscode.window.showInformationMessage(vscode.l10n.t('kube-svc: open a YAML file with a Kubernetes Service to preview it.'));
        return undefined;
      }
      return panel.show(target.uri, target.position);
    },
  );
  return vscode.Disposable.from(command, panel);
}

function targetOf(
  client: LanguageClient,
  uriArg: unknown,
  positionArg: unknown,
): { uri: vscode.Uri; position: vscode.Position | undefined } | undefined {
  const uri =
    uriArg instanceof vscode.Uri ? uriArg : typeof uriArg === 'string' ? client.protocol2CodeConverter.asUri(uriArg) : undefined;
  if (uri) return { uri, position: positionOf(positionArg) };
  const editor =
    vscode.window.activeTextEditor ?? vscode.window.visibleTextEditors.find((e) => e.document.languageId === 'yaml');
  if (!editor || editor.document.languageId !== 'yaml') return undefined;
  return { uri: editor.document.uri, position: editor.selection.active };
}

function positionOf(raw: unknown): vscode.Position | undefined {
  if (raw instanceof vscode.Position) return raw;
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { line, character } = raw as Record<string, unknown>;
  return Number.isSafeInteger(line) && Number.isSafeInteger(character) && (line as number) >= 0 && (character as number) >= 0
    ? new vscode.Position(line as number, character as number)
    : undefined;
}
