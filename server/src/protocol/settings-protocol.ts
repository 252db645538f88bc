/**
 * What the VS Code client adds to its answer for the `kubeSvc` section of `workspace/configuration`, shared by the
 * client and the language server. Names only: nothing here may pull code into either bundle.
 *
 * The client answers with the settings the user set (in user, workspace or folder settings), not VS Code's
 * defaults, so that `.kube-svc.json` at the workspace root applies below them. Other editors send what the user
 * wrote in their configuration, which is the same thing, and no marker.
 */

/** `false` when the workspace is not trusted (Restricted Mode): `.kube-svc.json`'s restricted settings do not apply. */
export const WORKSPACE_TRUSTED_KEY = '$workspaceTrusted';
