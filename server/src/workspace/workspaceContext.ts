import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentAnalyzer } from '../analysis/documentAnalyzer';
import type { SourceModel } from '../analysis/types';
import type { Catalog } from '../catalog/catalog';
import type { ServiceContext } from '../service/context';
import type { WorkspaceIndex } from './workspaceIndex';

/** Joins the workspace's catalogs and the analyser into what the features need. */
export class WorkspaceContext implements ServiceContext {
  private readonly analyzer = new DocumentAnalyzer();

  constructor(private readonly index: WorkspaceIndex) {}

  catalogFor(uri: string): Catalog {
    return this.index.catalogFor(uri);
  }

  analyze(document: TextDocument): SourceModel {
    const catalog = this.index.catalogFor(document.uri);
    return this.analyzer.analyze(
      { uri: document.uri, version: document.version, text: document.getText() },
      { envelopes: catalog.extensions.envelopes, carriers: catalog.extensions.carriers },
    );
  }

  /** Drops a closed document's cached analysis. */
  forget(uri: string): void {
    this.analyzer.forget(uri);
  }
}
