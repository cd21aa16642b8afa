import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { pathToUri } from '../../server/src/workspace/paths';
import { applyTextEdits } from './edits';

const WORKSPACES = resolve(__dirname, '../fixtures/workspaces');
const SEEDS = resolve(__dirname, '../fixtures/seeds');

/**
 * A fixture workspace copied to a temporary folder, so a test may change its files (quick fixes,
 * renames) without touching the repository.
 */
export class FixtureWorkspace {
  readonly root: string;

  constructor(name?: string) {
    this.root = mkdtempSync(join(tmpdir(), `error-catalog-${(name ?? 'workspace').replaceAll('/', '-')}-`));
    if (name) cpSync(join(WORKSPACES, name), this.root, { recursive: true });
  }

  /** Copies a seed document (test/fixtures/seeds) into the workspace. */
  addSeed(seed: string, path: string): this {
    this.write(path, readFileSync(join(SEEDS, seed)));
    return this;
  }

  write(path: string, content: string | Uint8Array): void {
    const target = join(this.root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }

  bytes(path: string): Buffer {
    return readFileSync(join(this.root, path));
  }

  /** A file's text as an editor shows it: UTF-8, without a byte order mark. */
  text(path: string): string {
    return new TextDecoder('utf-8').decode(this.bytes(path));
  }

  uri(path: string): string {
    return pathToUri(join(this.root, path));
  }

  pathOf(uri: string): string {
    const prefix = `${pathToUri(this.root)}/`;
    if (!uri.startsWith(prefix)) throw new Error(`${uri} is not in the workspace`);
    return decodeURIComponent(uri.slice(prefix.length));
  }

  /** The position `offset` characters into the first occurrence of `needle` in a file. */
  positionOf(path: string, needle: string, offset = 1): Position {
    return positionIn(this.text(path), needle, offset);
  }

  /** The range of the `nth` occurrence of `needle` in a file. */
  rangeOf(path: string, needle: string, nth = 0): Range {
    return rangeIn(this.text(path), needle, nth);
  }

  /**
   * Applies a workspace edit as an editor does and saves each file: the edits apply to the text,
   * and a file that started with a byte order mark keeps it. Returns the paths it changed.
   */
  apply(edit: WorkspaceEdit): string[] {
    const changed: string[] = [];
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
      const path = this.pathOf(uri);
      const bytes = this.bytes(path);
      const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
      this.write(path, (bom ? '\uFEFF' : '') + applyTextEdits(this.text(path), edits as TextEdit[], uri));
      changed.push(path);
    }
    return changed;
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

export function positionIn(text: string, needle: string, offset = 1): Position {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`"${needle}" not found`);
  return positionAtOffset(text, index + offset);
}

export function rangeIn(text: string, needle: string, nth = 0): Range {
  let index = -1;
  for (let i = 0; i <= nth; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`occurrence ${nth} of "${needle}" not found`);
  }
  return { start: positionAtOffset(text, index), end: positionAtOffset(text, index + needle.length) };
}

function positionAtOffset(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}
