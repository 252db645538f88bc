import type { Language } from '../l10n';
import type { FileChecker, LimitedFindings } from '../documents/check-file';
import { capFindings } from '../documents/diagnostic-cap';
import { fileTooLargeFinding, textOver, utf8Bytes } from '../documents/file-too-large';
import type { Finding } from '../documents/finding';
import { workspaceFindings } from '../features/workspace-findings';
import type { WorkspaceIndex } from '../index/workspace-index';
import type { CheckSettings } from '../settings';
import type { OpenDocument } from './open-document';

/** What the diagnostics of open documents are computed from, read at each use. */
export interface DiagnosticsHost {
  document(uri: string): OpenDocument | undefined;
  settings(): CheckSettings;
  language(): Language;
  checker(uri: string): FileChecker;
  index(): WorkspaceIndex;
  error(message: string): void;
}

/** The diagnostics to show for one open document, for the version they were computed on (none after a failure). */
export interface DocumentDiagnosticsAnswer {
  readonly uri: string;
  readonly version: number | undefined;
  readonly findings: readonly Finding[];
}

interface PerFileFindings {
  readonly text: string;
  readonly settings: CheckSettings;
  readonly language: Language;
  readonly found: LimitedFindings;
}

/** What was last computed for one open document. */
interface DocumentState {
  /** The per-file findings and what they were computed from: a cross-resource refresh reuses them. */
  perFile?: PerFileFindings;
  /** The cross-resource findings last given (shared with the index's cache: compared by identity first). */
  cross: readonly Finding[];
}

/**
 * The diagnostics of the open documents. A document is checked from scratch when its text or the settings change;
 * when the workspace index changes, only the cross-resource findings of the other open documents are read again
 * (mostly from the index's cache) and a document is answered again only when they changed. A document's
 * diagnostics are capped at `kubeSvc.maxDiagnostics` with one note for the rest.
 */
export class DocumentDiagnostics {
  private readonly states = new Map<string, DocumentState>();

  constructor(private readonly host: DiagnosticsHost) {}

  /** The document's diagnostics, checked from scratch unless its text and the settings are the same. */
  validate(uri: string): DocumentDiagnosticsAnswer | undefined {
    const document = this.host.document(uri);
    if (!document) return undefined;
    const state = this.stateOf(uri);
    try {
      return this.check(uri, document, state);
    } catch (error) {
      // A bug must cost one file its diagnostics, never the server.
      this.host.error(`kube-svc: checking ${uri} failed: ${describe(error)}`);
      state.perFile = undefined;
      return { uri, version: undefined, findings: [] };
    }
  }

  /**
   * The diagnostics of the checked documents whose cross-resource findings changed, after the index changed;
   * `pending` documents are about to be checked from scratch and are left alone.
   */
  refreshCrossFindings(pending: (uri: string) => boolean): DocumentDiagnosticsAnswer[] {
    const changed: DocumentDiagnosticsAnswer[] = [];
    for (const [uri, state] of this.states) {
      const document = this.host.document(uri);
      // Not checked yet, over the size limit, or about to be checked from scratch: nothing to refresh.
      if (!document || !state.perFile || pending(uri)) continue;
      try {
        const { settings, language } = state.perFile;
        const cross = workspaceFindings(this.host.index(), uri, settings, language);
        if (sameFindings(cross, state.cross)) continue;
        state.cross = cross;
        changed.push(this.answer(uri, document.version, state.perFile, state));
      } catch (error) {
        this.host.error(`kube-svc: checking ${uri} against the workspace failed: ${describe(error)}`);
      }
    }
    return changed;
  }

  /** A closed document: what was computed for it goes. */
  closed(uri: string): void {
    this.states.delete(uri);
  }

  private check(uri: string, document: OpenDocument, state: DocumentState): DocumentDiagnosticsAnswer {
    const text = document.getText();
    const settings = this.host.settings();
    const language = this.host.language();
    if (textOver(text, settings.maxFileSize)) {
      // One note at the top, and nothing else: a file this large is data, and checking it would stall the editor.
      const note = fileTooLargeFinding(utf8Bytes(text), settings, language);
      state.perFile = undefined;
      state.cross = [];
      return { uri, version: document.version, findings: note ? [note] : [] };
    }
    const cached = state.perFile;
    const found =
      cached && cached.text === text && cached.settings === settings && cached.language === language
        ? cached.found
        : this.host.checker(uri).checkLimited(text, settings, language, settings.maxDiagnostics);
    const perFile = { text, settings, language, found };
    state.perFile = perFile;
    state.cross = workspaceFindings(this.host.index(), uri, settings, language);
    return this.answer(uri, document.version, perFile, state);
  }

  private stateOf(uri: string): DocumentState {
    let state = this.states.get(uri);
    if (!state) this.states.set(uri, (state = { cross: [] }));
    return state;
  }

  private answer(uri: string, version: number, perFile: PerFileFindings, state: DocumentState): DocumentDiagnosticsAnswer {
    const { findings, omitted } = perFile.found;
    const all = state.cross.length === 0 ? findings : [...findings, ...state.cross];
    return { uri, version, findings: capFindings(all, perFile.settings.maxDiagnostics, omitted, perFile.language) };
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
