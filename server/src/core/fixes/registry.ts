import { allocateLoadBalancerNodePortsFix } from '../rules/allocate-load-balancer-node-ports/fix';
import { clusterIPsSyncFix } from '../rules/cluster-ips-sync/fix';
import { endpointsPortNameFix } from '../rules/endpoints-port-name/fix';
import { endpointsPortProtocolFix } from '../rules/endpoints-port-protocol/fix';
import { externalNameFix } from '../rules/external-name/fix';
import { externalNameForbiddenFieldsFix } from '../rules/external-name-forbidden-fields/fix';
import { externalTrafficPolicyFix } from '../rules/external-traffic-policy/fix';
import { fieldTypeFix } from '../rules/field-type/fix';
import { headlessTypeFix } from '../rules/headless-type/fix';
import { healthCheckNodePortFix } from '../rules/health-check-node-port/fix';
import { internalTrafficPolicyFix } from '../rules/internal-traffic-policy/fix';
import { ipFamiliesFix } from '../rules/ip-families/fix';
import { ipFamilyPolicyFix } from '../rules/ip-family-policy/fix';
import { loadBalancerClassFix } from '../rules/load-balancer-class/fix';
import { loadBalancerSourceRangesFix } from '../rules/load-balancer-source-ranges/fix';
import { loadBalancerSourceRangesAnnotationFix } from '../rules/load-balancer-source-ranges-annotation/fix';
import { metadataGenerationFix } from '../rules/metadata-generation/fix';
import { metadataNameFix } from '../rules/metadata-name/fix';
import { nodePortAllocatedFix } from '../rules/node-port-allocated/fix';
import { nodePortForbiddenFix } from '../rules/node-port-forbidden/fix';
import { nodePortRangeFix } from '../rules/node-port-range/fix';
import { portNameDuplicateFix } from '../rules/port-name-duplicate/fix';
import { portNameInvalidFix } from '../rules/port-name-invalid/fix';
import { portNameRequiredFix } from '../rules/port-name-required/fix';
import { portProtocolFix } from '../rules/port-protocol/fix';
import { serviceTypeFix } from '../rules/service-type/fix';
import { sessionAffinityFix } from '../rules/session-affinity/fix';
import { sessionAffinityTimeoutFix } from '../rules/session-affinity-timeout/fix';
import { targetPortFix } from '../rules/target-port/fix';
import { trafficDistributionFix } from '../rules/traffic-distribution/fix';
import { unknownFieldFix } from '../rules/unknown-field/fix';
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
