import type { CodeReference, SourceModel } from '../analysis/types';
import type { CodeUsage } from '../service/context';
import { codeUses } from '../service/codeUses';
import { ProjectLinker } from './projectLinker';

/**
 * The uses of every code across the workspace, kept up to date as models come and go, so that
 * a hover or a code lens asking how often a code is used reads a few entries instead of
 * resolving every file's imports.
 */
export class UsageIndex {
  private readonly models = new Map<string, SourceModel>();
  /** The uses each file writes itself (`codeUses`), by code. */
  private readonly direct = new Map<string, Map<string, CodeReference[]>>();
  /** Files with imported names (classes, constants) that only linking turns into references. */
  private readonly linking = new Set<string>();
  /** The answers given since the last change: hovering a code again reads them. */
  private readonly answered = new Map<string, CodeUsage[]>();

  /** Takes a file's current model, or, without one, drops the file. */
  set(uri: string, model: SourceModel | undefined): void {
    const previous = this.models.get(uri);
    if (previous === model) return;
    this.answered.clear();
    if (previous) this.unlink(uri, previous);
    if (!model) {
      this.models.delete(uri);
      return;
    }
    this.models.set(uri, model);
    for (const reference of codeUses(model)) {
      let files = this.direct.get(reference.code);
      if (!files) this.direct.set(reference.code, (files = new Map()));
      const list = files.get(uri);
      if (list) list.push(reference);
      else files.set(uri, [reference]);
    }
    if (ProjectLinker.needsLinking(model)) this.linking.add(uri);
  }

  /** Forgets the answers given: what imports resolve to changed. */
  invalidate(): void {
    this.answered.clear();
  }

  /**
   * Every use of a code, by file path then position: the references written with it, and those
   * that the files' imports resolve to (`linked`).
   */
  usages(code: string, linked: (model: SourceModel) => readonly CodeReference[]): CodeUsage[] {
    const answered = this.answered.get(code);
    if (answered) return [...answered];
    const usages: CodeUsage[] = [];
    for (const [uri, references] of this.direct.get(code) ?? []) {
      for (const reference of references) usages.push({ uri, reference });
    }
    for (const uri of this.linking) {
      const model = this.models.get(uri);
      if (!model) continue;
      for (const reference of linked(model)) {
        if (reference.code === code) usages.push({ uri, reference });
      }
    }
    usages.sort(
      (a, b) =>
        (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0) ||
        a.reference.range.start.line - b.reference.range.start.line ||
        a.reference.range.start.character - b.reference.range.start.character,
    );
    this.answered.set(code, usages);
    return [...usages];
  }

  private unlink(uri: string, model: SourceModel): void {
    for (const reference of codeUses(model)) {
      const files = this.direct.get(reference.code);
      files?.delete(uri);
      if (files?.size === 0) this.direct.delete(reference.code);
    }
    this.linking.delete(uri);
  }
}
