import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Hover, MarkedString, MarkupContent } from 'vscode-languageserver-types';
import { Progress } from '../../server/src/cli/progress';
import { openWorkspace } from '../../server/src/cli/workspaceRun';
import { getLanguageService } from '../../server/src/service/languageService';
import { nodeHost } from '../../server/src/workspace/nodeHost';
import { pathToUri } from '../../server/src/workspace/paths';
import type { Site } from './data';

export interface SiteResult {
  site: Site;
  hit: boolean;
  /** Not a hit, but the hover lists the code among the catalog codes of the site's status. */
  listed: boolean;
  /** The first paragraph of the hover, or undefined when there was none. */
  hover?: string;
}

function hoverText(hover: Hover): string {
  const parts: Array<MarkupContent | MarkedString> = Array.isArray(hover.contents)
    ? hover.contents
    : [hover.contents];
  return parts.map((part) => (typeof part === 'string' ? part : part.value)).join('\n\n');
}

/**
 * A hover counts when its first paragraph, the one that says what the hovered thing is, names the
 * site's code and its status: `**FORBIDDEN** · 403 Forbidden`. A status hover that lists the
 * catalog codes sharing a status does not say which one the site sends, so it does not count.
 */
export function hoverShows(first: string, code: string, status: number): boolean {
  const escaped = code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return (
    new RegExp(`(^|[^\\w])${escaped}([^\\w]|$)`).test(first) && new RegExp(`\\b${status}\\b`).test(first)
  );
}

/** Indexes the tree the way the CLI does and hovers every sampled site. */
export async function measureRecall(root: string, sites: readonly Site[]): Promise<SiteResult[]> {
  const quiet = new Progress({ write: () => true });
  const run = await openWorkspace(nodeHost, { cwd: root, paths: ['.'], catalogPatterns: [] }, quiet);
  const service = getLanguageService(run.context);
  const documents = new Map<string, TextDocument>();
  return sites.map((site) => {
    let document = documents.get(site.file);
    if (!document) {
      const text = readFileSync(join(root, site.file), 'utf8');
      const language = site.file.endsWith('x') ? 'typescriptreact' : 'typescript';
      document = TextDocument.create(pathToUri(join(root, site.file)), language, 1, text);
      documents.set(site.file, document);
    }
    const hover = service.doHover(document, { line: site.line - 1, character: site.column - 1 });
    const text = hover ? hoverText(hover) : undefined;
    const first = text?.split(/\n\s*\n/)[0];
    const hit = first !== undefined && hoverShows(first, site.code, site.status);
    const listed = !hit && text !== undefined && hoverShows(text.replace(/\n/g, ' '), site.code, site.status);
    return { site, hit, listed, hover: first };
  });
}
