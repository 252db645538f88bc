/** A port whose key an earlier port had, with what its key was made of (`of`) and the earlier port's index. */
export interface Repeat<P, V> {
  readonly port: P;
  readonly of: V;
  readonly first: number;
}

/**
 * The ports after the first with the same key, for the API server's duplicate checks (`allNames`, the `portsPath`
 * keys): `keyOf` gives a port's key and what it is made of, or undefined for a port the check skips.
 */
export function repeats<P extends { readonly index: number }, V>(
  ports: readonly P[],
  keyOf: (port: P) => { readonly key: string; readonly of: V } | undefined,
): Repeat<P, V>[] {
  const first = new Map<string, number>();
  const found: Repeat<P, V>[] = [];
  for (const port of ports) {
    const keyed = keyOf(port);
    if (keyed === undefined) continue;
    const known = first.get(keyed.key);
    if (known === undefined) first.set(keyed.key, port.index);
    else found.push({ port, of: keyed.of, first: known });
  }
  return found;
}
