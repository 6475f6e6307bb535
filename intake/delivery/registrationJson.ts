import { z } from 'zod';
import { DomainError } from '../errors';
import type { ConversationReferenceJson } from './ports';

export const ConversationReference = z.record(z.string(), z.unknown());

/** Reads a stored conversation reference; damaged data is a STORE_CORRUPT failure. */
export function parseReference(raw: string, teamId: string): ConversationReferenceJson {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    data = undefined;
  }
  const parsed = ConversationReference.safeParse(data);
  if (!parsed.success) throw new DomainError('STORE_CORRUPT', 'stored registration is unreadable', [teamId]);
  return parsed.data;
}
