import type { WorkspaceHost } from '../workspace/host';
import { registerAddEntries } from './addEntries';
import { registerCatalogChanges } from './catalogChanges';
import { registerCatalogEntries } from './catalogEntries';
import { registerCatalogStatus } from './catalogStatus';
import { registerImportDocument } from './importDocument';
import type { Session } from './session';

/**
 * The requests behind the VS Code client's catalog view, language status and commands (see
 * catalogProtocol.ts).
 */
export function registerCatalogView(session: Session, host: WorkspaceHost): void {
  registerCatalogEntries(session);
  registerCatalogStatus(session);
  registerCatalogChanges(session);
  registerImportDocument(session, host);
  registerAddEntries(session);
}
