import { getLanguageService, type LanguageService } from '../../server/src/service/languageService';
import { MemoryHost } from '../../server/src/workspace/memoryHost';
import type { SourceIndex } from '../../server/src/workspace/sourceIndex';
import { WorkspaceContext } from '../../server/src/workspace/workspaceContext';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';

export const ROOT = '/workspace';

export interface TestWorkspace {
  host: MemoryHost;
  index: WorkspaceIndex;
  sources: SourceIndex;
  context: WorkspaceContext;
  service: LanguageService;
}

/** An in-memory workspace rooted at /workspace, catalogs and sources indexed; paths are relative to it. */
export async function createTestWorkspace(
  files: Record<string, string>,
  catalogFiles?: string[],
): Promise<TestWorkspace> {
  const host = new MemoryHost(
    Object.fromEntries(Object.entries(files).map(([path, text]) => [`${ROOT}/${path}`, text])),
  );
  const index = new WorkspaceIndex(host, { roots: [ROOT], catalogFiles });
  await index.initialize();
  const context = new WorkspaceContext(index);
  const sources = context.indexSources(host, [ROOT]);
  await sources.initialize();
  return { host, index, sources, context, service: getLanguageService(context) };
}

/** A small canonical catalog used across the service tests. */
export const SAMPLE_CATALOG = JSON.stringify(
  {
    errors: {
      FORBIDDEN: {
        status: 403,
        title: 'Forbidden',
        description: 'You are not allowed to do the current action.',
      },
      INVALID_TOKEN: { status: 403, title: 'Invalid token', description: 'Provided token is invalid.' },
      ROUTE_NOT_FOUND: { status: 404, title: 'Route not found', description: 'Endpoint does not exist.' },
      SERVICE_UNAVAILABLE: { status: [502, 503], description: 'Could not use external service.' },
      LEGACY_LIMIT: { status: 429, deprecated: 'Use REQUESTS_EXCEEDED.' },
    },
  },
  null,
  2,
);
