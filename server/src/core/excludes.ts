import { compileGlob } from './glob';
import type { Glob } from './glob';

/** Which files stay out of the workspace: `files.exclude` and `kubeSvc.exclude`, compiled. */

/** The most `files.exclude` patterns used: each path of the workspace is matched against every one. */
export const MAX_EXCLUDE_GLOBS = 256;

export interface Excludes {
  readonly globs: readonly Glob[];
  /** The patterns left out, each with why (malformed, too long, one too many): for one line in the log. */
  readonly ignored: readonly string[];
}

/**
 * `files.exclude` and `kubeSvc.exclude` patterns, compiled. Like VS Code, a pattern that does not start with `**​/`
 * or `/` matches at any depth. A malformed one is left out (and listed in `ignored`); the others apply all the same.
 */
export function compileExcludes(patterns: readonly string[]): Excludes {
  const globs: Glob[] = [];
  const ignored: string[] = [];
  for (const [i, pattern] of patterns.entries()) {
    if (i >= MAX_EXCLUDE_GLOBS) {
      ignored.push(`${patterns.length - MAX_EXCLUDE_GLOBS} patterns after the first ${MAX_EXCLUDE_GLOBS}`);
      break;
    }
    const compiled = compileGlob(pattern.startsWith('**/') || pattern.startsWith('/') ? pattern : `**/${pattern}`);
    if (compiled.ok) globs.push(compiled.glob);
    else ignored.push(`${JSON.stringify(pattern.slice(0, 80))} (${compiled.reason})`);
  }
  return { globs, ignored };
}

/** Whether a path relative to a workspace folder (`vendor/x.yaml`) is one the globs leave out. */
export function isExcludedPath(globs: readonly Glob[], relative: string): boolean {
  return globs.some((glob) => glob.matches(relative) || glob.matches(`/${relative}`));
}

/**
 * Whether a file URI lies under one of the folders at a path the globs leave out. A file outside every folder is not
 * (a loose file the user opened joins the index as before); the deepest folder holding it is the one it is
 * relative to.
 */
export function isExcludedUri(globs: readonly Glob[], folderUris: readonly string[], uri: string): boolean {
  if (globs.length === 0) return false;
  const folder = folderUris
    .map((f) => (f.endsWith('/') ? f : `${f}/`))
    .filter((f) => uri.startsWith(f))
    .sort((a, b) => b.length - a.length)[0];
  if (folder === undefined) return false;
  let relative = uri.slice(folder.length);
  try {
    relative = decodeURIComponent(relative);
  } catch {
    // A malformed escape: matched as written.
  }
  return isExcludedPath(globs, relative);
}
