// A word-level trie: lexicon entries are phrases ("still waiting", "vẫn chưa nhận được hàng"), and
// Vietnamese words are several space-separated syllables, so matching walks token keys and keeps the
// longest phrase that ends in an entry. Built once at module load; lookups allocate nothing.

interface TrieNode<T> {
  children: Map<string, TrieNode<T>> | undefined;
  value: T | undefined;
}

export interface PhraseMatch<T> {
  /** Number of keys the phrase covers. */
  length: number;
  value: T;
}

export class PhraseIndex<T> {
  private readonly root: TrieNode<T> = { children: undefined, value: undefined };

  /**
   * Adds a phrase already split into keys. A phrase added twice keeps the first value: lexicons list
   * their more specific sections first.
   */
  add(keys: readonly string[], value: T): void {
    if (keys.length === 0) return;
    let node = this.root;
    for (const key of keys) {
      node.children ??= new Map();
      let next = node.children.get(key);
      if (!next) {
        next = { children: undefined, value: undefined };
        node.children.set(key, next);
      }
      node = next;
    }
    node.value ??= value;
  }

  /** The longest phrase starting at `keys[from]`; `undefined` keys (non-words) end a phrase. */
  longestAt(keys: readonly (string | undefined)[], from: number): PhraseMatch<T> | undefined {
    let node: TrieNode<T> | undefined = this.root;
    let best: PhraseMatch<T> | undefined;
    for (let i = from; i < keys.length; i++) {
      const key = keys[i];
      if (key === undefined) break;
      node = node.children?.get(key);
      if (!node) break;
      if (node.value !== undefined) best = { length: i - from + 1, value: node.value };
    }
    return best;
  }
}

/** Splits a comma-separated lexicon list; entries may span lines. */
export function splitList(list: string): string[] {
  return list
    .split(',')
    .map((entry) => entry.trim().replace(/\s+/g, ' '))
    .filter((entry) => entry.length > 0);
}
