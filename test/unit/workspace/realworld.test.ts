import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { WorkspaceIndex } from '../../../server/src/core/index/workspace-index';
import { workspaceFindings } from '../../../server/src/core/features/workspace-findings';
import { DEFAULT_SETTINGS } from '../../../server/src/core/settings';

/**
 * The real-world corpus (test/fixtures/realworld), one workspace per source folder, Helm templates left out. Every
 * finding below was checked by hand; what fires is "genuine" in the sense of the workspace: the other half is not
 * in the folder (an operator, a chart, kubeadm, a file the corpus did not copy), or two examples of the folder
 * really collide when applied together.
 */
const CORPUS = path.resolve(__dirname, '../../fixtures/realworld');
const ISTIO_TESTDATA = 'pkg__config__analysis__analyzers__testdata__';

function folders(): string[] {
  assert.ok(existsSync(CORPUS), `the real-world corpus is missing at ${CORPUS}`);
  return readdirSync(CORPUS, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'helm-templates')
    .map((d) => d.name)
    .sort();
}

function indexFolder(folder: string): WorkspaceIndex {
  const index = new WorkspaceIndex();
  const dir = path.join(CORPUS, folder);
  for (const file of readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()) {
    index.setFile(`file:///${folder}/${file}`, readFileSync(path.join(dir, file), 'utf8'));
  }
  return index;
}

interface Fired {
  readonly line: string;
  readonly severity: string;
  readonly message: string;
}

function corpusFindings(): Fired[] {
  const fired: Fired[] = [];
  for (const folder of folders()) {
    const index = indexFolder(folder);
    for (const uri of index.uris()) {
      for (const f of workspaceFindings(index, uri, DEFAULT_SETTINGS)) {
        const at = `${uri.slice('file:///'.length)}:${f.range.start.line + 1}`;
        fired.push({
          line: `${uri.slice('file:///'.length)} ${f.code} ${f.severity} ${f.field}`,
          severity: f.severity,
          message: `${at} ${f.code} ${f.message}`,
        });
      }
    }
  }
  return fired;
}

/**
 * - service-selects-nothing (warning): istio's different-namespace fixture, whose Deployment is in "bookinfo" and
 *   the Service in "bookinfo2"; two of istio's system-namespace fixtures (istio-system holds the add-ons'
 *   workloads); a GPU operator's dcgm-exporter in "monitoring", where the folder has other workloads; vitess vtctld /
 *   vtgate whose controllers are templates the corpus left out; two documentation snippets selecting `MyApp`.
 *   Those whose namespace holds no workload of the folder (istio's analyzer fixtures, GKE's and kubeadm's
 *   control-plane pods) are infos: their pods are deployed apart.
 * - service-name-duplicate (info): Services of one name and namespace in two files of one folder that select
 *   different pods — istio's tracing add-ons ("tracing", "zipkin": install one of them), guestbook vs guestbook-go
 *   vs vitess, ingress-nginx's two "http-svc" examples, the website's two "my-service" snippets. The corpus folders
 *   are flattened copies, so these files of different source folders share one folder here.
 * - endpoints-without-service: spark-gluster's Endpoints in "spark-cluster"; its Service is not in the example.
 * - ingress-backend-service-missing: kubernetes-dashboard (installed separately), OPA test fixtures, the website's
 *   fan-out snippet naming service1 / service2.
 */
const EXPECTED_WARNINGS_AND_ERRORS = [
  `istio__istio/${ISTIO_TESTDATA}deployment-multi-service-different-ns.yaml service-selects-nothing warning spec.selector`,
  `istio__istio/${ISTIO_TESTDATA}service-no-port-name-system-namespace.yaml service-selects-nothing warning spec.selector`,
  `istio__istio/${ISTIO_TESTDATA}service-no-port-name-system-namespace.yaml service-selects-nothing warning spec.selector`,
  `kubernetes__examples/AI__vllm-deployment__hpa__gpu-dcgm-exporter-service-generic.yaml service-selects-nothing warning spec.selector`,
  // Not _archived__spark__spark-gluster__glusterfs-endpoints.yaml (spark-cluster): the glusterfs example's Service of
  // that name sets no namespace, so it may be applied there (issue 12 row 4).
  `kubernetes__examples/_archived__storage__vitess__vtctld-service.yaml service-selects-nothing warning spec.selector`,
  `kubernetes__examples/_archived__storage__vitess__vtgate-service.yaml service-selects-nothing warning spec.selector`,
  `kubernetes__ingress-nginx/docs__examples__auth__oauth-external-auth__oauth2-proxy.yaml ingress-backend-service-missing warning spec.rules[0].http.paths[0].backend.service.name`,
  `kubernetes__ingress-nginx/docs__examples__auth__oauth-external-auth__vouch-proxy.yaml ingress-backend-service-missing warning spec.rules[0].http.paths[0].backend.service.name`,
  `kubernetes__ingress-nginx/docs__examples__openpolicyagent__tests__should-allow.yaml ingress-backend-service-missing warning spec.rules[0].http.paths[0].backend.service.name`,
  `kubernetes__ingress-nginx/docs__examples__openpolicyagent__tests__should-deny.yaml ingress-backend-service-missing warning spec.rules[0].http.paths[0].backend.service.name`,
  `kubernetes__website/content__en__examples__service__networking__dual-stack-ipv6-lb-svc.yaml service-selects-nothing warning spec.selector`,
  `kubernetes__website/content__en__examples__service__networking__dual-stack-preferred-ipfamilies-svc.yaml service-selects-nothing warning spec.selector`,
  `kubernetes__website/content__en__examples__service__networking__simple-fanout-example.yaml ingress-backend-service-missing warning spec.rules[0].http.paths[0].backend.service.name`,
  `kubernetes__website/content__en__examples__service__networking__simple-fanout-example.yaml ingress-backend-service-missing warning spec.rules[0].http.paths[1].backend.service.name`,
];

test('real-world corpus: the errors and warnings, one workspace per source folder', (t) => {
  const fired = corpusFindings();
  for (const f of fired) t.diagnostic(f.message);
  assert.deepEqual(
    fired.filter((f) => f.severity !== 'info').map((f) => f.line),
    EXPECTED_WARNINGS_AND_ERRORS,
  );
});

test('real-world corpus: info findings are about undeclared numeric targetPorts, selector-less Services, pods and duplicates deployed apart', () => {
  const infos = corpusFindings().filter((f) => f.severity === 'info');
  const byCode = new Map<string, number>();
  for (const f of infos) byCode.set(f.line.split(' ')[1], (byCode.get(f.line.split(' ')[1]) ?? 0) + 1);
  // target-port-not-declared 26, not 28: istio's deployment-multi-service.yaml productpage Services (bookinfo) also
  // select the productpage Deployments of other samples that set no namespace, which declare 9080 (issue 12 row 4:
  // they may be applied there).
  assert.deepEqual(Object.fromEntries(byCode), {
    'service-name-duplicate': 18,
    'service-selects-nothing': 22,
    'target-port-not-declared': 26,
    'service-without-endpoints': 3,
  });
  // The selector-less ones: istio's no-selector fixture and ingress-nginx's kustomize bases (grafana, prometheus),
  // whose selector kustomize's commonLabels adds at build time.
  assert.deepEqual(
    infos.filter((f) => f.line.includes('service-without-endpoints')).map((f) => f.line.split(' ')[0]),
    [
      `istio__istio/${ISTIO_TESTDATA}deployment-service-no-selector.yaml`,
      'kubernetes__ingress-nginx/deploy__grafana__service.yaml',
      'kubernetes__ingress-nginx/deploy__prometheus__service.yaml',
    ],
  );
});

test('real-world corpus: the complete applications resolve cleanly', () => {
  const fired = corpusFindings().map((f) => f.line);
  for (const folder of ['GoogleCloudPlatform__microservices-demo', 'dockersamples__example-voting-app']) {
    assert.deepEqual(
      fired.filter((line) => line.startsWith(`${folder}/`)),
      [],
      folder,
    );
  }
  // kube-prometheus: Alertmanager and Prometheus pods come from the operator (podMetadata, `prometheus: <name>`).
  assert.deepEqual(
    fired.filter(
      (line) => line.startsWith('prometheus-operator__kube-prometheus/manifests__') || line.includes('example-app'),
    ),
    [],
  );
});

test('real-world corpus: building the index', (t) => {
  const start = performance.now();
  let objects = 0;
  let files = 0;
  for (const folder of folders()) {
    const index = indexFolder(folder);
    objects += index.objects().length;
    files += index.uris().length;
  }
  const elapsed = performance.now() - start;
  t.diagnostic(`indexed ${files} files, ${objects} objects in ${elapsed.toFixed(0)} ms`);
  assert.equal(files, 239);
});
