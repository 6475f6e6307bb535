import { describe, expect, it } from 'vitest';
import { dossierCard } from '../../dialogs/intakeTeam/cards';
import { listCard } from '../../dialogs/mijnAanmeldingen/cards';
import { understoodCard } from '../../dialogs/prefill/understood';
import { reviewCard, sentCard } from '../../dialogs/aanmelding/reviewCard';
import type { DossierStatus } from '../../intake/dossier/lifecycle';
import { cardsOf } from '../support/activities';
import { HttpConversation } from '../support/conversation';
import { answerScreeningByCards } from '../support/screeningOverHttp';
import { fillAanmeldingCards } from '../support/aanmeldingOverHttp';
import { withTestApp, type TestApp } from '../support/testApp';
import { loadScreeningCases } from '../fixtures/screeningCases';
import { sampleDossier } from '../intake-delivery/helpers';

/**
 * Every card the verwijzer and the intake team can get, read as the Playground and Teams draw
 * them (issue 14): no coloured text (Teams' "warning" yellow on white is about 1.6:1, "good"
 * green 2.1:1; a container style keeps the host's own readable text colour), and no button
 * title so long that it runs past the card's edge.
 */
const MAX_TITLE = 30;
const COLOURED = /^(warning|attention|good|accent)$/i;

type Node = { type?: string; color?: string; title?: string; text?: string; [k: string]: unknown };

function walk(node: unknown, visit: (n: Node) => void): void {
  if (Array.isArray(node)) return node.forEach((n) => walk(n, visit));
  if (typeof node !== 'object' || node === null) return;
  visit(node as Node);
  Object.values(node).forEach((child) => walk(child, visit));
}

/** What a card shows in a colour the host cannot keep readable, and which buttons are too long. */
function problemsOf(card: unknown): string[] {
  const problems: string[] = [];
  walk(card, (n) => {
    if ((n.type === 'TextBlock' || n.type === 'TextRun') && typeof n.color === 'string' && COLOURED.test(n.color)) {
      problems.push(`coloured text (${n.color}): ${n.text}`);
    }
    if (n.type?.startsWith('Action.') && typeof n.title === 'string' && n.title.length > MAX_TITLE) {
      problems.push(`button title of ${n.title.length} characters: ${n.title}`);
    }
  });
  return problems;
}

const TEAM = {
  INTAKE_TEAM_ID: 'west',
  INTAKE_TEAM_NAAM: 'Intaketeam West',
  INTAKE_TEAMS_TENANT_ID: '72f988bf-0000-0000-0000-000000000000',
  INTAKE_TEAMS_TEAM_ID: '19:abc@thread.tacv2',
};

describe('cards read well in light and dark themes and fit the card', () => {
  let app: TestApp;
  withTestApp((started) => (app = started), TEAM);
  const seen: unknown[] = [];

  /** One conversation turn; every card it brings is kept for the check. */
  function recording(chat: HttpConversation) {
    const keep = (replies: Awaited<ReturnType<HttpConversation['say']>>) => {
      seen.push(...cardsOf(replies));
      return replies;
    };
    return {
      say: async (text: string) => keep(await chat.say(text)),
      submit: async (value: Record<string, unknown>) => keep(await chat.submit(value)),
    };
  }

  it('the werkprocessen suggestions, the screening, the aanmelding and Mijn aanmeldingen', async () => {
    const chat = recording(new HttpConversation(app));
    await chat.say('help');
    for (const words of ['magazijn', 'dieren', 'koken', 'verkoop', 'zorg', 'fietsenmaker']) {
      await chat.say('werkprocessen');
      const found = await chat.say(words);
      // open the first explanation and the first kwalificatie the card offers
      for (const actie of ['werkproces', 'kwalificatie']) {
        let data: Record<string, unknown> | undefined;
        walk(cardsOf(found), (n) => {
          const d = n.data as Record<string, unknown> | undefined;
          if (!data && n.type === 'Action.Submit' && d?.actie === actie) data = d;
        });
        if (data) await chat.submit(data);
      }
    }
    await chat.say('stop');

    const screening = loadScreeningCases().find((c) => c.id === 'v01')!;
    await answerScreeningByCards(await chat.say('screenen'), screening.input, () => chat);
    await chat.say('klopt');
    const first = await chat.submit({ menu: 'aanmelding' });
    const review = await fillAanmeldingCards(chat, first);
    seen.push(...cardsOf(review));
    await chat.submit({ actie: 'versturen' });
    await chat.say('mijn aanmeldingen');

    expect(seen.length).toBeGreaterThan(20);
    expect(seen.flatMap(problemsOf)).toEqual([]);
  });

  it('the cards built for other moments: every status, warnings, the intake team’s card, the model’s prefill', () => {
    const statuses: DossierStatus[] = ['verzonden', 'info-nodig', 'adviesgesprek-gepland', 'gestart', 'mislukt'];
    const dossiers = statuses.map((status) =>
      sampleDossier({ statusHistory: [{ status, op: '2026-03-02T09:01:00.000Z' }] }),
    );
    const teams = [{ id: 'team-west', naam: 'Intaketeam West', kanaal: 'teams' as const }];
    const cards = [
      listCard({ dossiers, teams, now: new Date('2026-03-04T09:00:00Z'), awaitingChannel: new Set(['team-west']) }),
      ...dossiers.map((d) => dossierCard(d, 'Intaketeam West')),
      understoodCard({ answers: { kandidaatNaam: 'Sam de Vries' }, source: 'llm' } as Parameters<
        typeof understoodCard
      >[0]),
      sentCard('PV-2026-0001', 'Intaketeam West', 'wacht-op-intaketeam'),
      reviewCard(
        {
          draft: { toestemming: { gegeven: false }, intakeTeam: 'team-west', wensen: { kwalificaties: ['99999'] } },
          labels: { kwalificaties: {}, werkprocessen: {} },
          targets: [],
        },
        [{ ...teams[0]!, aanbod: ['12345'] } as never],
      ),
    ];
    expect(cards.flatMap(problemsOf)).toEqual([]);
  });
});
