import type { Hover, Position } from 'vscode-languageserver-types';
import type { Catalog } from '../../catalog/catalog';
import type { ApiOperation } from '../../catalog/types';
import type { ServiceContext } from '../context';
import { escapeMarkdown } from '../markdownEscape';
import { formatStatus } from '../statusText';
import { routeDeclaredAt } from './routeAt';

/**
 * Hover on a route's path string: each operation it serves, with its summary and the responses the
 * OpenAPI document lists (status, description, codes); or that the document has none for it.
 */
export function doRouteHover(
  uri: string,
  position: Position,
  context: ServiceContext,
  catalog: Catalog,
): Hover | null {
  const found = routeDeclaredAt(uri, position, context, catalog);
  if (!found) return null;
  const { route, operations } = found;
  const value =
    operations.length > 0
      ? operations.map(({ operation }) => describeOperation(operation)).join('\n\n---\n\n')
      : `**${escapeMarkdown(route.paths[0] ?? route.declaration.path)}**\n\nThe OpenAPI document has no operation for this route.`;
  return { contents: { kind: 'markdown', value }, range: route.declaration.pathRange };
}

function describeOperation(operation: ApiOperation): string {
  const title = `**${operation.method.toUpperCase()} ${escapeMarkdown(operation.path)}**`;
  const parts = [operation.summary ? `${title} · ${escapeMarkdown(operation.summary)}` : title];
  if (operation.responses.length === 0) parts.push('No responses documented.');
  else {
    const rows = operation.responses.map((response) => {
      const status =
        response.status === undefined ? `\`${response.key}\`` : `\`${formatStatus(response.status)}\``;
      const codes = response.codes.map((code) => `\`${escapeMarkdown(code)}\``).join(', ');
      const description = response.description ? ` ${escapeMarkdown(firstLine(response.description))}` : '';
      return `- ${status}${description}${codes ? ` (${codes})` : ''}`;
    });
    parts.push(rows.join('\n'));
  }
  return parts.join('\n\n');
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0];
}
