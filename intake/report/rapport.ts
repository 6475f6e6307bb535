import type { DossierStore } from '../delivery/ports';
import type { IntakeTeam } from '../delivery/intakeTeams';
import { buildReport, type ReportModel } from './aggregate';
import { collectSummaries } from './collect';
import { renderCsv } from './csv';
import { renderHtml } from './html';
import { regioLookup } from './regio';
import type { DossierSummary } from './summary';
import type { SummaryStore } from './summaryStore';

export interface Rapport {
  model: ReportModel;
  /** The page (index.html). */
  html: string;
  /** File name → CSV text. */
  csv: Map<string, string>;
}

// Its own module so that the bot's start-up (intake services) does not load the report and its chart library.

/** The report from summaries (pure apart from the chart library). */
export function rapportFrom(summaries: readonly DossierSummary[], teams: readonly IntakeTeam[], now: Date): Rapport {
  const model = buildReport(summaries, new Map(teams.map((team) => [team.id, team.naam])));
  return { model, html: renderHtml(model, now), csv: renderCsv(model) };
}

/** The report over what the stores hold: dossiers that still exist and summaries of deleted ones. */
export async function rapportFromStores(deps: {
  dossiers: DossierStore;
  summaries: SummaryStore;
  teams: readonly IntakeTeam[];
  now: Date;
}): Promise<Rapport> {
  const summaries = await collectSummaries(deps.dossiers, deps.summaries, regioLookup(deps.teams));
  return rapportFrom(summaries, deps.teams, deps.now);
}
