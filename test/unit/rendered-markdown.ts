import { parseHTML } from 'linkedom';
import MarkdownIt from 'markdown-it';

/** What a Markdown text becomes on screen: the elements a CommonMark renderer makes of it. */
export interface Rendered {
  /** Tag names of every element, lower case (`p`, `strong`, `code`, …). */
  readonly tags: string[];
  /** The text of each `<code>`, in order. */
  readonly codes: string[];
  /** All the text shown. */
  readonly text: string;
}

interface Element {
  readonly tagName: string;
  readonly textContent: string | null;
}

/**
 * Renders with raw HTML let through (the most a renderer would do with it): an element that is not one of ours in
 * the result means the manifest's text became markup. CommonMark autolinks (`<http://…>`) are on; GFM's bare ones
 * are checked by the callers on the text itself.
 */
export function renderMarkdown(markdown: string): Rendered {
  const html = new MarkdownIt({ html: true }).render(markdown);
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`) as unknown as {
    document: { body: Element & { querySelectorAll(selector: string): ArrayLike<Element> } };
  };
  const all = Array.from(document.body.querySelectorAll('*'));
  return {
    tags: all.map((e) => e.tagName.toLowerCase()),
    codes: all.filter((e) => e.tagName.toLowerCase() === 'code').map((e) => e.textContent ?? ''),
    text: document.body.textContent ?? '',
  };
}

/** The elements our hovers and docs are made of; anything else came from a manifest. */
export const MARKDOWN_TAGS = new Set(['p', 'strong', 'em', 'code', 'ul', 'li', 'hr', 'pre']);
