import assert from 'node:assert/strict';
import { test } from 'node:test';
import { topologyModeAnnotation } from './check';
import { PORTS, runRule, service } from '../../../../../test/unit/rules/rule-harness';

const MODE = 'service.kubernetes.io/topology-mode';
const HINTS = 'service.kubernetes.io/topology-aware-hints';

function withAnnotations(annotations: string): string {
  return service(PORTS, `  name: web\n  annotations:\n${annotations}`);
}

test('topology-mode-annotation: either annotation alone is fine', () => {
  assert.deepEqual(runRule(topologyModeAnnotation, withAnnotations(`    ${MODE}: Auto`)), []);
  assert.deepEqual(runRule(topologyModeAnnotation, withAnnotations(`    ${HINTS}: auto`)), []);
});

test('topology-mode-annotation: both with the same value are fine', () => {
  assert.deepEqual(runRule(topologyModeAnnotation, withAnnotations(`    ${MODE}: Auto\n    ${HINTS}: Auto`)), []);
});

test('topology-mode-annotation: different values are Invalid on the topology-mode annotation', () => {
  assert.deepEqual(runRule(topologyModeAnnotation, withAnnotations(`    ${HINTS}: auto\n    ${MODE}: Auto`)), [
    {
      field: `metadata.annotations[${MODE}]`,
      type: 'Invalid',
      message:
        `metadata.annotations[${MODE}]: Invalid value: "Auto": must match annotations[${HINTS}] when both are specified` +
        ` — give both annotations the same value, or remove the deprecated ${HINTS}`,
      text: 'Auto',
    },
  ]);
});

test('topology-mode-annotation: an empty value still counts as set', () => {
  assert.deepEqual(
    runRule(topologyModeAnnotation, withAnnotations(`    ${MODE}:\n    ${HINTS}: auto`)).map((hit) => [
      hit.message.split(' — ')[0],
      hit.text,
    ]),
    [[`metadata.annotations[${MODE}]: Invalid value: "": must match annotations[${HINTS}] when both are specified`, `${MODE}:`]],
  );
  assert.deepEqual(runRule(topologyModeAnnotation, withAnnotations(`    ${MODE}: ""\n    ${HINTS}:`)), []);
});

test('topology-mode-annotation: not applied to Endpoints', () => {
  const yaml = `apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: web\n  annotations:\n    ${MODE}: a\n    ${HINTS}: b\nsubsets: []\n`;
  assert.deepEqual(runRule(topologyModeAnnotation, yaml), []);
});

test('topology-mode-annotation: a value of the wrong YAML type is left to the decoder', () => {
  assert.deepEqual(runRule(topologyModeAnnotation, withAnnotations(`    ${MODE}: true\n    ${HINTS}: auto`)), []);
});
