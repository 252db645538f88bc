import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Pick a `nodePort` no other Service uses, or leave it out to have one assigned.');

export function refusedBecause(why: Advice): Advice {
  return (l10n) => l10n.t("refused by the cluster's node-port allocator — {0}", why(l10n));
}

export function healthCheckTaken(field: string): Advice {
  return (l10n) => l10n.t('{0} of this Service already takes it; the health check needs a node port of its own', field);
}

export function samePortOnly(field: string): Advice {
  return (l10n) =>
    l10n.t('{0} of this Service already takes it, and only ports with the same `port` number may share a nodePort; pick another number', field);
}

/** `service` undefined: a Service without a name (generateName). */
export function takenBy(service: string | undefined, field: string): Advice {
  return (l10n) =>
    service === undefined
      ? l10n.t('an earlier Service in this file already takes it at {0}; node ports are unique across the cluster, so pick another number or leave it out', field)
      : l10n.t('Service "{0}" in this file already takes it at {1}; node ports are unique across the cluster, so pick another number or leave it out', service, field);
}
