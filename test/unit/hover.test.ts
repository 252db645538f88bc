import assert from 'node:assert/strict';
import { test } from 'node:test';
import { localizer } from '../../server/src/core/l10n';
import type { Language } from '../../server/src/core/l10n';
import { FileChecker } from '../../server/src/core/documents/check-file';
import { hoverAt } from '../../server/src/core/features/hover';
import { webService } from './test-workspace';

const SERVICE = webService(`    - name: http
      port: 80
      targetPort: http
      nodePort: 30007
    - name: metrics
      port: 9090
`, { namespace: 'shop', type: 'NodePort' });

/** Hovers at the first occurrence of `needle` (plus `shift` characters) in `text`. */
function hover(text: string, needle: string, language: Language = 'en', shift = 1) {
  const offset = text.indexOf(needle) + shift;
  const before = text.slice(0, offset).split('\n');
  const position = { line: before.length - 1, character: before[before.length - 1].length };
  const located = new FileChecker().analyse(text);
  return hoverAt(located, position, localizer(language));
}

test('hover on targetPort explains it and names where traffic goes, in English', () => {
  const result = hover(SERVICE, 'targetPort');
  assert.ok(result);
  assert.match(result.contents, /\*\*targetPort\*\*/);
  assert.match(result.contents, /container port named `http`/);
  assert.deepEqual(result.range, { start: { line: 12, character: 6 }, end: { line: 12, character: 16 } });
});

test('hover on targetPort is in Korean when the language is Korean', () => {
  const result = hover(SERVICE, 'targetPort', 'ko');
  assert.ok(result);
  assert.match(result.contents, /[\uAC00-\uD7A3]/);
  assert.match(result.contents, /이름이 `http`인 컨테이너 포트/);
});

test('hover on port gives the cluster DNS address, and says a missing targetPort defaults to it', () => {
  const result = hover(SERVICE, 'port: 9090');
  assert.ok(result);
  assert.match(result.contents, /`web\.shop\.svc\.cluster\.local:9090`/);
  assert.match(result.contents, /`targetPort` is not set, so traffic goes to container port `9090`/);
});

test('hover on nodePort says it opens on every node', () => {
  const result = hover(SERVICE, 'nodePort');
  assert.ok(result);
  assert.match(result.contents, /`<node IP>:30007` → Service port `80`/);
});

test('hover on an enumeration value explains the value', () => {
  const result = hover(SERVICE, 'NodePort', 'en', 2);
  assert.ok(result);
  assert.match(result.contents, /\*\*type: NodePort\*\*/);
  assert.deepEqual(result.range.start, { line: 6, character: 8 });
});

test('no hover outside Service / Endpoints objects or on unknown keys', () => {
  assert.equal(hover('apiVersion: v1\nkind: ConfigMap\ndata:\n  port: "80"\n', 'port'), undefined);
  assert.equal(hover('services:\n  web:\n    ports: []\n', 'ports'), undefined);
  assert.equal(hover(SERVICE.replace('selector', 'selectorr'), 'selectorr'), undefined);
});

test('hover works in a later document of a multi-document file', () => {
  const text = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n---\n${SERVICE}`;
  const result = hover(text, 'sessionAffinity') ?? hover(text, 'selector');
  assert.ok(result);
  assert.equal(result.range.start.line, 12);
});

const EXTERNAL_NAME = `apiVersion: v1
kind: Service
metadata:
  name: db
  namespace: shop
spec:
  type: ExternalName
  externalName: db.example.com
  ports:
    - name: pg
      port: 5432
      targetPort: pg
      nodePort: 30001
    - name: metrics
      port: 9187
`;

test('hover on the ports of an ExternalName Service: a CNAME, no pods, no node port', () => {
  const port = hover(EXTERNAL_NAME, 'port: 9187');
  assert.ok(port);
  assert.match(port.contents, /`db\.shop\.svc\.cluster\.local` is a CNAME for `db\.example\.com`: clients connect to `db\.example\.com:9187`/);
  assert.doesNotMatch(port.contents, /container port/);
  const target = hover(EXTERNAL_NAME, 'targetPort');
  assert.ok(target);
  assert.match(target.contents, /ExternalName: no proxying, so `targetPort` is not used/);
  assert.doesNotMatch(target.contents, /container port named `pg`/);
  const nodePort = hover(EXTERNAL_NAME, 'nodePort');
  assert.ok(nodePort);
  assert.doesNotMatch(nodePort.contents, /Opened on every node/);
  const ko = hover(EXTERNAL_NAME, 'targetPort', 'ko');
  assert.ok(ko);
  assert.match(ko.contents, /ExternalName: 프록시하지 않으므로/);
  assert.doesNotMatch(ko.contents, /이름이 `pg`인 컨테이너 포트/);
});

const INGRESS = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
spec:
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /api
            pathType: Exact
            backend:
              serviceName: web
              service:
                name: web
                port:
                  number: 80
`;

test('hover on an Ingress v1 field explains it, with its constraints and an example, in both languages', () => {
  const en = hover(INGRESS, 'number');
  assert.ok(en);
  assert.match(en.contents, /^\*\*number\*\*/);
  assert.match(en.contents, /`spec\.ports\[\]\.port`/);
  assert.match(en.contents, /from 1 to 65535/);
  assert.match(en.contents, /```yaml\nbackend:\n {2}service:\n {4}name: web\n {4}port:\n {6}number: 80\n```/);
  const ko = hover(INGRESS, 'number', 'ko');
  assert.ok(ko);
  assert.match(ko.contents, /Service 포트의 번호/);
  assert.match(hover(INGRESS, 'host')?.contents ?? '', /`\*\.example\.com`/);
});

test('hover on a pathType value explains that value; on the key, the field', () => {
  const value = hover(INGRESS, 'Exact');
  assert.ok(value);
  assert.match(value.contents, /^\*\*pathType: Exact\*\*/);
  assert.match(value.contents, /`\/api` matches `\/api` only/);
  const key = hover(INGRESS, 'pathType');
  assert.match(key?.contents ?? '', /^\*\*pathType\*\*\n\nHow `path` is matched/);
});

test('no Ingress hover on a field v1 does not have, nor in a removed API version', () => {
  assert.equal(hover(INGRESS, 'serviceName'), undefined);
  assert.equal(hover(INGRESS.replace('networking.k8s.io/v1', 'networking.k8s.io/v1beta1'), 'pathType'), undefined);
});
