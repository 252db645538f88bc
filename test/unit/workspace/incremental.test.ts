import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Language } from '../../../server/src/core/l10n';
import { workspaceFindings } from '../../../server/src/core/features/workspace-findings';
import { WorkspaceIndex } from '../../../server/src/core/index/workspace-index';
import { DEFAULT_SETTINGS } from '../../../server/src/core/settings';
import type { CheckSettings } from '../../../server/src/core/settings';
import { docs, indent, service, uriOf, workload } from './workspace-fixtures';

/**
 * Property: an index updated edit after edit (reusing documents, objects and cached findings) gives, after every
 * edit, exactly the findings of an index built from scratch from the same texts.
 */

/** Small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ['web', 'api', 'db'];
const NAMESPACES = [undefined, 'prod'];
const PORT_NAMES = ['http', 'grpc', 'metrics'];
const PROTOCOLS = ['TCP', 'UDP'];
const FILES = ['a/one.yaml', 'a/two.yaml', 'b/three.yaml'];

type Pick = <T>(values: readonly T[]) => T;

function namespaceLine(namespace: string | undefined): string {
  return namespace ? `\n  namespace: ${namespace}` : '';
}

function randomDocument(pick: Pick, chance: (p: number) => boolean): string {
  const name = pick(NAMES);
  const namespace = pick(NAMESPACES);
  switch (pick(['service', 'service', 'service', 'workload', 'workload', 'endpoints', 'slice', 'ingress', 'odd'])) {
    case 'service': {
      const target = chance(0.5) ? pick(PORT_NAMES) : String(pick([8080, 9090, 80]));
      const nodePort = chance(0.4) ? `\n  nodePort: ${pick([30001, 30002])}` : '';
      const portName = chance(0.6) ? `\n  name: ${pick(PORT_NAMES)}` : '';
      const ports =
        `- port: ${pick([80, 443])}${portName}\n  targetPort: ${target}\n` +
        `  protocol: ${pick(PROTOCOLS)}${nodePort}`;
      const selector: Record<string, string> = chance(0.2) ? {} : { app: pick(NAMES) };
      if (Object.keys(selector).length > 0 && chance(0.3)) selector.tier = pick(['front', 'back']);
      if (chance(0.1)) {
        const extra = 'externalName: example.com';
        return service(name, { namespace, selector: {}, type: 'ExternalName', extra, ports });
      }
      const type = nodePort ? pick(['NodePort', 'LoadBalancer']) : undefined;
      return service(name, { namespace, selector, type, ports });
    }
    case 'workload': {
      const labels: Record<string, string> = { app: pick(NAMES) };
      if (chance(0.3)) labels.tier = pick(['front', 'back']);
      const containers =
        `- name: c\n  image: nginx\n  ports:\n  - containerPort: ${pick([8080, 9090])}\n` +
        `    name: ${pick(PORT_NAMES)}\n    protocol: ${pick(PROTOCOLS)}`;
      return workload(name, { namespace, labels, containers, kind: pick(['Deployment', 'StatefulSet', 'Pod']) });
    }
    case 'endpoints':
      return (
        `apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: ${name}${namespaceLine(namespace)}\nsubsets:\n` +
        `- addresses:\n  - ip: 10.0.0.1\n  ports:\n  - name: ${pick(PORT_NAMES)}\n    port: 8080\n`
      );
    case 'slice':
      return (
        `apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\n` +
        `metadata:\n  name: ${name}-x${namespaceLine(namespace)}\n` +
        `  labels:\n    kubernetes.io/service-name: ${pick(NAMES)}\n` +
        `addressType: IPv4\nendpoints:\n- addresses: ["10.0.0.1"]\n` +
        `ports:\n- name: ${pick(PORT_NAMES)}\n  port: 8080\n`
      );
    case 'ingress': {
      const port = chance(0.5) ? `name: ${pick(PORT_NAMES)}` : `number: ${pick([80, 443, 8080])}`;
      const backend = `service:\n  name: ${pick(NAMES)}\n  port:\n    ${port}`;
      return (
        `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ${name}${namespaceLine(namespace)}\n` +
        `spec:\n  rules:\n  - http:\n      paths:\n      - path: /\n        pathType: Prefix\n` +
        `        backend:\n${indent(backend, 10)}\n`
      );
    }
    default:
      // A comment, a syntax error, an object without apiVersion, a Helm template (the whole file is skipped).
      return pick([
        '# just a comment\n',
        'a: [unclosed\n',
        'kind: Service\nmetadata: {name: web}\n',
        'x: {{ .Values.x }}\n',
      ]);
  }
}

function freshFindings(texts: ReadonlyMap<string, string>, settings: CheckSettings, language: Language) {
  const fresh = new WorkspaceIndex();
  for (const [uri, text] of texts) fresh.setFile(uri, text);
  return new Map([...texts.keys()].map((uri) => [uri, workspaceFindings(fresh, uri, settings, language)]));
}

for (const seed of [1, 2, 3, 4]) {
  test(`incremental index and findings equal a fresh index after every edit (seed ${seed})`, () => {
    const next = random(seed);
    const pick: Pick = (values) => values[Math.floor(next() * values.length)];
    const chance = (p: number): boolean => next() < p;
    const files = new Map<string, string[]>(
      FILES.map((name) => [
        uriOf(name),
        Array.from({ length: 3 + Math.floor(next() * 5) }, () => randomDocument(pick, chance)),
      ]),
    );
    const index = new WorkspaceIndex();
    const seen = new Set<string>();
    let settings: CheckSettings = DEFAULT_SETTINGS;
    let language: Language = 'en';
    for (let step = 0; step < 120; step++) {
      const uri = pick([...files.keys()]);
      const documents = files.get(uri) ?? [];
      const at = Math.floor(next() * (documents.length + 1));
      const edit = pick([
        'change',
        'change',
        'add',
        'remove',
        'lines-above',
        'rename',
        'type',
        'file',
        'settings',
        'no-workloads',
      ]);
      switch (edit) {
        case 'change':
          if (documents.length > 0) documents[at % documents.length] = randomDocument(pick, chance);
          break;
        case 'add':
          documents.splice(at, 0, randomDocument(pick, chance));
          break;
        case 'remove':
          documents.splice(at % Math.max(documents.length, 1), 1);
          break;
        case 'lines-above':
          if (documents.length > 0) documents[at % documents.length] = `# note\n\n${documents[at % documents.length]}`;
          break;
        case 'type': {
          // A keystroke inside a document: the line count stays, later documents' offsets shift.
          const i = at % Math.max(documents.length, 1);
          if (documents[i]) documents[i] = documents[i].replace(/name: (\w+)/, `name: $1${pick(['', 'x'])}`);
          break;
        }
        case 'rename': {
          // A name, label value or port name renamed across two files.
          const [from, to] = chance(0.5) ? [pick(NAMES), pick(NAMES)] : [pick(PORT_NAMES), pick(PORT_NAMES)];
          const other = pick([...files.keys()].filter((u) => u !== uri));
          for (const target of [uri, other]) {
            const list = files.get(target);
            if (list) files.set(target, list.map((d) => d.split(from).join(to)));
          }
          break;
        }
        case 'file':
          if (files.size > 1 && chance(0.5)) {
            files.delete(uri);
            index.removeFile(uri);
          } else {
            const name = uriOf(`${pick(['a', 'b', 'c'])}/extra-${step}.yaml`);
            files.set(name, [randomDocument(pick, chance), randomDocument(pick, chance)]);
          }
          break;
        case 'no-workloads':
          // Services only: the selector rules stand down, and come back with the next workload.
          for (const [target, list] of files) {
            files.set(
              target,
              list.filter((d) => !/^kind: (Deployment|StatefulSet|Pod)$/m.test(d)),
            );
          }
          break;
        case 'settings':
          settings = {
            ...DEFAULT_SETTINGS,
            defaultNamespace: pick(['default', 'prod']),
            rules: chance(0.5) ? {} : { 'service-selects-nothing': 'off', 'target-port-not-declared': 'error' },
          };
          language = pick(['en', 'ko']);
          break;
      }
      const texts = new Map([...files].map(([u, list]) => [u, docs(...list)]));
      for (const [u, text] of texts) index.setFile(u, text);
      const expected = freshFindings(texts, settings, language);
      for (const [u, findings] of expected) {
        const actual = workspaceFindings(index, u, settings, language);
        assert.deepEqual(actual, findings, `seed ${seed}, step ${step} (${edit}), ${u}`);
        for (const f of findings) seen.add(f.code);
      }
      for (const u of texts.keys()) {
        const fresh = new WorkspaceIndex({ defaultNamespace: index.defaultNamespace });
        fresh.setFile(u, texts.get(u) ?? '');
        const shape = (i: WorkspaceIndex) =>
          (i.file(u)?.objects ?? []).map((o) => [o.kind, o.name, o.namespace, o.documentIndex, o.itemIndex, o.range]);
        assert.deepEqual(shape(index), shape(fresh), `seed ${seed}, step ${step} (${edit}), objects of ${u}`);
      }
    }
    // The edits reach most rules, so the comparison means something.
    assert.ok(seen.size >= 6, `only ${[...seen].join(', ')}`);
  });
}
