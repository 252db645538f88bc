import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DEFAULT_MAX_FILE_SIZE } from '../core/settings';
import { globToRegExp } from './collect-files';

const YAML_FILE = /\.ya?ml$/i;
const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);
/** Larger files are not indexed by default: a 5 MB YAML file is data, not a manifest someone writes by hand. */
export const MAX_INDEXED_FILE_BYTES = DEFAULT_MAX_FILE_SIZE;

/** The YAML files under the workspace folders, as file URIs, minus `node_modules`, `.git` and `files.exclude`. */
export async function listWorkspaceYaml(
  folderUris: readonly string[],
  excludeGlobs: readonly string[],
  signal?: AbortSignal,
): Promise<string[]> {
  const found: string[] = [];
  for (const folderUri of folderUris) {
    if (!folderUri.startsWith('file:')) continue;
    const root = fileURLToPath(folderUri);
    const excluded = excludeGlobs.map((glob) => globToRegExp(glob.startsWith('**/') || glob.startsWith('/') ? glob : `**/${glob}`));
    await walk(root, root, excluded, found, signal);
  }
  return found.map((file) => pathToFileURL(file).toString());
}

/** Stops descending as soon as `signal` is aborted (the server is shutting down). */
async function walk(root: string, dir: string, excluded: readonly RegExp[], out: string[], signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return;
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    const relative = path.relative(root, full).split(path.sep).join('/');
    if (ALWAYS_SKIPPED.has(entry.name) || excluded.some((re) => re.test(relative) || re.test(`/${relative}`))) continue;
    if (entry.isDirectory()) await walk(root, full, excluded, out, signal);
    else if (entry.isFile() && YAML_FILE.test(entry.name)) out.push(full);
  }
}

/** The text of a file URI, or undefined when it is gone, unreadable or larger than `maxBytes` (`kubeSvc.maxFileSize`). */
export async function readIndexable(uri: string, maxBytes = MAX_INDEXED_FILE_BYTES): Promise<string | undefined> {
  try {
    const file = fileURLToPath(uri);
    const stat = await fs.stat(file);
    if (!stat.isFile() || stat.size > maxBytes) return undefined;
    return await fs.readFile(file, 'utf8');
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
