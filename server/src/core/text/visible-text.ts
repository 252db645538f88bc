/**
 * Manifest text made safe to show: every character that a screen hides, moves or reorders — control characters
 * (newline, ESC, NUL), format characters (bidi overrides, zero-width joiners, the BOM), line and paragraph
 * separators and every space other than U+0020 — is written as an escape (`\n`, `\x1b`, `\u202e`), and `\` as `\\`
 * so that an escape cannot be faked. What is shown is then exactly what is there, one visible character per
 * hidden one, and nothing can break a line, a terminal or the reading order.
 */
export function visibleText(value: string): string {
  return value.replace(HIDDEN, escapeOf);
}

/** True when {@link visibleText} would change nothing. */
export function isVisibleText(value: string): boolean {
  HIDDEN.lastIndex = 0;
  return !HIDDEN.test(value);
}

// Cc control, Cf format (bidi, zero-width, BOM), Cs lone surrogate, Zl/Zp separators, Zs spaces but U+0020.
const HIDDEN = /[\\\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/gu;

const NAMED: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

function escapeOf(ch: string): string {
  const named = NAMED[ch];
  if (named) return named;
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x100) return `\\x${code.toString(16).padStart(2, '0')}`;
  return code < 0x10000 ? `\\u${code.toString(16).padStart(4, '0')}` : `\\u{${code.toString(16)}}`;
}
