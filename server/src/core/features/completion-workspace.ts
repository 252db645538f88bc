import type { Localizer } from '../l10n';
import type { IndexedWorkload } from '../index/indexed-object';
import { labelValue } from '../index/labels';
import type { Labels } from '../index/labels';
import type { Container, ContainerPort } from '../index/object-facts';
import type { WorkspaceIndex } from '../index/workspace-index';
import { mdCode as code, mdText as text } from '../text/markdown';

/** A completion offered from the workspace index; the caller turns it into an item with its insert text and range. */
export interface WorkspaceSuggestion {
  readonly label: string;
  readonly detail: string;
  /** Markdown; every manifest string in it is escaped (`mdCode`, `mdText`). */
  readonly documentation: string;
}

/** Where a Service is and what it selects, as written in the text being edited. */
export interface ServiceScope {
  /** `metadata.namespace`, else the index's default namespace. */
  readonly namespace: string;
  readonly selector: Labels;
  readonly externalName: boolean;
}

/** At most this many workloads are named in a detail; the rest are counted. */
const DETAIL_WORKLOADS = 2;

/**
 * The named container ports of the workloads a Service selects, for its `targetPort`: one suggestion per name,
 * those declared with the Service port's `protocol` first (a named targetPort is matched by name and protocol).
 * `protocol` is undefined when it cannot be read (a flow-style port), and then no port is set apart.
 */
export function targetPortSuggestions(
  index: WorkspaceIndex,
  scope: ServiceScope,
  protocol: string | undefined,
  l10n: Localizer,
): WorkspaceSuggestion[] {
  if (scope.externalName || Object.keys(scope.selector).length === 0) return [];
  const words = wordsIn(l10n);
  const byName = new Map<string, { workload: IndexedWorkload; container: Container; port: ContainerPort }[]>();
  for (const workload of index.workloadsSelectedBy(scope.namespace, scope.selector)) {
    for (const container of workload.template.containers) {
      for (const port of container.ports) {
        if (port.name === '') continue;
        let declared = byName.get(port.name);
        if (!declared) byName.set(port.name, (declared = []));
        declared.push({ workload, container, port });
      }
    }
  }
  const suggestions = [...byName].map(([name, declared]) => {
    // The declaration to show first: one with the Service port's protocol, when there is one.
    const ordered = [...declared].sort((a, b) => rank(a.port, protocol) - rank(b.port, protocol));
    const where = (d: (typeof declared)[number]): string =>
      `${numberOf(d.port)} · ${d.workload.kind} ${nameOf(d.workload)} / ${words.container(d.container)} ${d.container.name}`;
    const more = ordered.length > 1 ? ` ${words.more(ordered.length - 1)}` : '';
    const lines = ordered.map((d) => {
      const note = protocol !== undefined && d.port.protocol !== protocol ? ` — ${words.otherProtocol(d.port.protocol, protocol)}` : '';
      const workload = text(`${d.workload.kind} ${nameOf(d.workload)}`);
      return `- ${code(numberOf(d.port))} · ${workload} / ${words.container(d.container)} ${code(d.container.name)}${note}`;
    });
    return {
      suggestion: {
        label: name,
        detail: `${where(ordered[0])}${more}`,
        documentation: `**targetPort: ${text(name)}**\n\n${words.declaredBy(name)}\n\n${lines.join('\n')}`,
      },
      rank: Math.min(...ordered.map((d) => rank(d.port, protocol))),
    };
  });
  return suggestions.sort((a, b) => a.rank - b.rank).map((s) => s.suggestion);
}

/** Label keys of the pods of the namespace's workloads, for a new key of a Service's `selector`. */
export function selectorKeySuggestions(
  index: WorkspaceIndex,
  namespace: string,
  present: ReadonlySet<string>,
  l10n: Localizer,
): WorkspaceSuggestion[] {
  const words = wordsIn(l10n);
  const byKey = new Map<string, IndexedWorkload[]>();
  for (const workload of index.workloadsIn(namespace)) {
    for (const key of Object.keys(workload.template.labels)) if (!present.has(key)) carry(byKey, key, workload);
  }
  return [...byKey].map(([key, carriers]) => ({
    label: key,
    detail: workloadsText(carriers, words),
    documentation: `**${text(key)}**\n\n${words.labelledBy(namespace)}\n\n${carriers
      .map((w) => `- ${code(`${key}=${labelValue(w.template.labels, key) ?? ''}`)} · ${text(`${w.kind} ${nameOf(w)}`)}`)
      .join('\n')}`,
  }));
}

/** Values of one label key on the pods of the namespace's workloads, for a Service's `selector.<key>`. */
export function selectorValueSuggestions(
  index: WorkspaceIndex,
  namespace: string,
  key: string,
  l10n: Localizer,
): WorkspaceSuggestion[] {
  const words = wordsIn(l10n);
  const byValue = new Map<string, IndexedWorkload[]>();
  for (const workload of index.workloadsIn(namespace)) {
    const value = labelValue(workload.template.labels, key);
    if (value !== undefined) carry(byValue, value, workload);
  }
  return [...byValue].map(([value, carriers]) => ({
    label: value,
    detail: workloadsText(carriers, words),
    documentation: `**${text(`${key}: ${value}`)}**\n\n${words.labelledBy(namespace)}\n\n${carriers
      .map((w) => `- ${text(`${w.kind} ${nameOf(w)}`)}`)
      .join('\n')}`,
  }));
}

/** 0 for a port with the wanted protocol (or when it is not known), 1 for another. */
function rank(port: ContainerPort, protocol: string | undefined): number {
  return protocol === undefined || port.protocol === protocol ? 0 : 1;
}

function numberOf(port: ContainerPort): string {
  return `${port.containerPort ?? '?'}/${port.protocol}`;
}

function nameOf(workload: IndexedWorkload): string {
  return workload.name || '<generateName>';
}

/** `Deployment web`, `Deployment web, StatefulSet db +2`. */
function workloadsText(workloads: readonly IndexedWorkload[], words: Words): string {
  const named = workloads.slice(0, DETAIL_WORKLOADS).map((w) => `${w.kind} ${nameOf(w)}`);
  const rest = workloads.length - named.length;
  return rest > 0 ? `${named.join(', ')} ${words.more(rest)}` : named.join(', ');
}

interface Words {
  container(container: Container): string;
  more(count: number): string;
  declaredBy(name: string): string;
  otherProtocol(declared: string, protocol: string): string;
  labelledBy(namespace: string): string;
}

function wordsIn(l10n: Localizer): Words {
  return {
    container: (container) => (container.sidecar ? l10n.t('sidecar') : l10n.t('container')),
    more: (count) => `+${count}`,
    declaredBy: (name) => l10n.t('Container port {0} of the workloads this Service selects:', code(name)),
    otherProtocol: (declared, protocol) => l10n.t('declared for {0}; this Service port is {1}', text(declared), text(protocol)),
    labelledBy: (namespace) =>
      namespace === ''
        ? l10n.t('Pod labels of workloads in the namespace it is applied to (namespace not set):')
        : l10n.t('Pod labels of workloads in namespace {0}:', code(namespace)),
  };
}

/** Adds `workload` to the workloads that carry `label` (a key, or a value). */
function carry(carriers: Map<string, IndexedWorkload[]>, label: string, workload: IndexedWorkload): void {
  const list = carriers.get(label);
  if (list) list.push(workload);
  else carriers.set(label, [workload]);
}
