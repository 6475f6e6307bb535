import type { Catalogue, WerkprocesInfo } from '../../knowledge/catalogue';
import { FLOW, MENU_SUBMIT_KEY, SHOW_SUBMIT_KEY } from '../flows';
import {
  actionSet,
  adaptiveCard,
  submitAction,
  textBlock,
  type AdaptiveCard,
  type CardElement,
} from '../shared/adaptiveCard';
import {
  browseButton,
  container,
  heading,
  navActions,
  navButton,
  subtle,
  tickList,
  typeHint,
  warning,
  werkprocesRow,
  type Nav,
} from './cardParts';
import { kwalificatieBlocks, onderwerpBlocks, werkprocesBlocks } from './entryBlocks';
import { werkprocessenMessages as msg } from './messages.nl';
import { werkprocesId } from './selection';
import { asksForLevel, gapOf, niveauOf, type ResolvedHit } from './viewContent';

/**
 * 'flow': inside "Werkprocessen verkennen" (werkprocessen are ticked, kwalificaties opened);
 * 'menu': the answer to a question typed at the menu (buttons start the flow there);
 * 'inFlow': the answer to a question typed in the screening or aanmelding (buttons show the
 * entry there, and the flow goes on where it was).
 */
export type HitMode = 'flow' | 'menu' | 'inFlow';

export interface HitContext {
  mode: HitMode;
  isSelected(wp: WerkprocesInfo): boolean;
  werkprocesCount(crebo: string): number;
  /** The warning for a crebo an intake team does not offer (undefined: nothing to say). */
  offering(crebo: string): string | undefined;
}

export function hitContext(
  catalogue: Catalogue,
  isSelected: (wp: WerkprocesInfo) => boolean,
  mode: HitMode = 'flow',
  offering: (crebo: string) => string | undefined = () => undefined,
): HitContext {
  return { mode, isSelected, werkprocesCount: (crebo) => catalogue.werkprocessen(crebo).length, offering };
}

function crebo(hit: ResolvedHit): string | undefined {
  return hit.type === 'kwalificatie'
    ? hit.kwalificatie.crebo
    : hit.type === 'werkproces'
      ? hit.werkproces.crebo
      : undefined;
}

const menuStart = (extra: Record<string, unknown>) => ({ [MENU_SUBMIT_KEY]: FLOW.werkprocessen, ...extra });
/** In another flow: shown there (the menu data is for an older card clicked at the menu). */
const shown = (extra: Record<string, unknown>) => ({ ...menuStart(extra), [SHOW_SUBMIT_KEY]: true });

function hitButtons(hit: ResolvedHit, mode: HitMode): CardElement[] {
  if (hit.type === 'kwalificatie') {
    const { crebo, naam } = hit.kwalificatie;
    const data =
      mode === 'flow'
        ? { actie: 'kwalificatie', crebo }
        : (mode === 'inFlow' ? shown : menuStart)({ kwalificatie: crebo });
    return [
      actionSet([submitAction(msg.kwalificatie.openen, data, { tooltip: msg.kwalificatie.openenVolledig(naam) })]),
    ];
  }
  if (hit.type === 'werkproces' && mode === 'menu') {
    return [actionSet([submitAction(msg.werkproces.kiesDit, menuStart({ kies: werkprocesId(hit.werkproces) }))])];
  }
  if (hit.type === 'werkproces' && mode === 'inFlow') {
    return [actionSet([submitAction(msg.werkproces.bekijk, shown({ kies: werkprocesId(hit.werkproces) }))])];
  }
  return [];
}

function hitBlocks(hit: ResolvedHit, nummer: number, context: HitContext): CardElement[] {
  switch (hit.type) {
    case 'onderwerp':
      return onderwerpBlocks(hit.onderwerp, nummer);
    case 'kwalificatie':
      return kwalificatieBlocks(hit.kwalificatie, context.werkprocesCount(hit.kwalificatie.crebo), {
        nummer,
        detail: 'kort',
      });
    case 'werkproces':
      return werkprocesBlocks(hit.werkproces, { nummer, gekozen: context.isSelected(hit.werkproces), detail: 'kort' });
  }
}

/** The hits, numbered, each in its own container with its buttons. */
export function hitsBody(hits: readonly ResolvedHit[], context: HitContext): CardElement[] {
  return hits.map((hit, i) => {
    const code = crebo(hit);
    const note = code ? context.offering(code) : undefined;
    return hit.type === 'werkproces' && context.mode === 'flow'
      ? werkprocesRow(hit.werkproces, i + 1, context.isSelected(hit.werkproces), note)
      : container([
          ...hitBlocks(hit, i + 1, context),
          ...(note ? [warning(note)] : []),
          ...hitButtons(hit, context.mode),
        ]);
  });
}

/** Werkproces hits that are not chosen yet, as ticks; titles carry the number and the code. */
function tickChoices(hits: readonly ResolvedHit[], context: HitContext) {
  return hits.flatMap((hit, i) =>
    hit.type === 'werkproces' && !context.isSelected(hit.werkproces)
      ? [{ id: werkprocesId(hit.werkproces), title: `${i + 1}. ${hit.werkproces.titel} (${hit.werkproces.code})` }]
      : [],
  );
}

/** "Dit vond ik bij ...", or for a field we have nothing for ("dieren") that it is missing. */
function headingFor(vraag: string, best: ResolvedHit | undefined): string {
  const gap = gapOf(vraag, best);
  return gap ? msg.zoek.geenBeroep(gap.onderwerp) : msg.zoek.kop(vraag);
}

/** Niveau 3 or 4 in the answer to a question that asked for no level: say why it is there. */
function levelNote(vraag: string, hits: readonly ResolvedHit[]) {
  return hits.some((hit) => niveauOf(hit) >= 3) && !asksForLevel(vraag) ? [subtle(msg.zoek.hogerNiveau)] : [];
}

/** The answer to a free question inside the flow. */
export function searchCard(vraag: string, hits: readonly ResolvedHit[], context: HitContext, nav: Nav): AdaptiveCard {
  const ticks = tickChoices(hits, context);
  const body =
    hits.length === 0
      ? [heading(msg.title), textBlock(msg.zoek.geenHits(vraag))]
      : [
          heading(headingFor(vraag, hits[0])),
          ...hitsBody(hits, context),
          ...tickList(ticks),
          ...levelNote(vraag, hits),
        ];
  return adaptiveCard([...body, typeHint()], navActions(nav, [browseButton()], { eigenHoofdactie: ticks.length > 0 }));
}

/** The answer to a question typed at the menu: the hits and the ways into the flow. */
export function menuAnswerCard(hits: readonly ResolvedHit[], context: HitContext): AdaptiveCard {
  const body = hits.length > 0 ? hitsBody(hits, context) : [textBlock(msg.menuAntwoord.geenHits)];
  return adaptiveCard(body, [
    submitAction(msg.menuAntwoord.verkennen, menuStart({}), { style: 'positive' }),
    submitAction(msg.bladeren.knop, menuStart({ bladeren: true })),
    navButton(msg.menuAntwoord.menu, { [MENU_SUBMIT_KEY]: 'menu' }),
  ]);
}
