/**
 * The quick fix every finding has, "Ignore <rule> on this line": one comment line inserted above the finding's
 * line, with its indentation and line break, every other byte kept; applied, the finding is gone.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLanguageService } from '../../../server/src/core/language-service';
import type { CodeActionModel, LanguageService } from '../../../server/src/core/language-service';
import { LineIndex } from '../../../server/src/core/parse/line-index';

const HOST = { nextTurn: () => Promise.resolve() };
const URI = 'file:///w/svc.yaml';

const SERVICE = [
  'apiVersion: v1',
  'kind: Service',
  'metadata:',
  '  name: web',
  'spec:',
  '  selector:',
  '    app: web',
  '  ports:',
  '    - port: 80',
  '      protocol: tcp',
  '',
].join('\n');

const DEPLOYMENT = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: other\nspec:\n  selector:\n    matchLabels:\n      app: other\n  template:\n    metadata:\n      labels:\n        app: other\n    spec:\n      containers:\n        - name: c\n          image: nginx\n';

function apply(text: string, action: CodeActionModel): string {
  const lines = new LineIndex(text);
  const edits = [...action.edits].sort((a, b) => lines.offset(b.range.start) - lines.offset(a.range.start));
  return edits.reduce(
    (out, edit) => out.slice(0, lines.offset(edit.range.start)) + edit.newText + out.slice(lines.offset(edit.range.end)),
    text,
  );
}

async function ignoreActionsFor(service: LanguageService, text: string, code: string): Promise<CodeActionModel[]> {
  service.setDocument(URI, text, 1);
  const diagnostics = (service.diagnostics(URI)?.findings ?? []).map((f) => ({ code: f.code, range: f.range }));
  const diagnostic = diagnostics.find((d) => d.code === code);
  assert.ok(diagnostic, `${code} in ${JSON.stringify(diagnostics)}`);
  const actions = await service.codeActions(URI, diagnostic.range, { diagnostics: [diagnostic], triggerKind: 2 });
  return (actions ?? []).filter((a) => a.title.includes(code) && !a.title.startsWith('Change'));
}

test('"Ignore port-protocol on this line" inserts the next-line comment at the line’s indentation; nothing else changes', async () => {
  const service = createLanguageService({ host: HOST });
  const [action] = await ignoreActionsFor(service, SERVICE, 'port-protocol');
  assert.equal(action.title, 'Ignore port-protocol on this line');
  assert.equal(action.kind, 'quickfix');
  assert.equal(action.preferred, false, 'fixing the value is what an editor should prefer');
  const fixed = apply(SERVICE, action);
  assert.equal(fixed, SERVICE.replace('      protocol: tcp', '      # kube-svc-ignore-next-line port-protocol\n      protocol: tcp'));
  service.setDocument(URI, fixed, 2);
  assert.deepEqual(service.diagnostics(URI)?.findings.map((f) => f.code), []);
});

test('with CRLF line ends the comment ends in CRLF; a second rule’s comment stacks above the same line', async () => {
  const crlf = SERVICE.replace(/\n/g, '\r\n').replace('protocol: tcp', 'protocol: tcp\r\n      name: HTTP');
  const service = createLanguageService({ host: HOST });
  service.setFile('file:///w/deploy.yaml', DEPLOYMENT);
  const [protocol] = await ignoreActionsFor(service, crlf, 'port-protocol');
  const once = apply(crlf, protocol);
  assert.equal(once, crlf.replace('      protocol: tcp', '      # kube-svc-ignore-next-line port-protocol\r\n      protocol: tcp'));
  const [selects] = await ignoreActionsFor(service, once, 'service-selects-nothing');
  const twice = apply(once, selects);
  assert.equal(twice, once.replace('  selector:', '  # kube-svc-ignore-next-line service-selects-nothing\r\n  selector:'));
  service.setDocument(URI, twice, 3);
  assert.deepEqual(service.diagnostics(URI)?.findings.map((f) => f.code), ['port-name-invalid']);
});

test('the title is in the user’s language; a suppression’s own note has no such fix', async () => {
  const korean = createLanguageService({ host: HOST, locale: 'ko' });
  const [action] = await ignoreActionsFor(korean, SERVICE, 'port-protocol');
  assert.equal(action.title, '이 줄에서 port-protocol 무시');
  const service = createLanguageService({ host: HOST });
  const noted = SERVICE.replace('protocol: tcp', 'protocol: tcp # kube-svc-ignore prot-protocol');
  assert.deepEqual(await ignoreActionsFor(service, noted, 'suppression-unknown-rule'), []);
});
