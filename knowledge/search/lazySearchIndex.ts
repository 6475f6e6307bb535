import type { SearchIndex } from './searchIndex';

/**
 * A search index built on its first use instead of when the bot starts: the build takes about
 * 160 ms of CPU (a fifth of start-up, issue 18), and a bot that is asked no question never
 * needs it. The first search pays for the build once; every search after it reads the same index.
 */
export function lazySearchIndex(build: () => SearchIndex): SearchIndex & { warm(): void } {
  let index: SearchIndex | undefined;
  const built = () => (index ??= build());
  return {
    /** Builds it now, if no search has (the bot calls this shortly after it listens). */
    warm: () => void built(),
    search: (query, options) => built().search(query, options),
    searchWeighed: (query, options) => built().searchWeighed(query, options),
    get documentCount() {
      return built().documentCount;
    },
  };
}
