import type { Localizer } from '../../l10n';
import type { IndexedService } from '../../index/indexed-object';
import { inNamespace } from '../workspace/texts';

/** service-name-duplicate's words, in both languages. */

export function leadsElsewhere(l10n: Localizer, service: IndexedService, where: string, theirs: string): string {
  return l10n.t('another Service "{0}" in {1}, at {2}, leads elsewhere ({3})', service.name, inNamespace(l10n, service.namespace), where, theirs);
}

/** Both in one file: `kubectl apply` applies both, the second updates the first. */
export function secondUpdatesFirst(l10n: Localizer): string {
  return l10n.t('they are one object on the cluster: kubectl apply applies both in turn, the second updates the first, and the pods of the first lose their Service: rename one, or put them in different namespaces');
}

/** In two files of one folder: often alternatives, of which one is applied. */
export function alternativesInOneFolder(l10n: Localizer): string {
  return l10n.t('if the two files are alternatives (one of them is applied), ignore this; kubectl apply -f on the folder applies both, and the one applied last replaces the other: rename one, or put them in different namespaces');
}
