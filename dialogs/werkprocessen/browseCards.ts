import type { KerntaakInfo, Kwalificatie, WerkprocesInfo } from '../../knowledge/catalogue';
import { actionSet, adaptiveCard, submitAction, textBlock, type AdaptiveCard } from '../shared/adaptiveCard';
import {
  heading,
  navActions,
  pickList,
  searchBox,
  subtle,
  tickList,
  typeHint,
  warning,
  werkprocesRow,
  type Nav,
} from './cardParts';
import { kwalificatieBlocks } from './entryBlocks';
import { werkprocessenMessages as msg } from './messages.nl';
import { werkprocesId } from './selection';

/** Browsing: domain → kwalificaties → kerntaken → werkprocessen, with a way back at each level. */

export function domeinenCard(domeinen: readonly { domein: string; aantal: number }[], nav: Nav): AdaptiveCard {
  const choices = domeinen.map((d, i) => ({
    value: d.domein,
    title: `${i + 1}. ${d.domein} (${msg.bladeren.domeinAantal(d.aantal)})`,
  }));
  return adaptiveCard(
    [
      heading(msg.bladeren.domeinen),
      textBlock(msg.bladeren.domeinenIntro),
      ...pickList('domein', msg.bladeren.domeinLabel, choices, { actie: 'domein' }),
      ...searchBox(),
      typeHint(),
    ],
    navActions(nav),
  );
}

export function domeinCard(
  domein: string,
  kwalificaties: readonly Kwalificatie[],
  nav: Nav,
  offering: (crebo: string) => string | undefined = () => undefined,
): AdaptiveCard {
  const choices = kwalificaties.map((k, i) => ({
    value: k.crebo,
    title: `${i + 1}. ${k.naam} (niveau ${k.niveau}, crebo ${k.crebo})`,
  }));
  return adaptiveCard(
    [
      heading(msg.bladeren.domein(domein)),
      ...pickList('crebo', msg.bladeren.kwalificatieLabel, choices, { actie: 'kwalificatie' }),
      // A list cannot carry a warning per choice: the ones a team does not offer are named below it.
      ...kwalificaties.flatMap((k) => {
        const note = offering(k.crebo);
        return note ? [warning(msg.bladeren.nietAangeboden(k.naam, k.crebo, note))] : [];
      }),
      typeHint(),
    ],
    navActions(nav),
  );
}

export interface KwalificatieView {
  kwalificatie: Kwalificatie;
  kerntaken: readonly KerntaakInfo[];
  heelGekozen: boolean;
  /** The warning when an intake team does not offer it. */
  note?: string;
}

/** With werkprocessen: its kerntaken to open. Without: says so, and the whole kwalificatie can be chosen. */
export function kwalificatieCard(
  { kwalificatie, kerntaken, heelGekozen, note }: KwalificatieView,
  nav: Nav,
): AdaptiveCard {
  const count = kerntaken.reduce((sum, kt) => sum + kt.werkprocessen.length, 0);
  const info = [...kwalificatieBlocks(kwalificatie, count, { detail: 'vol' }), ...(note ? [warning(note)] : [])];
  const choices = kerntaken.map((kt, i) => ({
    value: kt.code,
    title: `${i + 1}. ${kt.code} ${kt.titel} (${msg.bladeren.aantalWerkprocessen(kt.werkprocessen.length)})`,
  }));
  const chooseWhole = kerntaken.length === 0 && !heelGekozen;
  const next =
    kerntaken.length > 0
      ? [
          subtle(msg.bladeren.kerntakenKop, { spacing: 'Medium', weight: 'Bolder' }),
          ...pickList('kerntaak', msg.bladeren.kerntaakLabel, choices, {
            actie: 'kerntaak',
            crebo: kwalificatie.crebo,
          }),
        ]
      : heelGekozen
        ? [textBlock(msg.kwalificatie.heelGekozen, { spacing: 'Medium' })]
        : [
            actionSet([
              submitAction(
                msg.kwalificatie.kiesHeel,
                { actie: 'kiesKwalificatie', crebo: kwalificatie.crebo },
                { style: 'positive', associatedInputs: 'none' },
              ),
            ]),
          ];
  return adaptiveCard(
    [heading(msg.title), ...info, ...next, typeHint()],
    navActions(nav, [], { eigenHoofdactie: chooseWhole }),
  );
}

export interface KerntaakView {
  kwalificatie: Kwalificatie;
  kerntaak: KerntaakInfo;
  isSelected: (wp: WerkprocesInfo) => boolean;
  /** The warning when an intake team does not offer the kwalificatie. */
  note?: string;
}

/** Every werkproces on one line with a button to its explanation, and ticks to choose several. */
export function kerntaakCard({ kwalificatie, kerntaak, isSelected, note }: KerntaakView, nav: Nav): AdaptiveCard {
  const items = kerntaak.werkprocessen.map((wp, i) => werkprocesRow(wp, i + 1, isSelected(wp)));
  const ticks = kerntaak.werkprocessen.flatMap((wp, i) =>
    isSelected(wp) ? [] : [{ id: werkprocesId(wp), title: `${i + 1}. ${wp.titel} (${wp.code})` }],
  );
  return adaptiveCard(
    [
      heading(msg.bladeren.kerntaak(kerntaak.code, kerntaak.titel)),
      textBlock(`**${kwalificatie.naam}**`, { spacing: 'Small' }),
      subtle(msg.kwalificatie.meta(kwalificatie.crebo, kwalificatie.niveau, kwalificatie.domein)),
      ...(note ? [warning(note)] : []),
      ...items,
      ...tickList(ticks),
      typeHint(),
    ],
    navActions(nav, [], { eigenHoofdactie: ticks.length > 0 }),
  );
}
