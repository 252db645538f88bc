import { PROTOCOLS } from '../../model/enums';
import { pairOf } from '../../parse/located-node';
import { matchPlaces, targetPortSpan } from '../workspace/target-port-facts';
import type { WorkspaceRule } from '../workspace/workspace-rule';
import { declaredAs, makeNamedAgree, makeNumberedAgree } from './texts';

/**
 * The selected containers declare the targetPort (by name or number) only with another protocol. For a name the
 * endpoints controller matches name and protocol together, so the Service port gets no endpoints; for a number the
 * traffic goes to a port the container declares for another protocol.
 */
const SUPPORTED: ReadonlySet<string> = new Set(PROTOCOLS);

export const targetPortProtocolMismatch: WorkspaceRule = {
  id: 'target-port-protocol-mismatch',
  origin: 'workspace',
  severity: 'warning',
  description: "A Service port's protocol should be the protocol of the container port its targetPort reaches.",
  check({ file, l10n, resolve, report }) {
    for (const service of file.objects) {
      if (service.role !== 'service' || service.externalName) continue;
      for (const port of resolve(service).ports) {
        if (port.status !== 'protocol-mismatch' || !port.target) continue;
        const { protocol, index } = port.port;
        // An unsupported protocol (`HTTP`) is refused by validation (rule port-protocol) before anything is routed.
        const first = port.protocolMismatches.find((m) => SUPPORTED.has(m.port.protocol));
        if (!SUPPORTED.has(protocol) || !first) continue;
        const target = port.target.kind === 'name' ? `"${port.target.name}"` : String(port.target.number);
        const declared = `${target}${port.target.kind === 'name' ? ` (${first.port.containerPort ?? '?'})` : ''}`;
        report(service, {
          field: `spec.ports[${index}].protocol`,
          type: 'Invalid',
          span: pairOf(port.port.node, 'protocol')?.value.span ?? targetPortSpan(port.port),
          value: protocol,
          detail: declaredAs(l10n, target, protocol, first),
          advice:
            port.target.kind === 'name'
              ? makeNamedAgree(l10n, index, declared)
              : makeNumberedAgree(l10n, target, protocol, first.port.protocol),
          data: {
            index,
            protocol,
            containerProtocol: first.port.protocol,
            related: matchPlaces(port.protocolMismatches),
          },
        });
      }
    }
  },
};
