import type { CatalogNode, CatalogProperty } from '../catalogNode';
import type { CatalogProblem, RelatedDocumentReader } from '../types';
import { makeProblem, ProblemCodes } from '../problems';
import { readJsonTree } from '../jsonCatalog';
import { readYamlTree } from '../yamlCatalog';

/** A node, and the document it is written in (a `$ref` may lead into another file). */
export interface Located {
  node: CatalogNode;
  uri: string;
}

/** Chains of `$ref` longer than this are cycles or mistakes; no real document comes near. */
const MAX_REF_CHAIN = 32;
/**
 * Other documents one OpenAPI document may read through `$ref`. A document split per path and
 * per response (Directus's has a few hundred files) stays well below; past it, a `$ref` into yet
 * another file is reported rather than read.
 */
const MAX_RELATED_DOCUMENTS = 2000;

/** The value of `key` in an object node; undefined for another node or a missing key. */
function propertyOf(node: CatalogNode | undefined, key: string): CatalogProperty | undefined {
  return node?.type === 'object' ? node.properties.find((property) => property.key === key) : undefined;
}

export function valueOf(node: CatalogNode | undefined, key: string): CatalogNode | undefined {
  return propertyOf(node, key)?.value;
}

export function stringOf(node: CatalogNode | undefined, key: string): string | undefined {
  const value = valueOf(node, key);
  return value?.type === 'string' ? value.value : undefined;
}

/**
 * Resolves `$ref`s (JSON pointers, RFC 6901) inside the document and into other local documents,
 * read through the caller's reader. A `$ref` to a URL is never followed: nothing is fetched. A
 * `$ref` that leads nowhere is reported once, as a warning on its value.
 */
export class ReferenceResolver {
  private readonly documents = new Map<string, CatalogNode | undefined>();
  private readonly reported = new Set<CatalogNode>();

  constructor(
    root: CatalogNode,
    private readonly rootUri: string,
    private readonly problems: CatalogProblem[],
    private readonly related: RelatedDocumentReader | undefined,
  ) {
    this.documents.set(rootUri, root);
  }

  /** The node `located` stands for: itself, or what its `$ref` chain ends at. */
  resolve(located: Located | undefined): Located | undefined {
    let current = located;
    for (let step = 0; current && step < MAX_REF_CHAIN; step++) {
      const ref = valueOf(current.node, '$ref');
      if (ref?.type !== 'string') return current;
      const target = this.follow(ref.value, current.uri);
      if (!target) {
        const reason = this.full()
          ? `\`${ref.value}\` is not read: the document already refers to ${MAX_RELATED_DOCUMENTS} other files.`
          : `\`${ref.value}\` does not lead to anything this document can read.`;
        this.report(ref, current.uri, reason);
        return undefined;
      }
      current = target;
    }
    if (current) this.report(current.node, current.uri, 'This `$ref` chain does not end: it is a cycle.');
    return undefined;
  }

  /** Whether the node is a `$ref` (the caller may treat shared definitions apart). */
  static isReference(node: CatalogNode | undefined): boolean {
    return valueOf(node, '$ref')?.type === 'string';
  }

  private follow(ref: string, fromUri: string): Located | undefined {
    const hash = ref.indexOf('#');
    const file = hash < 0 ? ref : ref.slice(0, hash);
    const pointer = hash < 0 ? '' : ref.slice(hash + 1);
    const uri = file === '' ? fromUri : localUri(file, fromUri);
    if (uri === undefined) return undefined;
    const root = this.document(uri);
    const node = root && pointerTarget(root, pointer);
    return node ? { node, uri } : undefined;
  }

  private document(uri: string): CatalogNode | undefined {
    if (this.documents.has(uri)) return this.documents.get(uri);
    if (!this.related || this.full()) return undefined;
    const text = this.related(uri);
    const lower = uri.toLowerCase();
    const tree =
      text === undefined ? undefined : lower.endsWith('.json') ? readJsonTree(text) : readYamlTree(text);
    this.documents.set(uri, tree);
    return tree;
  }

  private full(): boolean {
    return this.documents.size > MAX_RELATED_DOCUMENTS;
  }

  private report(node: CatalogNode, uri: string, message: string): void {
    // A problem belongs to the document it is about; the loader reports on its own document only.
    if (uri !== this.rootUri || this.reported.has(node)) return;
    this.reported.add(node);
    this.problems.push(makeProblem(ProblemCodes.unresolvedReference, message, node.range, 'warning'));
  }
}

/**
 * The URI of a relative file reference (`./responses.yaml`, `../common/errors.json`), or undefined
 * for anything that names a scheme or a host: those are never read.
 */
function localUri(file: string, fromUri: string): string | undefined {
  const colon = file.indexOf(':');
  const slash = file.indexOf('/');
  // `https://…`, `urn:…`, `//host/…`: a scheme comes before the first slash.
  if ((colon >= 0 && (slash < 0 || colon < slash)) || file.startsWith('//')) return undefined;
  try {
    const resolved = new URL(file, fromUri);
    return resolved.protocol === 'file:' ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}

/** The node a JSON pointer names in a document (`/components/responses/NotFound`). */
function pointerTarget(root: CatalogNode, pointer: string): CatalogNode | undefined {
  if (pointer === '' || pointer === '/') return root;
  if (!pointer.startsWith('/')) return undefined;
  let node: CatalogNode | undefined = root;
  for (const raw of pointer.slice(1).split('/')) {
    const token = decodeToken(raw);
    if (token === undefined) return undefined;
    if (node?.type === 'object') node = valueOf(node, token);
    else if (node?.type === 'array') node = isIndex(token) ? node.items[Number(token)] : undefined;
    else return undefined;
  }
  return node;
}

function isIndex(token: string): boolean {
  return token !== '' && [...token].every((character) => character >= '0' && character <= '9');
}

function decodeToken(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
  } catch {
    return undefined;
  }
}
