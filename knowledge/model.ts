import { z } from 'zod';

/**
 * The knowledge model: kwalificatiedossiers (as in the SBB exports), the catalogue of
 * kwalificaties the pilots used, and procedure topics. Every file under knowledge/data and
 * every imported dossier is parsed with these schemas when it is loaded.
 */

const Text = z.string().trim().min(1);
const Slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lowercase slug like "pedagogisch-werk"');

/** Adds an issue for every value seen before in `values` (a list field whose entries must be unique). */
function reportDuplicates(
  values: readonly string[],
  ctx: z.RefinementCtx,
  path: (i: number) => (string | number)[],
  what: string,
): void {
  const seen = new Set<string>();
  values.forEach((value, i) => {
    if (seen.has(value)) ctx.addIssue({ code: 'custom', path: path(i), message: `duplicate ${what} ${value}` });
    seen.add(value);
  });
}

export const Crebo = z.string().regex(/^\d{5}$/, 'expected a crebo of five digits');
export type Crebo = z.infer<typeof Crebo>;

/** `B1-K1-W2` (basisdeel) or `P2-K1-W3` (profieldeel), numbered after the dossier's `hoofdstuk`s. */
export const WerkprocesCode = z
  .string()
  .regex(/^(B1|P[1-9]\d?)-K[1-9]\d?-W[1-9]\d?$/, 'expected a code like B1-K1-W2 or P2-K1-W3');
export const KerntaakCode = z.string().regex(/^(B1|P[1-9]\d?)-K[1-9]\d?$/, 'expected a code like B1-K1 or P2-K1');

export const Niveau = z.number().int().min(1).max(4);

/** Official text kept word for word from a source, always shown with its attribution. */
export const OfficieleTekst = z.object({ tekst: Text, bron: Text }).strict();
export type OfficieleTekst = z.infer<typeof OfficieleTekst>;

export const Werkproces = z
  .object({
    code: WerkprocesCode,
    titel: Text,
    /** Plain Dutch (B1) explanation written for this project; null for a fresh import. */
    uitleg: Text.nullable(),
    voorbeeldtaken: z.array(Text).max(5),
    /** Everyday words people use for this work; they only feed the search. */
    trefwoorden: z.array(Text).default([]),
    /** false: title seen in a source, but code or version not confirmed. */
    verified: z.boolean(),
    bron: Text,
    officieleOmschrijving: OfficieleTekst.nullable(),
  })
  .strict()
  .superRefine((wp, ctx) => {
    const taken = wp.voorbeeldtaken.length;
    if (wp.uitleg !== null && (taken < 3 || taken > 5)) {
      ctx.addIssue({
        code: 'custom',
        path: ['voorbeeldtaken'],
        message: 'an explained werkproces needs 3-5 voorbeeldtaken',
      });
    }
    if (wp.uitleg === null && taken > 0) {
      ctx.addIssue({ code: 'custom', path: ['uitleg'], message: 'voorbeeldtaken without uitleg' });
    }
  });
export type Werkproces = z.infer<typeof Werkproces>;

export const Kerntaak = z
  .object({ code: KerntaakCode, titel: Text, werkprocessen: z.array(Werkproces).min(1) })
  .strict()
  .superRefine((kt, ctx) => {
    kt.werkprocessen.forEach((wp, i) => {
      if (!wp.code.startsWith(`${kt.code}-`)) {
        ctx.addIssue({
          code: 'custom',
          path: ['werkprocessen', i, 'code'],
          message: `does not belong to kerntaak ${kt.code}`,
        });
      }
    });
    reportDuplicates(
      kt.werkprocessen.map((wp) => wp.code),
      ctx,
      (i) => ['werkprocessen', i, 'code'],
      'code',
    );
  });
export type Kerntaak = z.infer<typeof Kerntaak>;

/** A kwalificatie as a profiel inside its dossier: the structure, not the description. */
export const Profiel = z
  .object({
    crebo: Crebo,
    naam: Text,
    niveau: Niveau,
    /** The profile's own kerntaken (`Pn-*`); the dossier's basisdeel applies as well. */
    kerntaken: z.array(Kerntaak),
    officieleTypering: OfficieleTekst.nullable(),
  })
  .strict();
export type Profiel = z.infer<typeof Profiel>;

export const Dossier = z
  .object({
    id: Slug,
    naam: Text,
    dossierCrebo: Crebo.nullable(),
    versie: Text.nullable(),
    cohort: Text.nullable(),
    geldigVanaf: Text.nullable(),
    domein: Text.nullable(),
    bron: z.array(Text).min(1),
    basisKerntaken: z.array(Kerntaak),
    profielen: z.array(Profiel).min(1),
  })
  .strict()
  .superRefine((d, ctx) => {
    d.basisKerntaken.forEach((kt, i) => {
      if (!kt.code.startsWith('B1-'))
        ctx.addIssue({
          code: 'custom',
          path: ['basisKerntaken', i, 'code'],
          message: 'basisdeel codes start with B1-',
        });
    });
    d.profielen.forEach((p, i) =>
      p.kerntaken.forEach((kt, j) => {
        if (kt.code.startsWith('B1-'))
          ctx.addIssue({
            code: 'custom',
            path: ['profielen', i, 'kerntaken', j, 'code'],
            message: 'profile codes start with P',
          });
      }),
    );
  });
export type Dossier = z.infer<typeof Dossier>;

/** One entry of the catalogue: every kwalificatie the pilots used, with or without werkprocessen. */
export const KwalificatieInfo = z
  .object({
    crebo: Crebo,
    naam: Text,
    niveau: Niveau,
    domein: Text,
    /** Id of the dossier file that holds its werkprocessen, if the project has one. */
    dossier: Slug.nullable(),
    /** Name of its kwalificatiedossier when known ("Entree", "Dienstverlening"). */
    dossierNaam: Text.nullable(),
    /** Crebo of that kwalificatiedossier when known (Entree 23110, Entree (groen) 23192). */
    dossierCrebo: Crebo.nullable().default(null),
    /** Short plain-Dutch description of the work, in the project's own words. */
    beschrijving: Text,
    trefwoorden: z.array(Text),
    /** true when crebo, naam and niveau were seen in a source. */
    verified: z.boolean(),
    bron: Text,
  })
  .strict();
export type KwalificatieInfo = z.infer<typeof KwalificatieInfo>;

export const KwalificatiesFile = z
  .object({ kwalificaties: z.array(KwalificatieInfo).min(1) })
  .strict()
  .superRefine((f, ctx) => {
    reportDuplicates(
      f.kwalificaties.map((k) => k.crebo),
      ctx,
      (i) => ['kwalificaties', i, 'crebo'],
      'crebo',
    );
  });
export type KwalificatiesFile = z.infer<typeof KwalificatiesFile>;

/** A paragraph that opens the topic's answer when the question names one of these words. */
export const Voorop = z
  .object({
    woorden: z.array(Text).min(1),
    /** Index into the topic's `tekst`. */
    alinea: z.number().int().min(0),
  })
  .strict();
export type Voorop = z.infer<typeof Voorop>;

/** A procedure topic ("derde leerweg", "inkomen", ...) in the project's own words. */
export const Onderwerp = z
  .object({
    id: Slug,
    titel: Text,
    /** Paragraphs of plain Dutch text. */
    tekst: z.array(Text).min(1),
    /** "wat kost het de werkgever": the employer's paragraph of the costs first, not the mbo's. */
    voorop: z.array(Voorop).optional(),
    trefwoorden: z.array(Text),
    /** Section of the seed report the facts come from. */
    bron: Text,
  })
  .strict();
export type Onderwerp = z.infer<typeof Onderwerp>;

export const OnderwerpenFile = z
  .object({ onderwerpen: z.array(Onderwerp).min(1) })
  .strict()
  .superRefine((f, ctx) => {
    f.onderwerpen.forEach((o, i) =>
      (o.voorop ?? []).forEach((v, j) => {
        if (v.alinea >= o.tekst.length)
          ctx.addIssue({
            code: 'custom',
            path: ['onderwerpen', i, 'voorop', j, 'alinea'],
            message: `no paragraph ${v.alinea} in ${o.id}`,
          });
      }),
    );
  });
export type OnderwerpenFile = z.infer<typeof OnderwerpenFile>;
