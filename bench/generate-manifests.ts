/**
 * Deterministic generator of realistic Kubernetes manifests for the benchmarks: Deployment + Service pairs, a
 * ConfigMap now and then, and a few Services the API server would refuse (unnamed ports of a multi-port Service,
 * a nodePort outside 30000-32767, a bad protocol). The same seed always gives the same text.
 *
 * Run on its own to write samples: `node --import tsx bench/generate-manifests.ts [outDir]`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** mulberry32: small, fast and good enough for test data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;

function pick<T>(random: Random, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)];
}

function int(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

const TEAMS = ['payments', 'search', 'catalog', 'identity', 'checkout', 'platform', 'data', 'edge'];
const WORDS = ['api', 'web', 'worker', 'gateway', 'cache', 'auth', 'billing', 'report', 'feed', 'notify', 'media'];
const TIERS = ['frontend', 'backend', 'internal'];
const ERROR_KINDS = ['unnamed-ports', 'node-port-range', 'bad-protocol'] as const;
export type InjectedError = (typeof ERROR_KINDS)[number];

/** What was generated, so a benchmark can aim at a known place. */
export interface GeneratedFile {
  readonly text: string;
  readonly lines: number;
  readonly documents: number;
  readonly services: number;
  readonly injectedErrors: Readonly<Record<InjectedError, number>>;
}

interface App {
  readonly name: string;
  readonly namespace: string;
  readonly tier: string;
  readonly containerPort: number;
  readonly metricsPort: number | undefined;
}

function appOf(random: Random, index: number): App {
  const tier = pick(random, TIERS);
  return {
    name: `${pick(random, WORDS)}-${pick(random, WORDS)}-${String(index).padStart(5, '0')}`,
    namespace: pick(random, TEAMS),
    tier,
    containerPort: pick(random, [8080, 8080, 8443, 3000, 5000, 9000]),
    metricsPort: random() < 0.35 ? 9090 : undefined,
  };
}

function deployment(random: Random, app: App): string[] {
  const lines = [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${app.name}`,
    `  namespace: ${app.namespace}`,
    '  labels:',
    `    app.kubernetes.io/name: ${app.name}`,
    'spec:',
    `  replicas: ${int(random, 1, 6)}`,
    '  selector:',
    '    matchLabels:',
    `      app.kubernetes.io/name: ${app.name}`,
    '  template:',
    '    metadata:',
    '      labels:',
    `        app.kubernetes.io/name: ${app.name}`,
    `        tier: ${app.tier}`,
    '    spec:',
    '      containers:',
    `        - name: ${app.name.split('-')[0]}`,
    `          image: registry.example.com/${app.namespace}/${app.name}:${int(random, 1, 3)}.${int(random, 0, 20)}.${int(random, 0, 9)}`,
    '          ports:',
    `            - containerPort: ${app.containerPort}`,
    '              name: http',
  ];
  if (app.metricsPort !== undefined) lines.push(`            - containerPort: ${app.metricsPort}`, '              name: metrics');
  lines.push(
    '          resources:',
    '            requests:',
    `              cpu: ${int(random, 1, 5) * 50}m`,
    `              memory: ${int(random, 1, 8) * 64}Mi`,
  );
  if (random() < 0.4) {
    lines.push('          readinessProbe:', '            httpGet:', '              path: /healthz', '              port: http');
  }
  return lines;
}

function service(random: Random, app: App, error: InjectedError | undefined): string[] {
  const type = error === 'node-port-range' ? 'NodePort' : pick(random, ['ClusterIP', 'ClusterIP', 'ClusterIP', 'NodePort', 'LoadBalancer']);
  const lines = [
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    `  name: ${app.name}`,
    `  namespace: ${app.namespace}`,
    'spec:',
    `  type: ${type}`,
    '  selector:',
    `    app.kubernetes.io/name: ${app.name}`,
    '  ports:',
  ];
  const protocol = error === 'bad-protocol' ? pick(random, ['tcp', 'HTTP', 'TPC']) : 'TCP';
  lines.push(error === 'unnamed-ports' ? `    - port: 80` : `    - name: http`);
  if (error !== 'unnamed-ports') lines.push('      port: 80');
  lines.push(`      targetPort: ${app.containerPort}`, `      protocol: ${protocol}`);
  if (type === 'NodePort') {
    lines.push(`      nodePort: ${error === 'node-port-range' ? int(random, 32768, 40000) : int(random, 30000, 32767)}`);
  }
  if (app.metricsPort !== undefined || error === 'unnamed-ports') {
    lines.push(error === 'unnamed-ports' ? '    - port: 9090' : '    - name: metrics', ...(error === 'unnamed-ports' ? [] : ['      port: 9090']));
    lines.push('      targetPort: 9090');
  }
  return lines;
}

function configMap(random: Random, app: App): string[] {
  return [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    `  name: ${app.name}-config`,
    `  namespace: ${app.namespace}`,
    'data:',
    `  LOG_FORMAT: ${pick(random, ['json', 'text'])}`,
    `  FEATURE_FLAGS: "${pick(random, ['a,b', 'b', 'a,c,d'])}"`,
    '  app.properties: |',
    `    server.port=${app.containerPort}`,
    `    cache.size=${int(random, 16, 512)}`,
  ];
}

/** One pair (and perhaps a ConfigMap) as `---`-separated documents; `errorRate` of the Services carry an error. */
function pairDocuments(random: Random, index: number, errorRate: number, errors: Record<InjectedError, number>): string[][] {
  const app = appOf(random, index);
  const error = random() < errorRate ? pick(random, ERROR_KINDS) : undefined;
  if (error) errors[error]++;
  const docs = [deployment(random, app), service(random, app, error)];
  if (random() < 0.15) docs.push(configMap(random, app));
  return docs;
}

/** One file of `pairs` Deployment + Service pairs (1,000 pairs ≈ 48k lines). */
export function generateManifestFile(pairs: number, seed = 1, errorRate = 0.05): GeneratedFile {
  const random = seededRandom(seed);
  const errors: Record<InjectedError, number> = { 'unnamed-ports': 0, 'node-port-range': 0, 'bad-protocol': 0 };
  const docs: string[][] = [];
  let services = 0;
  for (let i = 0; i < pairs; i++) {
    const pair = pairDocuments(random, i, errorRate, errors);
    services++;
    docs.push(...pair);
  }
  const lines = ['# generated by bench/generate-manifests.ts', ...docs.flatMap((d) => ['---', ...d])];
  return { text: `${lines.join('\n')}\n`, lines: lines.length, documents: docs.length, services, injectedErrors: errors };
}

export interface GeneratedWorkspace {
  readonly dir: string;
  readonly files: readonly string[];
  readonly bytes: number;
  readonly lines: number;
  /** Removes the temp dir. */
  dispose(): void;
}

/** `count` small files (one pair each, a ConfigMap now and then) under team folders of a new temp dir. */
export function generateWorkspace(count: number, seed = 2, errorRate = 0.05): GeneratedWorkspace {
  const dir = mkdtempSync(path.join(os.tmpdir(), `kube-svc-bench-${count}-`));
  const random = seededRandom(seed);
  const errors: Record<InjectedError, number> = { 'unnamed-ports': 0, 'node-port-range': 0, 'bad-protocol': 0 };
  const files: string[] = [];
  let bytes = 0;
  let lines = 0;
  for (let i = 0; i < count; i++) {
    const docs = pairDocuments(random, i, errorRate, errors);
    const team = TEAMS[i % TEAMS.length];
    const folder = path.join(dir, team, `group-${String(Math.floor(i / 100)).padStart(3, '0')}`);
    mkdirSync(folder, { recursive: true });
    const file = path.join(folder, `app-${String(i).padStart(5, '0')}.yaml`);
    const text = `${docs.map((d) => d.join('\n')).join('\n---\n')}\n`;
    writeFileSync(file, text);
    files.push(file);
    bytes += Buffer.byteLength(text);
    lines += docs.reduce((n, d) => n + d.length + 1, 0);
  }
  return { dir, files, bytes, lines, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

if (require.main === module) {
  const out = process.argv[2] ?? mkdtempSync(path.join(os.tmpdir(), 'kube-svc-samples-'));
  mkdirSync(out, { recursive: true });
  for (const pairs of [100, 1000, 5000]) {
    const file = generateManifestFile(pairs);
    writeFileSync(path.join(out, `pairs-${pairs}.yaml`), file.text);
    console.log(`pairs-${pairs}.yaml: ${file.lines} lines, ${file.documents} documents, errors ${JSON.stringify(file.injectedErrors)}`);
  }
  console.log(`written to ${out}`);
}
