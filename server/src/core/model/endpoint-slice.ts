import { get } from '../parse/located-node';
import { goList, stringField, writtenInt32, writtenString } from './decoded';
import type { K8sObject } from './k8s-object';

/** The label that ties an EndpointSlice to its Service. */
export const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';

/** An EndpointSlice as the workspace index reads it: leniently, a field the decoder refuses reads as absent. */
export interface EndpointSliceView {
  /** The `kubernetes.io/service-name` label: the Service the slice belongs to. */
  readonly serviceName: string | undefined;
  readonly ports: readonly { readonly name: string; readonly port: number | undefined; readonly protocol: string }[];
}

export function endpointSliceView(object: K8sObject): EndpointSliceView {
  return {
    serviceName: writtenString(get(object.root, 'metadata', 'labels'), SERVICE_NAME_LABEL),
    ports: (goList(get(object.root, 'ports')) ?? []).map((node) => ({
      name: stringField(node, 'name')?.value ?? '',
      port: writtenInt32(node, 'port'),
      protocol: stringField(node, 'protocol')?.value || 'TCP',
    })),
  };
}
