import { readableSource } from '../../knowledge/readableSource';
import { FLOW } from '../flows';
import type { NextFlow, OpenFlow } from './nextStep';

/** Dutch texts of answers to questions typed at the menu. */
export const menuTextMessages = {
  bron: (bron: string) => `Bron: ${readableSource(bron)}`,
  meerHint: 'Wil je meer weten? Typ "meer" of kies hieronder.',
  meerKnop: 'Meer hierover',
  vervolg: (titel: string) => `**${titel}** (vervolg)`,
  geenMeer: 'Meer heb ik niet bij je laatste vraag. Stel gerust een nieuwe vraag.',
  geenVraag:
    'Stel eerst een vraag, bijvoorbeeld "wat is een praktijkverklaring?" of "magazijn". Daarna kun je "meer" typen.',
  volgendeStap: {
    [FLOW.screening]: 'Cliënt screenen',
    [FLOW.werkprocessen]: 'Werkprocessen verkennen',
    [FLOW.aanmelding]: 'Aanmelding voorbereiden',
  } satisfies Record<NextFlow, string>,
  /** After a question typed in the middle of a flow: back to its open question. */
  verderMet: {
    [FLOW.screening]: 'Verder met de screening',
    [FLOW.aanmelding]: 'Verder met de aanmelding',
  } satisfies Record<OpenFlow, string>,
  /** The informative update while the language model writes (Teams shows it as a progress line). */
  bezig: 'Ik zoek het op in de kennisbank en schrijf een kort antwoord…',
  bedankt: 'Graag gedaan! Kan ik nog iets voor je doen?',
  totZiens: 'Tot ziens! Typ gerust weer iets als je hulp nodig hebt.',
} as const;
