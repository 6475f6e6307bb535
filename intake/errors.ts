/**
 * Domain failures with stable codes. They carry no Dutch prose and no HTTP status:
 * callers (dialogs, CLIs, bot/) map the code to a message or an exit code.
 */
export type DomainErrorCode =
  | 'POLICY_INVALID'
  | 'ANSWERS_INVALID'
  | 'DOSSIER_INCOMPLETE'
  | 'CONSENT_MISSING'
  | 'DELIVERY_REJECTED'
  | 'INTAKE_TEAMS_INVALID'
  | 'STORE_CORRUPT'
  | 'DOSSIER_INVALID'
  | 'TRANSITION_NOT_ALLOWED';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
