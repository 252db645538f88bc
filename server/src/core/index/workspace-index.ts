import { FileChecker } from '../documents/check-file';
import { isKustomizationUri, readKustomization } from '../kustomize/kustomization';
import type { Kustomization } from '../kustomize/kustomization';
import type { Located } from '../documents/check-file';
import type { K8sObject } from '../model/k8s-object';
import { get, pairOf, str } from '../parse/located-node';
import type { Span } from '../parse/located-node';
import type { DocumentAnalysis } from '../documents/analyse-document';
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
import { controllerPairHolds, splitSelector } from './controller-labels';
import { labelValue, labelsOf, matchesSelector } from './labels';
import type { Labels } from './labels';
import { allFactsOf } from './object-facts';
import type { IngressBackend, ObjectFacts } from './object-facts';

/** One file as the index holds it. */
export interface IndexedFile {
  readonly uri: string;
  readonly text: string;
  /** Every `---` document with its cached analysis (shared with the file's per-file checks). */
  readonly located: readonly Located[];
  /** A document holds Helm / Go template directives: the file is a chart template and none of it is indexed. */
  readonly templated: boolean;
  /**
   * A kustomization of the workspace uses the file as a patch: its documents are partial objects, merged into a
   * resource at build time, so none of them is indexed as an object of its own.
   */
  readonly partial: boolean;
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
  /**
   * The namespace of objects without `metadata.namespace`; unless given, {@link UNSET_NAMESPACE}: such an object
   * lands where it is applied (`kubectl apply -n`, a kustomization's `namespace:`), so it matches any namespace.
   */
  readonly defaultNamespace?: string;
}

/** The namespace of an object that sets none and has no default: unknown, so it matches every namespace. */
export const UNSET_NAMESPACE = '';

/**
 * The Kubernetes objects of a workspace, fed by a front end with file texts. Each file keeps a {@link FileChecker},
 * so a changed file re-parses only the `---` documents that changed, and the same cache serves its per-file checks
 * ({@link WorkspaceIndex.fileChecker}). Lookups by namespace and name, label and node port are kept up to date
 * incrementally: a change to one file touches only that file's entries.
 */
export class WorkspaceIndex {
  private readonly files = new Map<string, FileEntry>();
  private readonly factsCache = new WeakMap<K8sObject, readonly ObjectFacts[]>();
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
  /** Versioned only: bumped whenever a namespace appears in or disappears from {@link objectsPerNamespace}. */
  private readonly namespaceSet = new Buckets<never>();
  /** Versioned only: bumped when {@link ignored} changes, which changes what every selector selects. */
  private readonly selection = new Buckets<never>();
  /** `kubeSvc.ignoreLabels`: selector keys a tool adds, taken as matching. */
  private ignored: ReadonlySet<string> = new Set();
  /** The kustomization files of the workspace, by uri. */
  private readonly kustomizationFiles = new Map<string, Kustomization>();
  /** Each file used as a patch, with the kustomizations that use it. */
  private readonly patchUsers = new Map<string, Set<string>>();
  /** Where {@link tracked} records the lookups being made, if anywhere. */
  private tracker: Dependency[] | undefined;
  private defaultNs: string;
  private changes = 0;

  constructor(options: WorkspaceIndexOptions = {}) {
    this.defaultNs = options.defaultNamespace ?? UNSET_NAMESPACE;
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
      this.update(entry, entry.file.text, entry.file.located);
    }
    this.changes++;
  }

  get ignoredLabels(): ReadonlySet<string> {
    return this.ignored;
  }

  /** Selector keys to leave out when matching workloads (labels a tool adds to objects and pods alike). */
  setIgnoredLabels(keys: readonly string[]): void {
    if (keys.length === this.ignored.size && keys.every((key) => this.ignored.has(key))) return;
    this.ignored = new Set(keys);
    this.selection.touch();
    this.changes++;
  }

  /**
   * Adds or updates a file; returns false when the text is the one already indexed. `prepared` is the checker to
   * keep for a new file, which may have parsed the text already ({@link FileChecker.prepare}); an indexed file
   * keeps its own.
   */
  setFile(uri: string, text: string, prepared?: FileChecker): boolean {
    const entry = this.files.get(uri);
    if (entry && entry.file.text === text) return false;
    if (entry) {
      this.update(entry, text, entry.checker.analyse(text));
    } else {
      const checker = prepared ?? new FileChecker();
      const empty: IndexedFile = { uri, text, located: [], templated: false, partial: false, objects: [] };
      const added: FileEntry = { checker, file: empty, documents: [] };
      this.files.set(uri, added);
      this.update(added, text, checker.analyse(text));
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
    this.setKustomization(uri, undefined);
    this.changes++;
    return true;
  }

  /** The kustomization files of the workspace (`kustomization.yaml|yml`, `Kustomization`), by uri. */
  kustomizations(): Kustomization[] {
    return [...this.kustomizationFiles.values()].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  }

  /** Whether a kustomization of the workspace uses the file as a patch (its documents are partial objects). */
  isPatch(uri: string): boolean {
    return this.patchUsers.has(uri);
  }

  /**
   * Records what a kustomization file says (undefined: it is gone or is not one), and re-indexes the files that
   * became, or stopped being, patches.
   */
  private setKustomization(uri: string, kustomization: Kustomization | undefined): void {
    const before = this.kustomizationFiles.get(uri)?.patches ?? [];
    if (kustomization) this.kustomizationFiles.set(uri, kustomization);
    else this.kustomizationFiles.delete(uri);
    const after = kustomization?.patches ?? [];
    const flipped: string[] = [];
    for (const patch of before) {
      const users = this.patchUsers.get(patch);
      users?.delete(uri);
      if (users?.size === 0 && !after.includes(patch)) {
        this.patchUsers.delete(patch);
        flipped.push(patch);
      }
    }
    for (const patch of after) {
      let users = this.patchUsers.get(patch);
      if (!users) {
        this.patchUsers.set(patch, (users = new Set()));
        if (!before.includes(patch)) flipped.push(patch);
      }
      users.add(uri);
    }
    for (const patch of flipped) {
      const entry = this.files.get(patch);
      if (!entry || entry.file.partial === this.isPatch(patch)) continue;
      this.unregister(entry);
      this.update(entry, entry.file.text, entry.file.located);
    }
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

  /** Named namespaces that hold at least one indexed object ({@link UNSET_NAMESPACE} is not one). */
  namespaces(): string[] {
    this.tracker?.push({ source: this.namespaceSet, key: EVERY_KEY, version: this.namespaceSet.emptinessVersion });
    return [...this.objectsPerNamespace.keys()].filter((ns) => ns !== UNSET_NAMESPACE).sort();
  }

  /**
   * The namespace keys a lookup in `namespace` reads: the namespace and the objects that set none (they may be
   * applied there); for {@link UNSET_NAMESPACE}, every namespace.
   */
  private namespacesMatching(namespace: string): string[] {
    return namespace === UNSET_NAMESPACE ? [UNSET_NAMESPACE, ...this.namespaces()] : [namespace, UNSET_NAMESPACE];
  }

  /** `lookup` in every namespace that `namespace` matches, in object order. */
  private acrossNamespaces<V extends IndexedObjectBase>(namespace: string, lookup: (ns: string) => V[]): V[] {
    const found = this.namespacesMatching(namespace).flatMap(lookup);
    return namespace === UNSET_NAMESPACE || found.length > 1 ? found.sort(compareObjects) : found;
  }

  servicesNamed(namespace: string, name: string): IndexedService[] {
    return this.acrossNamespaces(namespace, (ns) => this.services.sorted(nsKey(ns, name), this.tracker));
  }

  endpointsNamed(namespace: string, name: string): IndexedEndpoints[] {
    return this.acrossNamespaces(namespace, (ns) => this.endpoints.sorted(nsKey(ns, name), this.tracker));
  }

  /** EndpointSlices labelled `kubernetes.io/service-name: <serviceName>` in the namespace. */
  endpointSlicesOf(namespace: string, serviceName: string): IndexedEndpointSlice[] {
    return this.acrossNamespaces(namespace, (ns) => this.slices.sorted(nsKey(ns, serviceName), this.tracker));
  }

  /** Ingress backends in the namespace that name the Service. */
  ingressBackendsTo(namespace: string, serviceName: string): IngressBackendUse[] {
    return this.namespacesMatching(namespace)
      .flatMap((ns) => [...(this.backends.get(nsKey(ns, serviceName), this.tracker) ?? [])])
      .sort((a, b) => compareObjects(a.ingress, b.ingress));
  }

  /** Every Service of the namespace, named or not. */
  servicesIn(namespace: string): IndexedService[] {
    return this.acrossNamespaces(namespace, (ns) => this.servicesByNamespace.sorted(ns, this.tracker));
  }

  /** False for a workspace of Services only (manifests split by kind, charts): selectors cannot be judged there. */
  hasWorkloads(): boolean {
    this.tracker?.push({ source: this.workloads, key: EVERY_KEY, version: this.workloads.emptinessVersion });
    return !this.workloads.isEmpty;
  }

  workloadsIn(namespace: string): IndexedWorkload[] {
    return this.acrossNamespaces(namespace, (ns) => this.workloads.sorted(ns, this.tracker));
  }

  /**
   * Workloads of the namespace whose pods carry every pair of the selector; none for an empty one. A pair is on the
   * pods when the pod template holds it, or when the workload's controller adds it (`statefulset.kubernetes.io/
   * pod-name: web-0` of StatefulSet "web"); a key of {@link ignoredLabels} is taken as matching.
   */
  workloadsSelectedBy(namespace: string, selector: Labels): IndexedWorkload[] {
    const parts = this.selectorParts(selector);
    if (!parts) return [];
    const { template, controller } = parts;
    const candidates =
      Object.keys(template).length > 0
        ? this.acrossNamespaces(namespace, (ns) => allOf(this.labels, ns, template, (w) => w.template.labels, this.tracker))
        : this.workloadsIn(namespace);
    return controller.length === 0
      ? candidates
      : candidates.filter((w) => controller.every((pair) => controllerPairHolds(w, pair)));
  }

  /** Whether the selector selects the workload's pods, as {@link workloadsSelectedBy} decides it. */
  selects(selector: Labels, workload: IndexedWorkload): boolean {
    const parts = this.selectorParts(selector);
    if (!parts) return false;
    const { template, controller } = parts;
    const templateHolds = Object.entries(template).every(([key, value]) => labelValue(workload.template.labels, key) === value);
    return templateHolds && controller.every((pair) => controllerPairHolds(workload, pair));
  }

  /**
   * A selector split into what the pod template must hold and what the controller adds, as the ignored labels
   * (which the lookup depends on) leave it; undefined for an empty selector, which selects nothing.
   */
  private selectorParts(selector: Labels): ReturnType<typeof splitSelector> | undefined {
    this.tracker?.push({ source: this.selection, key: EVERY_KEY, version: this.selection.emptinessVersion });
    return Object.keys(selector).length === 0 ? undefined : splitSelector(selector, this.ignored);
  }

  /** Workloads of the namespace whose own `metadata.labels` (not their pods') hold every pair of the selector. */
  workloadsLabelledBy(namespace: string, selector: Labels): IndexedWorkload[] {
    return this.acrossNamespaces(namespace, (ns) =>
      allOf(this.metadataLabels, ns, selector, (w) => w.labels, this.tracker),
    );
  }

  /** Workloads of the namespace whose pod-template labels hold at least one pair of the selector. */
  workloadsSharingLabels(namespace: string, selector: Labels): IndexedWorkload[] {
    const found = new Set<IndexedWorkload>();
    for (const ns of this.namespacesMatching(namespace)) {
      for (const [key, value] of Object.entries(selector)) {
        for (const workload of this.labels.get(labelKey(ns, key, value), this.tracker) ?? []) found.add(workload);
      }
    }
    return [...found].sort(compareObjects);
  }

  /** Services of every file that ask for this node port. */
  nodePortUses(nodePort: number): NodePortUse[] {
    return this.nodePorts.sortedBy(
      String(nodePort),
      (a, b) => compareObjects(a.service, b.service) || a.portIndex - b.portIndex,
      this.tracker,
    );
  }

  /**
   * Runs `compute`, recording every lookup it makes (bucket and key, with the key's version): while
   * {@link dependenciesHold} says they are unchanged, the same lookups give the same answers.
   */
  tracked<T>(compute: () => T): { readonly value: T; readonly dependencies: readonly Dependency[] } {
    const outer = this.tracker;
    const dependencies: Dependency[] = [];
    this.tracker = dependencies;
    try {
      return { value: compute(), dependencies };
    } finally {
      this.tracker = outer;
      outer?.push(...dependencies);
    }
  }

  /** True when no lookup recorded by {@link tracked} would answer differently now. */
  dependenciesHold(dependencies: readonly Dependency[]): boolean {
    for (const { source, key, version } of dependencies) {
      if ((key === EVERY_KEY ? source.emptinessVersion : source.versionOf(key)) !== version) return false;
    }
    return true;
  }

  /**
   * Re-indexes an entry for new text: the objects of a document whose analysis is the same object and whose place
   * (document index and first line) did not change are kept, with their registrations in the lookups; the other
   * documents' objects are built and registered afresh, and those of documents that went away are unregistered.
   */
  private update(entry: FileEntry, text: string, located: readonly Located[]): void {
    const { uri } = entry.file;
    const templated = located.some((l) => l.analysis.templated);
    const partial = this.isPatch(uri);
    const previous = entry.documents;
    const documents: DocumentEntry[] = templated || partial
      ? []
      : located.map((document, documentIndex) => {
          const old = previous[documentIndex];
          if (old && old.analysis === document.analysis && old.line === document.chunk.line) {
            previous[documentIndex] = undefined;
            return old;
          }
          const objects = this.buildDocument(uri, document, documentIndex);
          const { analysis, chunk } = document;
          const added: DocumentEntry = { analysis, line: chunk.line, objects, registrations: [] };
          this.register(added);
          return added;
        });
    for (const old of previous) if (old) this.unregisterDocument(old);
    entry.documents = documents;
    entry.file = { uri, text, located, templated, partial, objects: documents.flatMap((d) => d.objects) };
    if (isKustomizationUri(uri)) this.setKustomization(uri, readKustomization(uri, located[0]?.analysis.parsed.root));
  }

  private buildDocument(uri: string, document: Located, documentIndex: number): IndexedObject[] {
    const objects: IndexedObject[] = [];
    if (document.analysis.parsed.syntaxErrors.length > 0) return objects;
    document.analysis.objects.forEach((object, itemIndex) => {
      for (const facts of this.factsFor(object)) {
        objects.push(this.indexed(uri, document, documentIndex, itemIndex, object, facts));
      }
    });
    return objects;
  }

  /** What the object is to the index: nothing, or one fact, or one workload per pod template of a custom resource. */
  private factsFor(object: K8sObject): readonly ObjectFacts[] {
    let facts = this.factsCache.get(object);
    if (facts === undefined) {
      facts = allFactsOf(object);
      this.factsCache.set(object, facts);
    }
    return facts;
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

  private register(entry: DocumentEntry): void {
    const add = <V>(buckets: Buckets<V>, key: string, value: V): void => {
      buckets.add(key, value);
      entry.registrations.push(() => buckets.delete(key, value));
    };
    for (const object of entry.objects) {
      const { namespace } = object;
      const count = this.objectsPerNamespace.get(namespace) ?? 0;
      if (count === 0) this.namespaceSet.touch();
      this.objectsPerNamespace.set(namespace, count + 1);
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

  /** Takes all of a file's objects out of the lookups (they are built again by {@link update}). */
  private unregister(entry: FileEntry): void {
    for (const document of entry.documents) if (document) this.unregisterDocument(document);
    entry.documents = [];
  }

  private unregisterDocument(document: DocumentEntry): void {
    for (const undo of document.registrations) undo();
    document.registrations = [];
  }

  private forgetNamespaceObject(namespace: string): void {
    const count = (this.objectsPerNamespace.get(namespace) ?? 0) - 1;
    if (count > 0) this.objectsPerNamespace.set(namespace, count);
    else {
      this.objectsPerNamespace.delete(namespace);
      this.namespaceSet.touch();
    }
  }
}

interface FileEntry {
  readonly checker: FileChecker;
  file: IndexedFile;
  /** Per `---` document of the file (none when it is templated); `undefined` only transiently in {@link update}. */
  documents: (DocumentEntry | undefined)[];
}

/** The indexed objects of one `---` document, and how to take them out of the lookups again. */
interface DocumentEntry {
  readonly analysis: DocumentAnalysis;
  /** The document's first line when its objects were built: their ranges depend on it. */
  readonly line: number;
  readonly objects: readonly IndexedObject[];
  registrations: (() => void)[];
}

/** A lookup made while {@link WorkspaceIndex.tracked} records: which key of which bucket, and its version then. */
export interface Dependency {
  readonly source: Buckets<unknown>;
  /** {@link EVERY_KEY}: whether the buckets are empty (or, for namespaces, which keys exist). */
  readonly key: string;
  readonly version: number;
}

const EVERY_KEY = '\u0001*';

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
  tracker: Dependency[] | undefined,
): IndexedWorkload[] {
  let smallest: ReadonlySet<IndexedWorkload> | undefined;
  for (const [key, value] of Object.entries(selector)) {
    const candidates = index.get(labelKey(namespace, key, value), tracker);
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

/**
 * Sets of values by key; empty sets are dropped. Every change to a key's set gives the key a new version (from one
 * counter, so a key dropped and added again never gets an old version back), and a lookup given a tracker records
 * the key and its version there.
 */
class Buckets<V> {
  private readonly map = new Map<string, Set<V>>();
  private readonly versions = new Map<string, number>();
  private counter = 0;
  /** Changes when the buckets become empty or stop being empty (or on {@link touch}). */
  emptinessVersion = 0;

  add(key: string, value: V): void {
    let set = this.map.get(key);
    if (!set) {
      if (this.map.size === 0) this.emptinessVersion = ++this.counter;
      this.map.set(key, (set = new Set()));
    }
    set.add(value);
    this.versions.set(key, ++this.counter);
  }

  delete(key: string, value: V): void {
    const set = this.map.get(key);
    if (!set) return;
    set.delete(value);
    this.versions.set(key, ++this.counter);
    if (set.size === 0) {
      // An absent key is version 0 again: it answers as it did before it was added.
      this.versions.delete(key);
      this.map.delete(key);
      if (this.map.size === 0) this.emptinessVersion = ++this.counter;
    }
  }

  /** Marks a change that is not a key's: see {@link emptinessVersion}. */
  touch(): void {
    this.emptinessVersion = ++this.counter;
  }

  versionOf(key: string): number {
    return this.versions.get(key) ?? 0;
  }

  get(key: string, tracker?: Dependency[]): ReadonlySet<V> | undefined {
    tracker?.push({ source: this, key, version: this.versionOf(key) });
    return this.map.get(key);
  }

  get isEmpty(): boolean {
    return this.map.size === 0;
  }

  sorted(this: Buckets<V & IndexedObjectBase>, key: string, tracker?: Dependency[]): V[] {
    return this.sortedBy(key, compareObjects, tracker);
  }

  sortedBy(key: string, compare: (a: V, b: V) => number, tracker?: Dependency[]): V[] {
    const set = this.get(key, tracker);
    return set ? [...set].sort(compare) : [];
  }
}
