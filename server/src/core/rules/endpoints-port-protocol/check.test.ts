import assert from 'node:assert/strict';
import { test } from 'node:test';
import { endpointsPortProtocol } from './check';
import { endpoints, subsetWith } from '../../../../../test/unit/rules/endpoints-manifest';
import { runRule } from '../../../../../test/unit/rules/rule-harness';

const rule = endpointsPortProtocol;
const SUPPORTED = 'supported values: "SCTP", "TCP", "UDP"';
const ADVICE = 'use TCP, UDP or SCTP, in upper case';

function withProtocol(protocol: string): string {
  return endpoints(subsetWith(`  ports:\n  - name: a\n    port: 93\n    protocol: ${protocol}`));
}

test('endpoints-port-protocol: TCP, UDP and SCTP pass', () => {
  for (const protocol of ['TCP', 'UDP', 'SCTP']) assert.deepEqual(runRule(rule, withProtocol(protocol)), [], protocol);
});

test('endpoints-port-protocol: an empty or missing protocol is defaulted to TCP, so never Required', () => {
  assert.deepEqual(runRule(rule, withProtocol('""')), []);
  assert.deepEqual(runRule(rule, withProtocol('~')), []);
  assert.deepEqual(runRule(rule, endpoints(subsetWith('  ports:\n  - name: a\n    port: 93'))), []);
});

test('endpoints-port-protocol: anything else is NotSupported, case-sensitively', () => {
  for (const protocol of ['Protocol', 'tcp', 'HTTP']) {
    assert.deepEqual(
      runRule(rule, withProtocol(protocol)),
      [
        {
          field: 'subsets[0].ports[0].protocol',
          type: 'NotSupported',
          message: `subsets[0].ports[0].protocol: Unsupported value: "${protocol}": ${SUPPORTED} — ${ADVICE}`,
          text: protocol,
        },
      ],
      protocol,
    );
  }
});

test('endpoints-port-protocol: a protocol of the wrong YAML type is a decode error, not this one', () => {
  assert.deepEqual(runRule(rule, withProtocol('6')), []);
});
