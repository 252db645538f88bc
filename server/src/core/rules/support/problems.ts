import { entryOf, goString, visibleValueSpan } from '../../model/decoded';
import type { K8sObject } from '../../model/k8s-object';
import { metadataOf } from '../../model/object-meta';
import type { Decoded, Entry } from '../../model/decoded';
import { decodeService } from '../../model/service';
import type { DecodedService } from '../../model/service';
import { get } from '../../parse/located-node';
import type { LNode, LPair, Span } from '../../parse/located-node';
import { supportedValues } from '../api-error';
import type { BadValue } from '../api-error';
import type { Advice, Problem, ProblemData, RuleContext } from '../rule';

/**
 * The shapes of the API server's errors that many rules report (`field.Invalid`, `field.NotSupported`,
 * `field.Forbidden`), so that each rule says only what is its own.
 */

type Base<D extends ProblemData, T> = Omit<Problem<D, T>, 'type' | 'detail'>;

/** What an error says, before a rule adds the `data` and `target` of its own. */
export type ProblemHead = Omit<Problem, 'data' | 'target' | 'fixes'>;

/** `field.Invalid` once per message of a validator: upstream appends one error per message it returns. */
export function invalidEach<D extends ProblemData = never, T = never>(
  details: readonly string[],
  base: Base<D, T>,
): Problem<D, T>[] {
  return details.map((detail) => ({ ...base, type: 'Invalid', detail }));
}

/** Where a field is written: the field path of the map that holds it, and the node to fall back on for its span. */
export interface FieldOwner {
  readonly path: string;
  readonly node: LNode;
}

/**
 * `invalidEach` for the field `key` of `owner`: the messages `validate` returns for its value, at the value as
 * written (its entry, or the owner, when that is empty); none when the field is absent or null.
 */
export function invalidField<V extends string | number, D extends ProblemData = never>(
  owner: FieldOwner,
  key: string,
  decoded: Decoded<V | undefined> | undefined,
  validate: (value: V) => readonly string[],
  advice: Advice,
  data?: D,
): Problem<D, never>[] {
  const value = decoded?.value;
  if (value === undefined) return [];
  const base = { field: `${owner.path}.${key}`, span: visibleValueSpan(decoded, owner.node), value, advice };
  return invalidEach<D>(validate(value), data === undefined ? base : { ...base, data });
}

/**
 * `invalidEach` for `metadata.<key>` written as a non-empty string: the messages `validate` returns, at the value,
 * with `data: { <key>: value }`; none when it is absent, null, empty or of another type (that is the decoder's).
 */
export function invalidMetadataString(
  object: K8sObject,
  key: string,
  validate: (value: string) => readonly string[],
  advice: Advice,
): Problem<Readonly<Record<string, string>>, never>[] {
  const node = get(metadataOf(object), key);
  const value = goString(node);
  if (node === undefined || !value) return [];
  return invalidEach(validate(value), { field: `metadata.${key}`, span: node.span, value, advice, data: { [key]: value } });
}

/** `field.NotSupported(path, value, supported)` about a written value. */
export function notSupported(
  field: string,
  span: Span,
  value: BadValue,
  supported: readonly string[],
  advice: Advice,
): ProblemHead {
  return { field, type: 'NotSupported', span, value, detail: supportedValues(supported), advice };
}

/** A LoadBalancer-only field on a Service of another type (`data.type`), and its entry, which the fix removes. */
export type LoadBalancerOnlyProblem = Problem<{ readonly type: string }, Entry>;

/**
 * `field.Forbidden(path, "may only be used when `type` is 'LoadBalancer'")` at the whole entry `pair` of `map`
 * (`spec`, unless given).
 */
export function loadBalancerOnly(
  field: string,
  service: DecodedService,
  pair: LPair,
  advice: Advice,
  map: LNode | undefined = service.spec,
): LoadBalancerOnlyProblem {
  const detail = "may only be used when `type` is 'LoadBalancer'";
  return {
    field,
    type: 'Forbidden',
    span: pair.span,
    detail,
    advice,
    data: { type: service.effectiveType },
    target: entryOf(map, pair),
  };
}

/** A written enumeration value the API server does not support, with the list for the client and the node to fix. */
export type UnsupportedValueProblem = Problem<{ readonly supported: readonly string[] }, LNode>;

/**
 * `field.NotSupported` for a written value of an enumerated field that is not one of `supported`; none when the
 * field is unset (absent, null, or `""` when `unsetWhenEmpty`, which a default fills in before validation).
 */
export function unsupportedValue(
  field: string,
  decoded: Decoded<string | undefined> | undefined,
  supported: readonly string[],
  advice: Advice,
  unsetWhenEmpty = false,
): UnsupportedValueProblem | undefined {
  const value = decoded?.value;
  const node = decoded?.pair?.value;
  if (value === undefined || node === undefined || (unsetWhenEmpty && value === '')) return undefined;
  if (supported.includes(value)) return undefined;
  return { ...notSupported(field, node.span, value, supported, advice), data: { supported }, target: node };
}

/** The enumerated fields of a Service's spec that a rule of their own checks. */
type SpecEnumeration = 'sessionAffinity' | 'internalTrafficPolicy' | 'trafficDistribution';

/** The check of such a rule: `unsupportedValue` on `spec.<key>` as decoded. */
export function checkSpecEnumeration(
  key: SpecEnumeration,
  supported: readonly string[],
  advice: Advice,
  unsetWhenEmpty = false,
): (ctx: RuleContext<UnsupportedValueProblem>) => void {
  return ({ object, report }) => {
    const problem = unsupportedValue(`spec.${key}`, decodeService(object)[key], supported, advice, unsetWhenEmpty);
    if (problem) report(problem);
  };
}
