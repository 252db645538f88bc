import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  ExitNotification,
} from 'vscode-languageserver-protocol/node';
import { StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import type {
  ClientCapabilities,
  Diagnostic,
  InitializeParams,
  ProtocolConnection,
  PublishDiagnosticsParams,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

import { changeDocument, openDocument, wakeOrTimeout } from '../../bench/lsp-client';

export const SERVER = path.resolve(__dirname, '../../server/out/server.js');

/** The built server over stdio, driven by the protocol library that vscode-languageclient itself uses. */
/** `body` in a session with the server, initialised without a workspace folder; the server is closed after it. */
export async function withSession(body: (session: LspSession) => Promise<void>): Promise<void> {
  const session = new LspSession();
  try {
    await session.initialize();
    await body(session);
  } finally {
    await session.close();
  }
}

export class LspSession {
  readonly connection: ProtocolConnection;
  private readonly process: ChildProcess;
  private readonly published: PublishDiagnosticsParams[] = [];
  /** Every publishDiagnostics received, in order, never consumed: for tests that count publishes. */
  readonly publishLog: PublishDiagnosticsParams[] = [];
  /** Resolves with the server's exit code (null when killed) once its process is gone. */
  readonly exited: Promise<number | null>;
  private readonly waiters: (() => void)[] = [];
  /** What `workspace/configuration` answers for the `kubeSvc` section. */
  kubeSvcSettings: Record<string, unknown> = {};
  stderr = '';

  constructor() {
    this.process = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.exited = new Promise((resolve) => this.process.once('exit', (code) => resolve(code)));
    this.process.stderr?.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.connection = createProtocolConnection(
      new StreamMessageReader(this.process.stdout!),
      new StreamMessageWriter(this.process.stdin!),
    );
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      this.publishLog.push(params);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.connection.onRequest(ConfigurationRequest.type, (params) =>
      params.items.map((item) => (item.section === 'kubeSvc' ? this.kubeSvcSettings : null)),
    );
    this.connection.listen();
  }

  async initialize(
    capabilities: ClientCapabilities = { workspace: { configuration: true } },
    initializationOptions?: unknown,
    locale?: string,
  ): Promise<void> {
    await this.handshake({ rootUri: null, capabilities, initializationOptions, locale });
  }

  /** Initializes with the folder `dir` as the workspace root, which the server then scans. */
  async initializeWorkspace(
    dir: string,
    capabilities: ClientCapabilities = { workspace: { configuration: true } },
    initializationOptions?: unknown,
  ): Promise<void> {
    await this.handshake({ rootUri: pathToFileURL(dir).toString(), capabilities, initializationOptions });
  }

  private async handshake(params: Omit<InitializeParams, 'processId'>): Promise<void> {
    await this.connection.sendRequest(InitializeRequest.type, { processId: process.pid, ...params });
    await this.connection.sendNotification(InitializedNotification.type, {});
  }

  async open(uri: string, text: string, version = 1): Promise<void> {
    await openDocument(this.connection, uri, text, version);
  }

  async change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    await changeDocument(this.connection, uri, version, changes);
  }

  async pushSettings(settings: unknown): Promise<void> {
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings });
  }

  /** Waits until diagnostics for `uri` arrive that satisfy `accept`, or fails after `timeoutMs`. */
  async diagnostics(
    uri: string,
    accept: (diagnostics: Diagnostic[], params: PublishDiagnosticsParams) => boolean = () => true,
    timeoutMs = 5000,
  ): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const match = this.published.find((p) => p.uri === uri && accept(p.diagnostics, p));
      if (match) {
        this.published.splice(0, this.published.indexOf(match) + 1);
        return match.diagnostics;
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; stderr: ${this.stderr}`);
      await wakeOrTimeout(this.waiters, left);
    }
  }

  /** How many diagnostics were published for `uri` so far. */
  publishesFor(uri: string): number {
    return this.publishLog.filter((p) => p.uri === uri).length;
  }

  /** Releases every handle of the session without a word to the server (after a test's own shutdown and exit). */
  dispose(): void {
    this.connection.dispose();
    this.process.kill('SIGKILL');
    for (const stream of [this.process.stdin, this.process.stdout, this.process.stderr]) stream?.destroy();
    this.process.unref();
  }

  /** Shuts the server down (failing if it does not answer within 5 s) and releases every handle of the session. */
  async close(): Promise<void> {
    try {
      await Promise.race([
        this.connection.sendRequest(ShutdownRequest.type),
        new Promise((_, reject) => setTimeout(() => reject(new Error('no answer to shutdown within 5 s')), 5000).unref()),
      ]);
      await this.connection.sendNotification(ExitNotification.type);
    } finally {
      this.dispose();
    }
  }
}
