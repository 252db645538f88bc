import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { compileGlob } from './glob';

const SKIPPED_DIRS = new Set(['node_modules', '.git']);
const YAML_FILE = /\.ya?ml$/i;

export interface Collected {
  readonly files: string[];
  /** Inputs that matched nothing or could not be read, with why. */
  readonly errors: string[];
}

/** Expands folders and globs into YAML files, in a stable order; `-` stays as is (stdin). */
export async function collectFiles(inputs: readonly string[], cwd: string): Promise<Collected> {
  const files: string[] = [];
  const errors: string[] = [];
  for (const input of inputs) {
    if (input === '-') {
      files.push('-');
      continue;
    }
    if (!isGlob(input)) {
      files.push(...(await expandPath(input, cwd, errors)));
      continue;
    }
    const found = await expandGlob(input, cwd, errors);
    if (found?.length === 0) errors.push(`no YAML file matches '${input}'`);
    files.push(...(found ?? []));
  }
  return { files: [...new Set(files)], errors };
}

function isGlob(input: string): boolean {
  return /[*?[{]/.test(input);
}

async function expandPath(input: string, cwd: string, errors: string[]): Promise<string[]> {
  const absolute = path.resolve(cwd, input);
  try {
    const stat = await fs.stat(absolute);
    if (!stat.isDirectory()) return [input];
    return (await walk(absolute)).map((file) => relativeTo(cwd, file));
  } catch (error) {
    errors.push(`cannot read '${input}': ${describe(error)}`);
    return [];
  }
}

async function walk(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const out: string[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name)) out.push(...(await walk(full)));
    else if (entry.isFile() && YAML_FILE.test(entry.name)) out.push(full);
  }
  return out;
}

/** Globs are matched against every YAML file under the glob's fixed leading folders; undefined for a malformed one. */
async function expandGlob(pattern: string, cwd: string, errors: string[]): Promise<string[] | undefined> {
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
    candidates = await walk(root);
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
