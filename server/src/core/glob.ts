/**
 * Glob patterns as VS Code writes them (`files.exclude`) and as the command line takes them: `*` and `?` within one
 * path segment, `**` across segments (`**​/` for zero or more folders), `[a-z]` / `[!a-z]` classes, `{a,b}`
 * alternatives (nested too). Patterns come from workspace settings, so they are never turned into a regular
 * expression: each compiles to a small automaton that is run over a path in one pass, keeping a set of states, so
 * matching takes at most (path length × pattern length) steps whatever the pattern. A malformed pattern is reported,
 * never thrown.
 */

/** A compiled glob: whether a `/`-separated path matches it as a whole. */
export interface Glob {
  readonly source: string;
  matches(path: string): boolean;
}

export type CompiledGlob = { readonly ok: true; readonly glob: Glob } | { readonly ok: false; readonly reason: string };

/** Longer patterns are refused: nobody writes one, and each path is matched against every pattern. */
export const MAX_GLOB_LENGTH = 512;
/** The most transitions a compiled pattern may have (alternatives that can all be skipped multiply them). */
const MAX_TRANSITIONS = 1 << 16;

const SLASH = 0x2f;

/** One state of the automaton: it consumes a character that passes `test`, or (test undefined) is a fork. */
interface State {
  readonly test: ((code: number) => boolean) | undefined;
  /** Where to go after consuming (one) or, for a fork, every state it leads to without consuming. */
  readonly next: number[];
}

export function compileGlob(source: string): CompiledGlob {
  if (source.length > MAX_GLOB_LENGTH) return { ok: false, reason: `longer than ${MAX_GLOB_LENGTH} characters` };
  try {
    const builder = new Builder();
    const parser = new Parser(source, builder);
    const accept = builder.fork([]);
    const start = parser.sequence(accept, false);
    const compiled = resolve(builder.states, start, accept);
    return { ok: true, glob: { source, matches: (path) => run(compiled, path) } };
  } catch (error) {
    if (error instanceof GlobError) return { ok: false, reason: error.message };
    throw error;
  }
}

class GlobError extends Error {}

/** Appends states; each compile step builds its piece backwards, from the state that follows it. */
class Builder {
  readonly states: State[] = [];

  add(test: ((code: number) => boolean) | undefined, next: number[]): number {
    this.states.push({ test, next });
    return this.states.length - 1;
  }

  fork(next: number[]): number {
    return this.add(undefined, next);
  }

  /** `test` any number of times, then `then`: a fork that either consumes (and comes back) or goes on. */
  loop(test: (code: number) => boolean, then: number): number {
    const fork = this.fork([then]);
    const consume = this.add(test, [fork]);
    (this.states[fork].next as number[]).unshift(consume);
    return fork;
  }
}

/** Recursive descent over the pattern, building the automaton from the end of each sequence to its start. */
class Parser {
  position = 0;

  constructor(
    private readonly source: string,
    private readonly builder: Builder,
  ) {}

  private atEnd(): boolean {
    return this.position >= this.source.length;
  }

  /** Parses items up to the end, or to a `,` or `}` when inside braces; returns the sequence's first state. */
  sequence(then: number, inBraces: boolean): number {
    const items: ((next: number) => number)[] = [];
    while (!this.atEnd()) {
      const c = this.source[this.position];
      if (inBraces && (c === ',' || c === '}')) break;
      if (c === '}') throw new GlobError(`'}' without '{' at ${this.position + 1}`);
      items.push(this.item());
    }
    // Building an item may parse its alternatives again (they need to know what follows): come back here after.
    const stopped = this.position;
    let next = then;
    for (let i = items.length - 1; i >= 0; i--) next = items[i](next);
    this.position = stopped;
    return next;
  }

  private item(): (next: number) => number {
    const { source, builder } = this;
    const c = source[this.position];
    if (c === '*') return this.stars();
    this.position++;
    if (c === '?') return (next) => builder.add(notSlash, [next]);
    if (c === '[') return this.charClass();
    if (c === '{') return this.alternatives();
    const code = c.charCodeAt(0);
    return (next) => builder.add((x) => x === code, [next]);
  }

  /** `*` within a segment; `**` across segments, and `**​/` also for no folder at all (`a/**​/b` matches `a/b`). */
  private stars(): (next: number) => number {
    const { source, builder } = this;
    let count = 0;
    while (source[this.position] === '*') {
      count++;
      this.position++;
    }
    if (count === 1) return (next) => builder.loop(notSlash, next);
    if (source[this.position] === '/') {
      this.position++;
      // (anything, then '/') or nothing
      return (next) => builder.fork([builder.loop(anything, builder.add((x) => x === SLASH, [next])), next]);
    }
    return (next) => builder.loop(anything, next);
  }

  private charClass(): (next: number) => number {
    const { source, builder } = this;
    const opened = this.position;
    const end = source.indexOf(']', this.position);
    // A `[` that is never closed is a character like any other.
    if (end === -1) return (next) => builder.add((x) => x === 0x5b, [next]);
    let body = source.slice(this.position, end);
    this.position = end + 1;
    const negated = body.startsWith('!') || body.startsWith('^');
    if (negated) body = body.slice(1);
    if (body === '') throw new GlobError(`empty class at ${opened}`);
    const ranges: [number, number][] = [];
    for (let i = 0; i < body.length; i++) {
      const low = body.charCodeAt(i);
      if (body[i + 1] === '-' && i + 2 < body.length) {
        const high = body.charCodeAt(i + 2);
        if (high < low) throw new GlobError(`range ${body[i]}-${body[i + 2]} out of order at ${opened}`);
        ranges.push([low, high]);
        i += 2;
      } else {
        ranges.push([low, low]);
      }
    }
    const inClass = (x: number) => ranges.some(([low, high]) => x >= low && x <= high);
    // A class never matches the folder separator, negated or not.
    const test = (x: number) => x !== SLASH && inClass(x) !== negated;
    return (next) => builder.add(test, [next]);
  }

  private alternatives(): (next: number) => number {
    const { source } = this;
    const opened = this.position;
    const options: { from: number; to: number }[] = [];
    for (;;) {
      const from = this.position;
      this.skipAlternative(opened);
      options.push({ from, to: this.position });
      if (source[this.position++] === '}') break;
    }
    const after = this.position;
    return (next) => {
      const starts = options.map(({ from, to }) => {
        this.position = from;
        const first = this.sequence(next, true);
        if (this.position !== to) throw new GlobError(`malformed alternative at ${from + 1}`);
        return first;
      });
      this.position = after;
      return this.builder.fork(starts);
    };
  }

  /** Moves past one alternative (to its `,` or `}`), nested braces and classes included. */
  private skipAlternative(opened: number): void {
    const { source } = this;
    let depth = 0;
    while (this.position < source.length) {
      const c = source[this.position];
      if (depth === 0 && (c === ',' || c === '}')) return;
      if (c === '{') depth++;
      else if (c === '}') depth--;
      else if (c === '[') {
        const end = source.indexOf(']', this.position);
        if (end !== -1) this.position = end;
      }
      this.position++;
    }
    throw new GlobError(`'{' at ${opened} is never closed`);
  }
}

function notSlash(code: number): boolean {
  return code !== SLASH;
}

function anything(): boolean {
  return true;
}

/**
 * The automaton with each fork resolved ahead of time: for every state, the consuming states (and whether the
 * accepting one) reached from it without consuming anything.
 */
interface Compiled {
  readonly tests: readonly (((code: number) => boolean) | undefined)[];
  /** Per consuming state: the closure of the state it goes to after consuming. */
  readonly after: readonly Int32Array[];
  readonly initial: Int32Array;
  readonly accept: number;
}

function resolve(states: readonly State[], start: number, accept: number): Compiled {
  const memo = new Map<number, Int32Array>();
  const closure = (from: number): Int32Array => {
    const cached = memo.get(from);
    if (cached) return cached;
    const out: number[] = [];
    const seen = new Set<number>();
    const stack = [from];
    while (stack.length > 0) {
      const s = stack.pop() as number;
      if (seen.has(s)) continue;
      seen.add(s);
      const { test, next } = states[s];
      if (test || s === accept) out.push(s);
      else for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]);
    }
    const list = Int32Array.from(out);
    memo.set(from, list);
    return list;
  };
  let transitions = 0;
  const after = states.map((state) => {
    if (!state.test) return new Int32Array(0);
    const list = closure(state.next[0]);
    transitions += list.length;
    if (transitions > MAX_TRANSITIONS) throw new GlobError('too complex');
    return list;
  });
  return { tests: states.map((state) => state.test), after, initial: closure(start), accept };
}

let steps = 0;

/** How many (character, state) steps matching has taken in this process: the work, counted (for tests). */
export function globStepsSoFar(): number {
  return steps;
}

/** Runs the automaton over `path` with a set of current states: one pass, no backtracking. */
function run({ tests, after, initial, accept }: Compiled, path: string): boolean {
  const seen = new Uint32Array(tests.length);
  let generation = 1;
  let current: number[] = Array.from(initial);
  for (let i = 0; i < path.length && current.length > 0; i++) {
    const code = path.charCodeAt(i);
    generation++;
    const upcoming: number[] = [];
    steps += current.length;
    for (const s of current) {
      if (s === accept || !tests[s]?.(code)) continue;
      for (const t of after[s]) {
        if (seen[t] === generation) continue;
        seen[t] = generation;
        upcoming.push(t);
      }
    }
    current = upcoming;
  }
  return current.includes(accept);
}
