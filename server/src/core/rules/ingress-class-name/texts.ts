import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) =>
  l10n.t('Set `ingressClassName` to the name of an IngressClass (a lowercase DNS subdomain such as `nginx`); if the `kubernetes.io/ingress.class` annotation is set too, it must say the same.');

export const CLASS_NAME: Advice = (l10n) => l10n.t('use the metadata.name of an IngressClass (kubectl get ingressclass), e.g. nginx');
export const SAME_CLASS: Advice = (l10n) => l10n.t('remove the deprecated kubernetes.io/ingress.class annotation, or make it equal ingressClassName');
