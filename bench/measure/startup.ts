import { join } from 'node:path';
import { runNode } from './processes';
import { median } from './stats';

export interface StartupFigures {
  /** `error-catalog --version` with no code cache: the bundle compiled, as on a first start. */
  compiledMs: number;
  /** The same with the code cache the first start left: every start after it. */
  cachedMs: number;
}

/**
 * The start of the CLI as a whole process, `--version`, with and without V8's code cache
 * (`ERROR_CATALOG_CODE_CACHE`), alternated, median of `repeat`. `codeCache` is the folder the rest
 * of the benchmark runs with, filled by then.
 */
export async function measureStartup(
  dist: string,
  codeCache: string,
  repeat: number,
): Promise<StartupFigures> {
  const cli = join(dist, 'cli.js');
  const compiled: number[] = [];
  const cached: number[] = [];
  // The first start writes the cache; it is not one of the measured ones.
  await runNode(cli, ['--version'], dist, [], { ERROR_CATALOG_CODE_CACHE: codeCache });
  for (let run = 0; run < repeat; run++) {
    compiled.push((await runNode(cli, ['--version'], dist, [], { ERROR_CATALOG_CODE_CACHE: 'off' })).wallMs);
    cached.push(
      (await runNode(cli, ['--version'], dist, [], { ERROR_CATALOG_CODE_CACHE: codeCache })).wallMs,
    );
  }
  return { compiledMs: median(compiled), cachedMs: median(cached) };
}
