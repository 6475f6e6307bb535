import { z } from 'zod';

/**
 * Contract between the root dialog and the flow dialogs: dialog ids, what a flow starts
 * with and what it ends with. The root dialog keeps the returned values in its session so
 * that later flows (werkprocessen, aanmelding) take them over.
 */
export const FLOW = {
  screening: 'screening',
  werkprocessen: 'werkprocessen',
  aanmelding: 'aanmelding',
  mijnAanmeldingen: 'mijnAanmeldingen',
} as const;
export type FlowId = (typeof FLOW)[keyof typeof FLOW];

/** Flows about one client: only in a personal chat, never on a group chat's or channel's shared state. */
export const PERSONAL_FLOWS: ReadonlySet<FlowId> = new Set([FLOW.screening, FLOW.aanmelding, FLOW.mijnAanmeldingen]);

/**
 * Card buttons that leave a flow and start another carry this in Action.Submit `data`:
 * `{ "menu": "screening" | "werkprocessen" | "aanmelding" | "help" | "menu" }`.
 * The root dialog handles it at any step, like the typed commands.
 */
export const MENU_SUBMIT_KEY = 'menu';
export type MenuChoice = FlowId | 'help' | 'menu';

/**
 * A button in an answer given in the middle of a flow ("Bekijk dit beroep") carries `"toon": true`
 * beside its menu data: inside a flow it shows the entry and the flow asks its open question
 * again; at the menu (an older card) the menu data starts the werkprocessen as before.
 */
export const SHOW_SUBMIT_KEY = 'toon';

/** A card button that stands for typed text at the menu carries `{ "typ": "meer" }`. */
export const TYPED_SUBMIT_KEY = 'typ';

/**
 * What "Werkprocessen verkennen" hands to "Aanmelding voorbereiden": the chosen
 * kwalificaties and werkprocessen (codes as in the knowledge base), with display labels.
 */
export const WerkprocesSelection = z.object({
  kwalificaties: z.array(z.object({ crebo: z.string(), naam: z.string() })),
  /** `opDossier`: a basisdeel werkproces still under its dossier crebo (no kwalificatie chosen yet). */
  werkprocessen: z.array(
    z.object({
      crebo: z.string(),
      code: z.string(),
      titel: z.string(),
      kwalificatie: z.string(),
      opDossier: z.boolean().optional(),
    }),
  ),
});
export type WerkprocesSelection = z.infer<typeof WerkprocesSelection>;
