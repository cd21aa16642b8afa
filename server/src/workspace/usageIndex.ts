import type { CodeReference, SourceModel } from '../analysis/types';
import type { CodeUsage } from '../service/context';
import { resolveImportedClasses } from './importedClasses';

/**
 * The uses of every code across the workspace, kept up to date as models come and go, so that
 * a hover or a code lens asking how often a code is used reads a few entries instead of
 * resolving every file's imports.
 */
export class UsageIndex {
  private readonly models = new Map<string, SourceModel>();
  /** The references each file writes itself, by code. */
  private readonly direct = new Map<string, Map<string, CodeReference[]>>();
  /** Files that construct an imported class, by the name they import. */
  private readonly importers = new Map<string, Set<string>>();
  /** Files that define a code with an exported class, by code. */
  private readonly definers = new Map<string, Set<string>>();

  /** Takes a file's current model, or, without one, drops the file. */
  set(uri: string, model: SourceModel | undefined): void {
    const previous = this.models.get(uri);
    if (previous === model) return;
    if (previous) this.unlink(uri, previous);
    if (!model) {
      this.models.delete(uri);
      return;
    }
    this.models.set(uri, model);
    for (const reference of model.references) {
      let files = this.direct.get(reference.code);
      if (!files) this.direct.set(reference.code, (files = new Map()));
      const list = files.get(uri);
      if (list) list.push(reference);
      else files.set(uri, [reference]);
    }
    for (const use of model.importedClassUses ?? []) add(this.importers, use.importedName, uri);
    for (const definition of model.definitions) {
      if (definition.className && definition.exported) add(this.definers, definition.code, uri);
    }
  }

  /**
   * Every use of a code, by file path then position: the references written with it, and the
   * constructions of the classes that files define for it, as `resolveImportedClasses` reads them.
   */
  usages(code: string, modelOf: (uri: string) => SourceModel | undefined): CodeUsage[] {
    const usages: CodeUsage[] = [];
    for (const [uri, references] of this.direct.get(code) ?? []) {
      for (const reference of references) usages.push({ uri, reference });
    }
    const importers = new Set<string>();
    for (const definer of this.definers.get(code) ?? []) {
      for (const definition of this.models.get(definer)?.definitions ?? []) {
        if (definition.code !== code || !definition.className || !definition.exported) continue;
        for (const uri of this.importers.get(definition.className) ?? []) importers.add(uri);
      }
      for (const uri of this.importers.get('default') ?? []) importers.add(uri);
    }
    for (const uri of importers) {
      const model = this.models.get(uri);
      if (!model) continue;
      for (const reference of resolveImportedClasses(model, modelOf)) {
        if (reference.code === code) usages.push({ uri, reference });
      }
    }
    return usages.sort(
      (a, b) =>
        (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0) ||
        a.reference.range.start.line - b.reference.range.start.line ||
        a.reference.range.start.character - b.reference.range.start.character,
    );
  }

  private unlink(uri: string, model: SourceModel): void {
    for (const reference of model.references) {
      const files = this.direct.get(reference.code);
      files?.delete(uri);
      if (files?.size === 0) this.direct.delete(reference.code);
    }
    for (const use of model.importedClassUses ?? []) remove(this.importers, use.importedName, uri);
    for (const definition of model.definitions) remove(this.definers, definition.code, uri);
  }
}

function add(map: Map<string, Set<string>>, key: string, uri: string): void {
  const set = map.get(key);
  if (set) set.add(uri);
  else map.set(key, new Set([uri]));
}

function remove(map: Map<string, Set<string>>, key: string, uri: string): void {
  const set = map.get(key);
  set?.delete(uri);
  if (set?.size === 0) map.delete(key);
}
