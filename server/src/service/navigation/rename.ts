import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { parse as parseYamlScalar } from 'yaml';
import type { Catalog } from '../../catalog/catalog';
import type { CatalogEntry } from '../../catalog/types';
import { REFERENCE_KINDS } from '../../analysis/referenceKinds';
import { sameEntry } from '../catalogEntries';
import type { CodeUsage, ServiceContext } from '../context';
import { fileNameOf } from '../../workspace/fileKinds';
import { codeAt } from './codeAt';
import { governingTarget, targetOf, type CodeTarget } from './codeTarget';
import { dynamicCodeReason } from './dynamicStrings';
import { wordOccurrences } from './markdownMentions';
import { place, planRename, type RenamePlan, type RenameRefusal } from './renamePlan';

export type { RenameRefusal } from './renamePlan';

/** Any script's letters and digits: `QUOTA_ÜBERSCHRITTEN` is as plain a code as `QUOTA_EXCEEDED`. */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Longer names are no codes any catalog uses; the bound keeps a pasted paragraph out. */
const MAX_CODE_LENGTH = 128;

/**
 * Whether the cursor is on a code that can be renamed, and the range to rename. Null where there
 * is no code (so another provider, such as TypeScript's, may rename what is there); a refusal with
 * the reason where there is one that cannot be renamed safely.
 */
export function prepareRename(
  document: TextDocument,
  position: Position,
  context: ServiceContext,
): { range: Range; placeholder: string } | RenameRefusal | null {
  const prepared = prepare(document, position, context);
  if (!prepared || 'error' in prepared) return prepared;
  return { range: prepared.range, placeholder: prepared.plan.code };
}

/**
 * Renames a catalog code where the entry in force at the cursor defines it and everywhere that
 * entry governs a use (a package catalog that defines the code again keeps its own). The edit
 * rewrites only the code's own characters, so renaming back restores each file byte for byte.
 */
export function doRename(
  document: TextDocument,
  position: Position,
  newName: string,
  context: ServiceContext,
): WorkspaceEdit | RenameRefusal | null {
  const prepared = prepare(document, position, context);
  if (!prepared || 'error' in prepared) return prepared;
  const { plan, target } = prepared;
  if (newName === plan.code) return { changes: {} };
  const refusal = checkNewName(newName, plan, target, context);
  if (refusal) return refusal;
  const changes: Record<string, TextEdit[]> = {};
  for (const location of plan.locations) {
    (changes[location.uri] ??= []).push({ range: location.range, newText: newName });
  }
  return { changes };
}

function prepare(
  document: TextDocument,
  position: Position,
  context: ServiceContext,
): { range: Range; plan: RenamePlan; target: CodeTarget } | RenameRefusal | null {
  const at = codeAt(document, position, context);
  if (!at) {
    if (context.catalogUris().includes(document.uri)) return null;
    const reason = dynamicCodeReason(document, position, context.catalogFor(document.uri));
    return reason ? { error: reason } : null;
  }
  const kind = at.origin === 'reference' ? REFERENCE_KINDS[at.reference.kind] : undefined;
  // Another provider, such as TypeScript's, renames what is written there.
  if (kind?.renameLeftToLanguage) return null;
  if (kind?.codeIsStatus || at.catalog.statusOnly) {
    return { error: `'${at.code}' is an HTTP status, not an error code: statuses are not renamed.` };
  }
  const target = governingTarget(targetOf(at), context);
  if (target.entries.length === 0) {
    return { error: `'${at.code}' is not in the error catalog: only catalog codes are renamed.` };
  }
  if (target.code !== at.code) {
    return {
      error: `'${at.code}' is an alias of '${target.code}': rename '${target.code}', or edit the alias in the catalog.`,
    };
  }
  const plan = planRename(target, context);
  if ('error' in plan) return plan;
  return { range: at.range, plan, target };
}

function checkNewName(
  name: string,
  plan: RenamePlan,
  target: CodeTarget,
  context: ServiceContext,
): RenameRefusal | undefined {
  if (!isPlainCodeName(name)) {
    return {
      error: `'${name}' cannot be a code: use letters, digits and _ . : / - only, starting with a letter, digit or _.`,
    };
  }
  const files = new Set(plan.locations.map((location) => location.uri));
  for (const uri of files) {
    const existing = context.catalogFor(uri).lookup(name);
    // An entry of the name further away than the renamed one is shadowed by it, as a package's
    // own entry shadows the root's: no merge, unless a use would change meaning (below).
    if (existing && !shadows(target, existing, context.catalogFor(uri))) {
      return {
        error: `'${name}' is already in the error catalog (${place({ uri: existing.source.uri, range: existing.source.range })}): renaming '${target.code}' onto it would merge two codes.`,
      };
    }
  }
  const used = context.usages(name).find((usage) => wouldMerge(usage, target, context));
  if (used) {
    return {
      error: `'${name}' is already used in ${place({ uri: used.uri, range: used.reference.range })}: renaming '${target.code}' onto it would merge two codes.`,
    };
  }
  for (const [uri, text] of plan.markdownTexts) {
    if (wordOccurrences(text, name).length > 0) {
      return {
        error: `${fileNameOf(uri)} already mentions '${name}': renaming '${target.code}' onto it could not be undone.`,
      };
    }
  }
  return undefined;
}

/**
 * Whether a use of the new name would mean the renamed entry afterwards: it is governed by no entry
 * of that name yet, or by one further away than the renamed entry. A package's own entry of the
 * name keeps its uses, whatever the root's entry is renamed to.
 */
function wouldMerge(usage: CodeUsage, target: CodeTarget, context: ServiceContext): boolean {
  const catalog = context.catalogFor(usage.uri);
  if (!renamedEntryIn(target, catalog)) return false;
  const current = catalog.lookup(usage.reference.code);
  return !current || shadows(target, current, catalog);
}

/** Whether the renamed entry comes before `other` in a catalog's precedence: a nearer catalog file. */
function shadows(target: CodeTarget, other: CatalogEntry, catalog: Catalog): boolean {
  const renamed = renamedEntryIn(target, catalog);
  if (!renamed) return false;
  const order = catalog.uris();
  return order.indexOf(renamed.source.uri) < order.indexOf(other.source.uri);
}

/** The renamed entry as a catalog knows it, if it is one of the catalog's definitions of the code. */
function renamedEntryIn(target: CodeTarget, catalog: Catalog): CatalogEntry | undefined {
  return catalog.definitions(target.code).find((d) => target.entries.some((e) => sameEntry(e, d)));
}

/**
 * A name every format writes as is: JSON and YAML keys without quotes or escapes, TypeScript string
 * content, Markdown text. YAML must read it back as the same string (`true`, `null`, `1e3` are not).
 */
function isPlainCodeName(name: string): boolean {
  const chars = [...name];
  if (chars.length === 0 || chars.length > MAX_CODE_LENGTH) return false;
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i];
    if (LETTER_OR_DIGIT.test(char) || char === '_') continue;
    if (i === 0 || !'.:/-'.includes(char)) return false;
  }
  try {
    return parseYamlScalar(name, { schema: 'core' }) === name;
  } catch {
    return false;
  }
}
