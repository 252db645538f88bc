import { OBJECT_KINDS } from '../../model/k8s-object';
import { v1SchemaOf } from '../../model/v1-schema';
import type { FieldType } from '../../model/v1-schema';
import { isMap, isScalar, isSeq } from '../../parse/located-node';
import type { LNode } from '../../parse/located-node';
import type { BadValue } from '../api-error';
import { walkDecoded } from '../support/decoder-walk';
import type { TypeMismatch } from '../support/decoder-walk';
import { defineRule } from '../rule';
import type { Advice, Problem } from '../rule';
import { fieldTypeFix } from './fix';
import {
  ADVICE,
  EXPECTED,
  FINITE_NUMBER,
  LIST_OF_ONE,
  MAP_NOT_LIST,
  mapOfFields,
  PLAIN_SELECTOR,
  QUOTE_BOOLEAN,
  QUOTE_NUMBER,
  removeQuotes,
  WHOLE_NUMBER,
  wholeNumberIn,
  writeExpected,
  YAML_LIST,
} from './texts';

/** What a fix could do (`fix`), and the value it edits (`target`). */
export type FieldTypeProblem = Problem<
  {
    readonly expected: string;
    readonly found: string;
    readonly fix?: 'quote' | 'unquote';
    readonly replacement?: string;
  },
  LNode
>;

/**
 * A value of the wrong JSON type: `port: "80"`, `ports:` given a map, a label value YAML reads as a number.
 * The decoder refuses the whole object with `json: cannot unmarshal ...` before validation runs
 * (sigs.k8s.io/json `literalStore` / `array` / `object`, wrapped by the create handler's `transformDecodeError`).
 * It stops at the first such error; we list them all.
 */
export const fieldType = defineRule<FieldTypeProblem>({
  id: 'field-type',
  kinds: OBJECT_KINDS,
  origin: 'decoding',
  severity: 'error',
  description: 'Every field must hold the JSON type its Go field decodes (a number, a string, a list, a map...).',
  advice: ADVICE,
  check({ object, report }) {
    const schema = v1SchemaOf(object.kind, object.apiVersion);
    if (!schema) return;
    walkDecoded(object.root, schema, {
      mismatch(problem) {
        report({
          field: problem.at.path,
          type: 'Invalid',
          span: problem.node.span,
          value: badValueOf(problem.node),
          detail: problem.detail,
          advice: adviceFor(problem),
          data: { expected: problem.type.kind, found: problem.found, ...fixFor(problem) },
          target: problem.node,
        });
      },
    });
  },
  fix: fieldTypeFix,
});

/** The bad scalar as the decoder saw it; a list or map (or an infinity JSON cannot hold) has no value to show. */
function badValueOf(node: LNode): BadValue | undefined {
  if (!isScalar(node)) return undefined;
  return typeof node.value === 'number' && !Number.isFinite(node.value) ? undefined : node.value;
}

/** What a quick fix could do: quote a scalar YAML reads as a number or boolean, or drop needless quotes. */
function fixFor({ node, type }: TypeMismatch): { fix?: 'quote' | 'unquote'; replacement?: string } {
  if (!isScalar(node)) return {};
  const { value } = node;
  if (wantsString(type) && (typeof value === 'number' || typeof value === 'boolean')) return { fix: 'quote' };
  if (typeof value === 'string' && unquotedFits(value, type)) return { fix: 'unquote', replacement: value };
  return {};
}

function wantsString(type: FieldType): boolean {
  return type.kind === 'string' || type.kind === 'time';
}

/** A quoted `"80"` or `"true"` that would decode if written without the quotes. */
function unquotedFits(value: string, type: FieldType): boolean {
  if (type.kind === 'int') return /^-?\d{1,10}$/.test(value) && Math.abs(Number(value)) <= 2 ** 31 - 1;
  return type.kind === 'bool' && (value === 'true' || value === 'false');
}

function adviceFor(problem: TypeMismatch): Advice {
  return specialAdvice(problem) ?? scalarAdvice(problem) ?? writeExpected(expectedText(problem.type));
}

/** The classic mistakes, worth a precise hint. */
function specialAdvice({ node, type, at }: TypeMismatch): Advice | undefined {
  if (/^spec\.selector\.match(Labels|Expressions)$/.test(at.path) && (isMap(node) || isSeq(node))) {
    return PLAIN_SELECTOR;
  }
  if (type.kind === 'list' && isScalar(node) && type.items.kind === 'string') return LIST_OF_ONE;
  if (type.kind === 'list' && isMap(node)) return YAML_LIST;
  if (type.kind === 'stringMap' && isSeq(node)) return MAP_NOT_LIST;
  return undefined;
}

function scalarAdvice({ node, type }: TypeMismatch): Advice | undefined {
  if (!isScalar(node)) return undefined;
  const { value } = node;
  if (typeof value === 'number' && !Number.isFinite(value)) return FINITE_NUMBER;
  if (wantsString(type) && typeof value === 'boolean') return QUOTE_BOOLEAN;
  if (wantsString(type) && typeof value === 'number') return QUOTE_NUMBER;
  if (typeof value === 'string' && unquotedFits(value, type)) return removeQuotes(value);
  if (typeof value === 'number' && (type.kind === 'int' || type.kind === 'intOrString')) {
    const bits = type.kind === 'int' ? type.goType : 'int32';
    return Number.isInteger(value) ? wholeNumberIn(bits) : WHOLE_NUMBER;
  }
  return undefined;
}

function expectedText(type: FieldType): Advice {
  if (type.kind === 'struct') return mapOfFields(type.struct.name);
  return EXPECTED[type.kind];
}
