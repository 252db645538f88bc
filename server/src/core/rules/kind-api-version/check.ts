import type { LScalar } from '../../parse/located-node';
import { isScalar, pairOf } from '../../parse/located-node';
import { defineFileRule } from '../rule';
import type { Problem } from '../rule';
import { kindApiVersionFix } from './fix';
import { nearMiss } from './near-miss';
import { ADVICE, kubectlRefuses, noMatches } from './texts';

/** The `kind` or `apiVersion` value to rewrite, and what to write. */
export type KindApiVersionProblem = Problem<
  { readonly field: 'kind' | 'apiVersion'; readonly replacement: string },
  LScalar
>;

/**
 * An object that is almost a Service, Endpoints or Ingress (`kind: service`, `kind: Endpoint`, `apiVersion:
 * apps/v1` with `kind: Service`) is refused by kubectl before any API server validation: no group version it knows
 * serves that kind. Only built-in groups are judged (a CRD's group always contains a dot, and these dotted groups
 * are Kubernetes' own), so a Knative `serving.knative.dev/v1` Service or any custom resource is never reported.
 * A file rule: it reads objects of every kind, which the object rules are not dispatched to.
 */
export const kindApiVersion = defineFileRule<KindApiVersionProblem>({
  id: 'kind-api-version',
  kinds: ['Service', 'Endpoints', 'Ingress'],
  origin: 'validation',
  severity: 'error',
  description: 'A misspelt kind (service, Services, Endpoint, ingress) or an apiVersion that serves no such kind (apps/v1 Service).',
  advice: ADVICE,
  checkFile({ objects, report }) {
    for (const { object, documentIndex } of objects) {
      const miss = nearMiss(object);
      if (!miss) continue;
      const detail = noMatches(object.kind, object.apiVersion);
      for (const [field, replacement] of [['kind', miss.kind], ['apiVersion', miss.apiVersion]] as const) {
        const node = pairOf(object.root, field)?.value;
        if (replacement === undefined || !isScalar(node)) continue;
        report(documentIndex, {
          field,
          type: 'NotSupported',
          span: node.span,
          value: field === 'kind' ? object.kind : object.apiVersion,
          detail,
          advice: kubectlRefuses(field, replacement),
          data: { field, replacement },
          target: node,
        });
      }
    }
  },
  fix: kindApiVersionFix,
});
