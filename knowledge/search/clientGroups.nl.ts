import { tokenize } from './normalize';

/**
 * Who the work is for, named in a kwalificatie's or dossier's name and in a question. Care words
 * are shared across groups ("persoonlijke verzorging" of toddlers and of the elderly), so a
 * question that names one group ("ouderenzorg mbo 3") does not get work for another group only
 * through those words. Exact words, accent-folded; a question naming no group is not affected.
 */
const GROUPS: Readonly<Record<string, readonly string[]>> = {
  kinderen: [
    'kind',
    'kinderen',
    'kinderopvang',
    'kinderdagverblijf',
    'peuter',
    'peuters',
    'peuterspeelzaal',
    'baby',
    'babys',
    'bso',
    'pedagogisch',
    'pedagogische',
  ],
  ouderen: [
    'ouderen',
    'oudere',
    'ouderenzorg',
    'bejaarden',
    'bejaardenhuis',
    'verpleeghuis',
    'verzorgingshuis',
    'dementie',
    'thuiszorg',
  ],
  gehandicapten: ['gehandicapten', 'gehandicaptenzorg', 'gehandicapte'],
};

const GROUP_OF = new Map(Object.entries(GROUPS).flatMap(([group, words]) => words.map((w) => [w, group] as const)));

/** The client groups a text names (a question, or a kwalificatie's and dossier's names). */
export function clientGroupsIn(text: string): string[] {
  return [...new Set(tokenize(text).flatMap((t) => GROUP_OF.get(t) ?? []))];
}

/** Whether an entry for `entry` groups answers a question about `asked` groups. */
export function servesAskedGroup(asked: readonly string[], entry: readonly string[]): boolean {
  return asked.length === 0 || entry.length === 0 || entry.some((g) => asked.includes(g));
}
