import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import {
  canonicalIP,
  inclusiveRangeError,
  ipFamilyOf,
  isDNS1035Label,
  isDNS1123Label,
  isDNS1123Subdomain,
  isInRange,
  isLabelKey,
  isQualifiedName,
  isValidCIDR,
  isValidCIDRForLegacyField,
  isValidIP,
  isValidIPForLegacyField,
  isValidLabelValue,
  isValidPortName,
  isValidPortNum,
  maxLenError,
  nameIsDNS1035Label,
  nameIsDNSLabel,
  nameIsDNSSubdomain,
  parseIP,
  regexError,
  utf8ByteLength,
  validateNonSpecialIP,
} from '../../server/src/core/validation/index.ts';

// Exact upstream messages, spelled out in full so a drift in any helper shows.
const DNS1123_LABEL_MSG =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const DNS1123_SUBDOMAIN_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const DNS1035_LABEL_MSG =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";
const LABEL_KEY_REGEX_MSG =
  "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const LABEL_KEY_SLASHES_MSG =
  'a valid label key ' + LABEL_KEY_REGEX_MSG + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')";
const LABEL_VALUE_MSG =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
const PORT_RANGE_MSG = 'must be between 1 and 65535, inclusive';
const INVALID_IP = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';
const INVALID_CIDR = 'must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)';
const LOOPBACK = 'may not be in the loopback range (127.0.0.0/8, ::1/128)';
const LINK_LOCAL = 'may not be in the link-local range (169.254.0.0/16, fe80::/10)';
const LINK_LOCAL_MULTICAST = 'may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)';

describe('message helpers', () => {
  test('regexError joins examples like upstream (double space before "or")', () => {
    assert.equal(regexError('msg', 'x+'), "msg (regex used for validation is 'x+')");
    assert.equal(regexError('msg', 'x+', 'a'), "msg (e.g. 'a', regex used for validation is 'x+')");
    assert.equal(regexError('msg', 'x+', 'a', 'b'), "msg (e.g. 'a',  or 'b', regex used for validation is 'x+')");
  });

  test('maxLenError and inclusiveRangeError', () => {
    assert.equal(maxLenError(63), 'must be no more than 63 characters');
    assert.equal(maxLenError(63, 'bytes'), 'must be no more than 63 bytes');
    assert.equal(inclusiveRangeError(1, 65535), PORT_RANGE_MSG);
  });

  test('utf8ByteLength counts bytes as Go len() does', () => {
    assert.equal(utf8ByteLength(''), 0);
    assert.equal(utf8ByteLength('abc'), 3);
    assert.equal(utf8ByteLength('ā'), 2);
    assert.equal(utf8ByteLength('€'), 3);
    assert.equal(utf8ByteLength('😀'), 4);
  });
});

describe('isDNS1123Label', () => {
  test('accepts upstream good values', () => {
    for (const v of ['a', 'ab', 'abc', 'a1', 'a-1', 'a--1--2--b', '0', '01', '012', '1a', '1-a', '1--a--b--2', 'a'.repeat(63)]) {
      assert.deepEqual(isDNS1123Label(v), [], v);
    }
  });

  test('rejects upstream bad values', () => {
    const bad = [
      '', 'A', 'ABC', 'aBc', 'A1', 'A-1', '1-A', '-', 'a-', '-a', '1-', '-1',
      '_', 'a_', '_a', 'a_b', '1_', '_1', '1_2', '.', 'a.', '.a', 'a.b', '1.', '.1', '1.2',
      ' ', 'a ', ' a', 'a b', '1 ', ' 1', '1 2', 'a'.repeat(64),
    ];
    for (const v of bad) {
      assert.notDeepEqual(isDNS1123Label(v), [], JSON.stringify(v));
    }
  });

  test('regex message', () => {
    assert.deepEqual(isDNS1123Label('My_Port'), [DNS1123_LABEL_MSG]);
    assert.deepEqual(isDNS1123Label(''), [DNS1123_LABEL_MSG]);
  });

  test('a valid subdomain that is not a label says "must not contain dots"', () => {
    assert.deepEqual(isDNS1123Label('a.b'), ['must not contain dots']);
    assert.deepEqual(isDNS1123Label('1.2'), ['must not contain dots']);
    assert.deepEqual(isDNS1123Label('a.'), [DNS1123_LABEL_MSG]);
  });

  test('70 characters with upper case gives two messages, length first', () => {
    assert.deepEqual(isDNS1123Label('A'.repeat(70)), ['must be no more than 63 characters', DNS1123_LABEL_MSG]);
  });

  test('64 valid characters gives only the length message', () => {
    assert.deepEqual(isDNS1123Label('a'.repeat(64)), ['must be no more than 63 characters']);
  });

  test('long dotted value gives length and dots messages', () => {
    assert.deepEqual(isDNS1123Label('a'.repeat(40) + '.' + 'b'.repeat(40)), [
      'must be no more than 63 characters',
      'must not contain dots',
    ]);
  });

  test('length is measured in UTF-8 bytes', () => {
    // 32 two-byte characters = 64 bytes
    assert.deepEqual(isDNS1123Label('ā'.repeat(32)), ['must be no more than 63 characters', DNS1123_LABEL_MSG]);
    assert.deepEqual(isDNS1123Label('ā'.repeat(31)), [DNS1123_LABEL_MSG]);
  });
});

describe('isDNS1123Subdomain', () => {
  test('accepts upstream good values', () => {
    const good = [
      'a', 'ab', 'abc', 'a1', 'a-1', 'a--1--2--b', '0', '01', '012', '1a', '1-a', '1--a--b--2',
      'a.a', 'ab.a', 'abc.a', 'a1.a', 'a-1.a', 'a--1--2--b.a', 'a.1', 'ab.1', 'abc.1', 'a1.1', 'a-1.1', 'a--1--2--b.1',
      '0.a', '01.a', '012.a', '1a.a', '1-a.a', '0.1', '01.1', '012.1', '1a.1', '1-a.1', '1--a--b--2.1',
      'a.b.c.d.e', 'aa.bb.cc.dd.ee', '1.2.3.4.5', '11.22.33.44.55', 'a'.repeat(253),
    ];
    for (const v of good) {
      assert.deepEqual(isDNS1123Subdomain(v), [], v);
    }
  });

  test('rejects upstream bad values', () => {
    const bad = [
      '', 'A', 'ABC', 'aBc', 'A1', 'A-1', '1-A', '-', 'a-', '-a', '1-', '-1',
      '_', 'a_', '_a', 'a_b', '1_', '_1', '1_2', '.', 'a.', '.a', 'a..b', '1.', '.1', '1..2',
      ' ', 'a ', ' a', 'a b', '1 ', ' 1', '1 2', 'A.a', 'aB.a', 'ab.A', 'A1.a', 'a1.A',
      'A.1', 'aB.1', 'A1.1', '1A.1', '0.A', '01.A', '012.A', '1A.a', '1a.A',
      'A.B.C.D.E', 'AA.BB.CC.DD.EE', 'a.B.c.d.e', 'aa.bB.cc.dd.ee',
      'a@b', 'a,b', 'a_b', 'a;b', 'a:b', 'a%b', 'a?b', 'a$b', 'a'.repeat(254),
    ];
    for (const v of bad) {
      assert.notDeepEqual(isDNS1123Subdomain(v), [], JSON.stringify(v));
    }
  });

  test('exact messages', () => {
    assert.deepEqual(isDNS1123Subdomain('Example.com'), [DNS1123_SUBDOMAIN_MSG]);
    assert.deepEqual(isDNS1123Subdomain('a'.repeat(254)), ['must be no more than 253 characters']);
    assert.deepEqual(isDNS1123Subdomain('A'.repeat(254)), ['must be no more than 253 characters', DNS1123_SUBDOMAIN_MSG]);
    assert.deepEqual(isDNS1123Subdomain('a'.repeat(254), 'bytes'), ['must be no more than 253 bytes']);
  });
});

describe('isDNS1035Label', () => {
  test('accepts upstream good values', () => {
    for (const v of ['a', 'ab', 'abc', 'a1', 'a-1', 'a--1--2--b', 'a'.repeat(63)]) {
      assert.deepEqual(isDNS1035Label(v), [], v);
    }
  });

  test('rejects upstream bad values, including a leading digit', () => {
    const bad = [
      '0', '01', '012', '1a', '1-a', '1--a--b--2', '', 'A', 'ABC', 'aBc', 'A1', 'A-1', '1-A',
      '-', 'a-', '-a', '1-', '-1', '_', 'a_', '_a', 'a_b', '1_', '_1', '1_2',
      '.', 'a.', '.a', 'a.b', '1.', '.1', '1.2', ' ', 'a ', ' a', 'a b', '1 ', ' 1', '1 2', 'a'.repeat(64),
    ];
    for (const v of bad) {
      assert.notDeepEqual(isDNS1035Label(v), [], JSON.stringify(v));
    }
  });

  test('exact messages (no "must not contain dots" special case)', () => {
    assert.deepEqual(isDNS1035Label('1-service'), [DNS1035_LABEL_MSG]);
    assert.deepEqual(isDNS1035Label('a.b'), [DNS1035_LABEL_MSG]);
    assert.deepEqual(isDNS1035Label('a'.repeat(64)), ['must be no more than 63 characters']);
    assert.deepEqual(isDNS1035Label('My-Service-' + 'x'.repeat(60)), ['must be no more than 63 characters', DNS1035_LABEL_MSG]);
  });
});

describe('ValidateNameFunc ports', () => {
  test('nameIsDNS1035Label (Service names)', () => {
    assert.deepEqual(nameIsDNS1035Label('my-svc', false), []);
    assert.deepEqual(nameIsDNS1035Label('my-svc-', false), [DNS1035_LABEL_MSG]);
    assert.deepEqual(nameIsDNS1035Label('9svc', false), [DNS1035_LABEL_MSG]);
  });

  test('generateName: a trailing dash masks the last two characters', () => {
    assert.deepEqual(nameIsDNS1035Label('my-svc-', true), []);
    // "a_-" becomes "a" + "a": the character before the dash is masked too.
    assert.deepEqual(nameIsDNS1035Label('a_-', true), []);
    assert.deepEqual(nameIsDNSSubdomain('web.example-', true), []);
    assert.deepEqual(nameIsDNSLabel('ns-', true), []);
    assert.deepEqual(nameIsDNSLabel('ns.x-', true), ['must not contain dots']);
  });

  test('nameIsDNSSubdomain (Endpoints names) allows dots', () => {
    assert.deepEqual(nameIsDNSSubdomain('my.endpoints', false), []);
    assert.deepEqual(nameIsDNSSubdomain('My.Endpoints', false), [DNS1123_SUBDOMAIN_MSG]);
  });
});

describe('isQualifiedName (label keys)', () => {
  test('accepts upstream success cases', () => {
    const good = [
      'simple', 'now-with-dashes', '1-starts-with-num', '1234', 'simple/simple', 'now-with-dashes/simple',
      'now-with-dashes/now-with-dashes', 'now.with.dots/simple', 'now-with.dashes-and.dots/simple', '1-num.2-num/3-num',
      '1234/5678', '1.2.3.4/5678', 'Uppercase_Is_OK_123', 'example.com/Uppercase_Is_OK_123', 'requests.storage-foo',
      'a'.repeat(63), 'a'.repeat(253) + '/' + 'b'.repeat(63),
    ];
    for (const v of good) {
      assert.deepEqual(isQualifiedName(v), [], v);
    }
  });

  test('rejects upstream error cases', () => {
    const bad = [
      'nospecialchars%^=@', 'cantendwithadash-', '-cantstartwithadash-', 'only/one/slash', 'Example.com/abc',
      'example_com/abc', 'example.com/', '/simple', 'a'.repeat(64), 'a'.repeat(254) + '/abc',
    ];
    for (const v of bad) {
      assert.notDeepEqual(isQualifiedName(v), [], v);
    }
  });

  test('more than one slash', () => {
    assert.deepEqual(isQualifiedName('only/one/slash'), [LABEL_KEY_SLASHES_MSG]);
  });

  test('name part messages', () => {
    assert.deepEqual(isQualifiedName('cantendwithadash-'), ['name part ' + LABEL_KEY_REGEX_MSG]);
    assert.deepEqual(isQualifiedName(''), ['name part must be non-empty', 'name part ' + LABEL_KEY_REGEX_MSG]);
    assert.deepEqual(isQualifiedName('example.com/'), ['name part must be non-empty', 'name part ' + LABEL_KEY_REGEX_MSG]);
    assert.deepEqual(isQualifiedName('a'.repeat(64)), ['name part must be no more than 63 bytes']);
    assert.deepEqual(isQualifiedName('-'.repeat(64)), ['name part must be no more than 63 bytes', 'name part ' + LABEL_KEY_REGEX_MSG]);
  });

  test('prefix part messages', () => {
    assert.deepEqual(isQualifiedName('/simple'), ['prefix part must be non-empty']);
    assert.deepEqual(isQualifiedName('Example.com/abc'), ['prefix part ' + DNS1123_SUBDOMAIN_MSG]);
    assert.deepEqual(isQualifiedName('a'.repeat(254) + '/abc'), ['prefix part must be no more than 253 bytes']);
    assert.deepEqual(isQualifiedName('Example.com/-bad-'), ['prefix part ' + DNS1123_SUBDOMAIN_MSG, 'name part ' + LABEL_KEY_REGEX_MSG]);
  });

  test('isLabelKey is the same function', () => {
    assert.equal(isLabelKey, isQualifiedName);
  });
});

describe('isValidLabelValue', () => {
  test('accepts upstream success cases, including empty', () => {
    for (const v of ['simple', 'now-with-dashes', '1-starts-with-num', 'end-with-num-1', '1234', 'a'.repeat(63), '']) {
      assert.deepEqual(isValidLabelValue(v), [], v);
    }
  });

  test('rejects upstream error cases', () => {
    const bad = [
      'nospecialchars%^=@', 'Tama-nui-te-rā.is.Māori.sun', '\\backslashes\\are\\bad', '-starts-with-dash',
      'ends-with-dash-', '.starts.with.dot', 'ends.with.dot.', 'a'.repeat(64),
    ];
    for (const v of bad) {
      assert.notDeepEqual(isValidLabelValue(v), [], v);
    }
  });

  test('exact messages', () => {
    assert.deepEqual(isValidLabelValue('my value'), [LABEL_VALUE_MSG]);
    assert.deepEqual(isValidLabelValue('a'.repeat(64)), ['must be no more than 63 bytes']);
    assert.deepEqual(isValidLabelValue('a'.repeat(63) + '-'), ['must be no more than 63 bytes', LABEL_VALUE_MSG]);
  });
});

describe('ports', () => {
  test('isValidPortNum', () => {
    for (const p of [1, 2, 1000, 16384, 32768, 65535]) {
      assert.deepEqual(isValidPortNum(p), [], String(p));
    }
    for (const p of [0, -1, 65536, 100000]) {
      assert.deepEqual(isValidPortNum(p), [PORT_RANGE_MSG], String(p));
    }
  });

  test('isInRange', () => {
    assert.deepEqual(isInRange(1, 0, 10), []);
    assert.deepEqual(isInRange(25, 10, 25), []);
    assert.deepEqual(isInRange(1, 2, 10), ['must be between 2 and 10, inclusive']);
    assert.deepEqual(isInRange(5, -4, 2), ['must be between -4 and 2, inclusive']);
  });

  test('isValidPortName accepts upstream good values', () => {
    for (const v of ['telnet', 're-mail-ck', 'pop3', 'a', 'a-1', '1-a', 'a-1-b-2-c', '1-a-2-b-3']) {
      assert.deepEqual(isValidPortName(v), [], v);
    }
  });

  test('isValidPortName: one message per broken rule, upstream order', () => {
    assert.deepEqual(isValidPortName('longerthan15characters'), ['must be no more than 15 characters']);
    assert.deepEqual(isValidPortName('a'.repeat(16)), ['must be no more than 15 characters']);
    assert.deepEqual(isValidPortName('12345'), ['must contain at least one letter (a-z)']);
    assert.deepEqual(isValidPortName('1-2-3-4'), ['must contain at least one letter (a-z)']);
    assert.deepEqual(isValidPortName('-begin'), ['must not begin or end with a hyphen']);
    assert.deepEqual(isValidPortName('end-'), ['must not begin or end with a hyphen']);
    assert.deepEqual(isValidPortName('two--hyphens'), ['must not contain consecutive hyphens']);
    assert.deepEqual(isValidPortName('whois++'), ['must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)']);
    assert.deepEqual(isValidPortName(''), [
      'must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
      'must contain at least one letter (a-z)',
    ]);
    assert.deepEqual(isValidPortName('--HTTP_PORT--1234'), [
      'must be no more than 15 characters',
      'must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
      'must contain at least one letter (a-z)',
      'must not contain consecutive hyphens',
      'must not begin or end with a hyphen',
    ]);
  });
});

describe('parseIP / ipFamilyOf / canonicalIP', () => {
  test('IPv4, with sloppy leading zeros', () => {
    assert.deepEqual(parseIP('10.9.8.7'), { family: 4, bytes: [10, 9, 8, 7], ipv4Mapped: false });
    assert.deepEqual(parseIP('010.001.002.003'), { family: 4, bytes: [10, 1, 2, 3], ipv4Mapped: false });
    assert.deepEqual(parseIP('0000000001.2.3.4'), { family: 4, bytes: [1, 2, 3, 4], ipv4Mapped: false });
    assert.equal(canonicalIP('010.001.002.003'), '10.1.2.3');
  });

  test('IPv4-mapped IPv6 is family 4', () => {
    assert.deepEqual(parseIP('::ffff:1.2.3.4'), { family: 4, bytes: [1, 2, 3, 4], ipv4Mapped: true });
    assert.deepEqual(parseIP('::ffff:102:304'), { family: 4, bytes: [1, 2, 3, 4], ipv4Mapped: true });
    assert.equal(ipFamilyOf('::ffff:1.2.3.4'), 'IPv4');
    assert.equal(canonicalIP('::FFFF:1.2.3.4'), '1.2.3.4');
  });

  test('IPv6 forms', () => {
    assert.deepEqual(parseIP('::1')?.bytes, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    assert.deepEqual(parseIP('2001:db8::ffff')?.bytes, [0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff]);
    assert.equal(parseIP('::1.2.3.4')?.family, 6); // IPv4-compatible, not mapped
    assert.equal(canonicalIP('::1.2.3.4'), '::102:304');
    assert.equal(canonicalIP('1:2:3:4:5:6:7.8.9.10'), '1:2:3:4:5:6:708:90a');
    assert.equal(canonicalIP('FE80:0:0:0:0:0:0:0ABC'), 'fe80::abc');
    assert.equal(canonicalIP('1:0:0:1:0:0:0:1'), '1:0:0:1::1');
    assert.equal(canonicalIP('1:0:0:0:1:0:0:1'), '1::1:0:0:1');
    assert.equal(canonicalIP('1:0:1:1:1:1:1:1'), '1:0:1:1:1:1:1:1');
    assert.equal(canonicalIP('00001::'), '1::'); // sloppy allows long hex groups
    assert.equal(ipFamilyOf('fe80::1'), 'IPv6');
  });

  test('rejected forms', () => {
    const bad = [
      '', 'aaaaaaa', 'myhost.mydomain', '1.2.3.0/24', '1.2.3.400', '-1.0.0.0', '2001:db8::10005', '1.2.3.4:80',
      '[2001:db8::1]', '[2001:db8::1]:80', 'example.com:80', '1234::abcd%eth0', '169.254.0.0%eth0', '1.2.3', '1.2.3.4.',
      '1.2.3.4.5', '1::2::3', ':1::', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7:8::', '::ffff:1.2.3', '1.2.3.4::', ' 1.2.3.4',
      '1:2:3:4:5:6:7', '1:2:3:4:5:6:1.2.3.4:5',
    ];
    for (const v of bad) {
      assert.equal(parseIP(v), undefined, JSON.stringify(v));
      assert.equal(ipFamilyOf(v), undefined, JSON.stringify(v));
    }
  });
});

describe('isValidIPForLegacyField', () => {
  const cases: ReadonlyArray<{ in: string; legacy: string[]; strict: string[] }> = [
    { in: '1.2.3.4', legacy: [], strict: [] },
    { in: '0.0.0.0', legacy: [], strict: [] },
    { in: '255.255.255.255', legacy: [], strict: [] },
    { in: '1234::abcd', legacy: [], strict: [] },
    { in: '::', legacy: [], strict: [] },
    { in: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', legacy: [], strict: [] },
    // non-canonical IPv6 is fine for legacy fields
    { in: '0:0:0:0:0:0:0:0', legacy: [], strict: [] },
    { in: '0001:002:03:4::', legacy: [], strict: [] },
    { in: '1234::ABCD', legacy: [], strict: [] },
    // good with legacy validation, bad with strict validation
    { in: '1.1.1.01', legacy: [], strict: ['must not have leading 0s'] },
    { in: '::ffff:1.1.1.1', legacy: [], strict: ['must not be an IPv4-mapped IPv6 address'] },
    { in: '::ffff:101:101', legacy: [], strict: ['must not be an IPv4-mapped IPv6 address'] },
    { in: '::ffff:01.1.1.1', legacy: [], strict: ['must not have leading 0s'] },
    { in: '00001::1', legacy: [], strict: ['must not have leading 0s'] },
    // bad values
    { in: '', legacy: [INVALID_IP], strict: [INVALID_IP] },
    { in: 'aaaaaaa', legacy: [INVALID_IP], strict: [INVALID_IP] },
    { in: '1.2.3.400', legacy: [INVALID_IP], strict: [INVALID_IP] },
    { in: '1234::abcd%eth0', legacy: [INVALID_IP], strict: [INVALID_IP] },
    { in: '169.254.0.0%eth0', legacy: [INVALID_IP], strict: [INVALID_IP] },
    { in: '[2001:db8::1]', legacy: [INVALID_IP], strict: [INVALID_IP] },
  ];

  test('without strict validation (StrictIPCIDRValidation off)', () => {
    for (const c of cases) {
      assert.deepEqual(isValidIPForLegacyField(c.in, false), c.legacy, c.in);
    }
  });

  test('with strict validation (default)', () => {
    for (const c of cases) {
      assert.deepEqual(isValidIPForLegacyField(c.in), c.strict, c.in);
      assert.deepEqual(isValidIPForLegacyField(c.in, true), c.strict, c.in);
    }
  });

  test('values already in the old object are accepted unchecked', () => {
    const old = cases.filter((c) => c.strict.length > 0).map((c) => c.in);
    for (const v of old) {
      assert.deepEqual(isValidIPForLegacyField(v, true, old), [], v);
    }
    assert.deepEqual(isValidIPForLegacyField('1.1.1.01', true, ['1.1.1.1']), ['must not have leading 0s']);
  });
});

describe('isValidIP (strict, canonical)', () => {
  test('upstream cases', () => {
    const cases: ReadonlyArray<[string, string[]]> = [
      ['1.2.3.4', []],
      ['0.0.0.0', []],
      ['255.255.255.255', []],
      ['1234::abcd', []],
      ['::', []],
      ['ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', []],
      ['0:0:0:0:0:0:0:0', ['must be in canonical form ("::")']],
      ['0001:002:03:4::', ['must be in canonical form ("1:2:3:4::")']],
      ['1234::ABCD', ['must be in canonical form ("1234::abcd")']],
      ['2001:db8:0:0::2', ['must be in canonical form ("2001:db8::2")']],
      ['1.1.1.01', ['must not have leading 0s']],
      ['::ffff:1.1.1.1', ['must not be an IPv4-mapped IPv6 address']],
      ['', [INVALID_IP]],
      ['aaaaaaa', [INVALID_IP]],
      ['myhost.mydomain', [INVALID_IP]],
      ['1.2.3.0/24', [INVALID_IP]],
      ['1.2.3.400', [INVALID_IP]],
      ['-1.0.0.0', [INVALID_IP]],
      ['2001:db8::10005', [INVALID_IP]],
      ['1.2.3.4:80', [INVALID_IP]],
      ['[2001:db8::1]', [INVALID_IP]],
      ['[2001:db8::1]:80', [INVALID_IP]],
      ['example.com:80', [INVALID_IP]],
      ['1234::abcd%eth0', [INVALID_IP]],
      ['169.254.0.0%eth0', [INVALID_IP]],
    ];
    for (const [input, want] of cases) {
      assert.deepEqual(isValidIP(input), want, input);
    }
  });
});

describe('CIDR validation', () => {
  const cases: ReadonlyArray<{ in: string; err: string[]; legacy: string[]; strict: string[] }> = [
    { in: '1.0.0.0/8', err: [], legacy: [], strict: [] },
    { in: '0.0.0.0/0', err: [], legacy: [], strict: [] },
    { in: '1.1.1.1/32', err: [], legacy: [], strict: [] },
    { in: '2001:4860:4860::/48', err: [], legacy: [], strict: [] },
    { in: '::/0', err: [], legacy: [], strict: [] },
    { in: '::1/128', err: [], legacy: [], strict: [] },
    { in: '2a00:79e0:2:0::/64', err: ['must be in canonical form ("2a00:79e0:2::/64")'], legacy: [], strict: [] },
    { in: '2001:DB8::/64', err: ['must be in canonical form ("2001:db8::/64")'], legacy: [], strict: [] },
    {
      in: '1.1.01.0/24',
      err: ['must not have leading 0s in IP or prefix length'],
      legacy: [],
      strict: ['must not have leading 0s in IP or prefix length'],
    },
    {
      in: '::ffff:1.1.1.0/24',
      err: ['must not have an IPv4-mapped IPv6 address'],
      legacy: [],
      strict: ['must not have an IPv4-mapped IPv6 address'],
    },
    {
      in: '::ffff:1.1.1.0/120',
      err: ['must not have an IPv4-mapped IPv6 address'],
      legacy: [],
      strict: ['must not have an IPv4-mapped IPv6 address'],
    },
    {
      in: '1.2.3.4/24',
      err: ['must not have bits set beyond the prefix length'],
      legacy: [],
      strict: ['must not have bits set beyond the prefix length'],
    },
    {
      in: '2001:db8::1/64',
      err: ['must not have bits set beyond the prefix length'],
      legacy: [],
      strict: ['must not have bits set beyond the prefix length'],
    },
    {
      in: '192.168.0.0/016',
      err: ['must not have leading 0s in IP or prefix length'],
      legacy: [],
      strict: ['must not have leading 0s in IP or prefix length'],
    },
    { in: '', err: [INVALID_CIDR], legacy: [INVALID_CIDR], strict: [INVALID_CIDR] },
    { in: 'aaaaaaa', err: [INVALID_CIDR], legacy: [INVALID_CIDR], strict: [INVALID_CIDR] },
    { in: '1.2.3.4', err: [INVALID_CIDR], legacy: [INVALID_CIDR], strict: [INVALID_CIDR] },
    { in: '192.168.0.1/healthz', err: [INVALID_CIDR], legacy: [INVALID_CIDR], strict: [INVALID_CIDR] },
    { in: '192.168.0.1/0/99', err: [INVALID_CIDR], legacy: [INVALID_CIDR], strict: [INVALID_CIDR] },
    { in: '192.168.0.0/-16', err: [INVALID_CIDR], legacy: [INVALID_CIDR], strict: [INVALID_CIDR] },
    { in: '192.168.0.0/+16', err: [INVALID_CIDR], legacy: [INVALID_CIDR], strict: [INVALID_CIDR] },
    { in: '10.0.0.0/33', err: [INVALID_CIDR], legacy: [INVALID_CIDR], strict: [INVALID_CIDR] },
    { in: '2001:db8::/129', err: [INVALID_CIDR], legacy: [INVALID_CIDR], strict: [INVALID_CIDR] },
    { in: '10.0.0.0/', err: [INVALID_CIDR], legacy: [INVALID_CIDR], strict: [INVALID_CIDR] },
    { in: ' 10.0.0.0/8', err: [INVALID_CIDR], legacy: [INVALID_CIDR], strict: [INVALID_CIDR] },
    { in: 'fe80::/10%eth0', err: [INVALID_CIDR], legacy: [INVALID_CIDR], strict: [INVALID_CIDR] },
  ];

  test('isValidCIDR', () => {
    for (const c of cases) {
      assert.deepEqual(isValidCIDR(c.in), c.err, c.in);
    }
  });

  test('isValidCIDRForLegacyField without strict validation', () => {
    for (const c of cases) {
      assert.deepEqual(isValidCIDRForLegacyField(c.in, false), c.legacy, c.in);
    }
  });

  test('isValidCIDRForLegacyField with strict validation', () => {
    for (const c of cases) {
      assert.deepEqual(isValidCIDRForLegacyField(c.in, true), c.strict, c.in);
    }
  });

  test('old values are accepted unchecked', () => {
    assert.deepEqual(isValidCIDRForLegacyField('1.2.3.4/24', true, ['1.2.3.4/24']), []);
  });
});

describe('validateNonSpecialIP', () => {
  test('ordinary addresses pass', () => {
    for (const v of ['10.1.2.3', '192.168.0.1', '8.8.8.8', '2001:db8::1', '224.0.1.1', 'ff05::1', 'fec0::1', '010.001.002.003']) {
      assert.deepEqual(validateNonSpecialIP(v), [], v);
    }
  });

  test('unspecified quotes the value as written', () => {
    assert.deepEqual(validateNonSpecialIP('0.0.0.0'), ['may not be unspecified (0.0.0.0)']);
    assert.deepEqual(validateNonSpecialIP('::'), ['may not be unspecified (::)']);
    assert.deepEqual(validateNonSpecialIP('0:0::0'), ['may not be unspecified (0:0::0)']);
    assert.deepEqual(validateNonSpecialIP('000.0.0.0'), ['may not be unspecified (000.0.0.0)']);
    assert.deepEqual(validateNonSpecialIP('::ffff:0.0.0.0'), ['may not be unspecified (::ffff:0.0.0.0)']);
  });

  test('loopback', () => {
    for (const v of ['127.0.0.1', '127.255.0.9', '::1', '::ffff:127.0.0.1', '0:0:0:0:0:0:0:1']) {
      assert.deepEqual(validateNonSpecialIP(v), [LOOPBACK], v);
    }
    assert.deepEqual(validateNonSpecialIP('::127.0.0.1'), []); // IPv4-compatible, not loopback
  });

  test('link-local unicast', () => {
    for (const v of ['169.254.169.254', '169.254.0.0', 'fe80::1', 'FE80::abcd', 'febf:ffff::1']) {
      assert.deepEqual(validateNonSpecialIP(v), [LINK_LOCAL], v);
    }
  });

  test('link-local multicast (Go checks only the scope nibble of IPv6)', () => {
    for (const v of ['224.0.0.1', '224.0.0.255', 'ff02::1', 'ff12::1:2', 'ff32::1']) {
      assert.deepEqual(validateNonSpecialIP(v), [LINK_LOCAL_MULTICAST], v);
    }
  });

  test('unparseable', () => {
    assert.deepEqual(validateNonSpecialIP('not-an-ip'), ['must be a valid IP address']);
    assert.deepEqual(validateNonSpecialIP('fe80::1%eth0'), ['must be a valid IP address']);
  });
});
