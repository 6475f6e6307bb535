import { createHash } from 'node:crypto';
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * One pino logger for the process. Handlers log event names, codes and hashed ids only;
 * `redact` is a safety net for the odd object that slips through, not the design.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'pvbot' },
      redact: {
        paths: ['*.text', '*.value', '*.naam', '*.telefoon', '*.email', '*.geboortedatum', 'req.headers.authorization'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}

/** Stable, non-reversible id for logs: links a conversation's lines without exposing its id. */
export function hashId(id: string | undefined): string {
  if (!id) return 'none';
  return createHash('sha256').update(id).digest('hex').slice(0, 12);
}
