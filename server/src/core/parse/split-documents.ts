import { lineBreakEnds } from './line-index';

/**
 * Splits a multi-document YAML stream at its `---` / `...` markers so that each document can be parsed and
 * cached on its own: a keystroke changes one chunk's text and leaves the others' cache entries valid.
 * A marker at column 0 always ends the previous document in YAML, even inside a block or quoted scalar,
 * so splitting on lines is exact.
 */
export interface DocumentChunk {
  /** The document's text, including its leading `---` line and any trailing `...` line. */
  readonly text: string;
  /** Offset of the chunk in the whole file. */
  readonly offset: number;
  /** Zero-based line of the chunk's first character in the whole file. */
  readonly line: number;
}

/** `---` or `...` at the start of a line (after `\n` or `\r`, not after a `\u2028` as the `m` flag would allow). */
const MARKER = /(?<![^\n\r])(?:---|\.\.\.)(?=[ \t\r\n]|$)/g;

export function splitDocuments(text: string): DocumentChunk[] {
  const cuts: number[] = [0];
  for (const match of text.matchAll(MARKER)) {
    const at = match.index;
    if (match[0] === '---') {
      cuts.push(at);
    } else {
      const lineEnd = lineBreakEnds(text, at, text.length).next();
      cuts.push(lineEnd.done ? text.length : lineEnd.value);
    }
  }
  cuts.push(text.length);
  return chunksBetween(text, cuts);
}

function chunksBetween(text: string, cuts: number[]): DocumentChunk[] {
  const chunks: DocumentChunk[] = [];
  const newlinesUpTo = newlineCounter(text);
  let line = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i];
    const end = cuts[i + 1];
    if (end <= start) continue;
    line += newlinesUpTo(start);
    chunks.push({ text: text.slice(start, end), offset: start, line });
  }
  return chunks;
}

/**
 * Line breaks between the previous call's `to` and this one's: every `\n`, plus every lone `\r`. The positions only
 * grow, so the next `\r` is remembered: searching for it again from each document's start would scan to the end
 * of a file without `\r` once per document, which made splitting quadratic.
 */
function newlineCounter(text: string): (to: number) => number {
  let from = 0;
  let nextCR = text.indexOf('\r');
  return (to) => {
    let n = 0;
    for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
    for (; nextCR !== -1 && nextCR < to; nextCR = text.indexOf('\r', nextCR + 1)) {
      if (text.charCodeAt(nextCR + 1) !== 10) n++;
    }
    from = to;
    return n;
  };
}
