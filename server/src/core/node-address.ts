/** The cluster's nodes as the user lists them (`kubeSvc.nodes`, `kube-svc preview --nodes`). */

/** One node of the cluster: a name to show and the address clients reach it at. */
export interface NodeAddress {
  readonly name: string;
  /** An IPv4 or IPv6 address or a host name, without scheme, port or brackets. */
  readonly address: string;
  /**
   * The pods or workloads (by name) that run on the node, when the user says so: with `externalTrafficPolicy:
   * Local`, only nodes that run a pod of the Service answer on its node port. Undefined when not written.
   */
  readonly pods?: readonly string[];
}

/**
 * `[{ name, address }]` from untrusted JSON. An entry that is not an object, has no usable address (a host name or
 * an IP: no scheme, port, path or spaces) or a name that is not a string is left out; a missing or blank name shows
 * the address.
 */
export function parseNodes(raw: unknown): NodeAddress[] {
  if (!Array.isArray(raw)) return [];
  const nodes: NodeAddress[] = [];
  for (const entry of raw as unknown[]) {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) continue;
    const { name, address, pods } = entry as Record<string, unknown>;
    if (typeof address !== 'string' || (name !== undefined && typeof name !== 'string')) continue;
    const parsed = parseNodeAddress(address);
    if (!parsed) continue;
    const shown = typeof name === 'string' && name.trim() !== '' ? name.trim() : parsed;
    const runs = Array.isArray(pods) ? pods.filter((pod): pod is string => typeof pod === 'string' && pod !== '') : undefined;
    nodes.push({ name: shown, address: parsed, ...(runs ? { pods: runs } : {}) });
  }
  return nodes;
}

/** A host name or IP address as written, `[…]` taken off an IPv6 address; undefined when it is anything else. */
export function parseNodeAddress(raw: string): string | undefined {
  let address = raw.trim();
  if (address.startsWith('[') && address.endsWith(']')) address = address.slice(1, -1);
  if (address === '' || address.length > 253) return undefined;
  // An IPv6 address has at least two colons; one colon is a host with a port, which does not belong here.
  if (address.includes(':')) return /^[0-9A-Fa-f:.]+$/.test(address) && /:.*:/.test(address) ? address : undefined;
  return /^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$/.test(address) ? address : undefined;
}
