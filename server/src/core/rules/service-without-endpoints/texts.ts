import type { Localizer } from '../../l10n';

/** service-without-endpoints's words, in both languages. */

export function noEndpointsInWorkspace(l10n: Localizer, name: string, namespace: string): string {
  return l10n.t('no selector, and no Endpoints or EndpointSlice for Service "{0}" in namespace "{1}" in the workspace', name, namespace);
}

export function writeTheEndpoints(l10n: Localizer, name: string, namespace: string): string {
  return l10n.t('without a selector the Service only gets the endpoints you write: add an Endpoints named "{0}" in namespace "{1}" (subsets: addresses: - ip: …, ports named like spec.ports), or an EndpointSlice labelled kubernetes.io/service-name: {0}; or add a spec.selector (a kustomize overlay may add one at build time)', name, namespace);
}
