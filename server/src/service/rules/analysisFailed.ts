import type { SourceRule } from './rule';

/**
 * A part of a source file the analyser could not read (nesting too deep to parse, an internal
 * failure): its codes went unchecked, which a clean report must not hide.
 */
export const analysisFailedRule: SourceRule = {
  id: 'analysis-failed',
  description: 'Part of a source file could not be analysed, so its codes were not checked.',
  defaultSeverity: 'warning',
  check({ model }) {
    return (model.unanalysed ?? []).map((part) => ({
      range: part.range,
      message: part.wholeFile
        ? `This file could not be analysed: ${part.reason}; none of its codes were checked.`
        : `Not analysed: ${part.reason}; the codes here were not checked.`,
    }));
  },
};
