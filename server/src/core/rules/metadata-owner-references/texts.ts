import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Give each owner reference its `apiVersion`, `kind`, `name` and `uid`, and mark at most one as `controller: true`.');

export const ONE_CONTROLLER: Advice = (l10n) => l10n.t('set controller: true on one owner reference only');
export const API_VERSION: Advice = (l10n) => l10n.t("write the owner's apiVersion as <group>/<version> or <version>, e.g. apps/v1");
export const NO_EVENT_OWNER: Advice = (l10n) => l10n.t('an Event cannot own other objects; remove this owner reference');

export function giveIts(key: string): Advice {
  return (l10n) => l10n.t('give the owner reference its {0}', key);
}
