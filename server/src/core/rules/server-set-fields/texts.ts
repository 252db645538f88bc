import type { Localizer } from '../../l10n';
import type { Advice } from '../rule';

/** The rule's advice: SARIF's help text (English) and the advice of its Korean messages. */
export const ADVICE: Advice = (l10n) =>
  l10n.t('Remove the fields the API server sets (left by `kubectl get -o yaml`): resourceVersion makes a create fail, the others are replaced or conflict.');

/** The API server's words when a create carries a resourceVersion (the registry store's Create). */
export const RESOURCE_VERSION_ON_CREATE = 'resourceVersion should not be set on objects to be created';

/** What the API server does with each field on create and apply. */
export const WHAT_HAPPENS: Readonly<Record<string, Advice>> = {
  resourceVersion: (l10n) =>
    l10n.t('remove it: a create is refused, and an apply sends it as a precondition that fails once the object changed'),
  uid: (l10n) =>
    l10n.t('remove it: the API server gives a new object its own uid, and an apply to another object with this name conflicts'),
  creationTimestamp: (l10n) => l10n.t('remove it: the API server sets it on create'),
  managedFields: (l10n) => l10n.t('remove it: the API server tracks field ownership itself'),
  generation: (l10n) => l10n.t('remove it: the API server maintains it'),
  selfLink: (l10n) => l10n.t('remove it: the API server no longer sets it and ignores it'),
  status: (l10n) => l10n.t('remove it: the API server resets status on create and ignores it on apply'),
};

export function removeLabel(l10n: Localizer, field: string): string {
  return l10n.t('Remove {0}', field);
}
