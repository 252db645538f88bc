/**
 * Ports of the DNS name checks and message helpers of
 * k8s.io/apimachinery/pkg/util/validation/validation.go (IsDNS1123Label,
 * IsDNS1123Subdomain, IsDNS1035Label, MaxLenError, RegexError, EmptyError)
 * and of the ValidateNameFunc helpers of
 * k8s.io/apimachinery/pkg/api/validation/generic.go (NameIsDNSSubdomain,
 * NameIsDNSLabel, NameIsDNS1035Label).
 *
 * Every function returns the list of messages upstream returns, in upstream
 * order; an empty list means the value is valid. Lengths are measured the way
 * Go's len() measures a string: in UTF-8 bytes.
 */

/** DNS1123LabelMaxLength: a label's max length in DNS (RFC 1123). */
export const DNS1123_LABEL_MAX_LENGTH = 63;
/** DNS1123SubdomainMaxLength: a subdomain's max length in DNS (RFC 1123). */
export const DNS1123_SUBDOMAIN_MAX_LENGTH = 253;
/** DNS1035LabelMaxLength: a label's max length in DNS (RFC 1035). */
export const DNS1035_LABEL_MAX_LENGTH = 63;

/** Unit that a "too long" message names. util/validation says "characters"; api/validate/content says "bytes". */
export type LengthUnit = 'characters' | 'bytes';

/** Number of bytes Go's len() reports for the UTF-8 encoding of `value`. */
export function utf8ByteLength(value: string): number {
  let bytes = 0;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit < 0x80) {
      bytes += 1;
    } else if (unit < 0x800) {
      bytes += 2;
    } else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4; // a surrogate pair is one astral code point
        i++;
      } else {
        bytes += 3; // lone surrogate: encoded as U+FFFD
      }
    } else {
      bytes += 3;
    }
  }
  return bytes;
}

/** MaxLenError (util/validation): `must be no more than N characters`; unit 'bytes' gives content.MaxLenError. */
export function maxLenError(length: number, unit: LengthUnit = 'characters'): string {
  return `must be no more than ${length} ${unit}`;
}

/** RegexError: `msg (e.g. 'a',  or 'b', regex used for validation is 'fmt')`. */
export function regexError(msg: string, fmt: string, ...examples: string[]): string {
  if (examples.length === 0) {
    return msg + " (regex used for validation is '" + fmt + "')";
  }
  let out = msg + ' (e.g. ';
  for (let i = 0; i < examples.length; i++) {
    if (i > 0) {
      out += ' or ';
    }
    out += "'" + examples[i] + "', ";
  }
  out += "regex used for validation is '" + fmt + "')";
  return out;
}

/** EmptyError: `must be non-empty`. */
export function emptyError(): string {
  return 'must be non-empty';
}

/** Prepends `prefix` to every message (upstream prefixEach). */
export function prefixEach(msgs: readonly string[], prefix: string): string[] {
  return msgs.map((m) => prefix + m);
}

export const DNS1123_LABEL_FMT = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_LABEL_ERR_MSG =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";
const dns1123LabelRegexp = new RegExp('^' + DNS1123_LABEL_FMT + '$');

export const DNS1123_SUBDOMAIN_FMT = DNS1123_LABEL_FMT + '(\\.' + DNS1123_LABEL_FMT + ')*';
const DNS1123_SUBDOMAIN_ERR_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
const dns1123SubdomainRegexp = new RegExp('^' + DNS1123_SUBDOMAIN_FMT + '$');

export const DNS1035_LABEL_FMT = '[a-z]([-a-z0-9]*[a-z0-9])?';
const DNS1035_LABEL_ERR_MSG =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character";
const dns1035LabelRegexp = new RegExp('^' + DNS1035_LABEL_FMT + '$');

/**
 * IsDNS1123Label. A value that is a valid subdomain but not a label gets
 * "must not contain dots" instead of the regex message.
 */
export function isDNS1123Label(value: string): string[] {
  const errs: string[] = [];
  if (utf8ByteLength(value) > DNS1123_LABEL_MAX_LENGTH) {
    errs.push(maxLenError(DNS1123_LABEL_MAX_LENGTH));
  }
  if (!dns1123LabelRegexp.test(value)) {
    if (dns1123SubdomainRegexp.test(value)) {
      // It was a valid subdomain and not a valid label. Since we already
      // checked length, it must be dots.
      errs.push('must not contain dots');
    } else {
      errs.push(regexError(DNS1123_LABEL_ERR_MSG, DNS1123_LABEL_FMT, 'my-name', '123-abc'));
    }
  }
  return errs;
}

/**
 * IsDNS1123Subdomain. `unit` only changes the wording of the length message:
 * the copy in api/validate/content (used for label-key prefixes) says "bytes".
 */
export function isDNS1123Subdomain(value: string, unit: LengthUnit = 'characters'): string[] {
  const errs: string[] = [];
  if (utf8ByteLength(value) > DNS1123_SUBDOMAIN_MAX_LENGTH) {
    errs.push(maxLenError(DNS1123_SUBDOMAIN_MAX_LENGTH, unit));
  }
  if (!dns1123SubdomainRegexp.test(value)) {
    errs.push(regexError(DNS1123_SUBDOMAIN_ERR_MSG, DNS1123_SUBDOMAIN_FMT, 'example.com'));
  }
  return errs;
}

/** IsDNS1035Label (the rule for Service names). */
export function isDNS1035Label(value: string): string[] {
  const errs: string[] = [];
  if (utf8ByteLength(value) > DNS1035_LABEL_MAX_LENGTH) {
    errs.push(maxLenError(DNS1035_LABEL_MAX_LENGTH));
  }
  if (!dns1035LabelRegexp.test(value)) {
    errs.push(regexError(DNS1035_LABEL_ERR_MSG, DNS1035_LABEL_FMT, 'my-name', 'abc-123'));
  }
  return errs;
}

/**
 * maskTrailingDash (api/validation/generic.go): when a generateName ends in
 * '-', upstream replaces the last TWO bytes with "a" (`name[:len(name)-2] + "a"`).
 * Upstream has no length guard, so a bare "-" would panic there; here it is
 * left unchanged (and then fails the regex).
 */
function maskTrailingDash(name: string): string {
  if (name.endsWith('-') && name.length > 1) {
    return name.slice(0, name.length - 2) + 'a';
  }
  return name;
}

/** A ValidateNameFunc: (name, prefix) => messages. `prefix` is true for generateName. */
export type ValidateNameFunc = (name: string, prefix: boolean) => string[];

/** NameIsDNSSubdomain (e.g. Endpoints, Node names). */
export const nameIsDNSSubdomain: ValidateNameFunc = (name, prefix) =>
  isDNS1123Subdomain(prefix ? maskTrailingDash(name) : name);

/** NameIsDNSLabel (e.g. Namespace names). */
export const nameIsDNSLabel: ValidateNameFunc = (name, prefix) =>
  isDNS1123Label(prefix ? maskTrailingDash(name) : name);

/** NameIsDNS1035Label (Service names: core ValidateServiceName). */
export const nameIsDNS1035Label: ValidateNameFunc = (name, prefix) =>
  isDNS1035Label(prefix ? maskTrailingDash(name) : name);

const WILDCARD_DNS1123_SUBDOMAIN_FMT = '\\*\\.' + DNS1123_SUBDOMAIN_FMT;
const WILDCARD_DNS1123_SUBDOMAIN_ERR_MSG =
  "a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character";
const wildcardDNS1123SubdomainRegexp = new RegExp('^' + WILDCARD_DNS1123_SUBDOMAIN_FMT + '$');

/** IsWildcardDNS1123Subdomain: `*.` then a DNS-1123 subdomain (RFC 1034 section 4.3.3). */
export function isWildcardDNS1123Subdomain(value: string): string[] {
  const errs: string[] = [];
  if (utf8ByteLength(value) > DNS1123_SUBDOMAIN_MAX_LENGTH) {
    errs.push(maxLenError(DNS1123_SUBDOMAIN_MAX_LENGTH));
  }
  if (!wildcardDNS1123SubdomainRegexp.test(value)) {
    errs.push(regexError(WILDCARD_DNS1123_SUBDOMAIN_ERR_MSG, WILDCARD_DNS1123_SUBDOMAIN_FMT, '*.example.com'));
  }
  return errs;
}
