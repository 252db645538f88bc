import type { Located } from '../documents/check-file';
import type { K8sObject } from '../model/k8s-object';
import type { Range } from '../parse/line-index';
import type { Span } from '../parse/located-node';
import type { Labels } from './labels';
import type { EndpointSliceFacts, EndpointsFacts, IngressFacts, ServiceFacts, WorkloadFacts } from './object-facts';

/** Where an object of the workspace is and who it is; spans are offsets into its `---` document's text. */
export interface IndexedObjectBase {
  readonly uri: string;
  readonly apiVersion: string;
  readonly kind: string;
  /** `metadata.name`; `''` when absent (generateName). */
  readonly name: string;
  /**
   * Effective namespace: `metadata.namespace`, else the default namespace (`kubeSvc.defaultNamespace`), else `''`
   * (`UNSET_NAMESPACE`): applied wherever it is applied, so the index matches it with every namespace.
   */
  readonly namespace: string;
  /** False when the namespace is the default because `metadata.namespace` is not written. */
  readonly namespaceWritten: boolean;
  /** Which `---` document of the file holds it. */
  readonly documentIndex: number;
  /** The object within its document (0, or its place in a `kind: List`). */
  readonly itemIndex: number;
  readonly object: K8sObject;
  /**
   * The document it comes from, with the line index that turns its spans into file positions. The index keeps an
   * object while its document's analysis and first line stay the same, so `chunk.line` is current but
   * `chunk.offset` may be stale (an edit in an earlier document that adds no line shifts it): read positions through
   * `chunk.line` and the analysis' line index ({@link rangeIn}), never through `chunk.offset`.
   */
  readonly document: Located;
  /** The whole object, in file coordinates: for "reveal in editor". */
  readonly range: Range;
  /** `metadata.name`'s value, else the object. */
  readonly nameSpan: Span;
  /** `metadata.labels` (for a workload, not its pods' labels: those are `template.labels`). */
  readonly labels: Labels;
}

export type IndexedService = IndexedObjectBase & ServiceFacts;
export type IndexedEndpoints = IndexedObjectBase & EndpointsFacts;
export type IndexedEndpointSlice = IndexedObjectBase & EndpointSliceFacts;
export type IndexedIngress = IndexedObjectBase & IngressFacts;
export type IndexedWorkload = IndexedObjectBase & WorkloadFacts;

export type IndexedObject = IndexedService | IndexedEndpoints | IndexedEndpointSlice | IndexedIngress | IndexedWorkload;

/** A span of an indexed object's document, in file coordinates. */
export function rangeIn(object: IndexedObjectBase, span: Span): Range {
  return object.document.analysis.lines.range(span, object.document.chunk.line);
}

/** Stable order: by file, then by place in the file. */
export function compareObjects(a: IndexedObjectBase, b: IndexedObjectBase): number {
  if (a.uri !== b.uri) return a.uri < b.uri ? -1 : 1;
  return a.documentIndex - b.documentIndex || a.itemIndex - b.itemIndex;
}
