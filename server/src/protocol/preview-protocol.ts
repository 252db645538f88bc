/**
 * The `kubeSvc/preview` request, shared by the language server and the VS Code client (which imports this file by
 * relative path). Types and method names only: nothing here may pull code into either bundle.
 *
 * The model's types are the core's (`core/features/preview-model.ts`, which imports nothing): re-exported here, so the
 * client keeps one module to import and the core does not import the protocol.
 */
import type { PreviewPosition } from '../core/features/preview-model';

export type {
  AddressGroup,
  AddressKind,
  LabelPair,
  PortPreview,
  PortStatus,
  PortTarget,
  PreviewAddress,
  PreviewBacking,
  PreviewFix,
  PreviewLabels,
  PreviewModel,
  PreviewPosition,
  PreviewRange,
  PreviewTextEdit,
  PreviewWarning,
  ServicePreview,
  WorkloadPreview,
} from '../core/features/preview-model';

/** Request: `PreviewParams` → `PreviewModel`. */
export const PREVIEW_REQUEST = 'kubeSvc/preview';

/**
 * Notification from the server after the workspace index or the settings changed (coalesced): a preview on screen
 * asks for its model again. Its params are an empty object, by name: vscode-languageserver's `sendNotification`
 * always passes one argument, so a notification declared without params arrives as `[null]`, and the client's
 * vscode-jsonrpc logged "defines 0 params but received 1 arguments" as an error on every refresh.
 */
export const PREVIEW_CHANGED_NOTIFICATION = 'kubeSvc/previewChanged';

export type PreviewChangedParams = Record<string, never>;

export interface PreviewParams {
  /** The document, as the server knows it (an LSP document URI). */
  readonly uri: string;
  /** The Service at this position; every Service of the file when absent or not on a Service. */
  readonly position?: PreviewPosition;
}
