// The injection grammar that colours Service keys and values, made from the enumerations of model/enums.ts.
// `node --import tsx scripts/generate-grammar.ts --write` updates syntaxes/kube-svc-service.injection.json; a unit
// test fails when the committed file differs from what this writes.
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  HEADLESS_CLUSTER_IPS,
  IP_FAMILY_POLICIES,
  PROTOCOLS,
  SERVICE_TYPES,
  SESSION_AFFINITIES,
  TRAFFIC_DISTRIBUTIONS,
  TRAFFIC_POLICIES,
} from '../server/src/core/model/enums';

export const GRAMMAR = path.resolve(__dirname, '..', 'syntaxes', 'kube-svc-service.injection.json');

/** A key whose value is one of an enumeration: the value gets `support.constant.kube-svc.<scope>`. */
interface ValueRule {
  readonly name: string;
  readonly keys: readonly string[];
  readonly values: readonly string[];
  /** What the comment calls the keys, when not the keys themselves. */
  readonly label?: string;
  /** The whole comment, when it says more than the keys and values. */
  readonly comment?: string;
}

/** Tried in this order; the first rule that matches a line wins, so the values come before the plain keys. */
const VALUE_RULES: readonly ValueRule[] = [
  { name: 'service-type', keys: ['type'], values: SERVICE_TYPES },
  { name: 'protocol', keys: ['protocol'], values: PROTOCOLS, label: 'protocol of a port' },
  { name: 'traffic-policy', keys: ['externalTrafficPolicy', 'internalTrafficPolicy'], values: TRAFFIC_POLICIES },
  { name: 'session-affinity', keys: ['sessionAffinity'], values: SESSION_AFFINITIES },
  { name: 'ip-family-policy', keys: ['ipFamilyPolicy'], values: IP_FAMILY_POLICIES },
  { name: 'traffic-distribution', keys: ['trafficDistribution'], values: TRAFFIC_DISTRIBUTIONS },
  {
    name: 'headless',
    keys: ['clusterIP'],
    values: HEADLESS_CLUSTER_IPS,
    comment: 'clusterIP: None makes a headless Service',
  },
];

/** The keys of a Service (spec and ports) that get the key scope; `ports` before `port`, the longer name first. */
const SERVICE_KEYS: readonly string[] = [
  'ports',
  'port',
  'targetPort',
  'nodePort',
  'protocol',
  'appProtocol',
  'selector',
  'clusterIP',
  'clusterIPs',
  'type',
  'externalIPs',
  'externalName',
  'sessionAffinity',
  'sessionAffinityConfig',
  'clientIP',
  'timeoutSeconds',
  'externalTrafficPolicy',
  'internalTrafficPolicy',
  'healthCheckNodePort',
  'publishNotReadyAddresses',
  'loadBalancerIP',
  'loadBalancerSourceRanges',
  'loadBalancerClass',
  'allocateLoadBalancerNodePorts',
  'ipFamilies',
  'ipFamilyPolicy',
  'trafficDistribution',
];

const KEY_SCOPE = 'entity.name.tag.yaml.kube-svc.service-key';
/** A key at the start of a line or of a list item: `  key:` or `  - key:`. Oniguruma and JavaScript read it alike. */
const LINE_START = String.raw`^[ \t]*(?:(-)[ \t]+)?`;
/** A value alone or before a comment, plain or in matching quotes. */
const QUOTED_VALUE_END = String.raw`(\4)(?=[ \t]+#|[ \t]*$)`;

interface Capture {
  readonly name: string;
}

interface GrammarRule {
  readonly comment: string;
  readonly match: string;
  readonly captures: Readonly<Record<string, Capture>>;
}

function keyCaptures(): Record<string, Capture> {
  return {
    1: { name: 'punctuation.definition.block.sequence.item.yaml' },
    2: { name: KEY_SCOPE },
    3: { name: 'punctuation.separator.key-value.mapping.yaml' },
  };
}

function valueRule(rule: ValueRule): GrammarRule {
  const keys = rule.keys.join('|');
  const values = rule.values.join('|');
  return {
    comment: rule.comment ?? `${rule.label ?? rule.keys.join(' / ')}: ${rule.values.join(' | ')}`,
    match: `${LINE_START}(${keys})[ \\t]*(:)[ \\t]+([\\"']?)(${values})${QUOTED_VALUE_END}`,
    captures: {
      ...keyCaptures(),
      4: { name: 'punctuation.definition.string.begin.yaml' },
      5: { name: `support.constant.kube-svc.${rule.name}` },
      6: { name: 'punctuation.definition.string.end.yaml' },
    },
  };
}

function serviceKeyRule(): GrammarRule {
  return {
    comment: 'A Service key at the start of a line or of a list item; its value is left to the YAML grammar.',
    match: `${LINE_START}(${SERVICE_KEYS.join('|')})[ \\t]*(:)(?=[ \\t]|$)`,
    captures: keyCaptures(),
  };
}

export function grammar(): object {
  const repository: Record<string, GrammarRule> = {};
  for (const rule of VALUE_RULES) repository[rule.name] = valueRule(rule);
  repository['service-key'] = serviceKeyRule();
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'kube-svc: Kubernetes Service keys and values in YAML',
    scopeName: 'kube-svc.service.injection',
    injectionSelector: 'L:source.yaml',
    patterns: Object.keys(repository).map((name) => ({ include: `#${name}` })),
    repository,
  };
}

/** The grammar file's text, as committed. */
export function grammarText(): string {
  return `${JSON.stringify(grammar(), null, 2)}\n`;
}

if (process.argv.includes('--write')) writeFileSync(GRAMMAR, grammarText());
else if (process.argv[1]?.endsWith('generate-grammar.ts')) process.stdout.write(grammarText());
