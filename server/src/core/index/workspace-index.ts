import { FileChecker } from '../features/check-file';
import type { Located } from '../features/check-file';
import type { K8sObject } from '../model/k8s-object';
import { get, pairOf, str } from '../parse/located-node';
import type { Span } from '../parse/located-node';
import { compareObjects } from './indexed-object';
import type {
  IndexedEndpointSlice,
  IndexedEndpoints,
  IndexedIngress,
  IndexedObject,
  IndexedObjectBase,
  IndexedService,
  IndexedWorkload,
} from './indexed-object';
import { labelsOf, matchesSelector } from './labels';
import type { Labels } from './labels';
import { factsOf } from './object-facts';
import type { IngressBackend, ObjectFacts } from './object-facts';

/** One file as the index holds it. */
export interface IndexedFile {
  readonly uri: string;
  readonly text: string;
  /** Every `---` document with its cached analysis (shared with the file's per-file checks). */
  readonly located: readonly Located[];
  /** A document holds Helm / Go template directives: the file is a chart template and none of it is indexed. */
  readonly templated: boolean;
  /** The objects the index tracks, in file order; documents with YAML syntax errors contribute none. */
  readonly objects: readonly IndexedObject[];
}

/** A Service port that asks for a fixed node port. */
export interface NodePortUse {
  readonly service: IndexedService;
  readonly portIndex: number;
  readonly nodePort: number;
  /** The `nodePort` value in the Service's document. */
  readonly span: Span;
}

/** An Ingress backend and the Ingress it belongs to. */
export interface IngressBackendUse {
  readonly ingress: IndexedIngress;
  readonly backend: IngressBackend;
}

export interface WorkspaceIndexOptions {
  /** The namespace of objects without `metadata.namespace`; `default` unless given. */
  readonly defaultNamespace?: string;
}

/**
 * The Kubernetes objects of a workspace, fed by a front end with file texts. Each file keeps a {@link FileChecker},
 * so a changed file re-parses only the `---` documents that changed, and the same cache serves its per-file checks
 * ({@link WorkspaceIndex.fileChecker}). Lookups by namespace and name, label and node port are kept up to date
 * incrementally: a change to one file touches only that file's entries.
 */
export class WorkspaceIndex {
  private readonly files = new Map<string, FileEntry>();
  private readonly factsCache = new WeakMap<K8sObject, ObjectFacts | null>();
  private readonly services = new Buckets<IndexedService>();
  private readonly servicesByNamespace = new Buckets<IndexedService>();
  private readonly endpoints = new Buckets<IndexedEndpoints>();
  private readonly slices = new Buckets<IndexedEndpointSlice>();
  private readonly backends = new Buckets<IngressBackendUse>();
  private readonly workloads = new Buckets<IndexedWorkload>();
  private readonly labels = new Buckets<IndexedWorkload>();
  private readonly metadataLabels = new Buckets<IndexedWorkload>();
  private readonly nodePorts = new Buckets<NodePortUse>();
  private readonly objectsPerNamespace = new Map<string, number>();
  private defaultNs: string;
  private changes = 0;

  constructor(options: WorkspaceIndexOptions = {}) {
    this.defaultNs = options.defaultNamespace ?? 'default';
  }

  /** Goes up with every change to the index's contents: front ends can tell whether to recompute findings. */
  get version(): number {
    return this.changes;
  }

  get defaultNamespace(): string {
    return this.defaultNs;
  }

  /** Objects without `metadata.namespace` move to `namespace`; re-keys the index (no parsing) when it differs. */
  setDefaultNamespace(namespace: string): void {
    if (namespace === this.defaultNs) return;
    this.defaultNs = namespace;
    for (const entry of this.files.values()) {
      this.unregister(entry);
      entry.file = this.buildFile(entry.file.uri, entry.file.text, entry.file.located);
      this.register(entry);
    }
    this.changes++;
  }

  /** Adds or updates a file; returns false when the text is the one already indexed. */
  setFile(uri: string, text: string): boolean {
    const entry = this.files.get(uri);
    if (entry && entry.file.text === text) return false;
    const checker = entry?.checker ?? new FileChecker();
    const file = this.buildFile(uri, text, checker.analyse(text));
    if (entry) {
      this.unregister(entry);
      entry.file = file;
      this.register(entry);
    } else {
      const added: FileEntry = { checker, file, registrations: [] };
      this.files.set(uri, added);
      this.register(added);
    }
    this.changes++;
    return true;
  }

  /** Forgets a file; returns false when it was not indexed. */
  removeFile(uri: string): boolean {
    const entry = this.files.get(uri);
    if (!entry) return false;
    this.unregister(entry);
    this.files.delete(uri);
    this.changes++;
    return true;
  }

  has(uri: string): boolean {
    return this.files.has(uri);
  }

  uris(): string[] {
    return [...this.files.keys()].sort();
  }

  file(uri: string): IndexedFile | undefined {
    return this.files.get(uri)?.file;
  }

  /**
   * The file's per-file checker, holding the documents already parsed for the index: `fileChecker(uri).check(text,
   * settings, language)` with the indexed text gives the per-file findings without parsing again.
   */
  fileChecker(uri: string): FileChecker | undefined {
    return this.files.get(uri)?.checker;
  }

  /** Every indexed object, in file order. */
  objects(): IndexedObject[] {
    return this.uris().flatMap((uri) => this.files.get(uri)?.file.objects ?? []);
  }

  /** Namespaces that hold at least one indexed object. */
  namespaces(): string[] {
    return [...this.objectsPerNamespace.keys()].sort();
  }

  servicesNamed(namespace: string, name: string): IndexedService[] {
    return this.services.sorted(nsKey(namespace, name));
  }

  endpointsNamed(namespace: string, name: string): IndexedEndpoints[] {
    return this.endpoints.sorted(nsKey(namespace, name));
  }

  /** EndpointSlices labelled `kubernetes.io/service-name: <serviceName>` in the namespace. */
  endpointSlicesOf(namespace: string, serviceName: string): IndexedEndpointSlice[] {
    return this.slices.sorted(nsKey(namespace, serviceName));
  }

  /** Ingress backends in the namespace that name the Service. */
  ingressBackendsTo(namespace: string, serviceName: string): IngressBackendUse[] {
    return this.backends.sortedBy(nsKey(namespace, serviceName), (a, b) => compareObjects(a.ingress, b.ingress));
  }

  /** Every Service of the namespace, named or not. */
  servicesIn(namespace: string): IndexedService[] {
    return this.servicesByNamespace.sorted(namespace);
  }

  /** False for a workspace of Services only (manifests split by kind, charts): selectors cannot be judged there. */
  hasWorkloads(): boolean {
    return !this.workloads.isEmpty;
  }

  workloadsIn(namespace: string): IndexedWorkload[] {
    return this.workloads.sorted(namespace);
  }

  /** Workloads of the namespace whose pod-template labels hold every pair of the selector; none for an empty one. */
  workloadsSelectedBy(namespace: string, selector: Labels): IndexedWorkload[] {
    return allOf(this.labels, namespace, selector, (w) => w.template.labels);
  }

  /** Workloads of the namespace whose own `metadata.labels` (not their pods') hold every pair of the selector. */
  workloadsLabelledBy(namespace: string, selector: Labels): IndexedWorkload[] {
    return allOf(this.metadataLabels, namespace, selector, (w) => w.labels);
  }

  /** Workloads of the namespace whose pod-template labels hold at least one pair of the selector. */
  workloadsSharingLabels(namespace: string, selector: Labels): IndexedWorkload[] {
    const found = new Set<IndexedWorkload>();
    for (const [key, value] of Object.entries(selector)) {
      for (const workload of this.labels.get(labelKey(namespace, key, value)) ?? []) found.add(workload);
    }
    return [...found].sort(compareObjects);
  }

  /** Services of every file that ask for this node port. */
  nodePortUses(nodePort: number): NodePortUse[] {
    return this.nodePorts.sortedBy(
      String(nodePort),
      (a, b) => compareObjects(a.service, b.service) || a.portIndex - b.portIndex,
    );
  }

  private buildFile(uri: string, text: string, located: readonly Located[]): IndexedFile {
    const templated = located.some((l) => l.analysis.templated);
    const objects: IndexedObject[] = [];
    if (!templated) {
      located.forEach((document, documentIndex) => {
        if (document.analysis.parsed.syntaxErrors.length > 0) return;
        document.analysis.objects.forEach((object, itemIndex) => {
          const facts = this.factsFor(object);
          if (facts) objects.push(this.indexed(uri, document, documentIndex, itemIndex, object, facts));
        });
      });
    }
    return { uri, text, located, templated, objects };
  }

  private factsFor(object: K8sObject): ObjectFacts | undefined {
    let facts = this.factsCache.get(object);
    if (facts === undefined) {
      facts = factsOf(object) ?? null;
      this.factsCache.set(object, facts);
    }
    return facts ?? undefined;
  }

  private indexed(
    uri: string,
    document: Located,
    documentIndex: number,
    itemIndex: number,
    object: K8sObject,
    facts: ObjectFacts,
  ): IndexedObject {
    const metadata = get(object.root, 'metadata');
    const namePair = pairOf(metadata, 'name');
    const written = str(get(metadata, 'namespace'));
    const base: IndexedObjectBase = {
      uri,
      apiVersion: object.apiVersion,
      kind: object.kind,
      name: str(namePair?.value) ?? '',
      namespace: written || this.defaultNs,
      namespaceWritten: Boolean(written),
      documentIndex,
      itemIndex,
      object,
      document,
      range: document.analysis.lines.range(object.root.span, document.chunk.line),
      nameSpan: namePair?.value.span ?? object.root.span,
      labels: labelsOf(get(metadata, 'labels')),
    };
    return { ...base, ...facts };
  }

  private register(entry: FileEntry): void {
    const add = <V>(buckets: Buckets<V>, key: string, value: V): void => {
      buckets.add(key, value);
      entry.registrations.push(() => buckets.delete(key, value));
    };
    for (const object of entry.file.objects) {
      const { namespace } = object;
      this.objectsPerNamespace.set(namespace, (this.objectsPerNamespace.get(namespace) ?? 0) + 1);
      entry.registrations.push(() => this.forgetNamespaceObject(namespace));
      switch (object.role) {
        case 'service':
          if (object.name !== '') add(this.services, nsKey(namespace, object.name), object);
          add(this.servicesByNamespace, namespace, object);
          for (const use of nodePortUsesOf(object)) add(this.nodePorts, String(use.nodePort), use);
          break;
        case 'endpoints':
          if (object.name !== '') add(this.endpoints, nsKey(namespace, object.name), object);
          break;
        case 'endpointSlice':
          if (object.serviceName) add(this.slices, nsKey(namespace, object.serviceName), object);
          break;
        case 'ingress':
          for (const backend of object.backends) {
            add(this.backends, nsKey(namespace, backend.serviceName), { ingress: object, backend });
          }
          break;
        case 'workload':
          add(this.workloads, namespace, object);
          for (const [key, value] of Object.entries(object.template.labels)) {
            add(this.labels, labelKey(namespace, key, value), object);
          }
          for (const [key, value] of Object.entries(object.labels)) {
            add(this.metadataLabels, labelKey(namespace, key, value), object);
          }
          break;
      }
    }
  }

  private unregister(entry: FileEntry): void {
    for (const undo of entry.registrations) undo();
    entry.registrations = [];
  }

  private forgetNamespaceObject(namespace: string): void {
    const count = (this.objectsPerNamespace.get(namespace) ?? 0) - 1;
    if (count > 0) this.objectsPerNamespace.set(namespace, count);
    else this.objectsPerNamespace.delete(namespace);
  }
}

interface FileEntry {
  readonly checker: FileChecker;
  file: IndexedFile;
  /** How to take this file's entries out of the lookups again. */
  registrations: (() => void)[];
}

/** Node ports are only allocated for NodePort and LoadBalancer Services; 0 means "any", which never conflicts. */
function nodePortUsesOf(service: IndexedService): NodePortUse[] {
  const { type, ports } = service.view;
  if (type !== 'NodePort' && type !== 'LoadBalancer') return [];
  return ports.flatMap((port) =>
    port.nodePort === undefined || port.nodePort === 0
      ? []
      : [
          {
            service,
            portIndex: port.index,
            nodePort: port.nodePort,
            span: pairOf(port.node, 'nodePort')?.value.span ?? port.node.span,
          },
        ],
  );
}

/** Values of the label index that match the whole selector, through the smallest bucket of its pairs. */
function allOf(
  index: Buckets<IndexedWorkload>,
  namespace: string,
  selector: Labels,
  labelsOf: (workload: IndexedWorkload) => Labels,
): IndexedWorkload[] {
  let smallest: ReadonlySet<IndexedWorkload> | undefined;
  for (const [key, value] of Object.entries(selector)) {
    const candidates = index.get(labelKey(namespace, key, value));
    if (!candidates) return [];
    if (!smallest || candidates.size < smallest.size) smallest = candidates;
  }
  if (!smallest) return [];
  return [...smallest].filter((w) => matchesSelector(selector, labelsOf(w))).sort(compareObjects);
}

function nsKey(namespace: string, name: string): string {
  return `${namespace}\u0000${name}`;
}

function labelKey(namespace: string, key: string, value: string): string {
  return `${namespace}\u0000${key}\u0000${value}`;
}

/** Sets of values by key; empty sets are dropped. */
class Buckets<V> {
  private readonly map = new Map<string, Set<V>>();

  add(key: string, value: V): void {
    let set = this.map.get(key);
    if (!set) this.map.set(key, (set = new Set()));
    set.add(value);
  }

  delete(key: string, value: V): void {
    const set = this.map.get(key);
    if (!set) return;
    set.delete(value);
    if (set.size === 0) this.map.delete(key);
  }

  get(key: string): ReadonlySet<V> | undefined {
    return this.map.get(key);
  }

  get isEmpty(): boolean {
    return this.map.size === 0;
  }

  sorted(this: Buckets<V & IndexedObjectBase>, key: string): V[] {
    return this.sortedBy(key, compareObjects);
  }

  sortedBy(key: string, compare: (a: V, b: V) => number): V[] {
    const set = this.map.get(key);
    return set ? [...set].sort(compare) : [];
  }
}
