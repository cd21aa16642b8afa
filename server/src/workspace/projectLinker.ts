import type {
  CodeDefinition,
  CodeReference,
  ConstData,
  ImportedSymbol,
  ModuleSummary,
  SourceModel,
} from '../analysis/types';
import { isCodeShaped } from '../analysis/codeShape';
import { descend } from '../analysis/constantData';
import type { SyncFileView } from './host';
import { MAX_SOURCE_BYTES } from './fileLimits';
import { ModuleResolution } from './moduleResolution';
import { pathToUri, uriToPath } from './paths';

/** Chains of re-exports and constants naming constants end well before this; a cycle ends here. */
const MAX_HOPS = 24;

/** What the linker reads the workspace's files through. */
export interface LinkerSources {
  /** The model of a file the index or the editor holds. */
  modelOf(uri: string): SourceModel | undefined;
  /** Analyses a file the index left out (no reference of its own, or outside the folders checked). */
  analyze(uri: string, text: string): SourceModel;
  /** The source files the index walked, where workspace packages are looked for. */
  knownFiles(): Iterable<string>;
}

/** What a file's imports resolve to: references and definitions its own analysis could not complete. */
export interface Linked {
  references: CodeReference[];
  definitions: CodeDefinition[];
}

const NOTHING: Linked = { references: [], definitions: [] };

/**
 * Joins the files of the workspace through their imports, the one place where a name imported
 * from another module becomes a code: `new ForbiddenError()` of a class made in another package
 * and re-exported by barrels, `{ code: ErrorCode.Forbidden }` of an imported enum,
 * `createError(ErrorCode.Forbidden, msg, 403)`. Each file's analysis leaves such names pending;
 * linking resolves them against the other files' module summaries, with TypeScript's module
 * resolution. Results are cached per model until a file changes what it offers to others.
 */
export class ProjectLinker {
  private generation = 0;
  private readonly cache = new WeakMap<
    SourceModel,
    { generation: number; linked: Linked; merged?: SourceModel }
  >();
  /** A hash of what each file offers to others, to tell a change that matters to importers. */
  private readonly offers = new Map<string, number>();
  private readonly lazyModels = new Map<string, SourceModel | null>();
  private readonly resolution: ModuleResolution | undefined;

  constructor(
    private readonly view: SyncFileView | undefined,
    roots: readonly string[],
    private readonly sources: LinkerSources,
  ) {
    this.resolution = view && new ModuleResolution(view, roots, () => sources.knownFiles());
  }

  /** A file's model changed or went away: what others resolved through it is stale if its offer changed. */
  modelChanged(uri: string, model: SourceModel | undefined): void {
    this.lazyModels.delete(uri);
    const offer = model ? offerOf(model) : undefined;
    if (this.offers.get(uri) === offer) return;
    if (offer === undefined) this.offers.delete(uri);
    else this.offers.set(uri, offer);
    this.generation++;
  }

  /** Files were added or removed, or a configuration changed: imports may resolve elsewhere. */
  filesChanged(): void {
    this.resolution?.clear();
    this.lazyModels.clear();
    this.generation++;
  }

  /** Whether a model has names that only linking resolves. */
  static needsLinking(model: SourceModel): boolean {
    return (
      (model.importedClassUses?.length ?? 0) > 0 ||
      (model.pendingReferences?.length ?? 0) > 0 ||
      (model.pendingDefinitions?.length ?? 0) > 0
    );
  }

  /** The references and definitions a model's imports resolve to. */
  resolved(model: SourceModel): Linked {
    return this.entry(model)?.linked ?? NOTHING;
  }

  /**
   * The model with what its imports resolve to, in document order: the same object until a file
   * changes what it offers, so caches keyed by model keep working.
   */
  link(model: SourceModel): SourceModel {
    const entry = this.entry(model);
    if (!entry) return model;
    const { references, definitions } = entry.linked;
    if (references.length === 0 && definitions.length === 0) return model;
    entry.merged ??= {
      ...model,
      references: [...model.references, ...references].sort(byPosition),
      definitions: [...model.definitions, ...definitions].sort(byPosition),
    };
    return entry.merged;
  }

  private entry(model: SourceModel) {
    if (!ProjectLinker.needsLinking(model)) return undefined;
    let entry = this.cache.get(model);
    if (!entry || entry.generation !== this.generation) {
      entry = { generation: this.generation, linked: this.resolve(model) };
      this.cache.set(model, entry);
    }
    return entry;
  }

  private resolve(model: SourceModel): Linked {
    const references: CodeReference[] = [];
    for (const use of model.importedClassUses ?? []) {
      const definition = this.importedClass(model.uri, use.module, use.importedName);
      if (!definition) continue;
      references.push({
        code: definition.code,
        range: use.range,
        style: definition.definer ?? 'class',
        kind: 'class',
      });
    }
    for (const pending of model.pendingReferences ?? []) {
      const code = this.symbolCode(model.uri, pending.symbol);
      if (code !== undefined) references.push({ ...pending.reference, code });
    }
    return { references, definitions: this.pendingDefinitions(model) };
  }

  private pendingDefinitions(model: SourceModel): CodeDefinition[] {
    const definitions: CodeDefinition[] = [];
    for (const pending of model.pendingDefinitions ?? []) {
      const code = this.symbolCode(model.uri, pending.symbol);
      if (code !== undefined) definitions.push({ ...pending.definition, code });
    }
    return definitions;
  }

  /** The definition that makes the class a module exports under `name`, following re-exports. */
  private importedClass(fromUri: string, module: string, name: string): CodeDefinition | undefined {
    const target = this.resolveModule(fromUri, module);
    if (target === undefined) return undefined;
    const binding = this.exportedBinding(target, name, 0);
    if (!binding) return name === 'default' ? this.soleExportedClass(target) : undefined;
    const model = this.modelOf(binding.uri);
    if (!model) return undefined;
    const own = model.definitions.find((d) => d.className === binding.local);
    if (own) return own;
    const pending = model.pendingDefinitions?.some((p) => p.definition.className === binding.local);
    return pending ? this.pendingDefinitions(model).find((d) => d.className === binding.local) : undefined;
  }

  /**
   * A default import of a module without a default export: CommonJS interop hands over the
   * module itself, and a module that exports one error class is taken to mean that class.
   */
  private soleExportedClass(uri: string): CodeDefinition | undefined {
    const classes = this.modelOf(uri)?.definitions.filter((d) => d.className && d.exported) ?? [];
    return classes.length === 1 ? classes[0] : undefined;
  }

  private symbolCode(fromUri: string, symbol: ImportedSymbol): string | undefined {
    const target = this.resolveModule(fromUri, symbol.module);
    const value = target && this.exportValue(target, symbol.name, symbol.members, 0);
    return value !== undefined && isCodeShaped(value) ? value : undefined;
  }

  /** The string a module's export holds, read along member names. */
  private exportValue(
    uri: string,
    name: string,
    members: readonly string[],
    hops: number,
  ): string | undefined {
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
  private localValue(uri: string, path: readonly string[], hops: number): string | undefined {
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
  private exportedBinding(
    uri: string,
    name: string,
    hops: number,
  ): { uri: string; local: string } | undefined {
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

  private resolveModule(fromUri: string, specifier: string): string | undefined {
    const file = this.resolution?.resolve(uriToPath(fromUri), specifier);
    return file === undefined ? undefined : pathToUri(file);
  }

  private summaryOf(uri: string): ModuleSummary | undefined {
    return this.modelOf(uri)?.module;
  }

  /** The index's or the editor's model, else the file read and analysed here once. */
  private modelOf(uri: string): SourceModel | undefined {
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

/** A hash of what a file offers to others; equal offers, equal answers for its importers. */
function offerOf(model: SourceModel): number {
  const classes = model.definitions
    .filter((d) => d.className)
    .map((d) => [d.code, d.className, d.exported, d.status, d.definer]);
  const pending = (model.pendingDefinitions ?? []).map((p) => [
    p.symbol,
    p.definition.className,
    p.definition.status,
  ]);
  return hash(JSON.stringify([model.module ?? null, classes, pending]));
}

/** FNV-1a over UTF-16 units: a collision only costs a stale answer until the next change. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

function byPosition(a: { range: CodeReference['range'] }, b: { range: CodeReference['range'] }): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
