import { ENGLISH_PAGE_TEXTS } from './page-texts';
import type { PageTexts } from './page-texts';

/** What the page's HTML needs from the webview: its CSP source and the URIs of the page's two files. */
export interface PageAssets {
  /** `webview.cspSource`. */
  readonly cspSource: string;
  /** `webview.asWebviewUri(client/out/preview-page.js)`. */
  readonly scriptUri: string;
  /** `webview.asWebviewUri(client/out/preview-page.css)`. */
  readonly styleUri: string;
  /** A fresh random value per load: the one script runs under it, nothing else can. */
  readonly nonce: string;
  /** Shown until the first model arrives. */
  readonly loading: string;
  /** The page's title, in the user's language. */
  readonly title?: string;
  /** The page's own words, in the user's language; the page reads them from the root element. */
  readonly texts?: PageTexts;
}

/**
 * The preview page's shell. It holds no model data (that arrives by message and is rendered as text), no inline
 * script or style, no event-handler attributes, and a Content-Security-Policy that allows only the page's own
 * stylesheet, its one script under the nonce, and images from the extension.
 */
export function previewHtml(assets: PageAssets): string {
  const csp = [
    "default-src 'none'",
    `style-src ${assets.cspSource}`,
    `script-src 'nonce-${assets.nonce}'`,
    `img-src ${assets.cspSource}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(assets.styleUri)}">
<title>${text(assets.title ?? 'Service preview')}</title>
</head>
<body>
<main id="root" data-texts="${attr(JSON.stringify(assets.texts ?? ENGLISH_PAGE_TEXTS))}"><p class="loading">${text(assets.loading)}</p></main>
<script nonce="${attr(assets.nonce)}" src="${attr(assets.scriptUri)}"></script>
</body>
</html>
`;
}

function text(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
