import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar } from 'vscode-textmate';

const ROOT = resolve(__dirname, '../../..');
export const FIXTURES = resolve(ROOT, 'test/fixtures/grammar');
/** The injection's own scopes end with this. */
export const OWN_SCOPE_SUFFIX = '.error-catalog';

interface GrammarContribution {
  scopeName: string;
  path: string;
  injectTo?: string[];
}

/** The grammars package.json contributes: the test loads exactly what VS Code would. */
export function contributedGrammars(): GrammarContribution[] {
  const manifest = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));
  return manifest.contributes.grammars;
}

let registry: Promise<Registry> | undefined;

/**
 * A registry where every host scope (`source.ts`, `source.js.jsx`, ...) is the stand-in host
 * grammar of the fixtures, and the contributed injections are injected as package.json says.
 */
function getRegistry(): Promise<Registry> {
  registry ??= (async () => {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const grammars = contributedGrammars();
    const hostText = readFileSync(resolve(FIXTURES, 'host.tmLanguage.json'), 'utf8');
    return new Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
        createOnigString: (text) => new oniguruma.OnigString(text),
      }),
      loadGrammar: async (scopeName) => {
        const own = grammars.find((grammar) => grammar.scopeName === scopeName);
        if (own) {
          const path = resolve(ROOT, own.path);
          return parseRawGrammar(readFileSync(path, 'utf8'), path);
        }
        const host = JSON.parse(hostText);
        host.scopeName = scopeName;
        return parseRawGrammar(JSON.stringify(host), `${scopeName}.json`);
      },
      getInjections: (scopeName) =>
        grammars
          .filter((grammar) => grammar.injectTo?.includes(scopeName))
          .map((grammar) => grammar.scopeName),
    });
  })();
  return registry;
}

export async function loadHost(scopeName: string): Promise<IGrammar> {
  const grammar = await (await getRegistry()).loadGrammar(scopeName);
  if (!grammar) throw new Error(`no grammar for ${scopeName}`);
  return grammar;
}

export interface Token {
  line: number;
  text: string;
  scopes: string[];
}

export function tokenize(grammar: IGrammar, source: string): Token[] {
  const tokens: Token[] = [];
  let state = INITIAL;
  source.split('\n').forEach((lineText, line) => {
    const result = grammar.tokenizeLine(lineText, state);
    for (const token of result.tokens) {
      tokens.push({ line, text: lineText.slice(token.startIndex, token.endIndex), scopes: token.scopes });
    }
    state = result.ruleStack;
  });
  return tokens;
}

/**
 * A readable snapshot: each source line, then under it every token the injection scoped, with its
 * own scopes only (the host's scopes depend on the host grammar, not on this one).
 */
export function snapshot(source: string, tokens: Token[]): string {
  const out: string[] = [];
  source.split('\n').forEach((lineText, line) => {
    out.push(`> ${lineText}`);
    let column = 0;
    for (const token of tokens.filter((t) => t.line === line)) {
      const own = token.scopes.filter((scope) => scope.endsWith(OWN_SCOPE_SUFFIX));
      if (own.length > 0)
        out.push(`  ${' '.repeat(column)}${'^'.repeat(token.text.length)} ${own.join(' ')}`);
      column += token.text.length;
    }
  });
  return out.join('\n') + '\n';
}

/** The texts scoped as error codes, in document order. */
export function errorCodes(tokens: Token[]): string[] {
  return tokens
    .filter((token) => token.scopes.includes(`constant.other.error-code${OWN_SCOPE_SUFFIX}`))
    .map((token) => token.text);
}
