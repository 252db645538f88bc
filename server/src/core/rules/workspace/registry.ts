import { endpointsPortNamesMismatch } from './endpoints-port-names-mismatch';
import { endpointsWithoutService } from './endpoints-without-service';
import { ingressBackendPortMissing } from './ingress-backend-port-missing';
import { ingressBackendServiceMissing } from './ingress-backend-service-missing';
import { nodePortWorkspaceDuplicate } from './node-port-workspace-duplicate';
import { serviceNameDuplicate } from './service-name-duplicate';
import { serviceSelectsNothing } from './service-selects-nothing';
import { serviceWithoutEndpoints } from './service-without-endpoints';
import { targetPortNameNotFound } from './target-port-name-not-found';
import { targetPortNotDeclared } from './target-port-not-declared';
import { targetPortProtocolMismatch } from './target-port-protocol-mismatch';
import type { WorkspaceRule } from './workspace-rule';

/** The cross-resource rules, run over one file's objects against the whole workspace index. */
export const WORKSPACE_RULES: readonly WorkspaceRule[] = [
  serviceNameDuplicate,
  nodePortWorkspaceDuplicate,
  serviceSelectsNothing,
  targetPortNameNotFound,
  targetPortProtocolMismatch,
  targetPortNotDeclared,
  serviceWithoutEndpoints,
  endpointsWithoutService,
  endpointsPortNamesMismatch,
  ingressBackendServiceMissing,
  ingressBackendPortMissing,
];
