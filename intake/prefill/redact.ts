/**
 * Removes personal data from free text before it leaves the process (to a language model).
 * Names, phone numbers, e-mail addresses, dates (of birth or any other), postcodes, street
 * addresses, IBANs and anything BSN-like become placeholders such as [NAAM_1] or
 * [TELEFOON_1]. The originals stay in this process: `restore` puts them back into text that
 * comes back (a model answer that mentions [NAAM_1]). `found` lists kinds and placeholders
 * only, so it may be logged or counted. Pure: no I/O.
 */
import { findNames, type Span } from './nameDetector';
import { PII_PATTERNS, type PiiKind } from './piiPatterns';

export type RedactedKind = PiiKind | 'naam';
export type Redaction = {
  text: string;
  restore(s: string): string;
  found: { kind: RedactedKind; placeholder: string }[];
};

const LABEL: Record<RedactedKind, string> = {
  naam: 'NAAM',
  email: 'EMAIL',
  iban: 'IBAN',
  telefoon: 'TELEFOON',
  bsn: 'BSN',
  datum: 'DATUM',
  postcode: 'POSTCODE',
  adres: 'ADRES',
};
const PLACEHOLDER = /\[(NAAM|EMAIL|IBAN|TELEFOON|BSN|DATUM|POSTCODE|ADRES)_(\d+)\]/g;

class PlaceholderBook {
  private readonly byOriginal = new Map<string, string>();
  private readonly byPlaceholder = new Map<string, string>();
  private readonly counts = new Map<RedactedKind, number>();
  readonly found: { kind: RedactedKind; placeholder: string }[] = [];

  placeholderFor(kind: RedactedKind, original: string): string {
    const key = `${kind}\u0000${original.toLowerCase()}`;
    const known = this.byOriginal.get(key);
    if (known) return known;
    const n = (this.counts.get(kind) ?? 0) + 1;
    this.counts.set(kind, n);
    const placeholder = `[${LABEL[kind]}_${n}]`;
    this.byOriginal.set(key, placeholder);
    this.byPlaceholder.set(placeholder, original);
    this.found.push({ kind, placeholder });
    return placeholder;
  }

  restore(s: string): string {
    return s.replace(PLACEHOLDER, (placeholder) => this.byPlaceholder.get(placeholder) ?? placeholder);
  }
}

function replaceSpans(text: string, spans: readonly Span[], book: PlaceholderBook, kind: RedactedKind): string {
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start) + book.placeholderFor(kind, text.slice(span.start, span.end));
    at = span.end;
  }
  return out + text.slice(at);
}

export function redact(text: string): Redaction {
  const book = new PlaceholderBook();
  let out = text;
  for (const pattern of PII_PATTERNS) {
    out = out.replace(pattern.regex, (...args: unknown[]) => {
      const match = matchFromReplaceArgs(args);
      return pattern.keep && !pattern.keep(match) ? match[0] : book.placeholderFor(pattern.kind, match[0]);
    });
  }
  out = replaceSpans(out, findNames(out), book, 'naam');
  return { text: out, restore: (s) => book.restore(s), found: book.found };
}

/** String.replace passes (match, ...groups, offset, input[, namedGroups]); rebuild an exec-like array. */
function matchFromReplaceArgs(args: unknown[]): RegExpExecArray {
  const end = typeof args[args.length - 1] === 'object' ? args.length - 3 : args.length - 2;
  const parts = args.slice(0, end) as string[];
  return Object.assign(parts, {
    index: args[end] as number,
    input: args[end + 1] as string,
  }) as unknown as RegExpExecArray;
}
