import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t("Name every port of the subset with a lowercase DNS label equal to the Service port's `name`.");

export const NAME_EVERY_PORT = 'a subset with more than one port must name every port';
export const DNS_LABEL = "use a lowercase DNS label: letters, digits and '-', at most 63 characters";
