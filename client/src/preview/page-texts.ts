/**
 * The few words of the preview page that are the page's own, not the model's (which the server words in the
 * user's language). The extension localises them and hands them to the page in its HTML; no `vscode` import: the
 * page bundle includes this file.
 */
export interface PageTexts {
  /** After a headless Service's type: `ClusterIP · headless`. */
  readonly headless: string;
}

export const ENGLISH_PAGE_TEXTS: PageTexts = { headless: 'headless' };

/** The page's texts from the JSON the extension wrote into the page; English for anything missing or malformed. */
export function pageTextsOf(json: string | null): PageTexts {
  let raw: unknown;
  try {
    raw = json === null ? undefined : JSON.parse(json);
  } catch {
    raw = undefined;
  }
  const headless = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).headless : undefined;
  return { headless: typeof headless === 'string' ? headless : ENGLISH_PAGE_TEXTS.headless };
}
