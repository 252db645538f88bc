import { isMap, isScalar, isSeq } from '../../parse/located-node';
import type { LMap, LNode, LPair, LScalar } from '../../parse/located-node';
import { goTypeOf } from '../../model/v1-schema';
import type { FieldType, StructSchema } from '../../model/v1-schema';

/**
 * Walks a manifest the way the API server's decoder (sigs.k8s.io/json, a fork of encoding/json run with
 * case-sensitive keys, DisallowUnknownFields and DisallowDuplicateFields) walks the JSON that kubectl sends:
 * field by field against the Go types of model/v1-schema.ts. It reports two things the decoder refuses:
 * a value of the wrong JSON type (a fatal `json: cannot unmarshal ...` error) and an unknown key (a strict
 * `unknown field "..."` error). Like the decoder, it does not look inside a value it could not decode, nor
 * inside the value of an unknown key (both are skipped), nor inside free-form values.
 */

/** Where the decoder is: our path and the two halves of Go's `errorContext`. */
export interface DecodePosition {
  /** The strict decoder's notation: `spec.ports[0].port`, `metadata.labels.app` for a map entry. */
  readonly path: string;
  /** The Go struct that holds the last field decoded (`ServicePort`). */
  readonly goStruct: string;
  /** The JSON names of the struct fields down to here, without indices or map keys (`spec.ports.port`). */
  readonly goField: string;
}

export interface TypeMismatch {
  readonly node: LNode;
  readonly type: FieldType;
  readonly at: DecodePosition;
  /** The decoder's error text, e.g. `json: cannot unmarshal string into Go struct field ... of type int32`. */
  readonly detail: string;
  /** What the decoder calls the value: `string`, `number`, `number 80.5`, `bool`, `array`, `object`. */
  readonly found: string;
}

export interface UnknownKey {
  readonly pair: LPair;
  /** The map the key is in. */
  readonly map: LMap;
  /** The struct that has no such field. */
  readonly owner: StructSchema;
  readonly path: string;
}

export interface DecodeVisitor {
  mismatch?(problem: TypeMismatch): void;
  unknown?(problem: UnknownKey): void;
}

const ROOT: DecodePosition = { path: '', goStruct: '', goField: '' };
const MAP_VALUE: FieldType = { kind: 'string', goType: 'string' };

/**
 * The decoder keeps at most 100 strict errors (sigs.k8s.io/json `saveStrictError`). Stopping there also bounds
 * the walk over a document whose aliases repeat one big map many times.
 */
export const MAX_DECODE_PROBLEMS = 100;

export function walkDecoded(root: LMap, schema: StructSchema, visitor: DecodeVisitor): void {
  new DecoderWalk(visitor).struct(root, schema, ROOT);
}

class DecoderWalk {
  private reported = 0;

  constructor(private readonly visitor: DecodeVisitor) {}

  private get full(): boolean {
    return this.reported >= MAX_DECODE_PROBLEMS;
  }

  value(node: LNode, type: FieldType, at: DecodePosition): void {
    const refusal = refusalOf(node, type);
    if (refusal) {
      const detail = refusal.detail ?? cannotUnmarshal(refusal, at);
      this.report(this.visitor.mismatch, { node, type, at, found: refusal.found, detail });
      return;
    }
    if (type.kind === 'struct' && isMap(node)) this.struct(node, type.struct, at);
    else if (type.kind === 'list' && isSeq(node)) this.list(node.items, type.items, at);
    else if (type.kind === 'stringMap' && isMap(node)) this.stringMap(node, at);
  }

  struct(node: LMap, schema: StructSchema, at: DecodePosition): void {
    for (const pair of node.pairs) {
      if (this.full) return;
      const path = at.path === '' ? pair.key : `${at.path}.${pair.key}`;
      // Own properties only: a key such as `constructor` must not find Object.prototype's.
      if (!Object.hasOwn(schema.fields, pair.key)) {
        this.report(this.visitor.unknown, { pair, map: node, owner: schema, path });
        continue;
      }
      const goField = at.goField === '' ? pair.key : `${at.goField}.${pair.key}`;
      this.value(pair.value, schema.fields[pair.key], { path, goStruct: schema.name, goField });
    }
  }

  /** List items keep the list's Go error context: the decoder's type errors never mention an index. */
  private list(nodes: readonly LNode[], type: FieldType, at: DecodePosition): void {
    for (let index = 0; index < nodes.length && !this.full; index++) {
      this.value(nodes[index], type, { ...at, path: `${at.path}[${index}]` });
    }
  }

  private stringMap(node: LMap, at: DecodePosition): void {
    for (const pair of node.pairs) {
      if (this.full) return;
      this.value(pair.value, MAP_VALUE, { ...at, path: `${at.path}.${pair.key}` });
    }
  }

  /** Only what the visitor listens for uses up the budget. */
  private report<T>(listener: ((problem: T) => void) | undefined, problem: T): void {
    if (!listener) return;
    listener.call(this.visitor, problem);
    this.reported++;
  }
}

interface Refusal {
  readonly found: string;
  readonly goType: string;
  /** Set when the decoder's message is not a `cannot unmarshal` one. */
  readonly detail?: string;
}

/** Why the decoder refuses `node` as a `type`, or undefined when it takes it. JSON null is always taken. */
function refusalOf(node: LNode, type: FieldType): Refusal | undefined {
  if (type.kind === 'raw') return undefined;
  if (isScalar(node) && node.value === null) return undefined;
  if (isScalar(node) && typeof node.value === 'number' && !Number.isFinite(node.value)) {
    return { found: 'number', goType: goTypeOf(type), detail: `json: unsupported value: ${goFloat(node.value)}` };
  }
  const found = jsonKindOf(node);
  switch (type.kind) {
    case 'string':
      return found === 'string' ? undefined : { found, goType: type.goType };
    // metav1.Time and IntOrString decode through their own UnmarshalJSON, which calls json.Unmarshal into a
    // string or an int32: their errors name that inner type.
    case 'time':
      return found === 'string' ? undefined : { found, goType: 'string' };
    case 'intOrString':
      return found === 'string' ? undefined : integerRefusal(node, found, 'int32');
    case 'int':
      return integerRefusal(node, found, type.goType);
    case 'bool':
      return found === 'bool' ? undefined : { found, goType: 'bool' };
    case 'stringMap':
    case 'struct':
      return found === 'object' ? undefined : { found, goType: goTypeOf(type) };
    case 'list':
      return found === 'array' ? undefined : { found, goType: goTypeOf(type) };
  }
}

/** A JSON number goes into a Go integer when its literal parses as a decimal integer that fits. */
function integerRefusal(node: LNode, found: string, goType: 'int32' | 'int64'): Refusal | undefined {
  if (found !== 'number') return { found, goType };
  const literal = goNumberLiteral((node as LScalar).value as number);
  if (/^-?\d+$/.test(literal) && fits(BigInt(literal), goType)) return undefined;
  return { found: `number ${literal}`, goType };
}

const LIMITS = {
  int32: [-(2n ** 31n), 2n ** 31n - 1n],
  int64: [-(2n ** 63n), 2n ** 63n - 1n],
} as const;

function fits(value: bigint, goType: 'int32' | 'int64'): boolean {
  const [min, max] = LIMITS[goType];
  return value >= min && value <= max;
}

/**
 * The JSON literal kubectl sends for a YAML number: integral values as plain digits, others as Go's shortest
 * float form, which JavaScript's number-to-string matches (`80.5`, `1e+21`).
 */
function goNumberLiteral(value: number): string {
  return String(value);
}

function goFloat(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  return value > 0 ? '+Inf' : '-Inf';
}

/** What JSON value the node becomes once kubectl has turned the YAML into JSON. */
function jsonKindOf(node: LNode): string {
  if (isMap(node)) return 'object';
  if (isSeq(node)) return 'array';
  const { value } = node;
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'bool';
  return value === null ? 'null' : 'number';
}

/** encoding/json's `UnmarshalTypeError.Error()` with the decoder's context filled in. */
function cannotUnmarshal(refusal: Refusal, at: DecodePosition): string {
  if (at.goStruct === '' && at.goField === '') {
    return `json: cannot unmarshal ${refusal.found} into Go value of type ${refusal.goType}`;
  }
  const field = `${at.goStruct}.${at.goField}`;
  return `json: cannot unmarshal ${refusal.found} into Go struct field ${field} of type ${refusal.goType}`;
}
