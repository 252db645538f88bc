import { CodeLensRequest, LSPErrorCodes, NotificationType, RequestType, ResponseError } from 'vscode-languageserver/node';
import type { CodeLens, Connection, ServerCapabilities } from 'vscode-languageserver/node';
import type { LanguageService, PreviewPosition } from '../core/language-service';
import { PREVIEW_CHANGED_NOTIFICATION, PREVIEW_REQUEST } from '../protocol/preview-protocol';
import type { PreviewChangedParams, PreviewModel, PreviewParams } from '../protocol/preview-protocol';

export const PreviewRequest = new RequestType<PreviewParams, PreviewModel, void>(PREVIEW_REQUEST);
export const PreviewChangedNotification = new NotificationType<PreviewChangedParams>(PREVIEW_CHANGED_NOTIFICATION);

/** The client-side command the code lens runs (contributed by the VS Code extension). */
export const PREVIEW_COMMAND = 'kubeSvc.preview';

/** The server's part of the preview: the capability to merge into `initialize`'s result. */
export const PREVIEW_CAPABILITIES: ServerCapabilities = { codeLensProvider: { resolveProvider: false } };

/**
 * Answers `kubeSvc/preview`, puts a "Preview endpoints" code lens above each Service, and tells a client that has
 * asked for a preview when the index or the settings changed (`kubeSvc/previewChanged`, once per burst).
 */
export class PreviewService {
  private wanted = false;
  private pending: NodeJS.Immediate | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly service: () => LanguageService,
  ) {}

  listen(): void {
    this.connection.onRequest(PreviewRequest, async (params, token) => {
      this.wanted = true;
      const uri = typeof params?.uri === 'string' ? params.uri : '';
      const model = await this.service().preview(uri, positionOf(params?.position), token);
      if (!model) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'the preview request was cancelled');
      return model;
    });
    this.connection.onRequest(CodeLensRequest.type, async (params, token): Promise<CodeLens[]> => {
      const uri = params.textDocument.uri;
      const lenses = await this.service().previewLenses(uri, token);
      return lenses.map((lens) => ({
        range: lens.range,
        command: { title: lens.title, command: PREVIEW_COMMAND, arguments: [uri, lens.position] },
      }));
    });
  }

  /** The index or the settings changed: a preview on screen should ask again. */
  changed(): void {
    if (!this.wanted || this.pending) return;
    this.pending = setImmediate(() => {
      this.pending = undefined;
      void this.connection.sendNotification(PreviewChangedNotification, {});
    });
  }
}

function positionOf(raw: unknown): PreviewPosition | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { line, character } = raw as Record<string, unknown>;
  return Number.isInteger(line) && Number.isInteger(character)
    ? { line: line as number, character: character as number }
    : undefined;
}
