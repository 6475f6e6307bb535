import { z } from 'zod';
import { FLOW, MENU_SUBMIT_KEY } from '../flows';

/**
 * Card submits of "Werkprocessen verkennen". A submit carries the button's `actie` plus the
 * values of every input on the card, so the schemas keep what they need and ignore the rest.
 * Ids are only checked for shape here; the catalogue decides whether they exist.
 */
const Id = z.string().trim().min(1).max(40);
const FreeText = z.string().max(2000).default('');

/** Ticked werkprocessen: Teams sends a multi-select as "a,b"; other clients may send an array. */
export const TickedIds = z
  .union([z.string().max(4000), z.array(Id).max(100)])
  .optional()
  .transform((value) =>
    (Array.isArray(value) ? value : (value ?? '').split(',')).map((id) => id.trim()).filter(Boolean),
  );

export const ExplorerSubmit = z.discriminatedUnion('actie', [
  z.object({ actie: z.literal('zoek'), vraag: FreeText }),
  z.object({ actie: z.literal('suggesties'), interesses: FreeText, werkplek: FreeText }),
  z.object({ actie: z.literal('start') }),
  z.object({ actie: z.literal('domeinen') }),
  z.object({ actie: z.literal('domein'), domein: z.string().max(200).optional() }),
  z.object({ actie: z.literal('kwalificatie'), crebo: Id.optional() }),
  z.object({ actie: z.literal('kerntaak'), crebo: Id, kerntaak: Id.optional() }),
  z.object({ actie: z.literal('werkproces'), id: Id }),
  z.object({ actie: z.literal('selectie') }),
  z.object({ actie: z.literal('terug') }),
  z.object({ actie: z.literal('kies'), werkprocessen: TickedIds }),
  z.object({ actie: z.literal('kiesKwalificatie'), crebo: Id }),
  z.object({ actie: z.literal('verwijder'), id: Id }),
  z.object({ actie: z.literal('klaar'), werkprocessen: TickedIds }),
]);
export type ExplorerSubmit = z.infer<typeof ExplorerSubmit>;

/**
 * Buttons on the menu's answer to a free question start this flow through the root
 * (`{ menu: 'werkprocessen', ... }`) and say where to begin: a kwalificatie, a werkproces to
 * choose, a question, or the list of domains.
 */
export const MenuStartSubmit = z.object({
  [MENU_SUBMIT_KEY]: z.literal(FLOW.werkprocessen),
  kwalificatie: Id.optional(),
  kies: Id.optional(),
  vraag: z.string().max(2000).optional(),
  bladeren: z.literal(true).optional(),
});
export type MenuStartSubmit = z.infer<typeof MenuStartSubmit>;
