/**
 * Renders bot replies for the terminal chat: text as is, Adaptive Cards as readable text
 * with numbered choices and lettered buttons. Returns the buttons so the chat can send a
 * button's data when the user types its letter.
 */
export interface RenderedReply {
  lines: string[];
  buttons: { key: string; title: string; data: unknown }[];
}

type Node = Record<string, unknown>;

export function renderActivities(activities: { type?: string; text?: string; attachments?: { contentType?: string; content?: unknown }[] }[]): RenderedReply {
  const out: RenderedReply = { lines: [], buttons: [] };
  for (const activity of activities) {
    if (activity.type !== 'message') continue;
    if (activity.text) out.lines.push(plain(activity.text));
    for (const attachment of activity.attachments ?? []) {
      if (attachment.contentType === 'application/vnd.microsoft.card.adaptive') renderCard(attachment.content as Node, out);
    }
  }
  return out;
}

function renderCard(card: Node, out: RenderedReply): void {
  out.lines.push('┌──────────────────────────────────────────');
  renderElements(asNodes(card.body), out, '│ ');
  renderActions(asNodes(card.actions), out);
  out.lines.push('└──────────────────────────────────────────');
}

function renderElements(elements: Node[], out: RenderedReply, indent: string): void {
  for (const el of elements) {
    switch (el.type) {
      case 'TextBlock':
        out.lines.push(...plain(String(el.text ?? '')).split('\n').map((l) => indent + l));
        break;
      case 'FactSet':
        for (const fact of asNodes(el.facts)) out.lines.push(`${indent}${plain(String(fact.title))}: ${plain(String(fact.value))}`);
        break;
      case 'Input.ChoiceSet':
        if (el.label) out.lines.push(indent + plain(String(el.label)));
        asNodes(el.choices).forEach((c, i) => out.lines.push(`${indent}   ${i + 1}) ${c.title}`));
        out.lines.push(`${indent}   (typ het nummer of de tekst van je keuze)`);
        break;
      case 'Input.Text':
      case 'Input.Number':
      case 'Input.Date':
        out.lines.push(`${indent}${plain(String(el.label ?? el.placeholder ?? 'Antwoord'))} (typ je antwoord)`);
        break;
      case 'Input.Toggle':
        out.lines.push(`${indent}${plain(String(el.label ?? el.title ?? ''))} (typ ja of nee)`);
        break;
      case 'ActionSet':
        renderActions(asNodes(el.actions), out);
        break;
      default:
        renderElements([...asNodes(el.items), ...asNodes(el.columns)], out, indent);
    }
  }
}

function renderActions(actions: Node[], out: RenderedReply): void {
  for (const action of actions) {
    if (action.type === 'Action.OpenUrl') {
      out.lines.push(`│ ↗ ${action.title}: ${action.url}`);
      continue;
    }
    if (action.type === 'Action.ShowCard') {
      renderElements(asNodes((action.card as Node | undefined)?.body), out, '│   ');
      renderActions(asNodes((action.card as Node | undefined)?.actions), out);
      continue;
    }
    const key = String.fromCharCode(97 + out.buttons.length);
    out.buttons.push({ key, title: String(action.title ?? ''), data: action.data ?? {} });
    out.lines.push(`│ [${key}] ${action.title}`);
  }
}

function asNodes(value: unknown): Node[] {
  return Array.isArray(value) ? (value.filter((v) => typeof v === 'object' && v !== null) as Node[]) : [];
}

/** Markdown emphasis means nothing in a terminal. */
function plain(text: string): string {
  return text.replace(/\*\*(.+?)\*\*/g, '$1');
}
