import { OBJECT_KINDS } from '../../model/k8s-object';
import { closestWithin } from '../../text/edit-distance';
import { v1SchemaOf } from '../../model/v1-schema';
import type { StructSchema } from '../../model/v1-schema';
import { walkDecoded } from '../support/decoder-walk';
import type { UnknownKey } from '../support/decoder-walk';
import type { Entry } from '../../model/decoded';
import { defineRule } from '../rule';
import type { Problem } from '../rule';
import { unknownFieldFix } from './fix';
import type { Suggestion } from './texts';
import { ADVICE, belongsAt, caseSensitive, didYouMean, KNOWN_MISTAKES, removeOrRespell } from './texts';

/** The unknown entry (`target`), which the fix renames to `data.replacement`. */
export type UnknownFieldProblem = Problem<
  { readonly key: string; readonly replacement?: string; readonly rewrite?: 'v1-backend' },
  Entry
>;

/**
 * A key the v1 type does not have: `targetport:` (keys are case-sensitive), the removed `spec.ipFamily`, an Ingress
 * backend's v1beta1 `serviceName` / `servicePort`.
 * With strict field validation (kubectl's default since 1.27) the decoder answers
 * `strict decoding error: unknown field "spec.ports[0].targetport"` (sigs.k8s.io/json `object`,
 * `newFieldError`) and the object is refused. The decoder has no field.Error for it; we report it as
 * NotSupported with the key as the value and the decoder's words as the detail.
 */
export const unknownField = defineRule<UnknownFieldProblem>({
  id: 'unknown-field',
  kinds: OBJECT_KINDS,
  origin: 'decoding',
  severity: 'error',
  description: 'Every key must be a field of the object\'s Go type (core/v1, networking.k8s.io/v1; names are case-sensitive).',
  advice: ADVICE,
  check({ object, report }) {
    const schema = v1SchemaOf(object.kind, object.apiVersion);
    if (!schema) return;
    walkDecoded(object.root, schema, {
      unknown(problem) {
        const suggestion = suggestionFor(problem, schema);
        report({
          field: problem.path,
          type: 'NotSupported',
          span: problem.pair.keySpan,
          value: problem.pair.key,
          detail: `unknown field ${JSON.stringify(problem.path)}`,
          advice: suggestion.advice,
          data: { key: problem.pair.key, ...replacementOf(suggestion) },
          target: { pair: problem.pair, map: problem.map },
        });
      },
    });
  },
  fix: unknownFieldFix,
});

function replacementOf({ replacement, rewrite }: Suggestion): { replacement?: string; rewrite?: 'v1-backend' } {
  return { ...(replacement ? { replacement } : {}), ...(rewrite ? { rewrite } : {}) };
}

function suggestionFor({ pair, owner }: UnknownKey, root: StructSchema): Suggestion {
  const key = pair.key;
  const mistakes = KNOWN_MISTAKES[owner.name];
  if (mistakes && Object.hasOwn(mistakes, key)) return mistakes[key];
  const fields = Object.keys(owner.fields);
  const sameIgnoringCase = fields.find((f) => f.toLowerCase() === key.toLowerCase());
  if (sameIgnoringCase) {
    return { advice: caseSensitive(sameIgnoringCase), replacement: sameIgnoringCase };
  }
  const home = homeOf(root, key, owner);
  if (home) return { advice: belongsAt(owner.name, key, home) };
  // The closest field within two edits, earliest in the struct on a tie.
  const close = closestWithin(fields, key, 2);
  if (close) return { advice: didYouMean(close), replacement: close };
  return { advice: removeOrRespell(owner.name, key) };
}

/** Where else in the object a field of exactly this name lives (`spec.ports[].port`), nearest first. */
function homeOf(root: StructSchema, key: string, exclude: StructSchema): string | undefined {
  const queue: { schema: StructSchema; path: string }[] = [{ schema: root, path: '' }];
  const seen = new Set<StructSchema>();
  for (let next = queue.shift(); next; next = queue.shift()) {
    const { schema, path } = next;
    if (seen.has(schema)) continue;
    seen.add(schema);
    if (schema !== exclude && Object.hasOwn(schema.fields, key)) return join(path, key);
    for (const [name, type] of Object.entries(schema.fields)) {
      if (type.kind === 'struct') queue.push({ schema: type.struct, path: join(path, name) });
      if (type.kind === 'list' && type.items.kind === 'struct') {
        queue.push({ schema: type.items.struct, path: `${join(path, name)}[]` });
      }
    }
  }
  return undefined;
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}
