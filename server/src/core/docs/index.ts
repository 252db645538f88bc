import type { DocSet, Language } from './doc-types';
import { DOCS_EN } from './docs-en';
import { DOCS_KO } from './docs-ko';

export type { DocSet, FieldDoc, Language } from './doc-types';

export function docsFor(language: Language): DocSet {
  return language === 'ko' ? DOCS_KO : DOCS_EN;
}

/** The language of a doc set from {@link docsFor}, for the few texts built outside it. */
export function languageOf(docs: DocSet): Language {
  return docs === DOCS_KO ? 'ko' : 'en';
}
