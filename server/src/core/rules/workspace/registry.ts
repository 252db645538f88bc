import { endpointsPortNamesMismatch } from '../endpoints-port-names-mismatch/check';
import { endpointsWithoutService } from '../endpoints-without-service/check';
import { ingressBackendPortMissing } from '../ingress-backend-port-missing/check';
import { ingressBackendServiceMissing } from '../ingress-backend-service-missing/check';
import { nodePortWorkspaceDuplicate } from '../node-port-workspace-duplicate/check';
import { serviceNameDuplicate } from '../service-name-duplicate/check';
import { serviceSelectsNothing } from '../service-selects-nothing/check';
import { serviceWithoutEndpoints } from '../service-without-endpoints/check';
import { statefulsetServiceName } from '../statefulset-service-name/check';
import { targetPortNameNotFound } from '../target-port-name-not-found/check';
import { targetPortNotDeclared } from '../target-port-not-declared/check';
import { targetPortProtocolMismatch } from '../target-port-protocol-mismatch/check';
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
  statefulsetServiceName,
];
