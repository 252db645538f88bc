import type { K8sObject } from '../model/k8s-object';
import { get, isMap, isSeq, items, pairOf, pairs, str, strings } from '../parse/located-node';
import type { LNode, LPair } from '../parse/located-node';
import { builtFrom, mapAt, pairIn, setString, stringAt, valueAt } from './built-node';
import type { BuiltMap, BuiltNode, Origin, Place } from './built-node';
import { resolvePath } from './kustomization';
import type { Kustomization } from './kustomization';
import { mergePatch } from './strategic-merge';

/** One `---` document of a workspace file, as the build reads it. */
export interface SourceDocument {
  readonly root: LNode | undefined;
  readonly objects: readonly K8sObject[];
  readonly place: Place;
}

/** What the build reads of the workspace: a file's documents, the kustomization of a folder. */
export interface BuildSource {
  documents(uri: string): readonly SourceDocument[] | undefined;
  kustomizationIn(folder: string): Kustomization | undefined;
}

/** An object of the build, and the resource file it comes from. */
export interface BuiltObject {
  readonly root: BuiltMap;
  readonly home: string;
  /** Which `---` document of its home file, and which object of it (a `kind: List` holds several). */
  readonly documentIndex: number;
  readonly itemIndex: number;
  readonly kind: string;
  /** Its name before any prefix or suffix: what patches and name references use. */
  readonly originalName: string;
}

export interface Build {
  readonly kustomization: Kustomization;
  readonly objects: BuiltObject[];
  /**
   * What the tree uses that the build does not cover (`replacements`, `helmCharts`, a remote resource…): the
   * build is then not trusted, and its findings are not given.
   */
  readonly uncovered: string[];
}

/**
 * What `kustomize build` makes of a kustomization, for the fields the cross-resource rules read: its resources
 * (files, and folders of other kustomizations, built first) and components; strategic-merge patches; `namespace`;
 * `namePrefix` / `nameSuffix` with the Service names kustomize rewrites (Ingress backends, a StatefulSet's
 * `serviceName`); `commonLabels` and `labels` (into selectors and pod templates as kustomize puts them);
 * `replicas`. Not a kustomize clone: the rest is listed in {@link Build.uncovered}.
 */
export function buildKustomization(source: BuildSource, kustomization: Kustomization): Build {
  const uncovered: string[] = [];
  const objects = build(source, kustomization, [], new Set(), uncovered);
  return { kustomization, objects, uncovered: [...new Set(uncovered)] };
}

/** Fields that change nothing the cross-resource rules read (images, annotations, ConfigMaps and Secrets). */
const HARMLESS = new Set([
  'apiVersion', 'kind', 'metadata', 'resources', 'bases', 'components', 'patches', 'patchesStrategicMerge',
  'namespace', 'namePrefix', 'nameSuffix', 'commonLabels', 'labels', 'replicas', 'images', 'commonAnnotations',
  'configMapGenerator', 'secretGenerator', 'generatorOptions', 'buildMetadata', 'sortOptions', 'openapi',
]);

function build(
  source: BuildSource,
  kustomization: Kustomization,
  accumulated: BuiltObject[],
  visiting: Set<string>,
  uncovered: string[],
): BuiltObject[] {
  if (visiting.has(kustomization.uri)) {
    uncovered.push('a cycle of kustomizations');
    return accumulated;
  }
  visiting.add(kustomization.uri);
  const document = source.documents(kustomization.uri)?.[0];
  const root = document?.root;
  if (!document || !isMap(root)) {
    uncovered.push('an unreadable kustomization');
    return accumulated;
  }
  for (const pair of root.pairs) if (!HARMLESS.has(pair.key)) uncovered.push(pair.key);
  const here = (pair: LPair): Origin => ({ uri: kustomization.uri, range: document.place(pair.span) });
  const written = [...strings(get(root, 'resources')), ...strings(get(root, 'bases'))];
  if (written.length !== kustomization.resources.length) uncovered.push('a remote resource');
  let objects = accumulated;
  for (const resource of kustomization.resources) {
    const nested = source.kustomizationIn(resource);
    if (nested) objects = [...objects, ...build(source, nested, [], visiting, uncovered)];
    else objects = [...objects, ...resourceObjects(source, resource, uncovered)];
  }
  if (strings(get(root, 'components')).length !== kustomization.components.length) uncovered.push('a remote component');
  for (const folder of kustomization.components) {
    const component = source.kustomizationIn(folder);
    if (component) objects = build(source, component, objects, visiting, uncovered);
    else uncovered.push('a missing component');
  }
  applyPatches(source, kustomization, root, objects, uncovered);
  const namespacePair = pairOf(root, 'namespace');
  const namespace = str(namespacePair?.value);
  if (namespacePair && namespace) {
    for (const object of objects) setNamespace(object, namespace, here(namespacePair));
  }
  rename(objects, str(get(root, 'namePrefix')) ?? '', str(get(root, 'nameSuffix')) ?? '');
  const common = pairOf(root, 'commonLabels');
  if (common) addLabels(objects, labelPairs(common.value), here(common), 'selectors');
  for (const entry of items(get(root, 'labels'))) {
    const includes = (flag: string): boolean => isTrue(get(entry, flag));
    const scope = includes('includeSelectors') ? 'selectors' : includes('includeTemplates') ? 'templates' : 'metadata';
    const pairsNode = pairOf(entry, 'pairs');
    if (pairsNode) addLabels(objects, labelPairs(pairsNode.value), here(pairsNode), scope);
  }
  for (const entry of items(get(root, 'replicas'))) setReplicas(objects, entry, kustomization.uri, document.place);
  visiting.delete(kustomization.uri);
  return objects;
}

function isTrue(node: LNode | undefined): boolean {
  return node?.kind === 'scalar' && (node.value === true || node.value === 'true');
}

function labelPairs(node: LNode): [string, string][] {
  return pairs(node).flatMap((pair) => {
    const value = pair.value;
    return value.kind === 'scalar' && value.value !== null ? [[pair.key, String(value.value)] as [string, string]] : [];
  });
}

/** The objects of a resource file: a file no kustomization reads as a folder's, or nothing (missing). */
function resourceObjects(source: BuildSource, uri: string, uncovered: string[]): BuiltObject[] {
  const documents = source.documents(uri);
  if (!documents) {
    uncovered.push('a resource not in the workspace');
    return [];
  }
  return documents.flatMap((document, documentIndex) =>
    document.objects.map((object, itemIndex) => {
      const root = builtFrom(object.root, uri, document.place) as BuiltMap;
      const originalName = stringAt(root, 'metadata', 'name') ?? '';
      return { root, home: uri, documentIndex, itemIndex, kind: object.kind, originalName };
    }),
  );
}

function applyPatches(
  source: BuildSource,
  kustomization: Kustomization,
  root: LNode,
  objects: BuiltObject[],
  uncovered: string[],
): void {
  const files: { uri: string; target: LNode | undefined }[] = [];
  for (const entry of items(get(root, 'patches'))) {
    const path = str(get(entry, 'path'));
    const uri = path === undefined ? undefined : resolvePath(kustomization.folder, path);
    if (uri === undefined) uncovered.push('an inline or remote patch');
    else files.push({ uri, target: get(entry, 'target') });
  }
  for (const entry of strings(get(root, 'patchesStrategicMerge'))) {
    const uri = /[\n:]/.test(entry) ? undefined : resolvePath(kustomization.folder, entry);
    if (uri === undefined) uncovered.push('an inline or remote patch');
    else files.push({ uri, target: undefined });
  }
  for (const { uri, target } of files) {
    for (const document of source.documents(uri) ?? [{ root: undefined, objects: [], place: () => ZERO }]) {
      if (isSeq(document.root) || document.root === undefined) {
        uncovered.push('a JSON 6902 patch or a missing patch file');
        continue;
      }
      for (const object of document.objects) {
        const patch = builtFrom(object.root, uri, document.place) as BuiltMap;
        const kind = str(get(target, 'kind')) ?? object.kind;
        const name = str(get(target, 'name')) ?? stringAt(patch, 'metadata', 'name');
        if (target && pairs(target).some((pair) => !['kind', 'name', 'group', 'version', 'namespace'].includes(pair.key))) {
          uncovered.push('a patch target by label or annotation');
          continue;
        }
        const matching = objects.filter(
          (o) => o.kind === kind && (o.originalName === name || stringAt(o.root, 'metadata', 'name') === name),
        );
        if (matching.length === 0) uncovered.push('a patch of no resource');
        for (const object of matching) {
          // A patch does not rename: its metadata.name is the one it matched by.
          const patchMetadata = pairIn(patch, 'metadata')?.value;
          if (patchMetadata?.kind === 'map') patchMetadata.pairs = patchMetadata.pairs.filter((p) => p.key !== 'name');
          mergePatch(object.root, patch);
        }
      }
    }
  }
}

const ZERO = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** Kinds without a namespace, which `namespace:` leaves alone. */
const CLUSTER_SCOPED = new Set([
  'Namespace', 'Node', 'PersistentVolume', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition',
  'StorageClass', 'IngressClass', 'PriorityClass', 'ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration',
  'APIService',
]);

function setNamespace(object: BuiltObject, namespace: string, origin: Origin): void {
  if (CLUSTER_SCOPED.has(object.kind)) return;
  const metadata = mapAt(object.root, ['metadata'], origin);
  if (metadata) setString(metadata, 'namespace', namespace, origin);
}

/** Prefixes and suffixes every name, and the references to the Services of the build that kustomize rewrites. */
function rename(objects: readonly BuiltObject[], prefix: string, suffix: string): void {
  if (prefix === '' && suffix === '') return;
  const renamed = new Map<string, string>();
  for (const object of objects) {
    if (object.kind === 'Namespace') continue;
    const name = valueAt(object.root, 'metadata', 'name');
    if (name?.kind !== 'scalar' || typeof name.value !== 'string') continue;
    const next = `${prefix}${name.value}${suffix}`;
    if (object.kind === 'Service') renamed.set(name.value, next);
    name.value = next;
  }
  for (const object of objects) {
    for (const reference of serviceReferences(object)) {
      if (reference.kind === 'scalar' && typeof reference.value === 'string') {
        reference.value = renamed.get(reference.value) ?? reference.value;
      }
    }
  }
}

/** The scalars naming a Service that kustomize's name references follow. */
function serviceReferences(object: BuiltObject): BuiltNode[] {
  const { root, kind } = object;
  if (kind === 'StatefulSet') return optional(valueAt(root, 'spec', 'serviceName'));
  if (kind !== 'Ingress') return [];
  const backends = [valueAt(root, 'spec', 'defaultBackend'), valueAt(root, 'spec', 'backend')];
  for (const rule of seqItems(valueAt(root, 'spec', 'rules'))) {
    for (const path of seqItems(valueAt(rule, 'http', 'paths'))) backends.push(valueAt(path, 'backend'));
  }
  return backends.flatMap((backend) => [
    ...optional(valueAt(backend, 'service', 'name')),
    ...optional(valueAt(backend, 'serviceName')),
  ]);
}

function optional<T>(value: T | undefined): T[] {
  return value === undefined ? [] : [value];
}

function seqItems(node: BuiltNode | undefined): readonly BuiltNode[] {
  return node?.kind === 'seq' ? node.items : [];
}

/** Where kustomize puts labels: metadata only, also pod templates, or also selectors (`commonLabels`). */
type LabelScope = 'metadata' | 'templates' | 'selectors';

const TEMPLATE_KINDS = new Set(['Deployment', 'ReplicaSet', 'DaemonSet', 'StatefulSet', 'ReplicationController', 'Job']);
const SELECTOR_KINDS = new Set(['Deployment', 'ReplicaSet', 'DaemonSet', 'StatefulSet']);

function addLabels(objects: readonly BuiltObject[], labels: [string, string][], origin: Origin, scope: LabelScope): void {
  if (labels.length === 0) return;
  for (const object of objects) {
    const maps: (BuiltMap | undefined)[] = [mapAt(object.root, ['metadata', 'labels'], origin)];
    const { kind, root } = object;
    if (scope !== 'metadata') {
      if (TEMPLATE_KINDS.has(kind)) maps.push(mapAt(root, ['spec', 'template', 'metadata', 'labels'], origin));
      else if (kind === 'CronJob') maps.push(mapAt(root, ['spec', 'jobTemplate', 'spec', 'template', 'metadata', 'labels'], origin));
      else if (valueAt(root, 'spec', 'template', 'metadata', 'labels')) {
        maps.push(mapAt(root, ['spec', 'template', 'metadata', 'labels'], origin));
      }
    }
    if (scope === 'selectors') {
      if (kind === 'Service' || kind === 'ReplicationController') maps.push(mapAt(root, ['spec', 'selector'], origin));
      if (SELECTOR_KINDS.has(kind)) maps.push(mapAt(root, ['spec', 'selector', 'matchLabels'], origin));
    }
    for (const map of maps) if (map) for (const [key, value] of labels) setString(map, key, value, origin);
  }
}

function setReplicas(objects: readonly BuiltObject[], entry: LNode, uri: string, place: Place): void {
  const name = str(get(entry, 'name'));
  const count = get(entry, 'count');
  if (count?.kind !== 'scalar' || typeof count.value !== 'number') return;
  const origin = { uri, range: place(entry.span) };
  for (const object of objects) {
    if (object.originalName !== name && stringAt(object.root, 'metadata', 'name') !== name) continue;
    const spec = mapAt(object.root, ['spec'], origin);
    const pair = spec && pairIn(spec, 'replicas');
    if (pair) {
      pair.value = { kind: 'scalar', value: count.value, origin };
      pair.origin = origin;
    } else spec?.pairs.push({ key: 'replicas', value: { kind: 'scalar', value: count.value, origin }, origin });
  }
}
