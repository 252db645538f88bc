/**
 * IP and CIDR parsing and validation, ported from:
 *  - k8s.io/utils/internal/third_party/forked/golang/net/ip.go: ParseIPSloppy /
 *    ParseCIDRSloppy, the Go 1.16 parsers Kubernetes keeps for compatibility.
 *    They accept IPv4 octets with leading zeros ("010.001.002.003" means
 *    10.1.2.3) and IPv4-mapped IPv6 ("::ffff:1.2.3.4"), and reject zones
 *    ("fe80::1%eth0") and brackets.
 *  - Go's net/netip ParseAddr / ParsePrefix: the strict parsers, which reject
 *    leading zeros (and IPv6 groups longer than 4 hex digits).
 *  - k8s.io/apimachinery/pkg/util/validation/ip.go: IsValidIP,
 *    IsValidIPForLegacyField, IsValidCIDR, IsValidCIDRForLegacyField.
 *  - pkg/apis/core/validation/validation.go: ValidateNonSpecialIP.
 *
 * Internally an address is 16 bytes, as in Go's net.IP; an IPv4 address is
 * stored in its IPv4-mapped form (::ffff:a.b.c.d), so "1.2.3.4" and
 * "::ffff:1.2.3.4" parse to the same address.
 */

/** Result of parseIP. */
export interface ParsedIP {
  /** 4 when Go's ip.To4() != nil: dotted IPv4 and IPv4-mapped IPv6 ("::ffff:1.2.3.4") alike. */
  family: 4 | 6;
  /** 4 bytes when family is 4, 16 bytes when family is 6. */
  bytes: number[];
  /** True when the text was IPv6 syntax but the address is IPv4-mapped (e.g. "::ffff:1.2.3.4"). */
  ipv4Mapped: boolean;
}

const BIG = 0xffffff;
const IPV4_LEN = 4;
const IPV6_LEN = 16;

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function hexValue(c: string | undefined): number {
  if (c === undefined) return -1;
  if (c >= '0' && c <= '9') return c.charCodeAt(0) - 48;
  if (c >= 'a' && c <= 'f') return c.charCodeAt(0) - 87;
  if (c >= 'A' && c <= 'F') return c.charCodeAt(0) - 55;
  return -1;
}

/** 16-byte IPv4-mapped form of a.b.c.d (Go's net.IPv4). */
function v4ToV16(a: number, b: number, c: number, d: number): number[] {
  return [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, a, b, c, d];
}

/**
 * parseIPv4 (Go 1.16 / k8s forked). With `strict`, octets with leading zeros
 * are rejected as netip.ParseAddr does. Returns the 16-byte form.
 */
function parseIPv4(s: string, strict: boolean): number[] | undefined {
  const p: number[] = [];
  let pos = 0;
  for (let i = 0; i < IPV4_LEN; i++) {
    if (pos >= s.length) {
      return undefined; // missing octets
    }
    if (i > 0) {
      if (s[pos] !== '.') {
        return undefined;
      }
      pos++;
    }
    // dtoi
    let n = 0;
    let j = pos;
    while (j < s.length && isDigit(s[j])) {
      n = n * 10 + (s.charCodeAt(j) - 48);
      if (n >= BIG) {
        return undefined;
      }
      j++;
    }
    if (j === pos || n > 0xff) {
      return undefined;
    }
    if (strict && j - pos > 1 && s[pos] === '0') {
      return undefined; // netip: "IPv4 field has octet with leading zero"
    }
    p.push(n);
    pos = j;
  }
  if (pos !== s.length) {
    return undefined;
  }
  return v4ToV16(p[0] ?? 0, p[1] ?? 0, p[2] ?? 0, p[3] ?? 0);
}

/**
 * parseIPv6 (Go 1.16 / k8s forked). With `strict`, a group of more than 4 hex
 * digits and an embedded IPv4 with leading zeros are rejected, as netip does.
 */
function parseIPv6(input: string, strict: boolean): number[] | undefined {
  const ip: number[] = new Array<number>(IPV6_LEN).fill(0);
  let s = input;
  let ellipsis = -1;

  if (s.length >= 2 && s[0] === ':' && s[1] === ':') {
    ellipsis = 0;
    s = s.slice(2);
    if (s.length === 0) {
      return ip;
    }
  }

  let i = 0;
  while (i < IPV6_LEN) {
    // xtoi
    let n = 0;
    let c = 0;
    for (; c < s.length; c++) {
      const h = hexValue(s[c]);
      if (h < 0) break;
      n = n * 16 + h;
      if (n >= BIG) {
        return undefined;
      }
    }
    if (c === 0 || n > 0xffff) {
      return undefined;
    }
    if (strict && c > 4) {
      return undefined; // netip: "each colon-separated field must have at most 4 hex digits"
    }

    // If followed by dot, might be in trailing IPv4.
    if (c < s.length && s[c] === '.') {
      if (ellipsis < 0 && i !== IPV6_LEN - IPV4_LEN) {
        return undefined; // not the right place
      }
      if (i + IPV4_LEN > IPV6_LEN) {
        return undefined; // not enough room
      }
      const ip4 = parseIPv4(s, strict);
      if (ip4 === undefined) {
        return undefined;
      }
      ip[i] = ip4[12] ?? 0;
      ip[i + 1] = ip4[13] ?? 0;
      ip[i + 2] = ip4[14] ?? 0;
      ip[i + 3] = ip4[15] ?? 0;
      s = '';
      i += IPV4_LEN;
      break;
    }

    ip[i] = (n >> 8) & 0xff;
    ip[i + 1] = n & 0xff;
    i += 2;

    s = s.slice(c);
    if (s.length === 0) {
      break;
    }
    if (s[0] !== ':' || s.length === 1) {
      return undefined;
    }
    s = s.slice(1);

    if (s[0] === ':') {
      if (ellipsis >= 0) {
        return undefined; // already have one
      }
      ellipsis = i;
      s = s.slice(1);
      if (s.length === 0) {
        break; // can be at end
      }
    }
  }

  if (s.length !== 0) {
    return undefined;
  }

  if (i < IPV6_LEN) {
    if (ellipsis < 0) {
      return undefined;
    }
    const n = IPV6_LEN - i;
    for (let j = i - 1; j >= ellipsis; j--) {
      ip[j + n] = ip[j] ?? 0;
    }
    for (let j = ellipsis + n - 1; j >= ellipsis; j--) {
      ip[j] = 0;
    }
  } else if (ellipsis >= 0) {
    return undefined; // ellipsis must represent at least one 0 group
  }
  return ip;
}

/** ParseIP dispatch: the first '.' or ':' decides the syntax. */
function parseAny(s: string, strict: boolean): number[] | undefined {
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '.') return parseIPv4(s, strict);
    if (ch === ':') return parseIPv6(s, strict);
    if (strict && ch === '%') return undefined;
  }
  return undefined;
}

/** netutils.ParseIPSloppy: 16-byte address or undefined. */
function parseIPSloppy(s: string): number[] | undefined {
  return parseAny(s, false);
}

/**
 * netip.ParseAddr, as far as validation needs it (only called on values
 * ParseIPSloppy accepted, which never contain a zone). `is6` is true for IPv6
 * syntax, including IPv4-mapped IPv6 (netip's Is6 / Is4In6).
 */
function parseAddrStrict(s: string): { bytes: number[]; is6: boolean } | undefined {
  const bytes = parseAny(s, true);
  if (bytes === undefined) return undefined;
  return { bytes, is6: !isIPv4Syntax(s) };
}

/** True when ParseIP would take the IPv4 path (a '.' before any ':'). */
function isIPv4Syntax(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '.') return true;
    if (s[i] === ':') return false;
  }
  return false;
}

/** Go's ip.To4() != nil on a 16-byte address. */
function isV4(ip: readonly number[]): boolean {
  for (let i = 0; i < 10; i++) {
    if (ip[i] !== 0) return false;
  }
  return ip[10] === 0xff && ip[11] === 0xff;
}

/** Go's net.IP.String(): dotted quad for IPv4 (and IPv4-mapped), RFC 5952 for IPv6. */
function formatIP(ip: readonly number[]): string {
  if (isV4(ip)) {
    return `${ip[12] ?? 0}.${ip[13] ?? 0}.${ip[14] ?? 0}.${ip[15] ?? 0}`;
  }
  const groups: number[] = [];
  for (let i = 0; i < 8; i++) {
    groups.push(((ip[2 * i] ?? 0) << 8) | (ip[2 * i + 1] ?? 0));
  }
  // First longest run of at least two zero groups becomes "::".
  let zeroStart = -1;
  let zeroEnd = -1;
  for (let i = 0; i < 8; i++) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i >= 2 && j - i > zeroEnd - zeroStart) {
      zeroStart = i;
      zeroEnd = j;
    }
  }
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (i === zeroStart) {
      out += '::';
      i = zeroEnd;
      if (i >= 8) break;
    } else if (i > 0) {
      out += ':';
    }
    out += (groups[i] ?? 0).toString(16);
  }
  return out;
}

/**
 * Parses `s` with Go net.ParseIP semantics as used by upstream validation
 * (netutils.ParseIPSloppy): leading zeros in IPv4 octets are accepted,
 * zones and brackets are not. IPv4-mapped IPv6 reports family 4.
 */
export function parseIP(s: string): ParsedIP | undefined {
  const ip = parseIPSloppy(s);
  if (ip === undefined) return undefined;
  if (isV4(ip)) {
    return { family: 4, bytes: ip.slice(12), ipv4Mapped: !isIPv4Syntax(s) };
  }
  return { family: 6, bytes: ip.slice(), ipv4Mapped: false };
}

/**
 * The IP family the way upstream decides it (netutils.IsIPv4String /
 * IsIPv6String: ParseIPSloppy, then To4). IPv4-mapped IPv6 is 'IPv4'.
 */
export function ipFamilyOf(s: string): 'IPv4' | 'IPv6' | undefined {
  const ip = parseIPSloppy(s);
  if (ip === undefined) return undefined;
  return isV4(ip) ? 'IPv4' : 'IPv6';
}

/** Go's net.IP.String() of a value ParseIPSloppy accepts (e.g. "010.1.1.1" gives "10.1.1.1"). */
export function canonicalIP(s: string): string | undefined {
  const ip = parseIPSloppy(s);
  return ip === undefined ? undefined : formatIP(ip);
}

export const INVALID_IP_MSG = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';
export const INVALID_CIDR_MSG = 'must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)';

/** Upstream parseIP(fldPath, value, strictValidation): returns the address and the messages. */
function checkIP(value: string, strictValidation: boolean): { ip: number[] | undefined; errs: string[] } {
  const ip = parseIPSloppy(value);
  if (ip === undefined) {
    return { ip: undefined, errs: [INVALID_IP_MSG] };
  }
  const errs: string[] = [];
  if (strictValidation) {
    const addr = parseAddrStrict(value);
    if (addr === undefined) {
      // ParseIPSloppy parsed it but netip.ParseAddr doesn't: leading 0s.
      errs.push('must not have leading 0s');
    } else if (addr.is6 && isV4(addr.bytes)) {
      errs.push('must not be an IPv4-mapped IPv6 address');
    }
  }
  return { ip, errs };
}

/**
 * IsValidIPForLegacyField: the check for fields that predate strict IP
 * validation (Service clusterIP(s), externalIPs, loadBalancerIP, Endpoints
 * addresses, ...). Non-canonical IPv6 ("FE80:0::0ABC") is always allowed.
 *
 * `strictValidation` is the StrictIPCIDRValidation feature gate (alpha, off,
 * in 1.33; beta, on, from 1.36): when true, leading zeros ("must not have
 * leading 0s") and IPv4-mapped IPv6 ("must not be an IPv4-mapped IPv6
 * address") are refused. A value listed in `validOldIPs` (the old object's
 * values, on update) is accepted unchecked, as upstream does.
 */
export function isValidIPForLegacyField(
  value: string,
  strictValidation = true,
  validOldIPs: readonly string[] = [],
): string[] {
  if (validOldIPs.includes(value)) {
    return [];
  }
  return checkIP(value, strictValidation).errs;
}

/**
 * IsValidIP: current upstream rules for new fields — strict parsing plus
 * canonical form (`must be in canonical form ("2001:db8::1")`). Legacy fields
 * use isValidIPForLegacyField instead.
 */
export function isValidIP(value: string): string[] {
  const { ip, errs } = checkIP(value, true);
  if (errs.length !== 0 || ip === undefined) {
    return errs;
  }
  const canonical = formatIP(ip);
  if (value !== canonical) {
    return [`must be in canonical form ("${canonical}")`];
  }
  return [];
}

/** Result of ParseCIDRSloppy. */
interface SloppyCIDR {
  /** 16-byte address as written. */
  ip: number[];
  /** 4 for an IPv4-syntax address, 16 otherwise (the mask length in bytes). */
  ipLen: 4 | 16;
  prefixLength: number;
}

/** netutils.ParseCIDRSloppy. */
function parseCIDRSloppy(s: string): SloppyCIDR | undefined {
  const slash = s.indexOf('/');
  if (slash < 0) return undefined;
  const addr = s.slice(0, slash);
  const mask = s.slice(slash + 1);
  let ipLen: 4 | 16 = IPV4_LEN;
  let ip = parseIPv4(addr, false);
  if (ip === undefined) {
    ipLen = IPV6_LEN;
    ip = parseIPv6(addr, false);
  }
  if (ip === undefined) return undefined;
  // dtoi over the whole mask
  let n = 0;
  let j = 0;
  while (j < mask.length && isDigit(mask[j])) {
    n = n * 10 + (mask.charCodeAt(j) - 48);
    if (n >= BIG) return undefined;
    j++;
  }
  if (j === 0 || j !== mask.length || n > 8 * ipLen) return undefined;
  return { ip, ipLen, prefixLength: n };
}

/** Applies a prefix mask to `bytes` (any length), keeping the first `bits` bits. */
function maskBytes(bytes: readonly number[], bits: number): number[] {
  return bytes.map((b, i) => {
    const keep = Math.max(0, Math.min(8, bits - 8 * i));
    return keep === 0 ? 0 : b & ((0xff << (8 - keep)) & 0xff);
  });
}

/** Go's IPNet.String() for the network ParseCIDRSloppy returns. */
function formatIPNet(c: SloppyCIDR): string {
  if (c.ipLen === IPV4_LEN) {
    const net4 = maskBytes(c.ip.slice(12), c.prefixLength);
    return `${net4.join('.')}/${c.prefixLength}`;
  }
  const net16 = maskBytes(c.ip, c.prefixLength);
  if (isV4(net16)) {
    // 16-byte mask on an IPv4-mapped network: Go prints the IPv4 form and the last 32 bits of the mask.
    return `${formatIP(net16)}/${c.prefixLength - 96}`;
  }
  return `${formatIP(net16)}/${c.prefixLength}`;
}

/** Upstream parseCIDR(fldPath, value, strictValidation). */
function checkCIDR(value: string, strictValidation: boolean): { cidr: SloppyCIDR | undefined; errs: string[] } {
  const cidr = parseCIDRSloppy(value);
  if (cidr === undefined) {
    return { cidr: undefined, errs: [INVALID_CIDR_MSG] };
  }
  const errs: string[] = [];
  if (strictValidation) {
    // netip.ParsePrefix: strict address, prefix length without sign or leading zeros.
    const slash = value.lastIndexOf('/');
    const addr = parseAddrStrict(value.slice(0, slash));
    const bitsStr = value.slice(slash + 1);
    const badBits = bitsStr.length > 1 && !(bitsStr[0] !== undefined && bitsStr[0] >= '1' && bitsStr[0] <= '9');
    if (addr === undefined || badBits) {
      errs.push('must not have leading 0s in IP or prefix length');
    } else if (addr.is6 && isV4(addr.bytes)) {
      errs.push('must not have an IPv4-mapped IPv6 address');
    } else {
      const bytes = addr.is6 ? addr.bytes : addr.bytes.slice(12);
      const masked = maskBytes(bytes, cidr.prefixLength);
      if (masked.some((b, i) => b !== bytes[i])) {
        errs.push('must not have bits set beyond the prefix length');
      }
    }
  }
  return { cidr, errs };
}

/**
 * IsValidCIDRForLegacyField (e.g. Service loadBalancerSourceRanges). Without
 * strict validation, leading zeros, IPv4-mapped IPv6 and "interface address"
 * values with bits set past the prefix ("1.2.3.4/24") are accepted. A value
 * listed in `validOldCIDRs` is accepted unchecked.
 */
export function isValidCIDRForLegacyField(
  value: string,
  strictValidation = true,
  validOldCIDRs: readonly string[] = [],
): string[] {
  if (validOldCIDRs.includes(value)) {
    return [];
  }
  return checkCIDR(value, strictValidation).errs;
}

/** IsValidCIDR: strict parsing plus canonical form (`must be in canonical form ("2001:db8::/64")`). */
export function isValidCIDR(value: string): string[] {
  const { cidr, errs } = checkCIDR(value, true);
  if (errs.length !== 0 || cidr === undefined) {
    return errs;
  }
  const canonical = formatIPNet(cidr);
  if (value !== canonical) {
    return [`must be in canonical form ("${canonical}")`];
  }
  return [];
}

function equalBytes(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

const IPV6_UNSPECIFIED: readonly number[] = new Array<number>(16).fill(0);
const IPV4_ZERO: readonly number[] = v4ToV16(0, 0, 0, 0);
const IPV6_LOOPBACK: readonly number[] = [...new Array<number>(15).fill(0), 1];

/**
 * ValidateNonSpecialIP (core validation, used for Endpoints addresses and
 * Service externalIPs), with Go's net.IP predicates on the sloppy-parsed
 * address. Several messages can apply at once only in theory; each broken
 * rule gives its own message, in upstream order. The "unspecified" message
 * quotes the value as written: `may not be unspecified (0.0.0.0)`,
 * `may not be unspecified (::)`, `may not be unspecified (0:0::0)`.
 * IPv4-mapped addresses are judged as IPv4 (::ffff:127.0.0.1 is loopback).
 * Link-local multicast is ff02::/16 and every ffX2:: flag variant (Go checks
 * only the scope nibble), although the message says "ff02::/10".
 */
export function validateNonSpecialIP(ipAddress: string): string[] {
  const ip = parseIPSloppy(ipAddress);
  if (ip === undefined) {
    return ['must be a valid IP address'];
  }
  const errs: string[] = [];
  const v4 = isV4(ip);
  if (equalBytes(ip, IPV4_ZERO) || equalBytes(ip, IPV6_UNSPECIFIED)) {
    errs.push(`may not be unspecified (${ipAddress})`);
  }
  if (v4 ? ip[12] === 127 : equalBytes(ip, IPV6_LOOPBACK)) {
    errs.push('may not be in the loopback range (127.0.0.0/8, ::1/128)');
  }
  if (v4 ? ip[12] === 169 && ip[13] === 254 : ip[0] === 0xfe && ((ip[1] ?? 0) & 0xc0) === 0x80) {
    errs.push('may not be in the link-local range (169.254.0.0/16, fe80::/10)');
  }
  if (v4 ? ip[12] === 224 && ip[13] === 0 && ip[14] === 0 : ip[0] === 0xff && ((ip[1] ?? 0) & 0x0f) === 0x02) {
    errs.push('may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)');
  }
  return errs;
}
