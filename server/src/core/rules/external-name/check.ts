import { decodeService } from '../../model/service';
import type { DecodedService } from '../../model/service';
import type { LNode, LPair } from '../../parse/located-node';
import { isDNS1123Subdomain } from '../../validation';
import { defineRule } from '../rule';
import type { Problem } from '../rule';
import { externalNameFix } from './fix';
import { ADVICE, LOWERCASE_DNS_NAME, SET_EXTERNAL_NAME } from './texts';

/** The written name (`target`), which the fix lowercases. */
export type ExternalNameProblem = Problem<{ readonly lowercase: string }, LNode>;

/**
 * E3: an ExternalName Service needs `spec.externalName`, a lowercase DNS-1123 subdomain; one trailing `.` (a fully
 * qualified name) is removed first (`ValidateService`, the ExternalName case). Each message of
 * `IsDNS1123Subdomain` is its own Invalid error, and the bad value shown is the trimmed name. An IP address
 * passes this check: it is a valid subdomain.
 */
export const externalName = defineRule<ExternalNameProblem>({
  id: 'external-name',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'An ExternalName Service needs spec.externalName, a lowercase DNS name.',
  advice: ADVICE,
  check({ object, report }) {
    const service = decodeService(object);
    if (service.ips?.type !== 'ExternalName' || service.spec === undefined) return;
    for (const problem of externalNameProblems(service, service.spec)) report(problem);
  },
  fix: externalNameFix,
});

function externalNameProblems(service: DecodedService, spec: LNode): ExternalNameProblem[] {
  const written = service.externalName;
  if (written === undefined) return [];
  const pair = written.pair;
  const cname = written.value.endsWith('.') ? written.value.slice(0, -1) : written.value;
  if (cname === '' || pair === undefined) return [missing(spec, pair)];
  return isDNS1123Subdomain(cname).map((message) => ({
    field: 'spec.externalName',
    type: 'Invalid',
    span: pair.value.span,
    value: cname,
    detail: message,
    advice: LOWERCASE_DNS_NAME,
    data: { lowercase: cname.toLowerCase() },
    target: pair.value,
  }));
}

/** Missing, null, `""` or just `.`: reported on the empty entry when there is one, else on the spec. */
function missing(spec: LNode, pair: LPair | undefined): ExternalNameProblem {
  return { field: 'spec.externalName', type: 'Required', span: (pair ?? spec).span, advice: SET_EXTERNAL_NAME };
}
