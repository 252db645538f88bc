/**
 * What the Service preview shows, already worded in the user's language: the panel's page and the CLI lay it out
 * and compute nothing (see ARCHITECTURE.md, "The webview renders; it does not compute"). Types only, importing
 * nothing: `protocol/preview-protocol.ts` re-exports them for the VS Code client, whose bundles must not pull code
 * from here.
 */

/** Zero-based line and UTF-16 character, as in LSP. */
export interface PreviewPosition {
  readonly line: number;
  readonly character: number;
}

export interface PreviewRange {
  readonly start: PreviewPosition;
  readonly end: PreviewPosition;
}

export interface PreviewModel {
  readonly uri: string;
  /** `service`: the one Service at the position; `file`: every Service of the file. */
  readonly scope: 'service' | 'file';
  readonly services: readonly ServicePreview[];
  /** Why `services` is empty (no Service in the file, a Helm template, a file the server does not hold). */
  readonly empty?: string;
  /** Headings and button words in the user's language. */
  readonly labels: PreviewLabels;
}

export interface PreviewLabels {
  readonly title: string;
  readonly name: string;
  readonly file: string;
  readonly namespace: string;
  readonly type: string;
  readonly selector: string;
  readonly noSelector: string;
  readonly workloads: string;
  readonly noWorkloads: string;
  readonly ports: string;
  readonly noPorts: string;
  readonly nodePort: string;
  readonly addresses: string;
  readonly warnings: string;
  readonly noWarnings: string;
  /** Beside an address of a Service the API server refuses. */
  readonly wouldBe: string;
  /** Before a quick fix's title, on its button. */
  readonly fix: string;
  readonly sessionAffinity: string;
  readonly copy: string;
  readonly copied: string;
  readonly reveal: string;
}

/** Where the Service's endpoints come from: the selector's pods, hand-written Endpoints, or DNS (ExternalName). */
export type PreviewBacking = 'selector' | 'manual' | 'external-name';

export interface ServicePreview {
  readonly name: string;
  readonly namespace: string;
  /** Effective type: `ClusterIP` when not written. */
  readonly type: string;
  readonly headless: boolean;
  readonly backing: PreviewBacking;
  readonly uri: string;
  /** The whole Service object. */
  readonly range: PreviewRange;
  /** One sentence: what kind of Service this is and who can reach it. */
  readonly summary: string;
  readonly selector: readonly LabelPair[];
  /** Said instead of the selector when there is none (selector-less, ExternalName). */
  readonly selectorNote?: string;
  readonly workloads: readonly WorkloadPreview[];
  /** Said when `workloads` is empty. */
  readonly workloadsNote?: string;
  readonly ports: readonly PortPreview[];
  /** Every finding about this Service, the file's own and the cross-file ones, errors first. */
  readonly warnings: readonly PreviewWarning[];
  /**
   * Said first when a finding is an error (the API server refuses the Service: "The API server refuses this
   * Service: …"); its addresses are then marked `wouldBe`.
   */
  readonly refused?: string;
  readonly addresses: readonly AddressGroup[];
  /** `None`, or `ClientIP` with its timeout, in words; absent for an ExternalName, where it does not apply. */
  readonly sessionAffinity?: string;
}

export interface LabelPair {
  readonly key: string;
  readonly value: string;
}

export interface WorkloadPreview {
  readonly kind: string;
  readonly name: string;
  readonly namespace: string;
  readonly uri: string;
  /** The whole object, for "reveal in editor". */
  readonly range: PreviewRange;
  /** Effective replicas (1 when not written); null where the kind has none (DaemonSet, Job, an operator's). */
  readonly replicas: number | null;
  /** `3 replicas`, `1 replica (default)`, `one pod per node`. */
  readonly replicasText: string;
  /** The one pod the selector picks by a label its controller adds (`statefulset.kubernetes.io/pod-name: web-1`). */
  readonly pod?: string;
  /** `selects only pod web-1`, said with `pod`. */
  readonly podText?: string;
}

/**
 * - `resolved`, `undeclared`, `name-not-found`, `protocol-mismatch`, `no-workloads`, `unknown`, `no-target-port`:
 *   how the targetPort resolves in the selected workloads' containers;
 * - `manual`: selector-less: the Endpoints' ports are used;
 * - `external-name`: ExternalName: no proxying, the port is only informational.
 */
export type PortStatus =
  | 'resolved'
  | 'undeclared'
  | 'name-not-found'
  | 'protocol-mismatch'
  | 'no-workloads'
  | 'unknown'
  | 'no-target-port'
  | 'manual'
  | 'external-name';

export interface PortPreview {
  readonly index: number;
  /** `''` when unnamed. */
  readonly name: string;
  readonly port: number | null;
  /** Effective protocol: `TCP` when not written. */
  readonly protocol: string;
  /** The effective targetPort as text (`8080`, `http`); `''` when it cannot be read. */
  readonly targetPort: string;
  readonly nodePort: number | null;
  readonly appProtocol: string | null;
  /** `https` for `appProtocol: https` or a port named `https` (`https-…`, `…-https`), else `http`; null for UDP and SCTP. */
  readonly scheme: 'http' | 'https' | null;
  /** `port → targetPort → container/containerPort (protocol)`, e.g. `80 → http → web/8080 (TCP)`. */
  readonly chain: string;
  readonly targets: readonly PortTarget[];
  readonly status: PortStatus;
  /** False when traffic to this port goes nowhere or somewhere unexpected. */
  readonly ok: boolean;
  /**
   * How the page draws the row: `bad` when not `ok` or an error finding is on the port, `warning` when another
   * finding is on it (a targetPort no selected container declares), else `ok`. Read from the rules' findings.
   */
  readonly state: 'ok' | 'warning' | 'bad';
  readonly statusText: string;
}

/** A container port the Service port reaches. */
export interface PortTarget {
  readonly workloadKind: string;
  readonly workloadName: string;
  readonly container: string;
  readonly containerPort: number | null;
  /** `''` when unnamed. */
  readonly portName: string;
  readonly protocol: string;
}

export interface PreviewWarning {
  readonly severity: 'error' | 'warning' | 'info' | 'hint';
  /** The rule id. */
  readonly code: string;
  readonly message: string;
  /** The API server's field path (`spec.ports[1].name`); empty for a syntax error. */
  readonly field: string;
  /** Where the finding is, in the Service's file. */
  readonly range: PreviewRange;
  /** The light bulb's quick fixes for this finding (none when the file is not open in an editor). */
  readonly fixes: readonly PreviewFix[];
}

/** A quick fix: the same title and edits as the editor's light bulb offers for the finding. */
export interface PreviewFix {
  readonly title: string;
  readonly preferred: boolean;
  /** Edits of the Service's file. */
  readonly edits: readonly PreviewTextEdit[];
}

export interface PreviewTextEdit {
  readonly range: PreviewRange;
  readonly newText: string;
}

export type AddressKind =
  | 'cluster-dns'
  | 'cluster-ip'
  | 'node-port'
  | 'load-balancer'
  | 'external-ip'
  | 'external-name'
  | 'pod-dns'
  | 'endpoints'
  | 'ingress';

/** One way in: cluster DNS, the ClusterIP, every node's port, the load balancer, an Ingress route… */
export interface AddressGroup {
  readonly kind: AddressKind;
  readonly title: string;
  readonly addresses: readonly PreviewAddress[];
  /** Said under the title: why the list is empty or what the addresses mean. */
  readonly hint?: string;
}

export interface PreviewAddress {
  /** A URL, `host:port` or a DNS name; with `<…>` placeholders when a part is unknown. */
  readonly text: string;
  /**
   * Whether `text` is a real address made of valid parts (no placeholder): only these get a copy button, and what
   * is copied is exactly `text`.
   */
  readonly copyable: boolean;
  /**
   * True when a part from the manifest is not a valid address part (a newline, `$(…)`, a bidi override in a host):
   * `text` then shows it with hidden characters escaped, and it is never copyable.
   */
  readonly invalid?: boolean;
  /** Which node, port or route it is. */
  readonly note?: string;
  /**
   * True when the API server refuses the Service (`ServicePreview.refused`): the address is what it would be once
   * the Service is accepted, not one that works now.
   */
  readonly wouldBe?: boolean;
  /**
   * A node's port under `externalTrafficPolicy: Local`: `answers` (the node runs a pod of the Service), `drops`
   * (it runs none: the traffic is dropped, never copyable) or `maybe` (where the pods run is not known).
   */
  readonly reach?: 'answers' | 'drops' | 'maybe';
}
