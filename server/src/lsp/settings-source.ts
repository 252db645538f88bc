import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection } from 'vscode-languageserver';
import { CONFIG_FILE_NAME, readConfigForEditor } from '../workspace/config-file';
import { RULE_IDS } from '../core/rules/rule-catalog';
import { DEFAULT_SETTINGS, settingsFrom } from '../core/settings';
import type { CheckSettings } from '../core/settings';
import { RESTRICTED_SETTING_NAMES } from '../core/settings-schema';
import { WORKSPACE_TRUSTED_KEY } from '../protocol/settings-protocol';

export const SETTINGS_SECTION = 'kubeSvc';

/**
 * Settings of `.kube-svc.json` the editor does not take from it: they belong to the person, not the repository.
 * `language` follows the editor's display language unless the user sets it; `enable: false` in a settings file fails
 * the command line's run, and a committed file must not switch the editor's checking off either.
 */
const PERSONAL_SETTINGS: readonly string[] = ['enable', 'language'];

/**
 * The user's `kubeSvc.*` settings over those of `.kube-svc.json` at the root of the first workspace folder. The
 * editor's are pulled with `workspace/configuration` when the client supports it (VS Code, whose client sends only
 * the settings the user set); otherwise taken from `initializationOptions` and pushed `didChangeConfiguration`
 * payloads (Neovim, Helix). The file is read again at every refresh.
 */
export class SettingsSource {
  private current: CheckSettings = DEFAULT_SETTINGS;
  private editor: unknown;
  private configFile: string | undefined;
  private lastProblem: string | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly canPull: boolean,
  ) {}

  get settings(): CheckSettings {
    return this.current;
  }

  useInitial(initializationOptions: unknown): void {
    const section = sectionOf(initializationOptions);
    if (section === undefined) return;
    this.editor = section;
    this.current = settingsFrom(section);
  }

  /** The workspace folders (or root URI) of `initialize`: the first one's `.kube-svc.json` applies. */
  useWorkspaceFolders(folderUris: readonly string[]): void {
    const first = folderUris[0];
    this.configFile = first?.startsWith('file:') ? path.join(fileURLToPath(first), CONFIG_FILE_NAME) : undefined;
  }

  /** Refreshes from the client and the settings file; `pushed` is the `settings` of a didChangeConfiguration notification. */
  async refresh(pushed?: unknown): Promise<void> {
    if (this.canPull) {
      [this.editor] = (await this.connection.workspace.getConfiguration([{ section: SETTINGS_SECTION }])) as unknown[];
    } else {
      const section = sectionOf(pushed);
      if (section !== undefined) this.editor = section;
    }
    this.current = settingsFrom(layered(await this.fileSettings(), this.editor));
  }

  /** What `.kube-svc.json` sets that the editor takes; a problem with the file is logged once. */
  private async fileSettings(): Promise<Record<string, unknown>> {
    if (this.configFile === undefined) return {};
    const { raw, problem } = await readConfigForEditor(this.configFile, CONFIG_FILE_NAME, RULE_IDS);
    if (problem !== this.lastProblem && problem !== undefined) {
      this.connection.console.warn(`kube-svc: ${problem} (the editor uses the settings of the file it can)`);
    }
    this.lastProblem = problem;
    const untrusted = isRecord(this.editor) && this.editor[WORKSPACE_TRUSTED_KEY] === false;
    const skipped = untrusted ? [...PERSONAL_SETTINGS, ...RESTRICTED_SETTING_NAMES] : PERSONAL_SETTINGS;
    return Object.fromEntries(Object.entries(raw ?? {}).filter(([key]) => !skipped.includes(key)));
  }
}

/**
 * The editor's settings over the file's: each setting the editor has wins whole, except `rules`, merged per rule id
 * (as VS Code merges an object setting of the user's and the workspace's).
 */
function layered(file: Record<string, unknown>, editor: unknown): unknown {
  if (!isRecord(editor)) return file;
  const merged: Record<string, unknown> = { ...file, ...editor };
  if (isRecord(file.rules) && isRecord(editor.rules)) merged.rules = { ...file.rules, ...editor.rules };
  return merged;
}

function sectionOf(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null) return undefined;
  return (raw as Record<string, unknown>)[SETTINGS_SECTION];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
