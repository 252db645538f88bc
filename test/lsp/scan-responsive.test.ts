/**
 * Issue 10, item 8: the first scan indexed 50 files synchronously between two yields, so a folder of large files
 * kept hover, completion and even `shutdown` waiting until it was done. Asserted by order, never by time: requests
 * sent once the scan has reported its first file are answered before it reports its end, and the scan yields to
 * the event loop after every slice of a file.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  CompletionRequest,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  ShutdownRequest,
} from 'vscode-languageserver-protocol/node';
import { generateManifestFile } from '../../bench/generate-manifests';
import { SLICE_CHARS, WorkspaceSync } from './disk-workspace-sync';
import { LspSession } from './lsp-harness';

const FILES = 8;
const PROBE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: probe\nspec:\n  ports:\n  - port: 80\n    protocol: \n';

/** A folder of FILES files of 300 Deployment + Service pairs (about 310 kB, several slices each). */
function largeFolder(): { dir: string; files: string[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'kube-svc-scan-'));
  const files = Array.from({ length: FILES }, (_, i) => {
    const file = path.join(dir, `big-${i}.yaml`);
    writeFileSync(file, generateManifestFile(300, 40 + i).text);
    return file;
  });
  return { dir, files };
}

interface Progress {
  readonly kind: string;
  readonly message?: string;
}

/** A session on the folder whose client shows progress; `onFirstReport` runs at the scan's first report. */
async function scanSession(dir: string, onFirstReport: (session: LspSession) => void): Promise<{ session: LspSession; events: string[]; indexed: Promise<string> }> {
  const session = new LspSession();
  const events: string[] = [];
  let reported = false;
  session.connection.onRequest('window/workDoneProgress/create', () => null);
  session.connection.onNotification('$/progress', (params: { value: Progress }) => {
    events.push(`progress ${params.value.kind}`);
    if (params.value.kind === 'report' && !reported) {
      reported = true;
      onFirstReport(session);
    }
  });
  const indexed = new Promise<string>((resolve) =>
    session.connection.onNotification(LogMessageNotification.type, (params) => {
      if (params.message.startsWith('kube-svc: indexed')) {
        events.push('indexed');
        resolve(params.message);
      }
    }),
  );
  await session.connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(dir).toString(),
    capabilities: { workspace: { configuration: true }, window: { workDoneProgress: true } },
  });
  await session.open(pathToFileURL(path.join(dir, 'probe.yaml')).toString(), PROBE);
  await session.connection.sendNotification(InitializedNotification.type, {});
  return { session, events, indexed };
}

test('hover and completion sent while the scan runs are answered before it ends', async () => {
  const { dir } = largeFolder();
  const uri = pathToFileURL(path.join(dir, 'probe.yaml')).toString();
  const answers: Promise<unknown>[] = [];
  const { session, events, indexed } = await scanSession(dir, (s) => {
    const hover = s.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 6, character: 5 } });
    const completion = s.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 7, character: 14 } });
    answers.push(hover.then((h) => events.push(h ? 'hover' : 'hover (null)')));
    answers.push(completion.then((c) => events.push(Array.isArray(c) && c.some((i) => i.label === 'TCP') ? 'completion' : 'completion (none)')));
  });
  try {
    assert.match(await indexed, new RegExp(`^kube-svc: indexed ${FILES} YAML files`));
    await Promise.all(answers);
    const end = events.indexOf('progress end');
    assert.ok(events.includes('progress report'), `the scan reports its progress: ${events.join(', ')}`);
    assert.ok(events.indexOf('hover') !== -1 && events.indexOf('hover') < end, `hover answered during the scan: ${events.join(', ')}`);
    assert.ok(events.indexOf('completion') !== -1 && events.indexOf('completion') < end, `completion answered during the scan: ${events.join(', ')}`);
  } finally {
    await session.close();
  }
});

test('shutdown sent while the scan runs is answered at once: the scan stops there, and exit ends the process', async () => {
  const { dir } = largeFolder();
  let answered: Promise<unknown> | undefined;
  const { session, events, indexed } = await scanSession(dir, (s) => {
    answered = s.connection.sendRequest(ShutdownRequest.type).then(() => events.push('shutdown answered'));
  });
  try {
    const message = await indexed;
    await answered;
    assert.ok(events.indexOf('shutdown answered') < events.indexOf('indexed'), events.join(', '));
    const read = Number(/indexed (\d+) YAML files/.exec(message)?.[1]);
    assert.match(message, /\(stopped at shutdown\)$/);
    assert.ok(read < FILES, `stopped after ${read} of ${FILES} files`);
    await session.connection.sendNotification(ExitNotification.type);
    assert.equal(await session.exited, 0);
  } finally {
    session.dispose();
  }
});

test('the scan yields after every slice: a large file spans many turns of the event loop and shares none with another', async () => {
  const { dir, files } = largeFolder();
  const sync = new WorkspaceSync('default', () => undefined);
  let turns = 0;
  let mostFilesInATurn = 0;
  let indexedBefore = 0;
  let scanning = true;
  const tick = (): void => {
    const indexed = sync.index.uris().length;
    mostFilesInATurn = Math.max(mostFilesInATurn, indexed - indexedBefore);
    indexedBefore = indexed;
    turns++;
    if (scanning) setImmediate(tick);
  };
  setImmediate(tick);
  assert.equal(await sync.scan([pathToFileURL(dir).toString()], []), FILES);
  scanning = false;
  const characters = files.reduce((n, file) => n + readFileSync(file, 'utf8').length, 0);
  assert.ok(mostFilesInATurn <= 1, `${mostFilesInATurn} files indexed in one turn of the event loop`);
  assert.ok(turns >= Math.floor(characters / SLICE_CHARS), `${turns} turns for ${characters} characters in slices of ${SLICE_CHARS}`);
});

test('when the heap nears its limit the scan indexes no more files and says so, rather than let the server die', async () => {
  const { dir } = largeFolder();
  const logs: string[] = [];
  const sync = new WorkspaceSync('default', () => undefined, (message) => logs.push(message));
  sync.heapTight = () => sync.index.uris().length >= 2;
  assert.equal(await sync.scan([pathToFileURL(dir).toString()], []), 2);
  assert.deepEqual(logs, [`kube-svc: the index stops at 2 files (${FILES - 2} left out): the workspace's YAML is too large for the server's memory`]);
});
