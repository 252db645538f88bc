import { Lexer } from 'yaml';
import { metadataOf } from '../model/object-meta';
import type { K8sObject } from '../model/k8s-object';
import { get, isMap } from '../parse/located-node';
import type { Span } from '../parse/located-node';
import type { ParsedDocument } from '../parse/parse-document';

/**
 * Whether a document is a Helm / Go template, not YAML until rendered: it holds `{{` and does not parse, or holds
 * one outside comments and annotation values. A `{{` in a comment, or in an annotation (free text for other tools:
 * Prometheus alert templates, Argo notifications), leaves the document a plain manifest. A `{{` in any other
 * string still counts: `name: "{{ .Release.Name }}"` is a template whose value only rendering gives.
 */
export function holdsTemplate(text: string, parsed: ParsedDocument, objects: readonly K8sObject[]): boolean {
  if (!text.includes('{{')) return false;
  if (parsed.syntaxErrors.length > 0) return true;
  const inert = [...commentSpans(text), ...annotationValueSpans(objects)];
  for (let at = text.indexOf('{{'); at !== -1; at = text.indexOf('{{', at + 2)) {
    if (!inert.some((span) => span.start <= at && at < span.end)) return true;
  }
  return false;
}

/** The `yaml` lexer's control tokens mark structure and take no characters of the source. */
const CONTROL_TOKENS: ReadonlySet<string> = new Set(['\u0002', '\u0018', '\u001f']);

/** Where the text's comments are: the lexer's tokens, which are the source cut in pieces, starting with `#`. */
function commentSpans(text: string): Span[] {
  const spans: Span[] = [];
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (CONTROL_TOKENS.has(token)) continue;
    if (token.startsWith('#')) spans.push({ start: offset, end: offset + token.length });
    offset += token.length;
  }
  return spans;
}

function annotationValueSpans(objects: readonly K8sObject[]): Span[] {
  return objects.flatMap((object) => {
    const annotations = get(metadataOf(object), 'annotations');
    if (!isMap(annotations)) return [];
    return annotations.pairs.filter((pair) => pair.value.kind === 'scalar').map((pair) => pair.value.span);
  });
}
