import type { Range } from 'vscode-languageserver-types';
import type { Catalog } from '../catalog/catalog';
import type { CatalogEntry } from '../catalog/types';

/** The entries a catalog file itself defines, including those another file's entry overrides. */
export function* entriesDefinedIn(catalog: Catalog, uri: string): Iterable<CatalogEntry> {
  for (const { code } of catalog.entries()) {
    for (const entry of catalog.definitions(code)) if (entry.source.uri === uri) yield entry;
  }
}

/** Every place an entry writes its code: the key, and each row of a code stated in several rows. */
export function entryRanges(entry: CatalogEntry): Range[] {
  const ranges = [entry.source.range];
  for (const variant of entry.variants ?? []) {
    if (!ranges.some((range) => sameRange(range, variant.range))) ranges.push(variant.range);
  }
  return ranges;
}

export function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}

/**
 * Every place an entry's document writes its code, with the file it is in: `entryRanges` in the
 * entry's own file, and the other places an OpenAPI document repeats it (`mentions`).
 */
export function entryPlaces(entry: CatalogEntry): Array<{ uri: string; range: Range }> {
  const places = entryRanges(entry).map((range) => ({ uri: entry.source.uri, range }));
  for (const mention of entry.mentions ?? []) {
    if (!places.some((place) => place.uri === mention.uri && sameRange(place.range, mention.range)))
      places.push(mention);
  }
  return places;
}

/** Whether two entries are one definition: the same code written at the same place. */
export function sameEntry(a: CatalogEntry, b: CatalogEntry): boolean {
  return a.code === b.code && a.source.uri === b.source.uri && sameRange(a.source.range, b.source.range);
}
