import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseNodes } from '../core/node-address';
import { languageOf, parseMaxFileSize, parseNamespace, parsePortRange, RULE_LEVELS, settingsFrom } from '../core/settings';
import type { CheckSettings } from '../core/settings';
import { EDITOR_SETTING_NAMES, errorMessageOf, FILE_SETTING_NAMES } from '../core/settings-schema';
import { visibleText } from '../core/text/visible-text';
import { describe } from './collect-files';
import { readBoundedText } from './read-bounded-text';

/** The command line's settings file: the editor's `kubeSvc.*` settings without the prefix. */
export const CONFIG_FILE_NAME = '.kube-svc.json';

/** A settings file holds a few lines; anything bigger is refused before it is read. */
export const MAX_CONFIG_BYTES = 1024 * 1024;
/** The settings need 3 levels (`nodes: [{ … }]`); deeper nesting is refused before it is parsed. */
export const MAX_CONFIG_DEPTH = 32;

export interface ConfigLookup {
  /** The nearest `.kube-svc.json` from the start folder up to the git root; outside a git work tree, the start folder's. */
  readonly configFile: string | undefined;
  /** The folder holding `.git`, where the search stopped; undefined outside a git work tree. */
  readonly gitRoot: string | undefined;
  /** Outside a git work tree: the nearest `.kube-svc.json` above the start folder, which does not apply. */
  readonly ignored?: string;
}

/**
 * Looks for `.kube-svc.json` in `start` and each folder above it. The search stops at the first folder that holds
 * `.git` (a folder, or a file in a worktree or submodule), after looking there, so a settings file above the
 * repository never applies to it. Outside a git work tree only `start` itself is looked at: with no repository to
 * bound it, a file anywhere above (a shared /tmp, a home folder) would silently set the rules of the check.
 */
export async function findConfigFile(start: string): Promise<ConfigLookup> {
  const from = path.resolve(start);
  let dir = from;
  let nearest: string | undefined;
  for (;;) {
    if (nearest === undefined && (await isFile(path.join(dir, CONFIG_FILE_NAME)))) nearest = path.join(dir, CONFIG_FILE_NAME);
    if (await exists(path.join(dir, '.git'))) return { configFile: nearest, gitRoot: dir };
    // The git root is still looked for past the settings file: SARIF paths are relative to it.
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  const own = nearest !== undefined && path.dirname(nearest) === from;
  return { configFile: own ? nearest : undefined, gitRoot: undefined, ...(nearest && !own ? { ignored: nearest } : {}) };
}

export type LoadedConfig =
  | { readonly ok: true; readonly raw: Readonly<Record<string, unknown>> }
  | { readonly ok: false; readonly message: string };

/** Reads and validates a settings file; `shownAs` is how messages name it. */
export async function loadConfigFile(file: string, shownAs: string, ruleIds: ReadonlySet<string>): Promise<LoadedConfig> {
  let read;
  try {
    read = await readBoundedText(file, MAX_CONFIG_BYTES);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    return { ok: false, message: `cannot read settings file '${shownAs}': ${code === 'ENOENT' ? 'no such file' : describe(error)}` };
  }
  if (!read.ok) return { ok: false, message: `cannot read settings file '${shownAs}': ${read.why}` };
  return parseConfig(read.text, shownAs, ruleIds);
}

export interface EditorConfig {
  /** The file's settings object as written; undefined when there is no file or it is not one JSON object. */
  readonly raw: Readonly<Record<string, unknown>> | undefined;
  /** What the command line would refuse the file for; undefined when there is no file or nothing to say. */
  readonly problem: string | undefined;
}

/**
 * The settings file as the editor reads it: a missing file is no settings, and a malformed one is not refused as the
 * command line refuses it; the problem is told (for the log) and the editor ignores what it cannot use, as it does
 * with its own settings. The editor's own settings (`maxDiagnostics`) are left out, since a file may not hold them.
 */
export async function readConfigForEditor(file: string, shownAs: string, ruleIds: ReadonlySet<string>): Promise<EditorConfig> {
  let read;
  try {
    read = await readBoundedText(file, MAX_CONFIG_BYTES);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { raw: undefined, problem: undefined };
    return { raw: undefined, problem: `cannot read settings file '${shownAs}': ${describe(error)}` };
  }
  if (!read.ok) return { raw: undefined, problem: `cannot read settings file '${shownAs}': ${read.why}` };
  const checked = parseConfig(read.text, shownAs, ruleIds);
  if (checked.ok) return { raw: checked.raw, problem: undefined };
  const json = withoutByteOrderMark(read.text);
  let raw: unknown;
  try {
    raw = nestingOver(json, MAX_CONFIG_DEPTH) ? undefined : JSON.parse(json);
  } catch {
    raw = undefined;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { raw: undefined, problem: checked.message };
  const settings = Object.entries(raw as Record<string, unknown>).filter(([key]) => !EDITOR_SETTING_NAMES.includes(key));
  return { raw: Object.fromEntries(settings), problem: checked.message };
}

/**
 * Whether a value of a setting is one `settingsFrom` uses rather than drops silently. Which settings a file may hold,
 * and what is said about a malformed value, are kube-svc.schema.json's (`errorMessage`); `rules` is checked apart.
 */
const VALID: Readonly<Record<string, (value: unknown) => boolean>> = {
  enable: (v) => typeof v === 'boolean',
  reportYamlErrors: (v) => typeof v === 'boolean',
  language: (v) => languageOf(v) !== undefined,
  nodePortRange: (v) => parsePortRange(v) !== undefined,
  defaultNamespace: (v) => parseNamespace(v) !== undefined,
  maxFileSize: (v) => parseMaxFileSize(v) !== undefined,
  nodes: (v) => Array.isArray(v) && parseNodes(v).length === v.length,
};

/** The settings a file may hold that {@link VALID} checks: every one of the schema's but `rules`. */
export const CHECKED_FILE_SETTINGS: readonly string[] = Object.keys(VALID);

/** Why each of the editor's own settings means nothing to the command line: a settings file naming one is refused. */
export const EDITOR_ONLY: Readonly<Record<string, string>> = {
  maxDiagnostics: 'is an editor setting (how many diagnostics a file shows): the command line reports every finding',
  'trace.server': 'is an editor setting (the log of the messages between VS Code and the language server): the command line has no server to trace',
};

/**
 * A settings file's text, validated: a settings file is written once and read by every CI run, so a typo must fail
 * loudly rather than be ignored as the editor ignores it. The settings themselves come from {@link settingsFrom}.
 */
export function parseConfig(text: string, shownAs: string, ruleIds: ReadonlySet<string>): LoadedConfig {
  const fail = (message: string): LoadedConfig => ({ ok: false, message: `${shownAs}: ${message}` });
  const json = withoutByteOrderMark(text);
  if (nestingOver(json, MAX_CONFIG_DEPTH)) {
    return fail(`nested deeper than ${MAX_CONFIG_DEPTH} levels of { } and [ ]; settings need 3 at most`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    return fail(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail('must hold one JSON object of settings, e.g. { "rules": { "port-name-required": "warning" } }');
  }
  const record = raw as Record<string, unknown>;
  const known = FILE_SETTING_NAMES;
  for (const [key, value] of Object.entries(record)) {
    if (key === '$schema') continue;
    if (EDITOR_SETTING_NAMES.includes(key)) return fail(`"${key}" ${EDITOR_ONLY[key] ?? 'is an editor setting'}`);
    if (!known.includes(key)) {
      const bare = key.startsWith('kubeSvc.') ? key.slice('kubeSvc.'.length) : undefined;
      const hint = bare !== undefined && known.includes(bare) ? `write it as "${bare}"` : `known: ${known.join(', ')}`;
      return fail(`unknown setting ${shown(key)} (${hint})`);
    }
    if (key === 'rules') {
      const problem = rulesProblem(value, ruleIds);
      if (problem) return fail(problem);
      continue;
    }
    if (VALID[key]?.(value) === false) return fail(`"${key}" ${errorMessageOf(key) ?? 'is not valid'}, got ${shown(value)}`);
  }
  return { ok: true, raw: record };
}

function rulesProblem(value: unknown, ruleIds: ReadonlySet<string>): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return '"rules" must be an object of rule id to level, e.g. { "port-name-required": "warning" }';
  }
  for (const [id, level] of Object.entries(value as Record<string, unknown>)) {
    if (!ruleIds.has(id)) return `"rules" names unknown rule ${shown(id)} (kube-svc rules lists them)`;
    if (typeof level !== 'string' || !(RULE_LEVELS as readonly string[]).includes(level)) {
      return `"rules.${id}" must be one of ${RULE_LEVELS.map((l) => `"${l}"`).join(', ')}, got ${shown(level)}`;
    }
  }
  return undefined;
}

/** Editors on Windows save UTF-8 with a byte-order mark, which JSON.parse refuses. */
function withoutByteOrderMark(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/**
 * True when `{` and `[` (outside strings) nest deeper than `limit`. Checked before JSON.parse: the parse itself
 * copes, but every later walk of the value (validation, the JSON of an error message) would overflow the stack.
 */
export function nestingOver(json: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (++depth > limit) return true;
    } else if (c === '}' || c === ']') depth--;
  }
  return false;
}

/** A value as an error message shows it: quoted or as JSON, cut after 80 characters, hidden characters visible. */
function shown(value: unknown): string {
  const cut = (text: string): string => (text.length > 80 ? `${text.slice(0, 80)}…` : text);
  // JSON.stringify escapes control characters but not bidi overrides; a string is escaped once, by visibleText.
  return typeof value === 'string' ? `"${visibleText(cut(value))}"` : visibleText(cut(JSON.stringify(value) ?? String(value)));
}

/** The settings of a check: the file's, then the command line's flags over them. */
export function settingsWith(raw: Readonly<Record<string, unknown>>, flags: { nodePortRange?: string }): CheckSettings {
  return settingsFrom({ ...raw, ...(flags.nodePortRange !== undefined ? { nodePortRange: flags.nodePortRange } : {}) });
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile();
  } catch {
    return false;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.stat(file);
    return true;
  } catch {
    return false;
  }
}
