import type { Activity } from 'botbuilder';
import { z } from 'zod';

const id = z.string().min(1).max(1024);
const shortText = z.string().max(1024);

const ChannelAccount = z.looseObject({
  id,
  name: shortText.optional(),
  aadObjectId: shortText.optional(),
  role: shortText.optional(),
});

const ConversationAccount = z.looseObject({
  id,
  name: shortText.optional(),
  conversationType: shortText.optional(),
  tenantId: shortText.optional(),
  isGroup: z.boolean().optional(),
});

const IdAndName = z.looseObject({ id: shortText, name: shortText.optional() });

/** Teams' channel data: read for routing (tenant, team, channel), so its types must hold. */
const ChannelData = z.looseObject({
  tenant: IdAndName.optional(),
  team: IdAndName.optional(),
  channel: IdAndName.optional(),
  eventType: shortText.optional(),
});

/**
 * Every field of an activity the bot reads, with its type, checked before the adapter sees
 * it. A malformed activity (membersAdded not a list, a name that is an object) is answered
 * with 400 here instead of failing inside a turn. Unknown fields pass through untouched.
 */
export const IncomingActivity = z.looseObject({
  type: z.string().min(1).max(64),
  id: id.optional(),
  channelId: z.string().min(1).max(256),
  serviceUrl: z.string().min(1).max(2048),
  timestamp: z.string().max(64).optional(),
  localTimestamp: z.string().max(64).optional(),
  locale: shortText.optional(),
  conversation: ConversationAccount,
  from: ChannelAccount,
  recipient: ChannelAccount.optional(),
  membersAdded: z.array(ChannelAccount).max(1000).optional(),
  membersRemoved: z.array(ChannelAccount).max(1000).optional(),
  text: z.string().optional(),
  textFormat: shortText.optional(),
  name: shortText.optional(),
  replyToId: shortText.optional(),
  deliveryMode: shortText.optional(),
  value: z.unknown().optional(),
  attachments: z
    .array(z.looseObject({ contentType: shortText }))
    .max(100)
    .optional(),
  entities: z
    .array(z.looseObject({ type: shortText }))
    .max(100)
    .optional(),
  channelData: ChannelData.optional(),
});
export type IncomingActivity = z.infer<typeof IncomingActivity>;

/** The tenant ids an activity names: Teams puts the tenant in channelData and in the conversation. */
export function tenantsOf(activity: { channelData?: unknown; conversation?: { tenantId?: string } }): string[] {
  const channelData = activity.channelData as IncomingActivity['channelData'];
  const named = [channelData?.tenant?.id, activity.conversation?.tenantId];
  return named.filter((t): t is string => typeof t === 'string' && t !== '').map((t) => t.toLowerCase());
}

/** The activity as botbuilder expects it: timestamps as dates (what CloudAdapter.process did). */
export function toBotActivity(activity: IncomingActivity): Activity {
  const result: Record<string, unknown> = { ...activity };
  if (activity.timestamp !== undefined) {
    Object.assign(result, { timestamp: new Date(activity.timestamp), rawTimestamp: activity.timestamp });
  }
  if (activity.localTimestamp !== undefined) {
    Object.assign(result, {
      localTimestamp: new Date(activity.localTimestamp),
      rawLocalTimestamp: activity.localTimestamp,
    });
  }
  return result as unknown as Activity;
}
