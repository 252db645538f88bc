import type { Localizer } from '../../l10n';
import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) =>
  l10n.t("Check the spelling and case of the key and where it is indented; remove it if the field does not exist in the object's API version (core/v1, networking.k8s.io/v1).");

/** What the rule suggests instead of an unknown key. */
export interface Suggestion {
  readonly advice: Advice;
  /** The key to write instead, when there is one in the same place. */
  readonly replacement?: string;
  /** A field of v1beta1's Ingress backend that the fix rewrites in v1's shape. */
  readonly rewrite?: 'v1-backend';
}

/** Fields that v1 used to have, or that belong to another kind: what to write instead. */
export const KNOWN_MISTAKES: Readonly<Record<string, Readonly<Record<string, Suggestion>>>> = {
  ServiceSpec: {
    ipFamily: {
      advice: (l10n) => l10n.t('remove it: spec.ipFamily was replaced by spec.ipFamilies (a list, e.g. [IPv6]) and spec.ipFamilyPolicy'),
    },
    topologyKeys: {
      advice: (l10n) =>
        l10n.t('remove it: spec.topologyKeys was removed in Kubernetes 1.22; use spec.trafficDistribution or the service.kubernetes.io/topology-mode annotation'),
    },
  },
  ObjectMeta: {
    clusterName: { advice: (l10n) => l10n.t('remove it: metadata.clusterName was removed in Kubernetes 1.25') },
  },
  IngressBackend: {
    serviceName: {
      advice: (l10n) => l10n.t('networking.k8s.io/v1 moved it: write service.name (and the port as service.port.number or service.port.name)'),
      rewrite: 'v1-backend',
    },
    servicePort: {
      advice: (l10n) => l10n.t('networking.k8s.io/v1 moved it: write service.port.number (a number) or service.port.name (a port name)'),
      rewrite: 'v1-backend',
    },
  },
  IngressSpec: {
    backend: {
      advice: (l10n) => l10n.t('networking.k8s.io/v1 renamed it: write defaultBackend'),
      replacement: 'defaultBackend',
    },
  },
  ServicePort: {
    containerPort: {
      advice: (l10n) => l10n.t('a Service port sends traffic to targetPort: rename it to "targetPort"'),
      replacement: 'targetPort',
    },
  },
};

export function caseSensitive(field: string): Advice {
  return (l10n) => l10n.t('field names are case-sensitive: write "{0}"', field);
}

export function belongsAt(struct: string, key: string, home: string): Advice {
  return (l10n) => l10n.t('{0} has no field "{1}": it belongs at {2}', struct, key, home);
}

export function didYouMean(field: string): Advice {
  return (l10n) => l10n.t('did you mean "{0}"?', field);
}

export function removeOrRespell(struct: string, key: string): Advice {
  return (l10n) => l10n.t('remove it or fix its spelling: {0} has no field "{1}"', struct, key);
}

export function rewriteBackendTitle(l10n: Localizer): string {
  return l10n.t('Rewrite as service.name / service.port (networking.k8s.io/v1)');
}
