/** The shape of one field's or value's explanation, in the localizer's language. */

export interface FieldDoc {
  /** One or two sentences: what the field means. Markdown allowed (inline code). */
  readonly summary: string;
  /** Longer explanation, e.g. the traffic path for port / targetPort / nodePort. Markdown. */
  readonly details?: string;
  /** The API server's default, in words (e.g. "`TCP`", "the value of `port`"). */
  readonly defaultText?: string;
  /** What the API server requires of the value. */
  readonly constraints?: readonly string[];
  /** A short YAML example (no fences): code, so never translated. */
  readonly example?: string;
}
