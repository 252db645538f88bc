import type { Localizer } from '../../l10n';

/** target-port-not-declared's words, in both languages. */

export function noContainerPortNumbered(l10n: Localizer, number: number, selected: string, declared: string): string {
  return l10n.t('no container of the workloads it selects in the workspace ({0}) declares containerPort {1}; {2}', selected, number, declared);
}

/** `defaulted`: no targetPort is written, so it is the port number. */
export function checkItListens(l10n: Localizer, number: number, defaulted: boolean): string {
  return l10n.t('{0}traffic is still sent to port {1} (containerPort is informational): check that the container listens there, and declare it for clarity', defaulted ? l10n.t('targetPort defaults to port ({0}); ', number) : '', number);
}

/** The declared container ports no Service reaches, which the targetPort was most likely meant to be. */
export function pointsPastDeclared(l10n: Localizer, candidates: readonly string[]): string {
  return l10n.t('traffic is sent to a port the pods do not say they serve, and no Service reaches the ports they declare: set targetPort to {0} (a name keeps working when the number changes)', candidates.join(l10n.t(' or ')));
}
