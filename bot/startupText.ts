import { startMessages as msg } from './messages.nl';

/** Exit code of `npm start` when the port cannot be used (busy or not allowed); other failures exit 1. */
export const EXIT_PORT_UNAVAILABLE = 2;

/** The one readable line after start-up: how to talk to the bot. */
export function startHint(url: string, localMode: boolean): string {
  const endpoint = `${url}/api/messages`;
  return localMode ? msg.local(endpoint) : msg.authenticated(endpoint);
}

/** A clear message for a port that cannot be used, or undefined for any other start-up error. */
export function portProblem(error: unknown, port: number): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EADDRINUSE') return msg.portInUse(port);
  if (code === 'EACCES') return msg.noAccess(port);
  return undefined;
}
