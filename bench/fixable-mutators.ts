/**
 * Mutations that make the mistakes kube-svc has fixes for: an enumeration value in the wrong case, a port name
 * dropped, a number in quotes, a key in the wrong case. Fix-all has work to do on what they give.
 */
import type { Random } from './generate-manifests';
import type { Mutator } from './fuzz-inputs';

function pick<T>(random: Random, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)];
}

/** Replaces one match of `pattern` (global) at random with what `replace` makes of it. */
function replaceOne(text: string, random: Random, pattern: RegExp, replace: (match: RegExpExecArray) => string): string {
  const matches = [...text.matchAll(pattern)];
  if (matches.length === 0) return text;
  const match = pick(random, matches) as RegExpExecArray;
  return text.slice(0, match.index) + replace(match) + text.slice(match.index + match[0].length);
}

const ENUM_VALUE = /(:[ \t]*["']?)(TCP|UDP|SCTP|NodePort|ClusterIP|LoadBalancer|ExternalName|ClientIP|Local|Cluster|SingleStack|PreferDualStack|RequireDualStack|IPv4|IPv6)\b/g;

const enumCase: Mutator = {
  name: 'enum-case',
  apply: (text, random) => replaceOne(text, random, ENUM_VALUE, (m) => `${m[1]}${random() < 0.7 ? m[2].toLowerCase() : m[2].toUpperCase()}`),
};

/** A port's `name:` line beside a `port:` line; as an item's first key, the next key takes its `- `. */
const dropPortName: Mutator = {
  name: 'drop-port-name',
  apply: (text, random) => {
    const all = text.split('\n');
    const names: number[] = [];
    all.forEach((line, i) => {
      const near = `${all[i - 1] ?? ''}\n${all[i + 1] ?? ''}`;
      if (/^\s*(- )?name: [\w-]+\s*$/.test(line) && /\bport: \d/.test(near)) names.push(i);
    });
    if (names.length === 0) return text;
    const at = pick(random, names);
    const item = /^(\s*)- /.exec(all[at]);
    const next = all[at + 1] ?? '';
    if (item) {
      const lead = item[1];
      if (!next.startsWith(`${lead}  `) || !/^\s*[\w./-]+:/.test(next)) return text;
      all[at + 1] = `${lead}- ${next.slice(lead.length + 2)}`;
    }
    all.splice(at, 1);
    return all.join('\n');
  },
};

const quoteNumber: Mutator = {
  name: 'quote-number',
  apply: (text, random) => replaceOne(text, random, /\b(targetPort|port|nodePort|timeoutSeconds): (\d+)\b/g, (m) => `${m[1]}: "${m[2]}"`),
};

const keyCase: Mutator = {
  name: 'key-case',
  apply: (text, random) =>
    replaceOne(text, random, /\b(targetPort|nodePort|sessionAffinity|externalTrafficPolicy|clusterIP|appProtocol):/g, (m) => `${m[1].toLowerCase()}:`),
};

export const FIXABLE_MUTATORS: readonly Mutator[] = [enumCase, dropPortName, quoteNumber, keyCase];
