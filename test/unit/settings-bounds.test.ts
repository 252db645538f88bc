/**
 * Issue 10, item 11: values read from workspace settings had no upper bound (`kubeSvc.maxFileSize` of 1e12 made
 * the server read a 400 MB file). Every setting is bounded in package.json's schema and where settings are read.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import {
  DEFAULT_MAX_DIAGNOSTICS,
  DEFAULT_MAX_FILE_SIZE,
  MAX_DIAGNOSTICS_LIMIT,
  MAX_FILE_SIZE_LIMIT,
  MAX_NODES,
  MAX_RULE_ENTRIES,
  settingsFrom,
} from '../../server/src/core/settings';

interface SchemaProperty {
  readonly type?: string;
  readonly default?: unknown;
  readonly enum?: readonly unknown[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly maxLength?: number;
  readonly maxItems?: number;
  readonly maxProperties?: number;
  readonly additionalProperties?: SchemaProperty | boolean;
  readonly items?: { readonly properties?: Record<string, SchemaProperty> };
}

const PACKAGE = JSON.parse(readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as {
  contributes: { configuration: { properties: Record<string, SchemaProperty> } };
};
const PROPERTIES = PACKAGE.contributes.configuration.properties;

test('every kubeSvc setting in package.json is bounded: numbers have a maximum, strings a length or an enum, lists and maps a size', () => {
  const unbounded: string[] = [];
  for (const [name, schema] of Object.entries(PROPERTIES)) {
    if (schema.type === 'integer' || schema.type === 'number') {
      if (schema.minimum === undefined || schema.maximum === undefined) unbounded.push(name);
    } else if (schema.type === 'string') {
      if (!schema.enum && schema.maxLength === undefined) unbounded.push(name);
    } else if (schema.type === 'array') {
      const items = Object.entries(schema.items?.properties ?? {});
      if (schema.maxItems === undefined || items.some(([, p]) => p.type === 'string' && p.maxLength === undefined)) unbounded.push(name);
    } else if (schema.type === 'object') {
      if (schema.maxProperties === undefined) unbounded.push(name);
    } else if (schema.type !== 'boolean') {
      unbounded.push(`${name} (type ${String(schema.type)})`);
    }
  }
  assert.deepEqual(unbounded, []);
});

test('the bounds of package.json are the ones the server enforces', () => {
  assert.deepEqual(
    [PROPERTIES['kubeSvc.maxFileSize'].default, PROPERTIES['kubeSvc.maxFileSize'].maximum],
    [DEFAULT_MAX_FILE_SIZE, MAX_FILE_SIZE_LIMIT],
  );
  const maxDiagnostics = PROPERTIES['kubeSvc.maxDiagnostics'];
  assert.deepEqual([maxDiagnostics.default, maxDiagnostics.minimum, maxDiagnostics.maximum], [DEFAULT_MAX_DIAGNOSTICS, 1, MAX_DIAGNOSTICS_LIMIT]);
  assert.equal(PROPERTIES['kubeSvc.nodes'].maxItems, MAX_NODES);
  assert.equal(PROPERTIES['kubeSvc.rules'].maxProperties, MAX_RULE_ENTRIES);
});

test('a value over its bound is taken as the bound; what is malformed is ignored', () => {
  assert.equal(settingsFrom({ maxFileSize: 1e12 }).maxFileSize, MAX_FILE_SIZE_LIMIT);
  assert.equal(settingsFrom({ maxFileSize: Number.MAX_SAFE_INTEGER }).maxFileSize, MAX_FILE_SIZE_LIMIT);
  assert.equal(settingsFrom({ maxFileSize: 1e300 }).maxFileSize, DEFAULT_MAX_FILE_SIZE, 'not a safe integer: ignored');
  assert.equal(settingsFrom({ maxFileSize: 2048 }).maxFileSize, 2048);
  assert.equal(settingsFrom({ maxDiagnostics: 1e9 }).maxDiagnostics, MAX_DIAGNOSTICS_LIMIT);
  assert.equal(settingsFrom({ maxDiagnostics: 0 }).maxDiagnostics, DEFAULT_MAX_DIAGNOSTICS);
  assert.equal(settingsFrom({ maxDiagnostics: 2.5 }).maxDiagnostics, DEFAULT_MAX_DIAGNOSTICS);
  assert.equal(settingsFrom({ maxDiagnostics: 50 }).maxDiagnostics, 50);
  assert.equal(settingsFrom({}).maxDiagnostics, DEFAULT_MAX_DIAGNOSTICS);

  const nodes = Array.from({ length: 100_000 }, (_, i) => ({ name: `n${i}`, address: `10.0.${i >> 8 & 255}.${i & 255}` }));
  assert.equal(settingsFrom({ nodes }).nodes.length, MAX_NODES);
  assert.deepEqual(settingsFrom({ nodes: [{ name: 'x'.repeat(10_000), address: '10.0.0.1' }, { address: '10.0.0.2' }] }).nodes, [
    { name: '10.0.0.2', address: '10.0.0.2' },
  ]);

  const rules: Record<string, string> = {};
  for (let i = 0; i < 100_000; i++) rules[`rule-${i}`] = 'off';
  assert.equal(Object.keys(settingsFrom({ rules }).rules).length, MAX_RULE_ENTRIES);

  assert.deepEqual(settingsFrom({ nodePortRange: ` ${'1'.repeat(100_000)}-2` }).nodePortRange, { min: 30000, max: 32767 });
  assert.equal(settingsFrom({ defaultNamespace: `${' '.repeat(100_000)}shop` }).defaultNamespace, '');
});
