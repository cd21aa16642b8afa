/**
 * What a code reference is:
 * - `envelope`: a code inside a response body;
 * - `class`: `new ForbiddenError()` of a class made by a code-defining call, where `range` covers
 *   the class name;
 * - `problem`: an RFC 9457 body, whose code is its `status` and `range` that status as written;
 * - `constant`: a code read through a name (`ErrorCode.Forbidden`, a `const`), where `range`
 *   covers that expression, whose text is not the code's.
 */
export type ReferenceKind = 'envelope' | 'class' | 'problem' | 'constant';

/** What the features need to know of a reference by its kind, so none of them names a kind. */
interface ReferenceKindTraits {
  /**
   * The code is an HTTP status, not an error code: an RFC 9457 body names its error only by its
   * status (a status-only catalog calls its entries `'404'`). A status reads as a status; it has
   * no definition, no rename, no completion and no deprecation of its own.
   */
  codeIsStatus: boolean;
  /**
   * Renaming at the reference is the language's, not the catalog's: on `new ForbiddenError()` the
   * author renames the class.
   */
  renameLeftToLanguage: boolean;
  /**
   * What the status the response sends is checked against. `catalog`: the statuses the catalog
   * gives the code. `body`: the status the body states, which RFC 9457 requires to be the same.
   * `definition`: nothing at the reference, since a class use sends its definition's status,
   * which is checked once at the definition.
   */
  statusCheck: 'catalog' | 'body' | 'definition';
}

/** Each kind's traits: a new kind is described here, and the compiler asks for every trait of it. */
export const REFERENCE_KINDS = {
  envelope: { codeIsStatus: false, renameLeftToLanguage: false, statusCheck: 'catalog' },
  class: { codeIsStatus: false, renameLeftToLanguage: true, statusCheck: 'definition' },
  problem: { codeIsStatus: true, renameLeftToLanguage: false, statusCheck: 'body' },
  constant: { codeIsStatus: false, renameLeftToLanguage: false, statusCheck: 'catalog' },
} as const satisfies Record<ReferenceKind, ReferenceKindTraits>;
