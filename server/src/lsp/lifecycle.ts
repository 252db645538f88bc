import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import type { Connection } from 'vscode-languageserver/node';

/**
 * What is left of the server after `shutdown`: LSP says every later request gets an `InvalidRequest` error, and
 * only `exit` is still acted on. {@link shutDown} runs the stops registered with {@link onShutDown} once (the scan,
 * the validation queue and its timers); request handlers wrapped in {@link guard} refuse from then on.
 */
export class Lifecycle {
  private down = false;
  private readonly stops: (() => void)[] = [];

  get isShutDown(): boolean {
    return this.down;
  }

  onShutDown(stop: () => void): void {
    this.stops.push(stop);
  }

  shutDown(): void {
    if (this.down) throw refused();
    this.down = true;
    for (const stop of this.stops.splice(0)) stop();
  }

  /** The handler, refusing with `InvalidRequest` once the server is shut down. */
  guard<A extends unknown[], R>(handler: (...args: A) => R): (...args: A) => R {
    return (...args: A): R => {
      if (this.down) throw refused();
      return handler(...args);
    };
  }

  /**
   * The connection for code that registers request handlers and sends notifications of its own (the preview):
   * its handlers are guarded, and what it sends after shutdown is dropped.
   */
  guarded(connection: Connection): Connection {
    const onRequest = (...args: unknown[]): unknown => {
      const [type, handler] = args;
      const wrapped = typeof handler === 'function' ? this.guard(handler as (...a: unknown[]) => unknown) : handler;
      // Connection.onRequest has a dozen overloads; they all take (type, handler).
      return (connection.onRequest as (...a: unknown[]) => unknown)(type, wrapped);
    };
    const sendNotification = (...args: unknown[]): Promise<void> =>
      this.down ? Promise.resolve() : (connection.sendNotification as (...a: unknown[]) => Promise<void>)(...args);
    return new Proxy(connection, {
      get: (target, key, receiver): unknown => {
        if (key === 'onRequest') return onRequest;
        if (key === 'sendNotification') return sendNotification;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
  }
}

function refused(): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidRequest, 'the server is shut down: only exit is accepted now');
}
