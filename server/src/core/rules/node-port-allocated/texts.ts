import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Pick a `nodePort` no other Service uses, or leave it out to have one assigned.');

export function refusedBecause(why: string): string {
  return `refused by the cluster's node-port allocator — ${why}`;
}

export function healthCheckTaken(field: string): string {
  return `${field} of this Service already takes it; the health check needs a node port of its own`;
}

export function samePortOnly(field: string): string {
  return (
    `${field} of this Service already takes it, and only ports with the same \`port\` number ` +
    'may share a nodePort; pick another number'
  );
}

/** `service` undefined: a Service without a name (generateName). */
export function takenBy(service: string | undefined, field: string): string {
  const who = service === undefined ? 'an earlier Service' : `Service "${service}"`;
  return (
    `${who} in this file already takes it at ${field}; ` +
    'node ports are unique across the cluster, so pick another number or leave it out'
  );
}
