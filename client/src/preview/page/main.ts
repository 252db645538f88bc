/**
 * The preview page's script, bundled into client/out/preview-page.js and loaded by the webview under a nonce. It
 * renders the model the extension sends, keeps it and the scroll position with `setState` (so a reload shows the
 * same thing at the same place), and posts copy / reveal / fix requests, which the extension checks.
 */
import type { PageMessage, PageState } from '../preview-messages';
import { pageTextsOf } from '../page-texts';
import { modelMessageOf } from '../preview-messages';
import type { PreviewModel } from '../../../../server/src/protocol/preview-protocol';
import type { MiniDocument, MiniElement } from './mini-dom';
import { renderPreview } from './render-preview';

interface VsCodeApi {
  postMessage(message: PageMessage): void;
  getState(): unknown;
  setState(state: PageState): void;
}

interface PageWindow {
  readonly scrollY: number;
  scrollTo(x: number, y: number): void;
  addEventListener(type: 'message', listener: (event: { readonly data: unknown }) => void): void;
  addEventListener(type: 'scroll', listener: () => void, options: { passive: boolean }): void;
}

interface PageDocument extends MiniDocument {
  getElementById(
    id: string,
  ): (MiniElement & { replaceChildren(...nodes: MiniElement[]): void; getAttribute(name: string): string | null }) | null;
}

// Globals of the webview; the page is type-checked without the DOM library (see mini-dom.ts).
declare function acquireVsCodeApi(): VsCodeApi;
declare const window: PageWindow;
declare const document: PageDocument;

const vscode = acquireVsCodeApi();
const root = document.getElementById('root');
const texts = pageTextsOf(root?.getAttribute('data-texts') ?? null);
let state: PageState | undefined = stateOf(vscode.getState());
let saveTimer: ReturnType<typeof setTimeout> | undefined;

function render(model: PreviewModel, version: number, scrollY: number): void {
  if (!root) return;
  root.replaceChildren(
    renderPreview(document, model, {
      copy: (text) => vscode.postMessage({ type: 'copy', text }),
      reveal: (uri, range) => vscode.postMessage({ type: 'reveal', uri, range }),
      fix: (service, warning, fix) => vscode.postMessage({ type: 'fix', service, warning, fix }),
    }, texts),
  );
  // Replacing the content must not move the reader: put the scroll position back.
  window.scrollTo(0, scrollY);
  state = { model, version, scrollY };
  vscode.setState(state);
  vscode.postMessage({ type: 'rendered', version });
}

window.addEventListener('message', (event) => {
  const message = modelMessageOf(event.data);
  if (message) render(message.model, message.version, window.scrollY);
});

window.addEventListener(
  'scroll',
  () => {
    if (saveTimer !== undefined) return;
    saveTimer = setTimeout(() => {
      saveTimer = undefined;
      if (state) vscode.setState((state = { ...state, scrollY: window.scrollY }));
    }, 100);
  },
  { passive: true },
);

if (state) render(state.model, state.version, state.scrollY);
vscode.postMessage({ type: 'ready' });

function stateOf(raw: unknown): PageState | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { model, version, scrollY } = raw as Record<string, unknown>;
  const message = modelMessageOf({ type: 'model', model, version });
  return message ? { model: message.model, version: message.version, scrollY: typeof scrollY === 'number' ? scrollY : 0 } : undefined;
}
