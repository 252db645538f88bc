import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Give each owner reference its `apiVersion`, `kind`, `name` and `uid`, and mark at most one as `controller: true`.');

export const ONE_CONTROLLER = 'set controller: true on one owner reference only';
export const API_VERSION = "write the owner's apiVersion as <group>/<version> or <version>, e.g. apps/v1";
export const NO_EVENT_OWNER = 'an Event cannot own other objects; remove this owner reference';

export function giveIts(key: string): string {
  return `give the owner reference its ${key}`;
}
