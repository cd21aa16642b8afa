import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { extractPinned, findGitDir, SetupError } from './mirror';
import { REPOS, type RepoSpec } from './repos';

export const PROJECT = resolve(__dirname, '../..');
export const BENCH = __dirname;

export interface Options {
  /** Folder of the mirrors, one `owner+name` each. */
  mirrors: string;
  /** Where the pinned trees are extracted. */
  work: string;
  /** Folder of the seed pages (the Directus catalog). */
  seeds: string;
  repos: RepoSpec[];
  values: Record<string, string | boolean | undefined>;
}

/** The command line shared by run.ts and draw.ts; `extra` adds a script's own options. */
export function parseOptions(extra: Record<string, { type: 'string' | 'boolean' }> = {}): Options {
  const { values } = parseArgs({
    options: {
      mirrors: { type: 'string', default: '/work/.mirror' },
      work: { type: 'string', default: join(tmpdir(), 'error-catalog-accuracy') },
      seeds: { type: 'string', default: join(PROJECT, '../shared/seeds') },
      repo: { type: 'string' },
      ...extra,
    },
  });
  const name = values.repo as string | undefined;
  const repos = REPOS.filter((spec) => name === undefined || spec.name === name);
  if (repos.length === 0) {
    throw new SetupError(`no repository named ${name}; known: ${REPOS.map((spec) => spec.name).join(', ')}`);
  }
  return {
    mirrors: resolve(values.mirrors as string),
    work: resolve(values.work as string),
    seeds: resolve(values.seeds as string),
    repos,
    values,
  };
}

/** The catalog file of this project (or the seeds folder) that `spec` is checked against. */
export function catalogSource(spec: RepoSpec, options: Options): string {
  const source = spec.catalog.source;
  const path = 'seed' in source ? join(options.seeds, source.seed) : join(BENCH, 'catalogs', source.file);
  if (!existsSync(path)) {
    throw new SetupError(
      'seed' in source
        ? `the seed page ${path} is missing: give its folder with --seeds`
        : `the catalog ${path} is missing`,
    );
  }
  return path;
}

/** Checks every mirror first, so that one run names every repository still to bring. */
export function locateMirrors(options: Options): Map<string, string> {
  const found = new Map<string, string>();
  const missing: string[] = [];
  for (const spec of options.repos) {
    try {
      found.set(spec.name, findGitDir(options.mirrors, spec));
    } catch (error) {
      if (!(error instanceof SetupError)) throw error;
      missing.push(error.message);
    }
  }
  if (missing.length > 0) throw new SetupError(missing.join('\n'));
  return found;
}

/** The extracted, unplanted tree of `spec` with its catalog in place. */
export function preparePristine(spec: RepoSpec, gitDir: string, options: Options): string {
  const root = join(options.work, spec.name, 'pristine');
  extractPinned(gitDir, spec, root, catalogSource(spec, options));
  return root;
}
