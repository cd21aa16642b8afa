/**
 * The real repositories of the accuracy benchmark, each pinned by commit. Nothing of them is kept
 * in this project: the runner extracts `paths` at `commit` from a mirror the user brings.
 */
export interface RepoSpec {
  /** Short name: the file names under samples/, planted/, reviewed/ and catalogs/. */
  name: string;
  /** owner/name on GitHub; the mirror folder is `owner+name`. */
  repo: string;
  commit: string;
  /** How the server sends its errors, for the report. */
  style: string;
  /** Folders and root files extracted from the commit. */
  paths: string[];
  /** Folders whose raise sites are sampled: the API server's own source. */
  scan: string[];
  /** The catalog: a file of this project (or of the seeds folder), copied into the tree at `to`. */
  catalog: { source: { seed: string } | { file: string }; to: string };
}

export const REPOS: readonly RepoSpec[] = [
  {
    name: 'directus',
    repo: 'licitdev/directus',
    commit: 'acfa1695c48fbfc08194305875fba6077d9bc9bb',
    style: 'Express; @directus/errors createError classes keyed by a string enum, workspace packages',
    paths: ['api', 'packages', 'package.json', 'pnpm-workspace.yaml'],
    scan: ['api', 'packages'],
    catalog: { source: { seed: '000_c897f8747c97e938.txt' }, to: 'docs/errors.md' },
  },
  {
    name: 'teable',
    repo: 'teableio/teable',
    commit: 'c398cf4e0d79dfba72a3c8e98234e6b5d8bc17a6',
    style: 'NestJS; built-in exceptions mapped to a code enum by a global filter, enum-to-status map',
    paths: [
      'apps/nestjs-backend',
      'packages/core',
      'packages/openapi',
      'packages/db-main-prisma',
      'package.json',
      'pnpm-workspace.yaml',
      'tsconfig.base.json',
    ],
    scan: ['apps/nestjs-backend/src'],
    catalog: { source: { file: 'teable.errors.json' }, to: 'teable.errors.json' },
  },
  {
    name: 'dub',
    repo: 'dubinc/dub',
    commit: '1de955f782a72e1eff7b201ae54a909d5ceb5722',
    style: 'Next.js app router route handlers; DubApiError({ code }) with an `as const` code-to-status map',
    paths: ['apps/web', 'packages/utils', 'package.json', 'pnpm-workspace.yaml'],
    scan: ['apps/web/app', 'apps/web/lib'],
    catalog: { source: { file: 'dub.errors.json' }, to: 'dub.errors.json' },
  },
  {
    name: 'unkey',
    repo: 'unkeyed/unkey',
    commit: 'ccfc028d326c26bc354d236a244c1ba2fc197515',
    style: 'Hono; UnkeyApiError({ code }) extends HTTPException, status from a code-to-status switch',
    paths: ['apps/api', 'internal', 'package.json', 'pnpm-workspace.yaml'],
    scan: ['apps/api/src'],
    catalog: { source: { file: 'unkey.errors.json' }, to: 'unkey.errors.json' },
  },
];
