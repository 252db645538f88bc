import * as fsCallbacks from 'node:fs';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { isCancelled } from '../core/host';
import type { Cancellation } from '../core/host';
import { DEFAULT_MAX_FILE_SIZE } from '../core/settings';
import { isExcludedPath } from '../core/excludes';
import type { Excludes } from '../core/excludes';
import type { Glob } from '../core/glob';

const YAML_FILE = /\.ya?ml$/i;
const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);
/** Larger files are not indexed by default: a 5 MB YAML file is data, not a manifest someone writes by hand. */
export const MAX_INDEXED_FILE_BYTES = DEFAULT_MAX_FILE_SIZE;

/** The YAML files under the workspace folders, as file URIs, minus `node_modules`, `.git` and `files.exclude`. */
export async function listWorkspaceYaml(
  folderUris: readonly string[],
  excludes: Excludes,
  cancellation?: Cancellation,
): Promise<string[]> {
  const found: string[] = [];
  for (const folderUri of folderUris) {
    if (!folderUri.startsWith('file:')) continue;
    const root = fileURLToPath(folderUri);
    await walk(root, root, excludes.globs, found, cancellation);
  }
  return found.map((file) => pathToFileURL(file).toString());
}

/** Stops descending as soon as `cancellation` is cancelled (the server is shutting down). */
async function walk(
  root: string,
  dir: string,
  excluded: readonly Glob[],
  out: string[],
  cancellation?: Cancellation,
): Promise<void> {
  if (isCancelled(cancellation)) return;
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    const relative = path.relative(root, full).split(path.sep).join('/');
    if (ALWAYS_SKIPPED.has(entry.name) || isExcludedPath(excluded, relative)) continue;
    if (entry.isDirectory()) await walk(root, full, excluded, out, cancellation);
    else if (entry.isFile() && YAML_FILE.test(entry.name)) out.push(full);
  }
}

// The callback API: a scan reads thousands of files, and FileHandle's promises cost a third more CPU per file.
const open = promisify(fsCallbacks.open);
const fstat = promisify(fsCallbacks.fstat);
const read = promisify(fsCallbacks.read);
const close = promisify(fsCallbacks.close);
const stat = promisify(fsCallbacks.stat);

/**
 * The text of a file URI, or undefined when it is gone, unreadable, not a regular file or larger than `maxBytes`
 * (`kubeSvc.maxFileSize`). The size is looked at before anything is read, and no more than `maxBytes` is ever read:
 * a file that grows past it while it is read (or a sparse file claiming less) is given up on, not read to its end.
 */
export async function readIndexable(uri: string, maxBytes = MAX_INDEXED_FILE_BYTES): Promise<string | undefined> {
  let fd: number | undefined;
  try {
    fd = await open(fileURLToPath(uri), 'r');
    const info = await fstat(fd);
    if (!info.isFile() || info.size > maxBytes) return undefined;
    // One byte more than the size: reading it means the file grew.
    const buffer = Buffer.allocUnsafe(Math.min(info.size, maxBytes) + 1);
    let filled = 0;
    for (;;) {
      const bytesRead = await readInto(fd, buffer, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
      if (filled === buffer.length) return undefined;
    }
    return buffer.toString('utf8', 0, filled);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) await close(fd).catch(() => undefined);
  }
}

async function readInto(fd: number, buffer: Buffer, offset: number): Promise<number> {
  const { bytesRead } = await read(fd, buffer, offset, buffer.length - offset, offset);
  return bytesRead;
}

/** The size of a file URI when it is a regular file of at most `maxBytes`, else undefined: read it, or skip it. */
export async function indexableSize(uri: string, maxBytes: number): Promise<number | undefined> {
  try {
    const info = await stat(fileURLToPath(uri));
    return info.isFile() && info.size <= maxBytes ? info.size : undefined;
  } catch {
    return undefined;
  }
}

/** `files.exclude` holds `{ glob: true | false | { when } }`; the globs set to true apply. */
export function excludeGlobsOf(filesExclude: unknown): string[] {
  if (typeof filesExclude !== 'object' || filesExclude === null) return [];
  return Object.entries(filesExclude as Record<string, unknown>)
    .filter(([, on]) => on === true)
    .map(([glob]) => glob);
}
