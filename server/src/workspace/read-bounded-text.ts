import { promises as fs } from 'node:fs';

export type BoundedText =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly why: string };

/**
 * A regular file's UTF-8 text when it holds at most `maxBytes`, checked before reading. At most `maxBytes + 1`
 * bytes are read even then, so a file that grows meanwhile (or lies about its size) cannot make the read endless;
 * a device or FIFO (`/dev/zero`) is refused without being opened.
 */
export async function readBoundedText(file: string, maxBytes: number): Promise<BoundedText> {
  const stat = await fs.stat(file);
  if (stat.isDirectory()) return { ok: false, why: 'is a directory' };
  if (!stat.isFile()) return { ok: false, why: 'is not a regular file' };
  if (stat.size > maxBytes) return { ok: false, why: tooLarge(stat.size, maxBytes) };
  const handle = await fs.open(file, 'r');
  try {
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) return { ok: false, why: tooLarge(undefined, maxBytes) };
    return { ok: true, text: buffer.subarray(0, length).toString('utf8') };
  } finally {
    await handle.close();
  }
}

/** `is 104857600 bytes, more than the 1048576 allowed`; the size is unknown when the file grew while read. */
function tooLarge(size: number | undefined, maxBytes: number): string {
  return `is ${size === undefined ? 'larger than' : `${size} bytes, more than`} the ${maxBytes} bytes allowed`;
}
