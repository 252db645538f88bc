/**
 * What the language service needs from the program it runs in (the LSP server, the CLI, a test). The core reads no
 * file, starts no timer and asks nothing of the process: the host hands those in, so the core stays pure.
 */

/** Asked whether work may stop early: LSP's `CancellationToken` and the web's `AbortSignal` both fit. */
export type Cancellation = { readonly isCancellationRequested: boolean } | { readonly aborted: boolean };

export function isCancelled(cancellation: Cancellation | undefined): boolean {
  if (!cancellation) return false;
  return 'aborted' in cancellation ? cancellation.aborted : cancellation.isCancellationRequested;
}

/** Where the service says what it could not do (a file left out of the index, a request that failed). */
export interface Logger {
  warn(message: string): void;
  error(message: string): void;
}

/** The YAML files of the workspace folders, and the `files.exclude` patterns that could not be used, with why. */
export interface ListedFiles {
  readonly uris: readonly string[];
  readonly ignoredExcludes: readonly string[];
}

/** A file as read for the index: its text, or undefined when it is gone, unreadable or over the size limit. */
export interface ReadFile {
  readonly uri: string;
  readonly text: string | undefined;
}

/** The workspace's files where the host keeps them (the disk, for the language server). */
export interface WorkspaceFiles {
  /** The YAML files under the folders, as URIs, less those the `files.exclude` globs match. */
  list(folderUris: readonly string[], excludeGlobs: readonly string[], cancellation?: Cancellation): Promise<ListedFiles>;
  /**
   * The files' texts in the order given, a few read ahead of the one consumed; a file over `maxBytes` is never
   * read. Stops early once `cancellation` is cancelled.
   */
  readAll(uris: readonly string[], maxBytes: number, cancellation?: Cancellation): AsyncIterable<ReadFile>;
  /** One file's text; undefined when it is gone, unreadable, over `maxBytes` or not a file the host reads. */
  read(uri: string, maxBytes: number): Promise<string | undefined>;
}

export interface LanguageServiceHost {
  /** Without it the service holds only the texts it is given (open documents, `setFile`): the CLI's case. */
  readonly files?: WorkspaceFiles;
  readonly log?: Logger;
  /**
   * Resolves once the host's event loop has had a turn: a scan yields with it between slices, so requests are read
   * meanwhile, and a request looks at its cancellation again after it.
   */
  readonly nextTurn: () => Promise<void>;
  /** Whether memory is running short: a scan indexes no more files then (the index keeps every file's documents). */
  readonly memoryTight?: () => boolean;
}
