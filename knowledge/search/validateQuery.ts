import { MAX_QUERY_LENGTH } from './searchIndex';

export type QueryCheck =
  | { readonly ok: true; readonly query: string }
  | { readonly ok: false; readonly reden: 'leeg' | 'te-lang'; readonly lengte: number };

/** A question as typed by a user: not empty, at most 500 characters. */
export function validateQuery(raw: string): QueryCheck {
  const query = raw.trim();
  if (query.length === 0) return { ok: false, reden: 'leeg', lengte: 0 };
  if (query.length > MAX_QUERY_LENGTH) return { ok: false, reden: 'te-lang', lengte: query.length };
  return { ok: true, query };
}
