import type { Kwalificatie, WerkprocesInfo } from '../../knowledge/catalogue';
import type { Onderwerp } from '../../knowledge/model';
import { textBlock, type CardElement } from '../shared/adaptiveCard';
import { firstSentence, isDossierEntry, subtle, warning, werkprocesCrebo } from './cardParts';
import { werkprocessenMessages as msg } from './messages.nl';

/**
 * How one entry of the knowledge base reads on a card: always with its code, kwalificatie or
 * dossier and source, an "unverified" label where it applies, and official SBB text only with
 * its attribution. No buttons: the cards around them decide what can be done.
 */

const numbered = (nummer: number | undefined, text: string) => (nummer === undefined ? text : `${nummer}. ${text}`);

function officialText(label: string, tekst: string, bron: string): CardElement[] {
  return [subtle(label, { spacing: 'Small', weight: 'Bolder' }), subtle(tekst), subtle(msg.bron(bron))];
}

/** Code, kwalificatie, niveau and dossier, plus what a basisdeel code means. */
export function werkprocesMeta(wp: WerkprocesInfo): CardElement[] {
  return [
    subtle(msg.werkproces.meta(wp.code, wp.kwalificatie, werkprocesCrebo(wp), wp.niveau)),
    subtle(msg.werkproces.dossier(wp.dossier.naam, wp.dossier.cohort)),
    ...(isDossierEntry(wp) ? [subtle(msg.werkproces.basisdeel(wp.dossier.naam))] : []),
    ...(wp.verified ? [] : [warning(msg.werkproces.nietGecontroleerd)]),
  ];
}

export interface WerkprocesBlockOptions {
  nummer?: number;
  gekozen: boolean;
  /** 'kort': one line of explanation (lists); 'vol': explanation, example tasks, official text. */
  detail: 'kort' | 'vol';
}

export function werkprocesBlocks(
  wp: WerkprocesInfo,
  { nummer, gekozen, detail }: WerkprocesBlockOptions,
): CardElement[] {
  const title = `**${numbered(nummer, wp.titel)}**${gekozen ? ` (${msg.kies.gekozen})` : ''}`;
  const blocks = [textBlock(title), ...werkprocesMeta(wp)];
  if (detail === 'kort')
    return [
      ...blocks,
      textBlock(wp.uitleg ? firstSentence(wp.uitleg) : msg.werkproces.geenUitleg, { spacing: 'Small' }),
    ];
  const taken = wp.voorbeeldtaken.map((taak) => `- ${taak}`).join('\n');
  return [
    ...blocks,
    textBlock(wp.uitleg ?? msg.werkproces.geenUitleg, { spacing: 'Small' }),
    ...(taken ? [textBlock(`${msg.werkproces.voorbeelden}\n${taken}`, { spacing: 'Small' })] : []),
    ...(wp.officieleOmschrijving
      ? officialText(msg.werkproces.officieel, wp.officieleOmschrijving.tekst, wp.officieleOmschrijving.bron)
      : []),
    subtle(msg.bron(wp.bron), { spacing: 'Small' }),
  ];
}

/** Crebo, niveau, domein, dossier, description and whether its werkprocessen are loaded. */
export function kwalificatieBlocks(
  k: Kwalificatie,
  werkprocessen: number,
  options: { nummer?: number; detail: 'kort' | 'vol' },
): CardElement[] {
  const blocks = [
    textBlock(`**${numbered(options.nummer, k.naam)}**`),
    subtle(msg.kwalificatie.meta(k.crebo, k.niveau, k.domein)),
    ...(k.dossierNaam ? [subtle(msg.kwalificatie.dossier(k.dossierNaam))] : []),
    ...(k.verified ? [] : [warning(msg.werkproces.nietGecontroleerd)]),
    ...(k.beschrijving ? [textBlock(k.beschrijving, { spacing: 'Small' })] : []),
    k.heeftWerkprocessen
      ? textBlock(msg.kwalificatie.geladen(werkprocessen), { spacing: 'Small' })
      : warning(
          options.detail === 'kort'
            ? msg.kwalificatie.geenWerkprocessenKort
            : msg.kwalificatie.geenWerkprocessen(k.naam),
        ),
  ];
  if (options.detail === 'kort') return blocks;
  return [
    ...blocks,
    ...(k.officieleTypering
      ? officialText(msg.kwalificatie.officieel, k.officieleTypering.tekst, k.officieleTypering.bron)
      : []),
    subtle(msg.bron(k.bron), { spacing: 'Small' }),
  ];
}

/** A procedure topic answers with its own text and cites its source section. */
export function onderwerpBlocks(o: Onderwerp, nummer?: number): CardElement[] {
  return [
    textBlock(`**${numbered(nummer, o.titel)}**`),
    ...o.tekst.map((alinea) => textBlock(alinea, { spacing: 'Small' })),
    subtle(msg.bron(o.bron), { spacing: 'Small' }),
  ];
}
