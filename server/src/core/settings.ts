/** What a check depends on besides the text: the user's settings, already validated. */

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type RuleLevel = Severity | 'off';

export interface PortRange {
  readonly min: number;
  readonly max: number;
}

export interface CheckSettings {
  readonly enable: boolean;
  /** Level per rule id; a rule not listed keeps its default severity. */
  readonly rules: Readonly<Record<string, RuleLevel>>;
  /** The cluster's `--service-node-port-range`. */
  readonly nodePortRange: PortRange;
  readonly reportYamlErrors: boolean;
}

export const DEFAULT_NODE_PORT_RANGE: PortRange = { min: 30000, max: 32767 };

export const DEFAULT_SETTINGS: CheckSettings = {
  enable: true,
  rules: {},
  nodePortRange: DEFAULT_NODE_PORT_RANGE,
  reportYamlErrors: true,
};

const LEVELS: readonly string[] = ['off', 'hint', 'info', 'warning', 'error'];

/** Builds settings from untrusted JSON (the client's configuration, a config file), ignoring what is malformed. */
export function settingsFrom(raw: unknown): CheckSettings {
  const input = isRecord(raw) ? raw : {};
  return {
    enable: typeof input.enable === 'boolean' ? input.enable : DEFAULT_SETTINGS.enable,
    rules: ruleLevelsFrom(input.rules),
    nodePortRange: parsePortRange(input.nodePortRange) ?? DEFAULT_NODE_PORT_RANGE,
    reportYamlErrors:
      typeof input.reportYamlErrors === 'boolean' ? input.reportYamlErrors : DEFAULT_SETTINGS.reportYamlErrors,
  };
}

function ruleLevelsFrom(raw: unknown): Record<string, RuleLevel> {
  const levels: Record<string, RuleLevel> = {};
  if (!isRecord(raw)) return levels;
  for (const [id, level] of Object.entries(raw)) {
    if (typeof level === 'string' && LEVELS.includes(level)) levels[id] = level as RuleLevel;
  }
  return levels;
}

/** Accepts `"30000-32767"` as the API server's flag does, or `{ min, max }`. */
export function parsePortRange(raw: unknown): PortRange | undefined {
  let min: number | undefined;
  let max: number | undefined;
  if (typeof raw === 'string') {
    const match = /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(raw);
    if (match) [min, max] = [Number(match[1]), Number(match[2])];
  } else if (isRecord(raw) && typeof raw.min === 'number' && typeof raw.max === 'number') {
    [min, max] = [raw.min, raw.max];
  }
  if (min === undefined || max === undefined || min < 1 || max > 65535 || min > max) return undefined;
  return { min, max };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
