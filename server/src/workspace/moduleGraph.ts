import { isCodeShaped } from '../analysis/codeShape';
import { descend } from '../analysis/constantData';
import type {
  CodeDefinition,
  ConstData,
  ImportedSymbol,
  ModuleSummary,
  SourceModel,
} from '../analysis/types';
import type { SyncFileView } from './host';
import { MAX_SOURCE_BYTES } from './fileLimits';
import { ModuleResolution } from './moduleResolution';
import { pathToUri, uriToPath } from './paths';

/** Chains of re-exports and constants naming constants end well before this; a cycle ends here. */
export const MAX_HOPS = 24;

/** What the linker and the module graph read the workspace's files through. */
export interface ModuleSources {
  /** The model of a file the index or the editor holds. */
  modelOf(uri: string): SourceModel | undefined;
  /** Analyses a file the index left out (no reference of its own, or outside the folders checked). */
  analyze(uri: string, text: string): SourceModel;
  /** The source files the index walked, where workspace packages are looked for. */
  knownFiles(): Iterable<string>;
}

/**
 * The workspace's modules as a graph: what a module specifier resolves to, and what a module's
 * exports and constants hold, followed across imports, re-exports and `export *`. A module no
 * index has analysed (a package's file outside the sources walked) is read and analysed once.
 */
export class ModuleGraph {
  private readonly lazyModels = new Map<string, SourceModel | null>();
  private readonly resolution: ModuleResolution | undefined;

  constructor(
    private readonly view: SyncFileView | undefined,
    roots: readonly string[],
    private readonly sources: ModuleSources,
  ) {
    this.resolution = view && new ModuleResolution(view, roots, () => sources.knownFiles());
  }

  /** A file's model changed: the copy read on demand, if any, is no longer needed. */
  modelChanged(uri: string): void {
    this.lazyModels.delete(uri);
  }

  /** Files came or went: specifiers may resolve elsewhere. */
  filesChanged(): void {
    this.resolution?.clear();
    this.lazyModels.clear();
  }

  /**
   * A default import of a module without a default export: CommonJS interop hands over the
   * module itself, and a module that exports one error class is taken to mean that class.
   */
  soleExportedClass(uri: string): CodeDefinition | undefined {
    const classes = this.modelOf(uri)?.definitions.filter((d) => d.className && d.exported) ?? [];
    return classes.length === 1 ? classes[0] : undefined;
  }

  symbolCode(fromUri: string, symbol: ImportedSymbol): string | undefined {
    const target = this.resolveModule(fromUri, symbol.module);
    const value = target && this.exportValue(target, symbol.name, symbol.members, 0);
    return value !== undefined && isCodeShaped(value) ? value : undefined;
  }

  /** The string a module's export holds, read along member names. */
  exportValue(uri: string, name: string, members: readonly string[], hops: number): string | undefined {
    if (hops > MAX_HOPS) return undefined;
    const summary = this.summaryOf(uri);
    if (!summary) return undefined;
    const local = own(summary.exports, name);
    if (local !== undefined) return this.localValue(uri, [local, ...members], hops + 1);
    const reexport = own(summary.reexports, name);
    if (reexport) {
      const target = this.resolveModule(uri, reexport.module);
      if (!target) return undefined;
      if (reexport.name !== '*') return this.exportValue(target, reexport.name, members, hops + 1);
      const [first, ...rest] = members;
      return first === undefined ? undefined : this.exportValue(target, first, rest, hops + 1);
    }
    if (name === 'default') return undefined;
    for (const star of summary.stars) {
      const target = this.resolveModule(uri, star);
      const value = target && this.exportValue(target, name, members, hops + 1);
      if (value !== undefined) return value;
    }
    return undefined;
  }

  /** The string a path of names holds in a module's scope: its constants, or what it imports. */
  localValue(uri: string, path: readonly string[], hops: number): string | undefined {
    if (hops > MAX_HOPS) return undefined;
    const summary = this.summaryOf(uri);
    if (!summary) return undefined;
    const [root, ...members] = path;
    const data: ConstData | undefined = own(summary.values, root);
    if (data) {
      const value = descend(data, members);
      if (!value) return undefined;
      if ('s' in value) return value.s;
      if ('r' in value) return this.localValue(uri, value.r, hops + 1);
      return undefined;
    }
    const imported = own(summary.imports, root);
    if (!imported) return undefined;
    const target = this.resolveModule(uri, imported.module);
    if (!target) return undefined;
    if (imported.importedName !== '*')
      return this.exportValue(target, imported.importedName, members, hops + 1);
    const [first, ...rest] = members;
    return first === undefined ? undefined : this.exportValue(target, first, rest, hops + 1);
  }

  /** The file and local name a module's export is bound to, across re-exports, stars and imports. */
  exportedBinding(uri: string, name: string, hops: number): { uri: string; local: string } | undefined {
    if (hops > MAX_HOPS) return undefined;
    const summary = this.summaryOf(uri);
    if (!summary) return undefined;
    const local = own(summary.exports, name);
    if (local !== undefined) {
      const imported = own(summary.imports, local);
      if (!imported || imported.importedName === '*') return { uri, local };
      const target = this.resolveModule(uri, imported.module);
      return target === undefined ? undefined : this.exportedBinding(target, imported.importedName, hops + 1);
    }
    const reexport = own(summary.reexports, name);
    if (reexport) {
      const target = this.resolveModule(uri, reexport.module);
      return target !== undefined && reexport.name !== '*'
        ? this.exportedBinding(target, reexport.name, hops + 1)
        : undefined;
    }
    if (name === 'default') return undefined;
    for (const star of summary.stars) {
      const target = this.resolveModule(uri, star);
      const binding = target === undefined ? undefined : this.exportedBinding(target, name, hops + 1);
      if (binding) return binding;
    }
    return undefined;
  }

  resolveModule(fromUri: string, specifier: string): string | undefined {
    const file = this.resolution?.resolve(uriToPath(fromUri), specifier);
    return file === undefined ? undefined : pathToUri(file);
  }

  summaryOf(uri: string): ModuleSummary | undefined {
    return this.modelOf(uri)?.module;
  }

  /** The index's or the editor's model, else the file read and analysed here once. */
  modelOf(uri: string): SourceModel | undefined {
    const model = this.sources.modelOf(uri);
    if (model) return model;
    const cached = this.lazyModels.get(uri);
    if (cached !== undefined) return cached ?? undefined;
    const text = this.view?.readFile(uriToPath(uri), MAX_SOURCE_BYTES);
    const analysed = text === undefined ? undefined : this.sources.analyze(uri, text);
    this.lazyModels.set(uri, analysed ?? null);
    return analysed;
  }
}

export function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
