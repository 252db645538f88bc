import { fieldDocs, valueDocs } from '../docs';
import type { FieldDoc } from '../docs';
import { renderReference } from '../docs/render-doc';
import type { K8sObject } from '../model/k8s-object';
import { isKnownPath, v1SchemaOf } from '../model/v1-schema';
import type { Position, Range } from '../parse/line-index';
import { docPath, nodeAt } from '../parse/node-at';
import type { NodeAt, PathSegment } from '../parse/node-at';
import type { WorkspaceIndex } from '../index/workspace-index';
import type { Localizer } from '../l10n';
import { mdText } from '../text/markdown';
import type { Located } from '../documents/check-file';
import { hoverFacts } from './hover-facts';
import { workspaceFacts, workspaceHeading } from './hover-workspace-facts';

export interface HoverResult {
  /** Markdown. */
  readonly contents: string;
  readonly range: Range;
}

/**
 * Explains the Service, Endpoints or Ingress key or enumeration value at `position`, with what it resolves to here.
 * With the workspace `index`, a Service's `targetPort`, `port` and `selector` also say which workloads and container
 * ports they reach, and the Service's namespace defaults to the index's; the index is only read.
 */
export function hoverAt(
  located: readonly Located[],
  position: Position,
  l10n: Localizer,
  index?: WorkspaceIndex,
): HoverResult | undefined {
  const target = locate(located, position);
  if (!target) return undefined;
  const { object, at, chunk } = target;
  const key = `${object.kind}:${docPath(at.path)}`;
  const valueDoc = !at.onKey && at.node.kind === 'scalar' ? valueDocs(l10n)[`${key}=${String(at.node.value)}`] : undefined;
  const field = documentedField(object, at.path, l10n);
  const doc = valueDoc ?? field?.doc;
  if (!doc) return workspaceOnlyHover(target, l10n, index);
  const title = valueDoc
    ? `${lastKey(at.path)}: ${String(at.node.kind === 'scalar' ? at.node.value : '')}`
    : lastKey(field?.path ?? at.path);
  // What the field resolves to here comes right after the summary: it is what the reader hovered for.
  const facts = hoverFacts(object, at.path, l10n, index?.defaultNamespace);
  const inWorkspace = index ? workspaceFacts(object, at.path, l10n, index) : [];
  // The title is a documented key or value, but it is text of the manifest all the same: escaped like the facts.
  const sections = [`**${mdText(title)}**\n\n${doc.summary}`];
  if (facts.length > 0) sections.push(`**${l10n.t('In this manifest')}**\n\n${facts.map((f) => `- ${f}`).join('\n')}`);
  if (inWorkspace.length > 0) {
    sections.push(`**${workspaceHeading(l10n)}**\n\n${inWorkspace.map((f) => `- ${f}`).join('\n')}`);
  }
  const reference = renderReference(doc, l10n);
  if (reference) sections.push(reference);
  const span = at.onKey || at.node.kind === 'scalar' ? at.span : at.pair?.keySpan ?? at.span;
  return { contents: sections.join('\n\n---\n\n'), range: chunk.analysis.lines.range(span, chunk.chunk.line) };
}

/**
 * A field of another kind that names a Service (a StatefulSet's `spec.serviceName`): no docs of ours, only what it
 * names in the workspace.
 */
function workspaceOnlyHover(target: Target, l10n: Localizer, index: WorkspaceIndex | undefined): HoverResult | undefined {
  const { object, at, chunk } = target;
  const inWorkspace = index ? workspaceFacts(object, at.path, l10n, index) : [];
  if (inWorkspace.length === 0) return undefined;
  const title = `**${mdText(lastKey(at.path))}**`;
  const contents = `${title}\n\n---\n\n**${workspaceHeading(l10n)}**\n\n${inWorkspace.map((f) => `- ${f}`).join('\n')}`;
  const span = at.onKey || at.node.kind === 'scalar' ? at.span : at.pair?.keySpan ?? at.span;
  return { contents, range: chunk.analysis.lines.range(span, chunk.chunk.line) };
}

interface Target {
  readonly object: K8sObject;
  readonly at: NodeAt;
  readonly chunk: Located;
}

/** The v1 Service or Endpoints, or networking.k8s.io/v1 Ingress (or a StatefulSet, for its serviceName), under the position, and the node in it. */
function locate(located: readonly Located[], position: Position): Target | undefined {
  const chunk = [...located].reverse().find((l) => l.chunk.line <= position.line);
  if (!chunk || chunk.analysis.templated) return undefined;
  const offset = chunk.analysis.lines.offset(position, chunk.chunk.line);
  for (const object of chunk.analysis.objects) {
    if (!v1SchemaOf(object.kind, object.apiVersion) && object.kind !== 'StatefulSet') continue;
    if (offset < object.root.span.start || offset > object.root.span.end) continue;
    const at = nodeAt(object.root, offset);
    if (at) return { object, at, chunk };
  }
  return undefined;
}

/**
 * The doc of the path, or of its nearest documented ancestor: a label key is explained by `labels`, a
 * `targetRef.kind` by `targetRef`. A key the v1 type does not have (a typo) gets no hover: the
 * unknown-field diagnostic speaks for it.
 */
function documentedField(
  { kind, apiVersion }: K8sObject,
  path: readonly PathSegment[],
  l10n: Localizer,
): { readonly doc: FieldDoc; readonly path: readonly PathSegment[] } | undefined {
  if (!isKnownPath(kind, path, apiVersion)) return undefined;
  for (let length = path.length; length > 0; length--) {
    const prefix = path.slice(0, length);
    const doc = fieldDocs(l10n)[`${kind}:${docPath(prefix)}`];
    if (doc) return { doc, path: prefix };
  }
  return undefined;
}

function lastKey(path: readonly PathSegment[]): string {
  const keys = path.filter((s): s is string => typeof s === 'string');
  return keys[keys.length - 1] ?? '';
}
