/**
 * The API server's error vocabulary (`k8s.io/apimachinery/pkg/util/validation/field`), so that a finding reads
 * exactly like what `kubectl apply` prints: `spec.ports[1].name: Required value`.
 */
import { goQuote } from './support/go-syntax';

export type ErrorType = 'Required' | 'Invalid' | 'Duplicate' | 'NotSupported' | 'Forbidden' | 'TooLong' | 'TooMany';

const TYPE_TEXT: Record<ErrorType, string> = {
  Required: 'Required value',
  Invalid: 'Invalid value',
  Duplicate: 'Duplicate value',
  NotSupported: 'Unsupported value',
  Forbidden: 'Forbidden',
  TooLong: 'Too long',
  TooMany: 'Too many',
};

/** Types whose text never shows the bad value (`field.Error.ErrorBody`). */
const VALUELESS: ReadonlySet<ErrorType> = new Set<ErrorType>(['Required', 'Forbidden', 'TooLong']);

/** A value Go prints with `%#v` that none of the others spells (`[]networking.IngressRule(nil)`), written out. */
export interface GoSyntax {
  readonly goSyntax: string;
}

export type BadValue = string | number | boolean | null | readonly string[] | GoSyntax;

export function formatApiError(field: string, type: ErrorType, value: BadValue | undefined, detail?: string): string {
  let body = TYPE_TEXT[type];
  if (!VALUELESS.has(type) && value !== undefined) body += `: ${formatValue(value)}`;
  if (detail) body += `: ${detail}`;
  return `${field}: ${body}`;
}

function isGoSyntax(value: BadValue): value is GoSyntax {
  return typeof value === 'object' && value !== null && 'goSyntax' in value;
}

/** Go's `%q` for strings, `%v` for numbers and booleans, `%#v` for a `[]string` (`[]string{"a", "b"}`). */
function formatValue(value: BadValue): string {
  if (typeof value === 'string') return goQuote(value);
  if (value === null) return '<nil>';
  if (isGoSyntax(value)) return value.goSyntax;
  if (typeof value === 'object') return `[]string{${value.map(goQuote).join(', ')}}`;
  return String(value);
}

/** `supported values: "SCTP", "TCP", "UDP"` as `field.NotSupported` words it. */
export function supportedValues(values: readonly string[]): string {
  return `supported values: ${values.map(goQuote).join(', ')}`;
}
