import type { Storage } from 'botbuilder';
import { createRootDialog } from '../dialogs/createRootDialog';
import { createAdapter } from './adapter';
import type { Config } from './config';
import type { Logger } from './logger';
import { createServer, type RunningServer } from './server';
import { TeamsBot } from './teamsBot';
import { createStateStore } from './stateStore';
import { ConversationStore } from './storage/conversationStore';
import { DEFAULT_POLICY, loadPolicyFile } from '../intake/screening/policy';
import { systemClock, type Clock } from '../intake/dossier/clock';
import { randomDossierId } from '../intake/dossier/dossierId';
import { createIntakeServices, type IntakeServices } from './intake/intakeServices';
import { IntakeChannelHandler } from './intake/intakeChannelHandler';
import { VerwijzerActions } from './intake/verwijzerActions';
import { loadIntakeTeams } from './intake/intakeTeamsConfig';
import { ProactiveSender } from './intake/proactive';
import type { CodeNames } from '../dialogs/intakeTeam/cards';
import { loadCatalogue } from '../knowledge/catalogue';
import { createSearchIndex } from '../knowledge/search/searchIndex';
import { lazySearchIndex } from '../knowledge/search/lazySearchIndex';
import { structuredChatFromConfig } from './llm/llmFromConfig';
import { Metrics } from './metrics';
import { keepEntityProperties } from './wireEntities';
import { RateLimiter } from './rateLimiter';
import type { ScreeningOutcome } from '../dialogs/screening';
import { DEFAULT_CONTACT } from '../dialogs/root/disclosure.nl';
import { warmExampleReader } from '../dialogs/screening/answerExamples';
import { StateGegevensStore } from './storage/gegevensStore';

export interface App {
  server: RunningServer;
  intake: IntakeServices;
  /** Graceful stop: finish in-flight turns, then close connections and clients. */
  stop(): Promise<void>;
}

export interface AppOverrides {
  storage?: Storage;
  /** Time allowed for one proactive send to Teams (default 15 s). */
  proactiveTimeoutMs?: number;
  /** The intake channel's time (how long a channel move may be confirmed); tests move it. */
  channelClock?: Clock;
}

/** How long after listening the search index is built in the background. */
const WARM_SEARCH_AFTER_MS = 1_000;

/** Composition root: picks the implementations from config; everything else receives them. */
export async function startApp(config: Config, log: Logger, overrides: AppOverrides = {}): Promise<App> {
  // Files first: a bad policy must stop start-up before anything connects.
  const policy = config.POLICY_FILE ? loadPolicyFile(config.POLICY_FILE) : DEFAULT_POLICY;
  const teams = await loadIntakeTeams(config, log);
  const catalogue = loadCatalogue({ importedDir: config.knowledgeDir });
  const searchIndex = lazySearchIndex(() => createSearchIndex(catalogue)); // built once: see warmSearch
  const chat = structuredChatFromConfig(config, log);
  const state = await createStateStore(config, log);
  const storage = overrides.storage ?? state.storage;
  const metrics = new Metrics();
  keepEntityProperties(); // the AI label, citations and streaminfo must reach Teams
  const adapter = createAdapter(config, log, metrics);
  const sender = new ProactiveSender(adapter, config.MicrosoftAppId ?? '', overrides.proactiveTimeoutMs);
  const names: CodeNames = {
    kwalificatie: (crebo) => catalogue.kwalificatie(crebo)?.naam,
    werkproces: (crebo, code) => catalogue.werkproces(crebo, code)?.titel,
    isDossier: (crebo) => catalogue.dossiers().some((d) => d.dossierCrebo === crebo),
  };
  const intake = await createIntakeServices({ config, teams, redis: state.redis, sender, log, metrics, names });
  const channelHandler = new IntakeChannelHandler(intake, overrides.channelClock ?? systemClock, log, metrics, names);
  const verwijzerActions = new VerwijzerActions(intake, intake.channel, systemClock, log);
  const root = createRootDialog({
    policy,
    teams,
    store: intake.store,
    clock: systemClock,
    idGen: randomDossierId,
    submit: (dossier, activity) => intake.submit(dossier, activity),
    awaitsChannel: (teamId) => intake.awaitsChannel(teamId),
    resend: (dossierId, teamsId) => intake.resend(dossierId, teamsId),
    workingDays: { skipHolidays: config.REMINDER_SKIP_HOLIDAYS },
    catalogue,
    index: searchIndex,
    chat,
    disclosure: {
      contact: config.REGIONAL_CONTACT ?? DEFAULT_CONTACT,
      languageModel: chat !== undefined,
      retentionDays: config.RETENTION_DAYS,
    },
    gegevens: new StateGegevensStore(storage, systemClock),
    onFlowFinished: (flow, result) => {
      if (flow === 'screening') metrics.screenings.inc({ advies: (result as ScreeningOutcome).advice.advies });
    },
  });
  const bot = new TeamsBot(new ConversationStore(storage), root, log, {
    turnLock: state.turnLock,
    metrics,
    rateLimiter: new RateLimiter(config.RATE_LIMIT_PER_MINUTE),
    allowedTenants: config.ALLOWED_TENANTS,
    beforeDialogs: (context) => channelHandler.handle(context),
    cardAction: async (context, value) =>
      (await verwijzerActions.cardAction(context, value)) ?? channelHandler.cardAction(context, value),
  });
  const health = {
    storage: state.kind,
    llm: config.OPENAI_API_KEY ? ('openai' as const) : ('off' as const),
    check: state.check,
  };
  const host = config.localMode ? '127.0.0.1' : (config.HOST ?? '0.0.0.0');
  if (config.localMode) {
    log.warn(
      { event: 'startup.local_mode', host },
      'local mode: no MicrosoftAppId, authentication off, listening on loopback only',
    );
  }
  if (!config.localMode && !config.ALLOWED_TENANTS) {
    log.warn(
      { event: 'startup.all_tenants' },
      'ALLOWED_TENANTS is empty: users of every Microsoft 365 tenant may use the bot',
    );
  }
  // /metrics and /rapport: open on loopback in local mode; behind METRICS_TOKEN (or off) when authenticated.
  const metricsToken = config.localMode ? undefined : (config.METRICS_TOKEN ?? null);
  const server = await createServer({
    adapter,
    bot,
    log,
    health,
    metrics: { registry: metrics.registry, token: metricsToken },
    // The regional report: the same rule as /metrics.
    rapport: {
      token: metricsToken,
      render: async () => {
        // Loaded on the first request: the chart library (hundreds of modules) is not needed to start.
        const { rapportFromStores } = await import('../intake/report/rapport');
        const report = await rapportFromStores({
          dossiers: intake.store,
          summaries: intake.summaries,
          teams,
          now: systemClock(),
        });
        return report.html;
      },
    },
  })
    .listen(config.PORT, host)
    .catch(async (error: unknown) => {
      await intake.close(); // a busy port: nothing keeps running behind the message
      throw error;
    });
  log.info({ event: 'startup.listening', url: server.url, storage: health.storage, llm: health.llm }, 'bot listening');
  // The index (and the typed answers' examples) are built once the bot answers (not before healthz), so the
  // first question after a restart seldom waits for them; a question within this time builds them itself.
  const warmSearch = setTimeout(() => {
    searchIndex.warm();
    warmExampleReader();
  }, WARM_SEARCH_AFTER_MS);
  warmSearch.unref();
  return {
    server,
    intake,
    async stop() {
      clearTimeout(warmSearch);
      await server.close();
      await intake.close();
      await state.close();
    },
  };
}
