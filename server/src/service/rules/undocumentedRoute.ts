import type { SourceRule } from './rule';

/**
 * A route declared in this file that no operation of the catalog's OpenAPI documents describes.
 * Off by default: many APIs serve routes they keep out of their public document on purpose.
 */
export const undocumentedRouteRule: SourceRule = {
  id: 'undocumented-route',
  description: 'A route is served that no operation of the OpenAPI document describes.',
  defaultSeverity: 'ignore',
  check({ model, routeDeclarations }) {
    return (routeDeclarations ?? [])
      .filter((declared) => declared.route.uri === model.uri && declared.operations.length === 0)
      .map(({ route }) => {
        const method = route.declaration.method === 'all' ? 'ANY' : route.declaration.method.toUpperCase();
        const path = route.paths[0] ?? route.declaration.path;
        return {
          range: route.declaration.pathRange ?? route.declaration.range,
          message: `${method} ${path} is served, but the OpenAPI document has no operation for it.`,
        };
      });
  },
};
