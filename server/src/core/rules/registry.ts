import { allocateLoadBalancerNodePorts } from './allocate-load-balancer-node-ports';
import { appProtocol } from './app-protocol';
import { clusterIPs } from './cluster-ips';
import { clusterIPsSync } from './cluster-ips-sync';
import { endpointsAddressHostname } from './endpoints-address-hostname';
import { endpointsAddressIp } from './endpoints-address-ip';
import { endpointsAddressNodeName } from './endpoints-address-node-name';
import { endpointsAppProtocol } from './endpoints-app-protocol';
import { endpointsPortName } from './endpoints-port-name';
import { endpointsPortNumber } from './endpoints-port-number';
import { endpointsPortProtocol } from './endpoints-port-protocol';
import { endpointsSubsetAddresses } from './endpoints-subset-addresses';
import { externalIPs } from './external-ips';
import { externalName } from './external-name';
import { externalNameForbiddenFields } from './external-name-forbidden-fields';
import { externalTrafficPolicy } from './external-traffic-policy';
import { fieldType } from './field-type';
import { headlessType } from './headless-type';
import { healthCheckNodePort } from './health-check-node-port';
import { internalTrafficPolicy } from './internal-traffic-policy';
import { ipFamilies } from './ip-families';
import { ipFamilyPolicy } from './ip-family-policy';
import { loadBalancerClass } from './load-balancer-class';
import { loadBalancerSourceRanges } from './load-balancer-source-ranges';
import { loadBalancerSourceRangesAnnotation } from './load-balancer-source-ranges-annotation';
import { metadataAnnotations } from './metadata-annotations';
import { metadataFinalizers } from './metadata-finalizers';
import { metadataGenerateName } from './metadata-generate-name';
import { metadataGeneration } from './metadata-generation';
import { metadataLabels } from './metadata-labels';
import { metadataName } from './metadata-name';
import { metadataNamespace } from './metadata-namespace';
import { metadataOwnerReferences } from './metadata-owner-references';
import { nodePortAllocated } from './node-port-allocated';
import { nodePortDuplicate } from './node-port-duplicate';
import { nodePortForbidden } from './node-port-forbidden';
import { nodePortRange } from './node-port-range';
import { portDuplicate } from './port-duplicate';
import { portNameDuplicate } from './port-name-duplicate';
import { portNameInvalid } from './port-name-invalid';
import { portNameRequired } from './port-name-required';
import { portNumber } from './port-number';
import { portProtocol } from './port-protocol';
import { portsRequired } from './ports-required';
import { selectorLabels } from './selector-labels';
import { serviceType } from './service-type';
import { sessionAffinity } from './session-affinity';
import { sessionAffinityTimeout } from './session-affinity-timeout';
import { targetPort } from './target-port';
import { topologyModeAnnotation } from './topology-mode-annotation';
import { trafficDistribution } from './traffic-distribution';
import { unknownField } from './unknown-field';
import type { FileRule, Rule } from './rule';

/**
 * Every per-object rule, in the order the API server reports them: the decoder first, then `ValidateService` /
 * `ValidateEndpoints` in their own order (ObjectMeta, ports, selector, session affinity, cluster IPs, type, node
 * ports, load balancer, traffic policies), so that findings read like `kubectl apply`'s error list.
 */
export const OBJECT_RULES: readonly Rule[] = [
  fieldType,
  unknownField,
  metadataGenerateName,
  metadataName,
  metadataNamespace,
  metadataGeneration,
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
];

/** Rules over all the objects of a file: the cluster's node-port allocator. */
export const FILE_RULES: readonly FileRule[] = [nodePortRange, nodePortAllocated];

export const ALL_RULES: readonly (Rule | FileRule)[] = [...OBJECT_RULES, ...FILE_RULES];
