import { pairOf } from '../../parse/located-node';
import type { LNode, LPair } from '../../parse/located-node';
import { isDNS1123Subdomain } from '../../validation';
import type { Problem, Rule } from '../rule';
import { decodeString, REFUSED, serviceIPFields } from '../../model/service-ip-fields';

/**
 * E3: an ExternalName Service needs `spec.externalName`, a lowercase DNS-1123 subdomain; one trailing `.` (a fully
 * qualified name) is removed first (`ValidateService`, the ExternalName case). Each message of
 * `IsDNS1123Subdomain` is its own Invalid error, and the bad value shown is the trimmed name. An IP address
 * passes this check: it is a valid subdomain.
 */
export const externalName: Rule = {
  id: 'external-name',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'An ExternalName Service needs spec.externalName, a lowercase DNS name.',
  check({ object, report }) {
    const fields = serviceIPFields(object);
    if (fields?.type !== 'ExternalName' || fields.spec === undefined) return;
    for (const problem of externalNameProblems(fields.spec)) report(problem);
  },
};

function externalNameProblems(spec: LNode): Problem[] {
  const pair = pairOf(spec, 'externalName');
  const written = decodeString(pair?.value);
  if (written === REFUSED) return [];
  const cname = written.endsWith('.') ? written.slice(0, -1) : written;
  if (cname === '' || pair === undefined) return [missing(spec, pair)];
  return isDNS1123Subdomain(cname).map((message) => ({
    field: 'spec.externalName',
    type: 'Invalid',
    span: pair.value.span,
    value: cname,
    detail: message,
    advice: 'use a lowercase DNS name such as db.example.com (letters, digits, - and .)',
    data: { lowercase: cname.toLowerCase() },
  }));
}

/** Missing, null, `""` or just `.`: reported on the empty entry when there is one, else on the spec. */
function missing(spec: LNode, pair: LPair | undefined): Problem {
  return {
    field: 'spec.externalName',
    type: 'Required',
    span: (pair ?? spec).span,
    advice: 'set externalName to the DNS name this Service is an alias for, e.g. db.example.com',
  };
}
