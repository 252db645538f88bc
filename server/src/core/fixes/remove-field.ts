import { isMap } from '../parse/located-node';
import type { LMap, LPair } from '../parse/located-node';
import { ownPair, removePairs } from './yaml-edits';
import type { SpanEdit } from './yaml-edits';
import { locate } from './fix-targets';
import type { FixContext } from './fix';

/** Removes the `key: value` entry the problem points at (its pair, key or value span). */
export function removeProblemField({ text, object, problem }: FixContext): SpanEdit[] {
  const target = locate(object.root, problem.span);
  if (!target?.pair || !target.parent) return [];
  return removePairs(text, target.parent, [target.pair]);
}

/** Removes the entries of `keys` that `map` has; none when it has none of them. */
export function removeKeys(text: string, map: LMap | undefined, keys: readonly string[]): SpanEdit[] {
  if (!isMap(map)) return [];
  const found = keys.map((key) => ownPair(map, key)).filter((pair): pair is LPair => pair !== undefined);
  return found.length === 0 ? [] : removePairs(text, map, found);
}
