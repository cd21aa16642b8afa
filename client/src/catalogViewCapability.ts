import type { ClientCapabilities, FeatureState, StaticFeature } from 'vscode-languageclient';
import type { CatalogClientCapabilities } from '../../server/src/lsp/catalogProtocol';

/**
 * Declares that this client shows a catalog view (an experimental client capability), so that the
 * server tells it when catalogs or usages change; other editors are sent no such notification.
 */
export const catalogViewCapability: StaticFeature = {
  fillClientCapabilities(capabilities: ClientCapabilities): void {
    const experimental: CatalogClientCapabilities = { errorCatalog: { catalogView: true } };
    capabilities.experimental = { ...(capabilities.experimental as object | undefined), ...experimental };
  },
  initialize(): void {},
  getState(): FeatureState {
    return { kind: 'static' };
  },
  clear(): void {},
};
