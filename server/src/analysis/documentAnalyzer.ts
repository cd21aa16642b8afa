import ts from './typescript';
import type { SourceModel } from './types';
import type { AnalysisOptions, SourceInput } from './analyzeSource';
import { editTouchesBrackets, flattenDeepNesting } from './deepNesting';
import { blankedParts, failedModel } from './unanalysed';
import { defuseAfterNameEdit, defuseAsyncLookaheads } from './asyncLookahead';
import {
  analyzeEdit,
  analyzeStatements,
  type AnalysisState,
  type StatefulModel,
} from './incrementalAnalysis';
import { parseSource } from './syntax';

/** How the cache has served its requests, for tests and performance figures. */
interface AnalyzerStats {
  /** Requests answered from the cache (same URI, version and text). */
  hits: number;
  fullParses: number;
  incrementalParses: number;
  /** Analyses that re-analysed only the top-level statements an edit touched. */
  statementAnalyses: number;
}

/**
 * Source models cached per document. Each URI keeps its latest version; a newer version of a known
 * document is reparsed incrementally from the previous tree.
 */
interface DocumentAnalyzer {
  /** The model of this version of the document, from the cache when it has it. Never throws. */
  analyze(input: SourceInput): SourceModel;
  /** The cached model of a document, if any, whatever its version. */
  cached(uri: string): SourceModel | undefined;
  /**
   * The syntax tree of a document's text as last analysed, if that is `text`: a feature that
   * reads the tree at the cursor need not parse the document again. Valid until the next
   * analysis of the document, which may reuse its nodes.
   */
  tree(uri: string, text: string): ts.SourceFile | undefined;
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
  /** What the next version's analysis can start from; dropped with the model. */
  state?: AnalysisState;
  /** Whether the tree is of the text with its too-deep parts blanked. */
  flattened?: boolean;
}

export function createDocumentAnalyzer(initialOptions: AnalysisOptions = {}): DocumentAnalyzer {
  let options = initialOptions;
  const entries = new Map<string, Entry>();
  const stats: AnalyzerStats = { hits: 0, fullParses: 0, incrementalParses: 0, statementAnalyses: 0 };

  /** The new version's tree, and the edit from the previous one when it was reparsed from it. */
  const parse = (
    input: SourceInput,
    previous: Entry | undefined,
    typed: ts.TextChangeRange | undefined,
  ): { sourceFile: ts.SourceFile; change?: ts.TextChangeRange } => {
    if (previous && typed) {
      try {
        // The tree holds the text as parsed (see defuseAsyncLookaheads), which the edit is measured
        // on. A keystroke in a name leaves it as it was, moved: the scan of the whole text is saved.
        const moved = defuseAfterNameEdit(previous.text, previous.sourceFile.text, input.text, typed);
        const text = moved ?? defuseAsyncLookaheads(input.text);
        const change = moved === undefined ? changeRange(previous.sourceFile.text, text) : typed;
        const sourceFile = ts.updateSourceFile(previous.sourceFile, text, change);
        stats.incrementalParses++;
        return { sourceFile, change };
      } catch {
        // The incremental parser asserts on trees it cannot reuse; a full parse always works.
      }
    }
    stats.fullParses++;
    return { sourceFile: parseSource(input.uri, input.text) };
  };

  /** The model of a new tree: from the edit when the previous state allows, else in full. */
  const analyzeTree = (
    input: SourceInput,
    sourceFile: ts.SourceFile,
    change: ts.TextChangeRange | undefined,
    previous: Entry | undefined,
  ): StatefulModel => {
    const state = previous?.state;
    if (change && state && state.options === options) {
      const edited = analyzeEdit(state, sourceFile, change, input);
      if (edited) {
        stats.statementAnalyses++;
        return edited;
      }
    }
    return analyzeStatements(sourceFile, input, options);
  };

  return {
    stats,
    analyze(input) {
      const previous = entries.get(input.uri);
      if (previous && previous.version === input.version && previous.text === input.text && previous.model) {
        stats.hits++;
        return previous.model;
      }
      let sourceFile: ts.SourceFile | undefined;
      try {
        // A text nested too deep is parsed in full with those parts blanked, like the CLI parses it;
        // its tree is no base for the next version's incremental parse.
        const base = previous?.flattened ? undefined : previous;
        const typed = base && base.text !== input.text ? changeRange(base.text, input.text) : undefined;
        // An edit that neither adds nor removes a bracket leaves every nesting depth as it was: the
        // previous text was shallow enough, so this one is, without a scan of the whole text.
        const flattened =
          base && (!typed || !editTouchesBrackets(base.text, input.text, typed))
            ? undefined
            : flattenDeepNesting(input.text);
        const reparsed = flattened
          ? { sourceFile: parseSource(input.uri, flattened.text), change: undefined }
          : base && base.text === input.text
            ? { sourceFile: base.sourceFile, change: undefined }
            : parse(input, base, typed);
        sourceFile = reparsed.sourceFile;
        const { model, state } = analyzeTree(
          input,
          sourceFile,
          reparsed.change,
          flattened ? undefined : base,
        );
        if (flattened) model.unanalysed ??= blankedParts(sourceFile, flattened.blanked);
        entries.set(input.uri, {
          version: input.version,
          text: input.text,
          sourceFile,
          model,
          state,
          flattened: flattened !== undefined,
        });
        return model;
      } catch (error) {
        options.onError?.(error);
        entries.delete(input.uri);
        return failedModel(input, error, sourceFile);
      }
    },
    cached(uri) {
      return entries.get(uri)?.model;
    },
    tree(uri, text) {
      const entry = entries.get(uri);
      return entry && entry.text === text ? entry.sourceFile : undefined;
    },
    forget(uri) {
      entries.delete(uri);
    },
    setOptions(next) {
      options = next;
      for (const entry of entries.values()) {
        entry.model = undefined;
        entry.state = undefined;
      }
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
  // Whole chunks first: comparing strings runs natively, many times faster than by character.
  while (
    prefix + CHUNK <= shorter &&
    before.slice(prefix, prefix + CHUNK) === after.slice(prefix, prefix + CHUNK)
  )
    prefix += CHUNK;
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  const most = shorter - prefix;
  while (
    suffix + CHUNK <= most &&
    before.slice(before.length - suffix - CHUNK, before.length - suffix) ===
      after.slice(after.length - suffix - CHUNK, after.length - suffix)
  ) {
    suffix += CHUNK;
  }
  while (
    suffix < most &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  return ts.createTextChangeRange(
    ts.createTextSpan(prefix, before.length - prefix - suffix),
    after.length - prefix - suffix,
  );
}

const CHUNK = 512;
