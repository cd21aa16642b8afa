import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';

/** The repository root, for reading seeds and fixtures. */
export const REPO = join(import.meta.dirname, '..', '..');

/** A named document the mutations start from. */
export interface SeedDocument {
  name: string;
  text: string;
}

/**
 * Characters that trip parsers and position mappers: NUL, BOM, the Unicode line and paragraph
 * separators (line breaks to some parsers, not to LSP), NEL, lone surrogates, a replacement
 * character (what invalid UTF-8 decodes to), astral and combining characters, every line ending.
 */
export const HOSTILE_CHARACTERS: readonly string[] = [
  '\u0000',
  '\uFEFF',
  '\u2028',
  '\u2029',
  '\u0085',
  '\uD800',
  '\uDC00',
  '\uFFFD',
  '\u200B',
  '\u0301',
  '😀',
  'é',
  'Ω',
  '\t',
  '\r',
  '\n',
  '\r\n',
  '\\',
  '\u001b',
];

/** Reads every file below a folder of the repository whose name passes `accept`, sorted. */
export function readSeeds(folder: string, accept: (name: string) => boolean = () => true): SeedDocument[] {
  const root = join(REPO, folder);
  const found: SeedDocument[] = [];
  const visit = (directory: string) => {
    for (const name of readdirSync(directory).sort()) {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) visit(path);
      else if (accept(name)) found.push({ name: relative(REPO, path), text: readFileSync(path, 'utf8') });
    }
  };
  visit(root);
  return found;
}

/** A short piece of text to insert: a token of the format, a hostile character or random text. */
export function fragment(tokens: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...tokens) },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_CHARACTERS) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  );
}

/**
 * Text with no relation to any format: random code points, and soups of the format's tokens and
 * hostile characters, including the same tokens repeated up to `maxRepeatedLength` characters (deep
 * nesting, long lines).
 */
export function arbitraryText(tokens: readonly string[], maxRepeatedLength = 100_000): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: 'binary', maxLength: 400 }),
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.array(fragment(tokens), { maxLength: 120 }).map((parts) => parts.join('')),
    fc
      .tuple(fc.array(fragment(tokens), { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 20_000 }))
      .map(([parts, times]) => {
        const unit = parts.join('');
        return unit.repeat(Math.min(times, Math.floor(maxRepeatedLength / Math.max(unit.length, 1))));
      }),
  );
}

/** One change to a document; positions are taken modulo the current length. */
type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'replace'; at: number; length: number; text: string }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'line-ends'; ending: '\r\n' | '\r' | '\u2028' }
  | { kind: 'bom' }
  | { kind: 'indent-with-tabs' };

function mutation(tokens: readonly string[]): fc.Arbitrary<Mutation> {
  const at = fc.nat();
  const length = fc.integer({ min: 1, max: 200 });
  return fc.oneof(
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at, length }) },
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), at, text: fragment(tokens) }) },
    {
      weight: 3,
      arbitrary: fc.record({ kind: fc.constant('replace' as const), at, length, text: fragment(tokens) }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at, length }) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('line-ends' as const),
        ending: fc.constantFrom('\r\n' as const, '\r' as const, '\u2028' as const),
      }),
    },
    { weight: 1, arbitrary: fc.constant({ kind: 'bom' as const }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'indent-with-tabs' as const }) },
  );
}

/** Applies one mutation. Exported for tests of the generator itself. */
export function applyMutation(text: string, change: Mutation): string {
  const at = 'at' in change ? change.at % (text.length + 1) : 0;
  switch (change.kind) {
    case 'truncate':
      return text.slice(0, at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + change.length);
    case 'insert':
      return text.slice(0, at) + change.text + text.slice(at);
    case 'replace':
      return text.slice(0, at) + change.text + text.slice(at + change.length);
    case 'duplicate':
      return (
        text.slice(0, at + change.length) +
        text.slice(at, at + change.length) +
        text.slice(at + change.length)
      );
    case 'line-ends':
      return text.replace(/\r\n|\r|\n/g, change.ending);
    case 'bom':
      return '\uFEFF' + text;
    case 'indent-with-tabs':
      return text.replace(/^( {2})+/gm, (spaces) => '\t'.repeat(spaces.length / 2));
  }
}

/** A seed document, truncated or changed by one to eight mutations. */
export function mutatedDocument(
  seeds: readonly SeedDocument[],
  tokens: readonly string[],
): fc.Arbitrary<string> {
  if (seeds.length === 0) throw new Error('mutatedDocument needs at least one seed');
  return fc
    .tuple(fc.constantFrom(...seeds), fc.array(mutation(tokens), { minLength: 1, maxLength: 8 }))
    .map(([seed, changes]) => changes.reduce(applyMutation, seed.text));
}
