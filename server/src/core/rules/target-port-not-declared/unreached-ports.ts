import type { ContainerPort } from '../../index/object-facts';
import { servicesSelecting } from '../../resolve/select-workloads';
import type { TargetPortResolution } from '../../resolve/resolve-target-port';
import type { WorkspaceRuleContext } from '../workspace/workspace-rule';

/**
 * The container ports of the port's protocol that the selected workloads declare, when no port of any Service
 * selecting them reaches one of them: then the targetPort plainly points past what the pods say they serve
 * (`targetPort: 8080` at a container that declares only 80). Empty when the containers declare no such port, or
 * when some Service reaches one: containers often declare only some of the ports they listen on (the real-world
 * corpus's grpc-echo, OpenTelemetry collector and SPIRE server listen on the undeclared ones, per their args).
 */
export function unreachedPorts(port: TargetPortResolution, ctx: WorkspaceRuleContext): ContainerPort[] {
  const declared = port.workloads.flatMap(({ workload }) =>
    workload.template.containers.flatMap((c) => c.ports.filter((p) => p.protocol === port.port.protocol)),
  );
  if (declared.length === 0) return [];
  const reached = new Set<ContainerPort>();
  for (const { workload } of port.workloads) {
    for (const service of servicesSelecting(ctx.index, workload)) {
      for (const each of ctx.resolve(service).ports) for (const match of each.matches) reached.add(match.port);
    }
  }
  return declared.some((p) => reached.has(p)) ? [] : declared;
}

/** `80` or `"http" (80)`, as the advice names a candidate; distinct. */
export function candidateNames(ports: readonly ContainerPort[]): string[] {
  const names = ports.map((p) => (p.name === '' ? String(p.containerPort ?? '?') : `"${p.name}" (${p.containerPort ?? '?'})`));
  return [...new Set(names)];
}
