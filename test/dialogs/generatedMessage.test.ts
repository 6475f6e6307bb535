import { describe, expect, it } from 'vitest';
import { aiMessageEntity, generatedAnswerActivity, TEAMS_LIMITS } from '../../dialogs/menuText/generatedMessage';
import { streamPrefixes } from '../../dialogs/menuText/knowledgeAnswer';
import { renumberMarkers } from '../../knowledge/answer/citationMarkers';

const long = (n: number) => Array.from({ length: n }, (_, i) => `Zin ${i} met wat woorden erin.`).join(' ');

describe("Teams' AI label and citations", () => {
  it('keeps to the limits: at most 20 citations, names ≤ 80 and abstracts ≤ 160 characters', () => {
    const sources = Array.from({ length: 25 }, (_, i) => ({
      titel: `Een heel lange titel van onderwerp ${i} `.repeat(5),
      tekst: long(20),
    }));
    const entity = aiMessageEntity(sources);
    expect(entity.additionalType).toEqual(['AIGeneratedContent']);
    expect(entity.citation).toHaveLength(TEAMS_LIMITS.citations);
    for (const [i, claim] of entity.citation!.entries()) {
      expect(claim).toMatchObject({ '@type': 'Claim', position: i + 1, appearance: { '@type': 'DigitalDocument' } });
      expect(claim.appearance.name.length).toBeLessThanOrEqual(80);
      expect(claim.appearance.abstract.length).toBeLessThanOrEqual(160);
      expect(claim.appearance).not.toHaveProperty('url');
    }
  });

  it('puts exactly one root message entity and the feedback buttons on the activity', () => {
    const activity = generatedAnswerActivity('Antwoord [1].', [
      { titel: 'Bron', tekst: 'Tekst.', url: 'https://example.org/bron' },
    ]);
    expect(activity.entities!.filter((e) => e.type === 'https://schema.org/Message')).toHaveLength(1);
    expect(
      (activity.entities![0] as unknown as { citation: { appearance: { url: string } }[] }).citation[0]!.appearance.url,
    ).toBe('https://example.org/bron');
    expect(activity.channelData).toEqual({ feedbackLoop: { type: 'default' } });
  });

  it('gives every listed source a marker and removes markers for numbers that were not given', () => {
    expect(renumberMarkers('Eerst dit [2]. Dan dat [7].', ['a', 'b', 'c'], ['b', 'c'])).toEqual({
      text: 'Eerst dit [1]. Dan dat. [2]',
      citations: ['b', 'c'],
    });
  });

  it('streams growing prefixes of the final text', () => {
    const text = long(6);
    const prefixes = streamPrefixes(text);
    expect(prefixes.length).toBeGreaterThan(0);
    for (const p of prefixes) expect(text.startsWith(p)).toBe(true);
    expect(prefixes.map((p) => p.length)).toEqual([...prefixes.map((p) => p.length)].sort((a, b) => a - b));
  });
});
