import { WorkspaceIndex } from '../../../server/src/core/index/workspace-index';
import { workspaceFindings } from '../../../server/src/core/features/workspace-findings';
import type { Finding } from '../../../server/src/core/documents/finding';
import { DEFAULT_SETTINGS } from '../../../server/src/core/settings';
import type { CheckSettings } from '../../../server/src/core/settings';

/** Manifests and workspaces for the cross-resource tests. */

export function uriOf(name: string): string {
  return `file:///ws/${name}`;
}

/** An index holding the files, keyed by name (`web.yaml`). */
export function workspace(files: Readonly<Record<string, string>>, defaultNamespace?: string): WorkspaceIndex {
  const index = new WorkspaceIndex(defaultNamespace === undefined ? {} : { defaultNamespace });
  for (const [name, text] of Object.entries(files)) index.setFile(uriOf(name), text);
  return index;
}

/** Settings that put objects without `metadata.namespace` in `default`, as `kubectl` with that context does. */
export const IN_DEFAULT: CheckSettings = { ...DEFAULT_SETTINGS, defaultNamespace: 'default' };

/** The workspace findings of one file. */
export function findingsOf(index: WorkspaceIndex, name: string, settings: CheckSettings = DEFAULT_SETTINGS): Finding[] {
  return workspaceFindings(index, uriOf(name), settings);
}

/** Every file's workspace findings as `file code field` lines, sorted. */
export function allFindings(index: WorkspaceIndex, settings: CheckSettings = DEFAULT_SETTINGS): string[] {
  return index
    .uris()
    .flatMap((uri) =>
      workspaceFindings(index, uri, settings).map((f) => `${uri.slice('file:///ws/'.length)} ${f.code} ${f.field}`),
    )
    .sort();
}

export function codes(findings: readonly Finding[]): string[] {
  return findings.map((f) => f.code);
}

interface ServiceOptions {
  readonly namespace?: string;
  readonly selector?: Readonly<Record<string, string>>;
  readonly type?: string;
  /** YAML list items of `spec.ports`, indented from column 0. */
  readonly ports?: string;
  readonly extra?: string;
}

export function service(name: string, options: ServiceOptions = {}): string {
  const lines = ['apiVersion: v1', 'kind: Service', 'metadata:', `  name: ${name}`];
  if (options.namespace) lines.push(`  namespace: ${options.namespace}`);
  lines.push('spec:');
  if (options.type) lines.push(`  type: ${options.type}`);
  if (options.extra) lines.push(indent(options.extra, 2));
  const selector = options.selector ?? { app: name };
  if (Object.keys(selector).length > 0) {
    lines.push('  selector:');
    for (const [key, value] of Object.entries(selector)) lines.push(`    ${key}: ${value}`);
  }
  lines.push('  ports:', indent(options.ports ?? '- port: 80\n  targetPort: http', 2));
  return `${lines.join('\n')}\n`;
}

interface WorkloadOptions {
  readonly kind?: string;
  readonly apiVersion?: string;
  readonly namespace?: string;
  readonly labels?: Readonly<Record<string, string>>;
  /** YAML list items of `containers`, indented from column 0. */
  readonly containers?: string;
  readonly initContainers?: string;
  readonly replicas?: number;
}

/** A workload of any kind, with its pod template where that kind keeps it. */
export function workload(name: string, options: WorkloadOptions = {}): string {
  const kind = options.kind ?? 'Deployment';
  const apiVersion = options.apiVersion ?? defaultApiVersion(kind);
  const labels = options.labels ?? { app: name };
  const containers =
    options.containers ?? `- name: ${name}\n  image: nginx\n  ports:\n  - containerPort: 8080\n    name: http`;
  const podSpec = [
    'containers:',
    indent(containers, 0),
    ...(options.initContainers ? ['initContainers:', options.initContainers] : []),
  ].join('\n');
  const labelLines = Object.entries(labels)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
  const head = ['apiVersion: ' + apiVersion, `kind: ${kind}`, 'metadata:', `  name: ${name}`];
  if (options.namespace) head.push(`  namespace: ${options.namespace}`);
  if (kind === 'Pod') {
    return `${[...head.slice(0, 3), indent(`labels:\n${indent(labelLines, 2)}`, 2), ...head.slice(3)].join('\n')}\nspec:\n${indent(podSpec, 2)}\n`;
  }
  const template = `template:\n  metadata:\n    labels:\n${indent(labelLines, 6)}\n  spec:\n${indent(podSpec, 4)}`;
  const spec: string[] = [];
  if (options.replicas !== undefined) spec.push(`replicas: ${options.replicas}`);
  if (kind === 'CronJob') spec.push('schedule: "* * * * *"', `jobTemplate:\n  spec:\n${indent(template, 4)}`);
  else spec.push(template);
  return `${head.join('\n')}\nspec:\n${indent(spec.join('\n'), 2)}\n`;
}

function defaultApiVersion(kind: string): string {
  if (kind === 'Pod' || kind === 'ReplicationController') return 'v1';
  if (kind === 'Job' || kind === 'CronJob') return 'batch/v1';
  return 'apps/v1';
}

export function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text
    .split('\n')
    .map((line) => (line === '' ? line : pad + line))
    .join('\n');
}

export function docs(...texts: string[]): string {
  return texts.join('---\n');
}
