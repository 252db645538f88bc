import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol/node';
import { LspSession } from './lsp-harness';
import { webService } from '../unit/test-workspace';

const TWO_PORTS = '# web front end\n' + webService('  - name: http\n    port: 80\n  - port: 443\n    targetPort: 8443\n');

let session: LspSession;

before(async () => {
  session = new LspSession();
  await session.initialize();
});

after(async () => {
  await session.close();
});

test('didOpen: the unnamed port of a two-port Service gets a Required diagnostic on its item', async () => {
  const uri = 'file:///work/two-ports.yaml';
  await session.open(uri, TWO_PORTS);
  const diagnostics = await session.diagnostics(uri);
  assert.equal(diagnostics.length, 1);
  const [d] = diagnostics;
  assert.equal(d.code, 'port-name-required');
  assert.equal(d.source, 'kube-svc');
  assert.equal(d.severity, DiagnosticSeverity.Error);
  assert.equal(d.message, 'spec.ports[1].name: Required value — a Service with more than one port must name every port');
  assert.deepEqual(d.data, { field: 'spec.ports[1].name', type: 'Required', index: 1 });
  assert.deepEqual(d.range, { start: { line: 11, character: 4 }, end: { line: 12, character: 20 } });
});

test('didChange (incremental): naming the port clears the diagnostic', async () => {
  const uri = 'file:///work/fix-me.yaml';
  await session.open(uri, TWO_PORTS);
  await session.diagnostics(uri, (d) => d.length === 1);
  await session.change(uri, 2, [
    { range: { start: { line: 11, character: 4 }, end: { line: 11, character: 4 } }, text: 'name: https\n    ' },
  ]);
  const diagnostics = await session.diagnostics(uri, (_d, p) => p.version === 2);
  assert.deepEqual(diagnostics, []);
});

test('didChange in another document of the file moves the diagnostic with its lines', async () => {
  const uri = 'file:///work/multi.yaml';
  await session.open(uri, `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n---\n${TWO_PORTS}`);
  const first = await session.diagnostics(uri);
  assert.equal(first[0].range.start.line, 16);
  await session.change(uri, 2, [
    { range: { start: { line: 3, character: 9 }, end: { line: 3, character: 9 } }, text: '\ndata:\n  a: b' },
  ]);
  const moved = await session.diagnostics(uri, (_d, p) => p.version === 2);
  assert.equal(moved.length, 1);
  assert.equal(moved[0].range.start.line, 18);
});

test('a docker-compose file gets no diagnostics', async () => {
  const uri = 'file:///work/docker-compose.yaml';
  await session.open(uri, 'services:\n  web:\n    image: nginx\n    ports:\n      - "80:80"\n');
  assert.deepEqual(await session.diagnostics(uri), []);
});

test('a rule set to warning in the settings is reported as a warning; off hides it', async () => {
  const uri = 'file:///work/levels.yaml';
  session.kubeSvcSettings = { rules: { 'port-name-required': 'warning' } };
  await session.pushSettings({});
  await session.open(uri, TWO_PORTS);
  const warned = await session.diagnostics(uri, (d) => d.length === 1 && d[0].severity === DiagnosticSeverity.Warning);
  assert.equal(warned[0].code, 'port-name-required');
  session.kubeSvcSettings = { rules: { 'port-name-required': 'off' } };
  await session.pushSettings({});
  assert.deepEqual(await session.diagnostics(uri, (d) => d.length === 0), []);
  session.kubeSvcSettings = {};
  await session.pushSettings({});
});

test('bad input gets a clear diagnostic or nothing, and the server stays up', async () => {
  const inputs = [
    'apiVersion: v1\nkind: Service\nspec:\n\tports: [',
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Values.name }}\nspec:\n  ports:\n  - port: 1\n  - port: 2\n',
    `a: &a ["x","x","x","x","x","x","x","x","x"]\n${Array.from({ length: 12 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`).join('\n')}\napiVersion: v1\nkind: Service\n`,
    '\u0000\u0001\uFFFF\uD800 binary junk \u0000---\n\u0000',
  ];
  for (const [i, text] of inputs.entries()) {
    const uri = `file:///work/bad-${i}.yaml`;
    await session.open(uri, text);
    const diagnostics = await session.diagnostics(uri);
    for (const d of diagnostics) assert.ok(typeof d.message === 'string' && d.message.length > 0);
  }
  const uri = 'file:///work/still-alive.yaml';
  await session.open(uri, TWO_PORTS);
  assert.equal((await session.diagnostics(uri)).length, 1);
});
