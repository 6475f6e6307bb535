import { z } from 'zod';
import { ScreeningSummary, Verwijzer, WerkprocesKeuze } from '../../intake/dossier/dossier';
import { DossierId } from '../../intake/dossier/dossierId';
import { DossierDraft, draftValue, type DraftField } from '../../intake/dossier/draft';
import { setDraftValue, withScreening } from '../../intake/dossier/draftInput';
import { Crebo } from '../../intake/dossier/fields';
import type { IntakeTeam } from '../../intake/delivery/intakeTeams';
import type { WerkprocesSelection } from '../flows';
import type { Activity } from '../sdk';
import { FIELD_ORDER, type FieldId } from './questions';
import { verwijzerIdOf, verwijzerNaamOf } from './verwijzer';
import { VerwijzerGegevens, withGegevens } from './rememberedVerwijzer';
import { ClientDetails, ScreeningOutcome } from '../screening/screeningState';
import { Answers } from '../../intake/screening/answers';

/** Begin options, built by the root from the session (earlier flow results). */
export interface AanmeldingOptions {
  screening?: ScreeningOutcome;
  selection?: WerkprocesSelection;
  /** A concept kept from an earlier round: the dialog resumes from it. */
  draft?: DossierDraft;
  /** The dossier number reserved for this aanmelding (kept with a concept): sending reuses it, never twice. */
  pendingDossierId?: string;
  /** The verwijzer's own details from an earlier aanmelding (loaded by the dialog, checked with zod). */
  remembered?: VerwijzerGegevens;
  /** The concept was kept after "vergeet mijn gegevens": sending still asks before remembering them. */
  vergeten?: true;
  /** The answers of the screening that was stopped halfway in the kept concept. */
  screeningBezig?: Partial<Answers>;
}

/** One aanmelding as the session keeps it: the draft always; the dossier id once it is sent. */
export const KeptAanmelding = z.object({
  draft: DossierDraft,
  dossierId: DossierId.optional(),
  pendingDossierId: DossierId.optional(),
  /** "vergeet mijn gegevens" was typed in this aanmelding: kept with the concept. */
  vergeten: z.literal(true).optional(),
  /** "stop" during the screening that runs first: its answers so far, to go on with. */
  screeningBezig: Answers.partial().optional(),
});
export type KeptAanmelding = z.infer<typeof KeptAanmelding>;

/**
 * What the dialog ends with; `opzij`: another client's concept, set aside for this new aanmelding;
 * `screening`: a screening done inside it, the conversation's last screening from now on.
 */
export const AanmeldingOutcome = KeptAanmelding.extend({
  opzij: KeptAanmelding.optional(),
  screening: ScreeningOutcome.optional(),
});
export type AanmeldingOutcome = z.infer<typeof AanmeldingOutcome>;

/** Display names of the selected kwalificaties (by crebo) and werkprocessen (by "crebo:code"). */
export const SelectionLabels = z.object({
  kwalificaties: z.record(z.string(), z.string()),
  werkprocessen: z.record(z.string(), z.string()),
  /** "crebo:code" of basisdeel werkprocessen still under their kwalificatiedossier's number. */
  opDossier: z.array(z.string()).optional(),
});
export type SelectionLabels = z.infer<typeof SelectionLabels>;

/** Everything the aanmelding carries between turns, in one place; parsed on every turn. */
export const FlowState = z.object({
  draft: DossierDraft,
  labels: SelectionLabels,
  /** The verwijzer typed at a card with several inputs: from then on one input per card. */
  oneByOne: z.boolean(),
  /** Fields being changed from the review card. */
  focus: z.array(z.enum(FIELD_ORDER as [FieldId, ...FieldId[]])).optional(),
  /** Reserved dossier number (from the first review on): a retried send reuses it. */
  pendingId: DossierId.optional(),
  /** What the first typed message gave for the kandidaat card, to confirm before any of it is used. */
  prefill: ClientDetails.optional(),
  /** "Aanpassen" on that confirmation: the kandidaat card shows these values to correct. */
  proposed: z.record(z.string(), z.string().max(300)).optional(),
  /** The werkprocessen choice runs (opened from the review card); its result replaces the selection. */
  choosing: z.literal('werkprocessen').optional(),
  /** The verwijzer's details as remembered when this round began: sending tells only when they changed. */
  onthouden: VerwijzerGegevens.optional(),
  /** The details came from memory: say so once ("Ik gebruik jouw gegevens …") when the own questions start. */
  gegevensMelden: z.literal(true).optional(),
  /**
   * "vergeet mijn gegevens" was typed during this round: sending does not remember them again
   * unless the verwijzer ticks "onthoud" on the review card.
   */
  vergeten: z.literal(true).optional(),
  /**
   * A saved concept met a new screening: the verwijzer chooses first. The state holds the concept
   * as it would resume; `nieuw` is the draft of a new aanmelding with this screening.
   */
  keuze: z.object({ nieuw: DossierDraft }).optional(),
  /** Answers of a screening stopped halfway in an earlier round: the screening goes on from them. */
  screeningBezig: Answers.partial().optional(),
  /** The concept set aside for this new aanmelding: handed back to the root, never deleted. */
  opzij: KeptAanmelding.optional(),
  /**
   * A screening done inside this round (the first one, or "wijzig screening"): handed back to the
   * root as the last screening, so the next round knows the concept is still this client's.
   */
  gescreend: ScreeningOutcome.optional(),
});
export type FlowState = z.infer<typeof FlowState>;

/** Fields the screening answers; without them the screening runs first. */
const FROM_SCREENING: readonly DraftField[] = [
  'screening',
  'leerbedrijfErkend',
  'urenPerWeek',
  'begeleiding',
  'inkomen',
];

export function needsScreening(draft: DossierDraft): boolean {
  return FROM_SCREENING.some((field) => draftValue(draft, field) == null);
}

/**
 * The start of a round: a resumed draft keeps what it has; the session's screening and
 * selection only fill gaps. The verwijzer is whoever is talking now.
 */
export function initialState(
  options: AanmeldingOptions,
  from: Activity['from'] | undefined,
  teams: readonly IntakeTeam[],
): { state: FlowState; resumed: boolean } {
  const resumed = DossierDraft.safeParse(options.draft ?? {});
  let draft: DossierDraft = resumed.success ? resumed.data : {};
  draft = withVerwijzer(draft, from);
  if (draft.screening == null && options.screening) draft = withNewScreening(draft, options.screening) ?? draft;
  if (options.selection) draft = withSelection(draft, options.selection);
  draft = withTeam(draft, teams);
  const pendingId = DossierId.safeParse(options.pendingDossierId);
  const state: FlowState = { draft, labels: labelsOf(options.selection), oneByOne: false };
  if (pendingId.success) state.pendingId = pendingId.data;
  const remembered = VerwijzerGegevens.safeParse(options.remembered).data;
  const filled = remembered && withGegevens(state.draft, remembered);
  if (remembered) state.onthouden = remembered;
  if (filled) Object.assign(state, { draft: filled, gegevensMelden: true });
  if (options.vergeten === true) state.vergeten = true;
  const bezig = Answers.partial().safeParse(options.screeningBezig);
  if (needsScreening(draft) && bezig.success && Object.keys(bezig.data).length > 0) state.screeningBezig = bezig.data;
  return { state, resumed: resumed.success && Object.keys(resumed.data).length > 0 };
}

/** The screening as the dossier keeps it, or undefined when the outcome does not fit the schema. */
export function screeningSummaryOf(outcome: ScreeningOutcome): ScreeningSummary | undefined {
  const parsed = ScreeningSummary.safeParse({
    answers: outcome.answers,
    advies: outcome.advice?.advies,
    redenen: outcome.advice?.redenen.map((r) => r.code),
    acties: outcome.advice?.acties.map((a) => a.code),
  });
  return parsed.success ? parsed.data : undefined;
}

/** Replaces the screening and what it answered (a leerbedrijf that is now "geen" loses its name and place). */
export function withNewScreening(draft: DossierDraft, outcome: ScreeningOutcome): DossierDraft | undefined {
  const summary = screeningSummaryOf(outcome);
  if (!summary) return undefined;
  let next = draft;
  for (const field of FROM_SCREENING) next = setDraftValue(next, field, undefined);
  next = withScreening(next, summary);
  if (summary.answers.leerbedrijf === 'geen') {
    for (const field of ['leerbedrijfNaam', 'leerbedrijfPlaats', 'praktijkopleider'] as const) {
      next = setDraftValue(next, field, undefined);
    }
  }
  return next;
}

function withVerwijzer(draft: DossierDraft, from: Activity['from'] | undefined): DossierDraft {
  const teamsId = verwijzerIdOf(from);
  if (!teamsId) return draft;
  // Someone else's concept: their organisation and phone number are not this verwijzer's.
  let next = draft.verwijzer?.teamsId && draft.verwijzer.teamsId !== teamsId ? { ...draft, verwijzer: {} } : draft;
  next = setDraftValue(next, 'verwijzerTeamsId', teamsId);
  const naam = Verwijzer.shape.naam.safeParse(verwijzerNaamOf(from)); // else the card asks for it
  return naam.success ? setDraftValue(next, 'verwijzerNaam', naam.data) : next;
}

/** The session's selection fills an empty choice; a choice made from the review card (`replace`) replaces it. */
function withSelection(draft: DossierDraft, selection: WerkprocesSelection, replace = false): DossierDraft {
  if (!replace && (draft.wensen?.kwalificaties?.length || draft.wensen?.werkprocessen?.length)) return draft;
  const werkprocessen = (selection.werkprocessen ?? [])
    .map((w) => ({ crebo: w.crebo, code: w.code }))
    .filter((w) => WerkprocesKeuze.safeParse(w).success);
  // Enrolment is per kwalificatie: a werkproces still under its dossier crebo names no kwalificatie.
  const kwalificatieOf = (selection.werkprocessen ?? []).filter((w) => !w.opDossier).map((w) => w.crebo);
  const crebos = [...(selection.kwalificaties ?? []).map((k) => k.crebo), ...kwalificatieOf];
  const kwalificaties = [...new Set(crebos)].filter((crebo) => Crebo.safeParse(crebo).success);
  return setDraftValue(setDraftValue(draft, 'kwalificaties', kwalificaties), 'werkprocessen', werkprocessen);
}

/** One team: no question. A team that is no longer configured is asked again. */
function withTeam(draft: DossierDraft, teams: readonly IntakeTeam[]): DossierDraft {
  if (teams.length === 1) return setDraftValue(draft, 'intakeTeam', teams[0]!.id);
  const known = teams.some((team) => team.id === draft.intakeTeam);
  return known ? draft : setDraftValue(draft, 'intakeTeam', undefined);
}

/** A new choice from the werkprocessen flow: it replaces the old one, labels included. */
export function withChosenSelection(state: FlowState, selection: WerkprocesSelection): FlowState {
  const labels = labelsOf(selection);
  const { choosing: _, ...rest } = state;
  return { ...rest, draft: withSelection(state.draft, selection, true), labels };
}

/** The draft's choice as the werkprocessen flow takes it over (names from the labels). */
export function selectionOf({ draft, labels }: FlowState): WerkprocesSelection {
  const kwalificatie = (crebo: string) => labels.kwalificaties[crebo] ?? '';
  return {
    kwalificaties: (draft.wensen?.kwalificaties ?? []).map((crebo) => ({ crebo, naam: kwalificatie(crebo) })),
    werkprocessen: (draft.wensen?.werkprocessen ?? []).map(({ crebo, code }) => ({
      crebo,
      code,
      titel: labels.werkprocessen[`${crebo}:${code}`] ?? code,
      kwalificatie: kwalificatie(crebo),
    })),
  };
}

function labelsOf(selection: WerkprocesSelection | undefined): SelectionLabels {
  const labels: SelectionLabels = { kwalificaties: {}, werkprocessen: {} };
  for (const k of selection?.kwalificaties ?? []) labels.kwalificaties[k.crebo] = k.naam;
  for (const w of selection?.werkprocessen ?? []) {
    labels.werkprocessen[`${w.crebo}:${w.code}`] = w.titel;
    if (w.opDossier) labels.opDossier = [...(labels.opDossier ?? []), `${w.crebo}:${w.code}`];
    labels.kwalificaties[w.crebo] ??= w.kwalificatie; // a kwalificatie reached through its werkproces
  }
  return labels;
}
