import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allQuickFixes, applyQuickFix, codes, fixTitles, service } from '../../../../../test/unit/fixes/fix-harness';

/** Applies the fix and checks the rule is no longer reported. */
function fixed(text: string, ruleId: string, title?: string): string {
  assert.ok(codes(text).includes(ruleId), `${ruleId} is not reported before the fix`);
  const out = applyQuickFix(text, ruleId, title);
  assert.ok(!codes(out).includes(ruleId), `${ruleId} is still reported after the fix:\n${out}`);
  return out;
}

test('port-name-required: "Name every port" names all unnamed ports at once, each diagnostic offers it once', () => {
  const text = service('  ports:\n  - port: 80   # web\n  - {port: 443, protocol: TCP}\n  - name: metrics\n    port: 9090\n  - port: 5000\n    protocol: UDP\n');
  assert.deepEqual(fixTitles(text, 'port-name-required'), [
    'Name every port (http, https, udp-5000)',
    "Name this port 'http'",
    "Name this port 'https'",
    "Name this port 'udp-5000'",
  ]);
  assert.equal(
    fixed(text, 'port-name-required', 'Name every port (http, https, udp-5000)'),
    service('  ports:\n  - name: http\n    port: 80   # web\n  - {name: https, port: 443, protocol: TCP}\n  - name: metrics\n    port: 9090\n  - name: udp-5000\n    port: 5000\n    protocol: UDP\n'),
  );
  const one = applyQuickFix(text, 'port-name-required', "Name this port 'https'");
  assert.equal(one, text.replace('{port: 443', '{name: https, port: 443'));
});

test('port-name-required: names from appProtocol and a named targetPort; an empty name is filled in place', () => {
  const text = service('  ports:\n  - port: 8080\n    appProtocol: kubernetes.io/h2c\n  - port: 80\n    targetPort: web\n  - name: ""\n    port: 81\n');
  assert.equal(
    fixed(text, 'port-name-required', 'Name every port (h2c, web, tcp-81)'),
    service('  ports:\n  - name: h2c\n    port: 8080\n    appProtocol: kubernetes.io/h2c\n  - name: web\n    port: 80\n    targetPort: web\n  - name: "tcp-81"\n    port: 81\n'),
  );
});

test('port-name-invalid: repaired, and unique in the Service', () => {
  const text = service('  ports:\n  - name: Metrics_Port\n    port: 9090\n  - name: "HTTP"\n    port: 80\n  - name: http\n    port: 8080\n');
  assert.deepEqual(fixTitles(text, 'port-name-invalid'), ["Rename port to 'metrics-port'", "Rename port to 'http-2'"]);
  let out = fixed(text.replace('HTTP', 'ok'), 'port-name-invalid');
  assert.equal(out, service('  ports:\n  - name: metrics-port\n    port: 9090\n  - name: "ok"\n    port: 80\n  - name: http\n    port: 8080\n'));
  out = applyQuickFix(text, 'port-name-invalid', "Rename port to 'http-2'");
  assert.equal(out, text.replace('"HTTP"', '"http-2"'));
});

test('port-name-duplicate: the repeat gets the next free suffix', () => {
  const text = service('  ports:\n  - {name: web, port: 80}\n  - {name: web, port: 81}\n  - {name: web-2, port: 82}\n');
  assert.deepEqual(fixTitles(text, 'port-name-duplicate'), ["Rename port to 'web-3'"]);
  assert.equal(fixed(text, 'port-name-duplicate'), text.replace('{name: web, port: 81}', '{name: web-3, port: 81}'));
});

test('case fixes of enumeration values keep the quotes and everything else', () => {
  const cases: [string, string, string, string][] = [
    ['port-protocol', '  ports:\n  - port: 80\n    protocol: tcp # lower\n', 'tcp # lower', 'TCP # lower'],
    ['port-protocol', '  ports:\n  - {port: 53, protocol: "udp"}\n', '"udp"', '"UDP"'],
    ['service-type', '  type: nodeport\n  ports:\n  - port: 80\n', 'nodeport', 'NodePort'],
    ['service-type', '  type: clusterip\n  ports:\n  - port: 80\n', 'clusterip', 'ClusterIP'],
    ['service-type', "  type: 'loadbalancer'\n  ports:\n  - port: 80\n", "'loadbalancer'", "'LoadBalancer'"],
    ['service-type', '  type: externalname\n  externalName: db.example.com\n', 'externalname', 'ExternalName'],
    ['session-affinity', '  sessionAffinity: clientip\n  ports:\n  - port: 80\n', 'clientip', 'ClientIP'],
    ['session-affinity', '  sessionAffinity: none\n  ports:\n  - port: 80\n', 'none', 'None'],
    ['external-traffic-policy', '  type: NodePort\n  externalTrafficPolicy: local\n  ports:\n  - port: 80\n', 'local', 'Local'],
    ['external-traffic-policy', '  type: LoadBalancer\n  externalTrafficPolicy: cluster\n  ports:\n  - port: 80\n', 'cluster', 'Cluster'],
    ['internal-traffic-policy', '  internalTrafficPolicy: local\n  ports:\n  - port: 80\n', 'local', 'Local'],
    ['ip-family-policy', '  ipFamilyPolicy: preferdualstack\n  ports:\n  - port: 80\n', 'preferdualstack', 'PreferDualStack'],
    ['ip-families', '  ipFamilies: [ipv4, IPv6]\n  ipFamilyPolicy: PreferDualStack\n  ports:\n  - port: 80\n', '[ipv4', '[IPv4'],
    ['traffic-distribution', '  trafficDistribution: preferclose\n  ports:\n  - port: 80\n', 'preferclose', 'PreferClose'],
  ];
  for (const [ruleId, spec, before, after] of cases) {
    const text = service(spec);
    assert.equal(fixed(text, ruleId), text.replace(before, after), ruleId);
    assert.equal(allQuickFixes(text, ruleId)[0].preferred, true);
  }
});

test('case fixes only when a value matches ignoring case', () => {
  assert.deepEqual(fixTitles(service('  ports:\n  - port: 80\n    protocol: HTTP\n'), 'port-protocol'), []);
  assert.deepEqual(fixTitles(service('  type: Public\n  ports:\n  - port: 80\n'), 'service-type'), []);
  assert.deepEqual(fixTitles(service('  sessionAffinity: sticky\n  ports:\n  - port: 80\n'), 'session-affinity'), []);
});

test('endpoints-port-protocol: tcp → TCP', () => {
  const text =
    'apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: web\nsubsets:\n- addresses:\n  - ip: 10.1.2.3\n  ports:\n  - port: 8080\n    protocol: tcp\n';
  assert.equal(fixed(text, 'endpoints-port-protocol'), text.replace('tcp', 'TCP'));
});

test('endpoints-port-name: an invalid name is repaired like a Service port name', () => {
  const text =
    'apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: web\nsubsets:\n- addresses:\n  - ip: 10.1.2.3\n  ports:\n  - {name: Web_UI, port: 8080}\n  - {name: metrics, port: 9090}\n';
  assert.equal(fixed(text, 'endpoints-port-name'), text.replace('Web_UI', 'web-ui'));
});

test('node-port-forbidden: remove nodePort (preferred) or change the type', () => {
  const text = service('  ports:\n  - name: web\n    port: 80\n    nodePort: 30080   # pinned\n    targetPort: 8080\n');
  const actions = allQuickFixes(text, 'node-port-forbidden');
  assert.deepEqual(
    actions.map((a) => [a.title, a.preferred]),
    [
      ['Remove nodePort', true],
      ['Change type to NodePort', false],
    ],
  );
  assert.equal(fixed(text, 'node-port-forbidden', 'Remove nodePort'), service('  ports:\n  - name: web\n    port: 80\n    targetPort: 8080\n'));
  assert.equal(
    fixed(text, 'node-port-forbidden', 'Change type to NodePort'),
    service('  type: NodePort\n  ports:\n  - name: web\n    port: 80\n    nodePort: 30080   # pinned\n    targetPort: 8080\n'),
  );
  const explicit = service('  type: ClusterIP # internal\n  ports:\n  - {name: web, port: 80, nodePort: 30080}\n');
  assert.equal(fixed(explicit, 'node-port-forbidden', 'Change type to NodePort'), explicit.replace('ClusterIP', 'NodePort'));
  assert.equal(fixed(explicit, 'node-port-forbidden', 'Remove nodePort'), explicit.replace(', nodePort: 30080', ''));
});

test('node-port-forbidden: a headless Service is not offered the NodePort type', () => {
  const text = service('  clusterIP: None\n  ports:\n  - {port: 80, nodePort: 30080}\n');
  assert.deepEqual(fixTitles(text, 'node-port-forbidden'), ['Remove nodePort']);
});

test('node-port-range: remove the nodePort and let the cluster allocate one', () => {
  const text = service('  type: NodePort\n  ports:\n  - nodePort: 80\n    port: 80\n');
  assert.deepEqual(fixTitles(text, 'node-port-range'), ['Remove nodePort (let the cluster allocate one)']);
  assert.equal(fixed(text, 'node-port-range'), service('  type: NodePort\n  ports:\n  - port: 80\n'));
  const health = service('  type: LoadBalancer\n  externalTrafficPolicy: Local\n  healthCheckNodePort: 8080\n  ports:\n  - port: 80\n');
  assert.equal(
    fixed(health, 'node-port-range', 'Remove healthCheckNodePort (let the cluster allocate one)'),
    service('  type: LoadBalancer\n  externalTrafficPolicy: Local\n  ports:\n  - port: 80\n'),
  );
});

test('node-port-allocated: remove the refused nodePort, offered but not safe', () => {
  const text = `${service('  type: NodePort\n  ports:\n  - {port: 80, nodePort: 30080}\n', 'a')}---\n${service('  type: NodePort\n  ports:\n  - {port: 80, nodePort: 30080}\n', 'b')}`;
  const actions = allQuickFixes(text, 'node-port-allocated');
  assert.deepEqual(actions.map((a) => a.title), ['Remove nodePort (let the cluster allocate one)']);
  const out = fixed(text, 'node-port-allocated');
  assert.equal(out, `${service('  type: NodePort\n  ports:\n  - {port: 80, nodePort: 30080}\n', 'a')}---\n${service('  type: NodePort\n  ports:\n  - {port: 80}\n', 'b')}`);
});

test('headless-type: remove clusterIP: None and clusterIPs: [None]', () => {
  const text = service('  type: LoadBalancer\n  clusterIP: None # headless?\n  clusterIPs:\n  - None\n  ports:\n  - port: 80\n');
  assert.deepEqual(fixTitles(text, 'headless-type'), ['Remove clusterIP: None']);
  assert.equal(fixed(text, 'headless-type'), service('  type: LoadBalancer\n  ports:\n  - port: 80\n'));
  const flow = service('  {type: NodePort, clusterIP: None, ports: [{port: 80}]}\n').replace('spec:\n  {', 'spec: {').replace('}]}\n', '}]}\n');
  assert.equal(fixed(flow, 'headless-type'), flow.replace(', clusterIP: None', ''));
});

test('external-traffic-policy: removed from a Service that is not externally accessible', () => {
  const text = service('  externalTrafficPolicy: Local  # keep client IPs\n  ports:\n  - port: 80\n');
  assert.deepEqual(fixTitles(text, 'external-traffic-policy'), ['Remove externalTrafficPolicy']);
  assert.equal(fixed(text, 'external-traffic-policy'), service('  ports:\n  - port: 80\n'));
});

test('external-traffic-policy: with a type of the wrong case the Service is meant to be external: not removed', () => {
  const text = service('  type: nodeport\n  externalTrafficPolicy: local\n  ports:\n  - port: 80\n');
  assert.deepEqual(fixTitles(text, 'external-traffic-policy'), ["Change to 'Local'"]);
  const exact = service('  type: loadbalancer\n  externalTrafficPolicy: Local\n  ports:\n  - port: 80\n');
  assert.deepEqual(fixTitles(exact, 'external-traffic-policy'), []);
});

test('session-affinity-timeout: clamped to 1..86400', () => {
  const base = (seconds: string) =>
    service(`  sessionAffinity: ClientIP\n  sessionAffinityConfig:\n    clientIP:\n      timeoutSeconds: ${seconds}\n  ports:\n  - port: 80\n`);
  assert.deepEqual(fixTitles(base('100000'), 'session-affinity-timeout'), ['Set timeoutSeconds to 86400 (the maximum)']);
  assert.equal(fixed(base('100000'), 'session-affinity-timeout'), base('86400'));
  assert.equal(fixed(base('0'), 'session-affinity-timeout'), base('1'));
  assert.equal(fixed(base('-5'), 'session-affinity-timeout'), base('1'));
});

test('target-port: a quoted number loses its quotes', () => {
  const text = service('  ports:\n  - port: 443\n    targetPort: "8443" # tls\n');
  assert.deepEqual(fixTitles(text, 'target-port'), ['Write targetPort as the number 8443']);
  assert.equal(fixed(text, 'target-port'), text.replace('"8443"', '8443'));
  assert.deepEqual(fixTitles(service('  ports:\n  - port: 443\n    targetPort: "99999"\n'), 'target-port'), []);
  assert.deepEqual(fixTitles(service('  ports:\n  - port: 443\n    targetPort: Web_Port\n'), 'target-port'), []);
});

test('external-name: DNS names are case-insensitive, so the lowercase name is meant', () => {
  const text = service("  type: ExternalName\n  externalName: 'DB.Example.com.'\n");
  assert.equal(fixed(text, 'external-name'), text.replace('DB.Example.com.', 'db.example.com.'));
  assert.deepEqual(fixTitles(service('  type: ExternalName\n  externalName: db_1.example.com\n'), 'external-name'), []);
});

test('external-name-forbidden-fields: clusterIP(s), ipFamilies and ipFamilyPolicy go', () => {
  const text = service('  type: ExternalName\n  externalName: db.example.com\n  clusterIP: None\n  clusterIPs: [None]\n  ipFamilies: [IPv4]\n  ipFamilyPolicy: SingleStack\n');
  assert.deepEqual(fixTitles(text, 'external-name-forbidden-fields'), [
    'Remove clusterIP and clusterIPs',
    'Remove ipFamilies',
    'Remove ipFamilyPolicy',
  ]);
  const out = applyQuickFix(text, 'external-name-forbidden-fields', 'Remove clusterIP and clusterIPs');
  assert.equal(out, service('  type: ExternalName\n  externalName: db.example.com\n  ipFamilies: [IPv4]\n  ipFamilyPolicy: SingleStack\n'));
});

test('cluster-ips-sync: clusterIPs without clusterIP gets clusterIP set to its first entry', () => {
  const text = service('  clusterIPs:\n  - 10.96.0.10\n  - fd00::10\n  ipFamilyPolicy: PreferDualStack\n  ports:\n  - port: 53\n    protocol: UDP\n');
  assert.deepEqual(fixTitles(text, 'cluster-ips-sync'), ["Set clusterIP to '10.96.0.10'"]);
  assert.equal(fixed(text, 'cluster-ips-sync'), text.replace('  clusterIPs:', '  clusterIP: 10.96.0.10\n  clusterIPs:'));
  const mismatch = service('  clusterIP: 10.96.0.11\n  clusterIPs: [10.96.0.10]\n  ports:\n  - port: 53\n');
  assert.deepEqual(fixTitles(mismatch, 'cluster-ips-sync'), []);
});

test('field-type: quote what YAML reads as a number or boolean; unquote an int', () => {
  const text = service('  selector:\n    app: web\n    version: 1.10\n    canary: yes\n  ports:\n  - port: "80"\n');
  assert.deepEqual(fixTitles(text, 'field-type'), ['Quote the value: "1.10"', 'Quote the value: "yes"', 'Remove the quotes: 80']);
  let out = text;
  for (const title of ['Quote the value: "1.10"', 'Quote the value: "yes"', 'Remove the quotes: 80']) {
    out = applyQuickFix(out, 'field-type', title);
  }
  assert.equal(out, service('  selector:\n    app: web\n    version: "1.10"\n    canary: "yes"\n  ports:\n  - port: 80\n'));
  assert.ok(!codes(out).includes('field-type'));
});

test('unknown-field: a key of the wrong case is renamed (safe); a spelling guess is only offered', () => {
  const text = service('  ports:\n  - port: 80\n    targetport: 8080\n  - name: b\n    prot: 81\n').replace('  - port: 80', '  - name: a\n    port: 80');
  const actions = allQuickFixes(text, 'unknown-field');
  assert.deepEqual(actions.map((a) => a.title), ["Rename to 'targetPort'", "Rename to 'port'"]);
  assert.equal(applyQuickFix(text, 'unknown-field', "Rename to 'targetPort'"), text.replace('targetport', 'targetPort'));
  const taken = service('  ports:\n  - port: 80\n    Port: 81\n');
  assert.deepEqual(fixTitles(taken, 'unknown-field'), []);
});

test('metadata-generation: removed', () => {
  const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  generation: -1\nspec:\n  ports:\n  - port: 80\n';
  assert.equal(fixed(text, 'metadata-generation'), text.replace('  generation: -1\n', ''));
});

test('metadata-name: the suggested name is offered, not preferred for fix-all', () => {
  const text = service('  ports:\n  - port: 80\n').replace('name: web  # keep', 'name: My_Web  # keep');
  const actions = allQuickFixes(text, 'metadata-name');
  assert.deepEqual(actions.map((a) => a.title), ["Rename to 'my-web'"]);
  assert.equal(fixed(text, 'metadata-name'), text.replace('My_Web', 'my-web'));
});

test('LoadBalancer-only fields on another type: remove them or make it a LoadBalancer', () => {
  const cases: [string, string, string][] = [
    ['allocate-load-balancer-node-ports', '  allocateLoadBalancerNodePorts: false\n', 'allocateLoadBalancerNodePorts'],
    ['load-balancer-class', '  loadBalancerClass: example.com/lb\n', 'loadBalancerClass'],
    ['load-balancer-source-ranges', '  loadBalancerSourceRanges:\n  - 10.0.0.0/8\n', 'loadBalancerSourceRanges'],
  ];
  for (const [ruleId, field, name] of cases) {
    const text = service(`  type: NodePort\n${field}  ports:\n  - port: 80\n`);
    assert.deepEqual(fixTitles(text, ruleId), [`Remove ${name}`, 'Change type to LoadBalancer'], ruleId);
    assert.equal(fixed(text, ruleId, `Remove ${name}`), service('  type: NodePort\n  ports:\n  - port: 80\n'));
    assert.equal(fixed(text, ruleId, 'Change type to LoadBalancer'), text.replace('NodePort', 'LoadBalancer'));
  }
  const annotated =
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  annotations:\n    team: web\n    service.beta.kubernetes.io/load-balancer-source-ranges: 10.0.0.0/8\nspec:\n  ports:\n  - port: 80\n';
  assert.equal(
    fixed(annotated, 'load-balancer-source-ranges-annotation', 'Remove the source-ranges annotation'),
    annotated.replace('    service.beta.kubernetes.io/load-balancer-source-ranges: 10.0.0.0/8\n', ''),
  );
  assert.equal(
    fixed(annotated, 'load-balancer-source-ranges-annotation', 'Change type to LoadBalancer'),
    annotated.replace('spec:\n', 'spec:\n  type: LoadBalancer\n'),
  );
});

test('removing the only entry of spec leaves spec: {} and never the spec itself', () => {
  const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  loadBalancerClass: example.com/lb\n';
  assert.equal(
    applyQuickFix(text, 'load-balancer-class', 'Remove loadBalancerClass'),
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  {}\n',
  );
});

test('health-check-node-port: removal offered when it cannot apply', () => {
  const text = service('  type: LoadBalancer\n  healthCheckNodePort: 30100\n  ports:\n  - port: 80\n');
  assert.deepEqual(fixTitles(text, 'health-check-node-port'), ['Remove healthCheckNodePort']);
  assert.equal(fixed(text, 'health-check-node-port'), service('  type: LoadBalancer\n  ports:\n  - port: 80\n'));
  const caseOnly = service('  type: loadbalancer\n  externalTrafficPolicy: local\n  healthCheckNodePort: 30100\n  ports:\n  - port: 80\n');
  assert.deepEqual(fixTitles(caseOnly, 'health-check-node-port'), []);
});
