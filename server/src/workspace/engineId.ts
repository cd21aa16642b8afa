import { version } from '../../../package.json';

/** Set by the bundler: a hash of the engine's sources, its dependencies' versions and its own. */
declare const ERROR_CATALOG_ENGINE: string | undefined;

/**
 * What made a cached analysis: a cache made by another build is not reused. Run from source
 * (tests), the package version stands in, marked as such.
 */
export function engineId(): string {
  return typeof ERROR_CATALOG_ENGINE === 'string' ? ERROR_CATALOG_ENGINE : `${version}+source`;
}
