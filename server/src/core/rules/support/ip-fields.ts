import { decodeService } from '../../model/service';
import type { ServiceIPFields } from '../../model/service';
import type { K8sObject } from '../../model/k8s-object';

/**
 * The cluster IPs and IP families the cluster-IP and family rules validate: none on an ExternalName Service (there
 * `external-name-forbidden-fields` refuses them), nor when one of them does not decode (that is the decoder's).
 */
export function ipFieldsToValidate(object: K8sObject): ServiceIPFields | undefined {
  const fields = decodeService(object).ips;
  return fields?.type === 'ExternalName' ? undefined : fields;
}
