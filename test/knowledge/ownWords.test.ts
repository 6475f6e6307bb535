import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../knowledge/catalogue';
import { SBB_XML_DIR } from './helpers';

/**
 * The explanations, example tasks, descriptions and topics are the project's own words: no
 * run of 5 words is copied from the SBB exports, and no run of 7 words from the seed report
 * (shorter shared runs there are names and figures, such as a kwalificatie's name).
 */
const SEED_REPORT = fileURLToPath(new URL('../../../shared/seed/000_10cf7ac5122570ac.txt', import.meta.url));

const words = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .match(/[a-z0-9]+/g) ?? [];
function runs(text: string, n: number): Set<string> {
  const w = words(text);
  const result = new Set<string>();
  for (let i = 0; i + n <= w.length; i++) result.add(w.slice(i, i + n).join(' '));
  return result;
}

function ownTexts(): string[] {
  const catalogue = loadCatalogue();
  return [
    ...catalogue.alleWerkprocessen().flatMap((wp) => [wp.uitleg ?? '', ...wp.voorbeeldtaken]),
    ...catalogue.kwalificaties().map((k) => k.beschrijving ?? ''),
    ...catalogue.onderwerpen().flatMap((o) => o.tekst),
  ];
}

function copied(source: Set<string>, n: number): string[] {
  return ownTexts().flatMap((text) =>
    [...runs(text, n)].filter((run) => source.has(run)).map((run) => `"${run}" in: ${text}`),
  );
}

describe('own words', () => {
  it('shares no 5-word run with the official SBB texts', () => {
    const xml = readdirSync(SBB_XML_DIR)
      .map((f) => readFileSync(join(SBB_XML_DIR, f), 'utf8').replace(/<[^>]+>/g, ' '))
      .join(' ');
    expect(copied(runs(xml, 5), 5)).toEqual([]);
  });

  it('shares no 7-word run with the seed report', () => {
    const report = readFileSync(SEED_REPORT, 'utf8').replace(/-\s*\n\s*/g, '');
    expect(copied(runs(report, 7), 7)).toEqual([]);
  });
});
