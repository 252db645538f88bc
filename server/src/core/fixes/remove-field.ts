import { isMap } from '../parse/located-node';
import type { LMap, LPair } from '../parse/located-node';
import type { Entry } from '../model/decoded';
import { ownPair, removePairs } from './yaml-edits';
import type { SpanEdit } from './yaml-edits';

/** Removes the `key: value` entry a check found; nothing when there is none. */
export function removeEntry(text: string, entry: Entry | undefined): SpanEdit[] {
  return entry ? removePairs(text, entry.map, [entry.pair]) : [];
}

/** Removes the entries of `keys` that `map` has; none when it has none of them. */
export function removeKeys(text: string, map: LMap | undefined, keys: readonly string[]): SpanEdit[] {
  if (!isMap(map)) return [];
  const found = keys.map((key) => ownPair(map, key)).filter((pair): pair is LPair => pair !== undefined);
  return found.length === 0 ? [] : removePairs(text, map, found);
}
