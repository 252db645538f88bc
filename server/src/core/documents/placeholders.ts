import type { LNode, LScalar, Span } from '../parse/located-node';
import { parseYamlDocument } from '../parse/parse-document';

/** envsubst's placeholders: `${VAR}`, and `${VAR:-default}` / `${VAR-default}` with the value used when unset. */
const PLACEHOLDER = /\$\{[A-Za-z_][A-Za-z0-9_]*(?::?-([^}]*))?\}/g;

/** A document's tree as envsubst would make it, as far as it can be known before substitution. */
export interface Substituted {
  readonly root: LNode | undefined;
  /** The values holding a `${VAR}` without a default: unknown until substituted, so nothing is said about them. */
  readonly unknown: readonly Span[];
}

/**
 * Each `${VAR:-default}` replaced by its default; a scalar written plain is then read again as go-yaml would read
 * the substituted text (`port: ${PORT:-80}` is the number 80). A `${VAR}` stays as written and its value is
 * marked unknown. Nodes shared by aliases stay shared.
 */
export function substitutePlaceholders(text: string, root: LNode | undefined): Substituted {
  if (!text.includes('${') || root === undefined) return { root, unknown: [] };
  const unknown: Span[] = [];
  const done = new Map<LNode, LNode>();
  const visit = (node: LNode): LNode => {
    const known = done.get(node);
    if (known) return known;
    const result = substituteNode(node, visit, unknown);
    done.set(node, result);
    return result;
  };
  return { root: visit(root), unknown };
}

function substituteNode(node: LNode, visit: (node: LNode) => LNode, unknown: Span[]): LNode {
  if (node.kind === 'map') return { ...node, pairs: node.pairs.map((pair) => ({ ...pair, value: visit(pair.value) })) };
  if (node.kind === 'seq') return { ...node, items: node.items.map(visit) };
  if (typeof node.value !== 'string' || !node.value.includes('${')) return node;
  let unset = false;
  const value = node.value.replace(PLACEHOLDER, (whole, fallback: string | undefined) => {
    if (fallback !== undefined) return fallback;
    unset = true;
    return whole;
  });
  if (unset) unknown.push(node.span);
  if (value === node.value) return node;
  return { ...node, value: node.quoted ? value : plainValue(value) };
}

/** What go-yaml makes of a plain scalar's text: `80` a number, `true` a boolean, `web` a string. */
function plainValue(text: string): LScalar['value'] {
  const root = parseYamlDocument(text).root;
  return root?.kind === 'scalar' && !root.quoted ? root.value : text;
}
