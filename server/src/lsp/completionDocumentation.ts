import type { CompletionItem, CompletionList } from 'vscode-languageserver';

/**
 * Lists longer than this send their items' documentation only when the client resolves an item
 * (it shows one item's documentation at a time); shorter ones keep it inline.
 */
export const DEFERRED_DOCUMENTATION_MIN_ITEMS = 50;

/**
 * Lists longer than this keep their documentation inline too: what is deferred is held between
 * requests, and a list this long (a catalog far beyond any real one) would hold megabytes.
 */
export const DEFERRED_DOCUMENTATION_MAX_ITEMS = 2000;

/** What a deferred item carries in `data`, so that an item of an older list is told apart. */
interface DeferredData {
  completionList: number;
}

/**
 * The documentation of the latest long completion list, held back until an item is resolved. A
 * catalog's 300 codes each carry a description: sending them on every completion doubled what
 * the server writes and the client reads, for the one description the user looks at.
 */
export class DeferredDocumentation {
  private listId = 0;
  private documentation = new Map<string, CompletionItem['documentation']>();

  /**
   * The list without its items' documentation, each item marked with the list it came from
   * (`data`, in the item defaults when the client takes them). Short lists are left as they are.
   */
  defer(list: CompletionList, dataAsDefault: boolean): CompletionList {
    const count = list.items.length;
    if (
      count < DEFERRED_DOCUMENTATION_MIN_ITEMS ||
      count > DEFERRED_DOCUMENTATION_MAX_ITEMS ||
      list.items.some((item) => item.data !== undefined)
    )
      return list;
    const data: DeferredData = { completionList: ++this.listId };
    this.documentation = new Map();
    const items = list.items.map((item) => {
      const { documentation, ...rest } = item;
      if (documentation !== undefined) this.documentation.set(keyOf(item), documentation);
      return dataAsDefault ? rest : { ...rest, data };
    });
    return dataAsDefault
      ? { ...list, itemDefaults: { ...list.itemDefaults, data }, items }
      : { ...list, items };
  }

  /** The item with its documentation back, when it comes from the latest list; else as it is. */
  resolve(item: CompletionItem): CompletionItem {
    const data = item.data as Partial<DeferredData> | undefined;
    if (data?.completionList !== this.listId || item.documentation !== undefined) return item;
    const documentation = this.documentation.get(keyOf(item));
    return documentation === undefined ? item : { ...item, documentation };
  }
}

function keyOf(item: CompletionItem): string {
  return `${item.kind ?? ''}\u0000${item.label}`;
}
