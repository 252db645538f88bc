import { isCancelled } from '../host';
import type { Cancellation } from '../host';

/**
 * Whether a request is still wanted before its expensive part. A `$/cancelRequest` read while the request waited in
 * the queue has already cancelled the token; one that arrived with it or just after is read during one turn of the
 * event loop, so the request yields once (`nextTurn`, the host's) and looks again. Without a token (the CLI) nothing
 * can cancel it, and it does not yield.
 */
export async function stillWanted(token: Cancellation | undefined, nextTurn: () => Promise<void>): Promise<boolean> {
  if (!token) return true;
  if (isCancelled(token)) return false;
  await nextTurn();
  return !isCancelled(token);
}
