import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConversationState, MemoryStorage, type Activity } from 'botbuilder';
import type { DialogInstance } from 'botbuilder-dialogs';
import { DialogTestClient } from 'botbuilder-testing';
import { WerkprocessenDialog, type WerkprocessenDeps, type WerkprocessenOptions } from '../../dialogs/werkprocessen';
import { loadCatalogue } from '../../knowledge/catalogue';
import { importSbbXmlFiles } from '../../knowledge/importSbbXml';
import { createSearchIndex } from '../../knowledge/search/searchIndex';
import { sendAndCollect } from '../support/dialogReplies';

/** The real knowledge base, as the bot loads it; the index is built once per test file. */
const catalogue = loadCatalogue();
export const DEPS: WerkprocessenDeps = { catalogue, index: createSearchIndex(catalogue) };

export const SBB_XML_DIR = fileURLToPath(new URL('../fixtures/sbb-xml/', import.meta.url));

/** A werkproces by its id `crebo:code`; throws when the catalogue does not know it. */
export function wp(id: string) {
  const [crebo = '', code = ''] = id.split(':');
  const found = DEPS.catalogue.werkproces(crebo, code);
  if (!found) throw new Error(`not in the catalogue: ${id}`);
  return found;
}

/** The selection entry the dialog hands over for a werkproces. */
export function entry(id: string) {
  const found = wp(id);
  return { crebo: found.crebo, code: found.code, titel: found.titel, kwalificatie: found.kwalificatie };
}

/** The real catalogue plus an imported SBB export (official descriptions with attribution). */
export function depsWithImport(xmlFile: string): WerkprocessenDeps {
  const dir = mkdtempSync(join(tmpdir(), 'werkprocessen-import-'));
  try {
    importSbbXmlFiles([xmlFile], dir);
    const imported = loadCatalogue({ importedDir: dir });
    return { catalogue: imported, index: createSearchIndex(imported) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export type Element = Record<string, unknown> & { type: string };
export interface Card {
  type: string;
  version: string;
  body: Element[];
  actions: Element[];
}
export interface Seen {
  text?: string;
  card?: Card;
}

/** Drives the dialog turn by turn; `storage` is the raw conversation state (for draftInProgress). */
export class WerkprocessenDriver {
  readonly client: DialogTestClient;
  readonly dialog: WerkprocessenDialog;
  readonly storage: Record<string, string> = {};

  constructor(options: WerkprocessenOptions = {}, deps: WerkprocessenDeps = DEPS) {
    this.dialog = new WerkprocessenDialog(deps);
    const state = new ConversationState(new MemoryStorage(this.storage));
    this.client = new DialogTestClient('msteams', this.dialog, options, [], state);
  }

  /** As the root begins the flow: on the typed flow name, or on a menu button's submit. */
  start(value?: Record<string, unknown>): Promise<Seen[]> {
    return value ? this.submit(value) : this.say('werkprocessen');
  }

  say(text: string): Promise<Seen[]> {
    return this.send({ type: 'message', text });
  }

  /** A card submit as Teams sends it: no text, inputs and data in `value`. */
  submit(value: unknown): Promise<Seen[]> {
    return this.send({ type: 'message', value });
  }

  get status(): string {
    return this.client.dialogTurnResult.status;
  }

  get result(): unknown {
    return this.client.dialogTurnResult.result;
  }

  savedInstance(): DialogInstance | undefined {
    const saved = Object.values(this.storage).map(
      (json) => JSON.parse(json) as { DialogState?: { dialogStack?: DialogInstance[] } },
    );
    return saved.find((s) => s.DialogState)?.DialogState?.dialogStack?.[0];
  }

  private async send(activity: Partial<Activity>): Promise<Seen[]> {
    const replies = await sendAndCollect(this.client, activity);
    return replies.map((reply) => {
      const content = reply.attachments?.[0]?.content as Card | undefined;
      return content ? { card: JSON.parse(JSON.stringify(content)) as Card } : { text: reply.text };
    });
  }
}

export function lastCard(seen: readonly Seen[]): Card {
  const card = [...seen].reverse().find((s) => s.card)?.card;
  if (!card) throw new Error(`expected a card, saw: ${JSON.stringify(seen)}`);
  return card;
}

export const textsOf = (seen: readonly Seen[]): string[] => seen.flatMap((s) => (s.text ? [s.text] : []));

/** Every element of a card, depth first: containers, columns, action sets and card actions. */
export function elementsOf(card: Card): Element[] {
  const out: Element[] = [];
  const visit = (el: Element) => {
    out.push(el);
    for (const key of ['items', 'columns', 'actions'] as const)
      for (const child of (el[key] as Element[] | undefined) ?? []) visit(child);
    // an Action.ShowCard holds a card of its own (inputs shown on a click)
    const inner = el.card as Card | undefined;
    if (inner) for (const child of [...(inner.body ?? []), ...(inner.actions ?? [])]) visit(child);
  };
  for (const el of [...card.body, ...card.actions]) visit(el);
  return out;
}

/** All visible text of a card (TextBlocks and choice titles), one string. */
export function cardText(card: Card): string {
  return elementsOf(card)
    .flatMap((el) =>
      el.type === 'TextBlock'
        ? [String(el.text)]
        : el.type === 'Input.ChoiceSet'
          ? (el.choices as { title: string }[]).map((c) => c.title)
          : [],
    )
    .join('\n');
}

export function textBlocks(card: Card): string[] {
  return elementsOf(card)
    .filter((el) => el.type === 'TextBlock')
    .map((el) => String(el.text));
}

export function input(card: Card, id: string): Element | undefined {
  return elementsOf(card).find((el) => el.type.startsWith('Input.') && el.id === id);
}

export function choiceValues(card: Card, id: string): string[] {
  return ((input(card, id)?.choices as { value: string }[] | undefined) ?? []).map((c) => c.value);
}

export function submits(card: Card): { title: string; data: Record<string, unknown> }[] {
  return elementsOf(card)
    .filter((el) => el.type === 'Action.Submit')
    .map((el) => ({ title: String(el.title), data: (el.data ?? {}) as Record<string, unknown> }));
}

export function submitData(card: Card, actie: string): Record<string, unknown>[] {
  return submits(card)
    .filter((s) => s.data.actie === actie)
    .map((s) => s.data);
}

/** The werkprocessen a card lists with a button to their explanation (`crebo:code`), in order. */
export function explainedIds(card: Card): string[] {
  return submitData(card, 'werkproces').map((d) => String(d.id));
}

/** A werkproces code anywhere in a text: `B1-K1-W2`, `P2-K1-W3`. */
export const CODE = /\b(?:B1|P\d{1,2})-K\d{1,2}-W\d{1,2}\b/;
