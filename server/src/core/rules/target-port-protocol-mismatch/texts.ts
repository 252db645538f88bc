import type { Localizer } from '../../l10n';
import type { ContainerPortMatch } from '../../resolve/resolve-target-port';

/** target-port-protocol-mismatch's words, in both languages. */

export function declaredAs(l10n: Localizer, target: string, protocol: string, first: ContainerPortMatch): string {
  const { container, workload, port } = first;
  return l10n.t(
    'targetPort {0} is declared as {1}, not {2}, by container "{3}" of {4} "{5}"',
    target, port.protocol, protocol, container.name, workload.kind, workload.name,
  );
}

export function makeNamedAgree(l10n: Localizer, index: number, declared: string): string {
  return l10n.t('a named targetPort only matches a container port of the same protocol, so this Service port gets no endpoints: make spec.ports[{0}].protocol and the container port {1} agree', index, declared);
}

export function makeNumberedAgree(l10n: Localizer, target: string, protocol: string, declared: string): string {
  return l10n.t('{0} traffic would reach a port the container declares for {1}: make the protocols agree, or declare {2}/{0} on the container too', protocol, declared, target);
}
