/**
 * Shared by the parity tests of ObjectMeta and Endpoints: an upstream case as a manifest and what validation must
 * list for it, compared with our findings in any order.
 */
import assert from 'node:assert/strict';
import { checkText } from '../../../server/src/core/documents/check-file';
import { DEFAULT_SETTINGS } from '../../../server/src/core/settings';

export type Expected = number | readonly (readonly [string, string])[];

export interface ParityCase {
  readonly name: string;
  readonly yaml: string;
  readonly expected: Expected;
}

export interface SkippedCase {
  readonly name: string;
  readonly reason: string;
}

/** The [field, type] of every error the API server's validation would report, in report order. */
export function validationErrors(yaml: string): [string, string][] {
  return checkText(yaml, DEFAULT_SETTINGS)
    .filter((f) => f.severity === 'error' && f.origin === 'validation')
    .map((f) => [f.field, f.type]);
}

export function assertCase(c: ParityCase): void {
  const got = validationErrors(c.yaml);
  if (typeof c.expected === 'number') {
    assert.equal(got.length, c.expected, `${c.name}: got ${JSON.stringify(got)}`);
    return;
  }
  const sort = (list: readonly (readonly [string, string])[]) => list.map((p) => p.join(' ')).sort();
  assert.deepEqual(sort(got), sort(c.expected), `${c.name}: got ${JSON.stringify(got)}`);
}
