import type { Localizer } from '../../l10n';

/** endpoints-without-service's words, in both languages. */

export function existsElsewhere(l10n: Localizer, name: string, namespace: string): string {
  return l10n.t(' (a Service "{0}" exists in namespace "{1}")', name, namespace);
}

export function createOrRename(l10n: Localizer, hint: string): string {
  return l10n.t('Endpoints only serve the Service of the same name and namespace: create that Service (without a selector) or rename this object{0}', hint);
}
