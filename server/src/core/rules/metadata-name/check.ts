import { OBJECT_KINDS } from '../../model/k8s-object';
import { goString } from '../../model/decoded';
import type { K8sObject } from '../../model/k8s-object';
import { metadataDecodes, metadataOf, nameFunctionOf } from '../../model/object-meta';
import { get, isMap, pairOf } from '../../parse/located-node';
import type { LNode, Span } from '../../parse/located-node';
import { defineRule } from '../rule';
import type { Problem } from '../rule';
import { metadataNameFix } from './fix';
import { ADVICE, generatedNameInvalid, GIVE_A_NAME, nameAdvice } from './texts';

/** `names.SimpleNameGenerator`: at most 58 bytes of generateName, then 5 random characters. */
const MAX_GENERATED_BASE_LENGTH = 58;
/** Stands for the random suffix; "x" is one of the generator's characters, so validity is unchanged. */
const RANDOM_SUFFIX_STAND_IN = 'xxxxx';

/** The written name (`target`), which the fix replaces with `data.suggestion`. */
export type MetadataNameProblem = Problem<
  | { readonly name: string; readonly suggestion?: string }
  | { readonly generateName: string; readonly generated: true },
  LNode
>;

/**
 * M1/M2 and the Endpoints and Ingress name rules (`ValidateObjectMetaAccessor` with `ValidateServiceName` =
 * NameIsDNS1035Label, `ValidateEndpointsName` or the Ingress's NameIsDNSSubdomain). The create handler generates a name from generateName before
 * validation, so Required only fires when both are empty, and a generateName-only object has its generated name
 * checked, as the API server does.
 */
export const metadataName = defineRule<MetadataNameProblem>({
  id: 'metadata-name',
  kinds: OBJECT_KINDS,
  origin: 'validation',
  severity: 'error',
  description: 'metadata.name (or generateName) is required, and must be a valid name for the kind.',
  advice: ADVICE,
  check({ object, report }) {
    if (!metadataDecodes(object)) return;
    const metadata = metadataOf(object);
    const nameNode = get(metadata, 'name');
    const name = goString(nameNode);
    if (name === undefined) return;
    if (nameNode !== undefined && name !== '') {
      for (const problem of nameProblems(object.kind, name, nameNode)) report(problem);
      return;
    }
    const generateNode = get(metadata, 'generateName');
    const generateName = goString(generateNode);
    if (generateName === undefined) return;
    if (generateNode !== undefined && generateName !== '') {
      for (const problem of generatedNameProblems(object.kind, generateName, generateNode)) report(problem);
      return;
    }
    report({
      field: 'metadata.name',
      type: 'Required',
      span: missingNameSpan(object),
      detail: 'name or generateName is required',
      advice: GIVE_A_NAME,
    });
  },
  fix: metadataNameFix,
});

function nameProblems(kind: string, name: string, node: LNode): MetadataNameProblem[] {
  const suggestion = suggestedName(kind, name);
  return nameFunctionOf(kind)(name, false).map((detail) => ({
    field: 'metadata.name',
    type: 'Invalid',
    span: node.span,
    value: name,
    detail,
    advice: nameAdvice(kind),
    data: suggestion === undefined ? { name } : { name, suggestion },
    target: node,
  }));
}

/**
 * The API server reports the generated name itself, random suffix included; the value here shows the suffix as
 * "xxxxx". Both bad-prefix cases (with a generateName error too) and prefixes that only pass because of
 * maskTrailingDash (e.g. "a.-", whose generated name keeps the ".") end up here.
 */
function generatedNameProblems(kind: string, generateName: string, node: LNode): MetadataNameProblem[] {
  const generated = generateName.slice(0, MAX_GENERATED_BASE_LENGTH) + RANDOM_SUFFIX_STAND_IN;
  return nameFunctionOf(kind)(generated, false).map((detail) => ({
    field: 'metadata.name',
    type: 'Invalid',
    span: node.span,
    value: generated,
    detail,
    advice: generatedNameInvalid(nameAdvice(kind)),
    data: { generateName, generated: true },
  }));
}

/**
 * A close name that the kind accepts, for a quick fix: lower-cased, other characters turned into "-", trimmed to
 * what the name function allows. Undefined when no such name comes out.
 */
function suggestedName(kind: string, name: string): string | undefined {
  const allowed = kind === 'Service' ? /[^a-z0-9-]/g : /[^a-z0-9.-]/g;
  const maxLength = kind === 'Service' ? 63 : 253;
  const leading = kind === 'Service' ? /^[^a-z]+/ : /^[^a-z0-9]+/;
  const candidate = name
    .toLowerCase()
    .replace(allowed, '-')
    .replace(leading, '')
    .slice(0, maxLength)
    .replace(/[^a-z0-9]+$/, '');
  if (candidate === '' || candidate === name) return undefined;
  return nameFunctionOf(kind)(candidate, false).length === 0 ? candidate : undefined;
}

/**
 * Where a missing `metadata.name` is reported: the metadata map when there is one, else the `metadata:` entry, else
 * the whole object (there is no closer parent to point at).
 */
function missingNameSpan(object: K8sObject): Span {
  const metadata = metadataOf(object);
  if (isMap(metadata) && metadata.pairs.length > 0) return metadata.span;
  return pairOf(object.root, 'metadata')?.span ?? object.root.span;
}
