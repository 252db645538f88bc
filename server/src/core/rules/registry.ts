import { allocateLoadBalancerNodePorts } from './allocate-load-balancer-node-ports/check';
import { appProtocol } from './app-protocol/check';
import { clusterIPs } from './cluster-ips/check';
import { clusterIPsSync } from './cluster-ips-sync/check';
import { endpointsAddressHostname } from './endpoints-address-hostname/check';
import { endpointsAddressIp } from './endpoints-address-ip/check';
import { endpointsAddressNodeName } from './endpoints-address-node-name/check';
import { endpointsAppProtocol } from './endpoints-app-protocol/check';
import { endpointsPortName } from './endpoints-port-name/check';
import { endpointsPortNumber } from './endpoints-port-number/check';
import { endpointsPortProtocol } from './endpoints-port-protocol/check';
import { endpointsSubsetAddresses } from './endpoints-subset-addresses/check';
import { externalIPs } from './external-ips/check';
import { externalName } from './external-name/check';
import { externalNameForbiddenFields } from './external-name-forbidden-fields/check';
import { externalTrafficPolicy } from './external-traffic-policy/check';
import { fieldType } from './field-type/check';
import { headlessType } from './headless-type/check';
import { healthCheckNodePort } from './health-check-node-port/check';
import { ingressApiVersion } from './ingress-api-version/check';
import { ingressBackend } from './ingress-backend/check';
import { ingressBackendPort } from './ingress-backend-port/check';
import { ingressClassName } from './ingress-class-name/check';
import { ingressHost } from './ingress-host/check';
import { ingressPath } from './ingress-path/check';
import { ingressPathType } from './ingress-path-type/check';
import { ingressPathsRequired } from './ingress-paths-required/check';
import { ingressRulesRequired } from './ingress-rules-required/check';
import { ingressTlsHost } from './ingress-tls-host/check';
import { ingressTlsSecretName } from './ingress-tls-secret-name/check';
import { internalTrafficPolicy } from './internal-traffic-policy/check';
import { kindApiVersion } from './kind-api-version/check';
import { ipFamilies } from './ip-families/check';
import { ipFamilyPolicy } from './ip-family-policy/check';
import { loadBalancerClass } from './load-balancer-class/check';
import { loadBalancerSourceRanges } from './load-balancer-source-ranges/check';
import { loadBalancerSourceRangesAnnotation } from './load-balancer-source-ranges-annotation/check';
import { metadataAnnotations } from './metadata-annotations/check';
import { metadataFinalizers } from './metadata-finalizers/check';
import { metadataGenerateName } from './metadata-generate-name/check';
import { metadataGeneration } from './metadata-generation/check';
import { metadataLabels } from './metadata-labels/check';
import { metadataName } from './metadata-name/check';
import { metadataNamespace } from './metadata-namespace/check';
import { metadataOwnerReferences } from './metadata-owner-references/check';
import { nodePortAllocated } from './node-port-allocated/check';
import { nodePortDuplicate } from './node-port-duplicate/check';
import { nodePortForbidden } from './node-port-forbidden/check';
import { nodePortRange } from './node-port-range/check';
import { portDuplicate } from './port-duplicate/check';
import { portNameDuplicate } from './port-name-duplicate/check';
import { portNameInvalid } from './port-name-invalid/check';
import { portNameRequired } from './port-name-required/check';
import { portNumber } from './port-number/check';
import { portProtocol } from './port-protocol/check';
import { portsRequired } from './ports-required/check';
import { selectorLabels } from './selector-labels/check';
import { serverSetFields } from './server-set-fields/check';
import { serviceType } from './service-type/check';
import { sessionAffinity } from './session-affinity/check';
import { sessionAffinityTimeout } from './session-affinity-timeout/check';
import { targetPort } from './target-port/check';
import { topologyModeAnnotation } from './topology-mode-annotation/check';
import { trafficDistribution } from './traffic-distribution/check';
import { unknownField } from './unknown-field/check';
import type { FileRule, Rule } from './rule';

/**
 * Every per-object rule, in the order the API server reports them: the decoder first, then `ValidateService` /
 * `ValidateEndpoints` / `ValidateIngressCreate` in their own order (ObjectMeta, ports, selector, session affinity, cluster IPs, type, node
 * ports, load balancer, traffic policies), so that findings read like `kubectl apply`'s error list.
 */
export const OBJECT_RULES: readonly Rule[] = [
  fieldType,
  unknownField,
  metadataGenerateName,
  metadataName,
  metadataNamespace,
  metadataGeneration,
  serverSetFields,
  metadataLabels,
  metadataAnnotations,
  metadataOwnerReferences,
  metadataFinalizers,
  topologyModeAnnotation,
  portsRequired,
  headlessType,
  externalNameForbiddenFields,
  externalName,
  portNameRequired,
  portNameInvalid,
  portNameDuplicate,
  portNumber,
  portProtocol,
  targetPort,
  appProtocol,
  selectorLabels,
  sessionAffinity,
  sessionAffinityTimeout,
  clusterIPsSync,
  ipFamilies,
  ipFamilyPolicy,
  clusterIPs,
  externalIPs,
  serviceType,
  nodePortForbidden,
  nodePortDuplicate,
  portDuplicate,
  loadBalancerSourceRanges,
  loadBalancerSourceRangesAnnotation,
  allocateLoadBalancerNodePorts,
  loadBalancerClass,
  externalTrafficPolicy,
  healthCheckNodePort,
  internalTrafficPolicy,
  trafficDistribution,
  endpointsSubsetAddresses,
  endpointsAddressIp,
  endpointsAddressHostname,
  endpointsAddressNodeName,
  endpointsPortName,
  endpointsPortNumber,
  endpointsPortProtocol,
  endpointsAppProtocol,
  ingressApiVersion,
  ingressRulesRequired,
  ingressBackend,
  ingressBackendPort,
  ingressHost,
  ingressPathsRequired,
  ingressPathType,
  ingressPath,
  ingressTlsHost,
  ingressTlsSecretName,
  ingressClassName,
];

/** Rules over all the objects of a file: the cluster's node-port allocator. */
export const FILE_RULES: readonly FileRule[] = [kindApiVersion, nodePortRange, nodePortAllocated];

export const ALL_RULES: readonly (Rule | FileRule)[] = [...OBJECT_RULES, ...FILE_RULES];
