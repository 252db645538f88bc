import { OBJECT_KINDS } from '../../model/k8s-object';
import { get, pairOf } from '../../parse/located-node';
import type { LNode, Span } from '../../parse/located-node';
import { isQualifiedName, utf8ByteLength } from '../../validation';
import { stringMapEntries } from '../../model/decoded';
import type { StringMapEntry } from '../../model/decoded';
import { goToLower } from '../../model/go-strings';
import { metadataOf } from '../../model/object-meta';
import { defineRule } from '../rule';
import type { Problem } from '../rule';
import { ADVICE, KEY, TOO_LONG } from './texts';

/** `TotalAnnotationSizeLimitB`: 256 KiB over all keys and values. */
const TOTAL_ANNOTATION_SIZE_LIMIT = 256 * 1024;

/**
 * M6: `ValidateAnnotations`. Each key must be a qualified name once lower-cased (the error shows the key as
 * written); then the keys and values together must not exceed 256 KiB (one TooLong error for the whole map).
 */
export const metadataAnnotations = defineRule({
  id: 'metadata-annotations',
  kinds: OBJECT_KINDS,
  origin: 'validation',
  severity: 'error',
  description: 'metadata.annotations keys must be qualified names, and all annotations together at most 256 KiB.',
  advice: ADVICE,
  check({ object, report }) {
    const metadata = metadataOf(object);
    const node = get(metadata, 'annotations');
    const entries = stringMapEntries(node);
    for (const entry of entries) {
      for (const problem of keyProblems(entry)) report(problem);
    }
    const size = totalSize(entries);
    if (size > TOTAL_ANNOTATION_SIZE_LIMIT) report(tooLong(size, sizeSpan(metadata, node)));
  },
});

function keyProblems(entry: StringMapEntry): Problem[] {
  return isQualifiedName(goToLower(entry.key)).map((detail) => ({
    field: 'metadata.annotations',
    type: 'Invalid',
    span: entry.keySpan,
    value: entry.key,
    detail,
    advice: KEY,
    data: { key: entry.key },
  }));
}

/** `ValidateAnnotationsSize`: the byte length of every key plus every value. */
function totalSize(entries: readonly StringMapEntry[]): number {
  let size = 0;
  for (const entry of entries) size += utf8ByteLength(entry.key) + utf8ByteLength(entry.value);
  return size;
}

function tooLong(size: number, span: Span): Problem {
  return {
    field: 'metadata.annotations',
    type: 'TooLong',
    span,
    detail: `must have at most ${TOTAL_ANNOTATION_SIZE_LIMIT} bytes`,
    advice: TOO_LONG,
    data: { size, limit: TOTAL_ANNOTATION_SIZE_LIMIT },
  };
}

/** The `annotations` key rather than its value: a squiggle over 256 KiB of text helps nobody. */
function sizeSpan(metadata: LNode | undefined, annotations: LNode | undefined): Span {
  return pairOf(metadata, 'annotations')?.keySpan ?? annotations?.span ?? { start: 0, end: 0 };
}
