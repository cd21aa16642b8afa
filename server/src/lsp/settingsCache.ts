import type { Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../service/settings';

/**
 * Settings per resource, asked of the client (`workspace/configuration`) and kept until the
 * client says they changed. Never kept in a global: each folder may have its own.
 */
export class SettingsCache {
  private readonly cache = new Map<string, Promise<Settings>>();

  constructor(
    private readonly connection: Connection,
    private readonly clientHasConfiguration: () => boolean,
  ) {}

  get(uri: string): Promise<Settings> {
    if (!this.clientHasConfiguration()) return Promise.resolve(DEFAULT_SETTINGS);
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'errorCatalog' })
        .then(normalizeSettings, () => DEFAULT_SETTINGS);
      this.cache.set(uri, settings);
    }
    return settings;
  }

  clear(uri?: string): void {
    if (uri) this.cache.delete(uri);
    else this.cache.clear();
  }
}
