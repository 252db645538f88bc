/**
 * Drives the BUILT language server (server/out/server.js) over stdio as an editor does, with the protocol library
 * that vscode-languageclient uses, and reads the server process's RSS and CPU time from /proc.
 * Diagnostics are time-stamped when they arrive, so a slow waiter never inflates a figure.
 */
import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  CompletionRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import type {
  CompletionItem,
  CompletionList,
  Hover,
  Position,
  ProtocolConnection,
  PublishDiagnosticsParams,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

/** The built server; `KUBE_SVC_BENCH_SERVER` names another build (e.g. a copy of the previous one, for a before/after). */
export const SERVER = process.env.KUBE_SVC_BENCH_SERVER ?? path.resolve(__dirname, '../server/out/server.js');

export interface Arrival {
  readonly params: PublishDiagnosticsParams;
  /** performance.now() when the notification was read. */
  readonly at: number;
}

/** A `window/logMessage` from the server, time-stamped when it was read. */
export interface LogArrival {
  readonly message: string;
  /** performance.now() when the notification was read. */
  readonly at: number;
}

export interface ServerOptions {
  /** Extra node flags for the server, e.g. `--cpu-prof`. */
  readonly nodeArgs?: readonly string[];
  /** What `workspace/configuration` answers for `kubeSvc` (default: a size limit the largest generated file fits). */
  readonly settings?: Record<string, unknown>;
}

export class BenchServer {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcess;
  private readonly arrivals: Arrival[] = [];
  private readonly logs: LogArrival[] = [];
  private readonly waiters: (() => void)[] = [];
  private exited = false;
  stderr = '';
  /** Bytes the server has written to its stdout so far: what the editor has to read and parse. */
  bytesReceived = 0;
  /** Every publishDiagnostics read so far (the `diagnostics` waiter consumes its queue, not this count). */
  publishes = 0;
  /** performance.now() of the last publishDiagnostics read. */
  lastPublishAt = 0;
  /**
   * Resolves once the server has asked for its settings (after `initialized`) and been answered: what is sent after
   * that is read with the settings applied, so a benchmark that opens a file then measures the check with them.
   */
  readonly configured: Promise<void>;

  constructor(options: ServerOptions = {}) {
    this.process = spawn(process.execPath, [...(options.nodeArgs ?? []), SERVER, '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.process.on('exit', () => {
      this.exited = true;
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.process.stderr?.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.process.stdout?.on('data', (chunk: Buffer) => (this.bytesReceived += chunk.length));
    this.connection = createProtocolConnection(
      new StreamMessageReader(this.process.stdout!),
      new StreamMessageWriter(this.process.stdin!),
    );
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.arrivals.push({ params, at: performance.now() });
      this.publishes++;
      this.lastPublishAt = performance.now();
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.connection.onNotification(LogMessageNotification.type, (params) => {
      this.logs.push({ message: params.message, at: performance.now() });
      for (const wake of this.waiters.splice(0)) wake();
    });
    // Defaults, but a file size limit the largest generated file stays under.
    const settings = options.settings ?? { maxFileSize: 64 * 1024 * 1024 };
    let configured: () => void = () => undefined;
    this.configured = new Promise((resolve) => (configured = resolve));
    this.connection.onRequest(ConfigurationRequest.type, (params) => {
      // The answer is written a few turns after the handler returns: what the benchmark sends next must follow it.
      setTimeout(configured, 50);
      return params.items.map((item) => (item.section === 'kubeSvc' ? settings : null));
    });
    this.connection.listen();
  }

  get pid(): number {
    const pid = this.process.pid;
    if (pid === undefined) throw new Error('the server did not start');
    return pid;
  }

  get alive(): boolean {
    return !this.exited && this.process.exitCode === null && this.process.signalCode === null;
  }

  /**
   * `initialize` (with `rootUri` when given: the server indexes that folder) then `initialized`.
   * Returns performance.now() just before `initialized` was sent.
   */
  async initialize(rootUri: string | null = null): Promise<number> {
    await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri,
      capabilities: { workspace: { configuration: true } },
    });
    const sentAt = performance.now();
    await this.connection.sendNotification(InitializedNotification.type, {});
    return sentAt;
  }

  /** The first `window/logMessage` matching `pattern` (consumes those before it). */
  async logMessage(pattern: RegExp, timeoutMs = 120_000): Promise<LogArrival> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const index = this.logs.findIndex((l) => pattern.test(l.message));
      if (index !== -1) return this.logs.splice(0, index + 1)[index];
      const left = deadline - performance.now();
      if (left <= 0 || !this.alive) {
        const seen = this.logs.map((l) => l.message).join(' | ');
        throw new Error(`no log message matching ${pattern} within ${timeoutMs} ms (alive: ${this.alive}); logs: ${seen}; stderr: ${this.stderr}`);
      }
      await wakeOrTimeout(this.waiters, left);
    }
  }

  async open(uri: string, text: string, version = 1): Promise<void> {
    await openDocument(this.connection, uri, text, version);
  }

  async change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    await changeDocument(this.connection, uri, version, changes);
  }

  async closeDocument(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  }

  completion(uri: string, position: Position): Promise<CompletionItem[] | CompletionList | null> {
    return this.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
  }

  /** The first diagnostics for `uri` (and `version`, when given) that arrive; consumes those before it. */
  async diagnostics(uri: string, version?: number, timeoutMs = 60_000): Promise<Arrival> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const index = this.arrivals.findIndex(
        (a) => a.params.uri === uri && (version === undefined || a.params.version === version),
      );
      if (index !== -1) return this.arrivals.splice(0, index + 1)[index];
      const left = deadline - performance.now();
      if (left <= 0 || !this.alive) {
        throw new Error(`no diagnostics for ${uri} v${version ?? '?'} within ${timeoutMs} ms (alive: ${this.alive}); stderr: ${this.stderr}`);
      }
      await wakeOrTimeout(this.waiters, left);
    }
  }

  /**
   * Resolves once no diagnostics have arrived for `quietMs`: how a benchmark tells that the server has published
   * all it will for what it was sent (a benchmark may wait; a test counts against a barrier instead).
   */
  async quiet(quietMs: number, timeoutMs = 600_000): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const since = performance.now() - Math.max(this.lastPublishAt, 0);
      if (since >= quietMs) return;
      if (performance.now() > deadline || !this.alive) throw new Error(`the server did not go quiet within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, quietMs - since + 5));
    }
  }

  /** Resident set size of the server process, in MB (VmRSS of /proc/<pid>/status). */
  rssMb(): number {
    return rssMbOf(this.pid);
  }

  /** User + system CPU time of the server process so far, in ms (/proc/<pid>/stat utime + stime). */
  cpuMs(): number {
    return cpuMsOf(this.pid);
  }

  /** Asks the server to shut down and exit (so that `--cpu-prof` writes its profile), then waits for the exit. */
  async shutdown(timeoutMs = 10_000): Promise<void> {
    const exited = new Promise<void>((resolve) => {
      if (!this.alive) resolve();
      else this.process.once('exit', () => resolve());
    });
    try {
      if (this.alive) {
        await withTimeout(this.connection.sendRequest(ShutdownRequest.type), timeoutMs, 'shutdown');
        await this.connection.sendNotification(ExitNotification.type);
      }
      await withTimeout(exited, timeoutMs, 'exit');
    } finally {
      this.connection.dispose();
      if (this.alive) this.process.kill();
    }
  }
}

/** `textDocument/didOpen` of a YAML document, as the editor sends it (the benchmarks' client and the tests' share it). */
export async function openDocument(connection: ProtocolConnection, uri: string, text: string, version: number): Promise<void> {
  await connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: 'yaml', version, text },
  });
}

/** `textDocument/didChange` with `changes` as the new `version`. */
export async function changeDocument(
  connection: ProtocolConnection,
  uri: string,
  version: number,
  changes: TextDocumentContentChangeEvent[],
): Promise<void> {
  await connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version },
    contentChanges: changes,
  });
}

/**
 * Resolves after `ms`, or sooner when something wakes the `waiters` (a notification arrived): a waiting loop then
 * looks again at what it is waiting for.
 */
export function wakeOrTimeout(waiters: (() => void)[], ms: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    waiters.push(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export function rssMbOf(pid: number): number {
  return statusMbOf(pid, 'VmRSS');
}

/** Peak resident set size of a process so far, in MB (VmHWM of /proc/<pid>/status). */
export function peakRssMbOf(pid: number): number {
  return statusMbOf(pid, 'VmHWM');
}

function statusMbOf(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status);
  if (!match) throw new Error(`no ${field} in /proc/${pid}/status`);
  return Number(match[1]) / 1024;
}

let clockTicks: number | undefined;

function ticksPerSecond(): number {
  if (clockTicks === undefined) {
    try {
      clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

export function cpuMsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name is in parentheses and may hold spaces: count fields after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1000) / ticksPerSecond();
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took more than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
