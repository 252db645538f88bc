import type { ListedFiles, ReadFile, WorkspaceFiles } from '../core/host';
import { readInOrder } from './read-ahead';
import { compileExcludes } from '../core/excludes';
import { listWorkspaceYaml, readIndexable } from './workspace-files';

/** The workspace's files on disk, for the language service: `file:` URIs only (an `untitled:` document has none). */
export const DISK_FILES: WorkspaceFiles = {
  async list(folderUris, excludeGlobs, cancellation): Promise<ListedFiles> {
    const excludes = compileExcludes(excludeGlobs);
    return { uris: await listWorkspaceYaml(folderUris, excludes, cancellation), ignoredExcludes: excludes.ignored };
  },
  readAll(uris, maxBytes, cancellation): AsyncIterable<ReadFile> {
    return readInOrder(uris, { maxBytes, cancellation });
  },
  async read(uri, maxBytes) {
    return uri.startsWith('file:') ? readIndexable(uri, maxBytes) : undefined;
  },
};

/** Resolves after one turn of Node's event loop (a macrotask): the LSP connection reads its messages meanwhile. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
