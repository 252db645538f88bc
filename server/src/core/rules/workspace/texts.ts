import type { Language } from '../../docs/doc-types';
import { rangeIn } from '../../index/indexed-object';
import type { IndexedObjectBase } from '../../index/indexed-object';
import type { Range } from '../../parse/line-index';
import type { Span } from '../../parse/located-node';

/** Words shared by the workspace rules, in both languages. */

export function say(language: Language, en: string, ko: string): string {
  return language === 'ko' ? ko : en;
}

/** `namespace "web"`; for an object without `metadata.namespace` (and no default), where it is applied. */
export function nsEn(namespace: string): string {
  return namespace === '' ? 'the namespace it is applied to (namespace not set)' : `namespace "${namespace}"`;
}

/** {@link nsEn} in Korean. */
export function nsKo(namespace: string): string {
  return namespace === '' ? '적용되는 네임스페이스(네임스페이스 지정 안 됨)' : `네임스페이스 "${namespace}"`;
}

/** `no Service "db" in namespace "default" in the workspace`. */
export function noServiceInWorkspace(language: Language, name: string, namespace: string): string {
  return say(
    language,
    `no Service "${name}" in ${nsEn(namespace)} in the workspace`,
    `작업 공간에 ${nsKo(namespace)}의 Service "${name}"가 없습니다`,
  );
}

/** `Deployment "web"`. */
export function nameOf(object: IndexedObjectBase): string {
  return object.name === '' ? `${object.kind} (generateName)` : `${object.kind} "${object.name}"`;
}

/** `Deployment "a", StatefulSet "b" and 2 more`. */
export function namesOf(objects: readonly IndexedObjectBase[], language: Language, max = 3): string {
  const names = [...new Set(objects.map(nameOf))];
  const shown = names.slice(0, max).join(', ');
  const more = names.length - max;
  if (more <= 0) return shown;
  return say(language, `${shown} and ${more} more`, `${shown} 외 ${more}개`);
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
