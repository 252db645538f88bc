import { lineBreakEnds } from '../parse/line-index';
import type { Position } from '../parse/line-index';

/**
 * A document open in an editor, as the service holds it: the editor's text, which wins over the file on disk, and
 * its version. Offsets of positions are computed as LSP's text documents compute them (the line table is built on
 * first use, once per version).
 */
export class OpenDocument {
  private lineStarts: number[] | undefined;

  constructor(
    readonly uri: string,
    readonly version: number,
    private readonly text: string,
  ) {}

  getText(): string {
    return this.text;
  }

  /** The offset of a position: past the last line is the end of the text; a character past its line's end is the end. */
  offsetAt(position: Position): number {
    const starts = (this.lineStarts ??= [0, ...lineBreakEnds(this.text, 0, this.text.length)]);
    if (position.line >= starts.length) return this.text.length;
    if (position.line < 0) return 0;
    const start = starts[position.line];
    if (position.character <= 0) return start;
    const next = position.line + 1 < starts.length ? starts[position.line + 1] : this.text.length;
    return Math.min(start + position.character, beforeLineBreak(this.text, next, start));
  }
}

/** The end of the line that ends at `next` (its break excluded), never before `start`. */
function beforeLineBreak(text: string, next: number, start: number): number {
  let end = next;
  while (end > start && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
  return end;
}
