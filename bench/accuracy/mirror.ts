import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RepoSpec } from './repos';

/** Setup that cannot go on (a mirror or a seed missing): the runner prints it and exits 1. */
export class SetupError extends Error {}

/**
 * The git directory of `owner+name` under `mirrors` that holds the commit: a bare git directory,
 * a clone (its `.git`), or a bare git directory in a `repo` folder inside it.
 */
export function findGitDir(mirrors: string, spec: RepoSpec): string {
  const folder = join(mirrors, spec.repo.replace('/', '+'));
  const bring =
    `bring ${spec.repo} at ${spec.commit} into ${folder} ` +
    `(a bare git directory or a clone holding that commit, e.g. ` +
    `git clone https://github.com/${spec.repo} ${folder})`;
  if (!existsSync(folder)) throw new SetupError(`no mirror of ${spec.repo}: ${bring}`);
  for (const gitDir of [join(folder, 'repo'), join(folder, '.git'), folder]) {
    if (!existsSync(gitDir)) continue;
    const probe = spawnSync('git', ['--git-dir', gitDir, 'cat-file', '-e', `${spec.commit}^{commit}`]);
    if (probe.status === 0) return gitDir;
  }
  throw new SetupError(`the mirror ${folder} does not hold commit ${spec.commit}: ${bring}`);
}

/**
 * The pinned folders of the repository extracted under `into` (reused while the commit and the
 * paths stay the same), with the catalog copied in.
 */
export function extractPinned(gitDir: string, spec: RepoSpec, into: string, catalogFile: string): void {
  const stampFile = `${into}.stamp`;
  const stamp = JSON.stringify({ commit: spec.commit, paths: spec.paths });
  if (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) {
    rmSync(stampFile, { force: true });
    rmSync(into, { recursive: true, force: true });
    mkdirSync(into, { recursive: true });
    const archive = spawnSync('git', ['--git-dir', gitDir, 'archive', spec.commit, ...spec.paths], {
      maxBuffer: 1 << 30,
    });
    if (archive.status !== 0) {
      throw new SetupError(`git archive of ${spec.repo}@${spec.commit} failed: ${archive.stderr.toString()}`);
    }
    execFileSync('tar', ['-x', '-C', into], { input: archive.stdout, maxBuffer: 1 << 30 });
    writeFileSync(stampFile, stamp);
  }
  const target = join(into, spec.catalog.to);
  mkdirSync(dirname(target), { recursive: true });
  cpSync(catalogFile, target);
}

/** A fresh copy of `from` at `to`. */
export function copyTree(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
}
