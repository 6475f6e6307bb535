import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { intakeTeamMessages as msg } from '../../dialogs/intakeTeam/messages.nl';
import { sampleDossier } from '../intake-delivery/helpers';
import { visibleText } from '../support/activities';
import { activityFrom, recordConnector, teamsFile, WEST_CHANNEL, type Sent } from '../support/intakeChannelFixture';
import { startTestApp, type TestApp } from '../support/testApp';
import { SHARED_REDIS_URL } from '../storage/redisServer';

const MODES: [string, Record<string, string>][] = [
  ['file mode', {}],
  ['redis mode', { REDIS_URL: SHARED_REDIS_URL, REDIS_PREFIX: `t-wake-${Date.now()}` }],
];

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterAll(() => nock.enableNetConnect());

describe.each(MODES)('a dossier waiting for its Teams channel: %s', (_mode, env) => {
  let app: TestApp;
  const sent: Sent[] = [];

  beforeAll(async () => {
    recordConnector(sent);
    app = await startTestApp({ INTAKE_TEAMS_FILE: teamsFile(), ...env });
  });
  afterEach(() => void sent.splice(0));
  afterAll(async () => {
    await app.stop();
    nock.cleanAll();
  });

  it('goes out as soon as "koppel intake west" links the channel, not after the next waiting poll (15 s)', async () => {
    const dossier = sampleDossier({
      intakeTeam: 'west',
      statusHistory: [{ status: 'concept', op: '2026-03-02T09:00:00.000Z' }],
    });
    const verwijzer = activityFrom('personal', { from: { id: dossier.verwijzer.teamsId, name: 'Fleur' } });
    await app.intake.submit(dossier, verwijzer);
    await expect
      .poll(() => app.logs.lines.some((line) => line.includes('delivery.waiting') && line.includes(dossier.id)))
      .toBe(true);
    expect(await app.intake.awaitsChannel('west')).toBe(true);

    const linkedAt = Date.now();
    const reply = await app.post(activityFrom('west', { text: 'koppel intake west' }));
    expect(JSON.stringify(reply.json)).toContain(msg.registration.done('Intaketeam ROC West'));
    await expect
      .poll(() => sent.some((s) => s.conversation === WEST_CHANNEL && visibleText(s.activity).includes(dossier.id)), {
        timeout: 3_000,
        interval: 50,
      })
      .toBe(true);
    const seconds = (Date.now() - linkedAt) / 1000;
    expect(seconds).toBeLessThan(3);
    await expect
      .poll(async () => (await app.intake.store.get(dossier.id))?.statusHistory.at(-1)?.status)
      .toBe('afgeleverd');
  });
});
