import type { Activity, TurnContext } from '../sdk';

/**
 * Teams streaming (personal chats only): an informative update first (a progress line),
 * then the text as it grows, then the final message, which alone may carry the AI label,
 * citations, feedback buttons and cards. Updates go out at most about once a second (Teams
 * throttles faster streams) and a stream ends within seconds, far inside Teams' two minutes.
 * Without a stream id from the channel (or with expectReplies, where every activity is
 * buffered until the turn ends) only the final message is sent.
 */
export const STREAM_PACE_MS = 1_000;
const MAX_INFORMATIVE_CHARS = 1_000;

export function canStream(activity: Partial<Activity>): boolean {
  return activity.conversation?.conversationType === 'personal' && activity.deliveryMode !== 'expectReplies';
}

type StreamType = 'informative' | 'streaming' | 'final';

export class AnswerStream {
  private streamId: string | undefined;
  private sequence = 0;
  private lastSentAt = 0;

  constructor(
    private readonly context: TurnContext,
    private readonly paceMs = STREAM_PACE_MS,
  ) {}

  /** Starts the stream; in other conversations it only shows the typing indicator. */
  async inform(text: string): Promise<void> {
    if (!canStream(this.context.activity)) {
      if (this.context.activity.deliveryMode !== 'expectReplies') await this.context.sendActivity({ type: 'typing' });
      return;
    }
    const response = await this.context.sendActivity(
      this.streamed('typing', text.slice(0, MAX_INFORMATIVE_CHARS), 'informative'),
    );
    this.streamId = response?.id;
    this.lastSentAt = Date.now();
  }

  /** The answer so far (each update repeats everything before it, as Teams requires). */
  async update(textSoFar: string): Promise<void> {
    if (!this.streamId) return;
    await this.pace();
    await this.context.sendActivity(this.streamed('typing', textSoFar, 'streaming'));
  }

  /** Ends the stream with the final message (or just sends it when there is no stream). */
  async finish(activity: Partial<Activity>): Promise<void> {
    if (!this.streamId) {
      await this.context.sendActivity(activity);
      return;
    }
    await this.pace();
    const info = { streamId: this.streamId, streamType: 'final' as const };
    await this.context.sendActivity({
      ...activity,
      entities: [...(activity.entities ?? []), { type: 'streaminfo', ...info }],
      channelData: { ...(activity.channelData as object | undefined), ...info },
    });
    this.streamId = undefined;
  }

  /** Entities are what Teams documents; channelData carries the same for older clients. */
  private streamed(type: 'typing', text: string, streamType: StreamType): Partial<Activity> {
    this.sequence += 1;
    const info = { ...(this.streamId ? { streamId: this.streamId } : {}), streamType, streamSequence: this.sequence };
    return { type, text, entities: [{ type: 'streaminfo', ...info }], channelData: info };
  }

  private async pace(): Promise<void> {
    const wait = this.lastSentAt + this.paceMs - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    this.lastSentAt = Date.now();
  }
}
