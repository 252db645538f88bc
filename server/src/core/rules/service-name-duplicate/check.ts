import type { IndexedService } from '../../index/indexed-object';
import { formatLabels } from '../../index/labels';
import { get, str } from '../../parse/located-node';
import { relatedPlace, whereIs } from '../workspace/texts';
import type { WorkspaceRule } from '../workspace/workspace-rule';
import { leadsElsewhere, oneObjectOnTheCluster } from './texts';

/**
 * Two Services of the workspace with one name in one namespace are one object on the cluster: whichever is
 * applied last replaces the other (with `kubectl create`, the second is refused as AlreadyExists). When both lead
 * to the same place (same selector, or both selector-less, or the same externalName) they are variants of one
 * Service (a copy in a bundle, a dual-stack or NodePort flavour, an environment) and are not reported; when they
 * lead to different pods, the pods of the one applied first lose their Service.
 *
 * Only the Services of one folder are compared: a folder is what is applied together (`kubectl apply -f dir/`, a
 * kustomization, a chart's rendered output). The same name in another folder is a kustomize base and its
 * overlays' patches (partial Services of that name, often without a selector), another environment, or another
 * example, deployed separately: the API server accepts each, and calling them one object would be a false error.
 */
export const serviceNameDuplicate: WorkspaceRule = {
  id: 'service-name-duplicate',
  origin: 'workspace',
  severity: 'error',
  description:
    'Two Services of one folder of the workspace may not have the same name in one namespace and select different pods.',
  check({ index, file, l10n, report }) {
    for (const service of file.objects) {
      if (service.role !== 'service' || service.name === '') continue;
      const own = targetOf(service);
      const others = index
        .servicesNamed(service.namespace, service.name)
        .filter((s) => s !== service && folderOf(s.uri) === folderOf(service.uri) && targetOf(s) !== own);
      const other = others[0];
      if (!other) continue;
      const where = whereIs(other, other.nameSpan);
      const theirs = describeTarget(other);
      report(service, {
        field: 'metadata.name',
        type: 'Duplicate',
        span: service.nameSpan,
        value: service.name,
        detail: leadsElsewhere(l10n, service, where, theirs),
        advice: oneObjectOnTheCluster(l10n),
        data: {
          name: service.name,
          namespace: service.namespace,
          related: others.map((s) => relatedPlace(s, s.nameSpan, `Service "${s.name}"`)),
        },
      });
    }
  },
};

/** The folder of a file (`file:///ws/k8s/base` for `file:///ws/k8s/base/service.yaml`); '' for a bare name. */
function folderOf(uri: string): string {
  return uri.slice(0, Math.max(uri.lastIndexOf('/'), uri.lastIndexOf('\\'), 0));
}

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
