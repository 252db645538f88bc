import assert from 'node:assert/strict';
import { localizer } from '../../server/src/core/l10n';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import { previewHtml } from '../../client/src/preview/preview-html';
import { copyableTexts, fixToApply, modelMessageOf, pageMessageOf, workloadToReveal } from '../../client/src/preview/preview-messages';
import type { MiniDocument } from '../../client/src/preview/page/mini-dom';
import { renderPreview } from '../../client/src/preview/page/render-preview';
import type { PreviewActions } from '../../client/src/preview/page/render-preview';
import { previewModel } from '../../server/src/core/features/preview';
import { WorkspaceIndex } from '../../server/src/core/index/workspace-index';
import { settingsFrom } from '../../server/src/core/settings';
import type { PreviewModel, PreviewRange } from '../../server/src/protocol/preview-protocol';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';

/** The elements the renderer makes; anything else in the page would have come from the model. */
const OWN_TAGS = new Set(['div', 'section', 'header', 'h1', 'h2', 'h3', 'p', 'span', 'code', 'ul', 'li', 'button']);

interface Element {
  readonly tagName: string;
  readonly attributes: ArrayLike<{ readonly name: string; readonly value: string }>;
  readonly textContent: string | null;
  readonly outerHTML: string;
  readonly innerHTML: string;
  readonly className: string;
  readonly firstElementChild: Element | null;
  click(): void;
  appendChild(child: unknown): unknown;
  querySelectorAll(selector: string): ArrayLike<Element>;
}

interface Page {
  readonly root: Element;
  readonly document: { querySelectorAll(selector: string): ArrayLike<Element> };
  readonly copied: string[];
  readonly revealed: { uri: string; range: PreviewRange }[];
  readonly fixed: [number, number, number][];
}

interface TestDocument {
  getElementById(id: string): unknown;
  querySelector(selector: string): { getAttribute(name: string): string | null } | null;
  querySelectorAll(selector: string): ArrayLike<Element>;
}

/** linkedom's document, seen through the little this test uses (the project is type-checked without the DOM lib). */
function parse(html: string): TestDocument {
  return (parseHTML(html) as unknown as { document: TestDocument }).document;
}

function render(model: PreviewModel): Page {
  const document = parse('<!DOCTYPE html><html><body><main id="root"></main></body></html>');
  const root = document.getElementById('root') as unknown as Element;
  const copied: string[] = [];
  const revealed: { uri: string; range: PreviewRange }[] = [];
  const fixed: [number, number, number][] = [];
  const actions: PreviewActions = {
    copy: (text) => copied.push(text),
    reveal: (uri, range) => revealed.push({ uri, range }),
    fix: (service, warning, fix) => fixed.push([service, warning, fix]),
  };
  root.appendChild(renderPreview(document as unknown as MiniDocument, model, actions));
  return { root, document, copied, revealed, fixed };
}

function elements(root: Element): Element[] {
  return Array.from(root.querySelectorAll('*'));
}

function assertOnlyOwnElements(page: Page): void {
  assert.equal(page.document.querySelectorAll('script').length, 0, 'no script element');
  assert.equal(page.document.querySelectorAll('img').length, 0, 'no img element');
  for (const element of elements(page.root)) {
    const tag = element.tagName.toLowerCase();
    assert.ok(OWN_TAGS.has(tag), `unexpected <${tag}>`);
    for (const attribute of Array.from(element.attributes)) {
      assert.ok(['class', 'type', 'title'].includes(attribute.name), `unexpected attribute ${attribute.name} on <${tag}>`);
    }
  }
}

/** A Service whose every name is markup, through the real core: the manifest is where hostile text comes from. */
function hostileModel(): PreviewModel {
  const index = new WorkspaceIndex();
  index.setFile(
    'file:///ws/evil.yaml',
    `apiVersion: v1
kind: Service
metadata:
  name: "${SCRIPT}"
  annotations:
    note: "${IMG}"
spec:
  type: NodePort
  selector:
    app: "${IMG}"
  ports:
    - name: "${SCRIPT}"
      port: 80
      targetPort: "${IMG}"
      nodePort: 30007
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: "${IMG}"
spec:
  template:
    metadata:
      labels:
        app: "${IMG}"
    spec:
      containers:
        - name: "${SCRIPT}"
          image: nginx
          ports:
            - name: "${SCRIPT}"
              containerPort: 80
`,
  );
  return previewModel(
    index,
    'file:///ws/evil.yaml',
    undefined,
    settingsFrom({ nodes: [{ name: SCRIPT, address: '192.168.1.10' }] }),
    localizer('en'),
  );
}

test('hostile names, labels and port names from a manifest show as text, and no element but the page\'s own is made', () => {
  const model = hostileModel();
  assert.equal(model.services[0].name, SCRIPT);
  assert.equal(model.services[0].workloads[0].name, IMG);
  const page = render(model);
  const text = page.root.textContent ?? '';
  assert.ok(text.includes(SCRIPT), 'the Service name shows as text');
  assert.ok(text.includes(`app=${IMG}`), 'the selector shows as text');
  assert.ok(text.includes(`Deployment ${IMG}`), 'the workload shows as text');
  assert.ok(page.root.innerHTML.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  // Markup characters survive only as text, or inside attribute values (a copy button's title), never as elements.
  assertOnlyOwnElements(page);
});

test('every string field of a model renders as text, labels included', () => {
  const range: PreviewRange = { start: { line: 3, character: 0 }, end: { line: 9, character: 4 } };
  const model: PreviewModel = {
    uri: 'file:///ws/x.yaml',
    scope: 'service',
    labels: {
      title: IMG, name: IMG, file: IMG, namespace: SCRIPT, type: IMG, selector: SCRIPT, noSelector: IMG, workloads: SCRIPT,
      noWorkloads: IMG, ports: SCRIPT, noPorts: IMG, nodePort: SCRIPT, addresses: IMG, warnings: SCRIPT, noWarnings: IMG,
      sessionAffinity: SCRIPT, copy: IMG, copied: SCRIPT, reveal: IMG, wouldBe: SCRIPT, fix: IMG,
    },
    services: [
      {
        name: SCRIPT,
        namespace: IMG,
        type: SCRIPT,
        headless: false,
        backing: 'selector',
        uri: 'file:///ws/x.yaml',
        range,
        summary: IMG,
        selector: [{ key: SCRIPT, value: IMG }],
        workloads: [
          { kind: SCRIPT, name: IMG, namespace: SCRIPT, uri: 'file:///ws/d.yaml', range, replicas: 3, replicasText: IMG,
            pod: SCRIPT, podText: `only ${SCRIPT}` },
        ],
        ports: [
          {
            index: 0, name: SCRIPT, port: 80, protocol: IMG, targetPort: SCRIPT, nodePort: 30007, appProtocol: IMG,
            scheme: 'http', chain: SCRIPT, targets: [], status: 'resolved', ok: true, state: 'ok', statusText: IMG,
          },
        ],
        warnings: [
          { severity: 'error', code: SCRIPT, message: IMG, field: SCRIPT, range, fixes: [{ title: SCRIPT, preferred: true, edits: [{ range, newText: IMG }] }] },
        ],
        refused: SCRIPT,
        addresses: [
          {
            kind: 'node-port',
            title: SCRIPT,
            hint: IMG,
            addresses: [
              { text: `http://192.168.1.10:30007/${SCRIPT}`, copyable: true, note: IMG },
              { text: `<node IP>${IMG}`, copyable: false, note: SCRIPT, wouldBe: true },
            ],
          },
        ],
        sessionAffinity: SCRIPT,
      },
    ],
  };
  const page = render(model);
  assertOnlyOwnElements(page);
  const text = page.root.textContent ?? '';
  for (const expected of [SCRIPT, IMG, `${SCRIPT}=${IMG}`, `http://192.168.1.10:30007/${SCRIPT}`, `${IMG} · only ${SCRIPT}`]) {
    assert.ok(text.includes(expected), `shows ${expected}`);
  }
  // One copy button: placeholders are not copyable. It posts the exact text; the workload posts its uri and range.
  const buttons = elements(page.root).filter((e) => e.tagName.toLowerCase() === 'button');
  const copy = buttons.filter((b) => (b.outerHTML.match(/class="([^"]*)"/)?.[1] ?? '') === 'copy');
  assert.equal(copy.length, 1);
  copy[0].click();
  assert.deepEqual(page.copied, [`http://192.168.1.10:30007/${SCRIPT}`]);
  assert.equal(copy[0].textContent, SCRIPT, 'the button says "copied" (here, the hostile label as text)');
  const link = buttons.find((b) => b.outerHTML.includes('class="link"'));
  assert.ok(link);
  link.click();
  assert.deepEqual(page.revealed, [{ uri: 'file:///ws/d.yaml', range }]);

  // A refused Service says so first; its addresses are marked "would be"; a finding's fix is a button posting indexes.
  const section = elements(page.root).find((e) => e.tagName.toLowerCase() === 'section');
  assert.equal(section?.firstElementChild?.className, 'refused');
  assert.equal(section?.firstElementChild?.textContent, SCRIPT);
  const wouldBe = elements(page.root).filter((e) => e.className === 'address would-be');
  assert.equal(wouldBe.length, 1, 'only the address marked wouldBe');
  const fix = buttons.find((b) => b.className === 'fix');
  assert.equal(fix?.textContent, `${IMG}: ${SCRIPT}`);
  fix?.click();
  assert.deepEqual(page.fixed, [[0, 0, 0]]);
});

test('an empty model shows why', () => {
  const page = render({ uri: 'file:///ws/a.yaml', scope: 'file', services: [], empty: SCRIPT, labels: hostileModel().labels });
  assert.equal(page.root.textContent, SCRIPT);
  assertOnlyOwnElements(page);
});

test('the extension accepts only well-formed page messages about the model shown', () => {
  const model = hostileModel();
  assert.deepEqual(pageMessageOf({ type: 'copy', text: 'http://192.168.1.10:30007' }), { type: 'copy', text: 'http://192.168.1.10:30007' });
  assert.equal(pageMessageOf({ type: 'copy', text: 7 }), undefined);
  assert.equal(pageMessageOf({ type: 'copy' }), undefined);
  assert.equal(pageMessageOf({ type: 'run', command: 'rm -rf /' }), undefined);
  assert.equal(pageMessageOf('copy'), undefined);
  assert.equal(pageMessageOf(null), undefined);
  assert.equal(pageMessageOf({ type: 'reveal', uri: 'file:///etc/passwd', range: { start: { line: -1, character: 0 }, end: { line: 0, character: 0 } } }), undefined);
  assert.deepEqual(pageMessageOf({ type: 'rendered', version: 3 }), { type: 'rendered', version: 3 });
  assert.deepEqual(pageMessageOf({ type: 'ready' }), { type: 'ready' });

  const copyable = copyableTexts(model);
  assert.ok(copyable.has('http://192.168.1.10:30007'));
  assert.ok(![...copyable].some((t) => t.includes('<node IP>')));
  assert.ok(!copyable.has('rm -rf /'));

  const workload = model.services[0].workloads[0];
  assert.equal(workloadToReveal(model, workload.uri, workload.range), workload);
  assert.equal(workloadToReveal(model, 'file:///etc/passwd', workload.range), undefined);
  assert.equal(workloadToReveal(undefined, workload.uri, workload.range), undefined);

  // A fix is named by indexes into the model shown; its edits come from that model, never from the page.
  assert.deepEqual(pageMessageOf({ type: 'fix', service: 0, warning: 1, fix: 0 }), { type: 'fix', service: 0, warning: 1, fix: 0 });
  assert.equal(pageMessageOf({ type: 'fix', service: 0, warning: -1, fix: 0 }), undefined);
  assert.equal(pageMessageOf({ type: 'fix', service: 0, warning: 0 }), undefined);
  const range = { start: { line: 9, character: 4 }, end: { line: 9, character: 4 } };
  const fix = { title: 'Name the ports', preferred: true, edits: [{ range, newText: 'name: port-80\n' }] };
  const service = { ...model.services[0], warnings: [{ severity: 'error' as const, code: 'c', message: 'm', field: 'spec.ports[1].name', range, fixes: [fix] }] };
  const withFix: PreviewModel = { ...model, services: [service] };
  assert.deepEqual(fixToApply(withFix, { service: 0, warning: 0, fix: 0 }), { uri: service.uri, fix });
  assert.equal(fixToApply(withFix, { service: 0, warning: 0, fix: 1 }), undefined);
  assert.equal(fixToApply(withFix, { service: 1, warning: 0, fix: 0 }), undefined);
  assert.equal(fixToApply(undefined, { service: 0, warning: 0, fix: 0 }), undefined);

  assert.equal(modelMessageOf({ type: 'model', version: 1, model: { services: 'x', labels: {} } }), undefined);
  assert.ok(modelMessageOf({ type: 'model', version: 1, model }));
});

test('the page shell: strict CSP with a nonce for its one script, no inline handlers, no model data', () => {
  const html = previewHtml({
    cspSource: 'https://webview.example',
    scriptUri: 'https://webview.example/client/out/preview-page.js',
    styleUri: 'https://webview.example/client/out/preview-page.css',
    nonce: 'abc123+/=',
    loading: '…',
  });
  assert.ok(
    html.includes(
      `content="default-src &#39;none&#39;; style-src https://webview.example; script-src &#39;nonce-abc123+/=&#39;; img-src https://webview.example"`,
    ),
  );
  const scripts = html.match(/<script[^>]*>/g) ?? [];
  assert.deepEqual(scripts, ['<script nonce="abc123+/=" src="https://webview.example/client/out/preview-page.js">']);
  assert.doesNotMatch(html, /\son[a-z]+=/i);
  assert.doesNotMatch(html, /<style/);
  const document = parse(html);
  const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
  assert.equal(
    csp?.getAttribute('content'),
    "default-src 'none'; style-src https://webview.example; script-src 'nonce-abc123+/='; img-src https://webview.example",
  );
});

test('a hostile load balancer status: each Copy button copies exactly the address shown beside it; invalid ones have none', () => {
  const service = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: LoadBalancer
  externalIPs: ["198.51.100.1\\u001b[2J", 198.51.100.2]
  ports:
    - port: 80
status:
  loadBalancer:
    ingress:
      - ip: "203.0.113.1\\n\\n$(reboot)"
      - hostname: "lb\\u202emoc.example.com"
      - ip: 203.0.113.7
`;
  const index = new WorkspaceIndex();
  index.setFile('file:///ws/svc.yaml', service);
  const page = render(previewModel(index, 'file:///ws/svc.yaml', undefined, settingsFrom({}), localizer('en')));
  assertOnlyOwnElements(page);
  const items = Array.from(page.root.querySelectorAll('li.address'));
  const shown: string[] = [];
  for (const item of items) {
    const code = item.querySelectorAll('code')[0];
    const copy = Array.from(item.querySelectorAll('button.copy'));
    const text = code.textContent ?? '';
    if (/\binvalid\b/.test(code.outerHTML.match(/class="([^"]*)"/)?.[1] ?? '')) {
      assert.equal(copy.length, 0, `no Copy for ${JSON.stringify(text)}`);
      assert.doesNotMatch(text, /[\p{Cc}\p{Cf}]/u, 'hidden characters are shown escaped');
      shown.push(text);
      continue;
    }
    for (const button of copy) {
      const before = page.copied.length;
      button.click();
      assert.deepEqual(page.copied.slice(before), [text], 'copied is what is shown');
    }
  }
  assert.deepEqual(shown, ['http://203.0.113.1\\n\\n$(reboot)', 'http://lb\\u202emoc.example.com', 'http://198.51.100.1\\x1b[2J']);
  assert.ok(page.copied.includes('http://203.0.113.7') && page.copied.includes('http://198.51.100.2'));
  for (const copied of page.copied) assert.doesNotMatch(copied, /[\s\p{Cc}\p{Cf}$()]/u, `copied ${JSON.stringify(copied)}`);
});
