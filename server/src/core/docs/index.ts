import type { Localizer } from '../l10n';
import type { EnumValueKey } from '../model/enums';
import type { FieldDoc } from './doc-types';
import { fieldDocsIn, valueDocsIn } from './field-docs';

export type { FieldDoc } from './doc-types';

interface Docs {
  readonly fields: Readonly<Record<string, FieldDoc>>;
  readonly values: Readonly<Record<EnumValueKey, FieldDoc>>;
}

/** Built once per localizer (there is one per language): hovers and completion ask for them on every request. */
const BUILT = new WeakMap<Localizer, Docs>();

function docsIn(l10n: Localizer): Docs {
  let docs = BUILT.get(l10n);
  if (!docs) {
    docs = { fields: fieldDocsIn(l10n), values: valueDocsIn(l10n) };
    BUILT.set(l10n, docs);
  }
  return docs;
}

/** The docs of every field, keyed by `<Kind>:<path>` (`Service:spec.ports[].targetPort`). */
export function fieldDocs(l10n: Localizer): Readonly<Record<string, FieldDoc>> {
  return docsIn(l10n).fields;
}

/** The docs of every enumeration value, keyed by `<Kind>:<path>=<value>` (`Service:spec.type=NodePort`). */
export function valueDocs(l10n: Localizer): Readonly<Record<string, FieldDoc>> {
  return docsIn(l10n).values;
}
