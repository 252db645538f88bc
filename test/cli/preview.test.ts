import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import type { PreviewModel } from '../../server/src/protocol/preview-protocol';

const CLI = path.resolve(__dirname, '../../server/out/cli.js');
const FIXTURES = path.resolve(__dirname, '../e2e/fixtures');
const NODES = '--nodes=master=192.168.1.10,worker-1=192.168.1.11,worker-2=192.168.1.12';

/** The seed example (a NodePort Service and its Deployment, two files) in a folder of its own. */
function seedFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kube-svc-preview-'));
  mkdirSync(path.join(dir, 'k8s'));
  for (const name of ['node-port-service.yaml', 'node-port-deployment.yaml']) {
    copyFileSync(path.join(FIXTURES, name), path.join(dir, 'k8s', name));
  }
  // Not beside the Service: not part of its workspace.
  mkdirSync(path.join(dir, 'k8s', 'other'));
  writeFileSync(path.join(dir, 'k8s', 'other', 'decoy.yaml'), 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: decoy\nspec:\n  template:\n    metadata:\n      labels:\n        app.kubernetes.io/name: MyApp\n    spec:\n      containers: []\n');
  return dir;
}

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('preview --format text: readable sections, the node URLs and the Deployment from the same folder', () => {
  const cwd = seedFolder();
  const { code, stdout, stderr } = run(['preview', 'k8s/node-port-service.yaml', NODES], cwd);
  assert.equal(stderr, '');
  assert.equal(code, 0);
  assert.equal(
    stdout,
    `Name:              my-service
Namespace:         not set (where it is applied)
Type:              NodePort
File:              k8s/node-port-service.yaml:2
                   Reachable inside the cluster, and from outside on every node's IP at its node port.
Selector:          app.kubernetes.io/name=MyApp
Session affinity:  None: each connection may go to any ready pod.
Workloads:
  Deployment my-app  (namespace not set (where it is applied), 3 replicas)  k8s/node-port-deployment.yaml:2
Ports:
  80 → 80 → web/80 (TCP)  [nodePort 30007]
    Resolved: Deployment "my-app" → container "web" port 80/TCP ("http").
Addresses:
  Node ports:
    http://192.168.1.10:30007   master → 80/TCP
    http://192.168.1.11:30007   worker-1 → 80/TCP
    http://192.168.1.12:30007   worker-2 → 80/TCP
  Cluster DNS:
    (From pods in the cluster. The short forms work from pods of the same namespace.)
    my-service.<namespace>.svc.cluster.local:80   full name · 80/TCP
    my-service.<namespace>:80                     from any namespace · 80/TCP
    my-service:80                                 from namespace <namespace> · 80/TCP
Findings:
  None
`,
  );
});

test('preview --format json prints the model; --service picks one Service', () => {
  const cwd = seedFolder();
  const { code, stdout } = run(['preview', '--format', 'json', '--service', 'my-service', '--nodes', '192.168.1.10,192.168.1.11,192.168.1.12', 'k8s/node-port-service.yaml'], cwd);
  assert.equal(code, 0);
  const model = JSON.parse(stdout) as PreviewModel;
  assert.equal(model.services.length, 1);
  const [service] = model.services;
  assert.equal(service.type, 'NodePort');
  assert.deepEqual(
    service.addresses.find((g) => g.kind === 'node-port')?.addresses.map((a) => [a.text, a.copyable]),
    [
      ['http://192.168.1.10:30007', true],
      ['http://192.168.1.11:30007', true],
      ['http://192.168.1.12:30007', true],
    ],
  );
  assert.deepEqual(
    service.workloads.map((w) => [w.kind, w.name, w.uri]),
    [['Deployment', 'my-app', path.join('k8s', 'node-port-deployment.yaml')]],
  );
  assert.equal(service.ports[0].targets[0].containerPort, 80);
});

test('preview without --nodes says how to get node URLs; exit codes for a missing Service, bad flags and files', () => {
  const cwd = seedFolder();
  const plain = run(['preview', 'k8s/node-port-service.yaml'], cwd);
  assert.equal(plain.code, 0);
  assert.match(plain.stdout, /http:\/\/<node IP>:30007/);
  assert.match(plain.stdout, /kubeSvc\.nodes \(or --nodes on the command line\)/);

  const missing = run(['preview', '--service', 'nope', 'k8s/node-port-service.yaml'], cwd);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /no Service named 'nope' in k8s\/node-port-service.yaml \(it has: my-service\)/);

  const noService = run(['preview', 'k8s/node-port-deployment.yaml'], cwd);
  assert.equal(noService.code, 1);
  assert.match(noService.stderr, /no Kubernetes Service/);

  const badNodes = run(['preview', '--nodes', 'http://x', 'k8s/node-port-service.yaml'], cwd);
  assert.equal(badNodes.code, 2);
  assert.match(badNodes.stderr, /--nodes: 'http:\/\/x' is not a node address/);

  const unreadable = run(['preview', 'k8s/absent.yaml'], cwd);
  assert.equal(unreadable.code, 2);
  assert.match(unreadable.stderr, /cannot read 'k8s\/absent.yaml'/);

  assert.equal(run(['preview'], cwd).code, 2);
  assert.equal(run(['preview', '--format', 'xml', 'k8s/node-port-service.yaml'], cwd).code, 2);
  assert.match(run(['--help'], cwd).stdout, /kube-svc preview FILE/);
});
