import type { Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, settingsFrom } from '../core/settings';
import type { CheckSettings } from '../core/settings';

export const SETTINGS_SECTION = 'kubeSvc';

/**
 * The user's `kubeSvc.*` settings. Pulled with `workspace/configuration` when the client supports it (VS Code);
 * otherwise taken from `initializationOptions` and pushed `didChangeConfiguration` payloads (Neovim, Helix).
 */
export class SettingsSource {
  private current: CheckSettings = DEFAULT_SETTINGS;

  constructor(
    private readonly connection: Connection,
    private readonly canPull: boolean,
  ) {}

  get settings(): CheckSettings {
    return this.current;
  }

  useInitial(initializationOptions: unknown): void {
    const section = sectionOf(initializationOptions);
    if (section !== undefined) this.current = settingsFrom(section);
  }

  /** Refreshes from the client; `pushed` is the `settings` of a didChangeConfiguration notification. */
  async refresh(pushed?: unknown): Promise<void> {
    if (this.canPull) {
      const [section] = (await this.connection.workspace.getConfiguration([{ section: SETTINGS_SECTION }])) as unknown[];
      this.current = settingsFrom(section);
      return;
    }
    const section = sectionOf(pushed);
    if (section !== undefined) this.current = settingsFrom(section);
  }
}

function sectionOf(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null) return undefined;
  return (raw as Record<string, unknown>)[SETTINGS_SECTION];
}
