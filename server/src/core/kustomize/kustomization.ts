import { get, isMap, items, pairOf, str, strings } from '../parse/located-node';
import type { LNode } from '../parse/located-node';
import { folderOf, lastSegment } from '../text/uri-path';

/**
 * What the workspace index reads of a kustomization file (`kustomization.yaml`, `kustomization.yml` or
 * `Kustomization`, kind `Kustomization` or `Component`): the files it uses as patches, and what it builds from.
 * Paths are resolved against the kustomization's folder, as kustomize does; remote resources (URLs) are not
 * fetched, so they resolve to nothing.
 */
export interface Kustomization {
  readonly uri: string;
  /** The folder it stands in: `resources` / `components` entries naming this folder include it. */
  readonly folder: string;
  readonly kind: 'Kustomization' | 'Component';
  /** `resources` entries, resolved: files or folders of other kustomizations. */
  readonly resources: readonly string[];
  /** `components` entries, resolved: folders of Component kustomizations. */
  readonly components: readonly string[];
  /**
   * The files it uses as patches: `patches[].path`, `patchesStrategicMerge` entries that are paths (not inline
   * YAML), `patchesJson6902[].path`. A document in one of them is a partial object.
   */
  readonly patches: readonly string[];
}

/** The file names kustomize looks for in a folder. */
const FILE_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/** Whether the file is one kustomize reads as a folder's kustomization. */
export function isKustomizationUri(uri: string): boolean {
  return FILE_NAMES.includes(lastSegment(uri));
}

/** Reads the kustomization at `uri` from its document's root; undefined when it is not a kustomization's map. */
export function readKustomization(uri: string, root: LNode | undefined): Kustomization | undefined {
  if (!isMap(root)) return undefined;
  const folder = folderOf(uri);
  const resolve = (paths: readonly string[]): string[] =>
    paths.flatMap((path) => {
      const resolved = resolvePath(folder, path);
      return resolved === undefined ? [] : [resolved];
    });
  const patchPaths = [
    ...items(get(root, 'patches')).flatMap((patch) => optional(str(get(patch, 'path')))),
    // An inline strategic-merge patch is YAML text, with a line break or a `:`; a path has neither.
    ...strings(get(root, 'patchesStrategicMerge')).filter((entry) => !/[\n:]/.test(entry)),
    ...items(get(root, 'patchesJson6902')).flatMap((patch) => optional(str(get(patch, 'path')))),
  ];
  return {
    uri,
    folder,
    kind: str(pairOf(root, 'kind')?.value) === 'Component' ? 'Component' : 'Kustomization',
    resources: resolve([...strings(get(root, 'resources')), ...strings(get(root, 'bases'))]),
    components: resolve(strings(get(root, 'components'))),
    patches: resolve(patchPaths),
  };
}

function optional(value: string | undefined): string[] {
  return value === undefined ? [] : [value];
}


/**
 * A kustomization's relative path as a URI: `../base` from `file:///ws/overlays/prod` is `file:///ws/overlays/base`.
 * A URL (`https://…`, `github.com/…?ref=`, `git@…`) or an absolute path is not a file of the workspace: undefined.
 */
export function resolvePath(folder: string, path: string): string | undefined {
  const trimmed = path.trim();
  if (trimmed === '' || trimmed.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.includes('?')) {
    return undefined;
  }
  if (/^(github\.com|gitlab\.com|bitbucket\.org)\//.test(trimmed) || trimmed.startsWith('git@')) return undefined;
  const schemeEnd = folder.indexOf('://');
  const rootEnd = schemeEnd === -1 ? 0 : folder.indexOf('/', schemeEnd + 3);
  const root = rootEnd === -1 ? folder : folder.slice(0, rootEnd);
  const segments = folder.slice(root.length).split('/').filter((s) => s !== '');
  for (const segment of encodedSegments(trimmed)) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return `${root}/${segments.join('/')}`;
}

/** The path's segments as they appear in a URI (`my file.yaml` → `my%20file.yaml`). */
function encodedSegments(path: string): string[] {
  return path.split('/').map((segment) => (segment === '..' || segment === '.' ? segment : encodeURIComponent(segment)));
}
