import type { Location } from 'vscode-languageserver-types';
import type { CatalogEntry } from '../../catalog/types';
import type { CodeUsage, ServiceContext } from '../context';
import type { CodeAtPosition } from './codeAt';
import { sameEntry } from '../catalogEntries';

/**
 * A code as navigation follows it: the catalog definitions it stands for where the cursor is, and
 * how to tell whether a use elsewhere means the same code. In a monorepo two packages may each
 * define FORBIDDEN; a use belongs to the target when the catalog governing it has one of the
 * target's definitions.
 */
export interface CodeTarget {
  /** The catalog code (an alias at the cursor resolves to the code it stands for). */
  code: string;
  /** The catalog definitions in force at the cursor, first the one that wins; empty for an unknown code. */
  entries: CatalogEntry[];
  /** The code and its aliases: every spelling a use may have. */
  spellings: string[];
  /**
   * Whether a use belongs only where one of `entries` is the definition in force (rename), rather
   * than wherever the catalog counts one of them among its definitions (references, usage counts).
   */
  governing?: boolean;
}

export function targetOf(at: CodeAtPosition): CodeTarget {
  const entry = at.origin === 'catalog' ? at.entry : at.catalog.lookup(at.code);
  const code = entry?.code ?? at.code;
  const entries = entry ? at.catalog.definitions(code) : [];
  return { code, entries, spellings: spellingsOf(code, entries) };
}

/**
 * The target narrowed to the entry in force at the cursor: its own definitions (the catalog files
 * of its scope, the sources that define the code there), not those of an enclosing catalog that
 * it shadows. In a monorepo whose root and package catalogs both define FORBIDDEN, renaming it
 * from the root renames the root's entry and the uses it governs, and leaves the package's entry
 * and uses alone; renaming back restores every file.
 */
export function governingTarget(target: CodeTarget, context: ServiceContext): CodeTarget {
  const inForce = target.entries[0];
  if (!inForce) return target;
  const entries = target.entries.filter((entry) => {
    if (entry === inForce) return true;
    const there = context.catalogFor(entry.source.uri).lookup(target.code);
    return there !== undefined && sameEntry(there, inForce);
  });
  return { code: target.code, entries, spellings: spellingsOf(target.code, entries), governing: true };
}

function spellingsOf(code: string, entries: CatalogEntry[]): string[] {
  return [code, ...new Set(entries.flatMap((e) => e.aliases))].filter((s, i, all) => all.indexOf(s) === i);
}

/** Whether `code` written in the file at `uri` means the target. */
function belongsTo(target: CodeTarget, uri: string, code: string, context: ServiceContext): boolean {
  const catalog = context.catalogFor(uri);
  const entry = catalog.lookup(code);
  if (target.entries.length === 0) return entry === undefined && code === target.code;
  if (!entry || entry.code !== target.code) return false;
  if (target.governing) return target.entries.some((e) => sameEntry(e, entry));
  return catalog
    .definitions(entry.code)
    .some((definition) => target.entries.some((e) => sameEntry(e, definition)));
}

/** Every use of the target in the workspace's sources. */
export function usagesOf(target: CodeTarget, context: ServiceContext): CodeUsage[] {
  return target.spellings.flatMap((spelling) =>
    context.usages(spelling).filter((usage) => belongsTo(target, usage.uri, usage.reference.code, context)),
  );
}

/**
 * The code-defining calls and enum members of the target in the workspace's sources, where the
 * code is written: a call that reads it through a name (`ErrorCode.Forbidden`) follows that name's
 * definition, which is listed itself.
 */
export function sourceDefinitionsOf(target: CodeTarget, context: ServiceContext): Location[] {
  return context
    .workspaceModels()
    .flatMap((model) =>
      model.definitions
        .filter(
          (d) =>
            d.code === target.code && d.via !== 'constant' && belongsTo(target, model.uri, d.code, context),
        )
        .map((d) => ({ uri: model.uri, range: d.range })),
    );
}

/** Locations without repeats, in the order given. */
export function distinctLocations(locations: Location[]): Location[] {
  const seen = new Set<string>();
  return locations.filter((location) => {
    const key = JSON.stringify([location.uri, location.range]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Locations without repeats, in file then position order. */
export function uniqueLocations(locations: Location[]): Location[] {
  return distinctLocations(locations).sort(
    (a, b) =>
      (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0) ||
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character,
  );
}
