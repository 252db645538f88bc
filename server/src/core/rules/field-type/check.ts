import { v1SchemaOf } from '../../model/v1-schema';
import type { FieldType } from '../../model/v1-schema';
import { isMap, isScalar, isSeq } from '../../parse/located-node';
import type { LNode } from '../../parse/located-node';
import type { BadValue } from '../api-error';
import { walkDecoded } from '../support/decoder-walk';
import type { TypeMismatch } from '../support/decoder-walk';
import type { Rule } from '../rule';

/**
 * A value of the wrong JSON type: `port: "80"`, `ports:` given a map, a label value YAML reads as a number.
 * The decoder refuses the whole object with `json: cannot unmarshal ...` before validation runs
 * (sigs.k8s.io/json `literalStore` / `array` / `object`, wrapped by the create handler's `transformDecodeError`).
 * It stops at the first such error; we list them all.
 */
export const fieldType: Rule = {
  id: 'field-type',
  kinds: ['Service', 'Endpoints'],
  origin: 'decoding',
  severity: 'error',
  description: 'Every field must hold the JSON type its Go field decodes (a number, a string, a list, a map...).',
  check({ object, report }) {
    const schema = v1SchemaOf(object.kind);
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
        });
      },
    });
  },
};

/** The bad scalar as the decoder saw it; a list or map (or an infinity JSON cannot hold) has no value to show. */
function badValueOf(node: LNode): BadValue | undefined {
  if (!isScalar(node)) return undefined;
  return typeof node.value === 'number' && !Number.isFinite(node.value) ? undefined : node.value;
}

/** What a quick fix could do: quote a scalar YAML reads as a number or boolean, or drop needless quotes. */
function fixFor({ node, type }: TypeMismatch): Record<string, unknown> {
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

function adviceFor(problem: TypeMismatch): string {
  return specialAdvice(problem) ?? scalarAdvice(problem) ?? `write ${expectedText(problem.type)} here`;
}

/** The classic mistakes, worth a precise hint. */
function specialAdvice({ node, type, at }: TypeMismatch): string | undefined {
  if (/^spec\.selector\.match(Labels|Expressions)$/.test(at.path) && (isMap(node) || isSeq(node))) {
    return (
      'a Service selector is a plain map of labels, not a label selector: ' +
      'put the labels directly under spec.selector'
    );
  }
  if (type.kind === 'list' && isScalar(node) && type.items.kind === 'string') {
    return 'write it as a list, even for one value: put "- " before the value on its own line';
  }
  if (type.kind === 'list' && isMap(node)) return 'write it as a YAML list: start each item with "- "';
  if (type.kind === 'stringMap' && isSeq(node)) return 'write it as a map of key: value pairs, not as a list';
  return undefined;
}

function scalarAdvice({ node, type }: TypeMismatch): string | undefined {
  if (!isScalar(node)) return undefined;
  const { value } = node;
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return 'write a finite number: YAML reads .inf and .nan as infinity and not-a-number, which JSON cannot hold';
  }
  if (wantsString(type) && typeof value === 'boolean') {
    return 'put the value in quotes: YAML reads an unquoted true/false/yes/no/on/off as a boolean';
  }
  if (wantsString(type) && typeof value === 'number') {
    return 'put the value in quotes: YAML reads it as a number, and this field takes a string';
  }
  if (typeof value === 'string' && unquotedFits(value, type)) return `remove the quotes: write ${value}`;
  if (typeof value === 'number' && (type.kind === 'int' || type.kind === 'intOrString')) {
    const bits = type.kind === 'int' ? type.goType : 'int32';
    return Number.isInteger(value) ? `use a whole number that fits in ${bits}` : 'use a whole number';
  }
  return undefined;
}

function expectedText(type: FieldType): string {
  switch (type.kind) {
    case 'string':
    case 'time':
      return 'a string';
    case 'int':
      return 'a whole number';
    case 'bool':
      return 'true or false';
    case 'intOrString':
      return 'a port number or a port name';
    case 'stringMap':
      return 'a map of key: "string value" pairs';
    case 'list':
      return 'a list';
    case 'struct':
      return `a map of ${type.struct.name} fields`;
    case 'raw':
      return 'a value';
  }
}
