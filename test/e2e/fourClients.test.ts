import { describe, expect } from 'vitest';
import type { AnswerField } from '../../intake/screening/answers';
import { menuTextMessages } from '../../dialogs/menuText/messages.nl';
import { prefillMessages } from '../../dialogs/prefill/messages.nl';
import { rootMessages } from '../../dialogs/root/messages.nl';
import { screeningMessages as msg } from '../../dialogs/screening/messages.nl';
import { werkprocessenMessages as wpMsg } from '../../dialogs/werkprocessen/messages.nl';
import { SUGGESTION_LIMIT } from '../../dialogs/werkprocessen/viewContent';
import { suggestWerkprocessen } from '../../knowledge/search/suggest';
import type { PlaygroundChat } from './playground';
import { test } from './support/fixtures';
import { knowledge } from './support/knowledge';
import { askedField } from './support/screening';

/**
 * The four clients of issue 14, typed the way a busy klantmanager types: the client in one
 * message at the menu, short everyday answers, a question in between, "waarom?" after the
 * advice, then the werkproces suggestions for the client's interests. Screenshots of every
 * step land in artifacts/e2e/fourClients/.
 */
interface Client {
  name: string;
  /** A question typed at the menu first. */
  vraag: { tekst: string; antwoord: string };
  beschrijving: string;
  /** Typed answers for the questions the description leaves open. */
  antwoorden: Partial<Record<AnswerField, string>>;
  /** A question typed at this screening question before answering it. */
  tussendoor?: { bij: AnswerField; vraag: string; kennisbank?: true };
  interesses: string;
  /** What the suggestions must say. */
  verwacht: (string | RegExp)[];
}

const CLIENTS: Client[] = [
  {
    name: 'Selina: zorg, bijstand, geen diploma',
    vraag: { tekst: 'wat heeft mijn cliënt eraan?', antwoord: 'Waarom praktijkleren? Wat de pilots opleverden' },
    beschrijving: 'Selina, 27, werkzoekend, bijstand, geen diploma, wil in de ouderenzorg werken, 24 uur',
    antwoorden: {
      leeftijd: '27',
      situatie: 'werkloos',
      ingeschrevenMbo: 'nee hoor',
      opleiding: 'alleen basisschool',
      motivatie: 'ja, heel graag',
      leerbaar: 'ja',
      schoolbaar: 'nee, vooral door de taal',
      werkfit: 'ja',
      taal: 'een beetje',
      urenPerWeek: '24',
      uitkering: 'bijstand',
      inkomen: 'behoud van uitkering',
      leerbedrijf: 'nee, nog niet',
      begeleiding: 'ja, ik ben de jobcoach',
      interesses: 'ouderenzorg',
    },
    tussendoor: { bij: 'leerbaar', vraag: 'wat bedoel je met leerbaarheid?' },
    interesses: 'ouderenzorg',
    verwacht: [/Assistent dienstverlening en zorg|Helpende Zorg en Welzijn/],
  },
  {
    name: 'Quinty: verkoop, versafdeling vis, werkt al',
    vraag: { tekst: 'verschil met een werkervaringsplek?', antwoord: 'werkervaringsplek' },
    tussendoor: { bij: 'urenPerWeek', vraag: 'wat kost het de werkgever?', kennisbank: true },
    beschrijving: 'Quinty 22 jaar werkt bij de supermarkt op de versafdeling vis, vmbo basis, wil een papiertje',
    antwoorden: {
      leeftijd: '22',
      situatie: 'werkt',
      ingeschrevenMbo: 'nee',
      opleiding: 'vmbo basis',
      motivatie: 'ja',
      leerbaar: 'ja',
      schoolbaar: 'weet ik niet',
      werkfit: 'ja',
      taal: 'goed',
      urenPerWeek: '32 uur',
      uitkering: 'geen uitkering',
      inkomen: 'loon',
      leerbedrijf: 'ja, maar nog niet erkend',
      begeleiding: 'nee',
      interesses: 'verkoop, versafdeling vis',
    },
    interesses: 'verkoop, versafdeling vis',
    verwacht: [/Assistent verkoop\/retail|Verkoper/],
  },
  {
    name: 'a man of 45 with Wajong and little Dutch who wants warehouse work',
    vraag: { tekst: 'magazijn', antwoord: 'Assistent logistiek' },
    beschrijving: 'man 45 jaar, wajong, spreekt weinig Nederlands, wil in een magazijn werken, 32 uur per week',
    antwoorden: {
      leeftijd: '45',
      situatie: 'zonder werk',
      ingeschrevenMbo: 'nee',
      opleiding: 'diploma uit het buitenland',
      motivatie: 'ja hoor',
      leerbaar: 'weet ik niet',
      schoolbaar: 'nee',
      werkfit: 'ja, met een jobcoach',
      taal: 'heel weinig',
      urenPerWeek: '32',
      uitkering: 'wajong',
      inkomen: 'uitkering',
      leerbedrijf: 'nog geen',
      begeleiding: 'ja',
      interesses: 'magazijn',
    },
    interesses: 'magazijn',
    verwacht: ['Assistent logistiek'],
  },
  {
    name: 'a 19-year-old vso-leaver who likes animals and cooking',
    vraag: { tekst: 'dieren', antwoord: wpMsg.zoek.geenBeroep('werk met dieren') },
    beschrijving: 'jongen van 19, net van het vso af, geen uitkering, houdt van dieren en koken',
    antwoorden: {
      leeftijd: 'negentien',
      situatie: 'net van het vso af',
      ingeschrevenMbo: 'nee',
      opleiding: 'vso',
      motivatie: 'weet het nog niet',
      leerbaar: 'ja',
      schoolbaar: 'nee',
      werkfit: 'met begeleiding',
      taal: 'goed',
      urenPerWeek: '3 dagen van 6 uur',
      uitkering: 'geen',
      inkomen: 'weet ik nog niet',
      leerbedrijf: 'nee',
      begeleiding: 'ja',
      interesses: 'dieren en koken',
    },
    interesses: 'dieren en koken',
    verwacht: [wpMsg.start.nietGevonden('dieren'), /Kok|Assistent horeca/],
  },
];

const QUESTION_OR_SUMMARY = new RegExp(`Vraag \\d+ van \\d+|${msg.summary.title.replace('?', '\\?')}`);
const START = new RegExp(`${prefillMessages.title}|Vraag \\d+ van \\d+`);
/** The suggestions card: werkprocessen, or (none loaded) the fitting beroepen, or "nothing about X". */
const SUGGESTIONS = new RegExp(`past misschien|${wpMsg.start.beroepen}|vond ik geen werkprocessen`);

async function screenTyping(chat: PlaygroundChat, client: Client): Promise<void> {
  await chat.send(client.beschrijving);
  const first = await chat.waitForBotMessage(START);
  if (first.text.includes(prefillMessages.title)) await chat.send('klopt');
  let askedBetween = false;
  const answered = new Set<AnswerField>();
  for (let turn = 0; turn < 30; turn++) {
    const card = await chat.waitForBotMessage(QUESTION_OR_SUMMARY);
    if (card.text.includes(msg.summary.title)) return;
    const field = askedField(card);
    if (client.tussendoor?.bij === field && !askedBetween) {
      askedBetween = true;
      await chat.send(client.tussendoor.vraag); // answered, then the same question again
      if (client.tussendoor.kennisbank) {
        // a knowledge answer mid-flow goes on with the screening, it does not offer a new one
        const seen = (await chat.waitForBotMessage(new RegExp(menuTextMessages.verderMet.screening))).text;
        expect(seen).not.toContain(menuTextMessages.volgendeStap.screening);
      }
      continue;
    }
    const typed = client.antwoorden[field];
    if (typed === undefined) throw new Error(`${client.name}: no typed answer for "${field}"`);
    if (answered.has(field)) throw new Error(`${client.name}: "${typed}" was not understood at "${field}"`);
    answered.add(field);
    await chat.send(typed);
  }
  throw new Error(`${client.name}: the screening did not reach the summary`);
}

describe('the four clients of issue 14, typed', () => {
  for (const client of CLIENTS) {
    // About 20 typed turns each; the machine is shared.
    test(client.name, { timeout: 180_000 }, async ({ chat }) => {
      await chat.send(client.vraag.tekst);
      const answer = await chat.waitForBotMessage(client.vraag.antwoord);
      expect(answer.text).not.toContain(rootMessages.unknownAtMenu);

      await screenTyping(chat, client);
      await chat.send('klopt');
      const result = await chat.waitForBotMessage(msg.result.heading);
      expect(result.buttons).toContain(msg.result.werkprocessen);

      await chat.send('waarom?'); // explains the advice, does not start a search
      const why = await chat.waitForBotMessage(/\S/);
      expect(why.text).not.toMatch(/herken ik niet|begrijp ik niet|vond ik niets/);

      await chat.clickButton(msg.result.werkprocessen);
      const suggestions = await chat.waitForBotMessage(SUGGESTIONS);
      for (const expected of client.verwacht) expect(suggestions.text).toMatch(expected);
      // no niveau 3-4 werkprocessen from unrelated fields: the bot's own suggestions stay at Entree and niveau 2
      const suggested = suggestWerkprocessen(knowledge.catalogue, knowledge.index, client.interesses, {
        limit: SUGGESTION_LIMIT,
      });
      expect(suggested.werkprocessen.filter((s) => s.werkproces.niveau >= 3)).toEqual([]);
      for (const s of suggested.werkprocessen) expect(suggestions.text).toContain(s.werkproces.titel);
    });
  }
});
