import type { Localizer } from '../../l10n';
import { quoted } from '../workspace/texts';

/** endpoints-port-names-mismatch's words, in both languages. */

export function theirPorts(l10n: Localizer, serviceNames: readonly string[]): string {
  return serviceNames.length === 1 && serviceNames[0] === ''
    ? l10n.t('its one port is unnamed')
    : l10n.t('its port names: {0}', quoted(serviceNames));
}

export function noPortNamed(l10n: Localizer, service: string, port: string, theirs: string): string {
  return l10n.t('Service "{0}" has no port named "{1}" ({2})', service, port, theirs);
}

export function pairedByName(l10n: Localizer): string {
  return l10n.t("kube-proxy pairs Endpoints ports with the Service's ports by name, so this one carries no traffic: name it like the Service port it backs");
}

export function noEndpointsPortFor(l10n: Localizer, service: string, name: string, index: number): string {
  return l10n.t('no port named "{0}" for spec.ports[{1}] of Service "{2}"', name, index, service);
}

export function addThePort(l10n: Localizer, name: string): string {
  return l10n.t('that Service port has no endpoints: add a port named "{0}" to the subsets', name);
}
