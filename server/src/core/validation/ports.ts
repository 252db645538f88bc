/**
 * Ports of IsValidPortNum, IsInRange, InclusiveRangeError and IsValidPortName
 * from k8s.io/apimachinery/pkg/util/validation/validation.go.
 */

import { maxLenError, utf8ByteLength } from './dns-names';

/** InclusiveRangeError: `must be between LO and HI, inclusive`. */
export function inclusiveRangeError(lo: number, hi: number): string {
  return `must be between ${lo} and ${hi}, inclusive`;
}

/** IsValidPortNum: a valid, non-zero port number (1-65535). */
export function isValidPortNum(port: number): string[] {
  if (1 <= port && port <= 65535) {
    return [];
  }
  return [inclusiveRangeError(1, 65535)];
}

/** IsInRange: `min <= value <= max`. */
export function isInRange(value: number, min: number, max: number): string[] {
  if (value >= min && value <= max) {
    return [];
  }
  return [inclusiveRangeError(min, max)];
}

/** IANA_SVC_NAME max length. */
export const PORT_NAME_MAX_LENGTH = 15;
const portNameCharsetRegex = /^[-a-z0-9]+$/;
const portNameOneLetterRegexp = /[a-z]/;

/**
 * IsValidPortName (IANA_SVC_NAME, RFC 6335 but lower case only): one message
 * per broken rule, in upstream order. Note that an empty string breaks two
 * rules (charset and "at least one letter"); upstream callers check for an
 * empty name before calling this.
 */
export function isValidPortName(port: string): string[] {
  const errs: string[] = [];
  if (utf8ByteLength(port) > PORT_NAME_MAX_LENGTH) {
    errs.push(maxLenError(PORT_NAME_MAX_LENGTH));
  }
  if (!portNameCharsetRegex.test(port)) {
    errs.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  }
  if (!portNameOneLetterRegexp.test(port)) {
    errs.push('must contain at least one letter (a-z)');
  }
  if (port.includes('--')) {
    errs.push('must not contain consecutive hyphens');
  }
  if (port.length > 0 && (port.startsWith('-') || port.endsWith('-'))) {
    errs.push('must not begin or end with a hyphen');
  }
  return errs;
}
