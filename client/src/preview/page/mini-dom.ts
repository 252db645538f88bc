/**
 * The little of the DOM the preview page uses, so that the renderer type-checks without the DOM library and runs
 * on any document: the webview's, or linkedom's in the unit tests. Text goes in through `textContent` only; there is
 * deliberately no `innerHTML` here.
 */
export interface MiniElement {
  textContent: string | null;
  className: string;
  setAttribute(name: string, value: string): void;
  appendChild<T extends MiniElement>(child: T): T;
  addEventListener(type: 'click', listener: () => void): void;
}

export interface MiniDocument {
  createElement(tagName: string): MiniElement;
}
