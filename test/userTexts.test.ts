import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { readableSource } from '../knowledge/readableSource';

/**
 * Words a klantmanager should not meet (issue 15, "Dutch that a klantmanager reads without
 * help"), in every text the user reads: the `*.nl.ts` message files of the dialogs and the
 * domain, the knowledge data as shown on cards, and the Teams manifest. One term per role
 * (docs/glossary.md): "cliënt" before enrolment, "deelnemer" in a traject; "kandidaat" is the
 * mbo's word and is not used beside them.
 */
const ROOT = new URL('..', import.meta.url).pathname;

const BANNED: readonly [RegExp, string][] = [
  [/\bafgeleverd|\baflever/i, 'a calque: say "aangekomen"'],
  [/\bcheck(t|en|s)?\b/i, 'say "controleren" / "kijken"'],
  [/\bgeladen\b/i, 'technical: say what is there'],
  [/npm run/, 'a command, not for a klantmanager: "vraag de beheerder"'],
  [/dossiercrebo/i, 'jargon'],
  [/\bcohort/i, 'jargon'],
  [/\bkandida/i, 'one term per role: "cliënt" (before enrolment) or "deelnemer" (in a traject)'],
  [/\bhij\b(?! of zij)/i, 'generic "hij": say "hij of zij" or "de cliënt"'],
  [/\bhem\b(?! of haar)/i, 'generic "hem": say "hem of haar" or name the thing'],
  [/voetnoot|\bL\d{3,}\b/i, 'an internal note'],
];

/** "basisdeel" only where the same text says what it is. */
const BASISDEEL = /\bbasisdeel\b/i;
const BASISDEEL_EXPLAINED = /deel dat alle beroepen/;

/** Message files that talk to verwijzers and intake teams; prompts, recognisers and CLI texts are not read by them. */
const NOT_READ = /(Prompt\.nl\.ts|synonyms\.nl\.ts|enumRules\.nl\.ts)$/;
const CLI_MESSAGES = ['bot/messages.nl.ts', 'knowledge/messages.nl.ts'];

function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return filesUnder(path, suffix);
    return name.endsWith(suffix) ? [path] : [];
  });
}

/** Typed words the bot recognises ("plaats kandidaat") are not shown. */
const isRecognitionList = (node: ts.Node) =>
  ts.isArrayLiteralExpression(node.parent) &&
  ts.isPropertyAssignment(node.parent.parent) &&
  ts.isIdentifier(node.parent.parent.name) &&
  node.parent.parent.name.text === 'aliases';

/** The text of every string literal and template that is not an object key, an import or a recognition list. */
function stringsOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    const parent = node.parent as ts.Node | undefined;
    const isKey =
      parent !== undefined &&
      (ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent)) &&
      parent.name === node;
    const isImport = parent !== undefined && (ts.isImportDeclaration(parent) || ts.isLiteralTypeNode(parent));
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && !isKey && !isImport) {
      if (!isRecognitionList(node)) out.push(node.text);
      return;
    }
    if (ts.isTemplateExpression(node)) {
      out.push([node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join('…'));
      node.templateSpans.forEach((span) => visit(span.expression));
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  // a bare code or field name ('afgeleverd', 'kandidaatNaam') is data, not text
  return out.filter((s) => !/^[a-zA-Z0-9-]+$/.test(s));
}

interface Text {
  where: string;
  text: string;
}

function messageTexts(): Text[] {
  return ['dialogs', 'intake']
    .flatMap((dir) => filesUnder(dir, '.nl.ts'))
    .filter((f) => !NOT_READ.test(f) && !CLI_MESSAGES.includes(f))
    .flatMap((file) => stringsOf(file).map((text) => ({ where: file, text })));
}

const json = (file: string): unknown => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));

/** What the cards show of the knowledge data: names, descriptions, explanations, topics, sources as read. */
function knowledgeTexts(): Text[] {
  const texts: Text[] = [];
  const onderwerpen = json('knowledge/data/onderwerpen.json') as {
    onderwerpen: { id: string; titel: string; tekst: string[]; bron: string }[];
  };
  for (const o of onderwerpen.onderwerpen) {
    // a participant's own story names him: "hij" is that man, not a generic one
    const story = o.id === 'verhalen-deelnemers';
    for (const text of [o.titel, ...o.tekst])
      texts.push({ where: `onderwerp ${o.id}`, text: story ? text.replace(/\bhij\b|\bhem\b/g, '') : text });
    texts.push({ where: `onderwerp ${o.id} (bron)`, text: readableSource(o.bron) });
  }
  const kwalificaties = json('knowledge/data/kwalificaties.json') as {
    kwalificaties: { crebo: string; beschrijving: string | null; bron: string }[];
  };
  for (const k of kwalificaties.kwalificaties) {
    texts.push({ where: `kwalificatie ${k.crebo}`, text: k.beschrijving ?? '' });
    texts.push({ where: `kwalificatie ${k.crebo} (bron)`, text: readableSource(k.bron) });
  }
  for (const file of filesUnder('knowledge/data/dossiers', '.json')) {
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (!node || typeof node !== 'object') return;
      const o = node as Record<string, unknown>;
      if (typeof o.uitleg === 'string') texts.push({ where: `${file} ${String(o.code)}`, text: o.uitleg });
      if (Array.isArray(o.voorbeeldtaken))
        for (const t of o.voorbeeldtaken) texts.push({ where: `${file} ${String(o.code)}`, text: String(t) });
      if (typeof o.bron === 'string') texts.push({ where: `${file} (bron)`, text: readableSource(o.bron) });
      Object.values(o).forEach(walk);
    };
    walk(json(file));
  }
  return texts;
}

function manifestTexts(): Text[] {
  const texts: Text[] = [];
  const walk = (node: unknown, key = ''): void => {
    if (Array.isArray(node)) return node.forEach((n) => walk(n, key));
    if (node && typeof node === 'object') return Object.entries(node).forEach(([k, v]) => walk(v, k));
    if (typeof node === 'string' && ['short', 'full', 'title', 'description'].includes(key))
      texts.push({ where: `manifest ${key}`, text: node });
  };
  walk(json('appPackage/manifest.json'));
  return texts;
}

function violations(texts: readonly Text[]): string[] {
  return texts.flatMap(({ where, text }) => [
    ...BANNED.filter(([re]) => re.test(text)).map(([re, why]) => `${where}: ${String(re)} (${why}) in "${text}"`),
    ...(BASISDEEL.test(text) && !BASISDEEL_EXPLAINED.test(text)
      ? [`${where}: unexplained "basisdeel" in "${text}"`]
      : []),
  ]);
}

describe('words a klantmanager reads', () => {
  it('message files use none of the banned words', () => {
    const texts = messageTexts();
    expect(texts.length).toBeGreaterThan(300);
    expect(violations(texts)).toEqual([]);
  });

  it('the knowledge data, as the cards show it, uses none of them', () => {
    expect(violations(knowledgeTexts())).toEqual([]);
  });

  it('the Teams manifest uses none of them', () => {
    expect(violations(manifestTexts())).toEqual([]);
  });

  it('werkproces explanations never say "je" (the verwijzer) for the learner, nor "cliënt" for the care recipient', () => {
    const werkproces = knowledgeTexts().filter(
      (t) => t.where.startsWith('knowledge/data/dossiers') && !t.where.endsWith('(bron)'),
    );
    expect(werkproces.length).toBeGreaterThan(300);
    const wrong = werkproces.filter((t) => /\b(je|jij|jou|jouw|jezelf|jullie)\b|cliënt/i.test(t.text));
    expect(wrong.map((t) => `${t.where}: ${t.text}`)).toEqual([]);
  });

  it('a bron line on a card keeps its origin and drops internal notes', () => {
    const entree = (
      json('knowledge/data/kwalificaties.json') as { kwalificaties: { crebo: string; bron: string }[] }
    ).kwalificaties.find((k) => k.crebo === '25254')!;
    expect(entree.bron).toMatch(/voetnoot 22/);
    expect(readableSource(entree.bron)).toBe(
      'Crebo, naam en niveau: evaluatierapport pilots praktijkleren, bijlage Overzicht B 2',
    );
    expect(readableSource('Evaluatierapport (KBA), §4.2, betrokkenheid van professionals (L2280-2290)')).toBe(
      'Evaluatierapport (KBA), §4.2, betrokkenheid van professionals',
    );
  });
});
