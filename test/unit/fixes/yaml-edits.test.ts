import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  applyEdits,
  formatScalar,
  insertFirstKey,
  insertKeyBefore,
  removePair,
  removePairs,
  replaceKey,
  replaceScalar,
  setKey,
} from '../../../server/src/core/fixes/yaml-edits';
import type { SpanEdit } from '../../../server/src/core/fixes/yaml-edits';
import { get, isMap, isScalar, items, pairOf } from '../../../server/src/core/parse/located-node';
import type { LMap, LNode, LPair, LScalar } from '../../../server/src/core/parse/located-node';
import { parseYamlDocument } from '../../../server/src/core/parse/parse-document';

function rootOf(text: string): LNode {
  const { root, syntaxErrors } = parseYamlDocument(text);
  assert.deepEqual(syntaxErrors, []);
  assert.ok(root);
  return root;
}

function mapAt(text: string, ...path: (string | number)[]): LMap {
  let node: LNode | undefined = rootOf(text);
  for (const step of path) node = typeof step === 'number' ? items(node)[step] : get(node, step);
  assert.ok(isMap(node), `no map at ${path.join('.')}`);
  return node;
}

function scalarAt(text: string, ...path: (string | number)[]): LScalar {
  const parent = mapAt(text, ...path.slice(0, -1));
  const node = get(parent, String(path[path.length - 1]));
  assert.ok(isScalar(node));
  return node;
}

function pairAt(text: string, ...path: (string | number)[]): { pair: LPair; map: LMap } {
  const map = mapAt(text, ...path.slice(0, -1));
  const pair = pairOf(map, String(path[path.length - 1]));
  assert.ok(pair);
  return { pair, map };
}

/** Applies the edits and checks the result still parses. */
function apply(text: string, edits: readonly SpanEdit[]): string {
  const out = applyEdits(text, edits);
  assert.deepEqual(parseYamlDocument(out).syntaxErrors, [], `not YAML any more:\n${out}`);
  return out;
}

test('replaceScalar: plain, double-quoted and single-quoted values keep their style and the comment after them', () => {
  const text = 'a: tcp  # protocol\nb: "tcp"\nc: \'tcp\'\n';
  assert.equal(apply(text, replaceScalar(text, scalarAt(text, 'a'), 'TCP')), 'a: TCP  # protocol\nb: "tcp"\nc: \'tcp\'\n');
  assert.equal(apply(text, replaceScalar(text, scalarAt(text, 'b'), 'TCP')), 'a: tcp  # protocol\nb: "TCP"\nc: \'tcp\'\n');
  assert.equal(apply(text, replaceScalar(text, scalarAt(text, 'c'), 'TCP')), 'a: tcp  # protocol\nb: "tcp"\nc: \'TCP\'\n');
  const edit = replaceScalar(text, scalarAt(text, 'b'), 'TCP')[0];
  assert.deepEqual(edit, { span: { start: 23, end: 26 }, newText: 'TCP' }, 'only what is inside the quotes');
});

test('replaceScalar: escapes inside quotes; a number replaces a quoted string whole; an empty value gets one', () => {
  const text = 'a: "x"\nb: \'x\'\nc: "8080"\nd:\ne: # note\nf: {g: , h: 1}\n';
  assert.equal(apply(text, replaceScalar(text, scalarAt(text, 'a'), 'say "hi"')), 'a: "say \\"hi\\""\nb: \'x\'\nc: "8080"\nd:\ne: # note\nf: {g: , h: 1}\n');
  assert.equal(apply(text, replaceScalar(text, scalarAt(text, 'b'), "it's")).split('\n')[1], "b: 'it''s'");
  assert.equal(apply(text, replaceScalar(text, scalarAt(text, 'c'), 8080)).split('\n')[2], 'c: 8080');
  assert.equal(apply(text, replaceScalar(text, scalarAt(text, 'd'), 'http')).split('\n')[3], 'd: http');
  assert.equal(apply(text, replaceScalar(text, scalarAt(text, 'e'), 'http')).split('\n')[4], 'e: http # note');
  assert.equal(apply(text, replaceScalar(text, scalarAt(text, 'f', 'g'), 'x')).split('\n')[5], 'f: {g: x, h: 1}');
});

test('formatScalar: plain when YAML 1.1 reads it back as the same string, quoted otherwise', () => {
  assert.equal(formatScalar('NodePort'), 'NodePort');
  assert.equal(formatScalar('10.0.0.1'), '10.0.0.1');
  assert.equal(formatScalar('kubernetes.io/h2c'), 'kubernetes.io/h2c');
  assert.equal(formatScalar('None'), 'None');
  assert.equal(formatScalar('80'), '"80"');
  assert.equal(formatScalar('yes'), '"yes"');
  assert.equal(formatScalar('on'), '"on"');
  assert.equal(formatScalar('null'), '"null"');
  assert.equal(formatScalar('1e3'), '"1e3"');
  assert.equal(formatScalar('2001:db8::1'), '"2001:db8::1"');
  assert.equal(formatScalar('a b'), '"a b"');
  assert.equal(formatScalar(''), '""');
  assert.equal(formatScalar(8080), '8080');
  assert.equal(formatScalar(false), 'false');
});

test('replaceKey keeps quotes', () => {
  const text = 'targetport: 1\n"Port": 2\n';
  const root = rootOf(text);
  assert.ok(isMap(root));
  assert.equal(apply(text, replaceKey(text, root.pairs[0], 'targetPort')), 'targetPort: 1\n"Port": 2\n');
  assert.equal(apply(text, replaceKey(text, root.pairs[1], 'port')), 'targetport: 1\n"port": 2\n');
});

test('insertFirstKey: a block map gets the key before its first key, at the same column', () => {
  const text = '# ports\nspec:\n  ports:\n  - port: 80   # web\n    targetPort: web\n  -   port: 81\n';
  const first = mapAt(text, 'spec', 'ports', 0);
  assert.equal(
    apply(text, insertFirstKey(text, first, 'name', 'http')),
    '# ports\nspec:\n  ports:\n  - name: http\n    port: 80   # web\n    targetPort: web\n  -   port: 81\n',
  );
  const second = mapAt(text, 'spec', 'ports', 1);
  assert.equal(
    apply(text, insertFirstKey(text, second, 'name', 'tcp-81')),
    '# ports\nspec:\n  ports:\n  - port: 80   # web\n    targetPort: web\n  -   name: tcp-81\n      port: 81\n',
  );
  const spec = mapAt(text, 'spec');
  assert.equal(apply(text, insertFirstKey(text, spec, 'type', 'NodePort')).split('\n').slice(1, 4).join('\n'), 'spec:\n  type: NodePort\n  ports:');
});

test('insertFirstKey: flow maps, empty or not', () => {
  const text = 'ports:\n- {port: 80}\n- { port: 81 }\n- {}\n';
  const out = applyEdits(text, [
    ...insertFirstKey(text, mapAt(text, 'ports', 0), 'name', 'http'),
    ...insertFirstKey(text, mapAt(text, 'ports', 1), 'name', 'b'),
    ...insertFirstKey(text, mapAt(text, 'ports', 2), 'name', 'c'),
  ]);
  assert.equal(out, 'ports:\n- {name: http, port: 80}\n- { name: b, port: 81 }\n- {name: c}\n');
});

test('insertFirstKey and removePair keep CRLF line ends', () => {
  const text = 'spec:\r\n  ports:\r\n  - port: 80\r\n    nodePort: 30080 # x\r\n    protocol: TCP\r\n';
  const port = mapAt(text, 'spec', 'ports', 0);
  assert.equal(
    apply(text, insertFirstKey(text, port, 'name', 'http')),
    'spec:\r\n  ports:\r\n  - name: http\r\n    port: 80\r\n    nodePort: 30080 # x\r\n    protocol: TCP\r\n',
  );
  const { pair, map } = pairAt(text, 'spec', 'ports', 0, 'nodePort');
  assert.equal(apply(text, removePair(text, pair, map)), 'spec:\r\n  ports:\r\n  - port: 80\r\n    protocol: TCP\r\n');
});

test('insertFirstKey and removePair keep lone-CR line ends, and never cut at a line break they do not see', () => {
  const text = 'spec:\r  ports:\r  - port: 80\r    nodePort: 30080 # x\r    protocol: TCP\r';
  const port = mapAt(text, 'spec', 'ports', 0);
  assert.equal(
    apply(text, insertFirstKey(text, port, 'name', 'http')),
    'spec:\r  ports:\r  - name: http\r    port: 80\r    nodePort: 30080 # x\r    protocol: TCP\r',
  );
  const { pair, map } = pairAt(text, 'spec', 'ports', 0, 'nodePort');
  assert.equal(apply(text, removePair(text, pair, map)), 'spec:\r  ports:\r  - port: 80\r    protocol: TCP\r');
  const first = pairAt(text, 'spec', 'ports', 0, 'port');
  assert.equal(apply(text, removePair(text, first.pair, first.map)), 'spec:\r  ports:\r  - nodePort: 30080 # x\r    protocol: TCP\r');
});

test('explicit keys (? key / : value) and anchored keys: an entry starts at its ? or its anchor', () => {
  const text = 'ports:\n- ? port\n  : 80\n  &k protocol: TCP\n';
  const port = mapAt(text, 'ports', 0);
  assert.equal(apply(text, insertFirstKey(text, port, 'name', 'http')), 'ports:\n- name: http\n  ? port\n  : 80\n  &k protocol: TCP\n');
  const protocol = pairAt(text, 'ports', 0, 'protocol');
  assert.equal(apply(text, insertKeyBefore(text, protocol.map, protocol.pair, 'appProtocol', 'http')), 'ports:\n- ? port\n  : 80\n  appProtocol: http\n  &k protocol: TCP\n');
  assert.equal(apply(text, removePair(text, protocol.pair, protocol.map)), 'ports:\n- ? port\n  : 80\n');
  const first = pairAt(text, 'ports', 0, 'port');
  assert.equal(apply(text, removePair(text, first.pair, first.map)), 'ports:\n- &k protocol: TCP\n');
  const flow = 'ports: [{? port : 80, &k protocol: TCP}]\n';
  assert.equal(apply(flow, insertFirstKey(flow, mapAt(flow, 'ports', 0), 'name', 'http')), 'ports: [{name: http, ? port : 80, &k protocol: TCP}]\n');
  const flowProtocol = pairAt(flow, 'ports', 0, 'protocol');
  assert.equal(apply(flow, removePair(flow, flowProtocol.pair, flowProtocol.map)), 'ports: [{? port : 80}]\n');
});

test('insertKeyBefore puts the key right before another one', () => {
  const text = 'spec:\n  type: ClusterIP\n  clusterIPs: [10.0.0.1]\n';
  const { pair, map } = pairAt(text, 'spec', 'clusterIPs');
  assert.equal(
    apply(text, insertKeyBefore(text, map, pair, 'clusterIP', '10.0.0.1')),
    'spec:\n  type: ClusterIP\n  clusterIP: 10.0.0.1\n  clusterIPs: [10.0.0.1]\n',
  );
  const flow = 'spec: {type: ClusterIP, clusterIPs: [None]}\n';
  const f = pairAt(flow, 'spec', 'clusterIPs');
  assert.equal(apply(flow, insertKeyBefore(flow, f.map, f.pair, 'clusterIP', 'None')), 'spec: {type: ClusterIP, clusterIP: None, clusterIPs: [None]}\n');
});

test('setKey replaces an existing value or inserts the key', () => {
  const text = 'spec:\n  type: ClusterIP # default\n  ports: []\n';
  assert.equal(apply(text, setKey(text, mapAt(text, 'spec'), 'type', 'NodePort')), 'spec:\n  type: NodePort # default\n  ports: []\n');
  const none = 'spec:\n  ports: []\n';
  assert.equal(apply(none, setKey(none, mapAt(none, 'spec'), 'type', 'NodePort')), 'spec:\n  type: NodePort\n  ports: []\n');
});

test('removePair (block): the whole line with its trailing comment, comments around it stay', () => {
  const text = 'spec:\n  # the policy\n  externalTrafficPolicy: Local # why\n  # ports below\n  ports: []\n';
  const { pair, map } = pairAt(text, 'spec', 'externalTrafficPolicy');
  assert.equal(apply(text, removePair(text, pair, map)), 'spec:\n  # the policy\n  # ports below\n  ports: []\n');
});

test('removePair (block): the last line of a file without a final line break, and a multi-line value', () => {
  const text = 'spec:\n  ports: []\n  clusterIPs:\n  - None\n  - 10.0.0.1 # two\n  type: ClusterIP';
  const ips = pairAt(text, 'spec', 'clusterIPs');
  assert.equal(apply(text, removePair(text, ips.pair, ips.map)), 'spec:\n  ports: []\n  type: ClusterIP');
  const type = pairAt(text, 'spec', 'type');
  assert.equal(apply(text, removePair(text, type.pair, type.map)), 'spec:\n  ports: []\n  clusterIPs:\n  - None\n  - 10.0.0.1 # two\n');
});

test('removePair (block): the first key of a list item keeps the dash and pulls the next key up', () => {
  const text = 'ports:\n- nodePort: 30001   # remove me\n  port: 5432\n  # note\n- port: 1\n';
  const { pair, map } = pairAt(text, 'ports', 0, 'nodePort');
  assert.equal(apply(text, removePair(text, pair, map)), 'ports:\n- port: 5432\n  # note\n- port: 1\n');
  const lone = 'ports:\n- nodePort: 30001\n- port: 1\n';
  const l = pairAt(lone, 'ports', 0, 'nodePort');
  assert.equal(apply(lone, removePair(lone, l.pair, l.map)), 'ports:\n- {}\n- port: 1\n');
});

test('removePair (flow): the entry and one comma', () => {
  const text = 'p: {port: 80, nodePort: 30080, protocol: TCP}\n';
  const middle = pairAt(text, 'p', 'nodePort');
  assert.equal(apply(text, removePair(text, middle.pair, middle.map)), 'p: {port: 80, protocol: TCP}\n');
  const first = pairAt(text, 'p', 'port');
  assert.equal(apply(text, removePair(text, first.pair, first.map)), 'p: {nodePort: 30080, protocol: TCP}\n');
  const last = pairAt(text, 'p', 'protocol');
  assert.equal(apply(text, removePair(text, last.pair, last.map)), 'p: {port: 80, nodePort: 30080}\n');
  const only = 'p: {nodePort: 30080}\n';
  const o = pairAt(only, 'p', 'nodePort');
  assert.equal(apply(only, removePair(only, o.pair, o.map)), 'p: {}\n');
});

test('removePairs: neighbours in flow and block style without overlapping edits', () => {
  const flow = 'spec: {type: NodePort, clusterIP: None, clusterIPs: [None]}\n';
  const spec = mapAt(flow, 'spec');
  const pairs = spec.pairs.filter((p) => p.key.startsWith('clusterIP'));
  assert.equal(apply(flow, removePairs(flow, spec, pairs)), 'spec: {type: NodePort}\n');
  const block = 'spec:\n  type: NodePort\n  clusterIP: None  # headless\n  clusterIPs:\n  - None\n  ports: []\n';
  const bspec = mapAt(block, 'spec');
  const bpairs = bspec.pairs.filter((p) => p.key.startsWith('clusterIP'));
  assert.equal(apply(block, removePairs(block, bspec, bpairs)), 'spec:\n  type: NodePort\n  ports: []\n');
});

test('removePair leaves a map that loses its last entry as {}', () => {
  const text = 'spec:\n  selector:\n    app: web\n  ports: []\n';
  const { pair, map } = pairAt(text, 'spec', 'selector', 'app');
  assert.equal(apply(text, removePair(text, pair, map)), 'spec:\n  selector:\n    {}\n  ports: []\n');
});

test('applyEdits: insertions at one point keep their order; an insertion before a removal at the same point', () => {
  assert.equal(
    applyEdits('abcdef', [
      { span: { start: 2, end: 2 }, newText: 'X' },
      { span: { start: 2, end: 2 }, newText: 'Y' },
      { span: { start: 4, end: 6 }, newText: '' },
    ]),
    'abXYcd',
  );
  assert.equal(
    applyEdits('abcdef', [
      { span: { start: 2, end: 4 }, newText: '' },
      { span: { start: 2, end: 2 }, newText: 'X' },
    ]),
    'abXef',
  );
});
