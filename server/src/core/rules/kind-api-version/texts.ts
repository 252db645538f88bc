import type { Localizer } from '../../l10n';
import type { Advice } from '../rule';

/** kind-api-version's words, in both languages; kubectl's own answer stays English. */

export const ADVICE: Advice = (l10n) =>
  l10n.t('Write `kind` and `apiVersion` as the API server serves them: `v1` Service and Endpoints, `networking.k8s.io/v1` Ingress; kinds are case-sensitive and singular.');

/** What kubectl prints for an object whose kind its version does not serve (after `resource mapping not found …:`). */
export function noMatches(kind: string, apiVersion: string): string {
  return `no matches for kind "${kind}" in version "${apiVersion}"`;
}

export function kubectlRefuses(field: string, value: string): Advice {
  return (l10n) => l10n.t('kubectl apply stops with "resource mapping not found" and nothing of this object is checked: write {0}: {1}', field, value);
}

export function changeTo(l10n: Localizer, field: string, value: string): string {
  return l10n.t('Change {0} to {1}', field, value);
}
