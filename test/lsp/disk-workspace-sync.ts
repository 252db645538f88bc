/**
 * The core's workspace sync as the language server runs it (the disk, Node's event loop, V8's heap budget), for the
 * tests that drive a scan in-process. The sync moved into the core with its files read through the host; this binds
 * the server's host so those tests construct it as before.
 */
import { WorkspaceSync as CoreWorkspaceSync } from '../../server/src/core/service/workspace-sync';
import { serverHost } from '../../server/src/lsp/server-host';

export { SLICE_CHARS } from '../../server/src/core/service/workspace-sync';

export class WorkspaceSync extends CoreWorkspaceSync {
  constructor(defaultNamespace: string, onIndexChanged: () => void, log: (message: string) => void = () => undefined) {
    super(defaultNamespace, onIndexChanged, log, serverHost({ warn: log, error: log }));
  }
}
