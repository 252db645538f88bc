import { FileChangeType } from 'vscode-languageserver/node';
import type { FileEvent } from 'vscode-languageserver/node';
import { FileChecker } from '../core/features/check-file';
import { WorkspaceIndex } from '../core/index/workspace-index';
import { textOver } from '../core/features/file-too-large';
import { DEFAULT_MAX_FILE_SIZE } from '../core/settings';
import { listWorkspaceYaml, readIndexable } from '../workspace/workspace-files';

/** Files indexed between two yields to the event loop, so that requests are answered during the first scan. */
const SCAN_BATCH = 50;

/**
 * Keeps the workspace index current: the YAML files of the workspace folders from disk, file-watcher events, and
 * the open editors, whose text overrides the file on disk until they are closed.
 */
export class WorkspaceSync {
  readonly index: WorkspaceIndex;
  private readonly open = new Set<string>();
  /** Checkers of open documents the index does not hold (none today, but a failed setFile must not lose them). */
  private readonly loose = new Map<string, FileChecker>();
  /** `kubeSvc.maxFileSize`: larger files, on disk or open, stay out of the index. */
  maxFileSize = DEFAULT_MAX_FILE_SIZE;

  constructor(
    defaultNamespace: string,
    private readonly onIndexChanged: () => void,
  ) {
    this.index = new WorkspaceIndex({ defaultNamespace });
  }

  /** Indexes every YAML file of the folders; returns how many were read. Stops early once `signal` is aborted. */
  async scan(folderUris: readonly string[], excludeGlobs: readonly string[], signal?: AbortSignal): Promise<number> {
    const uris = await listWorkspaceYaml(folderUris, excludeGlobs, signal);
    let read = 0;
    let dropped = 0;
    for (let i = 0; i < uris.length && !signal?.aborted; i += SCAN_BATCH) {
      // The batch is read in parallel: one file at a time leaves the CPU idle while each read waits for the disk.
      const batch = uris.slice(i, i + SCAN_BATCH).filter((uri) => !this.open.has(uri));
      const texts = await Promise.all(batch.map((uri) => readIndexable(uri, this.maxFileSize)));
      for (const [j, uri] of batch.entries()) {
        if (this.open.has(uri) || signal?.aborted) continue;
        const text = texts[j];
        if (text !== undefined && this.index.setFile(uri, text)) read++;
        // A rescan after `maxFileSize` went down drops the files now over it.
        else if (text === undefined && this.index.removeFile(uri)) dropped++;
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (read > 0 || dropped > 0) this.onIndexChanged();
    return read;
  }

  /** An open editor's text, which wins over the file on disk. */
  edited(uri: string, text: string): void {
    this.open.add(uri);
    const changed = textOver(text, this.maxFileSize) ? this.index.removeFile(uri) : this.index.setFile(uri, text);
    if (changed) this.onIndexChanged();
  }

  /** A closed editor: the file on disk (if any) is what the workspace holds again. */
  async closed(uri: string): Promise<void> {
    this.open.delete(uri);
    this.loose.delete(uri);
    await this.reload(uri);
  }

  async watched(changes: readonly FileEvent[]): Promise<void> {
    for (const change of changes) {
      if (this.open.has(change.uri)) continue;
      if (change.type === FileChangeType.Deleted) {
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
    const text = uri.startsWith('file:') ? await readIndexable(uri, this.maxFileSize) : undefined;
    const changed = text === undefined ? this.index.removeFile(uri) : this.index.setFile(uri, text);
    if (changed) this.onIndexChanged();
  }
}
