import type { IndexedObjectBase } from '../index/indexed-object';
import { folderOf } from '../text/uri-path';

/**
 * How near `candidate` is to `from`: 0 in the same file, 1 in the same folder, 2 elsewhere. What is written beside
 * an object is what is applied with it, so a name is looked up there first.
 */
function distance(from: IndexedObjectBase, candidate: IndexedObjectBase): number {
  if (candidate.uri === from.uri) return 0;
  return folderOf(candidate.uri) === folderOf(from.uri) ? 1 : 2;
}

/** The candidates, nearest to `from` first (a stable sort: the index's order within one distance). */
export function nearestFirst<T extends IndexedObjectBase>(from: IndexedObjectBase, candidates: readonly T[]): T[] {
  return [...candidates].sort((a, b) => distance(from, a) - distance(from, b));
}
