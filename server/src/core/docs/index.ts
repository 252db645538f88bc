import type { DocSet, Language } from './doc-types';
import { DOCS_EN } from './docs-en';
import { DOCS_KO } from './docs-ko';

export type { DocSet, FieldDoc, Language } from './doc-types';

export function docsFor(language: Language): DocSet {
  return language === 'ko' ? DOCS_KO : DOCS_EN;
}
