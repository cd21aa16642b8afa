/**
 * The TypeScript compiler, imported in one place. The bundle turns each default import of a
 * CommonJS module into a copy of its exports, and TypeScript exports thousands of names: one
 * import makes one copy at start-up instead of one per module that parses or walks source.
 */
import ts from 'typescript';

export default ts;
