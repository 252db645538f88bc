import { FILE_TOO_LARGE_DESCRIPTION, FILE_TOO_LARGE_RULE } from '../documents/file-too-large';
import { YAML_SYNTAX_RULE } from '../documents/finding';
import { YAML_DUPLICATE_KEY_DESCRIPTION, YAML_DUPLICATE_KEY_RULE } from '../documents/syntax-texts';
import {
  SUPPRESSION_RULE_REQUIRED,
  SUPPRESSION_RULE_REQUIRED_DESCRIPTION,
  SUPPRESSION_UNKNOWN_RULE,
  SUPPRESSION_UNKNOWN_RULE_DESCRIPTION,
} from '../suppression/texts';
import { ALL_RULES } from './registry';
import type { RuleOrigin } from './rule';
import { WORKSPACE_RULES } from './workspace/registry';
import type { Severity } from '../settings';

/** What the CLI says about a rule: `kube-svc rules`, the settings file's rule ids, and SARIF's rule metadata. */
export interface CatalogRule {
  readonly id: string;
  readonly description: string;
  readonly severity: Severity;
  readonly origin: RuleOrigin | 'syntax' | 'limit' | 'suppression';
  /** The kinds whose manifests it reports on. */
  readonly kinds: readonly string[];
}

const SUPPRESSION_NOTE = { severity: 'info', origin: 'suppression', kinds: [] } as const;

/** Every id a finding can have: object and file rules, cross-resource rules, YAML syntax, the size limit and the suppressions' notes. */
export const RULE_CATALOG: readonly CatalogRule[] = [
  ...ALL_RULES.map((rule) => ({
    id: rule.id,
    description: rule.description,
    severity: rule.severity,
    origin: rule.origin,
    kinds: rule.kinds ?? ['Service'],
  })),
  ...WORKSPACE_RULES.map((rule) => ({
    id: rule.id,
    description: rule.description,
    severity: rule.severity,
    origin: rule.origin,
    kinds: kindsOfWorkspaceRule(rule.id),
  })),
  {
    id: YAML_SYNTAX_RULE,
    description: 'A file holding Kubernetes objects must be valid YAML (reported unless reportYamlErrors is false).',
    severity: 'error',
    origin: 'syntax',
    kinds: [],
  },
  {
    id: YAML_DUPLICATE_KEY_RULE,
    description: YAML_DUPLICATE_KEY_DESCRIPTION,
    severity: 'warning',
    origin: 'syntax',
    kinds: [],
  },
  { id: FILE_TOO_LARGE_RULE, description: FILE_TOO_LARGE_DESCRIPTION, severity: 'info', origin: 'limit', kinds: [] },
  { ...SUPPRESSION_NOTE, id: SUPPRESSION_UNKNOWN_RULE, description: SUPPRESSION_UNKNOWN_RULE_DESCRIPTION },
  { ...SUPPRESSION_NOTE, id: SUPPRESSION_RULE_REQUIRED, description: SUPPRESSION_RULE_REQUIRED_DESCRIPTION },
];

export const RULE_IDS: ReadonlySet<string> = new Set(RULE_CATALOG.map((rule) => rule.id));

function kindsOfWorkspaceRule(id: string): readonly string[] {
  if (id.startsWith('endpoints-')) return ['Endpoints'];
  if (id.startsWith('ingress-')) return ['Ingress'];
  if (id.startsWith('statefulset-')) return ['StatefulSet'];
  return ['Service'];
}
