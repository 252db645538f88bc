/**
 * Issue 10, item 12: a malformed `files.exclude` pattern (from a workspace's `.vscode/settings.json`) threw while
 * the scan compiled it, which silently disabled every cross-file check. Now it is left out with one log line, and
 * the other patterns still apply.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { ConfigurationRequest, LogMessageNotification } from 'vscode-languageserver-protocol/node';
import { LspSession } from './lsp-harness';

const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n  - port: 80\n    targetPort: http\n';
const deployment = (app: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${app}\nspec:\n  selector:\n    matchLabels:\n      app: ${app}\n  template:\n    metadata:\n      labels:\n        app: ${app}\n    spec:\n      containers:\n      - name: c\n        image: nginx\n        ports:\n        - name: http\n          containerPort: 8080\n`;

test('malformed files.exclude patterns are ignored with one log line; the others still exclude, cross-file checks still run', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kube-svc-exclude-'));
  mkdirSync(path.join(dir, 'skip'));
  writeFileSync(path.join(dir, 'service.yaml'), SERVICE);
  writeFileSync(path.join(dir, 'other.yaml'), deployment('other'));
  // The only workload the Service selects is in an excluded folder.
  writeFileSync(path.join(dir, 'skip', 'web.yaml'), deployment('web'));
  // A name a crafted pattern would backtrack on as a regular expression.
  writeFileSync(path.join(dir, `${'a'.repeat(40)}.yaml`), deployment('a'));
  const session = new LspSession();
  const excluded = { '**/{a': true, '**/[z-a]': true, 'skip/**': true, [`**/${'*a'.repeat(25)}!`]: true, '**/off': false };
  session.connection.onRequest(ConfigurationRequest.type, (params) =>
    params.items.map((item) => (item.section === 'files.exclude' ? excluded : item.section === 'kubeSvc' ? {} : null)),
  );
  const logs: string[] = [];
  session.connection.onNotification(LogMessageNotification.type, (params) => {
    logs.push(params.message);
  });
  try {
    await session.initializeWorkspace(dir);
    const uri = pathToFileURL(path.join(dir, 'service.yaml')).toString();
    await session.open(uri, SERVICE);
    const diagnostics = await session.diagnostics(uri, (d) => d.length > 0, 30_000);
    assert.deepEqual(diagnostics.map((d) => d.code), ['service-selects-nothing']);
    const ignored = logs.filter((l) => l.includes('files.exclude'));
    assert.equal(ignored.length, 1, logs.join('\n'));
    assert.match(ignored[0], /"\*\*\/\{a" \('\{' at 4 is never closed\); "\*\*\/\[z-a\]" \(range z-a out of order at 4\)$/);
    assert.ok(logs.some((l) => /^kube-svc: indexed [23] YAML files/.test(l)), logs.join('\n'));
  } finally {
    await session.close();
  }
});
