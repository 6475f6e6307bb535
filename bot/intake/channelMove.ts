import { z } from 'zod';
import type { Origin, TeamChannel } from './channelBinding';

/**
 * Moving a team's intake channel to another channel of its Teams team takes a confirmation in
 * the new channel, within this time. The request is kept in the store (every instance sees it),
 * with where it was asked and until when: no names, no message text.
 */
export const MOVE_CONFIRM_MINUTES = 10;

export const PendingMove = z.object({
  conversationId: z.string(),
  teamId: z.string(),
  tenantId: z.string(),
  expiresAt: z.iso.datetime(),
});
export type PendingMove = z.infer<typeof PendingMove>;

/** The request to move the intake channel to the channel `origin` is in. */
export function moveRequest(origin: TeamChannel, now: Date): PendingMove {
  return {
    conversationId: origin.conversationId,
    teamId: origin.teamId,
    tenantId: origin.tenantId,
    expiresAt: new Date(now.getTime() + MOVE_CONFIRM_MINUTES * 60_000).toISOString(),
  };
}

/**
 * May `origin` confirm the request now? Only the very channel that asked (same channel, team and
 * tenant) confirms; from anywhere else it is as if there were no request at all.
 */
export function confirmation(
  request: PendingMove | undefined,
  origin: Origin,
  now: Date,
): 'confirmed' | 'expired' | 'none' {
  if (
    !request ||
    request.conversationId !== origin.conversationId ||
    request.teamId !== origin.teamId ||
    request.tenantId !== origin.tenantId
  ) {
    return 'none';
  }
  return now.getTime() < Date.parse(request.expiresAt) ? 'confirmed' : 'expired';
}
