import type { Localizer } from '../../l10n';

/** target-port-name-not-found's words, in both languages. */

export function noContainerPortNamed(l10n: Localizer, name: string, selected: string, declared: string): string {
  return l10n.t('no container of the workloads it selects in the workspace ({0}) declares a port named "{1}"; {2}', selected, name, declared);
}

export function declareIt(l10n: Localizer, name: string): string {
  return l10n.t('this Service port gets no endpoints until a container declares ports: [{ name: {0}, containerPort: <number> }] (sidecars count); or set targetPort to the number the container listens on', name);
}
