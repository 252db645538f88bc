import { OBJECT_KINDS } from '../../model/k8s-object';
import { get, isMap, isScalar, isSeq, pairOf } from '../../parse/located-node';
import type { LNode, Span } from '../../parse/located-node';
import { goString } from '../../model/decoded';
import { metadataOf } from '../../model/object-meta';
import { defineRule } from '../rule';
import type { Problem } from '../rule';
import { ADVICE, API_VERSION, giveIts, NO_EVENT_OWNER, ONE_CONTROLLER } from './texts';

/**
 * `ValidateOwnerReferences` (apimachinery api/validation/objectmeta.go), as `ValidateObjectMetaAccessor` runs it on
 * create: each reference needs a version in `apiVersion`, a kind, a name and a uid; `v1` Event may not be an owner;
 * at most one reference may be the controller. The paths carry no index (`metadata.ownerReferences.uid`), as
 * upstream builds them from the list's path.
 */
export const metadataOwnerReferences = defineRule({
  id: 'metadata-owner-references',
  kinds: OBJECT_KINDS,
  origin: 'validation',
  severity: 'error',
  description: 'metadata.ownerReferences need apiVersion, kind, name and uid, and at most one controller.',
  advice: ADVICE,
  check({ object, report }) {
    const list = get(metadataOf(object), 'ownerReferences');
    if (!isSeq(list)) return;
    let firstController = '';
    list.items.forEach((item, index) => {
      const ref = ownerReference(item);
      if (ref === undefined) return;
      for (const problem of referenceProblems(ref, item, index)) report(problem);
      if (ref.controller) {
        const current = `${ref.kind}/${ref.name}`;
        if (firstController !== '') {
          report({
            field: 'metadata.ownerReferences',
            type: 'Invalid',
            span: pairOf(item, 'controller')?.span ?? item.span,
            detail: `Only one reference can have Controller set to true. Found "true" in references for ${firstController} and ${current}`,
            advice: ONE_CONTROLLER,
            data: { index },
          });
        } else {
          firstController = current;
        }
      }
    });
  },
});

interface OwnerReference {
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
  readonly uid: string;
  readonly controller: boolean;
}

/** The reference as Go decodes it; undefined when a field has the wrong type (the decoder refuses the object). */
function ownerReference(item: LNode): OwnerReference | undefined {
  if (!isMap(item) && !(isScalar(item) && item.value === null)) return undefined;
  const apiVersion = goString(get(item, 'apiVersion'));
  const kind = goString(get(item, 'kind'));
  const name = goString(get(item, 'name'));
  const uid = goString(get(item, 'uid'));
  const controllerNode = get(item, 'controller');
  if (apiVersion === undefined || kind === undefined || name === undefined || uid === undefined) return undefined;
  if (controllerNode !== undefined && !(isScalar(controllerNode) && (typeof controllerNode.value === 'boolean' || controllerNode.value === null))) {
    return undefined;
  }
  return { apiVersion, kind, name, uid, controller: isScalar(controllerNode) && controllerNode.value === true };
}

/** `schema.ParseGroupVersion`'s version, or '' when it fails (more than one "/"), as `FromAPIVersionAndKind` gives. */
function versionOf(apiVersion: string): { group: string; version: string } {
  if (apiVersion === '' || apiVersion === '/') return { group: '', version: '' };
  const parts = apiVersion.split('/');
  if (parts.length === 1) return { group: '', version: apiVersion };
  if (parts.length === 2) return { group: parts[0] ?? '', version: parts[1] ?? '' };
  return { group: '', version: '' };
}

function referenceProblems(ref: OwnerReference, item: LNode, index: number): Problem[] {
  const problems: Problem[] = [];
  const span = (key: string): Span => {
    const pair = pairOf(item, key);
    return pair ? pair.span : item.span;
  };
  const data = { index };
  const { group, version } = versionOf(ref.apiVersion);
  if (version === '') {
    problems.push({
      field: 'metadata.ownerReferences.apiVersion',
      type: 'Invalid',
      span: span('apiVersion'),
      value: ref.apiVersion,
      detail: 'version must not be empty',
      advice: API_VERSION,
      data,
    });
  }
  for (const key of ['kind', 'name', 'uid'] as const) {
    if (ref[key] !== '') continue;
    problems.push({
      field: `metadata.ownerReferences.${key}`,
      type: 'Invalid',
      span: span(key),
      value: '',
      detail: 'must not be empty',
      advice: giveIts(key),
      data,
    });
  }
  if (group === '' && version === 'v1' && ref.kind === 'Event') {
    problems.push({
      field: 'metadata.ownerReferences',
      type: 'Invalid',
      span: item.span,
      detail: '/v1, Kind=Event is disallowed from being an owner',
      advice: NO_EVENT_OWNER,
      data,
    });
  }
  return problems;
}
