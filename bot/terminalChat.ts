import { buttonFor, renderActivities, type RenderedReply } from './chatRenderer';

/**
 * One terminal conversation with a running bot: a typed line becomes what the terminal sends (a
 * button's data when the line names a button, else the text), posted over HTTP with
 * expectReplies as a channel would, and the replies come back rendered as text.
 * `npm run chat` (bot/chat.ts) reads lines from stdin into it; tests drive it line by line.
 */
export class TerminalChat {
  private buttons: RenderedReply['buttons'] = [];
  private readonly conversationId = `terminal-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

  constructor(
    private readonly botUrl: string,
    // No display name: a made-up one ("Verwijzer") would end up in the dossier as the verwijzer's name.
    private readonly user: { id: string; name?: string } = { id: 'terminal-user' },
  ) {}

  /** The bot joins the conversation: its welcome. */
  async open(): Promise<string> {
    return this.post({ type: 'conversationUpdate', membersAdded: [{ id: this.user.id }] });
  }

  /** A typed line: a button's number or title presses it, anything else is sent as typed. */
  async line(raw: string): Promise<string> {
    const line = raw.trim();
    if (!line) return '';
    const button = buttonFor(line, this.buttons);
    return this.post(button ? { value: button.data } : { text: line });
  }

  private async post(fields: Record<string, unknown>): Promise<string> {
    const res = await fetch(`${this.botUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        channelId: 'terminal',
        serviceUrl: 'http://127.0.0.1:9',
        deliveryMode: 'expectReplies',
        conversation: { id: this.conversationId },
        from: this.user,
        recipient: { id: 'bot', name: 'Bot' },
        ...fields,
      }),
    });
    if (res.status !== 200) return `(fout ${res.status})`;
    const rendered = renderActivities(((await res.json()) as { activities?: [] }).activities ?? []);
    this.buttons = rendered.buttons;
    return rendered.lines.join('\n');
  }
}
