import { z } from 'zod';

/**
 * The minimum an activity must have before the adapter sees it. Anything else is
 * answered with 400 instead of reaching the bot (and failing there with a 500).
 */
export const IncomingActivity = z.looseObject({
  type: z.string().min(1).max(64),
  channelId: z.string().min(1).max(256),
  serviceUrl: z.string().min(1).max(2048),
  conversation: z.looseObject({ id: z.string().min(1).max(1024) }),
  from: z.looseObject({ id: z.string().min(1).max(1024) }),
  recipient: z.looseObject({ id: z.string().min(1).max(1024) }).optional(),
  text: z.string().optional(),
  value: z.unknown().optional(),
});
export type IncomingActivity = z.infer<typeof IncomingActivity>;
