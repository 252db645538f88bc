import { promises as fs } from 'node:fs';
import type { Dirent } from 'node:fs';
import * as path from 'node:path';
import { compileExcludes, isExcludedPath } from '../core/excludes';
import { compileGlob } from '../core/glob';
import type { Glob } from '../core/glob';

const SKIPPED_DIRS = new Set(['node_modules', '.git']);
const YAML_FILE = /\.ya?ml$/i;

export interface Collected {
  readonly files: string[];
  /** Inputs that matched nothing or could not be read, with why. */
  readonly errors: string[];
  /** Folders met while walking an input that could not be listed, with why: skipped, not fatal. */
  readonly skippedFolders: string[];
}

/** Lists a folder; tests pass one that fails as a real unreadable folder would, since root reads every folder. */
export type ReadDir = (dir: string) => Promise<Dirent[]>;

const readDirOfDisk: ReadDir = (dir) => fs.readdir(dir, { withFileTypes: true });

/**
 * Expands folders and globs into YAML files, in a stable order; `-` stays as is (stdin). Below a folder (or a glob's
 * fixed leading folders) the paths `exclude` matches, relative to it, are left out (`kubeSvc.exclude`); a file
 * named as an input is read whatever its path.
 */
export async function collectFiles(
  inputs: readonly string[],
  cwd: string,
  readDir: ReadDir = readDirOfDisk,
  exclude: readonly string[] = [],
): Promise<Collected> {
  const files: string[] = [];
  const errors: string[] = [];
  const excludes = compileExcludes(exclude);
  for (const ignored of excludes.ignored) errors.push(`exclude pattern ignored: ${ignored}`);
  const walker: Walker = { cwd, readDir, skipped: [], excludes: excludes.globs };
  for (const input of inputs) {
    if (input === '-') {
      files.push('-');
      continue;
    }
    if (!isGlob(input)) {
      files.push(...(await expandPath(input, walker, errors)));
      continue;
    }
    const found = await expandGlob(input, walker, errors);
    if (found?.length === 0) errors.push(`no YAML file matches '${input}'`);
    files.push(...(found ?? []));
  }
  return { files: [...new Set(files)], errors, skippedFolders: walker.skipped };
}

interface Walker {
  readonly cwd: string;
  readonly readDir: ReadDir;
  /** `'k8s/private': permission denied`, one per folder below an input that could not be listed. */
  readonly skipped: string[];
  /** `kubeSvc.exclude`, matched against paths relative to the folder walked. */
  readonly excludes: readonly Glob[];
}

function isGlob(input: string): boolean {
  return /[*?[{]/.test(input);
}

async function expandPath(input: string, walker: Walker, errors: string[]): Promise<string[]> {
  const absolute = path.resolve(walker.cwd, input);
  try {
    const stat = await fs.stat(absolute);
    if (!stat.isDirectory()) return [input];
    return (await walk(absolute, absolute, walker)).map((file) => relativeTo(walker.cwd, file));
  } catch (error) {
    errors.push(`cannot read '${input}': ${describe(error)}`);
    return [];
  }
}

/**
 * The YAML files under `dir`. `dir` itself must be readable (the input the user named fails loudly), but a folder
 * below it that cannot be listed is skipped and recorded: one private folder must not stop the whole check.
 */
async function walk(root: string, dir: string, walker: Walker): Promise<string[]> {
  const entries = await walker.readDir(dir);
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const out: string[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (isExcludedPath(walker.excludes, path.relative(root, full).split(path.sep).join('/'))) continue;
    if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name)) out.push(...(await walkBelow(root, full, walker)));
    else if (entry.isFile() && YAML_FILE.test(entry.name)) out.push(full);
  }
  return out;
}

async function walkBelow(root: string, dir: string, walker: Walker): Promise<string[]> {
  try {
    return await walk(root, dir, walker);
  } catch (error) {
    walker.skipped.push(`'${relativeTo(walker.cwd, dir)}': ${describe(error)}`);
    return [];
  }
}

/** Globs are matched against every YAML file under the glob's fixed leading folders; undefined for a malformed one. */
async function expandGlob(pattern: string, walker: Walker, errors: string[]): Promise<string[] | undefined> {
  const { cwd } = walker;
  const normalized = pattern.split(path.sep).join('/');
  const base = fixedPrefix(normalized);
  const root = path.resolve(cwd, base || '.');
  // Checked as written first, so that a problem's position is in the pattern the user typed.
  const written = compileGlob(normalized);
  const compiled = written.ok ? compileGlob(path.resolve(cwd, normalized).split(path.sep).join('/')) : written;
  if (!compiled.ok) {
    errors.push(`invalid glob '${pattern}': ${compiled.reason}`);
    return undefined;
  }
  const matcher = compiled.glob;
  let candidates: string[];
  try {
    candidates = await walk(root, root, walker);
  } catch {
    return [];
  }
  return candidates.filter((file) => matcher.matches(file.split(path.sep).join('/'))).map((f) => relativeTo(cwd, f));
}

function fixedPrefix(pattern: string): string {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  for (const part of parts) {
    if (isGlob(part)) break;
    fixed.push(part);
  }
  return fixed.join('/');
}

function relativeTo(cwd: string, file: string): string {
  const relative = path.relative(cwd, file);
  return relative.startsWith('..') ? file : relative;
}

export function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? error.message : String(error);
}
