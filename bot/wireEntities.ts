import * as mappers from 'botframework-connector/lib/connectorApi/models/mappers.js';

/**
 * botbuilder 4.23 serialises outgoing activities with a mapper that knows only `type`, `text`
 * and `mentioned` of an entity and silently drops everything else, so the AI label, the
 * citations and the streaminfo of Teams would never reach the channel (botbuilder-js#2561
 * fixed this for Activity.entities in the spec, but the lookup by class name still uses the
 * bare Entity mapper). Declaring additional properties on that mapper keeps them. Called once
 * at start-up; test/http/aiAnswers.test.ts checks what arrives at the connector.
 */
export function keepEntityProperties(): void {
  const entity = mappers.Entity.type as { additionalProperties?: unknown };
  entity.additionalProperties = { type: { name: 'Object' } };
}
