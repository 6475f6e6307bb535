/**
 * Search latency and index build time, measured in this process. Filled in when the
 * knowledge search is available; until then the report says so.
 */
export async function measureSearch(): Promise<Record<string, number> | { unavailable: string }> {
  return { unavailable: 'knowledge search not built yet' };
}
