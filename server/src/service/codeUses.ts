import type { CodeDefinition, CodeReference, SourceModel } from '../analysis/types';

/** The definer whose calls, when no class is bound to them, raise their code where they stand. */
const RAISING_DEFINERS = new Set(['create-error']);

/**
 * The uses of codes a source file makes, as every count of uses reads them (unused-code,
 * `list --unused`, hover, code lens, the catalog view): every reference (an envelope, a
 * construction of a class made for a code, a wrapper's argument), and a code-defining call no
 * class is bound to (`throw new (createError(...))()`, `next(createError(...))`), which raises its
 * code where it stands. A class that a call makes and nobody constructs, a map's entries and an
 * enum's members define codes without using them.
 */
export function codeUses(model: Pick<SourceModel, 'references' | 'definitions'>): CodeReference[] {
  let uses = usesByModel.get(model);
  if (!uses) {
    const raised = raisedWhereDefined(model.definitions);
    uses = raised.length > 0 ? [...model.references, ...raised] : model.references;
    usesByModel.set(model, uses);
  }
  return uses;
}

/** Each model's uses, made once: the usage index reads them when a model comes and again when it goes. */
const usesByModel = new WeakMap<object, CodeReference[]>();

/** The codes of `codeUses`, one per use. */
export function codesUsedBy(model: SourceModel): string[] {
  return codeUses(model).map((use) => use.code);
}

/** The definitions that raise their code where they stand, as uses of it. */
function raisedWhereDefined(definitions: readonly CodeDefinition[]): CodeReference[] {
  const uses: CodeReference[] = [];
  for (const definition of definitions) {
    if (definition.className || !definition.definer || !RAISING_DEFINERS.has(definition.definer)) continue;
    // A class-kind use: the range is the call's code, which rename rewrites as a definition.
    uses.push({ code: definition.code, range: definition.range, style: definition.definer, kind: 'class' });
  }
  return uses;
}
