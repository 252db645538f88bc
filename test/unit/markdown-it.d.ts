/** The little of markdown-it the tests use (it ships no types). */
declare module 'markdown-it' {
  interface MarkdownItOptions {
    /** Pass raw HTML through, as a renderer trusting the text would. */
    readonly html?: boolean;
    readonly linkify?: boolean;
  }
  export default class MarkdownIt {
    constructor(options?: MarkdownItOptions);
    render(source: string): string;
  }
}
