import type { Activity } from 'botbuilder';
import type { IntakeTeam, TeamsBinding } from '../../intake/delivery/intakeTeams';
import type { ConversationReferenceJson } from '../../intake/delivery/ports';

/** Where an activity comes from, as far as binding is concerned. */
export interface Origin {
  /** 'personal', 'groupChat', 'channel', or undefined when the client did not say. */
  conversationType: string | undefined;
  /** The conversation without a channel thread's ";messageid=…". */
  conversationId: string | undefined;
  teamId: string | undefined;
  tenantId: string | undefined;
}

interface TeamsChannelData {
  team?: { id?: unknown };
  tenant?: { id?: unknown };
}

export function originOf(activity: Partial<Activity>): Origin {
  const data = (activity.channelData ?? {}) as TeamsChannelData;
  return {
    conversationType: activity.conversation?.conversationType,
    conversationId: rootConversationId(activity.conversation?.id),
    teamId: typeof data.team?.id === 'string' ? data.team.id : undefined,
    tenantId: typeof data.tenant?.id === 'string' ? data.tenant.id : activity.conversation?.tenantId,
  };
}

/** A channel of a Teams team, as far as the activity says. */
export type TeamChannel = Origin & { conversationId: string; teamId: string; tenantId: string };

/** A channel that names itself, its team and tenant (what Teams always sends in a channel). */
export function isTeamChannel(origin: Origin): origin is TeamChannel {
  return (
    origin.conversationType === 'channel' &&
    Boolean(origin.conversationId) &&
    Boolean(origin.teamId) &&
    Boolean(origin.tenantId)
  );
}

/** Is this a channel of the Teams team the intake team is bound to? */
export function isChannelOf(origin: Origin, binding: TeamsBinding | undefined): boolean {
  return (
    isTeamChannel(origin) &&
    binding !== undefined &&
    origin.teamId === binding.teamId &&
    origin.tenantId === binding.tenantId
  );
}

/** The intake teams bound to this channel's Teams team (usually one). */
export function teamsBoundTo(origin: Origin, teams: readonly IntakeTeam[]): IntakeTeam[] {
  return teams.filter((team) => team.kanaal === 'teams' && isChannelOf(origin, team.teams));
}

/**
 * Is this activity from the channel linked for the team? Both the linked conversation and
 * the team binding must match: a stale link from before a binding changed acts no more.
 */
export function isLinkedChannel(
  origin: Origin,
  team: IntakeTeam,
  linked: ConversationReferenceJson | undefined,
): boolean {
  return isChannelOf(origin, team.teams) && isSameChannel(origin, linked);
}

/** Is the linked reference this activity's own channel (a thread in it counts as the channel)? */
export function isSameChannel(origin: Origin, linked: ConversationReferenceJson | undefined): boolean {
  const linkedId = (linked?.conversation as { id?: unknown } | undefined)?.id;
  return (
    origin.conversationId !== undefined &&
    typeof linkedId === 'string' &&
    rootConversationId(linkedId) === origin.conversationId
  );
}

function rootConversationId(id: string | undefined): string | undefined {
  return id?.split(';messageid=')[0] || undefined;
}
