import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { SourceModel } from '../analysis/types';
import type { Catalog } from '../catalog/catalog';
import type { CodeUsage, ServiceContext } from '../service/context';
import type { WorkspaceHost } from '../workspace/host';
import { isSourcePath } from '../workspace/fileKinds';
import type { SourceIndex } from '../workspace/sourceIndex';
import { walkFiles } from '../workspace/walk';
import type { WorkspaceContext } from '../workspace/workspaceContext';

/** Every source file below the folders, plus the files named, absolute, each once, in path order. */
export async function listSources(
  host: WorkspaceHost,
  folders: readonly string[],
  files: readonly string[] = [],
): Promise<string[]> {
  const found = new Set<string>(files);
  for (const folder of folders) {
    for (const relativePath of await walkFiles(host, folder, { accept: isSourcePath })) {
      found.add(`${folder}/${relativePath}`);
    }
  }
  return [...found].sort();
}

/**
 * The features' view of a run once the workspace is indexed: a document's model is the one the
 * index made, so validating a file parses nothing again (the editor's context re-analyses open
 * documents, which a one-shot run has no use for).
 */
export class IndexedContext implements ServiceContext {
  constructor(
    private readonly context: WorkspaceContext,
    private readonly sources: SourceIndex,
  ) {}

  catalogFor(uri: string): Catalog {
    return this.context.catalogFor(uri);
  }

  /** The indexed model, or none when the prefilter found the file could hold no reference. */
  model(uri: string): SourceModel | undefined {
    const model = this.sources.model(uri);
    if (!model) return undefined;
    return this.context.link(model);
  }

  analyze(document: TextDocument): SourceModel {
    return this.model(document.uri) ?? this.context.analyze(document);
  }

  usages(code: string): CodeUsage[] {
    return this.context.usages(code);
  }

  workspaceModels(): SourceModel[] {
    return this.context.workspaceModels();
  }

  catalogUris(): string[] {
    return this.context.catalogUris();
  }

  catalogText(uri: string): string | undefined {
    return this.context.catalogText(uri);
  }

  isTestFile(uri: string): boolean {
    return this.context.isTestFile(uri);
  }

  testFilesMentioning(code: string): number {
    return this.context.testFilesMentioning(code);
  }
}
