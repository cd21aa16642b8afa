import ts from '../../analysis/typescript';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver-types';
import { analyzeSource } from '../../analysis/analyzeSource';
import { parseSource } from '../../analysis/syntax';
import type { CodeReference, SourceModel, StatusSite } from '../../analysis/types';
import type { Catalog } from '../../catalog/catalog';
import { characterBefore, replaceToken, tokenAt, type CursorToken } from './cursorToken';

/** Written where the cursor is to ask the analyser whether a code would count there. */
const PROBE_CODE = 'ERROR_CATALOG_PROBE';
/** Written where the cursor is to ask whether a status would count there; any registered status does. */
const PROBE_STATUS = 418;
/** Written where the cursor is to see which statement the parser would make of it. */
const PROBE_IDENTIFIER = '__errorCatalogProbe__';

/** Where a statement completion goes: a statement of its own, or after `throw` / `throw new`. */
export interface StatementSlot {
  kind: 'statement' | 'throw';
  /** What the item replaces: the word typed, and `new ` too after `throw new`. */
  range: Range;
}

/**
 * What completion may write at the cursor. The analyser is the judge: the token under the cursor
 * is replaced by a probe (a code string, a status, an identifier) and the document analysed or
 * parsed again; whatever the analyser makes of the probe says what the position takes. So every
 * envelope style and status carrier the tables know completes, with no rule of its own here.
 */
export class CompletionProbe {
  readonly offset: number;
  readonly sourceFile: ts.SourceFile;
  readonly token: CursorToken;
  readonly range: Range;
  private readonly text: string;

  /** `tree`: the document's current text already parsed, which the probe only reads. */
  constructor(
    private readonly document: TextDocument,
    readonly position: Position,
    private readonly catalog: Catalog,
    tree?: ts.SourceFile,
  ) {
    this.text = document.getText();
    this.offset = document.offsetAt(position);
    this.sourceFile = tree ?? parseSource(document.uri, this.text);
    this.token = tokenAt(this.sourceFile, this.offset);
    this.range = { start: document.positionAt(this.token.start), end: document.positionAt(this.token.end) };
  }

  /** The quote the document writes strings with: the one the user typed, else that of its codes. */
  quote(model: SourceModel): string {
    if (this.token.quote) return this.token.quote;
    const first = model.references.find((reference) => reference.kind === 'envelope');
    const before = first && this.document.offsetAt(first.range.start) - 1;
    const written = before === undefined ? undefined : this.text[before];
    return written === '"' || written === '`' ? written : "'";
  }

  /** The reference a code written at the cursor would be, when the cursor is where a code goes. */
  codeSlot(): CodeReference | undefined {
    const { kind } = this.token;
    if (kind === 'number') return undefined;
    if (kind !== 'string' && !this.follows('(,:=[')) return undefined;
    const quote = this.token.quote ?? "'";
    const model = this.analyze(replaceToken(this.text, this.token, quote + PROBE_CODE + quote));
    const start = this.document.positionAt(this.token.start + 1);
    return model.references.find(
      (reference) => reference.code === PROBE_CODE && samePosition(reference.range.start, start),
    );
  }

  /**
   * The status site a number written at the cursor would be, and the code its response sends,
   * when the cursor is where a carrier takes a status (`res.status(`, `reply.code(`).
   */
  statusSlot(): { site: StatusSite; reference?: CodeReference } | undefined {
    const { kind } = this.token;
    if (kind === 'string') return undefined;
    if (kind !== 'number' && !this.follows('(,:=')) return undefined;
    const model = this.analyze(replaceToken(this.text, this.token, String(PROBE_STATUS)));
    const start = this.range.start;
    const isProbe = (site: StatusSite | undefined) =>
      site !== undefined && site.value === PROBE_STATUS && samePosition(site.range.start, start);
    const site = model.statuses.find(isProbe);
    if (!site) return undefined;
    return { site, reference: model.references.find((reference) => isProbe(reference.status)) };
  }

  /** Where a whole statement may be written: a statement of a function body, or after `throw`. */
  statementSlot(): StatementSlot | undefined {
    const { kind } = this.token;
    if (kind !== 'word' && kind !== 'empty') return undefined;
    const patched = parseSource(this.document.uri, replaceToken(this.text, this.token, PROBE_IDENTIFIER));
    const probe = identifierAt(patched, this.token.start);
    if (!probe) return undefined;
    const parent = probe.parent;
    if (ts.isThrowStatement(parent)) return { kind: 'throw', range: this.range };
    if (ts.isNewExpression(parent) && parent.expression === probe && ts.isThrowStatement(parent.parent)) {
      return {
        kind: 'throw',
        range: { start: this.document.positionAt(parent.getStart(patched)), end: this.range.end },
      };
    }
    if (ts.isExpressionStatement(parent) && isInFunctionBody(parent)) {
      return { kind: 'statement', range: this.range };
    }
    return undefined;
  }

  /** Whether the token comes right after one of these characters (white space between). */
  private follows(characters: string): boolean {
    const before = characterBefore(this.text, this.token);
    return before !== '' && characters.includes(before);
  }

  private analyze(text: string): SourceModel {
    const { envelopes, carriers } = this.catalog.extensions;
    return analyzeSource({ uri: this.document.uri, version: -1, text }, { envelopes, carriers });
  }
}

function identifierAt(sourceFile: ts.SourceFile, offset: number): ts.Identifier | undefined {
  let found: ts.Identifier | undefined;
  const visit = (node: ts.Node): void => {
    if (found || node.getStart(sourceFile) > offset || node.end < offset) return;
    if (ts.isIdentifier(node) && node.text === PROBE_IDENTIFIER && node.getStart(sourceFile) === offset) {
      found = node;
      return;
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(sourceFile, visit);
  return found;
}

/** A statement of a function body: where `return` and `throw` may go. */
function isInFunctionBody(statement: ts.Statement): boolean {
  return ts.findAncestor(statement.parent, ts.isFunctionLike) !== undefined;
}

function samePosition(a: Position, b: Position): boolean {
  return a.line === b.line && a.character === b.character;
}
