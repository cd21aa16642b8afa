import type { SourceModel } from '../analysis/types';

/** The definer whose calls, when no class is bound to them, raise their code where they stand. */
const RAISING_DEFINERS = new Set(['create-error']);

/**
 * The codes a source file uses, one per use, as the unused-code rule and `list --unused` both count
 * them: every reference (an envelope, a construction of a class made for a code, a wrapper's
 * argument), and a code-defining call no class is bound to (`throw new (createError(...))()`,
 * `next(createError(...))`), which raises its code where it stands. A class that a call makes and
 * nobody constructs, a map's entries and an enum's members define codes without using them.
 */
export function codesUsedBy(model: SourceModel): string[] {
  const codes = model.references.map((reference) => reference.code);
  for (const definition of model.definitions) {
    if (!definition.className && definition.definer && RAISING_DEFINERS.has(definition.definer)) {
      codes.push(definition.code);
    }
  }
  return codes;
}
