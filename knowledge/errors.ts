/**
 * Knowledge failures with stable codes, like intake's DomainError but owned here, so that
 * knowledge and intake stay independent of each other. No Dutch prose, no HTTP status.
 */
export type KnowledgeErrorCode = 'KNOWLEDGE_INVALID' | 'IMPORT_INVALID';

export class KnowledgeError extends Error {
  constructor(
    readonly code: KnowledgeErrorCode,
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'KnowledgeError';
  }
}
