import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { z } from 'zod';
import { KnowledgeError } from './errors';
import { formatZodPath } from './loadKnowledgeFile';

/**
 * Reads the official SBB kwalificatiedossier XML export (root `<sbb>`) into a checked raw
 * shape. Only the parts the knowledge model needs are described; the rest is ignored.
 */

const ARRAY_ELEMENTS = new Set(['domein', 'dossier', 'dossiercrebo', 'profiel', 'crebo', 'kerntaak', 'werkproces']);

/** Element content: plain text, or text next to attributes or empty child elements. */
const TextNode = z.union([z.string(), z.object({ '#text': z.string().optional() }).loose()]);
const Hoofdstuk = z.string().regex(/^[1-9]\d?$/, 'expected a hoofdstuk number');

const RawWerkproces = z
  .object({ '@titel': z.string().min(1), '@hoofdstuk': Hoofdstuk, werkprocesomschrijving: TextNode.optional() })
  .loose();
const RawKerntaak = z
  .object({
    '@titel': z.string().min(1),
    '@hoofdstuk': Hoofdstuk,
    basiswerkprocessen: z
      .object({ werkproces: z.array(RawWerkproces).min(1) })
      .loose()
      .optional(),
    profielwerkprocessen: z
      .object({ werkproces: z.array(RawWerkproces).min(1) })
      .loose()
      .optional(),
  })
  .loose();
const RawProfiel = z
  .object({
    '@titel': z.string().min(1),
    '@hoofdstuk': Hoofdstuk,
    '@niveau': z.string().regex(/^[1-4]$/, 'expected niveau 1-4'),
    creboinformatie: z.object({ crebo: z.array(TextNode).min(1) }).loose(),
    omschrijving: z.object({ typeringvanhetberoep: TextNode.optional() }).loose().optional(),
    profielkerntaken: z.object({ kerntaak: z.array(RawKerntaak).min(1) }).loose(),
  })
  .loose();
const RawDossier = z
  .object({
    '@titel': z.string().min(1),
    '@versie': z.string().optional(),
    '@referentiedomein': z.string().optional(),
    dossiercrebos: z.object({ dossiercrebo: z.array(TextNode).min(1) }).loose(),
    voorblad: z.unknown().optional(),
    basis: z
      .object({
        basistaken: z.object({ basiskerntaken: z.object({ kerntaak: z.array(RawKerntaak).min(1) }).loose() }).loose(),
      })
      .loose(),
    profielen: z.object({ profiel: z.array(RawProfiel).min(1) }).loose(),
  })
  .loose();
const RawSbb = z
  .object({
    // an empty <domeinen/> parses as ''
    domeinen: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z
        .object({ domein: z.array(z.object({ '@nr': z.string(), '@titel': z.string() }).loose()).default([]) })
        .loose()
        .optional(),
    ),
    dossiers: z.object({ dossier: z.array(RawDossier).min(1) }).loose(),
  })
  .loose();

export type RawWerkproces = z.infer<typeof RawWerkproces>;
export type RawKerntaak = z.infer<typeof RawKerntaak>;
export type RawProfiel = z.infer<typeof RawProfiel>;
export type RawDossier = z.infer<typeof RawDossier>;
export type RawSbb = z.infer<typeof RawSbb>;

/** Collapses every run of whitespace to one space, as the official titles are full of them. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function textOf(node: unknown): string {
  if (typeof node === 'string') return normalizeWhitespace(node);
  if (node && typeof node === 'object' && '#text' in node && typeof node['#text'] === 'string') {
    return normalizeWhitespace(node['#text']);
  }
  return '';
}

function invalid(source: string, reason: string): KnowledgeError {
  return new KnowledgeError('IMPORT_INVALID', `${source}: ${reason}`);
}

/** Parses the text of an export; anything else (not XML, no `<sbb>`, missing numbers) throws IMPORT_INVALID. */
export function readSbbXml(xml: string, source: string): RawSbb {
  const text = xml.replace(/^\uFEFF/, '');
  if (!text.trimStart().startsWith('<')) throw invalid(source, 'not an XML document');
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw invalid(source, `not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    parseAttributeValue: false,
    isArray: (name) => ARRAY_ELEMENTS.has(name),
  });
  const doc: unknown = parser.parse(text);
  const root = doc && typeof doc === 'object' && 'sbb' in doc ? doc.sbb : undefined;
  if (!root || typeof root !== 'object')
    throw invalid(source, 'root element <sbb> missing: not an SBB kwalificatiedossier export');
  const parsed = RawSbb.safeParse(root);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalid(source, `sbb.${issue ? `${formatZodPath(issue.path)}: ${issue.message}` : 'invalid'}`);
  }
  return parsed.data;
}
