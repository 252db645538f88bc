/**
 * Go's `%#v` for the few values the API server prints that way. `field.Error.ErrorBody` falls back to `%#v` for a
 * bad value that is neither a simple type, a string nor a `fmt.Stringer`, e.g. the `core.ServicePort` key of the
 * duplicate-port check in `ValidateService`.
 */

/** `strconv.Quote` for the characters manifests contain: escapes `"`, `\` and ASCII control characters. */
export function goQuote(value: string): string {
  let out = '"';
  for (const ch of value) out += quoteChar(ch);
  return out + '"';
}

const NAMED_ESCAPES: Readonly<Record<string, string>> = {
  '\x07': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
  '"': '\\"',
  '\\': '\\\\',
};

function quoteChar(ch: string): string {
  const named = NAMED_ESCAPES[ch];
  if (named) return named;
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x20 || code === 0x7f) return `\\x${code.toString(16).padStart(2, '0')}`;
  return ch;
}

/**
 * `%#v` of the internal `core.ServicePort{Protocol: p, Port: n}` that `ValidateService` passes to
 * `field.Duplicate(portPath, key)`; every other field keeps its zero value. Field order is that of
 * pkg/apis/core/types.go: Name, Protocol, AppProtocol, Port, TargetPort, NodePort.
 */
export function goServicePortKey(protocol: string, port: number): string {
  return (
    `core.ServicePort{Name:"", Protocol:${goQuote(protocol)}, AppProtocol:(*string)(nil), Port:${port}, ` +
    'TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}'
  );
}
