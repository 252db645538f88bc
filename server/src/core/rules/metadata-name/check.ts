import { get } from '../../parse/located-node';
import type { LNode } from '../../parse/located-node';
import { goString } from '../../model/go-strings';
import { metadataDecodes, metadataOf, missingNameSpan, nameAdvice, nameFunctionOf, suggestedName } from '../../model/object-meta';
import type { Problem, Rule } from '../rule';

/** `names.SimpleNameGenerator`: at most 58 bytes of generateName, then 5 random characters. */
const MAX_GENERATED_BASE_LENGTH = 58;
/** Stands for the random suffix; "x" is one of the generator's characters, so validity is unchanged. */
const RANDOM_SUFFIX_STAND_IN = 'xxxxx';

/**
 * M1/M2 and the Endpoints name rule (`ValidateObjectMetaAccessor` with `ValidateServiceName` = NameIsDNS1035Label or
 * `ValidateEndpointsName` = NameIsDNSSubdomain). The create handler generates a name from generateName before
 * validation, so Required only fires when both are empty, and a generateName-only object has its generated name
 * checked, as the API server does.
 */
export const metadataName: Rule = {
  id: 'metadata-name',
  kinds: ['Service', 'Endpoints'],
  origin: 'validation',
  severity: 'error',
  description: 'metadata.name (or generateName) is required, and must be a valid name for the kind.',
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
      advice: 'give the object a metadata.name',
    });
  },
};

function nameProblems(kind: string, name: string, node: LNode): Problem[] {
  const suggestion = suggestedName(kind, name);
  return nameFunctionOf(kind)(name, false).map((detail) => ({
    field: 'metadata.name',
    type: 'Invalid',
    span: node.span,
    value: name,
    detail,
    advice: nameAdvice(kind),
    data: suggestion === undefined ? { name } : { name, suggestion },
  }));
}

/**
 * The API server reports the generated name itself, random suffix included; the value here shows the suffix as
 * "xxxxx". Both bad-prefix cases (with a generateName error too) and prefixes that only pass because of
 * maskTrailingDash (e.g. "a.-", whose generated name keeps the ".") end up here.
 */
function generatedNameProblems(kind: string, generateName: string, node: LNode): Problem[] {
  const generated = generateName.slice(0, MAX_GENERATED_BASE_LENGTH) + RANDOM_SUFFIX_STAND_IN;
  return nameFunctionOf(kind)(generated, false).map((detail) => ({
    field: 'metadata.name',
    type: 'Invalid',
    span: node.span,
    value: generated,
    detail,
    advice: `the API server names the object generateName plus 5 random characters, and that name is invalid: ${nameAdvice(kind)}`,
    data: { generateName, generated: true },
  }));
}
