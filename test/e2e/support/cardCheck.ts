/**
 * What the Playground (and Teams) can render of an Adaptive Card. The renderer drops what
 * it does not know without a word, so the scenarios check every card the page received.
 */
const ELEMENTS = new Set([
  'TextBlock',
  'RichTextBlock',
  'TextRun',
  'Image',
  'Media',
  'Container',
  'ColumnSet',
  'Column',
  'FactSet',
  'ImageSet',
  'ActionSet',
  'Table',
  'TableRow',
  'TableCell',
  'Input.Text',
  'Input.Number',
  'Input.Date',
  'Input.Time',
  'Input.Toggle',
  'Input.ChoiceSet',
  'Action.Submit',
  'Action.OpenUrl',
  'Action.ShowCard',
  'Action.ToggleVisibility',
  'Action.Execute',
]);
/** Teams mobile renders up to 1.5. */
const MAX_VERSION = 1.5;
/** Where card elements and actions nest (not data payloads, which may have a "type" key). */
const CHILD_KEYS = ['body', 'items', 'columns', 'actions', 'card', 'rows', 'cells', 'inlines', 'selectAction'];

type Json = Record<string, unknown>;

/** Problems of one card, in words: unknown elements, too new a version, features the Playground lacks. */
export function cardProblems(card: Json): string[] {
  const problems: string[] = [];
  const version = Number(card.version);
  if (!(version <= MAX_VERSION))
    problems.push(`card version ${String(card.version)} (Teams renders up to ${MAX_VERSION})`);
  const inputIds = new Set<string>();
  walk(card, (element) => {
    const type = String(element.type);
    if (!ELEMENTS.has(type)) problems.push(`unknown element "${type}" (not rendered)`);
    if (type.startsWith('Input.') && typeof element.id === 'string') {
      if (inputIds.has(element.id)) problems.push(`duplicate input id "${element.id}"`);
      inputIds.add(element.id);
    }
    if (type === 'Input.ChoiceSet' && element.choices !== undefined && !Array.isArray(element.choices))
      problems.push('ChoiceSet without a choices list');
    if (type === 'Input.ChoiceSet' && (element['choices.data'] !== undefined || isObject(element.data)))
      problems.push('dynamic type-ahead or people picker (not in the Playground)');
  });
  const msteams = isObject(card.msteams) ? card.msteams : {};
  if (msteams.width === 'Full') problems.push('full-width card (not in the Playground)');
  if (Array.isArray(msteams.entities) && msteams.entities.length)
    problems.push('user mention in a card (not in the Playground)');
  return problems;
}

function walk(node: Json, visit: (element: Json) => void): void {
  for (const key of CHILD_KEYS) {
    const value = node[key];
    for (const child of Array.isArray(value) ? value : [value]) {
      if (!isObject(child)) continue;
      // An Action.ShowCard's `card` is a nested AdaptiveCard, not an element: check what it holds.
      if (typeof child.type === 'string' && !(key === 'card' && child.type === 'AdaptiveCard')) visit(child);
      walk(child, visit);
    }
  }
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
