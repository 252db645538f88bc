/**
 * The parts of a file URI the rules and the kustomization reader compare: its folder and its file name. Both split
 * at the last `/` (and, for the folder, a `\`, which a hand-made URI may hold).
 */

/** The folder of a file (`file:///ws/k8s/base` for `file:///ws/k8s/base/service.yaml`); '' for a bare name. */
export function folderOf(uri: string): string {
  return uri.slice(0, Math.max(uri.lastIndexOf('/'), uri.lastIndexOf('\\'), 0));
}

/** The last segment of a URI as written (`kustomization.yaml`), not decoded. */
export function lastSegment(uri: string): string {
  return uri.slice(uri.lastIndexOf('/') + 1);
}
