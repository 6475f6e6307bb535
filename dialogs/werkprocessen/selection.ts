import { z } from 'zod';
import type { Catalogue, Kwalificatie, WerkprocesInfo } from '../../knowledge/catalogue';
import { Crebo, WerkprocesCode } from '../../knowledge/model';
import type { WerkprocesSelection } from '../flows';
import { creboMessages } from '../shared/messages.nl';
import { werkprocessenMessages as msg } from './messages.nl';

/**
 * The selection as pure operations. Every id is looked up in the catalogue first: an id that
 * is not there (tampered, stale after a new import) is never added.
 */

/** A selection handed in from the session; parsed because it was read back from storage. */
const IncomingSelection = z.object({
  kwalificaties: z.array(z.object({ crebo: z.string() })).default([]),
  werkprocessen: z.array(z.object({ crebo: z.string(), code: z.string() })).default([]),
});

export function emptySelection(): WerkprocesSelection {
  return { kwalificaties: [], werkprocessen: [] };
}

export const werkprocesId = (wp: { crebo: string; code: string }) => `${wp.crebo}:${wp.code}`;

export function lookupWerkproces(catalogue: Catalogue, id: string): WerkprocesInfo | undefined {
  const [crebo = '', code = '', ...rest] = id.split(':');
  if (rest.length > 0 || !Crebo.safeParse(crebo).success || !WerkprocesCode.safeParse(code).success) return undefined;
  return catalogue.werkproces(crebo, code);
}

export function lookupKwalificatie(catalogue: Catalogue, crebo: string): Kwalificatie | undefined {
  return Crebo.safeParse(crebo).success ? catalogue.kwalificatie(crebo) : undefined;
}

function entryOf(wp: WerkprocesInfo): WerkprocesSelection['werkprocessen'][number] {
  const entry = { crebo: wp.crebo, code: wp.code, titel: wp.titel, kwalificatie: wp.kwalificatie };
  return wp.deel === 'basis' && wp.crebo === wp.dossier.dossierCrebo ? { ...entry, opDossier: true } : entry;
}

/** The same werkproces of a basisdeel can be reached under a profile or its dossier crebo. */
function identity(catalogue: Catalogue, entry: { crebo: string; code: string }): string {
  const wp = catalogue.werkproces(entry.crebo, entry.code);
  return wp ? `${wp.dossier.id}|${wp.code}` : werkprocesId(entry);
}

/** A previous selection, kept only where the catalogue still knows it; labels refreshed. */
export function selectionFrom(raw: unknown, catalogue: Catalogue): WerkprocesSelection {
  const parsed = IncomingSelection.safeParse(raw);
  if (!parsed.success) return emptySelection();
  const kwalificaties = parsed.data.kwalificaties.flatMap((k) => {
    const found = lookupKwalificatie(catalogue, k.crebo);
    return found ? [{ crebo: found.crebo, naam: found.naam }] : [];
  });
  const start: WerkprocesSelection = { kwalificaties, werkprocessen: [] };
  return onKwalificatieCrebos(
    addWerkprocessen(start, parsed.data.werkprocessen.map(werkprocesId), catalogue).selection,
    catalogue,
  ).selection;
}

export interface Added {
  selection: WerkprocesSelection;
  added: WerkprocesInfo[];
  already: WerkprocesInfo[];
  unknown: string[];
}

export function addWerkprocessen(selection: WerkprocesSelection, ids: readonly string[], catalogue: Catalogue): Added {
  const seen = new Set(selection.werkprocessen.map((e) => identity(catalogue, e)));
  const result: Added = { selection, added: [], already: [], unknown: [] };
  for (const id of ids) {
    const wp = lookupWerkproces(catalogue, id);
    if (!wp) {
      result.unknown.push(id);
      continue;
    }
    const key = identity(catalogue, wp);
    if (seen.has(key)) result.already.push(wp);
    else result.added.push(wp);
    seen.add(key);
  }
  result.selection = { ...selection, werkprocessen: [...selection.werkprocessen, ...result.added.map(entryOf)] };
  return result;
}

/**
 * Enrolment is per kwalificatie (crebo), so a selection never names a dossier crebo: a basisdeel
 * werkproces found under its dossier crebo moves to a kwalificatie of that dossier the selection
 * already names, or to the dossier's only kwalificatie. `open` lists those that could not move
 * yet (several kwalificaties, none chosen): the verwijzer is asked to choose one.
 */
export function onKwalificatieCrebos(
  selection: WerkprocesSelection,
  catalogue: Catalogue,
): { selection: WerkprocesSelection; open: string[] } {
  const chosen = new Set([
    ...selection.kwalificaties.map((k) => k.crebo),
    ...selection.werkprocessen.map((w) => w.crebo),
  ]);
  const open: string[] = [];
  const werkprocessen = selection.werkprocessen.map((entry) => {
    const dossier = catalogue.dossiers().find((d) => d.dossierCrebo === entry.crebo);
    if (!dossier) return entry;
    const profielen = dossier.profielen.map((p) => p.crebo);
    const target = profielen.find((crebo) => chosen.has(crebo)) ?? (profielen.length === 1 ? profielen[0] : undefined);
    const moved = target ? catalogue.werkproces(target, entry.code) : undefined;
    if (!moved) open.push(entry.titel);
    return moved ? entryOf(moved) : { ...entry, opDossier: true };
  });
  return { selection: { ...selection, werkprocessen }, open };
}

export function hasKwalificatie(selection: WerkprocesSelection, crebo: string): boolean {
  return selection.kwalificaties.some((k) => k.crebo === crebo);
}

export function addKwalificatie(selection: WerkprocesSelection, k: Kwalificatie): WerkprocesSelection {
  if (hasKwalificatie(selection, k.crebo)) return selection;
  return { ...selection, kwalificaties: [...selection.kwalificaties, { crebo: k.crebo, naam: k.naam }] };
}

export function isSelected(selection: WerkprocesSelection, catalogue: Catalogue, wp: WerkprocesInfo): boolean {
  const key = identity(catalogue, wp);
  return selection.werkprocessen.some((e) => identity(catalogue, e) === key);
}

export function selectionSize(selection: WerkprocesSelection): number {
  return selection.kwalificaties.length + selection.werkprocessen.length;
}

export interface SelectionLine {
  /** `crebo` for a whole kwalificatie, `crebo:code` for a werkproces. */
  id: string;
  label: string;
}

/** The selection as shown and numbered: whole kwalificaties first, then werkprocessen. */
export function selectionLines(selection: WerkprocesSelection): SelectionLine[] {
  return [
    ...selection.kwalificaties.map((k) => ({
      id: k.crebo,
      label: msg.selectie.heleKwalificatie(k.naam, creboMessages.crebo(k.crebo)),
    })),
    ...selection.werkprocessen.map((w) => ({
      id: werkprocesId(w),
      label: msg.selectie.werkproces(w.code, w.titel, w.kwalificatie, creboMessages.crebo(w.crebo, w.opDossier)),
    })),
  ];
}

/** Removes one line by its id; `removed` is its label, or undefined when it was not there. */
export function removeLine(
  selection: WerkprocesSelection,
  id: string,
): { selection: WerkprocesSelection; removed?: string } {
  const line = selectionLines(selection).find((l) => l.id === id);
  if (!line) return { selection };
  return {
    selection: {
      kwalificaties: selection.kwalificaties.filter((k) => k.crebo !== id),
      werkprocessen: selection.werkprocessen.filter((w) => werkprocesId(w) !== id),
    },
    removed: line.label,
  };
}
