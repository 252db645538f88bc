import type { Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Language } from '../docs/doc-types';
import type { FileChecker, LimitedFindings } from '../documents/check-file';
import { capFindings } from '../documents/diagnostic-cap';
import { fileTooLargeFinding, textOver, utf8Bytes } from '../documents/file-too-large';
import type { Finding } from '../documents/finding';
import { workspaceFindings } from '../features/workspace-findings';
import type { WorkspaceIndex } from '../index/workspace-index';
import type { CheckSettings } from '../settings';
import { toDiagnostic } from '../../lsp/to-diagnostic';
import type { ValidationWork } from '../../lsp/validation-queue';

/** What the diagnostics of open documents are computed from, read at each use. */
export interface DiagnosticsHost {
  document(uri: string): TextDocument | undefined;
  settings(): CheckSettings;
  language(): Language;
  checker(uri: string): FileChecker;
  index(): WorkspaceIndex;
  send(uri: string, version: number | undefined, diagnostics: Diagnostic[]): void;
  error(message: string): void;
}

interface PerFileFindings {
  readonly text: string;
  readonly settings: CheckSettings;
  readonly language: Language;
  readonly found: LimitedFindings;
}

/** What was last computed and published for one open document. */
interface DocumentState {
  /** The per-file findings and what they were computed from: a cross-resource refresh reuses them. */
  perFile?: PerFileFindings;
  /** The cross-resource findings last published (shared with the index's cache: compared by identity first). */
  cross: readonly Finding[];
  /** The version and the diagnostics (as JSON) last sent: the same ones are never sent again for that version. */
  sent?: { readonly version: number | undefined; readonly json: string };
}

/**
 * The diagnostics of the open documents. A document is checked from scratch when its text or the settings change;
 * when the workspace index changes, only the cross-resource findings of the other open documents are read again
 * (mostly from the index's cache) and a document is published only when they changed. A document's diagnostics
 * are capped at `kubeSvc.maxDiagnostics` with one note for the rest, and never sent twice the same for a version.
 */
export class DocumentDiagnostics implements ValidationWork {
  private readonly states = new Map<string, DocumentState>();

  constructor(private readonly host: DiagnosticsHost) {}

  validate(uri: string): void {
    const document = this.host.document(uri);
    if (!document) return;
    const state = this.stateOf(uri);
    try {
      this.check(uri, document, state);
    } catch (error) {
      // A bug must cost one file its diagnostics, never the server.
      this.host.error(`kube-svc: checking ${uri} failed: ${describe(error)}`);
      state.perFile = undefined;
      this.publish(uri, undefined, state, []);
    }
  }

  refreshCrossFindings(pending: (uri: string) => boolean): void {
    for (const [uri, state] of this.states) {
      const document = this.host.document(uri);
      // Not checked yet, over the size limit, or about to be checked from scratch: nothing to refresh.
      if (!document || !state.perFile || pending(uri)) continue;
      try {
        const { settings, language } = state.perFile;
        const cross = workspaceFindings(this.host.index(), uri, settings, language);
        if (sameFindings(cross, state.cross)) continue;
        state.cross = cross;
        this.publishFindings(uri, document.version, state);
      } catch (error) {
        this.host.error(`kube-svc: checking ${uri} against the workspace failed: ${describe(error)}`);
      }
    }
  }

  /** A closed document: its diagnostics are cleared. */
  closed(uri: string): void {
    this.states.delete(uri);
    this.host.send(uri, undefined, []);
  }

  private check(uri: string, document: TextDocument, state: DocumentState): void {
    const text = document.getText();
    const settings = this.host.settings();
    const language = this.host.language();
    if (textOver(text, settings.maxFileSize)) {
      // One note at the top, and nothing else: a file this large is data, and checking it would stall the editor.
      const note = fileTooLargeFinding(utf8Bytes(text), settings, language);
      state.perFile = undefined;
      state.cross = [];
      this.publish(uri, document.version, state, note ? [toDiagnostic(note)] : []);
      return;
    }
    const cached = state.perFile;
    const found =
      cached && cached.text === text && cached.settings === settings && cached.language === language
        ? cached.found
        : this.host.checker(uri).checkLimited(text, settings, language, settings.maxDiagnostics);
    state.perFile = { text, settings, language, found };
    state.cross = workspaceFindings(this.host.index(), uri, settings, language);
    this.publishFindings(uri, document.version, state);
  }

  private stateOf(uri: string): DocumentState {
    let state = this.states.get(uri);
    if (!state) this.states.set(uri, (state = { cross: [] }));
    return state;
  }

  private publishFindings(uri: string, version: number, state: DocumentState): void {
    const perFile = state.perFile;
    if (!perFile) return;
    const { findings, omitted } = perFile.found;
    const all = state.cross.length === 0 ? findings : [...findings, ...state.cross];
    const capped = capFindings(all, perFile.settings.maxDiagnostics, omitted, perFile.language);
    this.publish(uri, version, state, capped.map(toDiagnostic));
  }

  private publish(uri: string, version: number | undefined, state: DocumentState, diagnostics: Diagnostic[]): void {
    const json = JSON.stringify(diagnostics);
    if (state.sent && state.sent.version === version && state.sent.json === json) return;
    state.sent = { version, json };
    this.host.send(uri, version, diagnostics);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** The same findings in the same order: the index's cache hands out the same objects while nothing changed. */
function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
