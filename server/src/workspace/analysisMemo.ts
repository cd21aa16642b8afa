import type { AnalysisOptions } from '../analysis/analyzeSource';
import type { SourceModel } from '../analysis/types';

/**
 * Analyses remembered from an earlier run (`check --cache`). The analysis of a file is a function
 * of its path, its text and the analysis options (the envelope and carrier rows in force): a
 * remembered model stands for a new analysis exactly when all three are the same. What depends
 * on other files (imports, classes, enums, the catalog's source definitions) is linked from the
 * models on every run, so a change to one file reaches every file whose resolution it affects.
 */
export interface AnalysisMemo {
  /**
   * The model of `text` at `uri` with `options`: remembered, or made by `analyze` (here, or later
   * on a worker thread) and remembered.
   */
  model<M extends SourceModel | Promise<SourceModel>>(
    uri: string,
    text: string,
    optionsKey: string,
    analyze: () => M,
  ): SourceModel | M;
}

/** A stable text for analysis options, made once per pair of row lists (they are shared objects). */
export class OptionsKeys {
  private readonly keys = new WeakMap<object, WeakMap<object, string>>();

  of(options: AnalysisOptions): string {
    const envelopes = options.envelopes ?? NONE;
    const carriers = options.carriers ?? NONE;
    let byCarriers = this.keys.get(envelopes);
    if (!byCarriers) this.keys.set(envelopes, (byCarriers = new WeakMap()));
    let key = byCarriers.get(carriers);
    if (key === undefined) byCarriers.set(carriers, (key = JSON.stringify([envelopes, carriers])));
    // A model read for its routes holds more than one that was not: the two are not the same.
    return options.routes ? `${key}+routes` : key;
  }
}

const NONE: readonly never[] = [];
