/** Go's `strings` functions where JavaScript's differ, for the values the API server compares and trims. */

/**
 * Go's `strings.TrimSpace`: trims what `unicode.IsSpace` calls space. Unlike JavaScript's `trim()`, that includes
 * U+0085 (NEL) and excludes U+FEFF (BOM).
 */
export function goTrimSpace(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isGoSpace(text.charCodeAt(start))) start++;
  while (end > start && isGoSpace(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

function isGoSpace(code: number): boolean {
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x85 || code === 0xa0) return true;
  // The Unicode space separators (Zs, Zl, Zp) above Latin-1.
  return (
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/**
 * Go's `strings.ToLower`: rune by rune with the simple case mapping. JavaScript's `toLowerCase` differs for U+0130
 * (İ), which it expands to "i̇" where Go gives a plain "i", and for a final sigma, which rune-by-rune avoids.
 */
export function goToLower(value: string): string {
  let lowered = '';
  for (const char of value) lowered += char === '\u0130' ? 'i' : char.toLowerCase();
  return lowered;
}
