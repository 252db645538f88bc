/**
 * Ports of the label-key ("qualified name") and label-value checks.
 *
 * On current upstream master, util/validation.IsQualifiedName and
 * IsValidLabelValue are aliases of content.IsLabelKey / content.IsLabelValue
 * (k8s.io/apimachinery/pkg/api/validate/content/kube.go). That package has its
 * own MaxLenError, which says "bytes" rather than "characters", and the
 * too-many-slashes message starts "a valid label key" (older releases said
 * "a qualified name" and "characters"). The prefix of a label key is checked
 * with content.IsDNS1123Subdomain, so its length message says "bytes" too.
 */

import { emptyError, isDNS1123Subdomain, maxLenError, prefixEach, regexError, utf8ByteLength } from './dns-names';

const LABEL_KEY_CHAR_FMT = '[A-Za-z0-9]';
const LABEL_KEY_EXT_CHAR_FMT = '[-A-Za-z0-9_.]';
/** labelKeyFmt / qualifiedNameFmt. */
export const LABEL_KEY_FMT = '(' + LABEL_KEY_CHAR_FMT + LABEL_KEY_EXT_CHAR_FMT + '*)?' + LABEL_KEY_CHAR_FMT;
const LABEL_KEY_ERR_MSG =
  "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
/** Max length of the name part of a label key. */
export const LABEL_KEY_MAX_LENGTH = 63;
const labelKeyRegexp = new RegExp('^' + LABEL_KEY_FMT + '$');

/** labelValueFmt. */
export const LABEL_VALUE_FMT = '(' + LABEL_KEY_FMT + ')?';
const LABEL_VALUE_ERR_MSG =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
/** LabelValueMaxLength. */
export const LABEL_VALUE_MAX_LENGTH = 63;
const labelValueRegexp = new RegExp('^' + LABEL_VALUE_FMT + '$');

/**
 * IsQualifiedName / content.IsLabelKey: an optional DNS-subdomain prefix and
 * '/', then a name of at most 63 bytes. Used for label keys, selector keys and
 * port appProtocol values.
 */
export function isQualifiedName(value: string): string[] {
  const errs: string[] = [];
  const parts = value.split('/');
  let name: string;
  if (parts.length === 1) {
    name = parts[0] ?? '';
  } else if (parts.length === 2) {
    const prefix = parts[0] ?? '';
    name = parts[1] ?? '';
    if (prefix.length === 0) {
      errs.push('prefix part ' + emptyError());
    } else {
      const msgs = isDNS1123Subdomain(prefix, 'bytes');
      if (msgs.length !== 0) {
        errs.push(...prefixEach(msgs, 'prefix part '));
      }
    }
  } else {
    errs.push(
      'a valid label key ' +
        regexError(LABEL_KEY_ERR_MSG, LABEL_KEY_FMT, 'MyName', 'my.name', '123-abc') +
        " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
    );
    return errs;
  }

  if (name.length === 0) {
    errs.push('name part ' + emptyError());
  } else if (utf8ByteLength(name) > LABEL_KEY_MAX_LENGTH) {
    errs.push('name part ' + maxLenError(LABEL_KEY_MAX_LENGTH, 'bytes'));
  }
  if (!labelKeyRegexp.test(name)) {
    errs.push('name part ' + regexError(LABEL_KEY_ERR_MSG, LABEL_KEY_FMT, 'MyName', 'my.name', '123-abc'));
  }
  return errs;
}

/** content.IsLabelKey is the current upstream name of IsQualifiedName. */
export const isLabelKey = isQualifiedName;

/** IsValidLabelValue / content.IsLabelValue: empty, or at most 63 bytes of [-A-Za-z0-9_.] starting and ending alphanumeric. */
export function isValidLabelValue(value: string): string[] {
  const errs: string[] = [];
  if (utf8ByteLength(value) > LABEL_VALUE_MAX_LENGTH) {
    errs.push(maxLenError(LABEL_VALUE_MAX_LENGTH, 'bytes'));
  }
  if (!labelValueRegexp.test(value)) {
    errs.push(regexError(LABEL_VALUE_ERR_MSG, LABEL_VALUE_FMT, 'MyValue', 'my_value', '12345'));
  }
  return errs;
}
