import { z } from 'zod';

/**
 * The answers of the screening: the input table of screening-policy.md as zod schemas.
 * One schema per field, so the CLI and the dialog can check a single answer.
 */
export const Leeftijd = z.number().int().min(0).max(120);
export const Situatie = z.enum(['werkzoekend', 'werkend', 'gedetineerd', 'schoolverlater', 'leerling-pro-vso']);
export const Uitkering = z.enum(['participatiewet', 'ww', 'wia', 'wajong', 'geen', 'onbekend']);
export const Opleiding = z.enum(['geen', 'pro-vso', 'entree', 'vmbo', 'mbo2plus', 'havo-vwo', 'buitenlands']);
export const StartkwalificatieBruikbaar = z.boolean().nullable();
export const IngeschrevenMbo = z.boolean();
export const Leerbaar = z.enum(['ja', 'nee', 'onbekend']);
export const Schoolbaar = z.enum(['ja', 'nee', 'onbekend']);
export const Taal = z.enum(['voldoende', 'beperkt', 'onvoldoende']);
export const Motivatie = z.enum(['ja', 'twijfel', 'nee']);
export const Werkfit = z.enum(['ja', 'met-begeleiding', 'nee']);
export const UrenPerWeek = z.number().int().min(0).max(60);
export const Leerbedrijf = z.enum(['erkend', 'niet-erkend', 'geen']);
export const Inkomen = z.enum(['loon', 'uitkering', 'anders', 'onbekend']);
export const Begeleiding = z.boolean();
export const Interesses = z.string();

/** Field schemas in the order of the policy's input table. */
export const ANSWER_SHAPE = {
  leeftijd: Leeftijd,
  situatie: Situatie,
  uitkering: Uitkering,
  opleiding: Opleiding,
  startkwalificatieBruikbaar: StartkwalificatieBruikbaar,
  ingeschrevenMbo: IngeschrevenMbo,
  leerbaar: Leerbaar,
  schoolbaar: Schoolbaar,
  taal: Taal,
  motivatie: Motivatie,
  werkfit: Werkfit,
  urenPerWeek: UrenPerWeek,
  leerbedrijf: Leerbedrijf,
  inkomen: Inkomen,
  begeleiding: Begeleiding,
  interesses: Interesses,
} as const;

/** Every field is required (startkwalificatieBruikbaar may be null); unknown keys are rejected. */
export const Answers = z.strictObject(ANSWER_SHAPE);
export type Answers = z.infer<typeof Answers>;
export type AnswerField = keyof Answers;

export type FieldMeta =
  | { name: AnswerField; kind: 'integer'; min: number; max: number }
  | { name: AnswerField; kind: 'enum'; values: readonly string[] }
  | { name: AnswerField; kind: 'boolean' }
  | { name: AnswerField; kind: 'nullable-boolean' }
  | { name: AnswerField; kind: 'text' };

/** Field names in table order. */
export const ANSWER_FIELDS = Object.keys(ANSWER_SHAPE) as AnswerField[];

/** What each field accepts, derived from the schemas so the two never drift apart. */
export const FIELD_META: readonly FieldMeta[] = ANSWER_FIELDS.map((name) => metaOf(name, ANSWER_SHAPE[name]));

export function fieldMeta(name: AnswerField): FieldMeta {
  const meta = FIELD_META.find((m) => m.name === name);
  if (!meta) throw new Error(`no metadata for field ${name}`); // unreachable: FIELD_META covers ANSWER_FIELDS
  return meta;
}

export function isAnswerField(name: string): name is AnswerField {
  return Object.hasOwn(ANSWER_SHAPE, name);
}

/** "integer 0-120", "one of: a, b", ... for error messages. */
export function describeAllowed(meta: FieldMeta): string {
  switch (meta.kind) {
    case 'integer':
      return `integer ${meta.min}-${meta.max}`;
    case 'enum':
      return `one of: ${meta.values.join(', ')}`;
    case 'boolean':
      return 'true or false';
    case 'nullable-boolean':
      return 'true, false or null';
    case 'text':
      return 'text (may be empty)';
  }
}

function metaOf(name: AnswerField, schema: z.ZodType): FieldMeta {
  if (schema instanceof z.ZodEnum) return { name, kind: 'enum', values: schema.options as string[] };
  if (schema instanceof z.ZodNullable) return { name, kind: 'nullable-boolean' };
  if (schema instanceof z.ZodBoolean) return { name, kind: 'boolean' };
  if (schema instanceof z.ZodNumber) {
    return { name, kind: 'integer', min: schema.minValue ?? 0, max: schema.maxValue ?? Number.MAX_SAFE_INTEGER };
  }
  return { name, kind: 'text' };
}
