import type { WerkprocesInfo } from '../../knowledge/catalogue';
import type { AdaptiveCard } from '../shared/adaptiveCard';
import { domeinCard, domeinenCard, kerntaakCard, kwalificatieCard } from './browseCards';
import type { Nav } from './cardParts';
import type { ExplorerState } from './explorerState';
import { hasKwalificatie, isSelected, lookupWerkproces, selectionSize } from './selection';
import { werkprocesCard } from './werkprocesCard';
import { hitContext, searchCard } from './searchCard';
import { selectionCard } from './selectionCards';
import { startCard } from './startCard';
import { kerntaakOf, offeringFor, searchContent, startContent, type ExplorerDeps } from './viewContent';

/** The card for the current view, built from the catalogue each time it is shown. */
export function renderView(state: ExplorerState, deps: ExplorerDeps): AdaptiveCard {
  const { catalogue } = deps;
  const { view, selection } = state;
  const nav: Nav = { aantal: selectionSize(selection), terug: state.trail.length > 0 };
  const selected = (wp: WerkprocesInfo) => isSelected(selection, catalogue, wp);
  const offering = offeringFor(deps.teams);
  switch (view.kind) {
    case 'start':
      return startCard(startContent(state, deps), selected, nav);
    case 'zoeken':
      return searchCard(
        view.vraag,
        searchContent(view.vraag, deps),
        hitContext(catalogue, selected, 'flow', offering),
        nav,
      );
    case 'domeinen': {
      const domeinen = catalogue
        .domeinen()
        .map((domein) => ({ domein, aantal: catalogue.kwalificatiesInDomein(domein).length }));
      return domeinenCard(domeinen, nav);
    }
    case 'domein':
      return domeinCard(view.domein, catalogue.kwalificatiesInDomein(view.domein), nav, offering);
    case 'selectie':
      return selectionCard(selection, nav);
    case 'werkproces': {
      const wp = lookupWerkproces(catalogue, view.id);
      return wp
        ? werkprocesCard(wp, selected(wp), nav, offering(wp.crebo))
        : startCard(startContent(state, deps), selected, nav);
    }
    default:
      return kwalificatieOrKerntaak(state, deps, nav);
  }
}

/** A stale view (the catalogue changed since) falls back to the start card instead of failing. */
function kwalificatieOrKerntaak(state: ExplorerState, deps: ExplorerDeps, nav: Nav): AdaptiveCard {
  const { catalogue } = deps;
  const { view, selection } = state;
  const offering = offeringFor(deps.teams);
  const kwalificatie =
    view.kind === 'kwalificatie' || view.kind === 'kerntaak' ? catalogue.kwalificatie(view.crebo) : undefined;
  if (kwalificatie && view.kind === 'kwalificatie') {
    const view = {
      kwalificatie,
      kerntaken: catalogue.kerntaken(kwalificatie.crebo),
      heelGekozen: hasKwalificatie(selection, kwalificatie.crebo),
      note: offering(kwalificatie.crebo),
    };
    return kwalificatieCard(view, nav);
  }
  const kerntaak = kwalificatie && view.kind === 'kerntaak' ? kerntaakOf(catalogue, view.crebo, view.code) : undefined;
  if (kwalificatie && kerntaak)
    return kerntaakCard(
      {
        kwalificatie,
        kerntaak,
        isSelected: (wp) => isSelected(selection, catalogue, wp),
        note: offering(kwalificatie.crebo),
      },
      nav,
    );
  return startCard(startContent(state, deps), (wp) => isSelected(selection, catalogue, wp), nav);
}
