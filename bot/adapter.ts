import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  StatusCodes,
  type Activity,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import {
  AuthenticationConstants,
  AuthenticationError,
  ConnectorFactory,
  type AuthenticateRequestResult,
  type ClaimsIdentity,
  type ConnectorClient,
  type UserTokenClient,
} from 'botframework-connector';
import type { Config } from './config';
import type { Logger } from './logger';
import { hashId } from './logger';
import { isStorageUnavailable } from './storage/storageErrors';
import { turnErrorMessages } from './messages.nl';
import type { Metrics } from './metrics';
import { sourceStack } from './sourceStack';

/**
 * CloudAdapter with Bot Framework authentication. Without MicrosoftAppId the
 * authentication is disabled by botbuilder itself (local mode: loopback only, see server).
 */
export function createAdapter(config: Config, log: Logger, metrics?: Pick<Metrics, 'turnErrors'>): BotAdapter {
  const auth = new StrictBotFrameworkAuthentication({
    MicrosoftAppId: config.MicrosoftAppId ?? '',
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
    MicrosoftAppType: config.MicrosoftAppType,
  });
  const adapter = new BotAdapter(auth);
  adapter.onTurnError = async (context, error) => {
    metrics?.turnErrors.inc({ kind: isStorageUnavailable(error) ? 'storage_unavailable' : 'unexpected' });
    await onTurnError(context, error, log);
  };
  return adapter;
}

/**
 * CloudAdapter that takes an activity the server has already read and validated. Its own
 * `process` would answer failures with the raw error message (internal details) and log them
 * with console.error; the server maps failures to bare status codes instead.
 */
export class BotAdapter extends CloudAdapter {
  processParsed(
    authHeader: string,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}

/** Enough for every Bot Framework service URL a deployment talks to; a full cache forgets its oldest. */
const MAX_CACHED_CLIENTS = 64;

/** A small map of promises that forgets a rejected one (the next turn tries again). */
class ClientCache<T> {
  private readonly entries = new Map<string, Promise<T>>();

  get(key: string, create: () => Promise<T>): Promise<T> {
    const cached = this.entries.get(key);
    if (cached) return cached;
    if (this.entries.size >= MAX_CACHED_CLIENTS) this.entries.delete(this.entries.keys().next().value!);
    const created = create();
    this.entries.set(key, created);
    created.catch(() => this.entries.delete(key));
    return created;
  }
}

/**
 * The connector factory of an incoming turn, with its clients kept per app id, service URL
 * and audience. CloudAdapter otherwise builds credentials and a ConnectorClient (with its
 * HTTP pipeline) for every turn, even an expectReplies turn that never uses them; the
 * credentials cache their token themselves, so one client per service URL serves every turn
 * (as the older BotFrameworkAdapter did). Proactive sends do not come through here: they get
 * a fresh client of their own (bot/intake/proactive.ts changes its retry policy).
 */
class CachingConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly inner: ConnectorFactory,
    private readonly clients: ClientCache<ConnectorClient>,
    private readonly appId: string,
  ) {
    super();
  }

  override create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return this.clients.get(`${this.appId}\n${serviceUrl}\n${audience ?? ''}`, () =>
      this.inner.create(serviceUrl, audience),
    );
  }
}

/** The app id a turn's clients act for, as botbuilder's own factory takes it from the claims. */
function appIdOf(claims: ClaimsIdentity): string {
  return (
    claims.getClaimValue(AuthenticationConstants.AudienceClaim) ??
    claims.getClaimValue(AuthenticationConstants.AppIdClaim) ??
    ''
  );
}

/**
 * botbuilder turns a token with a forged signature into a plain JsonWebTokenError, which
 * CloudAdapter answers with 500. Any failure to verify a presented token is a 401.
 * Connector and user token clients are reused across turns (see CachingConnectorFactory).
 */
class StrictBotFrameworkAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly connectorClients = new ClientCache<ConnectorClient>();
  private readonly userTokenClients = new ClientCache<UserTokenClient>();

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await this.verify(activity, authHeader);
    if (result.connectorFactory) {
      const appId = appIdOf(result.claimsIdentity);
      result.connectorFactory = new CachingConnectorFactory(result.connectorFactory, this.connectorClients, appId);
    }
    return result;
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.userTokenClients.get(appIdOf(claimsIdentity), () => super.createUserTokenClient(claimsIdentity));
  }

  private async verify(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    try {
      return await super.authenticateRequest(activity, authHeader);
    } catch (error) {
      if (error instanceof AuthenticationError) throw error;
      if ((error as Error)?.name === 'JsonWebTokenError' || (error as Error)?.name === 'NotBeforeError') {
        throw new AuthenticationError('Unauthorized: token could not be verified', StatusCodes.UNAUTHORIZED);
      }
      throw error;
    }
  }
}

/**
 * The last net: log the code and ids, send one Dutch apology, keep the conversation state
 * (a half-filled screening or dossier must survive a glitch).
 */
export async function onTurnError(context: TurnContext, error: unknown, log: Logger): Promise<void> {
  const unavailable = isStorageUnavailable(error);
  const err = error instanceof Error ? error : new Error(String(error));
  log.error(
    {
      event: unavailable ? 'turn.storage_unavailable' : 'turn.error',
      code: (err as { code?: string }).code ?? err.name,
      conv: hashId(context.activity.conversation?.id),
      activityId: context.activity.id,
      stack: unavailable ? undefined : sourceStack(err),
    },
    'turn failed',
  );
  try {
    await context.sendActivity(unavailable ? turnErrorMessages.storageUnavailable : turnErrorMessages.unexpected);
  } catch {
    log.error(
      { event: 'turn.error_reply_failed', conv: hashId(context.activity.conversation?.id) },
      'could not send apology',
    );
  }
}
