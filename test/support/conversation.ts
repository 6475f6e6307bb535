import type { Activity } from 'botbuilder';
import { messageActivity } from './activities';
import type { TestApp } from './testApp';

/** Drives one conversation over HTTP with expectReplies, turn by turn. */
export class HttpConversation {
  constructor(
    private readonly app: Pick<TestApp, 'post'>,
    readonly id: string = `conv-${Math.random().toString(36).slice(2)}`,
  ) {}

  async say(text: string): Promise<Partial<Activity>[]> {
    return this.send({ text });
  }

  async submit(value: Record<string, unknown>): Promise<Partial<Activity>[]> {
    return this.send({ value });
  }

  async send(fields: Partial<Activity>): Promise<Partial<Activity>[]> {
    const res = await this.app.post(messageActivity(this.id, fields));
    if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${JSON.stringify(res.json)}`);
    return ((res.json as { activities?: Partial<Activity>[] })?.activities ?? []).filter((a) => a.type === 'message');
  }
}
