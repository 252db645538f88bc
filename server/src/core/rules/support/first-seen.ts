/**
 * Which item first had a key, for the API server's duplicate checks (`allNames`, `portsPath` keys): `earlier(key,
 * index)` is the index of the first item seen with `key`, or undefined when this is the first.
 */
export function firstSeen(): (key: string, index: number) => number | undefined {
  const first = new Map<string, number>();
  return (key, index) => {
    const known = first.get(key);
    if (known === undefined) first.set(key, index);
    return known;
  };
}
