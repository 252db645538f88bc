import type { CancellationToken } from 'vscode-languageserver';

/**
 * Whether a request is still wanted before its expensive part. A `$/cancelRequest` read while the request waited in
 * the queue has already cancelled the token; one that arrived with it or just after is read during one turn of the
 * event loop, so the handler yields once and looks again. Handlers return `null` / `[]` when this is false.
 */
export async function stillWanted(token: CancellationToken): Promise<boolean> {
  if (token.isCancellationRequested) return false;
  await new Promise<void>((resolve) => setImmediate(resolve));
  return !token.isCancellationRequested;
}
