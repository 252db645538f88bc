import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t("Pick a `nodePort` inside the cluster's node-port range (30000-32767 by default), or leave it out to have one assigned.");

export function outOfRange(range: { readonly min: number; readonly max: number }): string {
  return (
    `refused by the cluster's node-port allocator (--service-node-port-range) — ` +
    `pick a number from ${range.min} to ${range.max}, or leave it out to get one assigned`
  );
}
