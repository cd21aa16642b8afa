import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Location, Range } from 'vscode-languageserver-types';
import { findCatalogLoader } from '../../catalog/loaders';
import type { CatalogEntry } from '../../catalog/types';
import type { ServiceContext } from '../context';
import { fileNameOf } from '../../workspace/fileKinds';
import { entryPlaces, entryRanges } from '../catalogEntries';
import { sourceDefinitionsOf, uniqueLocations, usagesOf, type CodeTarget } from './codeTarget';
import { markdownMentions } from './markdownMentions';

/** Every place a rename rewrites, all holding exactly the code's characters. */
export interface RenamePlan {
  code: string;
  locations: Location[];
  /** Markdown files rewritten: a new name they already mention would make the rename irreversible. */
  markdownTexts: Map<string, string>;
}

/** A reason to refuse, shown to the author as is. */
export interface RenameRefusal {
  error: string;
}

/**
 * Where renaming a catalog code rewrites it: the catalog entries (JSON and YAML keys, Markdown cells,
 * headings and code spans, code-defining calls in source), every use in an envelope, and the
 * definitions in source. Refused when any place cannot be rewritten exactly: written with escape
 * sequences, in a format that is not rewritten, or in Markdown prose where the same letters may not
 * mean the code.
 */
export function planRename(target: CodeTarget, context: ServiceContext): RenamePlan | RenameRefusal {
  const { code } = target;
  const locations: Location[] = [];
  const markdownTexts = new Map<string, string>();
  for (const entry of target.entries) {
    // `createError(ErrorCode.Forbidden)` names the code: renaming the enum member renames it.
    if (entry.source.readThrough) continue;
    const format = entry.source.format;
    const broken = format === 'typescript' ? undefined : unparsedCatalog(entry.source.uri, context);
    if (broken) return broken;
    if (format === 'json' || format === 'yaml' || format === 'typescript') {
      locations.push({ uri: entry.source.uri, range: entry.source.range });
    } else if (format === 'openapi') {
      // Every example, enum and extension that writes the code, in each file the document reads.
      locations.push(...entryPlaces(entry));
    } else if (format === 'markdown') {
      const found = markdownLocations(entry, context);
      if ('error' in found) return found;
      locations.push(...found.locations);
      markdownTexts.set(entry.source.uri, found.text);
    } else {
      return {
        error: `'${code}' is defined in ${fileNameOf(entry.source.uri)}, which is not rewritten: rename it there by hand first.`,
      };
    }
  }
  for (const usage of usagesOf(target, context)) {
    // A class use (`new ForbiddenError()`) names the class, not the code; an alias stays an alias.
    if (usage.reference.kind === 'envelope' && usage.reference.code === code) {
      locations.push({ uri: usage.uri, range: usage.reference.range });
    }
  }
  locations.push(...sourceDefinitionsOf(target, context));
  const unique = uniqueLocations(locations);
  const escaped = unique.find((location) => !holdsCodeExactly(location.range, code));
  if (escaped) {
    return {
      error: `'${code}' is written with escape sequences in ${place(escaped)}: rewrite it plainly there before renaming.`,
    };
  }
  return { code, locations: unique, markdownTexts };
}

/**
 * A catalog whose text does not parse right now is never written to: its entries (and their ranges)
 * are those of the last version that parsed, so an edit would land on whatever stands there now.
 */
function unparsedCatalog(uri: string, context: ServiceContext): RenameRefusal | undefined {
  const text = context.catalogText(uri);
  if (text === undefined) return { error: `${fileNameOf(uri)} cannot be read.` };
  if (findCatalogLoader(uri)?.(text, uri).parsed === false) {
    return { error: `${fileNameOf(uri)} has syntax errors; fix them before renaming its codes.` };
  }
  return undefined;
}

/**
 * A range holds the code's characters as they are, without escapes, exactly when it is one line
 * as long as the code: every escape (`\u0041`, `\_`, `''`) is longer than what it stands for.
 */
function holdsCodeExactly(range: Range, code: string): boolean {
  return range.start.line === range.end.line && range.end.character - range.start.character === code.length;
}

function markdownLocations(
  entry: CatalogEntry,
  context: ServiceContext,
): { locations: Location[]; text: string } | RenameRefusal {
  const uri = entry.source.uri;
  const text = context.catalogText(uri);
  if (text === undefined) return { error: `${fileNameOf(uri)} cannot be read.` };
  const document = TextDocument.create(uri, 'markdown', 0, text);
  const spans = entryRanges(entry).map((range) => ({
    start: document.offsetAt(range.start),
    end: document.offsetAt(range.end),
  }));
  const mentions = markdownMentions(text, entry.code, spans);
  const prose = mentions.find((mention) => mention.kind === 'prose');
  if (prose) {
    const line = document.positionAt(prose.start).line + 1;
    return {
      error: `${fileNameOf(uri)} mentions '${entry.code}' on line ${line} outside a table cell, heading or code span, which cannot be rewritten safely: edit that line by hand, then rename.`,
    };
  }
  const locations = mentions.map((mention) => ({
    uri,
    range: { start: document.positionAt(mention.start), end: document.positionAt(mention.end) },
  }));
  return { locations, text };
}

/** `users.ts:12`: a location as the author finds it. */
export function place(location: Location): string {
  return `${fileNameOf(location.uri)}:${location.range.start.line + 1}`;
}
