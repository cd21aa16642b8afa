import type { Position, Range } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseMarkers } from './markers';
import { createTestWorkspace, ROOT, type TestWorkspace } from './workspace';

/** A workspace whose files mark ranges with `[[ ]]` and at most one cursor with `$$CURSOR$$`. */
export interface MarkedWorkspace extends TestWorkspace {
  /** The files' texts without markers, by path relative to the root. */
  texts: Record<string, string>;
  /** The marked ranges of each file, in order. */
  ranges: Record<string, Range[]>;
  cursor?: { path: string; position: Position };
  uri(path: string): string;
  document(path: string): TextDocument;
}

export function uriOf(path: string): string {
  return `file://${ROOT}/${path}`;
}

/** Builds and indexes a workspace from marked files. */
export async function createMarkedWorkspace(marked: Record<string, string>): Promise<MarkedWorkspace> {
  const texts: Record<string, string> = {};
  const ranges: Record<string, Range[]> = {};
  let cursor: MarkedWorkspace['cursor'];
  for (const [path, text] of Object.entries(marked)) {
    const fixture = parseMarkers(text, uriOf(path));
    texts[path] = fixture.text;
    ranges[path] = fixture.ranges();
    if (fixture.cursor !== undefined) cursor = { path, position: fixture.cursorPosition() };
  }
  const workspace = await createTestWorkspace(texts);
  return {
    ...workspace,
    texts,
    ranges,
    cursor,
    uri: uriOf,
    document: (path) => TextDocument.create(uriOf(path), languageOf(path), 1, texts[path]),
  };
}

function languageOf(path: string): string {
  if (path.endsWith('.json')) return 'json';
  if (path.endsWith('.md')) return 'markdown';
  if (path.endsWith('.yaml') || path.endsWith('.yml')) return 'yaml';
  return 'typescript';
}
