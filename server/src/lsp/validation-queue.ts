/** What the queue runs. */
export interface ValidationWork {
  /** Checks one open document from scratch (its text or the settings changed) and publishes what changed. */
  validate(uri: string): void;
  /**
   * The workspace index changed: re-reads the cross-resource findings of the open documents (cached per object
   * with the lookups they made, so unaffected ones cost a comparison) and publishes those that changed.
   * `pending` says which documents are waiting for {@link validate} anyway.
   */
  refreshCrossFindings(pending: (uri: string) => boolean): void;
}

const CROSS = Symbol('cross-resource findings');

/**
 * Validation work in the order it was asked for, one item per turn of the event loop, so that requests and other
 * messages are read between two documents. A document asked for again while it waits keeps its place (its latest
 * text is read when it runs); so does a pending refresh of the cross-resource findings, which reads the index as
 * it is when it runs. After {@link stop} nothing runs or is queued again.
 */
export class ValidationQueue {
  /** Insertion-ordered: uris to validate, and {@link CROSS} for a refresh of the cross-resource findings. */
  private readonly queue = new Set<string | typeof CROSS>();
  private handle: NodeJS.Immediate | undefined;
  private stopped = false;

  constructor(private readonly work: ValidationWork) {}

  validate(uri: string): void {
    this.enqueue(uri);
  }

  indexChanged(): void {
    this.enqueue(CROSS);
  }

  /** A closed document: nothing more to do for it. */
  forget(uri: string): void {
    this.queue.delete(uri);
  }

  /** Clears the queue and its timer for good (at shutdown). */
  stop(): void {
    this.stopped = true;
    this.queue.clear();
    if (this.handle) clearImmediate(this.handle);
    this.handle = undefined;
  }

  private enqueue(item: string | typeof CROSS): void {
    if (this.stopped) return;
    this.queue.add(item);
    this.handle ??= setImmediate(() => this.turn());
  }

  private turn(): void {
    this.handle = undefined;
    const next = this.queue.values().next();
    if (next.done) return;
    this.queue.delete(next.value);
    try {
      if (next.value === CROSS) this.work.refreshCrossFindings((uri) => this.queue.has(uri));
      else this.work.validate(next.value);
    } finally {
      if (this.queue.size > 0 && !this.stopped) this.handle ??= setImmediate(() => this.turn());
    }
  }
}
