/**
 * Issue 10, item 10: a Service with 100,000 bad ports got 500,000 diagnostics in one message, sent again at every
 * keystroke. Diagnostics are capped per file at `kubeSvc.maxDiagnostics` (1,000 by default, at most 10,000), the
 * most severe first, with one note saying how many more there are.
 */
import assert from 'node:assert/strict';
import { localizer } from '../../server/src/core/l10n';
import { test } from 'node:test';
import { badPortsService } from '../../bench/hostile-bench';
import { checkText, FileChecker } from '../../server/src/core/documents/check-file';
import { workspaceFindings } from '../../server/src/core/features/workspace-findings';
import { WorkspaceIndex } from '../../server/src/core/index/workspace-index';
import { settingsFrom } from '../../server/src/core/settings';
import { LspSession, withSession } from './lsp-harness';

const PORTS = 3000;
const TEXT = badPortsService(PORTS);
const grouped = (n: number) => n.toLocaleString('en-US');

test(`a Service with ${PORTS} bad ports gets 1,000 diagnostics and one note with how many more, in English and Korean`, async () => {
  const uri = 'file:///ports.yaml';
  const index = new WorkspaceIndex();
  index.setFile(uri, TEXT);
  const total = checkText(TEXT, settingsFrom({})).length + workspaceFindings(index, uri, settingsFrom({})).length;
  assert.ok(total > 10_000, `${total} findings in all`);
  await withSession(async (session) => {
    await session.open(uri, TEXT);
    const shown = await session.diagnostics(uri, (d) => d.length > 0, 30_000);
    assert.equal(shown.length, 1001);
    const note = shown[1000];
    assert.equal(note.code, 'too-many-diagnostics');
    assert.equal(note.severity, 3);
    assert.deepEqual(note.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    assert.equal(
      note.message,
      `${grouped(total - 1000)} more findings in this file are not shown: only 1,000 are (kubeSvc.maxDiagnostics is 1,000), the most severe first — fix those, or raise kubeSvc.maxDiagnostics to see more`,
    );
    assert.ok(shown.slice(0, 1000).every((d) => d.severity === 1 && d.code !== 'too-many-diagnostics'));

    // A keystroke: the same bounded list for the new version, not every finding again.
    await session.change(uri, 2, [{ range: { start: { line: 3, character: 9 }, end: { line: 3, character: 9 } }, text: 'x' }]);
    assert.equal((await session.diagnostics(uri, (_d, p) => p.version === 2, 30_000)).length, 1001);

    session.kubeSvcSettings = { maxDiagnostics: 10, language: 'ko' };
    await session.pushSettings({});
    const korean = await session.diagnostics(uri, (d) => d.length === 11, 30_000);
    assert.equal(
      korean[10].message,
      `이 파일의 문제 ${grouped(total - 10)}개를 더 표시하지 않았습니다: 심각한 것부터 10개만 표시합니다(kubeSvc.maxDiagnostics: 10) — 표시된 문제를 고치거나, 더 보려면 kubeSvc.maxDiagnostics를 늘리세요`,
    );

    // Past its maximum the setting counts as 10,000.
    session.kubeSvcSettings = { maxDiagnostics: 1e9 };
    await session.pushSettings({});
    assert.equal((await session.diagnostics(uri, (d) => d.length > 11, 30_000)).length, 10_001);
  });
});

test('the findings kept are the most severe, in file order; a file under the cap gets no note', async () => {
  const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  ports:\n  - name: Bad_1\n    port: 80\n    protocol: tcp\n  - name: Bad_2\n    port: 81\n    protocol: tcp\n';
  const session = new LspSession();
  // Protocol problems are errors; the invalid names become hints.
  session.kubeSvcSettings = { maxDiagnostics: 3, rules: { 'port-name-invalid': 'hint' } };
  try {
    await session.initialize();
    const uri = 'file:///few.yaml';
    await session.open(uri, text);
    const shown = await session.diagnostics(uri, (d) => d.some((x) => x.code === 'too-many-diagnostics'));
    // The two errors, then the information (a cross-resource finding: no selector and no Endpoints); the hints go.
    assert.deepEqual(
      shown.map((d) => [d.code, d.range.start.line]),
      [
        ['port-protocol', 8],
        ['port-protocol', 11],
        ['service-without-endpoints', 4],
        ['too-many-diagnostics', 0],
      ],
    );
    assert.match(String(shown[3].message), /^2 more findings in this file are not shown: only 3 are/);
    session.kubeSvcSettings = { maxDiagnostics: 5, rules: { 'port-name-invalid': 'hint' } };
    await session.pushSettings({});
    const all = await session.diagnostics(uri, (d) => d.length === 5);
    // Under the cap: every finding, in the checker's order (rule by rule), and no note.
    assert.deepEqual(all.map((d) => d.code), ['port-name-invalid', 'port-name-invalid', 'port-protocol', 'port-protocol', 'service-without-endpoints']);
  } finally {
    await session.close();
  }
});

test('checkLimited builds only the findings it keeps: the most severe first, the rest counted', () => {
  const settings = settingsFrom({ rules: { 'port-number': 'warning' } });
  const all = checkText(TEXT, settings);
  const checker = new FileChecker();
  const { findings, omitted } = checker.checkLimited(TEXT, settings, localizer('en'), 500);
  assert.equal(findings.length, 500);
  assert.equal(omitted, all.length - 500);
  const errors = all.filter((f) => f.severity === 'error');
  assert.ok(errors.length >= 500);
  assert.deepEqual(findings, errors.slice(0, 500));
  assert.deepEqual(checker.checkLimited(TEXT, settings, localizer('en'), Infinity).findings, all);
});
