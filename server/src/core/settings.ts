/** What a check depends on besides the text: the user's settings, already validated. */
import { parseNodes } from './node-address';
import type { NodeAddress } from './node-address';
import { EDITOR_SETTINGS, FILE_SETTINGS } from './settings-schema';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** The severities, the most severe first: how findings are ordered, capped and made milder. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** 0 for an error, 3 for a hint: sorting by it puts the most severe first. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}
export type RuleLevel = Severity | 'off';

export interface PortRange {
  readonly min: number;
  readonly max: number;
}

/** `auto` follows the editor's display language (LSP `initialize` locale). */
export type LanguageSetting = 'auto' | 'en' | 'ko';

export interface CheckSettings {
  readonly enable: boolean;
  readonly language: LanguageSetting;
  /** Level per rule id; a rule not listed keeps its default severity. */
  readonly rules: Readonly<Record<string, RuleLevel>>;
  /** The cluster's `--service-node-port-range`. */
  readonly nodePortRange: PortRange;
  readonly reportYamlErrors: boolean;
  /** The namespace of objects that set no `metadata.namespace` (kubectl's context namespace), for workspace checks. */
  readonly defaultNamespace: string;
  /** `kubeSvc.ignoreLabels`: selector keys left out when workloads are matched (labels a tool adds everywhere). */
  readonly ignoreLabels: readonly string[];
  /** `kubeSvc.exclude`: globs of files that do not join the workspace index (the scan and the CLI's walk skip them). */
  readonly exclude: readonly string[];
  /** Files larger than this many bytes are not checked nor indexed: one `file-too-large` note says so instead. */
  readonly maxFileSize: number;
  /** The editor shows at most this many findings per file, the most severe first, and one note for the rest. */
  readonly maxDiagnostics: number;
  /** The cluster's nodes (`kubeSvc.nodes`), for the NodePort URLs of the preview; malformed entries left out. */
  readonly nodes: readonly NodeAddress[];
}

// Defaults and bounds are kube-svc.schema.json's, the one description of the settings (package.json's are made from it).

/** The longest string any setting can validly hold: a node's address or name (a DNS name). */
const MAX_SETTING_STRING = FILE_SETTINGS.nodes.items.properties.address.maxLength;
/** The levels a rule can be set to, `off` first. */
export const RULE_LEVELS: readonly RuleLevel[] = FILE_SETTINGS.rules.additionalProperties.enum.filter(isRuleLevel);

export const DEFAULT_NODE_PORT_RANGE: PortRange = schemaDefault(parsePortRange(FILE_SETTINGS.nodePortRange.default), 'nodePortRange');
/** 5 MiB: a larger YAML file is data, not a manifest someone writes by hand. */
export const DEFAULT_MAX_FILE_SIZE = FILE_SETTINGS.maxFileSize.default;
/** 64 MiB, the most `maxFileSize` may raise the limit to: parsing and indexing a bigger file takes gigabytes. */
export const MAX_FILE_SIZE_LIMIT = FILE_SETTINGS.maxFileSize.maximum;
export const DEFAULT_MAX_DIAGNOSTICS = EDITOR_SETTINGS.maxDiagnostics.default;
/** More than this many diagnostics of one file is a wall nobody reads, and a message the editor chokes on. */
export const MAX_DIAGNOSTICS_LIMIT = EDITOR_SETTINGS.maxDiagnostics.maximum;
/** The most `kubeSvc.nodes` entries read: the preview lists an address per node and port. */
export const MAX_NODES = FILE_SETTINGS.nodes.maxItems;
/** The most `kubeSvc.rules` entries read (there are fewer rules than this). */
export const MAX_RULE_ENTRIES = FILE_SETTINGS.rules.maxProperties;

export const DEFAULT_SETTINGS: CheckSettings = {
  enable: FILE_SETTINGS.enable.default,
  language: schemaDefault(languageOf(FILE_SETTINGS.language.default), 'language'),
  rules: {},
  nodePortRange: DEFAULT_NODE_PORT_RANGE,
  reportYamlErrors: FILE_SETTINGS.reportYamlErrors.default,
  defaultNamespace: FILE_SETTINGS.defaultNamespace.default,
  ignoreLabels: FILE_SETTINGS.ignoreLabels.default,
  exclude: FILE_SETTINGS.exclude.default,
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
  maxDiagnostics: DEFAULT_MAX_DIAGNOSTICS,
  nodes: [],
};

/**
 * Builds settings from untrusted JSON (the client's configuration, a workspace's `.vscode/settings.json`, a config
 * file), ignoring what is malformed. Every value is bounded: numbers are clamped to their range, lists and maps
 * are read up to a count, strings up to a length, so a hostile workspace cannot make the server read 400 MB files
 * or render a million nodes.
 */
export function settingsFrom(raw: unknown): CheckSettings {
  const input = isRecord(raw) ? raw : {};
  return {
    enable: typeof input.enable === 'boolean' ? input.enable : DEFAULT_SETTINGS.enable,
    language: languageOf(input.language) ?? DEFAULT_SETTINGS.language,
    rules: ruleLevelsFrom(input.rules),
    nodePortRange: parsePortRange(input.nodePortRange) ?? DEFAULT_NODE_PORT_RANGE,
    reportYamlErrors:
      typeof input.reportYamlErrors === 'boolean' ? input.reportYamlErrors : DEFAULT_SETTINGS.reportYamlErrors,
    defaultNamespace: parseNamespace(input.defaultNamespace) ?? DEFAULT_SETTINGS.defaultNamespace,
    ignoreLabels: parseIgnoreLabels(input.ignoreLabels) ?? DEFAULT_SETTINGS.ignoreLabels,
    exclude: parseExclude(input.exclude) ?? DEFAULT_SETTINGS.exclude,
    maxFileSize: parseMaxFileSize(input.maxFileSize) ?? DEFAULT_SETTINGS.maxFileSize,
    maxDiagnostics: parseMaxDiagnostics(input.maxDiagnostics) ?? DEFAULT_SETTINGS.maxDiagnostics,
    nodes: parseNodes(boundedNodes(input.nodes)),
  };
}

/** A whole, positive number of bytes, at most {@link MAX_FILE_SIZE_LIMIT} (a larger one is taken as that). */
export function parseMaxFileSize(raw: unknown): number | undefined {
  return wholeNumberIn(raw, FILE_SETTINGS.maxFileSize.minimum, MAX_FILE_SIZE_LIMIT);
}

/** A whole number of diagnostics from 1 to {@link MAX_DIAGNOSTICS_LIMIT} (a larger one is taken as that). */
export function parseMaxDiagnostics(raw: unknown): number | undefined {
  return wholeNumberIn(raw, EDITOR_SETTINGS.maxDiagnostics.minimum, MAX_DIAGNOSTICS_LIMIT);
}

/** A safe integer of at least `min`, clamped to `max`; anything else is undefined. */
function wholeNumberIn(raw: unknown, min: number, max: number): number | undefined {
  if (typeof raw !== 'number' || !Number.isSafeInteger(raw) || raw < min) return undefined;
  return Math.min(raw, max);
}

/** The first {@link MAX_NODES} entries, without those whose name is too long to show. */
function boundedNodes(raw: unknown): unknown {
  if (!Array.isArray(raw)) return raw;
  return raw.slice(0, MAX_NODES).filter((entry: unknown) => {
    const name = isRecord(entry) ? entry.name : undefined;
    return typeof name !== 'string' || name.length <= MAX_SETTING_STRING;
  });
}

function ruleLevelsFrom(raw: unknown): Record<string, RuleLevel> {
  const levels: Record<string, RuleLevel> = {};
  if (!isRecord(raw)) return levels;
  let read = 0;
  for (const id in raw) {
    if (++read > MAX_RULE_ENTRIES) break;
    const level = raw[id];
    if (id.length <= MAX_SETTING_STRING && isRuleLevel(level)) levels[id] = level;
  }
  return levels;
}

/** Accepts `"30000-32767"` as the API server's flag does, or `{ min, max }`. */
export function parsePortRange(raw: unknown): PortRange | undefined {
  let min: number | undefined;
  let max: number | undefined;
  if (typeof raw === 'string' && raw.length <= MAX_SETTING_STRING) {
    const match = /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(raw);
    if (match) [min, max] = [Number(match[1]), Number(match[2])];
  } else if (isRecord(raw) && typeof raw.min === 'number' && typeof raw.max === 'number') {
    [min, max] = [raw.min, raw.max];
  }
  if (min === undefined || max === undefined || min < 1 || max > 65535 || min > max) return undefined;
  return { min, max };
}

/** A namespace name is a DNS-1123 label, or `''` (none: where the manifests are applied); anything else is ignored. */
export function parseNamespace(raw: unknown): string | undefined {
  if (typeof raw !== 'string' || raw.length > MAX_SETTING_STRING) return undefined;
  const name = raw.trim();
  if (name === '') return name;
  return name.length <= 63 && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(name) ? name : undefined;
}

/** A list of label keys, at most the schema's count and length; anything else is undefined. */
export function parseIgnoreLabels(raw: unknown): string[] | undefined {
  const { maxItems, items } = FILE_SETTINGS.ignoreLabels;
  return stringListOf(raw, maxItems, items.maxLength);
}

/** A list of glob patterns, at most the schema's count and length (a malformed glob is left out where it is compiled). */
export function parseExclude(raw: unknown): string[] | undefined {
  const { maxItems, items } = FILE_SETTINGS.exclude;
  return stringListOf(raw, maxItems, items.maxLength);
}

function stringListOf(raw: unknown, maxItems: number, maxLength: number): string[] | undefined {
  if (!Array.isArray(raw) || raw.length > maxItems) return undefined;
  const strings = raw.filter((item): item is string => typeof item === 'string' && item.length <= maxLength);
  return strings.length === raw.length ? strings : undefined;
}

/** A default of the schema that this module cannot read is a broken build, not a user's mistake. */
function schemaDefault<T>(value: T | undefined, setting: string): T {
  if (value === undefined) throw new Error(`kube-svc.schema.json: the default of "${setting}" is not a valid value`);
  return value;
}

/** One of the schema's languages (`auto`, `en`, `ko`); undefined for anything else. */
export function languageOf(raw: unknown): LanguageSetting | undefined {
  return FILE_SETTINGS.language.enum.find((language): language is LanguageSetting => language === raw && isLanguage(language));
}

function isLanguage(value: string): value is LanguageSetting {
  return value === 'auto' || value === 'en' || value === 'ko';
}

export function isRuleLevel(value: unknown): value is RuleLevel {
  return value === 'off' || value === 'hint' || value === 'info' || value === 'warning' || value === 'error';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The language texts are shown in: the setting, else the editor's locale when it is Korean, else English. */
export function resolveLanguage(setting: LanguageSetting, locale: string | undefined): 'en' | 'ko' {
  if (setting !== 'auto') return setting;
  return locale?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
