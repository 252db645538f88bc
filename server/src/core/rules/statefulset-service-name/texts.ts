import type { Localizer } from '../../l10n';

/** statefulset-service-name's words, in both languages. */

export function createTheService(l10n: Localizer, name: string): string {
  return l10n.t("the StatefulSet's pods get their DNS names (<pod>.{0}) from this headless Service: create it (clusterIP: None, selecting the pods) or fix the name; ignore this if it is deployed from outside the workspace", name);
}

/** The Service `name` exists but has a cluster IP. */
export function notHeadless(l10n: Localizer, name: string, where: string): string {
  return l10n.t('Service "{0}" ({1}) is not headless: no per-pod DNS names (<pod>.{0})', name, where);
}

export function makeItHeadless(l10n: Localizer): string {
  return l10n.t("a StatefulSet's governing Service gives each pod a stable DNS name only when it is headless: set spec.clusterIP: None on it (a new Service: clusterIP cannot be changed in place), and keep a separate Service with a cluster IP for clients");
}
