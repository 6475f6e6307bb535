import type { Catalogue, Kwalificatie, WerkprocesInfo } from '../catalogueTypes';
import type { Onderwerp } from '../model';
import { clientGroupsIn } from './clientGroups.nl';
import { titleVerbRoots } from './normalize';

/** What a search returns; the CLI contract of `npm run search`. */
export interface SearchHit {
  readonly type: 'kwalificatie' | 'werkproces' | 'onderwerp';
  /** kwalificatie: its crebo; werkproces: `crebo:code`; onderwerp: its id. */
  readonly id: string;
  /** null for an onderwerp; for a basisdeel werkproces the dossier crebo (or its only profile). */
  readonly crebo: string | null;
  /** Name of the kwalificatie (or dossier, for a basisdeel werkproces); null for an onderwerp. */
  readonly kwalificatie: string | null;
  /** The werkproces code, e.g. `P2-K1-W2`, or null. */
  readonly werkproces: string | null;
  readonly titel: string;
  readonly score: number;
}

/** One indexed document: the searchable text fields plus the hit it turns into. */
export interface SearchDocument {
  readonly id: string;
  readonly hit: Omit<SearchHit, 'score'>;
  readonly titel: string;
  /** Crebo and werkproces code. */
  readonly ids: string;
  readonly trefwoorden: string;
  readonly tekst: string;
  readonly taken: string;
  /** Where it belongs (domain, kwalificatie, kerntaak) and SBB's official text, if imported. */
  readonly context: string;
  /** Already analysed: the infinitive roots of a werkproces title's verbs (see titleVerbRoots). */
  readonly werkwoorden: readonly string[];
  /** mbo level of a kwalificatie or werkproces; null for an onderwerp. */
  readonly niveau: number | null;
  /** The client groups its kwalificatie or dossier is for by name ("kinderopvang": kinderen); empty: any. */
  readonly groepen: readonly string[];
}

/** Field weights: a word in a name or title says more than one in a long text. */
export const FIELD_BOOST = { titel: 3, ids: 4, trefwoorden: 2.5, tekst: 1.3, taken: 1.2, context: 0.5 } as const;
export const SEARCH_FIELDS = Object.keys(FIELD_BOOST);

/** "Gastheer/-vrouw" is searched as "Gastheer gastvrouw": both words a user types. */
const bothForms = (naam: string) => naam.replace(/(\p{L}+?)(heer|man)\/-(vrouw)/giu, '$1$2 $1$3');

function kwalificatieDocument(k: Kwalificatie): SearchDocument {
  return {
    id: k.crebo,
    hit: { type: 'kwalificatie', id: k.crebo, crebo: k.crebo, kwalificatie: k.naam, werkproces: null, titel: k.naam },
    titel: bothForms(k.naam),
    ids: k.crebo,
    trefwoorden: k.trefwoorden.join(', '),
    tekst: k.beschrijving ?? '',
    taken: '',
    context: [k.domein, k.dossierNaam ?? '', `niveau ${k.niveau}`, k.officieleTypering?.tekst ?? ''].join(', '),
    werkwoorden: [],
    niveau: k.niveau,
    groepen: clientGroupsIn(`${k.naam} ${k.dossierNaam ?? ''}`),
  };
}

/** `context`: where the werkproces belongs (kwalificatie, kerntaak) and the words for that kwalificatie. */
function werkprocesDocument(wp: WerkprocesInfo, context: string): SearchDocument {
  const id = `${wp.crebo}:${wp.code}`;
  return {
    id,
    hit: {
      type: 'werkproces',
      id,
      crebo: wp.crebo,
      kwalificatie: wp.kwalificatie,
      werkproces: wp.code,
      titel: wp.titel,
    },
    titel: wp.titel,
    ids: `${wp.crebo} ${wp.code}`,
    trefwoorden: wp.trefwoorden.join(', '),
    tekst: wp.uitleg ?? '',
    taken: wp.voorbeeldtaken.join('. '),
    context: [wp.kwalificatie, wp.kerntaak.titel, context, wp.officieleOmschrijving?.tekst ?? ''].join(', '),
    werkwoorden: titleVerbRoots(wp.titel),
    niveau: wp.niveau,
    groepen: clientGroupsIn(`${wp.kwalificatie} ${wp.dossier.naam}`),
  };
}

function onderwerpDocument(o: Onderwerp): SearchDocument {
  return {
    id: o.id,
    hit: { type: 'onderwerp', id: o.id, crebo: null, kwalificatie: null, werkproces: null, titel: o.titel },
    titel: o.titel,
    ids: '',
    trefwoorden: o.trefwoorden.join(', '),
    tekst: o.tekst.join(' '),
    taken: '',
    context: '',
    werkwoorden: [],
    niveau: null,
    groepen: [],
  };
}

export function buildSearchDocuments(catalogue: Catalogue): SearchDocument[] {
  const profielNamen = new Map(
    catalogue
      .dossiers()
      .map((d) => [d.id, d.profielen.map((p) => catalogue.kwalificatie(p.crebo)?.naam ?? p.naam).join(', ')]),
  );
  const contextOf = (wp: WerkprocesInfo) =>
    wp.deel === 'basis'
      ? (profielNamen.get(wp.dossier.id) ?? '')
      : (catalogue.kwalificatie(wp.crebo)?.trefwoorden.join(', ') ?? '');
  return [
    ...catalogue.kwalificaties().map(kwalificatieDocument),
    ...catalogue.alleWerkprocessen().map((wp) => werkprocesDocument(wp, contextOf(wp))),
    ...catalogue.onderwerpen().map(onderwerpDocument),
  ];
}
