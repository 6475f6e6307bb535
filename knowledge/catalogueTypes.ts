import type { Dossier, OfficieleTekst, Onderwerp, Werkproces } from './model';

/** A kwalificatie as the bot shows it: catalogue entry joined with its dossier, if loaded. */
export interface Kwalificatie {
  readonly crebo: string;
  readonly naam: string;
  readonly niveau: number;
  readonly domein: string;
  readonly dossierId: string | null;
  readonly dossierNaam: string | null;
  readonly dossierCrebo: string | null;
  /** Own plain-Dutch description; null for a kwalificatie that only came in by import. */
  readonly beschrijving: string | null;
  /** SBB's own description of the profession, for imported dossiers (with attribution). */
  readonly officieleTypering: OfficieleTekst | null;
  readonly trefwoorden: readonly string[];
  readonly verified: boolean;
  readonly bron: string;
  readonly heeftWerkprocessen: boolean;
}

export interface DossierRef {
  readonly id: string;
  readonly naam: string;
  readonly dossierCrebo: string | null;
  readonly versie: string | null;
  readonly cohort: string | null;
  readonly geldigVanaf: string | null;
}

/** A werkproces seen from one kwalificatie (or, for the basisdeel, from its dossier). */
export interface WerkprocesInfo extends Werkproces {
  /** The crebo it was looked up under: a profile crebo, or the dossier crebo for the basisdeel. */
  readonly crebo: string;
  /** Name of that kwalificatie, or of the dossier for a basisdeel entry under the dossier crebo. */
  readonly kwalificatie: string;
  readonly niveau: number;
  readonly deel: 'basis' | 'profiel';
  readonly kerntaak: { readonly code: string; readonly titel: string };
  readonly dossier: DossierRef;
}

export interface KerntaakInfo {
  readonly code: string;
  readonly titel: string;
  readonly deel: 'basis' | 'profiel';
  readonly werkprocessen: readonly WerkprocesInfo[];
}

export interface Catalogue {
  /** Every kwalificatie, by niveau and name. */
  kwalificaties(): readonly Kwalificatie[];
  kwalificatie(crebo: string): Kwalificatie | undefined;
  /** Opleidingsdomeinen that hold at least one kwalificatie, sorted. */
  domeinen(): readonly string[];
  kwalificatiesInDomein(domein: string): readonly Kwalificatie[];
  /** true when werkprocessen are loaded for this crebo (a kwalificatie or a dossier crebo). */
  hasWerkprocessen(crebo: string): boolean;
  /** Basisdeel first, then the profile's own kerntaken; empty when nothing is loaded. */
  kerntaken(crebo: string): readonly KerntaakInfo[];
  werkprocessen(crebo: string): readonly WerkprocesInfo[];
  werkproces(crebo: string, code: string): WerkprocesInfo | undefined;
  /**
   * Every werkproces once, as the search indexes it: a profile's own werkprocessen under its
   * crebo, the basisdeel under the dossier crebo (or the only profile when the dossier has none).
   */
  alleWerkprocessen(): readonly WerkprocesInfo[];
  dossiers(): readonly Dossier[];
  onderwerpen(): readonly Onderwerp[];
  onderwerp(id: string): Onderwerp | undefined;
}
