import type { Localizer } from '../../l10n';
import type { NodePortUse } from '../../index/workspace-index';
import { whereIs } from '../workspace/texts';

/** node-port-workspace-duplicate's words, in both languages. */

export function refusedWhenAppliedAfter(l10n: Localizer, holder: NodePortUse): string {
  const who = `Service "${holder.service.name}" (namespace "${holder.service.namespace}")`;
  const at = `spec.ports[${holder.portIndex}].nodePort`;
  return l10n.t("refused by the cluster's node-port allocator when {0} in {1} ({2}) is applied first; node ports are unique across the cluster, so pick another number or leave it out", who, whereIs(holder.service, holder.span), at);
}
