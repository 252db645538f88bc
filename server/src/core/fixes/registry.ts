import { allocateLoadBalancerNodePortsFix } from './allocate-load-balancer-node-ports';
import { clusterIPsSyncFix } from './cluster-ips-sync';
import { endpointsPortNameFix } from './endpoints-port-name';
import { endpointsPortProtocolFix } from './endpoints-port-protocol';
import { externalNameFix } from './external-name';
import { externalNameForbiddenFieldsFix } from './external-name-forbidden-fields';
import { externalTrafficPolicyFix } from './external-traffic-policy';
import { fieldTypeFix } from './field-type';
import { headlessTypeFix } from './headless-type';
import { healthCheckNodePortFix } from './health-check-node-port';
import { internalTrafficPolicyFix } from './internal-traffic-policy';
import { ipFamiliesFix } from './ip-families';
import { ipFamilyPolicyFix } from './ip-family-policy';
import { loadBalancerClassFix } from './load-balancer-class';
import { loadBalancerSourceRangesFix } from './load-balancer-source-ranges';
import { loadBalancerSourceRangesAnnotationFix } from './load-balancer-source-ranges-annotation';
import { metadataGenerationFix } from './metadata-generation';
import { metadataNameFix } from './metadata-name';
import { nodePortAllocatedFix } from './node-port-allocated';
import { nodePortForbiddenFix } from './node-port-forbidden';
import { nodePortRangeFix } from './node-port-range';
import { portNameDuplicateFix } from './port-name-duplicate';
import { portNameInvalidFix } from './port-name-invalid';
import { portNameRequiredFix } from './port-name-required';
import { portProtocolFix } from './port-protocol';
import { serviceTypeFix } from './service-type';
import { sessionAffinityFix } from './session-affinity';
import { sessionAffinityTimeoutFix } from './session-affinity-timeout';
import { targetPortFix } from './target-port';
import { trafficDistributionFix } from './traffic-distribution';
import { unknownFieldFix } from './unknown-field';
import type { Fix, FixContext, FixProvider } from './fix';

/** The fix provider of each rule that has one, by rule id. Rules not listed have no single right fix. */
export const FIX_PROVIDERS: Readonly<Record<string, FixProvider>> = {
  'field-type': fieldTypeFix,
  'unknown-field': unknownFieldFix,
  'metadata-name': metadataNameFix,
  'metadata-generation': metadataGenerationFix,
  'headless-type': headlessTypeFix,
  'external-name-forbidden-fields': externalNameForbiddenFieldsFix,
  'external-name': externalNameFix,
  'port-name-required': portNameRequiredFix,
  'port-name-invalid': portNameInvalidFix,
  'port-name-duplicate': portNameDuplicateFix,
  'port-protocol': portProtocolFix,
  'target-port': targetPortFix,
  'session-affinity': sessionAffinityFix,
  'session-affinity-timeout': sessionAffinityTimeoutFix,
  'cluster-ips-sync': clusterIPsSyncFix,
  'ip-families': ipFamiliesFix,
  'ip-family-policy': ipFamilyPolicyFix,
  'service-type': serviceTypeFix,
  'node-port-forbidden': nodePortForbiddenFix,
  'load-balancer-source-ranges': loadBalancerSourceRangesFix,
  'load-balancer-source-ranges-annotation': loadBalancerSourceRangesAnnotationFix,
  'allocate-load-balancer-node-ports': allocateLoadBalancerNodePortsFix,
  'load-balancer-class': loadBalancerClassFix,
  'external-traffic-policy': externalTrafficPolicyFix,
  'health-check-node-port': healthCheckNodePortFix,
  'internal-traffic-policy': internalTrafficPolicyFix,
  'traffic-distribution': trafficDistributionFix,
  'endpoints-port-name': endpointsPortNameFix,
  'endpoints-port-protocol': endpointsPortProtocolFix,
  'node-port-range': nodePortRangeFix,
  'node-port-allocated': nodePortAllocatedFix,
};

/** The fixes for one rule's problem; none for a rule without a provider. */
export function fixesFor(ruleId: string, ctx: FixContext): Fix[] {
  const provider = Object.hasOwn(FIX_PROVIDERS, ruleId) ? FIX_PROVIDERS[ruleId] : undefined;
  return provider ? provider(ctx) : [];
}
