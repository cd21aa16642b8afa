import type { TextEdit } from 'vscode-languageserver-types';
import { loadJsonCatalog } from '../../catalog/jsonCatalog';
import type { CatalogLoader } from '../../catalog/types';
import { loadYamlCatalog } from '../../catalog/yamlCatalog';
import { catalogFormatOf } from '../../workspace/fileKinds';
import { insertJsonEntry, jsonParses, type EntryFields } from './jsonCatalogInsert';
import { insertYamlEntry, parseYamlCatalog } from './yamlCatalogInsert';

/** A catalog format new entries can be written into: each edit only inserts. */
interface EditableFormat {
  name: 'json' | 'yaml';
  /** Whether the text parses the way the loader reads it: a broken file is never written to. */
  parses(text: string): boolean;
  /** The edit that adds one entry; undefined when the file has no place for it. */
  insert(uri: string, text: string, code: string, entry: EntryFields): TextEdit[] | undefined;
  /** Reads the file as the catalog does, to tell which codes it already has. */
  load: CatalogLoader;
  /** The text of a new, empty catalog file of this format, which `insert` then fills. */
  empty: string;
}

const JSON_FORMAT: EditableFormat = {
  name: 'json',
  parses: jsonParses,
  insert: insertJsonEntry,
  load: loadJsonCatalog,
  empty: '{\n  "errors": {}\n}\n',
};

const YAML_FORMAT: EditableFormat = {
  name: 'yaml',
  parses: (text) => parseYamlCatalog(text) !== undefined,
  insert: insertYamlEntry,
  load: loadYamlCatalog,
  empty: '',
};

/** The format of a catalog file by its name, when entries can be written into it (not Markdown). */
export function editableFormatOf(uri: string): EditableFormat | undefined {
  const format = catalogFormatOf(uri);
  return format === 'json' ? JSON_FORMAT : format === 'yaml' ? YAML_FORMAT : undefined;
}
