import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  StatusCodes,
  type Activity,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import { AuthenticationError, type AuthenticateRequestResult } from 'botframework-connector';
import type { Config } from './config';
import type { Logger } from './logger';
import { hashId } from './logger';
import { isStorageUnavailable } from './storage/storageErrors';
import { turnErrorMessages } from './messages.nl';
import type { Metrics } from './metrics';

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

/**
 * botbuilder turns a token with a forged signature into a plain JsonWebTokenError, which
 * CloudAdapter answers with 500. Any failure to verify a presented token is a 401.
 */
class StrictBotFrameworkAuthentication extends ConfigurationBotFrameworkAuthentication {
  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
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
      stack: unavailable ? undefined : err.stack,
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
