import type { Localizer } from '../l10n';
import type { K8sObject } from '../model/k8s-object';
import type { SpanEdit } from './yaml-edits';

/** One way to resolve a problem: edits on the document's text (chunk-relative spans). */
export interface Fix {
  readonly title: string;
  readonly edits: readonly SpanEdit[];
  /** The fix an editor applies on "auto fix" (VS Code's `isPreferred`). */
  readonly preferred: boolean;
  /** Keeps what the author meant beyond doubt, so "fix all" may apply it without asking. */
  readonly safe: boolean;
}

/** Where a fix is made: the document's text and the object the problem is in. */
export interface FixSite {
  /** The text of the problem's `---` document (the chunk); all spans are offsets into it. */
  readonly text: string;
  readonly object: K8sObject;
  /** The words of the fixes' titles: the user's language. */
  readonly l10n: Localizer;
}

/** What a rule's fix sees: the site and the problem its check reported, with the check's own types. */
export interface FixContext<P> extends FixSite {
  readonly problem: P;
}

/** Fixes for one rule's problem; none when no edit is certain enough to offer. */
export type FixProvider<P> = (ctx: FixContext<P>) => Fix[];

/** A fix, or none when there is nothing to edit. */
export function fixOf(
  title: string,
  edits: readonly SpanEdit[],
  options: { readonly preferred: boolean; readonly safe: boolean },
): Fix[] {
  return edits.length === 0 ? [] : [{ title, edits, ...options }];
}

/** The preferred, fix-all-safe kind: one right answer. */
export const SAFE = { preferred: true, safe: true } as const;
/** Offered to the user, never applied by fix-all. */
export const ASK = { preferred: false, safe: false } as const;
/**
 * The fix an editor's "auto fix" picks, never applied by fix-all: it deletes or rewrites what the author wrote, and
 * another answer is as right (the type may be what is wrong), so the author chooses.
 */
export const PREFERRED_ASK = { preferred: true, safe: false } as const;
