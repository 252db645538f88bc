import { visibleText } from './visible-text';

/**
 * Manifest text in the Markdown of hovers and completion docs. A manifest is untrusted: a name like
 * `![x](http://…)` must show as those characters, not as an image, a link, emphasis, raw HTML or an autolink, and a
 * newline must not start a new block. Every string that comes from a manifest goes through one of these two.
 */

/**
 * For prose: hidden characters made visible, then every character that can start Markdown inline syntax escaped
 * with a backslash (CommonMark makes an escaped punctuation character literal): emphasis, links and images, code
 * spans, raw HTML and `<…>` autolinks, entities, tables, strikethrough, VS Code's `$(icon)`, GFM's bare autolinks
 * (`http\://`, `www\.`, `a\@b`), and a list, heading or quote marker at the start. Harmless punctuation
 * (`web-canary`, `8080/TCP`, `type: NodePort`) stays as it is.
 */
export function mdText(value: string): string {
  return visibleText(value)
    .replace(/[\\`*_[\]<>!&|~$#@]/g, '\\$&')
    .replace(/:\/\//g, '\\://')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/^([-+=]|\d+(?=[.)]))/, (marker: string) => (/^\d/.test(marker) ? `${marker}\\` : `\\${marker}`));
}

/**
 * A code span holding exactly `value` (hidden characters made visible). CommonMark ends a code span at a backtick
 * run as long as its opening one, so the fence is one longer than the longest run inside; a space pads a value that
 * starts or ends with a backtick, or with spaces at both ends, since the renderer strips one such space.
 */
export function mdCode(value: string): string {
  const text = visibleText(value);
  if (text === '') return '` `';
  const longest = (text.match(/`+/g) ?? []).reduce((max, run) => Math.max(max, run.length), 0);
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || (text.startsWith(' ') && text.endsWith(' ') && text.trim() !== '') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
