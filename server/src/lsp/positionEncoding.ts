import {
  Message,
  type MessageStrategy,
  type MessageWriter,
  type PositionEncodingKind,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineTexts, utf16ToUtf8, utf8ToUtf16 } from './lineOffsets';

/**
 * LSP 3.17's position encodings. The engine counts characters in UTF-16 code units, the protocol's
 * default; a client that prefers UTF-8 (Neovim 0.11, Helix) is answered in UTF-8. The conversion
 * sits at the transport, on whole messages, so no feature has to know: every position coming in is
 * made UTF-16 before a handler sees it, every position going out UTF-8 after the answer is made,
 * each against the line it is on in the document it belongs to.
 *
 * Which document a position belongs to: the nearest `uri` around it (a `Location`, a diagnostic
 * report, a `TextDocumentEdit`'s `textDocument`, a `WorkspaceEdit`'s `changes` key), else the
 * document of the request it answers. `data` is the server's own payload, which the client sends
 * back as it is: never converted. A position whose document is not known stays as it is both ways,
 * which round-trips (a completion item or code lens the client sends back to resolve).
 */
export class PositionEncoding {
  private encoding: PositionEncodingKind = 'utf-16';
  /** The method and document of each request being answered, by request id. */
  private readonly requests = new Map<string | number, { method: string; document?: string }>();
  /** The text of an open document; set once the server keeps its documents. */
  private openText: (uri: string) => string | undefined = () => undefined;

  constructor(
    /**
     * The text of a file on disk, for the places the server names in closed files (references, a
     * rename's edits, workspace diagnostics). Only what the server sends is read this way: a
     * position the client sends is about an open document, and is converted against its text.
     */
    private readonly fileText: (uri: string) => string | undefined,
  ) {}

  /** Where the open documents' texts come from: the server's own copies, as the client edits them. */
  useOpenDocuments(openText: (uri: string) => string | undefined): void {
    this.openText = openText;
  }

  /**
   * Picks the encoding from the client's list, in its order of preference: the first the server
   * speaks. UTF-16 when the client lists none (3.16 and older) or none of those the server speaks.
   */
  negotiate(preferred: readonly string[] | undefined): PositionEncodingKind {
    const spoken = (preferred ?? []).find((kind) => kind === 'utf-8' || kind === 'utf-16');
    this.encoding = spoken ?? 'utf-16';
    return this.encoding;
  }

  get kind(): PositionEncodingKind {
    return this.encoding;
  }

  /** Converts what the client sends, before the protocol library dispatches it. */
  readonly strategy: MessageStrategy = {
    handleMessage: (message, next) => next(this.incoming(message)),
  };

  /** A writer that converts what the server sends, then writes it with `writer`. */
  writer(writer: MessageWriter): MessageWriter {
    return {
      write: (message) => writer.write(this.outgoing(message)),
      onError: writer.onError,
      onClose: writer.onClose,
      end: () => writer.end(),
      dispose: () => writer.dispose(),
    };
  }

  incoming(message: Message): Message {
    if (this.encoding === 'utf-16' || Message.isResponse(message)) return message;
    if (Message.isRequest(message)) {
      this.requests.set(message.id ?? '', { method: message.method, document: documentOf(message.params) });
    }
    if (Message.isNotification(message) && message.method === 'textDocument/didChange') {
      return { ...message, params: this.changesToServer(message.params as DidChangeParams) } as Message;
    }
    if (!('params' in message) || message.params === undefined) return message;
    const params = this.converter('in')(message.params, documentOf(message.params));
    return { ...message, params } as Message;
  }

  outgoing(message: Message): Message {
    if (Message.isResponse(message)) {
      const request = this.requests.get(message.id ?? '');
      this.requests.delete(message.id ?? '');
      if (this.encoding === 'utf-16' || message.result === undefined || message.result === null) {
        return message;
      }
      if (request?.method === 'textDocument/semanticTokens/full' && request.document !== undefined) {
        const tokens = message.result as { data: number[] };
        return { ...message, result: this.semanticTokensToClient(tokens, request.document) } as Message;
      }
      return { ...message, result: this.converter('out')(message.result, request?.document) } as Message;
    }
    if (this.encoding === 'utf-16' || !('params' in message) || message.params === undefined) return message;
    return { ...message, params: this.converter('out')(message.params, undefined) } as Message;
  }

  /**
   * A walk that copies a value with its positions converted: `out` from UTF-16 to the client's
   * encoding, `in` back. Texts are read once per message.
   */
  private converter(direction: 'in' | 'out'): (value: unknown, document: string | undefined) => unknown {
    const lines = new Map<string, LineTexts | undefined>();
    const textOf =
      direction === 'in' ? this.openText : (uri: string) => this.openText(uri) ?? this.fileText(uri);
    const linesOf = (uri: string) => {
      if (!lines.has(uri)) {
        const text = textOf(uri);
        lines.set(uri, text === undefined ? undefined : new LineTexts(text));
      }
      return lines.get(uri);
    };
    const convertPosition = (position: Position, document: string | undefined): Position => {
      const texts = document === undefined ? undefined : linesOf(document);
      if (!texts || texts.ascii) return position;
      const line = texts.line(position.line);
      const character =
        direction === 'out' ? utf16ToUtf8(line, position.character) : utf8ToUtf16(line, position.character);
      return { line: position.line, character };
    };
    const walk = (value: unknown, document: string | undefined): unknown => {
      if (Array.isArray(value)) return value.map((item) => walk(item, document));
      if (typeof value !== 'object' || value === null) return value;
      if (isPosition(value)) return convertPosition(value, document);
      const record = value as Record<string, unknown>;
      const own = typeof record.uri === 'string' ? record.uri : (documentOf(record) ?? document);
      const copy: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(record)) {
        if (key === 'data') copy[key] = field;
        else if (key === 'changes' && isUriKeyed(field)) {
          copy[key] = Object.fromEntries(
            Object.entries(field).map(([uri, edits]) => [uri, walk(edits, uri)]),
          );
        } else if (key === 'targetRange' || key === 'targetSelectionRange') {
          copy[key] = walk(field, typeof record.targetUri === 'string' ? record.targetUri : own);
        } else copy[key] = walk(field, own);
      }
      return copy;
    };
    return walk;
  }

  /**
   * An edit's ranges are in the text as the edits before it in the same notification left it: each
   * is converted against that text, kept in a scratch copy.
   */
  private changesToServer(params: DidChangeParams): DidChangeParams {
    const uri = params?.textDocument?.uri;
    const text = typeof uri === 'string' ? this.openText(uri) : undefined;
    if (text === undefined || !Array.isArray(params.contentChanges)) return params;
    let scratch = TextDocument.create(uri, 'text', 0, text);
    const contentChanges = params.contentChanges.map((change) => {
      if (!isRange(change?.range)) {
        scratch = TextDocument.create(uri, 'text', 0, String(change?.text ?? ''));
        return change;
      }
      const texts = new LineTexts(scratch.getText());
      const toServer = (position: Position): Position =>
        texts.ascii
          ? position
          : { line: position.line, character: utf8ToUtf16(texts.line(position.line), position.character) };
      const range = { start: toServer(change.range.start), end: toServer(change.range.end) };
      const converted = { ...change, range };
      scratch = TextDocument.update(
        scratch,
        [{ range, text: String(change.text ?? '') }],
        scratch.version + 1,
      );
      return converted;
    });
    return { ...params, contentChanges };
  }

  /** Semantic tokens count characters in relative numbers: each token's start and length converted. */
  private semanticTokensToClient(tokens: { data: number[] }, uri: string): { data: number[] } {
    const text = this.openText(uri) ?? this.fileText(uri);
    const texts = text === undefined ? undefined : new LineTexts(text);
    if (!texts || texts.ascii || !Array.isArray(tokens.data)) return tokens;
    const data = [...tokens.data];
    let line = 0;
    let start = 0;
    let previousLine = -1;
    let previousStart = 0;
    for (let i = 0; i + 4 < data.length; i += 5) {
      line += tokens.data[i];
      start = tokens.data[i] === 0 ? start + tokens.data[i + 1] : tokens.data[i + 1];
      const lineText = texts.line(line);
      const from = utf16ToUtf8(lineText, start);
      const to = utf16ToUtf8(lineText, start + tokens.data[i + 2]);
      data[i + 1] = line === previousLine ? from - previousStart : from;
      data[i + 2] = to - from;
      previousLine = line;
      previousStart = from;
    }
    return { ...tokens, data };
  }
}

interface Position {
  line: number;
  character: number;
}

interface DidChangeParams {
  textDocument: { uri: string };
  contentChanges: Array<{ range?: { start: Position; end: Position }; text?: unknown }>;
}

function isPosition(value: object): value is Position {
  const keys = Object.keys(value);
  return (
    keys.length === 2 &&
    typeof (value as Position).line === 'number' &&
    typeof (value as Position).character === 'number'
  );
}

function isRange(value: unknown): value is { start: Position; end: Position } {
  if (typeof value !== 'object' || value === null) return false;
  const { start, end } = value as { start?: unknown; end?: unknown };
  return (
    typeof start === 'object' &&
    start !== null &&
    isPosition(start) &&
    typeof end === 'object' &&
    end !== null &&
    isPosition(end)
  );
}

/** The document a request's parameters are about (`textDocument.uri`). */
function documentOf(params: unknown): string | undefined {
  if (typeof params !== 'object' || params === null) return undefined;
  const textDocument = (params as { textDocument?: { uri?: unknown } }).textDocument;
  return typeof textDocument?.uri === 'string' ? textDocument.uri : undefined;
}

/** A `WorkspaceEdit`'s `changes`: edits keyed by document URI. */
function isUriKeyed(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.entries(value).every(([key, edits]) => key.includes(':') && Array.isArray(edits))
  );
}
