import type { Span } from './located-node';

/** Zero-based line and UTF-16 character, as in LSP. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/**
 * Where each line break between `from` and `to` ends. Line breaks are `\r\n`, `\n` and a lone `\r`, as LSP counts
 * them (and YAML reads them); a `\u2028` is not one.
 */
export function* lineBreakEnds(text: string, from: number, to: number): Generator<number> {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) yield i + 1;
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      yield i + 1;
    }
  }
}

/**
 * The text of each line, without its line break, with the same breaks as {@link LineIndex} (and LSP): what the
 * core reads line by line (completion) must number lines as positions do.
 */
export function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (const end of lineBreakEnds(text, 0, text.length)) {
    const breakLength = text.charCodeAt(end - 1) === 10 && text.charCodeAt(end - 2) === 13 ? 2 : 1;
    lines.push(text.slice(start, end - breakLength));
    start = end;
  }
  lines.push(text.slice(start));
  return lines;
}

/** Turns offsets of one text into positions; `baseLine` shifts them to where the text sits in its file. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (const end of lineBreakEnds(text, 0, text.length)) this.starts.push(end);
  }

  position(offset: number, baseLine = 0): Position {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: baseLine + low, character: offset - this.starts[low] };
  }

  range(span: Span, baseLine = 0): Range {
    return { start: this.position(span.start, baseLine), end: this.position(span.end, baseLine) };
  }

  /** The offset of a position given in file coordinates, clamped to the text. */
  offset(position: Position, baseLine = 0): number {
    const line = Math.min(Math.max(position.line - baseLine, 0), this.starts.length - 1);
    return this.starts[line] + position.character;
  }
}
