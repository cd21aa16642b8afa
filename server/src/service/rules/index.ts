import type { SourceRule } from './rule';
import { statusMismatchRule } from './statusMismatch';
import { unknownCodeRule } from './unknownCode';

/** Every diagnostic rule of source documents, in the order their findings are listed. */
export const SOURCE_RULES: readonly SourceRule[] = [unknownCodeRule, statusMismatchRule];
