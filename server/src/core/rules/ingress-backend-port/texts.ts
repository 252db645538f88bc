import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) =>
  l10n.t('Give each Ingress service backend exactly one of `port.number` (1-65535) or `port.name` (a named port of the Service).');

export const ONE_PORT: Advice = (l10n) => l10n.t('keep either service.port.number or service.port.name, not both');
export const GIVE_A_PORT: Advice = (l10n) => l10n.t('set service.port.number (the Service port, e.g. 80) or service.port.name');
export const PORT_NUMBER: Advice = (l10n) => l10n.t('use the Service port number, 1-65535');
export const PORT_NAME: Advice = (l10n) => l10n.t('use the name of a port of the Service (an IANA_SVC_NAME: at most 15 lowercase letters, digits and -)');
