import type { Diagnostic } from 'vscode-languageserver/node';
import type { DocumentDiagnosticsAnswer, LanguageService } from '../core/language-service';
import { toDiagnostic } from './to-diagnostic';
import type { ValidationWork } from './validation-queue';

/** Sends one document's diagnostics to the client (`textDocument/publishDiagnostics`). */
export type SendDiagnostics = (uri: string, version: number | undefined, diagnostics: Diagnostic[]) => void;

/**
 * Publishes the open documents' diagnostics as the language service computes them, when the validation queue
 * runs: never the same ones twice for a version.
 */
export class DiagnosticsPublisher implements ValidationWork {
  /** The version and the diagnostics (as JSON) last sent for each open document. */
  private readonly sent = new Map<string, { readonly version: number | undefined; readonly json: string }>();

  constructor(
    private readonly service: () => LanguageService,
    private readonly send: SendDiagnostics,
  ) {}

  validate(uri: string): void {
    const answer = this.service().diagnostics(uri);
    if (answer) this.publish(answer);
  }

  refreshCrossFindings(pending: (uri: string) => boolean): void {
    for (const answer of this.service().changedDiagnostics(pending)) this.publish(answer);
  }

  /** A closed document: its diagnostics are cleared. */
  closed(uri: string): void {
    this.sent.delete(uri);
    this.send(uri, undefined, []);
  }

  private publish({ uri, version, findings }: DocumentDiagnosticsAnswer): void {
    const diagnostics = findings.map(toDiagnostic);
    const json = JSON.stringify(diagnostics);
    const sent = this.sent.get(uri);
    if (sent && sent.version === version && sent.json === json) return;
    this.sent.set(uri, { version, json });
    this.send(uri, version, diagnostics);
  }
}
