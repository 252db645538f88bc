/**
 * Issue 12 row 8: `kubeSvc.exclude` (default: vendor, testdata, fake, node_modules, unit-test fixtures) keeps files
 * out of the workspace index, in the editor's scan and the command line's folder walk; a file the user opens there is
 * still checked on its own, but its objects are not matched with the others'.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { createLanguageService } from '../../../server/src/core/language-service';
import { DEFAULT_SETTINGS, settingsFrom } from '../../../server/src/core/settings';
import { DISK_FILES, nextTurn } from '../../../server/src/workspace/disk-files';
import { collectFiles } from '../../../server/src/workspace/collect-files';
import { service, workload } from './workspace-fixtures';

/** A workspace whose only workload for Service "web" is a Go test fixture; a fake client's Service is broken. */
function tree(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kube-svc-kubesvc-exclude-'));
  for (const folder of ['app', 'pkg/testdata', 'pkg/client/fake', 'vendor/x', 'test/fixtures']) {
    mkdirSync(path.join(dir, folder), { recursive: true });
  }
  writeFileSync(path.join(dir, 'app/service.yaml'), service('web'));
  writeFileSync(path.join(dir, 'app/other.yaml'), workload('other'));
  writeFileSync(path.join(dir, 'pkg/testdata/web.yaml'), workload('web'));
  writeFileSync(path.join(dir, 'pkg/client/fake/svc.yaml'), service('web', { selector: { app: 'fake' } }));
  writeFileSync(path.join(dir, 'vendor/x/svc.yaml'), service('web', { selector: { app: 'vendored' } }));
  writeFileSync(path.join(dir, 'test/fixtures/svc.yaml'), service('web', { selector: { app: 'fixture' } }));
  return dir;
}

const uriIn = (dir: string, file: string): string => pathToFileURL(path.join(dir, file)).toString();

test('the default exclude: the scan leaves vendor, testdata, fake and test/fixtures out of the workspace', async () => {
  const dir = tree();
  const language = createLanguageService({ host: { files: DISK_FILES, nextTurn } });
  assert.equal(await language.scanWorkspace([pathToFileURL(dir).toString()], []), 2);
  const svc = uriIn(dir, 'app/service.yaml');
  language.setDocument(svc, service('web'), 1);
  // The only Deployment "web" is a test fixture: the Service selects nothing of the workspace.
  assert.deepEqual(
    language.diagnostics(svc)?.findings.map((f) => [f.code, f.severity]),
    [['service-selects-nothing', 'warning']],
  );
});

test('exclude set to [] indexes everything again; an opened excluded file is checked alone, not indexed', async () => {
  const dir = tree();
  const language = createLanguageService({ host: { files: DISK_FILES, nextTurn } });
  const folder = pathToFileURL(dir).toString();
  await language.scanWorkspace([folder], []);
  const svc = uriIn(dir, 'app/service.yaml');
  language.setDocument(svc, service('web'), 1);
  // Opening the fixture's Deployment does not make it the Service's backend.
  const fixture = uriIn(dir, 'pkg/testdata/web.yaml');
  language.setDocument(fixture, `${workload('web')}  replicas: "x"\n`, 1);
  assert.deepEqual(
    language.diagnostics(svc)?.findings.map((f) => f.code),
    ['service-selects-nothing'],
  );
  // An opened fake's Service gets its own checks (the protocol), but no cross-resource one: it is not indexed.
  const fake = uriIn(dir, 'pkg/client/fake/svc.yaml');
  const broken = service('web', { selector: { app: 'fake' }, ports: '- port: 80\n  protocol: HTTP' });
  language.setDocument(fake, broken, 1);
  assert.deepEqual(
    language.diagnostics(fake)?.findings.map((f) => f.code),
    ['port-protocol'],
  );
  const { rescan } = language.configure(settingsFrom({ exclude: [] }));
  assert.equal(rescan, true);
  await language.scanWorkspace([folder], []);
  // Now the fixture's Deployment serves it, and the fake, vendored and fixture Services named "web" join.
  assert.deepEqual(
    language.diagnostics(svc)?.findings.map((f) => f.code),
    [],
  );
  language.configure(DEFAULT_SETTINGS);
  assert.deepEqual(
    language.diagnostics(svc)?.findings.map((f) => f.code),
    ['service-selects-nothing'],
    'excluding again takes the files out at once',
  );
});

test('the command line walk leaves the excluded paths out, relative to the folder given; a named file is read', async () => {
  const dir = tree();
  const walked = await collectFiles(['.'], dir, undefined, DEFAULT_SETTINGS.exclude);
  assert.deepEqual(walked.files, [path.join('app', 'other.yaml'), path.join('app', 'service.yaml')]);
  const everything = await collectFiles(['.'], dir, undefined, []);
  assert.equal(everything.files.length, 6);
  const named = await collectFiles(['pkg/testdata/web.yaml', 'pkg'], dir, undefined, DEFAULT_SETTINGS.exclude);
  assert.deepEqual(named.files, ['pkg/testdata/web.yaml']);
  // The folder given is the root: a checkout inside a folder named testdata is still walked.
  const inside = await collectFiles(['pkg/testdata'], dir, undefined, DEFAULT_SETTINGS.exclude);
  assert.deepEqual(inside.files, [path.join('pkg', 'testdata', 'web.yaml')]);
  const malformed = await collectFiles(['.'], dir, undefined, ['**/{a']);
  assert.match(malformed.errors.join('\n'), /exclude pattern ignored: "\*\*\/\{a"/);
});
