import type { RuleAdvice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'Set `ingressClassName` to the name of an IngressClass (a lowercase DNS subdomain such as `nginx`); if the `kubernetes.io/ingress.class` annotation is set too, it must say the same.',
  ko: '`ingressClassName`에는 IngressClass 이름(`nginx` 같은 소문자 DNS 서브도메인)을 쓰세요. `kubernetes.io/ingress.class` 어노테이션도 있다면 같은 값이어야 합니다.',
};

export const CLASS_NAME = 'use the metadata.name of an IngressClass (kubectl get ingressclass), e.g. nginx';
export const SAME_CLASS = 'remove the deprecated kubernetes.io/ingress.class annotation, or make it equal ingressClassName';
