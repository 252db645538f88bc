import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { createLanguageService } from '../../../server/src/core/language-service';
import type { LanguageService } from '../../../server/src/core/language-service';

/** Issue 12 row 11: the cross-resource checks run on what `kustomize build` makes of each kustomization root. */

const TREE = join(__dirname, '../../fixtures/kustomize');

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The fixture tree, with some files replaced or added (name → text; `''` leaves a file out). */
function tree(changes: Readonly<Record<string, string>> = {}): LanguageService {
  const ls = createLanguageService({ host: { nextTurn: () => Promise.resolve() } });
  const files: Record<string, string> = {};
  for (const path of filesUnder(TREE)) files[relative(TREE, path).split('\\').join('/')] = readFileSync(path, 'utf8');
  for (const [name, text] of Object.entries({ ...files, ...changes })) {
    if (text !== '') ls.setFile(`file:///ws/${name}`, text);
  }
  return ls;
}

/** `line code severity message` of a file's findings (line 1-based). */
function seen(ls: LanguageService, name: string, code?: string): string[] {
  return ls
    .checkFile(`file:///ws/${name}`)
    .findings.filter((f) => code === undefined || f.code === code)
    .map((f) => `${f.range.start.line + 1} ${f.code} ${f.severity} ${f.message}`);
}

test("an overlay's Service selects the overlay's Deployment: prefixes, namespace and commonLabels on both", () => {
  const ls = tree();
  assert.deepEqual(seen(ls, 'base/service.yaml', 'service-selects-nothing'), []);
  assert.deepEqual(seen(ls, 'overlays/prod/service-patch.yaml'), []);
});

test('a selector broken in one overlay only is reported there, at the patch line, labelled with the overlay', () => {
  const ls = tree();
  const [finding, ...rest] = seen(ls, 'overlays/staging/service-patch.yaml');
  assert.deepEqual(rest, []);
  assert.match(finding, /^7 service-selects-nothing warning in overlay staging: spec\.selector: Invalid value: "app=web,track=canary,env=staging": no workload in namespace "staging"/);
  assert.match(finding, /Deployment "web-staging"/, 'the built names');
  // The base's own Service is fine in both builds, and prod says nothing.
  assert.deepEqual(seen(ls, 'base/service.yaml', 'service-selects-nothing'), []);
  assert.deepEqual(seen(ls, 'overlays/prod/kustomization.yaml'), []);
});

test('a finding the files alone give too stays as they say it, once, unlabelled', () => {
  const ls = tree();
  // Port 9090 is declared by no container: the files alone and the prod build agree (staging selects nothing).
  const [finding, ...rest] = seen(ls, 'base/service.yaml', 'target-port-not-declared');
  assert.deepEqual(rest, []);
  assert.match(finding, /^14 target-port-not-declared info spec\.ports\[1\]\.targetPort: Invalid value: 9090: .*Deployment "web"/);
});

const LABELLED_BY_KUSTOMIZE = `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
commonLabels:
  app: web
resources:
  - deployment.yaml
  - service.yaml
`;

const UNLABELLED_DEPLOYMENT = readFileSync(join(TREE, 'base/deployment.yaml'), 'utf8').replace(
  /      labels:\n        app: web\n/,
  '      labels: {}\n',
);

test('pod labels that only commonLabels adds: no false service-selects-nothing once the build is checked', () => {
  const changes = { 'base/kustomization.yaml': LABELLED_BY_KUSTOMIZE, 'base/deployment.yaml': UNLABELLED_DEPLOYMENT };
  assert.deepEqual(seen(tree(changes), 'base/service.yaml', 'service-selects-nothing'), []);
  // The same files without their kustomization: the Deployment's pods carry no label, so nothing is selected.
  const alone = tree({ ...changes, 'base/kustomization.yaml': '', 'overlays/prod/kustomization.yaml': '', 'overlays/staging/kustomization.yaml': '' });
  assert.equal(seen(alone, 'base/service.yaml', 'service-selects-nothing').length, 1);
});

const INGRESS = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  rules:
    - http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: web
                port:
                  name: http
`;

test("namePrefix renames the Ingress's backend Service with it; a Service the build lacks stays missing", () => {
  const withIngress = (name: string) => ({
    'base/ingress.yaml': INGRESS.replace('name: web\n                port', `name: ${name}\n                port`),
    'base/kustomization.yaml': readFileSync(join(TREE, 'base/kustomization.yaml'), 'utf8') + '  - ingress.yaml\n',
  });
  // Unrewritten, the prod build's backend would name "web", which is "prod-web" there.
  assert.deepEqual(seen(tree(withIngress('web')), 'base/ingress.yaml'), []);
  // The builds agree with the files alone: one finding, as the files alone word it.
  const missing = seen(tree(withIngress('api')), 'base/ingress.yaml', 'ingress-backend-service-missing');
  assert.deepEqual(missing.map((m) => m.slice(0, m.indexOf(' spec.'))), ['13 ingress-backend-service-missing warning']);
});

test('a strategic-merge patch merges Service ports by port: a targetPort it writes is reported at its line', () => {
  const patch = readFileSync(join(TREE, 'overlays/staging/service-patch.yaml'), 'utf8').replace(/  selector:\n    track: canary\n/, '');
  const [finding, ...rest] = seen(tree({ 'overlays/staging/service-patch.yaml': patch }), 'overlays/staging/service-patch.yaml');
  assert.deepEqual(rest, []);
  // Merged into the metrics port (9090), not a third port: spec.ports[1], at the patch's targetPort line.
  assert.match(finding, /^9 target-port-not-declared info in overlay staging: spec\.ports\[1\]\.targetPort: Invalid value: 9091/);
});

test('a kustomization using what the build does not cover gives no build findings: the files alone speak', () => {
  const staging = readFileSync(join(TREE, 'overlays/staging/kustomization.yaml'), 'utf8');
  const ls = tree({ 'overlays/staging/kustomization.yaml': `${staging}replacements:\n  - path: replacement.yaml\n` });
  assert.deepEqual(seen(ls, 'overlays/staging/service-patch.yaml'), []);
  assert.deepEqual(seen(ls, 'base/service.yaml', 'service-selects-nothing'), []);
});
