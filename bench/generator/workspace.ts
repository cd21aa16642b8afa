import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { camelName, catalogJson, pascalName, RESOURCES } from './catalog';
import type { Planted } from './handlers';
import { hashString, Random } from './random';
import { packageClasses, routeFile } from './routeFile';
import {
  componentModule,
  errorsModule,
  LIMITS_MODULE,
  LOGGER_MODULE,
  routeTest,
  RUNTIME_MODULE,
  serviceModule,
  serviceTest,
  typesModule,
  utilityModule,
} from './sourceFiles';
import { ERROR_STYLES } from './styles';

/** The fixed seed: every run, on every machine, writes the same tree. */
export const DEFAULT_SEED = 20240611;

/** Lines of the big route module that the keystroke and request figures edit and query. */
export const BIG_DOCUMENT_LINES = 3000;

/** What a generated workspace holds, written beside it as bench-workspace.json. */
export interface WorkspaceManifest {
  seed: number;
  /** Source files (TypeScript and TSX), the catalog aside. */
  sourceFiles: number;
  sourceBytes: number;
  sourceLines: number;
  catalog: string;
  /** The 3,000-line route module, relative to the root. */
  bigDocument: string;
  /** Findings planted on purpose in route modules: what a check must report. */
  planted: Planted;
}

/** Shares of the files of a package that are not fixed, by kind; services take what rounding leaves. */
const SHARES = {
  routes: 0.14,
  types: 0.16,
  utils: 0.12,
  routeTests: 0.12,
  serviceTests: 0.12,
  components: 0.12,
};

const FIXED_PER_PACKAGE = 6;

/** The npm name of a package: the others import the first one's errors by it. */
function packageName(base: string): string {
  return `@bench/${base.slice(base.lastIndexOf('/') + 1)}`;
}

/** The styles a package may write its errors in (class throws come on top of any of them). */
const PRIMARY_STYLES = ERROR_STYLES.filter((style) => style.name !== 'class');

/**
 * Writes a synthetic API monorepo of `sourceFiles` source files under `root`: packages of route
 * handlers in many envelope styles and carriers, services, types, helpers, tests and web
 * components, governed by one catalog of 300 codes.
 */
export function generateWorkspace(root: string, sourceFiles: number, seed = DEFAULT_SEED): WorkspaceManifest {
  const files = new Map<string, string>();
  const planted: Planted = { unknownCodes: 0, statusMismatches: 0 };
  const packageCount = Math.max(1, Math.round(sourceFiles / 250));
  let bigDocument = '';
  // Every package raises one of the first package's errors, imported by its package name: the
  // check resolves imports across the workspace's packages, as in a real monorepo.
  const shared = { name: '', classes: [] as string[] };
  for (let p = 0; p < packageCount; p++) {
    // Spread the rest evenly; the first packages take the remainder.
    const size = Math.floor(sourceFiles / packageCount) + (p < sourceFiles % packageCount ? 1 : 0);
    const result = generatePackage(files, p, size, seed, planted, shared);
    if (result) bigDocument = result;
  }
  files.set('error-catalog.json', catalogJson());
  files.set(
    'package.json',
    JSON.stringify({ name: 'bench-api', private: true, workspaces: ['packages/*'] }, null, 2) + '\n',
  );

  const generated = [...files.keys()].filter((path) => /\.tsx?$/.test(path)).length;
  if (generated !== sourceFiles) throw new Error(`generated ${generated} source files, not ${sourceFiles}`);
  rmSync(root, { recursive: true, force: true });
  let sourceBytes = 0;
  let sourceLines = 0;
  for (const [relative, text] of files) {
    const path = join(root, relative);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    if (/\.tsx?$/.test(relative)) {
      sourceBytes += Buffer.byteLength(text);
      sourceLines += text.split('\n').length;
    }
  }
  const manifest: WorkspaceManifest = {
    seed,
    sourceFiles: [...files.keys()].filter((path) => /\.tsx?$/.test(path)).length,
    sourceBytes,
    sourceLines,
    catalog: 'error-catalog.json',
    bigDocument,
    planted,
  };
  writeFileSync(join(root, 'bench-workspace.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

/** Writes one package; returns the big document's path when this package holds it. */
function generatePackage(
  files: Map<string, string>,
  index: number,
  size: number,
  seed: number,
  planted: Planted,
  shared: { name: string; classes: string[] },
): string | undefined {
  const base = `packages/${String(index).padStart(3, '0')}-${camelName(RESOURCES[index % RESOURCES.length])}`;
  const random = Random.derive(seed, base);
  // Three different resources, so the modules named after them do not collide.
  const resources = [index % RESOURCES.length];
  while (resources.length < 3) {
    const resource = random.int(0, RESOURCES.length - 1);
    if (!resources.includes(resource)) resources.push(resource);
  }
  const primary = random.pick(PRIMARY_STYLES);
  const classes = packageClasses(resources);
  const classSet = new Set(classes);
  const add = (relative: string, make: (random: Random) => string) => {
    const path = `${base}/${relative}`;
    files.set(path, make(Random.derive(seed, path)));
  };
  add('src/errors.ts', () => errorsModule(classes));
  if (index === 0) Object.assign(shared, { name: packageName(base), classes });
  files.set(
    `${base}/package.json`,
    JSON.stringify({ name: packageName(base), private: true, main: 'src/index.ts' }, null, 2) + '\n',
  );
  add(
    'src/index.ts',
    () =>
      [
        `export * from './errors';`,
        ...resources.map((r) => `export * from './services/${camelName(RESOURCES[r])}Service';`),
      ].join('\n') + '\n',
  );
  add('src/shared.ts', (r) => {
    const raised = r.pick(shared.classes);
    const from = index === 0 ? './errors' : shared.name;
    return [
      `import { ${raised} } from '${from}';`,
      '',
      '/** Fails the way every package of the API fails when the shared check does. */',
      `export function failSharedCheck(): never {`,
      `  throw new ${raised}();`,
      '}',
      '',
    ].join('\n');
  });
  add('src/utils/logger.ts', () => LOGGER_MODULE);
  add('src/utils/runtime.ts', () => RUNTIME_MODULE);
  add('src/utils/limits.ts', () => LIMITS_MODULE);

  const rest = Math.max(0, size - FIXED_PER_PACKAGE);
  const counts = Object.fromEntries(
    Object.entries(SHARES).map(([kind, share]) => [kind, Math.floor(rest * share)]),
  ) as Record<keyof typeof SHARES, number>;
  const services = rest - Object.values(counts).reduce((sum, n) => sum + n, 0);
  const resourceOf = (i: number) => resources[i % resources.length];
  const name = (i: number) => camelName(RESOURCES[resourceOf(i)]);

  let bigDocument: string | undefined;
  for (let i = 0; i < counts.routes; i++) {
    const path = `src/routes/${name(i)}${i}.ts`;
    const big = index === 0 && i === 0;
    add(path, (r) => {
      const plan = { framework: primary.framework, primary, resource: resourceOf(i), classes: classSet };
      const result = routeFile(
        { ...plan, handlers: r.int(3, 8), minLines: big ? BIG_DOCUMENT_LINES - 40 : 0 },
        r,
      );
      planted.unknownCodes += result.planted.unknownCodes;
      planted.statusMismatches += result.planted.statusMismatches;
      return result.text;
    });
    if (big) bigDocument = `${base}/${path}`;
  }
  for (let i = 0; i < services; i++) {
    // The first service of each resource has the name the routes import.
    const path =
      i < resources.length ? `src/services/${name(i)}Service.ts` : `src/services/${name(i)}Service${i}.ts`;
    add(path, (r) => serviceModule(resourceOf(i), classes, r));
  }
  for (let i = 0; i < counts.types; i++) {
    const path = i < resources.length ? `src/types/${name(i)}.ts` : `src/types/${name(i)}${i}.ts`;
    add(path, (r) => typesModule(resourceOf(i), r));
  }
  for (let i = 0; i < counts.utils; i++) add(`src/utils/helpers${i}.ts`, utilityModule);
  const nested = primary.name === 'nested' || primary.name === 'koa-body' || primary.name === 'next';
  for (let i = 0; i < counts.routeTests; i++)
    add(`test/${name(i)}Routes${i}.test.ts`, (r) => routeTest(resourceOf(i), nested, r));
  for (let i = 0; i < counts.serviceTests; i++)
    add(`test/${name(i)}Service${i}.test.ts`, (r) => serviceTest(resourceOf(i), r));
  for (let i = 0; i < counts.components; i++) {
    add(`web/components/${pascalName(RESOURCES[resourceOf(i)])}Panel${i}.tsx`, (r) =>
      componentModule(resourceOf(i), r),
    );
  }
  return bigDocument;
}

/** A hash of the generator's own sources: a change to them makes cached workspaces stale. */
export function generatorVersion(): string {
  const directory = __dirname;
  const texts = readdirSync(directory)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => readFileSync(join(directory, name), 'utf8'));
  return hashString(texts.join('\0')).toString(16);
}

/**
 * The workspace of `sourceFiles` files in the cache folder, generated unless an up-to-date copy
 * (same size, seed and generator) is already there.
 */
export function ensureWorkspace(
  cacheRoot: string,
  sourceFiles: number,
  seed = DEFAULT_SEED,
): { root: string; manifest: WorkspaceManifest; generated: boolean } {
  const root = join(cacheRoot, `ws-${sourceFiles}-${seed}-${generatorVersion()}`);
  const marker = join(root, 'bench-workspace.json');
  if (existsSync(marker)) {
    return {
      root,
      manifest: JSON.parse(readFileSync(marker, 'utf8')) as WorkspaceManifest,
      generated: false,
    };
  }
  return { root, manifest: generateWorkspace(root, sourceFiles, seed), generated: true };
}
