import assert from 'node:assert/strict';
import { test } from 'node:test';
import { endpointsPortNumber } from './check';
import { endpoints, subsetWith } from '../../../../../test/unit/rules/endpoints-manifest';
import { runRule } from '../../../../../test/unit/rules/rule-harness';

const rule = endpointsPortNumber;
const DETAIL = 'must be between 1 and 65535, inclusive';
const ADVICE = 'set port to the number the backends listen on, from 1 to 65535';

function withPort(lines: string): string {
  return endpoints(subsetWith(`  ports:\n  - name: a\n${lines}`));
}

test('endpoints-port-number: 1..65535 pass', () => {
  for (const port of ['1', '93', '65535', '0x50']) {
    assert.deepEqual(runRule(rule, withPort(`    port: ${port}`)), [], port);
  }
});

test('endpoints-port-number: out of range is Invalid, the value printed as a number', () => {
  for (const port of ['66000', '0', '-1']) {
    assert.deepEqual(
      runRule(rule, withPort(`    port: ${port}\n    protocol: TCP`)),
      [
        {
          field: 'subsets[0].ports[0].port',
          type: 'Invalid',
          message: `subsets[0].ports[0].port: Invalid value: ${port}: ${DETAIL} — ${ADVICE}`,
          text: port,
        },
      ],
      port,
    );
  }
});

test('endpoints-port-number: a missing port is 0, reported on the port item; a null one on its key', () => {
  assert.deepEqual(runRule(rule, withPort('    protocol: TCP')), [
    {
      field: 'subsets[0].ports[0].port',
      type: 'Invalid',
      message: `subsets[0].ports[0].port: Invalid value: 0: ${DETAIL} — ${ADVICE}`,
      text: 'name: a\n    protocol: TCP',
    },
  ]);
  assert.deepEqual(
    runRule(rule, withPort('    port:\n    protocol: TCP')).map((h) => h.text),
    ['port:'],
  );
});

test('endpoints-port-number: values the decoder refuses (string, fraction, beyond int32) are not this rule', () => {
  for (const port of ['"80"', '80.5', '3000000000', 'http']) {
    assert.deepEqual(runRule(rule, withPort(`    port: ${port}`)), [], port);
  }
});

test('endpoints-port-number: every subset and port is checked, in order', () => {
  const yaml = endpoints(
    `${subsetWith('  ports:\n  - {name: a, port: 0}\n  - {name: b, port: 80}')}\n` +
      subsetWith('  ports:\n  - {port: 70000}'),
  );
  assert.deepEqual(
    runRule(rule, yaml).map((h) => h.field),
    ['subsets[0].ports[0].port', 'subsets[1].ports[0].port'],
  );
});
