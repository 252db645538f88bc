import type { Localizer } from '../../l10n';
import type { IndexedWorkload } from '../../index/indexed-object';
import type { PortView } from '../../model/service';
import { pairOf } from '../../parse/located-node';
import type { Span } from '../../parse/located-node';
import type { ContainerPortMatch, TargetPortResolution } from '../../resolve/resolve-target-port';
import { namesOf, relatedPlace } from './texts';
import type { RelatedPlace } from './texts';

/** Shared by the three targetPort rules. */

/** The written targetPort, else the `port` it defaults to, else the port entry. */
export function targetPortSpan(port: PortView): Span {
  return port.targetPortPair?.value.span ?? pairOf(port.node, 'port')?.value.span ?? port.node.span;
}

/** `(Deployment "web")` or `(Deployment "a", Job "b" and 3 more)`. */
export function selectedNames(resolution: TargetPortResolution, l10n: Localizer): string {
  return namesOf(
    resolution.workloads.map((w) => w.workload),
    l10n,
  );
}

/** The container ports of the selected workloads, to show what is there instead: `"http" (8080/TCP), 9090/TCP`. */
export function declaredPorts(workloads: readonly IndexedWorkload[], max = 5): string[] {
  const seen = new Set<string>();
  for (const workload of workloads) {
    for (const container of workload.template.containers) {
      for (const port of container.ports) {
        const number = port.containerPort ?? '?';
        seen.add(port.name === '' ? `${number}/${port.protocol}` : `"${port.name}" (${number}/${port.protocol})`);
      }
    }
  }
  return [...seen].slice(0, max);
}

export function declaredPortsText(workloads: readonly IndexedWorkload[], l10n: Localizer): string {
  const ports = declaredPorts(workloads);
  return ports.length === 0
    ? l10n.t('they declare no ports')
    : l10n.t('they declare {0}', ports.join(', '));
}

/** Where the selected workloads' pod templates are, for related information. */
export function workloadPlaces(resolution: TargetPortResolution): RelatedPlace[] {
  return resolution.workloads.map(({ workload }) =>
    relatedPlace(workload, workload.object.root.span, `${workload.kind} "${workload.name}"`),
  );
}

export function matchPlaces(matches: readonly ContainerPortMatch[]): RelatedPlace[] {
  return matches.map((m) =>
    relatedPlace(m.workload, m.port.span, `${m.workload.kind} "${m.workload.name}", container "${m.container.name}"`),
  );
}
