import { getHeapStatistics } from 'node:v8';

/** The share of V8's heap limit past which the scan indexes no more files: running out of heap kills the server. */
const SCAN_HEAP_SHARE = 0.7;

/**
 * Whether the heap is near its limit. The index keeps every file's parsed documents, so a workspace of hundreds of
 * megabytes of YAML would otherwise grow the heap until the process dies (206 MB of generated manifests did).
 */
export function heapNearLimit(): boolean {
  const { used_heap_size: used, heap_size_limit: limit } = getHeapStatistics();
  return used > limit * SCAN_HEAP_SHARE;
}
