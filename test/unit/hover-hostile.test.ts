import assert from 'node:assert/strict';
import { test } from 'node:test';
import { localizer } from '../../server/src/core/l10n';
import { FileChecker } from '../../server/src/core/documents/check-file';
import { completionsAt } from '../../server/src/core/features/completion';
import { hoverAt } from '../../server/src/core/features/hover';
import { WorkspaceIndex } from '../../server/src/core/index/workspace-index';
import { mdCode, mdText } from '../../server/src/core/text/markdown';
import { MARKDOWN_TAGS, renderMarkdown } from './rendered-markdown';
import { webService, workspaceOf } from './test-workspace';

/**
 * Hovers and completion docs are Markdown, and a manifest is untrusted: names, namespaces, labels, protocols and
 * hosts written to look like Markdown or HTML must show as the characters they are (issue 10).
 */

const IMAGE_AND_LINK = '![img](http://evil.example/x.png) [Click to fix](http://evil.example/fix)';
/** A backtick run closes a one-backtick code span; the rest would be raw HTML. */
const CLOSES_CODE = 'web``</code><b>bold</b>` ';

const SERVICE = webService('    - name: http\n      port: 80\n      targetPort: http\n    - name: other\n      port: 9000\n');

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${JSON.stringify(IMAGE_AND_LINK)}
spec:
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: ${JSON.stringify(CLOSES_CODE)}
          image: nginx
          ports:
            - name: http
              containerPort: 8080
`;

const workspace = (files: Readonly<Record<string, string>>): WorkspaceIndex => workspaceOf(files);

/** The hover at the first occurrence of `needle` (one character in). */
function hover(text: string, needle: string, index?: WorkspaceIndex, language: 'en' | 'ko' = 'en'): string {
  const offset = text.indexOf(needle);
  assert.notEqual(offset, -1, needle);
  const before = text.slice(0, offset + 1).split('\n');
  const position = { line: before.length - 1, character: before[before.length - 1].length };
  const result = hoverAt(new FileChecker().analyse(text), position, localizer(language), index);
  assert.ok(result, `a hover at ${needle}`);
  return result.contents;
}

/** Nothing of the Markdown became an element that is not ours, and no bare URL is left to be auto-linked. */
function assertInert(markdown: string): ReturnType<typeof renderMarkdown> {
  const rendered = renderMarkdown(markdown);
  for (const tag of rendered.tags) assert.ok(MARKDOWN_TAGS.has(tag), `<${tag}> in ${JSON.stringify(markdown)}`);
  // Outside code spans, a bare URL would be linked by GFM renderers such as VS Code's.
  const prose = markdown.replace(/(?<!`)(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '');
  assert.doesNotMatch(prose, /https?:\/\/|www\./i, `a bare URL in ${JSON.stringify(prose)}`);
  return rendered;
}

test("the port and targetPort hovers show a Deployment named like an image and a link as text, not as an image or link", () => {
  const index = workspace({ 'svc.yaml': SERVICE, 'deploy.yaml': DEPLOYMENT });
  for (const language of ['en', 'ko'] as const) {
    for (const needle of ['port: 80', 'targetPort: http', 'port: 9000']) {
      const contents = hover(SERVICE, needle, index, language);
      const rendered = assertInert(contents);
      assert.ok(rendered.text.includes(`Deployment ${IMAGE_AND_LINK}`), `${needle}: the name as written, in ${rendered.text}`);
      if (needle !== 'port: 9000') {
        // The container name is one code span holding exactly the name: the backticks did not close it.
        assert.ok(rendered.codes.includes(CLOSES_CODE), `${needle}: ${JSON.stringify(rendered.codes)}`);
      }
    }
  }
});

test('a namespace with backticks, a newline, a heading and HTML stays inside its code span, newline shown as \\n', () => {
  const namespace = 'a``b\n\n# owned <img src=x onerror=alert(1)>\u202e';
  const service = `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: ${JSON.stringify(namespace)}\nspec:\n  clusterIP: None\n  ports:\n    - port: 80\n`;
  for (const needle of ['name: web', 'clusterIP', 'port: 80']) {
    const rendered = assertInert(hover(service, needle));
    assert.ok(
      rendered.codes.some((c) => c.includes('a``b\\n\\n# owned <img src=x onerror=alert(1)>\\u202e.svc.cluster.local')),
      `${needle}: ${JSON.stringify(rendered.codes)}`,
    );
  }
});

test('a selector that matches nothing, an ExternalName and a type written as Markdown show as text', () => {
  const selector = `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: "[x](http://evil.example) *em*"\n  ports:\n    - port: 80\n`;
  const selects = assertInert(hover(selector, 'selector', workspace({ 'deploy.yaml': DEPLOYMENT })));
  assert.ok(selects.codes.includes('app=[x](http://evil.example) *em*'), JSON.stringify(selects.codes));

  const external = `apiVersion: v1\nkind: Service\nmetadata:\n  name: db\nspec:\n  type: ExternalName\n  externalName: "x\`) [fix](http://evil.example) <b>"\n  ports:\n    - port: 5432\n      targetPort: 5432\n`;
  for (const needle of ['port: 5432', 'targetPort: 5432']) {
    const rendered = assertInert(hover(external, needle));
    assert.ok(rendered.codes.includes('x`) [fix](http://evil.example) <b>'), `${needle}: ${JSON.stringify(rendered.codes)}`);
  }

  const typed = `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: "**Node**\`Port\` <i>x</i>"\n  ports:\n    - port: 80\n      protocol: "_TCP_ [a](http://evil.example)"\n      targetPort: http\n`;
  assert.ok(assertInert(hover(typed, 'type:')).codes.includes('**Node**`Port` <i>x</i>'));
  assert.ok(assertInert(hover(typed, 'targetPort')).text.includes('(_TCP_ [a](http://evil.example))'));
});

test('completion docs from the workspace show hostile workload, container and label names as text', () => {
  const index = workspace({ 'deploy.yaml': DEPLOYMENT });
  const source = SERVICE.replace('targetPort: http', 'targetPort: ‸');
  const offset = source.indexOf('‸');
  const text = source.slice(0, offset) + source.slice(offset + 1);
  const lines = text.slice(0, offset).split('\n');
  const items = completionsAt(new FileChecker().analyse(text), text, { line: lines.length - 1, character: lines[lines.length - 1].length }, localizer('en'), index);
  const http = items.find((i) => i.label === 'http');
  assert.ok(http?.documentation);
  const rendered = assertInert(http.documentation);
  assert.ok(rendered.text.includes(`Deployment ${IMAGE_AND_LINK}`), rendered.text);
  assert.ok(rendered.codes.includes(CLOSES_CODE), JSON.stringify(rendered.codes));
});

test('mdCode holds any value exactly in one code span; mdText shows any value as its characters', () => {
  const values = ['`', '``x``', ' a ', '` `', 'a```b`', '<b>x</b>', '[l](http://e)', '\\`', 'x\n\ny', '*_~|$(icon)&amp;', '1. x', '- x', '# h', 'www.e.x', 'a@b.example'];
  for (const value of values) {
    const visible = value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
    const code = renderMarkdown(`x ${mdCode(value)} y`);
    assert.deepEqual(code.codes, [visible], `mdCode(${JSON.stringify(value)})`);
    const prose = renderMarkdown(mdText(value));
    assert.deepEqual(prose.tags, ['p'], `mdText(${JSON.stringify(value)}) is one plain paragraph`);
    assert.equal(prose.text.trim(), visible.trim(), `mdText(${JSON.stringify(value)})`);
  }
});
