import {
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
  type PositionEncodingKind,
  type ServerCapabilities,
} from 'vscode-languageserver';
import { CODE_ACTION_KINDS } from '../service/codeActions';
import { SEMANTIC_TOKEN_LEGEND } from '../service/semanticTokens';
import { uriToPath } from '../workspace/paths';
import type { PositionEncoding } from './positionEncoding';
import type { ServerSession } from './session';

/**
 * `initialize`: takes note of what the client supports and where its workspace is, and answers
 * what the server offers, in the position encoding the two agree on.
 */
export function registerInitialize(session: ServerSession, positions: PositionEncoding | undefined): void {
  session.connection.onInitialize((params: InitializeParams): InitializeResult => {
    session.client = {
      capabilities: params.capabilities,
      hasConfiguration: params.capabilities.workspace?.configuration === true,
      hasDynamicWatchers: params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
      roots: workspaceRoots(params),
    };
    const positionEncoding = positions?.negotiate(params.capabilities.general?.positionEncodings) ?? 'utf-16';
    return { capabilities: serverCapabilities(positionEncoding), serverInfo: { name: 'error-catalog' } };
  });
}

function serverCapabilities(positionEncoding: PositionEncodingKind): ServerCapabilities {
  return {
    positionEncoding,
    textDocumentSync: TextDocumentSyncKind.Incremental,
    hoverProvider: true,
    // `(` for a carrier's status, a space for `throw `.
    completionProvider: { triggerCharacters: ["'", '"', '`', '(', ' '], resolveProvider: true },
    codeActionProvider: { codeActionKinds: [...CODE_ACTION_KINDS] },
    diagnosticProvider: {
      identifier: 'error-catalog',
      interFileDependencies: true,
      workspaceDiagnostics: true,
    },
    definitionProvider: true,
    referencesProvider: true,
    renameProvider: { prepareProvider: true },
    workspaceSymbolProvider: true,
    documentSymbolProvider: true,
    inlayHintProvider: { resolveProvider: false },
    codeLensProvider: { resolveProvider: true },
    semanticTokensProvider: { legend: SEMANTIC_TOKEN_LEGEND, full: true, range: false },
    workspace: { workspaceFolders: { supported: true } },
  };
}

function workspaceRoots(params: InitializeParams): string[] {
  if (params.workspaceFolders && params.workspaceFolders.length > 0) {
    return params.workspaceFolders.map((folder) => uriToPath(folder.uri));
  }
  if (params.rootUri) return [uriToPath(params.rootUri)];
  return params.rootPath ? [params.rootPath] : [];
}
