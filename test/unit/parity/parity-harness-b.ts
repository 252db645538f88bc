/**
 * Shared by the parity tests of the second half of TestValidateServiceCreate and of
 * TestValidateServiceExternalTrafficPolicy: upstream's `makeValidService()` as v1 YAML, and the runner that compares
 * our validation findings with upstream's expectations.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { stringify } from 'yaml';
import { checkText } from '../../../server/src/core/documents/check-file';
import { DEFAULT_SETTINGS } from '../../../server/src/core/settings';

type Json = Record<string, unknown>;
export type Spec = Json & { ports: Json[] };
export interface Svc {
  metadata: Json & { annotations?: Record<string, string> };
  spec: Spec;
}

export interface ParityCase {
  /** The upstream case name, verbatim. */
  readonly name: string;
  readonly yaml: string;
  /** Upstream's `numErrs`, or the exact [field, type] list `ValidateService` returns. */
  readonly expected: number | readonly (readonly [string, string])[];
}

export interface SkippedCase {
  readonly name: string;
  readonly reason: string;
}

/** `makeValidService()` as v1 YAML (labels and annotations empty, so left out), after `tweak`. */
export function svc(tweak: (s: Svc) => void = () => {}): string {
  const s: Svc = {
    metadata: { name: 'valid', namespace: 'valid' },
    spec: {
      selector: { key: 'val' },
      sessionAffinity: 'None',
      type: 'ClusterIP',
      ports: [{ name: 'p', protocol: 'TCP', port: 8675, targetPort: 8675 }],
      internalTrafficPolicy: 'Cluster',
    },
  };
  tweak(s);
  return stringify({ apiVersion: 'v1', kind: 'Service', ...s });
}

export function annotate(s: Svc, key: string, value: string): void {
  s.metadata.annotations = { ...(s.metadata.annotations ?? {}), [key]: value };
}

/** The usual LoadBalancer tweak of the upstream cases: type, ETP Cluster, allocateLoadBalancerNodePorts true. */
export function lb(s: Svc): void {
  s.spec.type = 'LoadBalancer';
  s.spec.externalTrafficPolicy = 'Cluster';
  s.spec.allocateLoadBalancerNodePorts = true;
}

/** The (field, type) pairs the API server's validation would list, sorted. */
function validationErrors(yaml: string): [string, string][] {
  return checkText(yaml, DEFAULT_SETTINGS)
    .filter((f) => f.severity === 'error' && f.origin === 'validation')
    .map((f): [string, string] => [f.field, f.type])
    .sort(comparePairs);
}

function comparePairs(a: readonly [string, string], b: readonly [string, string]): number {
  return a[0] === b[0] ? a[1].localeCompare(b[1]) : a[0].localeCompare(b[0]);
}

export function runParity(title: string, cases: readonly ParityCase[], skipped: readonly SkippedCase[]): void {
  describe(title, () => {
    for (const c of cases) {
      test(c.name, () => {
        const actual = validationErrors(c.yaml);
        if (typeof c.expected === 'number') {
          assert.equal(actual.length, c.expected, `${JSON.stringify(actual)}\n---\n${c.yaml}`);
        } else {
          const expected = [...c.expected].map((p): [string, string] => [p[0], p[1]]).sort(comparePairs);
          assert.deepEqual(actual, expected, c.yaml);
        }
      });
    }
    for (const s of skipped) test(s.name, { skip: s.reason }, () => {});
  });
}

