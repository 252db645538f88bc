import assert from 'node:assert/strict';
import { FileChecker } from '../../../server/src/core/documents/check-file';
import { checkText } from '../../../server/src/core/documents/check-file';
import { quickFixes } from '../../../server/src/core/features/code-actions';
import type { CodeActionEdit, CodeActionModel } from '../../../server/src/core/features/code-actions';
import { applyEdits } from '../../../server/src/core/fixes/yaml-edits';
import { LineIndex } from '../../../server/src/core/parse/line-index';
import type { Range } from '../../../server/src/core/parse/line-index';
import { DEFAULT_SETTINGS } from '../../../server/src/core/settings';
import type { CheckSettings } from '../../../server/src/core/settings';

/** Applies LSP-style edits (file ranges) to a text, as an editor would. */
export function applyRangeEdits(text: string, edits: readonly CodeActionEdit[]): string {
  const lines = new LineIndex(text);
  return applyEdits(
    text,
    edits.map((edit) => ({
      span: { start: lines.offset(edit.range.start), end: lines.offset(edit.range.end) },
      newText: edit.newText,
    })),
  );
}

const WHOLE_FILE: Range = { start: { line: 0, character: 0 }, end: { line: 1_000_000, character: 0 } };

/** Every quick fix of the file (of one rule when given). */
export function allQuickFixes(text: string, ruleId?: string, settings: CheckSettings = DEFAULT_SETTINGS): CodeActionModel[] {
  const problems = new FileChecker().ruleProblems(text, settings);
  return quickFixes(problems, WHOLE_FILE).filter((action) => ruleId === undefined || action.diagnostic?.code === ruleId);
}

/** The titles of the quick fixes a rule's problems get. */
export function fixTitles(text: string, ruleId: string): string[] {
  return allQuickFixes(text, ruleId).map((action) => action.title);
}

/** Applies the quick fix with this title (the first one of the rule when no title is given). */
export function applyQuickFix(text: string, ruleId: string, title?: string, settings: CheckSettings = DEFAULT_SETTINGS): string {
  const actions = allQuickFixes(text, ruleId, settings);
  const action = title === undefined ? actions[0] : actions.find((a) => a.title === title);
  if (!action) {
    throw new Error(`no quick fix ${JSON.stringify(title)} for ${ruleId}; have ${JSON.stringify(actions.map((a) => a.title))}`);
  }
  return applyRangeEdits(text, action.edits);
}

/** The rule ids the text is reported for. */
export function codes(text: string, settings: CheckSettings = DEFAULT_SETTINGS): string[] {
  return checkText(text, settings).map((finding) => finding.code);
}

/** A Service manifest with a comment, `spec:` followed by the given lines. */
export function service(spec: string, name = 'web'): string {
  return `# ${name}: the front door\napiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}  # keep\nspec:\n${spec}`;
}

/** Applies the fix and checks the rule is no longer reported. */
export function fixed(text: string, ruleId: string, title?: string): string {
  assert.ok(codes(text).includes(ruleId), `${ruleId} is not reported before the fix`);
  const out = applyQuickFix(text, ruleId, title);
  assert.ok(!codes(out).includes(ruleId), `${ruleId} is still reported after the fix:\n${out}`);
  return out;
}

/** Case fixes of enumeration values: `[ruleId, spec, before, after]`, the preferred fix turns `before` into `after`. */
export function assertCaseFixes(cases: readonly (readonly [string, string, string, string])[]): void {
  for (const [ruleId, spec, before, after] of cases) {
    const text = service(spec);
    assert.equal(fixed(text, ruleId), text.replace(before, after), ruleId);
    assert.equal(allQuickFixes(text, ruleId)[0].preferred, true);
  }
}

/** A LoadBalancer-only field (`field`, the YAML lines) on a NodePort Service: remove it, or make it a LoadBalancer. */
export function assertLoadBalancerOnlyFix(ruleId: string, field: string, name: string): void {
  const text = service(`  type: NodePort\n${field}  ports:\n  - port: 80\n`);
  assert.deepEqual(fixTitles(text, ruleId), [`Remove ${name}`, 'Change type to LoadBalancer'], ruleId);
  assert.equal(fixed(text, ruleId, `Remove ${name}`), service('  type: NodePort\n  ports:\n  - port: 80\n'));
  assert.equal(fixed(text, ruleId, 'Change type to LoadBalancer'), text.replace('NodePort', 'LoadBalancer'));
}
