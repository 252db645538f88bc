import type { LanguageServiceHost, Logger } from '../core/language-service';
import { DISK_FILES, nextTurn } from '../workspace/disk-files';
import { heapNearLimit } from './heap-budget';

/** What the language server gives the language service: the disk, Node's event loop, V8's heap budget, its log. */
export function serverHost(log: Logger): LanguageServiceHost {
  return { files: DISK_FILES, log, nextTurn, memoryTight: heapNearLimit };
}
