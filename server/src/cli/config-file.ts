import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseNodes } from '../core/node-address';
import { DEFAULT_SETTINGS, parseMaxFileSize, parseNamespace, parsePortRange, settingsFrom } from '../core/settings';
import type { CheckSettings } from '../core/settings';
import { visibleText } from '../core/text/visible-text';
import { describe } from '../workspace/collect-files';
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

const LEVELS: readonly string[] = ['off', 'hint', 'info', 'warning', 'error'];

/** Checks of the settings whose value `settingsFrom` would otherwise drop silently; undefined when fine. */
const VALIDATORS: Readonly<Record<string, (value: unknown) => string | undefined>> = {
  enable: (v) => (typeof v === 'boolean' ? undefined : 'must be true or false'),
  reportYamlErrors: (v) => (typeof v === 'boolean' ? undefined : 'must be true or false'),
  language: (v) => (v === 'auto' || v === 'en' || v === 'ko' ? undefined : 'must be "auto", "en" or "ko"'),
  nodePortRange: (v) => (parsePortRange(v) ? undefined : 'must look like "30000-32767" (two port numbers, low-high)'),
  defaultNamespace: (v) => (parseNamespace(v) !== undefined ? undefined : 'must be a namespace name (a DNS-1123 label)'),
  maxFileSize: (v) => (parseMaxFileSize(v) !== undefined ? undefined : 'must be a whole number of bytes above 0, e.g. 5242880'),
  nodes: (v) =>
    Array.isArray(v) && parseNodes(v).length === v.length
      ? undefined
      : 'must be a list of { "name": "worker-1", "address": "192.168.1.10" } (a host name or IP address each)',
};

/** Editor settings that mean nothing to the command line: a settings file naming one is refused, saying why. */
const EDITOR_ONLY: Readonly<Record<string, string>> = {
  maxDiagnostics: 'is an editor setting (how many diagnostics a file shows): the command line reports every finding',
};

/**
 * A settings file's text, validated: a settings file is written once and read by every CI run, so a typo must fail
 * loudly rather than be ignored as the editor ignores it. The settings themselves come from {@link settingsFrom}.
 */
export function parseConfig(text: string, shownAs: string, ruleIds: ReadonlySet<string>): LoadedConfig {
  const fail = (message: string): LoadedConfig => ({ ok: false, message: `${shownAs}: ${message}` });
  // Editors on Windows save UTF-8 with a byte-order mark, which JSON.parse refuses.
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
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
  const known = Object.keys(DEFAULT_SETTINGS).filter((key) => !(key in EDITOR_ONLY));
  for (const [key, value] of Object.entries(record)) {
    if (key === '$schema') continue;
    if (key in EDITOR_ONLY) return fail(`"${key}" ${EDITOR_ONLY[key]}`);
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
    const problem = VALIDATORS[key]?.(value);
    if (problem) return fail(`"${key}" ${problem}, got ${shown(value)}`);
  }
  return { ok: true, raw: record };
}

function rulesProblem(value: unknown, ruleIds: ReadonlySet<string>): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return '"rules" must be an object of rule id to level, e.g. { "port-name-required": "warning" }';
  }
  for (const [id, level] of Object.entries(value as Record<string, unknown>)) {
    if (!ruleIds.has(id)) return `"rules" names unknown rule ${shown(id)} (kube-svc rules lists them)`;
    if (typeof level !== 'string' || !LEVELS.includes(level)) {
      return `"rules.${id}" must be one of ${LEVELS.map((l) => `"${l}"`).join(', ')}, got ${shown(level)}`;
    }
  }
  return undefined;
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
