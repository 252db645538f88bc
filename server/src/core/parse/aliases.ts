import { isAlias, visit } from 'yaml';
import type { Alias, Document, Node as YamlNode } from 'yaml';
import type { ErrorAt } from './error-at';

/** The node each alias of a document stands for. */
export type AliasTargets = ReadonlyMap<Alias, YamlNode>;

export interface DocumentAliases {
  readonly targets: AliasTargets;
  /** Each alias in text order as `name#n`: it uses the n-th definition of its anchor. */
  readonly bindings: readonly string[];
  /** Aliases go-yaml refuses: `unknown anchor 'x' referenced`, as kubectl prints it. */
  readonly errors: readonly ErrorAt[];
}

const NONE: DocumentAliases = { targets: new Map(), bindings: [], errors: [] };

/**
 * Resolves every alias in one pass, in text order as go-yaml reads them: an alias uses the last anchor of its name
 * before it, and one with no anchor before it is an error (the `yaml` package leaves it unresolved, silently).
 * One pass for the whole document, where the `yaml` package's `Alias.resolve` walks the document once per alias.
 * `hasAliases` false (no `*` in the text) skips the walk.
 */
export function aliasesOf(doc: Document, hasAliases: boolean): DocumentAliases {
  if (!hasAliases) return NONE;
  const latest = new Map<string, { node: YamlNode; count: number }>();
  const targets = new Map<Alias, YamlNode>();
  const bindings: string[] = [];
  const errors: ErrorAt[] = [];
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) {
        const anchor = latest.get(node.source);
        if (anchor) {
          targets.set(node, anchor.node);
          bindings.push(`${node.source}#${anchor.count}`);
        } else {
          const [start, end] = node.range ?? [0, 0];
          errors.push({ message: `unknown anchor '${node.source}' referenced`, pos: [start, end] });
        }
        return;
      }
      if (node.anchor) latest.set(node.anchor, { node, count: (latest.get(node.anchor)?.count ?? 0) + 1 });
    },
  });
  return { targets, bindings, errors };
}
