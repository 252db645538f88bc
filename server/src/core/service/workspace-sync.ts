import { FileChecker } from '../documents/check-file';
import { textOver } from '../documents/file-too-large';
import { isCancelled } from '../host';
import type { Cancellation, WorkspaceFiles } from '../host';
import { WorkspaceIndex } from '../index/workspace-index';
import { compileExcludes, isExcludedUri } from '../excludes';
import type { Excludes } from '../excludes';
import { DEFAULT_MAX_FILE_SIZE } from '../settings';

/**
 * Characters of `---` documents parsed between two turns of the event loop while a file is indexed: requests
 * (hover, completion, shutdown) wait for one slice at most, not for a file, let alone fifty.
 */
export const SLICE_CHARS = 32 * 1024;

const TOO_LARGE_FOR_MEMORY = "the workspace's YAML is too large for the server's memory";

/** After each file of a scan: how many are done, of how many. */
export type ScanProgressListener = (done: number, total: number) => void;

/** A file the host saw change outside the editors (a file watcher's event). */
export interface FileChange {
  readonly uri: string;
  readonly deleted: boolean;
}

/** How the sync reads files and yields: the host's services. */
export interface WorkspaceSyncHost {
  /** Without it nothing is read: only the texts given (open editors, {@link WorkspaceSync.loaded}) are indexed. */
  readonly files?: WorkspaceFiles;
  readonly nextTurn: () => Promise<void>;
  /** Whether memory is running short (the default of {@link WorkspaceSync.heapTight}). */
  readonly memoryTight?: () => boolean;
}

/**
 * Keeps the workspace index current: the YAML files of the workspace folders as the host reads them, file-watcher
 * events, and the open editors, whose text overrides the file on disk until they are closed.
 */
export class WorkspaceSync {
  readonly index: WorkspaceIndex;
  private readonly open = new Set<string>();
  /** Checkers of open documents the index does not hold (none today, but a failed setFile must not lose them). */
  private readonly loose = new Map<string, FileChecker>();
  /** `kubeSvc.exclude`: files at these paths of a workspace folder, on disk or open, stay out of the index. */
  private exclude: { readonly patterns: readonly string[]; readonly excludes: Excludes } = {
    patterns: [],
    excludes: compileExcludes([]),
  };
  /** The workspace folders of the last scan: what `kubeSvc.exclude`'s patterns are relative to. */
  private folderUris: readonly string[] = [];
  /** `kubeSvc.maxFileSize`: larger files, on disk or open, stay out of the index. */
  maxFileSize = DEFAULT_MAX_FILE_SIZE;
  /** Asked before each file of a scan: when true, the scan indexes no more files (tests replace it). */
  heapTight: () => boolean;

  constructor(
    defaultNamespace: string,
    private readonly onIndexChanged: () => void,
    private readonly log: (message: string) => void,
    private readonly host: WorkspaceSyncHost,
  ) {
    this.index = new WorkspaceIndex({ defaultNamespace });
    this.heapTight = host.memoryTight ?? (() => false);
  }

  /**
   * Indexes every YAML file of the folders; returns how many were read. One file at a time (a few are read ahead),
   * a big one in slices, with a turn of the event loop after each slice's worth of text. A malformed `files.exclude`
   * pattern is left out and logged; a file that cannot be read or indexed is skipped. Stops early once `cancellation`
   * is cancelled. Without the host's files there is nothing to scan.
   */
  async scan(
    folderUris: readonly string[],
    excludeGlobs: readonly string[],
    cancellation?: Cancellation,
    progress?: ScanProgressListener,
  ): Promise<number> {
    const files = this.host.files;
    this.folderUris = folderUris;
    // Editors opened before the folders were known may hold excluded files.
    this.dropExcluded();
    if (!files) return 0;
    const listed = await files.list(folderUris, [...excludeGlobs, ...this.exclude.patterns], cancellation);
    if (listed.ignoredExcludes.length > 0) {
      this.log(`kube-svc: files.exclude / kubeSvc.exclude patterns ignored: ${listed.ignoredExcludes.join('; ')}`);
    }
    const uris = listed.uris.filter((uri) => !this.open.has(uri));
    const counts = { read: 0, dropped: 0, done: 0 };
    let sinceTurn = 0;
    for await (const { uri, text } of files.readAll(uris, this.maxFileSize, cancellation)) {
      if (this.open.has(uri)) continue;
      if (text !== undefined && !this.index.has(uri) && this.heapTight()) {
        const left = uris.length - counts.done;
        this.log(`kube-svc: the index stops at ${this.index.uris().length} files (${left} left out): ${TOO_LARGE_FOR_MEMORY}`);
        break;
      }
      if (text !== undefined && (await this.indexInSlices(uri, text, cancellation))) counts.read++;
      // A rescan after `maxFileSize` went down drops the files now over it.
      else if (text === undefined && this.index.removeFile(uri)) counts.dropped++;
      counts.done++;
      progress?.(counts.done, uris.length);
      // Small files share a turn of the event loop, up to a slice's worth of text; a big one has had its own.
      sinceTurn += text?.length ?? 0;
      if (sinceTurn >= SLICE_CHARS) {
        sinceTurn = 0;
        await this.host.nextTurn();
      }
    }
    if (counts.read > 0 || counts.dropped > 0) this.onIndexChanged();
    return counts.read;
  }

  /**
   * `kubeSvc.exclude` changed: returns whether it did. Files it now leaves out leave the index at once; those it
   * lets in join at the next scan.
   */
  setExclude(patterns: readonly string[]): boolean {
    const same =
      patterns.length === this.exclude.patterns.length && patterns.every((p, i) => p === this.exclude.patterns[i]);
    if (same) return false;
    this.exclude = { patterns, excludes: compileExcludes(patterns) };
    this.dropExcluded();
    return true;
  }

  /** Takes the files `kubeSvc.exclude` leaves out (open ones too) out of the index. */
  private dropExcluded(): void {
    let changed = false;
    for (const uri of this.index.uris()) if (this.excluded(uri) && this.index.removeFile(uri)) changed = true;
    if (changed) this.onIndexChanged();
  }

  /** An open editor's text, which wins over the file on disk; an excluded file is checked alone, not indexed. */
  edited(uri: string, text: string): void {
    this.open.add(uri);
    const leftOut = textOver(text, this.maxFileSize) || this.excluded(uri);
    const changed = leftOut ? this.index.removeFile(uri) : this.index.setFile(uri, text);
    if (changed) this.onIndexChanged();
  }

  private excluded(uri: string): boolean {
    return isExcludedUri(this.exclude.excludes.globs, this.folderUris, uri);
  }

  /** A file the host read itself (the CLI's inputs): indexed at once, in one piece. */
  loaded(uri: string, text: string): void {
    if (this.index.setFile(uri, text)) this.onIndexChanged();
  }

  /** A file that is to be left out of the index (too large to check). */
  removed(uri: string): void {
    if (this.index.removeFile(uri)) this.onIndexChanged();
  }

  /** A closed editor: the file on disk (if any) is what the workspace holds again. */
  async closed(uri: string): Promise<void> {
    this.open.delete(uri);
    this.loose.delete(uri);
    await this.reload(uri);
  }

  async watched(changes: readonly FileChange[]): Promise<void> {
    for (const change of changes) {
      if (this.open.has(change.uri)) continue;
      if (change.deleted) {
        if (this.index.removeFile(change.uri)) this.onIndexChanged();
      } else {
        await this.reload(change.uri);
      }
    }
  }

  /** The cached checker of a document: the index's own, so nothing is parsed twice. */
  checkerFor(uri: string): FileChecker {
    const indexed = this.index.fileChecker(uri);
    if (indexed) return indexed;
    let checker = this.loose.get(uri);
    if (!checker) this.loose.set(uri, (checker = new FileChecker()));
    return checker;
  }

  private async reload(uri: string): Promise<void> {
    const text = this.excluded(uri) ? undefined : await this.host.files?.read(uri, this.maxFileSize);
    if (this.open.has(uri)) return;
    const changed = text === undefined ? this.index.removeFile(uri) : await this.indexInSlices(uri, text);
    if (changed) this.onIndexChanged();
  }

  /**
   * Parses the file's new documents a slice at a time, then indexes it; false when it was not indexed (the same
   * text, opened in an editor meanwhile, the scan stopped, or it failed: logged, the file left out).
   */
  private async indexInSlices(uri: string, text: string, cancellation?: Cancellation): Promise<boolean> {
    const checker = this.index.fileChecker(uri) ?? new FileChecker();
    try {
      while (!checker.prepare(text, SLICE_CHARS)) {
        await this.host.nextTurn();
        if (isCancelled(cancellation) || this.open.has(uri)) return false;
      }
      if (isCancelled(cancellation) || this.open.has(uri)) return false;
      return this.index.setFile(uri, text, checker);
    } catch (error) {
      this.log(`kube-svc: ${uri} left out of the index: ${error instanceof Error ? error.message : String(error)}`);
      this.index.removeFile(uri);
      return false;
    }
  }
}
