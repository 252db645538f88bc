import type { Localizer } from '../../l10n';
import { rangeIn } from '../../index/indexed-object';
import type { IndexedObjectBase } from '../../index/indexed-object';
import type { Range } from '../../parse/line-index';
import type { Span } from '../../parse/located-node';

/** Words shared by the workspace rules. */

/** `no Service "db" in namespace "default" in the workspace`. */
export function noServiceInWorkspace(l10n: Localizer, name: string, namespace: string): string {
  return l10n.t('no Service "{0}" in namespace "{1}" in the workspace', name, namespace);
}

/** `Deployment "web"`. */
export function nameOf(object: IndexedObjectBase): string {
  return object.name === '' ? `${object.kind} (generateName)` : `${object.kind} "${object.name}"`;
}

/** `Deployment "a", StatefulSet "b" and 2 more`. */
export function namesOf(objects: readonly IndexedObjectBase[], l10n: Localizer, max = 3): string {
  const names = [...new Set(objects.map(nameOf))];
  const shown = names.slice(0, max).join(', ');
  const more = names.length - max;
  if (more <= 0) return shown;
  return l10n.t('{0} and {1} more', shown, more);
}

/** `"a", "b"`. */
export function quoted(values: readonly string[]): string {
  return values.map((v) => `"${v}"`).join(', ');
}

/** The file's last path segment, for messages: `frontend.yaml`. */
export function fileNameOf(uri: string): string {
  const last = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** `frontend.yaml:12`, where a span of an object is. */
export function whereIs(object: IndexedObjectBase, span: Span): string {
  return `${fileNameOf(object.uri)}:${rangeIn(object, span).start.line + 1}`;
}

/** A place elsewhere in the workspace that a finding refers to (LSP `relatedInformation`). */
export interface RelatedPlace {
  readonly uri: string;
  readonly range: Range;
  readonly message: string;
}

export function relatedPlace(object: IndexedObjectBase, span: Span, message: string): RelatedPlace {
  return { uri: object.uri, range: rangeIn(object, span), message };
}
