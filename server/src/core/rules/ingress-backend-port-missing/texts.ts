import type { Localizer } from '../../l10n';
import type { BackendPort } from '../../model/ingress';

/** ingress-backend-port-missing's words, in both languages. */

export function noSuchPort(l10n: Localizer, service: string, wanted: BackendPort, ports: string): string {
  return wanted.kind === 'name'
    ? l10n.t('Service "{0}" has no port named "{1}" ({2})', service, wanted.name, ports)
    : l10n.t('Service "{0}" has no port {1} ({2})', service, wanted.number, ports);
}

/** `its ports: 80 "http", 443` from the ports' descriptions. */
export function portsOf(l10n: Localizer, ports: readonly string[]): string {
  return ports.length === 0
    ? l10n.t('it has no ports')
    : l10n.t('its ports: {0}', ports.join(', '));
}

export function servicePortNotTargetPort(
  l10n: Localizer,
  number: number,
  index: number,
  port: number | undefined,
): string {
  return l10n.t("{0} is the targetPort of spec.ports[{1}]; an Ingress names the Service's port ({2}), not the container's", number, index, String(port));
}

export function noSuchPortAnywhere(l10n: Localizer): string {
  return l10n.t("the Ingress controller finds no such port and the backend gets no traffic: use one of the Service's port numbers (spec.ports[].port) or names");
}
