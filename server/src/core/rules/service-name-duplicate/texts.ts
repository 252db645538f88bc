import type { Localizer } from '../../l10n';
import type { IndexedService } from '../../index/indexed-object';

/** service-name-duplicate's words, in both languages. */

export function leadsElsewhere(l10n: Localizer, service: IndexedService, where: string, theirs: string): string {
  return l10n.t('another Service "{0}" in namespace "{1}", at {2}, leads elsewhere ({3})', service.name, service.namespace, where, theirs);
}

export function oneObjectOnTheCluster(l10n: Localizer): string {
  return l10n.t('they are one object on the cluster, so the one applied last replaces the other and the pods of the first lose their Service: rename one, or put them in different namespaces');
}
