import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeSource } from '../analysis/analyzeSource';
import type { SourceModel } from '../analysis/types';
import type { Catalog } from '../catalog/catalog';
import type { ServiceContext } from '../service/context';
import type { WorkspaceIndex } from './workspaceIndex';

/** Joins the workspace's catalogs and the analyser into what the features need. */
export class WorkspaceContext implements ServiceContext {
  /** The last model of each document; a new version replaces it. */
  private readonly models = new Map<string, SourceModel>();

  constructor(private readonly index: WorkspaceIndex) {}

  catalogFor(uri: string): Catalog {
    return this.index.catalogFor(uri);
  }

  analyze(document: TextDocument): SourceModel {
    const catalog = this.index.catalogFor(document.uri);
    const cached = this.models.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const model = analyzeSource(
      { uri: document.uri, version: document.version, text: document.getText() },
      { envelopes: catalog.extensions.envelopes, carriers: catalog.extensions.carriers },
    );
    this.models.set(document.uri, model);
    return model;
  }

  /** Drops a closed document's cached analysis. */
  forget(uri: string): void {
    this.models.delete(uri);
  }
}
