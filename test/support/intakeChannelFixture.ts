import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import nock from 'nock';
import { expect } from 'vitest';
import { messageActivity } from './activities';
import type { AppOverrides } from '../../bot/app';
import { withTestApp, type TestApp } from './testApp';

/**
 * The intake-teams set-up of the channel tests: team `west` bound to its Teams team and tenant,
 * a webhook team `oost`, every place an activity may come from, and a fake Bot Connector that
 * records what the bot posts.
 */
export const CONNECTOR = 'https://smba.example.test';
export const SERVICE_URL = `${CONNECTOR}/teams/`;
export const TENANT = '72f988bf-0000-0000-0000-000000000000';
export const WEST_TEAM = '19:west-team@thread.tacv2';
export const WEST_CHANNEL = '19:west-general@thread.tacv2';
/** Another channel of west's Teams team. */
export const WEST_OTHER_CHANNEL = '19:west-other@thread.tacv2';
export const VERWIJZER_CONV = 'a:personal-verwijzer';

/** Where an activity may come from: the bound team's channel, and everywhere an attacker may be. */
export const PLACES = {
  west: {
    conversation: { id: `${WEST_CHANNEL};messageid=123`, conversationType: 'channel', isGroup: true },
    team: WEST_TEAM,
    tenant: TENANT,
  },
  westOtherChannel: {
    conversation: { id: WEST_OTHER_CHANNEL, conversationType: 'channel', isGroup: true },
    team: WEST_TEAM,
    tenant: TENANT,
  },
  westThirdChannel: {
    conversation: { id: '19:west-third@thread.tacv2', conversationType: 'channel', isGroup: true },
    team: WEST_TEAM,
    tenant: TENANT,
  },
  /** Forged: the id of west's other channel, but said to be in another tenant. */
  westOtherChannelForeignTenant: {
    conversation: { id: WEST_OTHER_CHANNEL, conversationType: 'channel', isGroup: true },
    team: WEST_TEAM,
    tenant: 'ffffffff-0000-0000-0000-000000000000',
  },
  /** Forged: the id of west's other channel, but said to be in another team. */
  westOtherChannelForeignTeam: {
    conversation: { id: WEST_OTHER_CHANNEL, conversationType: 'channel', isGroup: true },
    team: '19:foreign-team@thread.tacv2',
    tenant: TENANT,
  },
  foreignTeam: {
    conversation: { id: '19:foreign-general@thread.tacv2', conversationType: 'channel', isGroup: true },
    team: '19:foreign-team@thread.tacv2',
    tenant: TENANT,
  },
  foreignTenant: {
    conversation: { id: `${WEST_CHANNEL};messageid=9`, conversationType: 'channel', isGroup: true },
    team: WEST_TEAM,
    tenant: 'ffffffff-0000-0000-0000-000000000000',
  },
  groupChat: {
    conversation: { id: '19:group-chat@thread.v2', conversationType: 'groupChat', isGroup: true },
    team: undefined,
    tenant: TENANT,
  },
  personal: { conversation: { id: VERWIJZER_CONV, conversationType: 'personal' }, team: undefined, tenant: TENANT },
  otherPersonal: {
    conversation: { id: 'a:personal-someone-else', conversationType: 'personal' },
    team: undefined,
    tenant: TENANT,
  },
  /** Forged mixed signals: says personal, but also says it is a group. */
  personalGroup: {
    conversation: { id: VERWIJZER_CONV, conversationType: 'personal', isGroup: true },
    team: undefined,
    tenant: TENANT,
  },
  noType: { conversation: { id: `${WEST_CHANNEL};messageid=7` }, team: WEST_TEAM, tenant: TENANT },
} as const;
export type Place = keyof typeof PLACES;
export const ELSEWHERE: Place[] = ['personal', 'groupChat', 'foreignTeam', 'westOtherChannel'];

export interface Sent {
  conversation: string;
  activity: Partial<Activity>;
  method: string;
  /** PUT: the activity (card) that was updated. */
  activityId?: string;
}

/**
 * The intake-teams file: `west` bound to WEST_TEAM in TENANT (with its contact when `westContact`),
 * `oost` a webhook team (at `oostUrl`).
 */
export function teamsFile(
  oostUrl = 'https://oost.example.test/hook',
  dir = mkdtempSync(join(tmpdir(), 'intake-teams-')),
  westContact = false,
) {
  const path = join(dir, 'teams.yaml');
  writeFileSync(
    path,
    [
      '- id: west',
      '  naam: Intaketeam ROC West',
      '  kanaal: teams',
      '  teams:',
      `    tenantId: ${TENANT}`,
      `    teamId: "${WEST_TEAM}"`,
      ...(westContact
        ? [
            '  contact:',
            '    naam: Loket praktijkleren',
            '    telefoon: 010-7654321',
            '    email: intake_west@roc.example.nl',
          ]
        : []),
      '- id: oost',
      '  naam: Intaketeam Oost',
      '  webhook:',
      `    url: ${oostUrl}`,
      '    secret: whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw7yBqLyTkFXU=',
    ].join('\n'),
  );
  return path;
}

/** Answers the bot's posts and updates (the connector of SERVICE_URL) and records them in `sent`. */
export function recordConnector(sent: Sent[]): void {
  nock(CONNECTOR)
    .persist()
    .post(/\/teams\/v3\/conversations\/[^/]+\/activities(\/[^/]+)?$/)
    .reply(200, function (uri, body) {
      const conversation = decodeURIComponent(uri.split('/conversations/')[1]!.split('/')[0]!);
      sent.push({ conversation, activity: body as Partial<Activity>, method: 'POST' });
      return { id: `msg-${sent.length}` };
    })
    .put(/\/teams\/v3\/conversations\/[^/]+\/activities\/[^/]+$/)
    .reply(200, function (uri, body) {
      const [conversation, , activityId] = uri.split('/conversations/')[1]!.split('/');
      sent.push({
        conversation: decodeURIComponent(conversation!),
        activity: body as Partial<Activity>,
        method: 'PUT',
        activityId: decodeURIComponent(activityId!),
      });
      return { id: 'updated' };
    });
}

/** An activity as Teams sends it from `place`. */
export function activityFrom(place: Place, fields: Partial<Activity>): Record<string, unknown> {
  const { conversation, team, tenant } = PLACES[place];
  return messageActivity(conversation.id, {
    channelId: 'msteams',
    serviceUrl: SERVICE_URL,
    from: { id: '29:iemand', name: 'Ilse Intake' },
    conversation: conversation as never,
    channelData: { tenant: { id: tenant }, ...(team ? { team: { id: team } } : {}) },
    ...fields,
  });
}

/** A Universal Action (Action.Execute) from `place` as Teams sends it: an `adaptiveCard/action` invoke. */
export function executeFrom(
  place: Place,
  verb: string,
  data: Record<string, unknown>,
  fields: Partial<Activity> = {},
): Record<string, unknown> {
  return activityFrom(place, {
    type: 'invoke',
    name: 'adaptiveCard/action',
    deliveryMode: 'normal',
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
    ...fields,
  });
}

/** A message turn from `place` to the test app; the replies come back in the response (expectReplies). */
export async function sayFrom(app: TestApp, place: Place, fields: Partial<Activity>): Promise<Partial<Activity>[]> {
  const res = await app.post(activityFrom(place, fields));
  expect(res.status).toBe(200);
  return (res.json as { activities: Partial<Activity>[] }).activities;
}

/** An Action.Execute from `place` to the test app: the invoke response body. */
export async function executeOn(
  app: TestApp,
  place: Place,
  verb: string,
  data: Record<string, unknown>,
  fields: Partial<Activity> = {},
) {
  const res = await app.post(executeFrom(place, verb, data, fields));
  expect(res.status).toBe(200);
  return res.json as { statusCode: number; type: string; value: unknown };
}

/**
 * The channel tests' set-up for a describe block: the app with `west` and `oost` (`teamsFile`,
 * west's contact when `westContact`), the connector recorded in `sent`, and `say` from a place.
 * `use` gets the app once it runs (beforeAll).
 */
export function withChannelApp(
  use: (app: TestApp) => void,
  options: { westContact?: boolean; overrides?: AppOverrides } = {},
): { sent: Sent[]; say: (place: Place, fields: Partial<Activity>) => Promise<Partial<Activity>[]> } {
  const sent: Sent[] = [];
  let started: TestApp | undefined;
  withTestApp(
    (app) => {
      recordConnector(sent);
      started = app;
      use(app);
    },
    { INTAKE_TEAMS_FILE: teamsFile(undefined, undefined, options.westContact) },
    options.overrides,
  );
  const say = (place: Place, fields: Partial<Activity>) => {
    if (!started) throw new Error('the app starts in beforeAll');
    return sayFrom(started, place, fields);
  };
  return { sent, say };
}
