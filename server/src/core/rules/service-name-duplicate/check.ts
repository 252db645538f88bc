import type { IndexedService } from '../../index/indexed-object';
import { formatLabels } from '../../index/labels';
import { get, str } from '../../parse/located-node';
import { folderOf } from '../../text/uri-path';
import { relatedPlace, whereIs } from '../workspace/texts';
import type { WorkspaceRule } from '../workspace/workspace-rule';
import { worded } from '../workspace/workspace-rule';
import { alternativesInOneFolder, leadsElsewhere, secondUpdatesFirst } from './texts';

/**
 * Two Services of the workspace with one name in one namespace are one object on the cluster. No API server
 * refuses that: `kubectl apply` applies the objects of its input in turn, and the second one of a name updates the
 * first (`service/web configured`), so the pods of the first lose their Service; only `kubectl create` refuses the
 * second (AlreadyExists). Hence advice, never an error: a warning when both are in one file (applied together for
 * certain), an info when they are in two files of one folder (often alternatives: a cpu and a gpu variant, of
 * which one is applied). When both lead to the same place (same selector, or both selector-less, or the same
 * externalName) they are variants of one Service and are not reported.
 *
 * Only the Services of one folder are compared: a folder is what is applied together (`kubectl apply -f dir/`, a
 * kustomization, a chart's rendered output). The same name in another folder is a kustomize base and its
 * overlays' patches (partial Services of that name, often without a selector), another environment, or another
 * example, deployed separately: the API server accepts each, and calling them one object would be a false alarm.
 */
export const serviceNameDuplicate: WorkspaceRule = {
  id: 'service-name-duplicate',
  origin: 'workspace',
  severity: 'warning',
  description:
    'Two Services of one folder of the workspace should not have the same name in one namespace and select different pods.',
  check({ index, file, l10n, report }) {
    for (const service of file.objects) {
      if (service.role !== 'service' || service.name === '') continue;
      const own = targetOf(service);
      const others = index
        .servicesNamed(service.namespace, service.name)
        // The very namespace: one without `metadata.namespace` is the same object only if applied there.
        .filter((s) => s !== service && s.namespace === service.namespace)
        .filter((s) => folderOf(s.uri) === folderOf(service.uri) && targetOf(s) !== own);
      // The one of the same file first: that pair is applied together for certain.
      const sameFile = others.filter((s) => s.uri === service.uri);
      const other = sameFile[0] ?? others[0];
      if (!other) continue;
      const where = whereIs(other, other.nameSpan);
      const theirs = describeTarget(other);
      const inOneFile = sameFile.length > 0;
      const problem = {
        field: 'metadata.name',
        type: 'Duplicate',
        span: service.nameSpan,
        value: service.name,
        detail: leadsElsewhere(l10n, service, where, theirs),
        advice: worded(inOneFile ? secondUpdatesFirst(l10n) : alternativesInOneFolder(l10n)),
        data: {
          name: service.name,
          namespace: service.namespace,
          related: others.map((s) => relatedPlace(s, s.nameSpan, `Service "${s.name}"`)),
        },
      } as const;
      report(service, problem, inOneFile ? undefined : 'info');
    }
  },
};

/** Where a Service sends traffic, as a comparable key. */
function targetOf(service: IndexedService): string {
  if (service.externalName) return `externalName=${externalNameOf(service)}`;
  const selector = Object.entries(service.selector)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join(',');
  return selector === '' ? 'manual' : `selector=${selector}`;
}

function describeTarget(service: IndexedService): string {
  if (service.externalName) return `externalName: ${externalNameOf(service)}`;
  const selector = formatLabels(service.selector);
  return selector === '' ? 'no selector' : `selector ${selector}`;
}

function externalNameOf(service: IndexedService): string {
  return str(get(service.view.spec, 'externalName')) ?? '';
}
