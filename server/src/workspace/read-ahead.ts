import { isCancelled } from '../core/host';
import type { Cancellation, ReadFile } from '../core/host';
import { indexableSize, readIndexable } from './workspace-files';

/** How far {@link readInOrder} reads ahead of the file being indexed. */
export interface ReadWindow {
  /** Reads in flight at most: several keep the disk busy while the CPU parses. */
  readonly files: number;
  /** Bytes read ahead at most (one file is always allowed, whatever its size). */
  readonly bytes: number;
}

export const DEFAULT_READ_WINDOW: ReadWindow = { files: 16, bytes: 8 * 1024 * 1024 };

/** How files are sized and read: the disk, or a test's stand-in. */
export interface ReadIo {
  size(uri: string, maxBytes: number): Promise<number | undefined>;
  read(uri: string, maxBytes: number): Promise<string | undefined>;
}

const DISK: ReadIo = { size: indexableSize, read: readIndexable };

export interface ReadOptions {
  /** `kubeSvc.maxFileSize`: a larger file is never read. */
  readonly maxBytes: number;
  /** Stops early once cancelled. */
  readonly cancellation?: Cancellation;
  readonly window?: ReadWindow;
  readonly io?: ReadIo;
}

/**
 * The files' texts in order, with a few reads in flight ahead of the one consumed, holding no more than
 * `window.bytes` of texts nobody has asked for yet: indexing 50 large files never holds 50 texts at once. Sizes are
 * looked at (stat, a window of files ahead at once) before reading; a file over `maxBytes` is never read.
 */
export async function* readInOrder(uris: readonly string[], options: ReadOptions): AsyncGenerator<ReadFile> {
  const { maxBytes, cancellation, window = DEFAULT_READ_WINDOW, io = DISK } = options;
  const sizes: { readonly uri: string; readonly bytes: Promise<number | undefined> }[] = [];
  const reads: { readonly uri: string; readonly bytes: number; readonly text: Promise<string | undefined> }[] = [];
  let held = 0;
  let next = 0;
  while (!isCancelled(cancellation)) {
    // Sizes cost no memory: ask for a window of them at once, so their round trips overlap.
    while (sizes.length < window.files && next < uris.length) {
      const uri = uris[next++];
      sizes.push({ uri, bytes: io.size(uri, maxBytes) });
    }
    while (sizes.length > 0 && reads.length < window.files) {
      const bytes = await sizes[0].bytes;
      if (reads.length > 0 && held + (bytes ?? 0) > window.bytes) break;
      const { uri } = sizes.shift() as (typeof sizes)[number];
      reads.push({ uri, bytes: bytes ?? 0, text: bytes === undefined ? Promise.resolve(undefined) : io.read(uri, maxBytes) });
      held += bytes ?? 0;
    }
    const head = reads.shift();
    if (!head) return;
    const text = await head.text;
    held -= head.bytes;
    yield { uri: head.uri, text };
  }
}
