import type { Position } from 'vscode-languageserver-types';
import type { CodeReference, SourceModel } from '../analysis/types';
import { rangeContains } from './positions';

/** The code reference under the cursor, if any. */
export function referenceAt(model: SourceModel, position: Position): CodeReference | undefined {
  return model.references.find((reference) => rangeContains(reference.range, position));
}
