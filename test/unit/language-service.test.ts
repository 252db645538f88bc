/**
 * The language service façade in process, with an in-memory host: what the LSP server and the CLI translate.
 * Each answer is compared with what the feature it delegates to gives on the same text, so the façade adds wiring
 * and nothing else.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { localizer } from '../../server/src/core/l10n';
import { checkText, FileChecker } from '../../server/src/core/documents/check-file';
import { hoverAt } from '../../server/src/core/features/hover';
import { createLanguageService, FIX_ALL_KIND } from '../../server/src/core/language-service';
import type { LanguageServiceHost, ReadFile, WorkspaceFiles } from '../../server/src/core/language-service';
import { DEFAULT_SETTINGS, settingsFrom } from '../../server/src/core/settings';
import { service as serviceManifest, workload } from './workspace/workspace-fixtures';

const SERVICE = serviceManifest('web', {
  type: 'NodePort',
  ports: '- name: http\n  port: 80\n  targetPort: http\n  protocol: tcp\n- port: 443\n  targetPort: http',
});
const DEPLOYMENT = workload('web');

/** Files kept in memory, read as the disk host reads them (in order, none over `maxBytes`). */
function memoryFiles(files: Record<string, string>): WorkspaceFiles & { reads: number } {
  const store = {
    reads: 0,
    async list(folderUris: readonly string[]) {
      const uris = Object.keys(files).filter((uri) => folderUris.some((folder) => uri.startsWith(`${folder}/`)));
      return { uris, ignoredExcludes: [] };
    },
    async *readAll(uris: readonly string[], maxBytes: number): AsyncGenerator<ReadFile> {
      for (const uri of uris) yield { uri, text: await store.read(uri, maxBytes) };
    },
    async read(uri: string, maxBytes: number) {
      store.reads++;
      const text = files[uri];
      return text !== undefined && text.length <= maxBytes ? text : undefined;
    },
  };
  return store;
}

function hostWith(files: Record<string, string>, errors: string[] = []): LanguageServiceHost & { files: ReturnType<typeof memoryFiles> } {
  return {
    files: memoryFiles(files),
    nextTurn: () => new Promise((resolve) => setImmediate(resolve)),
    log: { warn: (message) => errors.push(message), error: (message) => errors.push(message) },
  };
}

test('an open document: its diagnostics are the checker’s plus the cross-resource ones, in the editor’s language', async () => {
  const service = createLanguageService({ host: hostWith({ 'file:///w/deploy.yaml': DEPLOYMENT }), locale: 'ko' });
  assert.equal(await service.scanWorkspace(['file:///w'], []), 1);
  service.setDocument('file:///w/svc.yaml', SERVICE, 3);
  const answer = service.diagnostics('file:///w/svc.yaml');
  assert.equal(answer?.version, 3);
  assert.equal(service.language, 'ko');
  assert.deepEqual(
    answer?.findings.map((f) => f.message),
    checkText(SERVICE, DEFAULT_SETTINGS, 'ko').map((f) => f.message),
    'the Deployment matches: no cross-resource finding, the per-file ones in Korean',
  );
  assert.equal(service.diagnostics('file:///w/other.yaml'), undefined, 'a document not open has none');
  assert.deepEqual(service.changedDiagnostics(() => false), [], 'nothing changed since');
});

test('a workspace file that changes changes the open documents’ cross-resource diagnostics, reported once', async () => {
  const files: Record<string, string> = { 'file:///w/deploy.yaml': DEPLOYMENT };
  const service = createLanguageService({ host: hostWith(files) });
  let changes = 0;
  service.onDidChangeIndex(() => changes++);
  await service.scanWorkspace(['file:///w'], []);
  service.setDocument('file:///w/svc.yaml', SERVICE, 1);
  service.diagnostics('file:///w/svc.yaml');
  const before = changes;
  files['file:///w/deploy.yaml'] = DEPLOYMENT.replace('name: http', 'name: web');
  await service.filesChanged([{ uri: 'file:///w/deploy.yaml', deleted: false }]);
  assert.ok(changes > before, 'the index said it changed');
  const changed = service.changedDiagnostics(() => false);
  assert.deepEqual(changed.map((a) => a.uri), ['file:///w/svc.yaml']);
  assert.ok(changed[0].findings.some((f) => f.code === 'target-port-name-not-found'), JSON.stringify(changed[0].findings));
  assert.deepEqual(service.changedDiagnostics(() => false), [], 'and not again');
  assert.deepEqual(service.changedDiagnostics(() => true), [], 'a pending document is left to its own check');
});

test('hover and completion answer what the features answer; a cancelled request gets nothing', async () => {
  const service = createLanguageService({ host: hostWith({}) });
  service.setDocument('file:///svc.yaml', SERVICE, 1);
  const position = { line: 5, character: 4 };
  const expected = hoverAt(new FileChecker().analyse(SERVICE), position, localizer('en'));
  assert.deepEqual(await service.hover('file:///svc.yaml', position), expected);
  assert.ok((await service.completion('file:///svc.yaml', { line: 5, character: 8 }))?.some((c) => c.label === 'ClusterIP'));
  const cancelled = { isCancellationRequested: true };
  assert.equal(await service.hover('file:///svc.yaml', position, cancelled), undefined);
  assert.equal(await service.completion('file:///svc.yaml', position, cancelled), undefined);
  assert.deepEqual(await service.codeActions('file:///svc.yaml', { start: position, end: position }, { diagnostics: [] }, cancelled), []);
  const aborted = new AbortController();
  aborted.abort();
  assert.equal(await service.preview('file:///svc.yaml', undefined, aborted.signal), undefined, 'an AbortSignal cancels too');
});

test('code actions: the light bulb gets the quick fixes only, tied to the editor’s diagnostics; fix-all when asked', async () => {
  const service = createLanguageService({ host: hostWith({}) });
  service.setDocument('file:///svc.yaml', SERVICE, 1);
  const diagnostics = service.diagnostics('file:///svc.yaml')?.findings.map((f) => ({ code: f.code, range: f.range })) ?? [];
  const protocol = diagnostics.find((d) => d.code === 'port-protocol');
  assert.ok(protocol, JSON.stringify(diagnostics));
  const range = protocol.range;
  const lightBulb = await service.codeActions('file:///svc.yaml', range, { diagnostics, triggerKind: 2 });
  assert.ok(lightBulb && lightBulb.length > 0 && lightBulb.every((a) => a.kind === 'quickfix'));
  assert.ok(lightBulb.some((a) => a.resolves.includes(protocol)), 'the fix names the diagnostic it resolves');
  const invoked = await service.codeActions('file:///svc.yaml', range, { diagnostics, triggerKind: 1 });
  const fixAll = invoked?.filter((a) => a.kind === FIX_ALL_KIND) ?? [];
  assert.equal(fixAll.length, 1);
  assert.deepEqual(service.fixAll('file:///svc.yaml').map((a) => a.edits), fixAll.map((a) => a.edits));
  assert.deepEqual(service.fixAll('file:///closed.yaml'), []);
});

test('a document over maxFileSize gets one note and no answers; checking off answers nothing', async () => {
  const service = createLanguageService({ host: hostWith({}), settings: settingsFrom({ maxFileSize: 100 }) });
  service.setDocument('file:///svc.yaml', SERVICE, 1);
  assert.deepEqual(service.diagnostics('file:///svc.yaml')?.findings.map((f) => f.code), ['file-too-large']);
  assert.equal(await service.hover('file:///svc.yaml', { line: 5, character: 4 }), undefined);
  service.configure(settingsFrom({ enable: false }));
  assert.deepEqual(service.diagnostics('file:///svc.yaml')?.findings, []);
  assert.equal(await service.completion('file:///svc.yaml', { line: 5, character: 8 }), undefined);
  assert.deepEqual(await service.previewLenses('file:///svc.yaml'), []);
});

test('configure: a new maxFileSize re-reads the open documents and, after a scan, asks for a rescan', async () => {
  const service = createLanguageService({ host: hostWith({}) });
  service.setDocument('file:///svc.yaml', SERVICE, 1);
  assert.deepEqual(service.configure(settingsFrom({ defaultNamespace: 'shop' })), { rescan: false }, 'same size limit');
  assert.deepEqual(service.configure(settingsFrom({ maxFileSize: 100 })), { rescan: false }, 'no scan yet');
  assert.equal((await service.preview('file:///svc.yaml')).services.length, 0, 'the document left the index');
  await service.scanWorkspace(['file:///w'], []);
  assert.deepEqual(service.configure(DEFAULT_SETTINGS), { rescan: true });
  const preview = await service.preview('file:///svc.yaml');
  assert.deepEqual(preview.services.map((s) => s.name), ['web'], 'back in the index');
  const lenses = await service.previewLenses('file:///svc.yaml');
  assert.deepEqual(lenses.map((l) => [l.title, l.position]), [['Preview endpoints', { line: 0, character: 0 }]]);
});

test('files the host read itself (the CLI): checked with the workspace, or noted as too large', () => {
  const service = createLanguageService({ host: { nextTurn: () => Promise.resolve() }, settings: settingsFrom({ maxFileSize: 1000 }) });
  service.setFile('svc.yaml', SERVICE);
  service.setFile('deploy.yaml', DEPLOYMENT);
  service.setFile('big.yaml', 'x'.repeat(1001));
  service.setFileTooLarge('huge.yaml', 5000);
  assert.deepEqual(service.checkFile('svc.yaml'), { findings: checkText(SERVICE, service.settings), skipped: false });
  assert.deepEqual(service.checkFile('big.yaml').findings.map((f) => f.code), ['file-too-large']);
  assert.equal(service.checkFile('huge.yaml').skipped, true);
  assert.match(service.checkFile('huge.yaml').findings[0].message, /4\.9 KiB \(5000 bytes\)/);
});

test('a closed document: the file on disk is what the workspace holds again; dispose stops a scan', async () => {
  const host = hostWith({ 'file:///w/svc.yaml': SERVICE.replace('name: web', 'name: on-disk') });
  const service = createLanguageService({ host });
  service.setDocument('file:///w/svc.yaml', SERVICE, 1);
  assert.deepEqual(service.openUris(), ['file:///w/svc.yaml']);
  await service.closeDocument('file:///w/svc.yaml');
  assert.deepEqual(service.openUris(), []);
  assert.deepEqual((await service.preview('file:///w/svc.yaml')).services.map((s) => s.name), ['on-disk']);
  service.dispose();
  const reads = host.files.reads;
  assert.equal(await service.scanWorkspace(['file:///w'], []), 0);
  assert.equal(host.files.reads, reads, 'nothing read after dispose');
});

test('a bug in a feature costs that answer, logged, never the service', async () => {
  const errors: string[] = [];
  const service = createLanguageService({ host: hostWith({}, errors) });
  service.setDocument('file:///svc.yaml', SERVICE, 1);
  // A position object that throws when read stands in for a bug inside hover.
  const hostile = Object.defineProperty({ character: 0 }, 'line', {
    get() {
      throw new Error('boom');
    },
  }) as { line: number; character: number };
  assert.equal(await service.hover('file:///svc.yaml', hostile), undefined);
  assert.match(errors.join('\n'), /kube-svc: hover failed: Error: boom/);
});

test('one service answers a hover in Korean, then in English once kubeSvc.language changes, and back', async () => {
  const service = createLanguageService({ host: hostWith({}), settings: settingsFrom({ language: 'ko' }) });
  service.setDocument('file:///svc.yaml', SERVICE, 1);
  const position = { line: 5, character: 4 };
  const korean = await service.hover('file:///svc.yaml', position);
  assert.match(korean?.contents ?? '', /[\uAC00-\uD7A3]/, 'Korean first');
  service.configure(settingsFrom({ language: 'en' }));
  const english = await service.hover('file:///svc.yaml', position);
  assert.ok(english && !/[\uAC00-\uD7A3]/.test(english.contents), english?.contents);
  assert.deepEqual(english, hoverAt(new FileChecker().analyse(SERVICE), position, localizer('en')));
  service.configure(settingsFrom({ language: 'ko' }));
  assert.deepEqual(await service.hover('file:///svc.yaml', position), korean, 'and the same Korean again');
});
