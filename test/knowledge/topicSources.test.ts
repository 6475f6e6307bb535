import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../knowledge/catalogue';

/**
 * Every number in a topic can be checked against the evaluation report: the topic's `bron`
 * names line ranges ("L4274-4290"), and each number in its text occurs in one of them.
 */
const REPORT_LINES = readFileSync(
  fileURLToPath(new URL('../../../shared/seed/000_10cf7ac5122570ac.txt', import.meta.url)),
  'utf8',
).split('\n');
/** Slack around a cited range: a sentence often starts a line or two earlier. */
const SLACK = 3;

function citedText(bron: string): string {
  const ranges = [...bron.matchAll(/L(\d+)(?:-(\d+))?/g)].map((m) => [Number(m[1]), Number(m[2] ?? m[1])] as const);
  return ranges.map(([from, to]) => REPORT_LINES.slice(Math.max(0, from - 1 - SLACK), to + SLACK).join(' ')).join(' ');
}

/** Counts and amounts; not the numbering of steps and tips or an mbo level ("niveau 2", "mbo-2"). */
const numbersIn = (text: string) => text.replace(/\b(Stap|Tip|niveau|mbo)[ -]\d+/gi, ' ').match(/\d+(?:,\d+)?/g) ?? [];
const occursIn = (text: string, n: string) =>
  new RegExp(`(?<![\\d,])${n.replace(',', '[,.]')}(?![\\d]|,\\d)`).test(text);

describe('topic sources', () => {
  const topics = loadCatalogue().onderwerpen();

  it('every topic cites report line ranges', () => {
    expect(topics.filter((o) => !/L\d+/.test(o.bron)).map((o) => o.id)).toEqual([]);
  });

  it('every number in a topic occurs in the report lines it cites', () => {
    const unsourced = topics.flatMap((o) => {
      const cited = citedText(o.bron);
      return o.tekst
        .flatMap(numbersIn)
        .filter((n) => !occursIn(cited, n))
        .map((n) => `${o.id}: ${n}`);
    });
    expect(unsourced).toEqual([]);
  });
});
