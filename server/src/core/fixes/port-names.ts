import type { K8sObject } from '../model/k8s-object';
import { isMap } from '../parse/located-node';
import type { LMap, LNode } from '../parse/located-node';
import { decodeService } from '../model/service';
import { isDNS1123Label, isValidPortName as isIanaServiceName } from '../validation';

/** What a port name can be derived from. */
export interface PortFacts {
  readonly port: number | undefined;
  /** Effective protocol (`TCP` when unset). */
  readonly protocol: string;
  readonly appProtocol?: string | undefined;
  /** Effective targetPort: a number or a container port name. */
  readonly targetPort?: number | string | undefined;
}

const MAX_LABEL = 63;

/**
 * Well-known TCP ports with the names everybody uses for them. Deliberately short: a port whose meaning is a guess
 * (9090: Prometheus? Cockpit? a web UI?) gets `tcp-9090` instead.
 */
const WELL_KNOWN_TCP: Readonly<Record<number, string>> = {
  22: 'ssh',
  25: 'smtp',
  53: 'dns-tcp',
  80: 'http',
  443: 'https',
  2379: 'etcd-client',
  3306: 'mysql',
  5432: 'postgres',
  6379: 'redis',
  8080: 'http-alt',
  9092: 'kafka',
  27017: 'mongodb',
  50051: 'grpc',
};

/** UDP: only DNS (kube-dns names its ports `dns` for UDP and `dns-tcp` for TCP). */
const WELL_KNOWN_UDP: Readonly<Record<number, string>> = { 53: 'dns' };

export function isValidPortName(name: string): boolean {
  return name !== '' && isDNS1123Label(name).length === 0;
}

/**
 * A DNS-1123 label for a port, unique among `taken`: from its appProtocol (`kubernetes.io/h2c` → `h2c`), else its
 * targetPort when that is a valid container port name (so not a quoted number: the author's own name for it), else a
 * well-known port number (80 → `http`), else `<protocol>-<port>` (`udp-5000`).
 */
export function derivePortName(port: PortFacts, taken: ReadonlySet<string>): string {
  return uniquePortName(baseName(port), taken);
}

function baseName(port: PortFacts): string {
  const appProtocol = port.appProtocol ?? '';
  const fromAppProtocol = repairPortName(appProtocol.slice(appProtocol.lastIndexOf('/') + 1));
  if (isValidPortName(fromAppProtocol)) return fromAppProtocol;
  const target = port.targetPort;
  if (typeof target === 'string' && isValidPortName(target) && isIanaServiceName(target).length === 0) return target;
  const protocol = port.protocol.toUpperCase();
  const table = protocol === 'TCP' ? WELL_KNOWN_TCP : protocol === 'UDP' ? WELL_KNOWN_UDP : {};
  const known = port.port === undefined ? undefined : table[port.port];
  if (known) return known;
  const prefix = repairPortName(port.protocol) || 'port';
  return port.port === undefined || port.port === 0 ? prefix : `${prefix}-${port.port}`;
}

/**
 * The label a broken name most likely meant: lowercased, every run of other characters turned into `-`, cut to 63
 * and trimmed of `-` at both ends. May be empty (nothing usable was left).
 */
export function repairPortName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, MAX_LABEL)
    .replace(/-+$/, '');
}

/** `base` itself when free, else `base-2`, `base-3`, … (cut so that it stays within 63 characters). */
export function uniquePortName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const stem = base.slice(0, MAX_LABEL - suffix.length).replace(/-+$/, '');
    const candidate = `${stem}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** A port the planner gives a new name, with the map to write it into. */
export interface PlannedPortName {
  readonly index: number;
  readonly map: LMap;
  /** The name written now ('' when none). */
  readonly current: string;
  readonly name: string;
}

/**
 * The names every port of a Service should have, decided once for the whole Service so that the fixes for
 * required, invalid and duplicate names never pick the same name twice: valid first-seen names stay; an invalid
 * name is repaired, a repeated one made unique, and (with more than one port) a missing one derived. Ports whose
 * name does not decode as a string, that are not maps, or whose map is shared with another port (`- *p1`: a name
 * written there names both, so it can never be unique) are left alone.
 */
export function planPortNames(object: K8sObject): PlannedPortName[] {
  const ports = decodeService(object).ports ?? [];
  const shared = sharedNodes(ports.map((port) => port.node));
  const taken = new Set<string>();
  const keeps = new Set<number>();
  for (const port of ports) {
    const name = port.name?.value;
    if (name !== undefined && isValidPortName(name) && !taken.has(name)) {
      taken.add(name);
      keeps.add(port.index);
    }
  }
  const planned: PlannedPortName[] = [];
  for (const port of ports) {
    const current = port.name?.value;
    if (current === undefined || keeps.has(port.index) || !isMap(port.node) || shared.has(port.node)) continue;
    if (current === '' && ports.length < 2) continue;
    const facts: PortFacts = {
      port: port.port?.value,
      protocol: port.protocol?.value ?? 'TCP',
      appProtocol: port.appProtocol?.value,
      targetPort: port.targetPort?.value.value,
    };
    const name = nameFor(current, facts, taken);
    taken.add(name);
    planned.push({ index: port.index, map: port.node, current, name });
  }
  return planned;
}

/** The nodes that occur more than once (an alias repeats its anchor's node). */
function sharedNodes(nodes: readonly LNode[]): Set<LNode> {
  const seen = new Set<LNode>();
  const shared = new Set<LNode>();
  for (const node of nodes) (seen.has(node) ? shared : seen).add(node);
  return shared;
}

function nameFor(current: string, facts: PortFacts, taken: ReadonlySet<string>): string {
  if (current === '') return derivePortName(facts, taken);
  if (isValidPortName(current)) return uniquePortName(current, taken);
  const repaired = repairPortName(current);
  return repaired === '' ? derivePortName(facts, taken) : uniquePortName(repaired, taken);
}
