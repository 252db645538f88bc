import type { RuleAdvice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: "Pick a `nodePort` inside the cluster's node-port range (30000-32767 by default), or leave it out to have one assigned.",
  ko: '클러스터의 노드 포트 범위(기본 30000-32767) 안에서 `nodePort`를 고르거나, 빼서 자동 할당을 받으세요.',
};

export function outOfRange(range: { readonly min: number; readonly max: number }): string {
  return (
    `refused by the cluster's node-port allocator (--service-node-port-range) — ` +
    `pick a number from ${range.min} to ${range.max}, or leave it out to get one assigned`
  );
}
