/**
 * The preview through the façade: every finding of the Service's file (its own and the cross-file ones), errors
 * first, with the light bulb's quick fixes; a Service the API server refuses says so and its addresses "would be".
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLanguageService } from '../../server/src/core/language-service';
import { LineIndex } from '../../server/src/core/parse/line-index';
import type { PreviewTextEdit } from '../../server/src/protocol/preview-protocol';
import { myAppDeployment } from './test-workspace';

const URI = 'file:///w/svc.yaml';
/** The seed's multi-port Service without port names: the API server refuses it. */
const UNNAMED = `apiVersion: v1
kind: Service
metadata:
  name: my-service
spec:
  selector:
    app.kubernetes.io/name: MyApp
  ports:
    - protocol: TCP
      port: 80
      targetPort: 9376
    - protocol: TCP
      port: 443
      targetPort: 9377
`;

function applied(text: string, edits: readonly PreviewTextEdit[]): string {
  const lines = new LineIndex(text);
  const spans = edits.map((e) => ({ start: lines.offset(e.range.start), end: lines.offset(e.range.end), text: e.newText }));
  return spans.sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), text);
}

async function serviceWith(text: string) {
  const service = createLanguageService({ host: { nextTurn: () => Promise.resolve() } });
  service.setDocument('file:///w/deploy.yaml', myAppDeployment('http'), 1);
  service.setDocument(URI, text, 1);
  const [preview] = (await service.preview(URI)).services;
  assert.ok(preview);
  return { service, preview };
}

test('a Service the API server refuses: its per-file error first, said at the top, addresses only "would be"', async () => {
  const { service, preview } = await serviceWith(UNNAMED);
  const first = preview.warnings[0];
  assert.equal(first.severity, 'error');
  assert.match(first.message, /spec\.ports\[0\]\.name: Required value/);
  assert.ok(preview.warnings.some((w) => w.severity === 'error' && /spec\.ports\[1\]\.name: Required value/.test(w.message)));
  const severities = preview.warnings.map((w) => w.severity);
  assert.deepEqual(severities, [...severities].sort((a, b) => (a === 'error' ? 0 : 1) - (b === 'error' ? 0 : 1)), 'errors first');
  assert.ok(preview.warnings.some((w) => w.severity !== 'error'), 'the cross-file advice is there too (targetPort 9376)');
  assert.match(preview.refused ?? '', /^The API server refuses this Service: .*spec\.ports\[1\]\.name: Required value/);
  const addresses = preview.addresses.flatMap((g) => g.addresses);
  assert.ok(addresses.length > 0 && addresses.every((a) => a.wouldBe === true));

  // The fix is the light bulb's own: same title and edits as the façade's codeActions at the finding.
  const bulb = await service.codeActions(URI, first.range, { diagnostics: [first], only: ['quickfix'] });
  const bulbFixes = (bulb ?? []).filter((a) => a.resolves.length > 0).map(({ title, preferred, edits }) => ({ title, preferred, edits }));
  assert.ok(first.fixes.length > 0);
  assert.deepEqual(first.fixes, bulbFixes);
  const naming = first.fixes.find((f) => /name/i.test(f.title));
  assert.ok(naming, `a fix that names the ports among ${first.fixes.map((f) => f.title).join(' | ')}`);

  // After the fix, the Service is accepted: nothing refused, the addresses are plain again.
  const { preview: after } = await serviceWith(applied(UNNAMED, naming.edits));
  assert.equal(after.refused, undefined);
  assert.ok(!after.warnings.some((w) => w.severity === 'error'));
  assert.ok(after.addresses.flatMap((g) => g.addresses).every((a) => a.wouldBe === undefined));
});

test('a file that is not open has its findings in the preview, without fixes (there is no editor to apply them)', async () => {
  const service = createLanguageService({ host: { nextTurn: () => Promise.resolve() } });
  service.setFile(URI, UNNAMED);
  const [preview] = (await service.preview(URI)).services;
  assert.match(preview.warnings[0].message, /spec\.ports\[0\]\.name: Required value/);
  assert.ok(preview.refused);
  assert.ok(preview.warnings.every((w) => w.fixes.length === 0));
});
