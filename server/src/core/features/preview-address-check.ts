import type { PreviewAddress } from './preview-model';
import { isVisibleText, visibleText } from '../text/visible-text';
import { isDNS1035Label, isDNS1123Label, isDNS1123Subdomain, isValidIPForLegacyField, isValidPortNum } from '../validation';
import type { PreviewWords } from './preview-words';

/**
 * Whether the preview may offer an address for copying. Its parts come from the manifest (names, hosts, IPs, paths)
 * and a Copy button puts them on the clipboard, from where they are pasted into a browser or a shell: only an
 * address made of valid parts is copyable, and it contains nothing a screen hides or a shell interprets.
 */

/** An IP address as the API server's strict parsing accepts it (no leading zeros, which curl reads as octal). */
export function validIP(value: string): boolean {
  return isValidIPForLegacyField(value).length === 0;
}

/** An IP address or a lowercase DNS name (RFC 1123 subdomain), optionally fully qualified with a final dot. */
export function validHost(value: string): boolean {
  return validIP(value) || isDNS1123Subdomain(value.endsWith('.') ? value.slice(0, -1) : value).length === 0;
}

/** One DNS label: a namespace, a pod's host name. */
export function validLabel(value: string): boolean {
  return isDNS1123Label(value).length === 0;
}

/** A Service name (DNS-1035 label), as the API server requires it. */
export function validServiceName(value: string): boolean {
  return isDNS1035Label(value).length === 0;
}

export function validPort(port: number | undefined): boolean {
  return port !== undefined && Number.isInteger(port) && isValidPortNum(port).length === 0;
}

/**
 * A URL path of RFC 3986 path characters, less the sub-delimiters a shell interprets (`! $ & ' ( ) * ;`), with
 * well-formed percent escapes: `/api/v1`, `/a%20b`. A regular expression path (`/api(/|$)(.*)`) is not a URL.
 */
export function validUrlPath(path: string): boolean {
  return /^\/(?:[A-Za-z0-9\-._~+,=:@/]|%[0-9A-Fa-f]{2})*$/.test(path);
}

/**
 * - `valid`: every part is a valid address part: copyable, shown exactly as copied;
 * - `placeholder`: the parts from the manifest are valid but one is unknown (`<node IP>`): shown, not copyable;
 * - `invalid`: a part from the manifest is not a valid address part: shown as text, marked, never copyable.
 */
export type AddressState = 'valid' | 'placeholder' | 'invalid';

export function stateOf(partsValid: boolean, placeholder: boolean): AddressState {
  if (!partsValid) return 'invalid';
  return placeholder ? 'placeholder' : 'valid';
}

/**
 * The address as the preview shows it. A valid one is shown as it will be copied; an invalid one has its hidden
 * characters (newlines, ESC, NUL, bidi overrides) written as escapes, so what is shown is what is there, and a note
 * saying why it has no Copy button.
 */
export function shownAddress(text: string, note: string | undefined, state: AddressState, words: PreviewWords): PreviewAddress {
  if (state === 'invalid' || !isVisibleText(text)) {
    const marked = note ? `${words.notes.invalid} · ${note}` : words.notes.invalid;
    return { text: visibleText(text), copyable: false, invalid: true, note: marked };
  }
  return { text, copyable: state === 'valid', ...(note === undefined ? {} : { note }) };
}
