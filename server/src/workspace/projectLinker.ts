import type {
  ImportedSymbol,
  ArgumentCode,
  ArgumentRef,
  ArgumentValue,
  CodeDefinition,
  CodeReference,
  Construction,
  SourceModel,
  StatusSite,
} from '../analysis/types';
import { isCodeShaped } from '../analysis/codeShape';
import { DEFAULT_CODE_DEFINER } from '../analysis/statusMaps';
import { WRAPPER_STYLE } from '../analysis/envelopes';
import type { SyncFileView } from './host';
import { MAX_HOPS, ModuleGraph, own, type ModuleSources } from './moduleGraph';

/** What a file's imports resolve to: references and definitions its own analysis could not complete. */
interface Linked {
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
  /** What each module exports and holds, across imports, re-exports and files not yet indexed. */
  private readonly modules: ModuleGraph;
  /** Files with a status-to-code map, whose entries give raised statuses their default codes. */
  private readonly defaultMaps = new Set<string>();
  private defaults: { generation: number; codes: Map<number, string>; fallback?: string } | undefined;

  /**
   * @param onStale told when what imports resolve to may have changed: a file changed what it
   * offers to others, or files came or went
   */
  constructor(
    view: SyncFileView | undefined,
    roots: readonly string[],
    sources: ModuleSources,
    private readonly onStale: () => void = () => undefined,
  ) {
    this.modules = new ModuleGraph(view, roots, sources);
  }

  /** A file's model changed or went away: what others resolved through it is stale if its offer changed. */
  modelChanged(uri: string, model: SourceModel | undefined): void {
    this.modules.modelChanged(uri);
    if (model && definesDefaultCodes(model)) this.defaultMaps.add(uri);
    else this.defaultMaps.delete(uri);
    const offer = model ? offerOf(model) : undefined;
    if (this.offers.get(uri) === offer) return;
    if (offer === undefined) this.offers.delete(uri);
    else this.offers.set(uri, offer);
    this.generation++;
    this.onStale();
  }

  /** Files were added or removed, or a configuration changed: imports may resolve elsewhere. */
  filesChanged(): void {
    this.modules.filesChanged();
    this.generation++;
    this.onStale();
  }

  /** Whether a model may define codes that only linking completes (`createError(ErrorCode.X, ...)`). */
  static mayDefineThroughLinking(model: SourceModel): boolean {
    return (
      (model.pendingDefinitions?.length ?? 0) > 0 || (model.constructions ?? []).some((c) => c.definesClass)
    );
  }

  /** Whether a model has names that only linking resolves. */
  static needsLinking(model: SourceModel): boolean {
    return (
      (model.importedClassUses?.length ?? 0) > 0 ||
      (model.pendingReferences?.length ?? 0) > 0 ||
      (model.pendingDefinitions?.length ?? 0) > 0 ||
      (model.constructions?.length ?? 0) > 0 ||
      (model.raised?.length ?? 0) > 0
    );
  }

  /** The definitions a model's imports complete; computed alone, as the index feeds them to the catalog. */
  definitionsOf(model: SourceModel): CodeDefinition[] {
    if (!ProjectLinker.mayDefineThroughLinking(model)) return [];
    const cached = this.cache.get(model);
    return cached && cached.generation === this.generation
      ? cached.linked.definitions
      : this.linkedDefinitions(model, 0);
  }

  /**
   * The file and local name an imported symbol is bound to (`{ router }` of `'./orders'`, a
   * namespace import's member), across re-exports; undefined when it does not resolve.
   */
  bindingOf(
    fromUri: string,
    symbol: ImportedSymbol,
  ): { uri: string; local: string; members: string[] } | undefined {
    const target = this.modules.resolveModule(fromUri, symbol.module);
    if (target === undefined) return undefined;
    const [first, ...rest] = symbol.members;
    const namespace = symbol.name === '*';
    if (namespace && first === undefined) return undefined;
    const name = namespace ? first : symbol.name;
    const members = namespace ? rest : [...symbol.members];
    const binding = this.modules.exportedBinding(target, name, 0);
    if (binding) return { ...binding, members };
    // `export default function (app) {...}` binds no name: its routes name it `default`.
    return name === 'default' ? { uri: target, local: 'default', members } : undefined;
  }

  /** A file's model, read and analysed once if no index holds it (a handler's module). */
  moduleModel(uri: string): SourceModel | undefined {
    return this.modules.modelOf(uri);
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
    const taken = new Set(model.references.map((r) => rangeKey(r.range)));
    const add = (reference: CodeReference) => {
      // A body an envelope row already read is not read again through its wrapper.
      if (taken.has(rangeKey(reference.range))) return;
      taken.add(rangeKey(reference.range));
      references.push(reference);
    };
    for (const use of model.importedClassUses ?? []) {
      const definition = this.importedClass(model.uri, use.module, use.importedName, 0);
      if (!definition) continue;
      add({ code: definition.code, range: use.range, style: definition.definer ?? 'class', kind: 'class' });
    }
    for (const pending of model.pendingReferences ?? []) {
      const code = this.modules.symbolCode(model.uri, pending.symbol);
      if (code !== undefined) add({ ...pending.reference, code });
    }
    for (const construction of model.constructions ?? []) {
      if (construction.definesClass) continue;
      const reference = this.constructionReference(model, construction, 0);
      if (reference) add(reference);
    }
    for (const reference of this.defaultCodeReferences(model)) add(reference);
    return { references, definitions: this.linkedDefinitions(model, 0) };
  }

  /**
   * `new NotFoundException()`, `Boom.notFound()`: an error raised with a status alone is sent with
   * the API's default code for that status, where its error handler maps statuses to codes.
   */
  private defaultCodeReferences(model: SourceModel): CodeReference[] {
    const raised = model.raised ?? [];
    if (raised.length === 0) return [];
    const { codes, fallback } = this.defaultCodes();
    if (codes.size === 0) return [];
    const withCode = new Set(model.references.flatMap((r) => (r.status ? [rangeKey(r.status.range)] : [])));
    const references: CodeReference[] = [];
    for (const { status, range } of raised) {
      const code = codes.get(status.value) ?? fallback;
      if (code === undefined || withCode.has(rangeKey(status.range))) continue;
      references.push({ code, range, style: DEFAULT_CODE_DEFINER, kind: 'class' });
    }
    return references;
  }

  /**
   * The workspace's status-to-code maps, joined: the first map to give a status its code wins;
   * the first `default:` gives the code of the statuses none lists.
   */
  private defaultCodes(): { codes: Map<number, string>; fallback?: string } {
    if (this.defaults?.generation === this.generation) return this.defaults;
    const codes = new Map<number, string>();
    let fallback: string | undefined;
    for (const uri of [...this.defaultMaps].sort()) {
      const model = this.modules.modelOf(uri);
      if (!model) continue;
      for (const definition of [...model.definitions, ...this.linkedDefinitions(model, 0)]) {
        if (definition.definer !== DEFAULT_CODE_DEFINER) continue;
        if (definition.status === undefined) fallback ??= definition.code;
        else if (!codes.has(definition.status)) codes.set(definition.status, definition.code);
      }
    }
    this.defaults = { generation: this.generation, codes, fallback };
    return this.defaults;
  }

  /** The definitions only linking completes: codes read through imports, and subclasses fixing a code. */
  private linkedDefinitions(model: SourceModel, hops: number): CodeDefinition[] {
    const definitions: CodeDefinition[] = [];
    for (const pending of model.pendingDefinitions ?? []) {
      const code = pending.code ?? (pending.symbol && this.modules.symbolCode(model.uri, pending.symbol));
      if (code === undefined) continue;
      const definition: CodeDefinition = { ...pending.definition, code };
      const status = pending.statusDefault && this.parameterDefault(model, pending.statusDefault);
      if (status !== undefined) definition.status = status;
      definitions.push(definition);
    }
    if (hops > MAX_HOPS) return definitions;
    for (const construction of model.constructions ?? []) {
      if (!construction.definesClass) continue;
      const definition = this.subclassDefinition(model, construction, hops + 1);
      if (definition) definitions.push(definition);
    }
    return definitions;
  }

  /** The definition of a class in a file, by its local name: a code-defining call, or a subclass. */
  private classDefinition(uri: string, local: string, hops: number): CodeDefinition | undefined {
    const model = this.modules.modelOf(uri);
    if (!model) return undefined;
    const own = model.definitions.find((d) => d.className === local);
    if (own) return own;
    const linked =
      model.pendingDefinitions?.some((p) => p.definition.className === local) ||
      model.constructions?.some((c) => c.definesClass?.name === local);
    return linked ? this.linkedDefinitions(model, hops).find((d) => d.className === local) : undefined;
  }

  /** The definition that makes the class a module exports under `name`, following re-exports. */
  private importedClass(
    fromUri: string,
    module: string,
    name: string,
    hops: number,
  ): CodeDefinition | undefined {
    const target = this.modules.resolveModule(fromUri, module);
    if (target === undefined) return undefined;
    const binding = this.modules.exportedBinding(target, name, 0);
    if (!binding) return name === 'default' ? this.modules.soleExportedClass(target) : undefined;
    return this.classDefinition(binding.uri, binding.local, hops + 1);
  }

  /** `new ApiError({ code: 'NOT_FOUND' })`: the code its class's wrapper reads, or the class's own code. */
  private constructionReference(
    model: SourceModel,
    construction: Construction,
    hops: number,
  ): CodeReference | undefined {
    const binding = this.calleeBinding(model, construction.callee);
    if (!binding) return undefined;
    const definition = this.classDefinition(binding.uri, binding.local, hops + 1);
    if (definition) {
      return {
        code: definition.code,
        range: construction.range,
        style: definition.definer ?? 'class',
        kind: 'class',
      };
    }
    const read = this.wrapperRead(model, binding, construction.args);
    if (!read) return undefined;
    // A code looked up from what is written (`CODES['DISCOUNT_EXISTS']`) is the class's to show.
    const reference: CodeReference = read.lookedUp
      ? { code: read.code, range: construction.range, style: WRAPPER_STYLE, kind: 'class' }
      : {
          code: read.code,
          range: read.written.range,
          style: WRAPPER_STYLE,
          kind: 'text' in read.written && read.written.written === 'literal' ? 'envelope' : 'constant',
        };
    if (read.status) reference.status = read.status;
    return reference;
  }

  /** `class NotFoundError extends ApiError { constructor() { super({ code: 'NOT_FOUND' }) } }`. */
  private subclassDefinition(
    model: SourceModel,
    construction: Construction,
    hops: number,
  ): CodeDefinition | undefined {
    const defined = construction.definesClass!;
    const binding = this.calleeBinding(model, construction.callee);
    if (!binding || (binding.uri === model.uri && binding.local === defined.name)) return undefined;
    const base = this.classDefinition(binding.uri, binding.local, hops + 1);
    const read = base ? undefined : this.wrapperRead(model, binding, construction.args);
    const code = base?.code ?? read?.code;
    if (code === undefined) return undefined;
    const definition: CodeDefinition = {
      code,
      range: read?.written.range ?? construction.range,
      className: defined.name,
      exported: defined.exported,
      definer: SUBCLASS_DEFINER,
    };
    if (!read || !('text' in read.written) || read.written.written !== 'literal') definition.via = 'constant';
    if (read?.status) {
      definition.status = read.status.value;
      definition.statusSite = read.status;
    }
    return definition;
  }

  /** What a class's wrapper summary reads from a construction's arguments. */
  private wrapperRead(
    model: SourceModel,
    binding: { uri: string; local: string },
    args: readonly ArgumentValue[],
  ): { code: string; written: ArgumentCode; status?: StatusSite; lookedUp?: true } | undefined {
    const wrappers = this.modules.modelOf(binding.uri)?.module?.wrappers;
    const wrapper = wrappers && own(wrappers, binding.local);
    if (!wrapper) return undefined;
    const written = argumentAt(args, wrapper.code)?.code;
    if (!written) return undefined;
    const value = 'text' in written ? written.text : this.modules.symbolCode(model.uri, written.symbol);
    if (value === undefined) return undefined;
    // `super({ code: CODES[providerCode] })`: what is written is the key of the code's map.
    const lookup = wrapper.code.lookup;
    const code = lookup ? this.modules.localValue(binding.uri, [...lookup, value], 0) : value;
    if (code === undefined || !isCodeShaped(code)) return undefined;
    const status =
      wrapper.status && 'from' in wrapper.status ? argumentAt(args, wrapper.status.from)?.status : undefined;
    return { code, written, ...(status && { status }), ...(lookup && { lookedUp: true as const }) };
  }

  /** The numeric default of a function's parameter, where the function's module declares it. */
  private parameterDefault(
    model: SourceModel,
    at: { callee: string[]; argument: number },
  ): number | undefined {
    const binding = this.calleeBinding(model, at.callee);
    const defaults = binding && this.modules.modelOf(binding.uri)?.module?.defaults;
    const parameters = defaults && own(defaults, binding.local);
    return parameters && own(parameters, String(at.argument));
  }

  /** The file and local name of the class a construction names: declared in the file, or imported. */
  private calleeBinding(
    model: SourceModel,
    callee: readonly string[],
  ): { uri: string; local: string } | undefined {
    const summary = model.module;
    const imported = summary && own(summary.imports, callee[0]);
    if (!imported) return callee.length === 1 ? { uri: model.uri, local: callee[0] } : undefined;
    const target = this.modules.resolveModule(model.uri, imported.module);
    if (target === undefined) return undefined;
    if (imported.importedName === '*') {
      return callee.length === 2 ? this.modules.exportedBinding(target, callee[1], 0) : undefined;
    }
    return callee.length === 1 ? this.modules.exportedBinding(target, imported.importedName, 0) : undefined;
  }
}

function definesDefaultCodes(model: SourceModel): boolean {
  return (
    model.definitions.some((d) => d.definer === DEFAULT_CODE_DEFINER) ||
    (model.pendingDefinitions ?? []).some((p) => p.definition.definer === DEFAULT_CODE_DEFINER)
  );
}

/** The definer of a class whose constructor passes a fixed code to its base class. */
const SUBCLASS_DEFINER = 'subclass';

/** The value a wrapper reads: an argument, or a property of an object argument. */
function argumentAt(
  args: readonly ArgumentValue[],
  ref: ArgumentRef,
): { code?: ArgumentCode; status?: StatusSite } | undefined {
  const argument = args[ref.argument];
  if (!argument) return undefined;
  return ref.property === undefined ? argument : argument.properties?.[ref.property];
}

function rangeKey(range: CodeReference['range']): string {
  return `${range.start.line}:${range.start.character}:${range.end.line}:${range.end.character}`;
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

function byPosition(a: { range: CodeReference['range'] }, b: { range: CodeReference['range'] }): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
