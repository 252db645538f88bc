import { isScalar, pairs } from '../parse/located-node';
import type { LNode } from '../parse/located-node';

/** A label map (`metadata.labels`, `spec.selector`, a pod template's labels) as plain data. */
export type Labels = Readonly<Record<string, string>>;

/**
 * The string pairs of a label map. Scalars that are not strings (`version: 1`) are read as their text: the decoder
 * refuses them and another rule says so, but matching them as written avoids a second, misleading finding.
 */
export function labelsOf(node: LNode | undefined): Labels {
  const entries: [string, string][] = [];
  for (const pair of pairs(node)) {
    if (!isScalar(pair.value) || pair.value.value === null) continue;
    entries.push([pair.key, String(pair.value.value)]);
  }
  return Object.fromEntries(entries);
}

export function labelCount(labels: Labels): number {
  return Object.keys(labels).length;
}

/** True when every pair of the selector is among the labels; an empty selector matches nothing here. */
export function matchesSelector(selector: Labels, labels: Labels): boolean {
  const keys = Object.keys(selector);
  if (keys.length === 0) return false;
  return keys.every((key) => Object.hasOwn(labels, key) && labels[key] === selector[key]);
}

/** `app=web,tier=front`, as `kubectl get -l` takes it. */
export function formatLabels(labels: Labels): string {
  return Object.entries(labels)
    .map(([key, value]) => `${key}=${value}`)
    .join(',');
}

/** The value of a label, never one inherited from `Object.prototype`. */
export function labelValue(labels: Labels, key: string): string | undefined {
  return Object.hasOwn(labels, key) ? labels[key] : undefined;
}
