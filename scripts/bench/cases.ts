import { readFileSync } from 'node:fs';
import { screeningMessages } from '../../dialogs/screening/messages.nl';
import { Answers } from '../../intake/screening/answers';
import { DEFAULT_POLICY } from '../../intake/screening/policy';
import { screen } from '../../intake/screening/screen';
import { activityBody, type Script, type Step } from './scenario';

/**
 * The screenings the bench replays: the example cases (test/fixtures/screening-cases.json, or
 * `--cases FILE` of the same shape). Which questions a case gets depends on its answers (skip
 * logic), so each case is first walked once against the bot: every turn answers the question
 * the bot asked with the case's value, and the advice at the end must be the expected one.
 * The recorded turns are then replayed under load, each reply checked again.
 */
interface Case {
  id: string;
  input: Record<string, string | number | boolean | null>;
  /** A regional policy of its own; the bench bot runs the default policy. */
  policy?: unknown;
  verwacht: { advies: keyof typeof screeningMessages.result.advies };
}

/** The advice the bench bot must give: the case's own, or the default policy's for a case with its own policy. */
function expectedAdvies(c: Case): Case['verwacht']['advies'] {
  return c.policy === undefined ? c.verwacht.advies : screen(Answers.parse(c.input), DEFAULT_POLICY).advies;
}

const MAX_TURNS = 40;

export function loadCases(file: string): Case[] {
  const cases = JSON.parse(readFileSync(file, 'utf8')) as Case[];
  if (!Array.isArray(cases) || cases.length === 0) throw new Error(`${file}: expected a JSON array of cases`);
  return cases;
}

/** The input id of the question a reply asks (a card input named after a field), if any. */
function askedField(body: string, fields: readonly string[]): string | undefined {
  return fields.find((field) => body.includes(`"id":"${field}"`));
}

/** What the advice card says for an advies (a unique start of its heading line). */
function adviceText(advies: Case['verwacht']['advies']): string {
  return advies === 'niet-toelaatbaar' ? 'Past nu niet' : screeningMessages.result.advies[advies];
}

export async function recordScript(url: string, c: Case): Promise<Script> {
  const fields = Object.keys(c.input);
  const conversation = `bench-record-${c.id}-${Date.now()}`;
  const post = async (send: Step['send']) => {
    const res = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: activityBody(conversation, { send }),
    });
    if (res.status !== 200) throw new Error(`case ${c.id}: HTTP ${res.status}`);
    return res.text();
  };
  const steps: Step[] = [];
  let send: Step['send'] = { text: 'screenen' };
  for (let turn = 0; turn < MAX_TURNS; turn++) {
    const body = await post(send);
    if (body.includes(screeningMessages.earlyStop.question)) {
      // "past nu niet" is certain early: a verwijzer may still answer everything, as the replay does
      steps.push({ send, expect: screeningMessages.earlyStop.question });
      send = { value: { vervolg: 'doorgaan' } };
      continue;
    }
    const field = askedField(body, fields);
    if (field) {
      steps.push({ send, expect: `"id":"${field}"` });
      const value = c.input[field];
      if (value === null || value === undefined) throw new Error(`case ${c.id}: asked ${field}, which it leaves open`);
      send = { value: { [field]: String(value) } };
      continue;
    }
    if (body.includes(screeningMessages.summary.title)) {
      steps.push({ send, expect: screeningMessages.summary.title });
      send = { value: { actie: 'bevestig' } };
      continue;
    }
    const advice = adviceText(expectedAdvies(c));
    if (!body.includes(advice)) {
      throw new Error(`case ${c.id}: expected the advice "${advice}", got ${body.replace(/\s+/g, ' ').slice(0, 300)}`);
    }
    steps.push({ send, expect: advice });
    return { caseId: c.id, steps };
  }
  throw new Error(`case ${c.id}: no advice after ${MAX_TURNS} turns`);
}
