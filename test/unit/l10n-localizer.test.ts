/** The core's Localizer: @vscode/l10n's formatting, the Korean bundle, English for what has no translation. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as vscodeL10n from '@vscode/l10n';
import { formatMessage } from '../../server/src/core/l10n/format';
import { ENGLISH, localizer } from '../../server/src/core/l10n';
import { assertSameIds, assertSameValues } from './l10n/l10n-parity';

test('formatMessage fills {0} and {name} as @vscode/l10n does, and leaves other braces', () => {
  const cases: [string, readonly (string | number | boolean)[] | Record<string, string | number>][] = [
    ['port {0} of {1}', [80, 'web']],
    ['{1} before {0}, {0} again', ['a', 'b']],
    ['{missing} and {2} stay', ['x']],
    ['{name} in {namespace}', { name: 'db', namespace: 'shop' }],
    ['no placeholders {}', []],
    ['flag {0}', [false]],
  ];
  for (const [message, args] of cases) {
    // Unconfigured, @vscode/l10n's t() only formats: the reference for the core's formatter.
    const reference = Array.isArray(args) ? vscodeL10n.t(message, ...args) : vscodeL10n.t(message, args as Record<string, string>);
    assert.equal(formatMessage(message, args), reference, message);
  }
});

test('the Korean localizer translates from the bundle and formats the values; English formats the id', () => {
  const ko = localizer('ko');
  assert.equal(ko.t('Service "{0}" has no port {1} ({2})', 'web', 8080, 'it has no ports'), 'Service "web"에 8080번 포트가 없습니다(it has no ports)');
  assert.equal(ENGLISH.t('Service "{0}" has no port {1} ({2})', 'web', 8080, 'x'), 'Service "web" has no port 8080 (x)');
  assert.equal(ko.t('a message no bundle has: {0}', 1), 'a message no bundle has: 1', 'untranslated: the English');
  assert.equal(localizer('ko'), ko, 'one localizer per language');
});

test('the parity check fails for a server message id in one language only, and for a lost value', () => {
  const english = { 'Service "{0}" has no port {1} ({2})': 'Service "{0}" has no port {1} ({2})', 'a made-up server id {0}': 'a made-up server id {0}' };
  const korean = { 'Service "{0}" has no port {1} ({2})': 'Service "{0}"에 {1}번 포트가 없습니다({2})' };
  assert.throws(() => assertSameIds({ english, korean }), /"a made-up server id \{0\}" is in english but not in korean/);
  assert.throws(() => assertSameIds({ english: korean, korean: english }), /a made-up server id/, 'either way round');
  const generic = { ...korean, 'a made-up server id {0}': '만든 서버 메시지' };
  assertSameIds({ english, korean: generic });
  assert.throws(() => assertSameValues(english, generic, 'Korean'), /a made-up server id \{0\}: English has \["\{0\}"\], Korean \[\]/);
});
