import { isScalar } from '../parse/located-node';
import type { LMap, LPair } from '../parse/located-node';
import { isFlow, lineBreakAt, ownPair, removePair } from './yaml-edits';
import type { SpanEdit } from './yaml-edits';

/**
 * One Ingress backend's v1beta1 `serviceName` / `servicePort` rewritten in v1's shape, `service: {name, port:
 * {number | name}}`, in place of the first of the two; the other is removed. The written values keep their text
 * (quotes included). A number port becomes `port.number`, a string one `port.name`. None when the backend already
 * has a `service`, or has neither field.
 */
export function rewriteBackend(text: string, backend: LMap): SpanEdit[] {
  const name = ownPair(backend, 'serviceName');
  const port = ownPair(backend, 'servicePort');
  const written = [name, port].filter((pair): pair is LPair => pair !== undefined);
  if (written.length === 0 || ownPair(backend, 'service')) return [];
  written.sort((a, b) => a.entryStart - b.entryStart);
  const [first, second] = written;
  const fields: [string, string][] = [];
  if (name) fields.push(['name', valueText(text, name)]);
  const portField = port && (isScalar(port.value) && typeof port.value.value === 'number' ? 'number' : 'name');
  const service = isFlow(text, backend) ? flowService(fields, port, portField, text) : blockService(text, first, fields, port, portField);
  const edits: SpanEdit[] = [{ span: { start: first.entryStart, end: first.span.end }, newText: service }];
  return second ? [...edits, ...removePair(text, second, backend)] : edits;
}

function valueText(text: string, pair: LPair): string {
  return text.slice(pair.value.span.start, pair.value.span.end);
}

function flowService(fields: [string, string][], port: LPair | undefined, portField: string | undefined, text: string): string {
  const parts = fields.map(([key, value]) => `${key}: ${value}`);
  if (port && portField) parts.push(`port: {${portField}: ${valueText(text, port)}}`);
  return `service: {${parts.join(', ')}}`;
}

/**
 * `service:` and its lines at the first field's column. The first field's own line comes last, so that a comment
 * after it (`serviceName: web # the shop`) stays beside the value it was written for.
 */
function blockService(
  text: string,
  first: LPair,
  fields: [string, string][],
  port: LPair | undefined,
  portField: string | undefined,
): string {
  const lineStart = Math.max(text.lastIndexOf('\n', first.entryStart - 1), text.lastIndexOf('\r', first.entryStart - 1)) + 1;
  const indent = ' '.repeat(first.entryStart - lineStart);
  const br = lineBreakAt(text, first.entryStart);
  const name = fields.map(([key, value]) => `${indent}  ${key}: ${value}`);
  const portLines = port && portField ? [`${indent}  port:`, `${indent}    ${portField}: ${valueText(text, port)}`] : [];
  const body = first === port ? [...name, ...portLines] : [...portLines, ...name];
  return ['service:', ...body].join(br);
}
