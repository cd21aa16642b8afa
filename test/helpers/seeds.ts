import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The seed catalogs, verbatim (see test/fixtures/seeds). */
export function readSeed(name: string): string {
  return readFileSync(resolve(__dirname, '../fixtures/seeds', name), 'utf8');
}

/** The status-only seed: a Markdown table of statuses, reason phrases and descriptions. */
export const SEED_004 = readSeed('004_501920efdafcaf5d.txt');
