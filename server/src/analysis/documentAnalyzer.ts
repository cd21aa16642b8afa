import ts from 'typescript';
import type { SourceModel } from './types';
import { analyzeSourceFile, emptyModel, type AnalysisOptions, type SourceInput } from './analyzeSource';
import { defuseAsyncLookaheads } from './asyncLookahead';
import { parseSource } from './syntax';

/** How the cache has served its requests, for tests and performance figures. */
export interface AnalyzerStats {
  /** Requests answered from the cache (same URI, version and text). */
  hits: number;
  fullParses: number;
  incrementalParses: number;
}

/**
 * Source models cached per document. Each URI keeps its latest version; a newer version of a known
 * document is reparsed incrementally from the previous tree.
 */
export interface DocumentAnalyzer {
  /** The model of this version of the document, from the cache when it has it. Never throws. */
  analyze(input: SourceInput): SourceModel;
  /** The cached model of a document, if any, whatever its version. */
  cached(uri: string): SourceModel | undefined;
  /** Drops a document (closed, deleted). */
  forget(uri: string): void;
  /**
   * Replaces the table extensions (the catalog or the settings changed). Cached models are
   * dropped; the trees are kept, so the next analysis still reparses incrementally.
   */
  setOptions(options: AnalysisOptions): void;
  readonly stats: AnalyzerStats;
}

interface Entry {
  version: number;
  text: string;
  sourceFile: ts.SourceFile;
  model?: SourceModel;
}

export function createDocumentAnalyzer(initialOptions: AnalysisOptions = {}): DocumentAnalyzer {
  let options = initialOptions;
  const entries = new Map<string, Entry>();
  const stats: AnalyzerStats = { hits: 0, fullParses: 0, incrementalParses: 0 };

  const parse = (input: SourceInput, previous: Entry | undefined): ts.SourceFile => {
    if (previous) {
      try {
        // The tree holds the text as parsed (see defuseAsyncLookaheads), which the edit is measured on.
        const text = defuseAsyncLookaheads(input.text);
        const updated = ts.updateSourceFile(
          previous.sourceFile,
          text,
          changeRange(previous.sourceFile.text, text),
        );
        stats.incrementalParses++;
        return updated;
      } catch {
        // The incremental parser asserts on trees it cannot reuse; a full parse always works.
      }
    }
    stats.fullParses++;
    return parseSource(input.uri, input.text);
  };

  return {
    stats,
    analyze(input) {
      const previous = entries.get(input.uri);
      if (previous && previous.version === input.version && previous.text === input.text && previous.model) {
        stats.hits++;
        return previous.model;
      }
      try {
        const sourceFile =
          previous && previous.text === input.text ? previous.sourceFile : parse(input, previous);
        const model = analyzeSourceFile(sourceFile, input, options);
        entries.set(input.uri, { version: input.version, text: input.text, sourceFile, model });
        return model;
      } catch (error) {
        options.onError?.(error);
        entries.delete(input.uri);
        return emptyModel(input);
      }
    },
    cached(uri) {
      return entries.get(uri)?.model;
    },
    forget(uri) {
      entries.delete(uri);
    },
    setOptions(next) {
      options = next;
      for (const entry of entries.values()) entry.model = undefined;
    },
  };
}

/**
 * The edit that turns `before` into `after`, as one span: everything between their common prefix
 * and common suffix. It needs no change events, so the CLI and a file watcher get incremental
 * parses too; several edits in one step become one span covering them all.
 */
export function changeRange(before: string, after: string): ts.TextChangeRange {
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  return ts.createTextChangeRange(
    ts.createTextSpan(prefix, before.length - prefix - suffix),
    after.length - prefix - suffix,
  );
}
