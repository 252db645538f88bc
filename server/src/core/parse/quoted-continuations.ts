import { parseDocument } from 'yaml';
import type { ErrorAt } from './error-at';

/**
 * go-yaml v2 reads the continuation lines of a quoted scalar at any indentation, even less than its key's
 * (`foo: 'a long` / `line'` both at column 4); YAML 1.2 and the `yaml` package want them indented more than the
 * key, and report a missing closing quote. Such a scalar, read as go-yaml reads it.
 */
export interface Rejoined {
  /** The text with the line breaks inside each such scalar replaced by spaces: the same offsets, one line each. */
  readonly text: string;
  /** The value go-yaml gives each of them, by the offset of its opening quote. */
  readonly values: ReadonlyMap<number, string>;
}

/** The scalars whose closing quote the `yaml` package missed, as go-yaml reads them; undefined if none. */
export function rejoinQuotedLines(text: string, errors: readonly ErrorAt[]): Rejoined | undefined {
  let joined = text;
  const values = new Map<number, string>();
  for (const error of errors) {
    const quote = /^Missing closing (['"])quote/.exec(error.message)?.[1];
    if (!quote) continue;
    const open = openingQuote(text, error.pos[0], quote);
    const close = open === undefined ? undefined : closingQuote(text, open, quote);
    if (open === undefined || close === undefined || values.has(open)) continue;
    const scalar = text.slice(open, close + 1);
    const value = parseDocument(scalar, { version: '1.1' }).contents;
    if (value === null || !('value' in value) || typeof value.value !== 'string') continue;
    values.set(open, value.value);
    joined = joined.slice(0, open) + scalar.replace(/[\r\n]/g, ' ') + joined.slice(close + 1);
  }
  return values.size === 0 ? undefined : { text: joined, values };
}

/**
 * The quote left open at the end of the line `lineEnd` ends: a quote where a value starts (the line's first
 * character, or after `: `, `- `, `? `, `[`, `{` or `,`), scanned past closed quotes and up to a comment.
 */
function openingQuote(text: string, lineEnd: number, quote: string): number | undefined {
  let at = text.lastIndexOf('\n', lineEnd - 1) + 1;
  while (at < lineEnd) {
    const c = text[at];
    if (c === '#' && (at === 0 || /\s/.test(text[at - 1]))) return undefined;
    if ((c === "'" || c === '"') && startsValue(text, at)) {
      const close = closingOnLine(text, at, c, lineEnd);
      if (close === undefined) return c === quote ? at : undefined;
      at = close + 1;
      continue;
    }
    at++;
  }
  return undefined;
}

function startsValue(text: string, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && (text[before] === ' ' || text[before] === '\t')) before--;
  if (before < 0 || text[before] === '\n') return true;
  const c = text[before];
  if (c === '[' || c === '{' || c === ',') return true;
  return (c === ':' || c === '-' || c === '?') && before + 1 < at;
}

function closingOnLine(text: string, open: number, quote: string, lineEnd: number): number | undefined {
  const close = closingQuote(text, open, quote);
  return close !== undefined && close < lineEnd ? close : undefined;
}

/** The quote that closes the scalar opened at `open`: `''` is a quote inside single quotes, `\` escapes in double. */
function closingQuote(text: string, open: number, quote: string): number | undefined {
  for (let at = open + 1; at < text.length; at++) {
    const c = text[at];
    if (quote === '"' && c === '\\') at++;
    else if (c === quote && quote === "'" && text[at + 1] === "'") at++;
    else if (c === quote) return at;
  }
  return undefined;
}
