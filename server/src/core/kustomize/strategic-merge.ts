import { pairIn } from './built-node';
import type { BuiltMap, BuiltNode, BuiltSeq } from './built-node';

/**
 * Strategic-merge patching, for the fields the cross-resource rules read: maps merge key by key (a `null` value
 * deletes the key), lists of ports merge by `port` (a Service's) or `containerPort` (a container's), lists of
 * containers, env, volumes by `name`; another list, or a value of another type, is replaced. `$patch: delete` /
 * `$patch: replace` on a map or list item are followed; the other `$` directives are left out.
 */
export function mergePatch(target: BuiltNode, patch: BuiltNode): BuiltNode | undefined {
  if (target.kind === 'map' && patch.kind === 'map') return mergeMaps(target, patch);
  if (target.kind === 'seq' && patch.kind === 'seq') return mergeLists(target, patch);
  return withoutDirectives(patch);
}

function mergeMaps(target: BuiltMap, patch: BuiltMap): BuiltMap | undefined {
  const directive = directiveOf(patch);
  if (directive === 'delete') return undefined;
  if (directive === 'replace') return withoutDirectives(patch) as BuiltMap;
  for (const pair of patch.pairs) {
    if (pair.key.startsWith('$')) continue;
    const existing = pairIn(target, pair.key);
    const deletes = pair.value.kind === 'scalar' && pair.value.value === null;
    if (deletes) {
      target.pairs = target.pairs.filter((p) => p.key !== pair.key);
    } else if (!existing) {
      const value = withoutDirectives(pair.value);
      if (value) target.pairs.push({ key: pair.key, value, origin: pair.origin });
    } else {
      const merged = mergePatch(existing.value, pair.value);
      if (merged === undefined) target.pairs = target.pairs.filter((p) => p !== existing);
      else {
        existing.value = merged;
        // The patch writes this key: a finding about it belongs at the patch's line.
        existing.origin = pair.origin;
      }
    }
  }
  return target;
}

/** The merge key of a list, read from its items: a list without one is replaced. */
function mergeKeyOf(list: BuiltSeq, patch: BuiltSeq): string | undefined {
  const all = [...list.items, ...patch.items];
  for (const key of ['containerPort', 'port', 'name', 'mountPath']) {
    if (all.length > 0 && all.every((item) => item.kind === 'map' && pairIn(item, key) !== undefined)) return key;
  }
  return undefined;
}

function mergeLists(target: BuiltSeq, patch: BuiltSeq): BuiltSeq {
  const key = mergeKeyOf(target, { ...patch, items: patch.items.filter((item) => directiveOf(item) !== 'delete') });
  if (key === undefined) return withoutDirectives(patch) as BuiltSeq;
  const keyOf = (item: BuiltNode): string => {
    const value = pairIn(item, key)?.value;
    return value?.kind === 'scalar' ? String(value.value) : '';
  };
  for (const item of patch.items) {
    const index = target.items.findIndex((existing) => keyOf(existing) === keyOf(item));
    if (index === -1) {
      const added = withoutDirectives(item);
      if (added) target.items.push(added);
      continue;
    }
    const merged = mergePatch(target.items[index], item);
    if (merged === undefined) target.items.splice(index, 1);
    else target.items[index] = merged;
  }
  return target;
}

function directiveOf(node: BuiltNode): string | undefined {
  const value = pairIn(node, '$patch')?.value;
  return value?.kind === 'scalar' && typeof value.value === 'string' ? value.value : undefined;
}

/** A patch's value as it lands in the object: without `$` directives (undefined for a `$patch: delete`). */
function withoutDirectives(node: BuiltNode): BuiltNode | undefined {
  if (node.kind === 'scalar') return node;
  if (node.kind === 'seq') {
    const items = node.items.flatMap((item) => {
      const kept = withoutDirectives(item);
      return kept ? [kept] : [];
    });
    return { ...node, items };
  }
  if (directiveOf(node) === 'delete') return undefined;
  const pairs = node.pairs.flatMap((pair) => {
    if (pair.key.startsWith('$')) return [];
    const value = withoutDirectives(pair.value);
    return value ? [{ ...pair, value }] : [];
  });
  return { ...node, pairs };
}
