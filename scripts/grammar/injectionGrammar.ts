import { resolve } from 'node:path';
import type { EnvelopeStyle, PropertyPath } from '../../server/src/analysis/envelopes';
import { CODE_PROPERTIES } from '../../server/src/analysis/wrappers';

/** Where package.json's `contributes.grammars` points. */
export const GRAMMAR_FILE = resolve(__dirname, '../../syntaxes/error-catalog.injection.tmLanguage.json');

/**
 * How the grammar highlights a built-in style's code, or why it does not.
 *
 * - `anywhere`: the key ends the code path of a style that keeps its code at the body's root
 *   (`flat`'s `code`, `oauth`'s `error`), so it is an error code under that key in any object
 *   literal, as deep as it is nested (`errors[].extensions.code` is a `code` too).
 * - `owned-block`: a key that only counts under its parent (Contentful's `sys.id`), where no other
 *   style uses the parent: the grammar scopes the whole `sys: { ... }` object itself.
 * - `shared-block`: the same, under a parent other styles also use (Google's `error.status`, where
 *   `nested` keeps `error.code` and `oauth` `error`): the grammar scopes the object's simple members
 *   only and hands the rest back to the host grammar, so the common `error: { ... }` object keeps
 *   TypeScript's own highlighting wherever it holds more than literals.
 */
type CodePlacement =
  | { style: string; key: string; highlighted: 'anywhere' }
  | { style: string; key: string; parent: string; highlighted: 'owned-block' | 'shared-block' }
  | { style: string; notHighlighted: string };

/** A TextMate rule, as much of it as this grammar writes. */
interface Rule {
  comment?: string;
  name?: string;
  match?: string;
  begin?: string;
  end?: string;
  include?: string;
  captures?: Captures;
  beginCaptures?: Captures;
  endCaptures?: Captures;
  patterns?: Rule[];
}

type Captures = Record<string, { name: string }>;

interface Grammar {
  $schema: string;
  name: string;
  scopeName: string;
  comment: string;
  injectionSelector: string;
  patterns: Rule[];
  repository: Record<string, Rule>;
}

const SCOPE = 'error-catalog';
const HOSTS = ['source.ts', 'source.tsx', 'source.js', 'source.js.jsx'];
/** Not preceded by a name character or a dot: `code` but not `barcode` nor `options.code`. */
const NOT_AFTER_NAME = '(?<![\\w$.])';
const IDENTIFIER = '[_$A-Za-z][\\w$]*';
const ANY_QUOTE = '[\'"`]';

const scope = (name: string) => ({ name: `${name}.${SCOPE}` });
const KEY = scope('meta.object-literal.key');
const SEPARATOR = scope('punctuation.separator.key-value');
const BLOCK_PUNCTUATION = scope('punctuation.definition.block');

/**
 * Where the grammar highlights each built-in style's code. Only the built-in rows can be known
 * here: a style a catalog or the settings declare (`errorCatalog.envelopes`) exists only in the
 * workspace that declares it, after the grammar has been shipped, so its codes are not highlighted
 * by the grammar (the semantic tokens, `errorCatalog.semanticTokens.enable`, mark them).
 */
export function codePlacements(rows: readonly EnvelopeStyle[]): CodePlacement[] {
  const anywhere = anywhereKeys(rows);
  return rows.map((row): CodePlacement => {
    if (row.codeIs === 'status')
      return {
        style: row.name,
        notHighlighted:
          'its code is the numeric status the body states (`status: 404`), which the host grammar scopes as a number: no string to mark',
      };
    const [parent, key] = lastTwoNames(row.codePath);
    if (anywhere.includes(key)) return { style: row.name, key, highlighted: 'anywhere' };
    // A key at the root is a code anywhere, so a code under no parent was placed above.
    if (parent === undefined) throw new Error(`${row.name}: ${key} has no parent`);
    const shared = rows.some(
      (other) => other !== row && pathsOf(other).some((path) => path.includes(parent)),
    );
    return { style: row.name, key, parent, highlighted: shared ? 'shared-block' : 'owned-block' };
  });
}

/** The keys that are codes anywhere: the root code keys of the styles, then error classes' keys. */
function anywhereKeys(rows: readonly EnvelopeStyle[]): string[] {
  const rootKeys = rows
    .filter((row) => row.codeIs === 'string' && namesOf(row.codePath).length === 1)
    .map((row) => namesOf(row.codePath)[0]);
  const keys = rows
    .filter((row) => row.codeIs === 'string')
    .map((row) => lastTwoNames(row.codePath)[1])
    .filter((key) => rootKeys.includes(key));
  return [...new Set([...keys, ...CODE_PROPERTIES])];
}

/** The grammar for the built-in envelope styles. */
function injectionGrammar(rows: readonly EnvelopeStyle[]): Grammar {
  const placements = codePlacements(rows);
  const blocks = new Map<string, { rows: EnvelopeStyle[]; keys: string[]; shared: boolean }>();
  placements.forEach((placement, index) => {
    if (!('parent' in placement)) return;
    const block = blocks.get(placement.parent) ?? { rows: [], keys: [], shared: false };
    block.rows.push(rows[index]);
    if (!block.keys.includes(placement.key)) block.keys.push(placement.key);
    block.shared ||= placement.highlighted === 'shared-block';
    blocks.set(placement.parent, block);
  });
  const anywhere = anywhereKeys(rows);
  const repository: Record<string, Rule> = {
    'code-property': {
      comment: `A string literal where an error envelope keeps its code, under a key that is a code wherever it is written: ${anywhere.map((key) => `{ ${key}: 'X' }`).join(', ')}. The keys are those of the styles whose code sits at the body's root, and those an error class keeps its code in.`,
      patterns: keyedStrings(anywhere),
    },
  };
  const patterns: Rule[] = [];
  let sharedContent = false;
  let ownedContent = false;
  for (const [parent, block] of blocks) {
    const codeRule = `${parent}-${block.keys.join('-')}`;
    const paths = block.rows.map((row) => `${row.name}: ${pathText(row.codePath)}`).join(', ');
    repository[`${parent}-block`] = block.shared
      ? sharedBlock(parent, block.keys, block.rows, codeRule, paths)
      : ownedBlock(parent, codeRule, paths);
    repository[codeRule] = {
      comment: `The code under ${parent} (${paths}).`,
      patterns: keyedStrings(block.keys),
    };
    patterns.push({ include: `#${parent}-block` });
    if (block.shared) sharedContent = true;
    else ownedContent = true;
  }
  patterns.push({ include: '#code-property' });
  if (ownedContent) repository['block-content'] = BLOCK_CONTENT;
  if (sharedContent) repository['member-content'] = MEMBER_CONTENT;
  repository.escape = { name: `constant.character.escape.${SCOPE}`, match: '\\\\.' };
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'Error Catalog codes',
    scopeName: 'error-catalog.injection',
    comment:
      'Generated by scripts/generateGrammar.ts from the built-in envelope styles (server/src/analysis/envelopes.ts): edit the table or the generator, not this file. Styles a catalog or the settings declare (errorCatalog.envelopes) cannot be known when the grammar is built, so their codes are not highlighted here; the semantic tokens (errorCatalog.semanticTokens.enable) mark them.',
    injectionSelector: HOSTS.map((host) => `L:${host} -comment -string`).join(', '),
    patterns,
    repository,
  };
}

/** The grammar file's text. */
export function grammarText(rows: readonly EnvelopeStyle[]): string {
  return JSON.stringify(injectionGrammar(rows), null, 2) + '\n';
}

/**
 * `{ sys: { ... } }`: the block scopes the whole object. An injection's `$base` is itself, not the
 * host, so the block scopes its own small contents (keys, strings, comments, nested braces) the
 * way the host would.
 */
function ownedBlock(parent: string, codeRule: string, paths: string): Rule {
  return {
    comment: `The object under ${parent}, which holds a code (${paths}). No other style uses the key ${parent}, so the block scopes the whole object. An injection's $base is itself, not the host, so the block scopes its own small contents (keys, strings, comments, nested braces) the way the host would.`,
    name: `meta.${parent}.${SCOPE}`,
    begin: `${NOT_AFTER_NAME}(${escapeRegExp(parent)})\\s*(:)\\s*(\\{)`,
    beginCaptures: { '1': KEY, '2': SEPARATOR, '3': BLOCK_PUNCTUATION },
    end: '\\}',
    endCaptures: { '0': BLOCK_PUNCTUATION },
    patterns: [{ include: `#${codeRule}` }, { include: '#block-content' }],
  };
}

/**
 * `{ error: { ... } }` where other styles use `error` too: the host grammar opens the object, the
 * block starts after its brace and scopes simple members (literals, `HttpStatus.NOT_FOUND`) until
 * the closing brace, or until a member it does not handle, which it leaves to the host with the
 * rest of the object. It starts only where the object may be this style's: the object goes on
 * over lines, or the code key follows on the same line with a string. A string at a key the
 * style's conditions say is not a string (Google's `error.code`) hands the object back as well, so
 * a `nested` body's `status` is not marked.
 */
function sharedBlock(
  parent: string,
  keys: readonly string[],
  rows: readonly EnvelopeStyle[],
  codeRule: string,
  paths: string,
): Rule {
  const notStrings = rows.flatMap((row) =>
    (row.conditions ?? [])
      .filter((condition) => condition.test === 'not-string')
      .map((condition) => lastTwoNames(condition.path))
      .filter(([conditionParent]) => conditionParent === parent)
      .map(([, key]) => key),
  );
  const stringAt = (names: readonly string[]) =>
    `${NOT_AFTER_NAME}(?:${quotedOrBare(names)})\\s*:\\s*${ANY_QUOTE}`;
  const notString = notStrings.length > 0 ? `(?![^{}]*?${stringAt(notStrings)})` : '';
  // One space at most around the colon: a look-behind has a fixed width.
  const opened = ['', '\\s']
    .flatMap((before) =>
      ['', '\\s'].map((after) => `(?:^|[^\\w$.])${escapeRegExp(parent)}${before}:${after}\\{`),
    )
    .join('|');
  const handled = [
    '//',
    '/\\*',
    `${NOT_AFTER_NAME}${IDENTIFIER}\\s*:\\s*${SIMPLE_VALUE}`,
    `(?:${quotedOrBare(keys)})\\s*:\\s*${ANY_QUOTE}`,
    SIMPLE_VALUE,
  ].join('|');
  return {
    comment: `The object under ${parent} when it may hold a code (${paths}). Other styles use the key ${parent} too, so the block starts after the host has opened the object (the object goes on over lines, or the code follows on the same line), scopes its simple members, and ends before the closing brace or before the first member it does not handle, handing the rest of the object back to the host.`,
    name: `meta.${parent}.${SCOPE}`,
    begin: `(?<=${opened})\\s+(?=$|//|/\\*|${notString}[^{}]*?${stringAt(keys)})`,
    end: [
      '(?=\\})',
      // Before the blanks, so the end comes ahead of the injection's own match of that member.
      ...(notStrings.length > 0 ? [`(?=\\s*${stringAt(notStrings)})`] : []),
      `(?=[^\\s,])(?!${handled})`,
    ].join('|'),
    patterns: [{ include: `#${codeRule}` }, { include: '#member-content' }],
  };
}

/** What may follow a simple value: the next member, the end of the object or of the line. */
const VALUE_END = '\\s*(?:[,}]|$|//|/\\*)';

/** A member value the shared blocks scope themselves: a literal, a name or a dotted name. */
const SIMPLE_VALUE = `(?:'(?:[^'\\\\\\n]|\\\\.)*'|"(?:[^"\\\\\\n]|\\\\.)*"|\`[^\`$\\\\]*\`|-?\\d[\\w.]*|\\[\\s*\\]|\\{\\s*\\}|${IDENTIFIER}(?:\\.${IDENTIFIER})?)(?=${VALUE_END})`;

/** Comments, single-line and block. */
const COMMENTS: Rule[] = [
  { name: `comment.line.double-slash.${SCOPE}`, match: '//.*$' },
  { name: `comment.block.${SCOPE}`, begin: '/\\*', end: '\\*/' },
];

/** Quoted strings and templates, escapes scoped. */
const STRINGS: Rule[] = [
  { name: `string.quoted.single.${SCOPE}`, begin: "'", end: "'|$", patterns: [{ include: '#escape' }] },
  { name: `string.quoted.double.${SCOPE}`, begin: '"', end: '"|$', patterns: [{ include: '#escape' }] },
  { name: `string.template.${SCOPE}`, begin: '`', end: '`', patterns: [{ include: '#escape' }] },
];

/** The contents of an owned block, nested braces included. */
const BLOCK_CONTENT: Rule = {
  patterns: [
    ...COMMENTS,
    ...STRINGS,
    { name: `meta.object-literal.key.${SCOPE}`, match: `${IDENTIFIER}(?=\\s*:)` },
    { name: `constant.numeric.${SCOPE}`, match: '\\b\\d+(?:\\.\\d+)?\\b' },
    { begin: '\\{', end: '\\}', patterns: [{ include: '#block-content' }] },
  ],
};

/** The simple members of a shared block, scoped as the host scopes them. */
const MEMBER_CONTENT: Rule = {
  patterns: [
    ...COMMENTS,
    {
      match: `${NOT_AFTER_NAME}(${IDENTIFIER})\\s*(:)(?=\\s*${SIMPLE_VALUE})`,
      captures: { '1': KEY, '2': SEPARATOR },
    },
    ...STRINGS,
    { name: `constant.language.${SCOPE}`, match: '\\b(?:true|false|null|undefined)\\b' },
    { name: `constant.numeric.${SCOPE}`, match: '-?\\b\\d[\\w.]*' },
    {
      match: `(${IDENTIFIER})(\\.)(${IDENTIFIER})(?=${VALUE_END})`,
      captures: {
        '1': scope('variable.other.object'),
        '2': scope('punctuation.accessor'),
        '3': scope('variable.other.property'),
      },
    },
    { name: `variable.other.readwrite.${SCOPE}`, match: `${IDENTIFIER}(?=${VALUE_END})` },
    {
      match: '(\\[)\\s*(\\])',
      captures: { '1': scope('meta.brace.square'), '2': scope('meta.brace.square') },
    },
    { match: '(\\{)\\s*(\\})', captures: { '1': BLOCK_PUNCTUATION, '2': BLOCK_PUNCTUATION } },
    { name: `punctuation.separator.comma.${SCOPE}`, match: ',' },
  ],
};

/** `code: 'X'`, `'code': "X"`, `code: \`X\``: the string after one of the keys, its text the code. */
function keyedStrings(keys: readonly string[]): Rule[] {
  const names = keys.map(escapeRegExp).join('|');
  const strings: Array<[string, string, string]> = [
    ["'", "[^'\\\\\\n]*", 'string.quoted.single'],
    ['"', '[^"\\\\\\n]*', 'string.quoted.double'],
    ['`', '[^`$\\\\]*', 'string.template'],
  ];
  return strings.map(([quote, text, name]) => ({
    match: `${NOT_AFTER_NAME}(?:(${names})|((['"])(?:${names})\\3))\\s*(:)\\s*((${quote})(${text})(${quote}))`,
    captures: {
      '1': KEY,
      '2': { name: `meta.object-literal.key.${SCOPE} string.quoted.key.${SCOPE}` },
      '4': SEPARATOR,
      '5': scope(name),
      '6': scope('punctuation.definition.string.begin'),
      '7': scope('constant.other.error-code'),
      '8': scope('punctuation.definition.string.end'),
    },
  }));
}

/** `status|'status'|"status"`. */
function quotedOrBare(names: readonly string[]): string {
  return names.flatMap((name) => [name, `'${name}'`, `"${name}"`].map(escapeRegExp)).join('|');
}

/** The property names of a path, without its `[]` steps. */
function namesOf(path: PropertyPath): string[] {
  return path.filter((segment) => segment !== '[]');
}

/** The last property name of a path and the one before it (undefined at the root). */
function lastTwoNames(path: PropertyPath): [string | undefined, string] {
  const names = namesOf(path);
  return [names[names.length - 2], names[names.length - 1]];
}

/** Every path a row names, its conditions' included. */
function pathsOf(row: EnvelopeStyle): PropertyPath[] {
  return [
    row.codePath,
    ...(row.statusPath ? [row.statusPath] : []),
    ...(row.messagePath ? [row.messagePath] : []),
    ...(row.titlePath ? [row.titlePath] : []),
    ...(row.contextEvidence ?? []),
    ...(row.conditions ?? []).map((condition) => condition.path),
    ...(row.anyOf ?? []).map((condition) => condition.path),
  ];
}

/** `errors[].extensions.code`. */
export function pathText(path: PropertyPath): string {
  return path.map((segment, i) => (segment === '[]' ? '[]' : i === 0 ? segment : `.${segment}`)).join('');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
