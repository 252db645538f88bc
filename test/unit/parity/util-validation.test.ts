/**
 * Parity with the name and IP helpers' own upstream tests, run against our ports in server/src/core/validation:
 *  - staging/src/k8s.io/apimachinery/pkg/util/validation/validation_test.go (TestIsDNS1123Label,
 *    TestIsDNS1123Subdomain, TestIsDNS1035Label, TestIsValidPortNum, TestIsInRange, TestIsValidPortName,
 *    TestIsQualifiedName, TestIsValidLabelValue);
 *  - staging/src/k8s.io/apimachinery/pkg/util/validation/ip_test.go (TestIsValidIP, TestIsValidCIDR).
 * Upstream asserts "no messages" / "some messages" (and, for IPs and CIDRs, one message containing a given text).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  isDNS1035Label,
  isDNS1123Label,
  isDNS1123Subdomain,
  isInRange,
  isQualifiedName,
  isValidCIDR,
  isValidCIDRForLegacyField,
  isValidIP,
  isValidIPForLegacyField,
  isValidLabelValue,
  isValidPortName,
  isValidPortNum,
} from '../../../server/src/core/validation';

function good<T>(fn: (v: T) => string[], values: readonly T[]): void {
  for (const v of values) assert.deepEqual(fn(v), [], `expected ${JSON.stringify(v)} to be valid`);
}

function bad<T>(fn: (v: T) => string[], values: readonly T[]): void {
  for (const v of values) assert.notEqual(fn(v).length, 0, `expected ${JSON.stringify(v)} to be invalid`);
}

describe('parity: TestIsDNS1123Label', () => {
  test('good values', () =>
    good(isDNS1123Label, ['a', 'ab', 'abc', 'a1', 'a-1', 'a--1--2--b', '0', '01', '012', '1a', '1-a', '1--a--b--2', 'a'.repeat(63)]));
  test('bad values', () =>
    bad(isDNS1123Label, [
      '', 'A', 'ABC', 'aBc', 'A1', 'A-1', '1-A',
      '-', 'a-', '-a', '1-', '-1',
      '_', 'a_', '_a', 'a_b', '1_', '_1', '1_2',
      '.', 'a.', '.a', 'a.b', '1.', '.1', '1.2',
      ' ', 'a ', ' a', 'a b', '1 ', ' 1', '1 2',
      'a'.repeat(64),
    ]));
});

describe('parity: TestIsDNS1123Subdomain', () => {
  test('good values', () =>
    good(isDNS1123Subdomain, [
      'a', 'ab', 'abc', 'a1', 'a-1', 'a--1--2--b',
      '0', '01', '012', '1a', '1-a', '1--a--b--2',
      'a.a', 'ab.a', 'abc.a', 'a1.a', 'a-1.a', 'a--1--2--b.a',
      'a.1', 'ab.1', 'abc.1', 'a1.1', 'a-1.1', 'a--1--2--b.1',
      '0.a', '01.a', '012.a', '1a.a', '1-a.a', '1--a--b--2',
      '0.1', '01.1', '012.1', '1a.1', '1-a.1', '1--a--b--2.1',
      'a.b.c.d.e', 'aa.bb.cc.dd.ee', '1.2.3.4.5', '11.22.33.44.55',
      'a'.repeat(253),
    ]));
  test('bad values', () =>
    bad(isDNS1123Subdomain, [
      '', 'A', 'ABC', 'aBc', 'A1', 'A-1', '1-A',
      '-', 'a-', '-a', '1-', '-1',
      '_', 'a_', '_a', 'a_b', '1_', '_1', '1_2',
      '.', 'a.', '.a', 'a..b', '1.', '.1', '1..2',
      ' ', 'a ', ' a', 'a b', '1 ', ' 1', '1 2',
      'A.a', 'aB.a', 'ab.A', 'A1.a', 'a1.A',
      'A.1', 'aB.1', 'A1.1', '1A.1',
      '0.A', '01.A', '012.A', '1A.a', '1a.A',
      'A.B.C.D.E', 'AA.BB.CC.DD.EE', 'a.B.c.d.e', 'aa.bB.cc.dd.ee',
      'a@b', 'a,b', 'a_b', 'a;b',
      'a:b', 'a%b', 'a?b', 'a$b',
      'a'.repeat(254),
    ]));
});

describe('parity: TestIsDNS1035Label', () => {
  test('good values', () => good(isDNS1035Label, ['a', 'ab', 'abc', 'a1', 'a-1', 'a--1--2--b', 'a'.repeat(63)]));
  test('bad values', () =>
    bad(isDNS1035Label, [
      '0', '01', '012', '1a', '1-a', '1--a--b--2',
      '', 'A', 'ABC', 'aBc', 'A1', 'A-1', '1-A',
      '-', 'a-', '-a', '1-', '-1',
      '_', 'a_', '_a', 'a_b', '1_', '_1', '1_2',
      '.', 'a.', '.a', 'a.b', '1.', '.1', '1.2',
      ' ', 'a ', ' a', 'a b', '1 ', ' 1', '1 2',
      'a'.repeat(64),
    ]));
});

describe('parity: TestIsValidPortNum', () => {
  test('good values', () => good(isValidPortNum, [1, 2, 1000, 16384, 32768, 65535]));
  test('bad values', () => bad(isValidPortNum, [0, -1, 65536, 100000]));
});

describe('parity: TestIsInRange', () => {
  test('good values', () => {
    for (const [v, min, max] of [[1, 0, 10], [5, 5, 20], [25, 10, 25]] as const) {
      assert.deepEqual(isInRange(v, min, max), []);
    }
  });
  test('bad values', () => {
    for (const [v, min, max] of [[1, 2, 10], [5, -4, 2], [25, 100, 120]] as const) {
      assert.notEqual(isInRange(v, min, max).length, 0);
    }
  });
});

describe('parity: TestIsValidPortName', () => {
  test('good values', () =>
    good(isValidPortName, ['telnet', 're-mail-ck', 'pop3', 'a', 'a-1', '1-a', 'a-1-b-2-c', '1-a-2-b-3']));
  test('bad values', () =>
    bad(isValidPortName, ['longerthan15characters', '', 'a'.repeat(16), '12345', '1-2-3-4', '-begin', 'end-', 'two--hyphens', 'whois++']));
});

describe('parity: TestIsQualifiedName', () => {
  test('success cases', () =>
    good(isQualifiedName, [
      'simple',
      'now-with-dashes',
      '1-starts-with-num',
      '1234',
      'simple/simple',
      'now-with-dashes/simple',
      'now-with-dashes/now-with-dashes',
      'now.with.dots/simple',
      'now-with.dashes-and.dots/simple',
      '1-num.2-num/3-num',
      '1234/5678',
      '1.2.3.4/5678',
      'Uppercase_Is_OK_123',
      'example.com/Uppercase_Is_OK_123',
      'requests.storage-foo',
      'a'.repeat(63),
      'a'.repeat(253) + '/' + 'b'.repeat(63),
    ]));
  test('error cases', () =>
    bad(isQualifiedName, [
      'nospecialchars%^=@',
      'cantendwithadash-',
      '-cantstartwithadash-',
      'only/one/slash',
      'Example.com/abc',
      'example_com/abc',
      'example.com/',
      '/simple',
      'a'.repeat(64),
      'a'.repeat(254) + '/abc',
    ]));
});

describe('parity: TestIsValidLabelValue', () => {
  test('success cases', () =>
    good(isValidLabelValue, ['simple', 'now-with-dashes', '1-starts-with-num', 'end-with-num-1', '1234', 'a'.repeat(63), '']));
  test('error cases', () =>
    bad(isValidLabelValue, [
      'nospecialchars%^=@',
      'Tama-nui-te-rā.is.Māori.sun',
      '\\backslashes\\are\\bad',
      '-starts-with-dash',
      'ends-with-dash-',
      '.starts.with.dot',
      'ends.with.dot.',
      'a'.repeat(64),
    ]));
});

/** One row of TestIsValidIP / TestIsValidCIDR: '' means valid, else the single message must contain the text. */
interface AddressCase {
  readonly name: string;
  readonly in: string;
  readonly err?: string;
  readonly legacyErr?: string;
  readonly legacyStrictErr?: string;
}

const BAD_IP = 'must be a valid IP address';
const badIP = (name: string, value: string): AddressCase => ({
  name,
  in: value,
  err: BAD_IP,
  legacyErr: BAD_IP,
  legacyStrictErr: BAD_IP,
});

const ipCases: AddressCase[] = [
  { name: 'ipv4', in: '1.2.3.4' },
  { name: 'ipv4, all zeros', in: '0.0.0.0' },
  { name: 'ipv4, max', in: '255.255.255.255' },
  { name: 'ipv6', in: '1234::abcd' },
  { name: 'ipv6, all zeros, collapsed', in: '::' },
  { name: 'ipv6, max', in: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff' },
  { name: 'ipv6, all zeros, expanded (non-canonical)', in: '0:0:0:0:0:0:0:0', err: 'must be in canonical form ("::")' },
  { name: 'ipv6, leading 0s (non-canonical)', in: '0001:002:03:4::', err: 'must be in canonical form ("1:2:3:4::")' },
  { name: 'ipv6, capital letters (non-canonical)', in: '1234::ABCD', err: 'must be in canonical form ("1234::abcd")' },
  { name: 'ipv4 with leading 0s', in: '1.1.1.01', err: 'must not have leading 0s', legacyStrictErr: 'must not have leading 0s' },
  {
    name: 'ipv4-in-ipv6 value',
    in: '::ffff:1.1.1.1',
    err: 'must not be an IPv4-mapped IPv6 address',
    legacyStrictErr: 'must not be an IPv4-mapped IPv6 address',
  },
  badIP('empty string', ''),
  badIP('junk', 'aaaaaaa'),
  badIP('domain name', 'myhost.mydomain'),
  badIP('cidr', '1.2.3.0/24'),
  badIP('ipv4 with out-of-range octets', '1.2.3.400'),
  badIP('ipv4 with negative octets', '-1.0.0.0'),
  badIP('ipv6 with out-of-range segment', '2001:db8::10005'),
  badIP('ipv4:port', '1.2.3.4:80'),
  badIP('ipv6 with brackets', '[2001:db8::1]'),
  badIP('[ipv6]:port', '[2001:db8::1]:80'),
  badIP('host:port', 'example.com:80'),
  badIP('ipv6 with zone', '1234::abcd%eth0'),
  badIP('ipv4 with zone', '169.254.0.0%eth0'),
];

const BAD_CIDR = 'must be a valid CIDR value';
const badCIDR = (name: string, value: string): AddressCase => ({
  name,
  in: value,
  err: BAD_CIDR,
  legacyErr: BAD_CIDR,
  legacyStrictErr: BAD_CIDR,
});

const cidrCases: AddressCase[] = [
  { name: 'ipv4', in: '1.0.0.0/8' },
  { name: 'ipv4, all IPs', in: '0.0.0.0/0' },
  { name: 'ipv4, single IP', in: '1.1.1.1/32' },
  { name: 'ipv6', in: '2001:4860:4860::/48' },
  { name: 'ipv6, all IPs', in: '::/0' },
  { name: 'ipv6, single IP', in: '::1/128' },
  { name: 'ipv6, extra 0s (non-canonical)', in: '2a00:79e0:2:0::/64', err: 'must be in canonical form ("2a00:79e0:2::/64")' },
  { name: 'ipv6, capital letters (non-canonical)', in: '2001:DB8::/64', err: 'must be in canonical form ("2001:db8::/64")' },
  {
    name: 'ipv4 with leading 0s',
    in: '1.1.01.0/24',
    err: 'must not have leading 0s in IP',
    legacyStrictErr: 'must not have leading 0s in IP',
  },
  {
    name: 'ipv4-in-ipv6 with ipv4-sized prefix',
    in: '::ffff:1.1.1.0/24',
    err: 'must not have an IPv4-mapped IPv6 address',
    legacyStrictErr: 'must not have an IPv4-mapped IPv6 address',
  },
  {
    name: 'ipv4-in-ipv6 with ipv6-sized prefix',
    in: '::ffff:1.1.1.0/120',
    err: 'must not have an IPv4-mapped IPv6 address',
    legacyStrictErr: 'must not have an IPv4-mapped IPv6 address',
  },
  {
    name: 'ipv4 ifaddr',
    in: '1.2.3.4/24',
    err: 'must not have bits set beyond the prefix length',
    legacyStrictErr: 'must not have bits set beyond the prefix length',
  },
  {
    name: 'ipv6 ifaddr',
    in: '2001:db8::1/64',
    err: 'must not have bits set beyond the prefix length',
    legacyStrictErr: 'must not have bits set beyond the prefix length',
  },
  {
    name: 'prefix length with leading 0s',
    in: '192.168.0.0/016',
    err: 'must not have leading 0s',
    legacyStrictErr: 'must not have leading 0s',
  },
  badCIDR('empty string', ''),
  badCIDR('junk', 'aaaaaaa'),
  badCIDR('IP address', '1.2.3.4'),
  badCIDR('partial URL', '192.168.0.1/healthz'),
  badCIDR('partial URL 2', '192.168.0.1/0/99'),
  badCIDR('negative prefix length', '192.168.0.0/-16'),
  badCIDR('prefix length with sign', '192.168.0.0/+16'),
];

function assertMessages(what: string, value: string, got: string[], want: string | undefined): void {
  if (!want) {
    assert.deepEqual(got, [], `${what}(${JSON.stringify(value)}) should be valid`);
    return;
  }
  assert.equal(got.length, 1, `${what}(${JSON.stringify(value)}) should give one message: ${JSON.stringify(got)}`);
  assert.ok(got[0]?.includes(want), `${what}(${JSON.stringify(value)}): ${JSON.stringify(got[0])} lacks ${JSON.stringify(want)}`);
}

describe('parity: TestIsValidIP', () => {
  const badIPs = ipCases.filter((c) => c.legacyStrictErr).map((c) => c.in);
  for (const c of ipCases) {
    test(c.name, () => {
      assertMessages('IsValidIP', c.in, isValidIP(c.in), c.err);
      assertMessages('IsValidIPForLegacyField(strict=false)', c.in, isValidIPForLegacyField(c.in, false), c.legacyErr);
      assertMessages('IsValidIPForLegacyField(strict=true)', c.in, isValidIPForLegacyField(c.in, true), c.legacyStrictErr);
      assert.deepEqual(isValidIPForLegacyField(c.in, true, badIPs), [], 'accepted when listed in validOldIPs');
    });
  }
});

describe('parity: TestIsValidCIDR', () => {
  const badCIDRs = cidrCases.filter((c) => c.legacyStrictErr).map((c) => c.in);
  for (const c of cidrCases) {
    test(c.name, () => {
      assertMessages('IsValidCIDR', c.in, isValidCIDR(c.in), c.err);
      assertMessages('IsValidCIDRForLegacyField(strict=false)', c.in, isValidCIDRForLegacyField(c.in, false), c.legacyErr);
      assertMessages('IsValidCIDRForLegacyField(strict=true)', c.in, isValidCIDRForLegacyField(c.in, true), c.legacyStrictErr);
      assert.deepEqual(isValidCIDRForLegacyField(c.in, true, badCIDRs), [], 'accepted when listed in validOldCIDRs');
    });
  }
});
