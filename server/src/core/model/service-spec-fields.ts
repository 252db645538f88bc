import { get, isScalar, pairOf } from '../parse/located-node';
import type { LNode, LPair, LScalar } from '../parse/located-node';
import type { K8sObject } from './k8s-object';
import { isValidCIDRForLegacyField } from '../validation';

/**
 * Typed reads of single Service fields as Go's decoder sees them, for the rules that check a field's value.
 * A field whose YAML value has the wrong type is returned as undefined: the decoder refuses the object and
 * another rule reports that, so a value rule stays silent.
 */
export interface ScalarField<T> {
  readonly pair: LPair;
  readonly node: LScalar;
  readonly value: T;
}

export function specOf(object: K8sObject): LNode | undefined {
  return get(object.root, 'spec');
}

/** A string field. `~` is Go's nil (absent); `""` is a set, empty string, which matters for `*string` fields. */
export function stringField(parent: LNode | undefined, key: string): ScalarField<string> | undefined {
  const pair = pairOf(parent, key);
  const node = pair?.value;
  if (!pair || !isScalar(node) || typeof node.value !== 'string') return undefined;
  return { pair, node, value: node.value };
}

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

/** An `int32` field; a number outside int32 is a decoding error, so it is not returned either. */
export function int32Field(parent: LNode | undefined, key: string): ScalarField<number> | undefined {
  const pair = pairOf(parent, key);
  const node = pair?.value;
  if (!pair || !isScalar(node) || typeof node.value !== 'number') return undefined;
  const value = node.value;
  if (!Number.isInteger(value) || value < INT32_MIN || value > INT32_MAX) return undefined;
  return { pair, node, value };
}

/** A `*bool` field that is set (not absent, not `~`). */
export function booleanField(parent: LNode | undefined, key: string): ScalarField<boolean> | undefined {
  const pair = pairOf(parent, key);
  const node = pair?.value;
  if (!pair || !isScalar(node) || typeof node.value !== 'boolean') return undefined;
  return { pair, node, value: node.value };
}

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
 * The CIDR check for load-balancer source ranges (field and annotation). The snapshot's `validation.IsValidCIDR`
 * only parses with `ParseCIDRSloppy`; newer releases call it `IsValidCIDRForLegacyField` and add stricter checks
 * behind the StrictIPCIDRValidation gate, which is off by default, so the lenient check is what a cluster applies.
 */
export function isValidSourceRangeCIDR(value: string): string[] {
  return isValidCIDRForLegacyField(value, false);
}
