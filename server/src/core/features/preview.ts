import type { Localizer } from '../l10n';
import { selectedPod } from '../index/controller-labels';
import type { IndexedService, IndexedWorkload } from '../index/indexed-object';
import type { Labels } from '../index/labels';
import { workspaceFindings } from './workspace-findings';
import type { IndexedFile, WorkspaceIndex } from '../index/workspace-index';
import type { Position, Range } from '../parse/line-index';
import { get, int, str } from '../parse/located-node';
import { resolveService } from '../resolve/resolve-service';
import type { ServiceResolution } from '../resolve/resolve-service';
import type { TargetPortResolution } from '../resolve/resolve-target-port';
import { declaredPorts } from '../rules/workspace/target-port-facts';
import { severityRank } from '../settings';
import type { CheckSettings } from '../settings';
import type {
  AddressGroup,
  PortPreview,
  PreviewFix,
  PortTarget,
  PreviewModel,
  PreviewWarning,
  ServicePreview,
  WorkloadPreview,
} from './preview-model';
import type { Finding } from '../documents/finding';
import { addressGroups, publishesNotReady, schemeOf } from './preview-addresses';
import { previewWords } from './preview-words';
import type { PreviewWords } from './preview-words';

/** The default of `spec.sessionAffinityConfig.clientIP.timeoutSeconds`: 3 hours. */
const DEFAULT_AFFINITY_TIMEOUT = 10800;

/** The findings of the previewed file (the façade's checkFile: per-file and cross-file) and their quick fixes. */
export interface PreviewFindings {
  readonly findings: readonly Finding[];
  fixesOf(finding: Finding): PreviewFix[];
}

/**
 * What a Service reaches and what reaches it, for the preview panel and `kube-svc preview`: the Service at
 * `position` in the file, or every Service of the file when there is no position or it is not on a Service.
 * Everything is read from the workspace index (which follows `settings.defaultNamespace`) and worded in `l10n`.
 */
export function previewModel(
  index: WorkspaceIndex,
  uri: string,
  position: Position | undefined,
  settings: CheckSettings,
  l10n: Localizer,
  found?: PreviewFindings,
): PreviewModel {
  const words = previewWords(l10n);
  index.setDefaultNamespace(settings.defaultNamespace);
  index.setIgnoredLabels(settings.ignoreLabels);
  const file = index.file(uri);
  const empty = (reason: string): PreviewModel => ({
    uri,
    scope: 'file',
    services: [],
    empty: reason,
    labels: words.labels,
  });
  if (!file) return empty(words.notIndexed);
  if (file.templated) return empty(words.templated);
  const services = servicesOf(file);
  if (services.length === 0) return empty(words.noService);
  const chosen = position ? serviceAt(file, services, position) : undefined;
  // Without the façade's findings (a direct caller), the cross-file findings alone, without fixes.
  const findings = found ?? { findings: workspaceFindings(index, uri, settings, l10n), fixesOf: () => [] };
  return {
    uri,
    scope: chosen ? 'service' : 'file',
    services: (chosen ? [chosen] : services).map((service) =>
      servicePreview(resolveService(index, service), settings, words, findings, index),
    ),
    labels: words.labels,
  };
}

/** Where the "Preview endpoints" code lens goes: the first line of each Service of the file. */
export interface PreviewLens {
  readonly name: string;
  readonly range: Range;
  readonly position: Position;
}

export function previewLenses(index: WorkspaceIndex, uri: string): PreviewLens[] {
  const file = index.file(uri);
  if (!file || file.templated) return [];
  return servicesOf(file).map((service) => {
    const start = service.range.start;
    return { name: service.name, range: { start, end: start }, position: start };
  });
}

export function previewLensTitle(l10n: Localizer): string {
  return previewWords(l10n).lensTitle;
}

function servicesOf(file: IndexedFile): IndexedService[] {
  return file.objects.filter((object): object is IndexedService => object.role === 'service');
}

/** The Service whose object holds the position, else the only Service of the position's `---` document. */
function serviceAt(file: IndexedFile, services: readonly IndexedService[], position: Position): IndexedService | undefined {
  const inside = services.filter((service) => contains(service.range, position));
  if (inside.length > 0) return inside[inside.length - 1];
  let documentIndex = -1;
  file.located.forEach((located, i) => {
    if (located.chunk.line <= position.line) documentIndex = i;
  });
  const same = services.filter((service) => service.documentIndex === documentIndex);
  return same.length === 1 ? same[0] : undefined;
}

function contains(range: Range, position: Position): boolean {
  return !before(position, range.start) && !before(range.end, position);
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function servicePreview(
  resolution: ServiceResolution,
  settings: CheckSettings,
  words: PreviewWords,
  found: PreviewFindings,
  index: WorkspaceIndex,
): ServicePreview {
  const { service, backing } = resolution;
  const { view } = service;
  const externalName = str(get(view.spec, 'externalName')) || '<externalName>';
  const selector = Object.entries(resolution.selector).map(([key, value]) => ({ key, value }));
  const timeout =
    int(get(view.spec, 'sessionAffinityConfig', 'clientIP', 'timeoutSeconds')) ?? DEFAULT_AFFINITY_TIMEOUT;
  const warnings = errorsFirst(found.findings.filter((f) => contains(service.range, f.range.start))).map((f) =>
    warningOf(f, found.fixesOf(f)),
  );
  const refused = warnings.some((w) => w.severity === 'error');
  const addresses = addressGroups(index, resolution, settings, words);
  return {
    name: service.name,
    namespace: service.namespace || words.unsetNamespace,
    type: view.type,
    headless: view.headless,
    backing,
    uri: service.uri,
    range: service.range,
    summary: summaryOf(view.type, view.headless, publishesNotReady(view.spec), externalName, words),
    selector,
    ...selectorNote(backing, words),
    workloads: resolution.workloads.map((workload) => workloadPreview(workload, resolution.selector, words)),
    ...workloadsNote(resolution, index, words),
    ports: resolution.ports.map((port) => withState(portPreview(port, resolution, externalName, words), warnings)),
    ...refusal(warnings, words),
    warnings,
    addresses: refused ? addresses.map(wouldBe) : addresses,
    ...(view.type === 'ExternalName' ? {} : { sessionAffinity: words.sessionAffinity(view.sessionAffinity, timeout) }),
  };
}

function summaryOf(
  type: string,
  headless: boolean,
  notReadyToo: boolean,
  externalName: string,
  words: PreviewWords,
): string {
  switch (type) {
    case 'ClusterIP':
      if (!headless) return words.summary.clusterIP;
      return notReadyToo ? words.summary.headlessNotReady : words.summary.headless;
    case 'NodePort':
      return words.summary.nodePort;
    case 'LoadBalancer':
      return words.summary.loadBalancer;
    case 'ExternalName':
      return words.summary.externalName(externalName);
    default:
      return words.summary.unknownType(type);
  }
}

function selectorNote(backing: ServiceResolution['backing'], words: PreviewWords): { selectorNote?: string } {
  if (backing === 'manual') return { selectorNote: words.noSelector };
  if (backing === 'external-name') return { selectorNote: words.externalNameSelector };
  return {};
}

function workloadsNote(
  resolution: ServiceResolution,
  index: WorkspaceIndex,
  words: PreviewWords,
): { workloadsNote?: string } {
  if (resolution.workloads.length > 0 || resolution.backing === 'external-name') return {};
  if (resolution.backing === 'manual') return { workloadsNote: words.manualWorkloads };
  return { workloadsNote: index.hasWorkloads() ? words.selectsNothing : words.noWorkloadsInWorkspace };
}

/** Kinds whose `spec.replicas` defaults to 1. */
const REPLICATED = new Set(['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController']);

function workloadPreview(workload: IndexedWorkload, selector: Labels, words: PreviewWords): WorkloadPreview {
  const { template, kind } = workload;
  const pod = selectedPod(workload, selector);
  const replicas = template.opaque
    ? template.replicas ?? null
    : REPLICATED.has(kind)
      ? template.replicas ?? 1
      : kind === 'Pod'
        ? 1
        : null;
  return {
    kind,
    name: workload.name,
    namespace: workload.namespace || words.unsetNamespace,
    uri: workload.uri,
    range: workload.range,
    replicas,
    replicasText: words.replicas(kind, template.replicas, template.opaque),
    ...(pod === undefined ? {} : { pod, podText: words.onlyPod(pod) }),
  };
}

/** The port row's state, from the findings whose field is in the port (`spec.ports[1].targetPort`). */
function withState(port: Omit<PortPreview, 'state'>, warnings: readonly PreviewWarning[]): PortPreview {
  const prefix = `spec.ports[${port.index}]`;
  const on = warnings.filter((w) => w.field === prefix || w.field.startsWith(`${prefix}.`));
  const state = !port.ok || on.some((w) => w.severity === 'error') ? 'bad' : on.some((w) => w.severity !== 'hint') ? 'warning' : 'ok';
  return { ...port, state };
}

function portPreview(
  resolution: TargetPortResolution,
  service: ServiceResolution,
  externalName: string,
  words: PreviewWords,
): Omit<PortPreview, 'state'> {
  const { port } = resolution;
  const targetPort = port.targetPort === undefined ? '' : String(port.targetPort);
  const base = {
    index: port.index,
    name: port.name,
    port: port.port ?? null,
    protocol: port.protocol,
    targetPort,
    nodePort: port.nodePort !== undefined && port.nodePort !== 0 ? port.nodePort : null,
    appProtocol: str(get(port.node, 'appProtocol')) ?? null,
    scheme: schemeOf(port),
  };
  const portText = port.port === undefined ? '?' : String(port.port);
  if (service.backing === 'external-name') {
    return {
      ...base,
      chain: `${portText} → ${externalName}:${portText} (${port.protocol})`,
      targets: [],
      status: 'external-name',
      ok: true,
      statusText: words.status.externalName(externalName),
    };
  }
  if (service.backing === 'manual') return manualPort(base, service, portText, words);
  const targets: PortTarget[] = resolution.matches.map((match) => ({
    workloadKind: match.workload.kind,
    workloadName: match.workload.name,
    container: match.container.name,
    containerPort: match.port.containerPort ?? null,
    portName: match.port.name,
    protocol: match.port.protocol,
  }));
  const reached = unique(targets.map((t) => `${t.container}/${t.containerPort ?? '?'}`));
  const landing =
    reached.length > 0
      ? reached.join(', ')
      : resolution.status === 'undeclared' && resolution.target?.kind === 'number'
        ? `<pod>/${resolution.target.number}`
        : '?';
  return {
    ...base,
    chain: `${portText} → ${targetPort || '?'} → ${landing} (${port.protocol})`,
    targets,
    status: resolution.status,
    ok: resolution.status === 'resolved' || resolution.status === 'undeclared',
    statusText: statusText(resolution, targets, words),
  };
}

function statusText(resolution: TargetPortResolution, targets: readonly PortTarget[], words: PreviewWords): string {
  const target = resolution.target;
  switch (resolution.status) {
    case 'resolved':
      return words.status.resolved(
        unique(
          targets.map(
            (t) =>
              `${t.workloadKind} "${t.workloadName}" → container "${t.container}" port ${t.containerPort ?? '?'}/` +
              `${t.protocol}${t.portName === '' ? '' : ` ("${t.portName}")`}`,
          ),
        ).join('; '),
      );
    case 'undeclared':
      return words.status.undeclared(target?.kind === 'number' ? String(target.number) : '?');
    case 'name-not-found': {
      const declared = declaredPorts(resolution.workloads.map((w) => w.workload));
      return words.status.nameNotFound(
        target?.kind === 'name' ? target.name : '?',
        declared.length > 0 ? declared.join(', ') : words.declaresNothing,
      );
    }
    case 'protocol-mismatch':
      return words.status.protocolMismatch(
        resolution.port.protocol,
        unique(resolution.protocolMismatches.map((m) => `${m.container.name}/${m.port.containerPort ?? '?'}/${m.port.protocol}`)).join(', '),
      );
    case 'no-workloads':
      return words.status.noWorkloads;
    case 'unknown':
      return words.status.unknown;
    case 'no-target-port':
      return words.status.noTargetPort;
  }
}

/** A selector-less Service's port reaches the Endpoints / EndpointSlice port of the same name. */
function manualPort(
  base: Omit<PortPreview, 'chain' | 'targets' | 'status' | 'ok' | 'statusText' | 'state'>,
  service: ServiceResolution,
  portText: string,
  words: PreviewWords,
): Omit<PortPreview, 'state'> {
  const objects = [
    ...service.endpoints.map((e) => ({ label: `Endpoints "${e.name}"`, ports: e.ports })),
    ...service.endpointSlices.map((s) => ({ label: `EndpointSlice "${s.name}"`, ports: s.ports })),
  ];
  const common = { ...base, targets: [] };
  if (objects.length === 0) {
    return { ...common, chain: `${portText} → ? (${base.protocol})`, status: 'manual', ok: false, statusText: words.status.manualNone };
  }
  const found = objects.flatMap((o) => o.ports.filter((p) => p.name === base.name && p.port !== undefined));
  const labels = objects.map((o) => o.label).join(', ');
  if (found.length === 0) {
    return {
      ...common,
      chain: `${portText} → ? (${base.protocol})`,
      status: 'manual',
      ok: false,
      statusText: words.status.manualPortMissing(labels, base.name),
    };
  }
  const numbers = unique(found.map((p) => String(p.port))).join(', ');
  return {
    ...common,
    chain: `${portText} → ${numbers} (${base.protocol})`,
    status: 'manual',
    ok: true,
    statusText: words.status.manual(labels, numbers),
  };
}


/** Errors, then warnings, infos and hints; in file order within each. */
function errorsFirst(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
}

function warningOf(finding: Finding, fixes: PreviewFix[]): PreviewWarning {
  const { severity, code, message, range, field } = finding;
  return { severity, code, message, field, range, fixes };
}

/** An error finding is the API server's refusal: said first, in words, with every error's message. */
function refusal(warnings: readonly PreviewWarning[], words: PreviewWords): { refused?: string } {
  const errors = warnings.filter((w) => w.severity === 'error').map((w) => w.message);
  return errors.length === 0 ? {} : { refused: words.refused(errors.join(' · ')) };
}

function wouldBe(group: AddressGroup): AddressGroup {
  return { ...group, addresses: group.addresses.map((address) => ({ ...address, wouldBe: true })) };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
