/** The shape of one language's texts: field and value explanations, rule advice, and the few UI words. */

export type Language = 'en' | 'ko';

export interface FieldDoc {
  /** One or two sentences: what the field means. Markdown allowed (inline code). */
  readonly summary: string;
  /** Longer explanation, e.g. the traffic path for port / targetPort / nodePort. Markdown. */
  readonly details?: string;
  /** The API server's default, in words (e.g. "`TCP`", "the value of `port`"). */
  readonly defaultText?: string;
  /** What the API server requires of the value. */
  readonly constraints?: readonly string[];
  /** A short YAML example (no fences). */
  readonly example?: string;
}

export interface UiWords {
  readonly default: string;
  readonly constraints: string;
  readonly example: string;
  /** Heading before a value resolved from this manifest ("In this manifest"). */
  readonly inThisManifest: string;
}

export interface DocSet {
  /**
   * Field docs keyed by `<Kind>:<path>` with `[]` for list items and `.` between keys, e.g.
   * `Service:spec.ports[].targetPort`, `Service:spec.sessionAffinityConfig.clientIP.timeoutSeconds`,
   * `Endpoints:subsets[].addresses[].ip`, `Service:metadata.name`, `Service:kind`.
   */
  readonly fields: Readonly<Record<string, FieldDoc>>;
  /** Enumeration value docs keyed by `<Kind>:<path>=<value>`, e.g. `Service:spec.type=NodePort`. */
  readonly values: Readonly<Record<string, FieldDoc>>;
  /** Per rule id: one sentence telling the user what to do, appended to the API server's message. */
  readonly ruleAdvice: Readonly<Record<string, string>>;
  readonly ui: UiWords;
}
