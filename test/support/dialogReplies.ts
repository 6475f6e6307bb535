import type { Activity } from 'botbuilder';
import type { DialogTestClient } from 'botbuilder-testing';

/** Sends one activity to a dialog under test and returns every reply of that turn, in order. */
export async function sendAndCollect(
  client: DialogTestClient,
  activity: string | Partial<Activity>,
): Promise<Partial<Activity>[]> {
  const first = (await client.sendActivity(activity)) as Partial<Activity> | undefined;
  const replies: Partial<Activity>[] = first ? [first] : [];
  for (let next = client.getNextReply(); next; next = client.getNextReply()) replies.push(next);
  return replies;
}
