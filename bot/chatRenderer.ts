/**
 * Renders bot replies for the terminal chat: text as is, Adaptive Cards as readable text.
 * One scheme: everything to pick has a number. A choice list is numbered from 1 (typing its
 * number answers, as the bot understands it); buttons continue after the longest choice list,
 * so a number never means two things. Returns the buttons so the chat can send a button's
 * data, with the card's filled-in values, when the user types its number or its title.
 */
export interface RenderedReply {
  lines: string[];
  buttons: { key: string; title: string; data: unknown }[];
}

type Node = Record<string, unknown>;

/** String(v), for a card's JSON value (a string or number in practice). */
function text(v: unknown): string {
  return String(v);
}
const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
type Activity = { type?: string; text?: string; attachments?: { contentType?: string; content?: unknown }[] };

/** Context while rendering: where button numbers start, and the values of the card's inputs. */
interface Rendering {
  out: RenderedReply;
  firstButton: number;
  inputs: Record<string, unknown>;
}

export function renderActivities(activities: Activity[]): RenderedReply {
  const out: RenderedReply = { lines: [], buttons: [] };
  const cards = activities
    .flatMap((a) => (a.type === 'message' ? (a.attachments ?? []) : []))
    .filter((a) => a.contentType === ADAPTIVE_CARD);
  const firstButton = Math.max(0, ...cards.map((c) => longestChoiceList(c.content as Node))) + 1;
  for (const activity of activities) {
    if (activity.type !== 'message') continue;
    if (activity.text) out.lines.push(plain(activity.text));
    for (const attachment of activity.attachments ?? []) {
      if (attachment.contentType === ADAPTIVE_CARD)
        renderCard(attachment.content as Node, { out, firstButton, inputs: inputValues(attachment.content as Node) });
    }
  }
  return out;
}

/** Every element of a card, nested ones and those behind an Action.ShowCard included. */
function allNodes(node: Node): Node[] {
  const children = ['body', 'items', 'columns', 'actions'].flatMap((key) => asNodes(node[key]));
  const inner = node.card && typeof node.card === 'object' ? [node.card as Node] : [];
  return [node, ...[...children, ...inner].flatMap(allNodes)];
}

function longestChoiceList(card: Node): number {
  return Math.max(
    0,
    ...allNodes(card)
      .filter((n) => n.type === 'Input.ChoiceSet')
      .map((n) => asNodes(n.choices).length),
  );
}

/** The values the card's inputs start with: what a real client would send along with a button. */
function inputValues(card: Node): Record<string, unknown> {
  const inputs = allNodes(card).filter(
    (n) => String(n.type).startsWith('Input.') && typeof n.id === 'string' && n.value !== undefined,
  );
  return Object.fromEntries(inputs.map((n) => [n.id as string, n.value]));
}

function renderCard(card: Node, r: Rendering): void {
  r.out.lines.push('┌──────────────────────────────────────────');
  renderElements(asNodes(card.body), r, '│ ');
  renderActions(asNodes(card.actions), r);
  r.out.lines.push('└──────────────────────────────────────────');
}

function renderElements(elements: Node[], r: Rendering, indent: string): void {
  const { out } = r;
  for (const el of elements) {
    switch (el.type) {
      case 'TextBlock':
        out.lines.push(
          ...plain(text(el.text ?? ''))
            .split('\n')
            .map((l) => indent + l),
        );
        break;
      case 'RichTextBlock':
        // literal text (names, ids) as runs: one line, as Teams shows it
        out.lines.push(
          indent +
            asNodes(el.inlines)
              .map((run) => text(run.text))
              .join(''),
        );
        break;
      case 'FactSet':
        for (const fact of asNodes(el.facts))
          out.lines.push(`${indent}${plain(text(fact.title))}: ${plain(text(fact.value))}`);
        break;
      case 'Input.ChoiceSet':
        if (el.label) out.lines.push(indent + plain(text(el.label)));
        asNodes(el.choices).forEach((c, i) => out.lines.push(`${indent}   [${i + 1}] ${text(c.title)}`));
        out.lines.push(`${indent}   (typ het nummer of de tekst van je keuze)`);
        break;
      case 'Input.Text':
      case 'Input.Number':
      case 'Input.Date':
        out.lines.push(`${indent}${plain(text(el.label ?? el.placeholder ?? 'Antwoord'))} (typ je antwoord)`);
        break;
      case 'Input.Toggle':
        out.lines.push(`${indent}${plain(text(el.label ?? el.title ?? ''))} (typ ja of nee)`);
        break;
      case 'ActionSet':
        renderActions(asNodes(el.actions), r);
        break;
      default:
        renderElements([...asNodes(el.items), ...asNodes(el.columns)], r, indent);
    }
  }
}

function renderActions(actions: Node[], r: Rendering): void {
  const { out } = r;
  for (const action of actions) {
    if (action.type === 'Action.OpenUrl') {
      out.lines.push(`│ ↗ ${text(action.title)}: ${text(action.url)}`);
      continue;
    }
    if (action.type === 'Action.ShowCard') {
      renderElements(asNodes((action.card as Node | undefined)?.body), r, '│   ');
      renderActions(asNodes((action.card as Node | undefined)?.actions), r);
      continue;
    }
    const key = String(r.firstButton + out.buttons.length);
    const data =
      action.associatedInputs === 'none'
        ? (action.data ?? {})
        : { ...r.inputs, ...((action.data as Node | undefined) ?? {}) };
    out.buttons.push({ key, title: text(action.title ?? ''), data });
    out.lines.push(`│ [${key}] ${text(action.title)}`);
  }
}

/** The button the user means: its number, or its title typed out (any case). */
export function buttonFor(
  line: string,
  buttons: RenderedReply['buttons'],
): RenderedReply['buttons'][number] | undefined {
  const typed = line.trim().toLowerCase();
  return buttons.find((b) => b.key === typed) ?? buttons.find((b) => b.title.toLowerCase() === typed);
}

function asNodes(value: unknown): Node[] {
  return Array.isArray(value) ? (value.filter((v) => typeof v === 'object' && v !== null) as Node[]) : [];
}

/** Markdown emphasis means nothing in a terminal. */
function plain(text: string): string {
  return text.replace(/\*\*(.+?)\*\*/g, '$1');
}
