import { describe, expect, it } from 'vitest';
import { TerminalChat } from '../../bot/terminalChat';
import { dutchIsoDate } from '../../intake/dossier/clock';
import { ageOn } from '../../intake/dossier/fields';
import { ANSWER_FIELDS, type AnswerField } from '../../intake/screening/answers';
import { aanmeldingMessages } from '../../dialogs/aanmelding/messages.nl';
import { fieldMessages, screeningMessages } from '../../dialogs/screening/messages.nl';
import { loadScreeningCases } from '../fixtures/screeningCases';
import { withTestApp, type TestApp } from '../support/testApp';

const DETAILS = 'Ahmed Benali, geboren 12-05-1981, Tilburg, 06-12345678';

/** The screening question the terminal shows last, by its text. */
function lastQuestion(screen: string): AnswerField | undefined {
  const at = (field: AnswerField) => screen.lastIndexOf(fieldMessages[field].question.split('\n')[0]!);
  return [...ANSWER_FIELDS].filter((f) => at(f) >= 0).sort((a, b) => at(b) - at(a))[0];
}

function typed(value: string | number | boolean | null): string {
  return value === true ? 'ja' : value === false ? 'nee' : value === null ? 'weet ik niet' : String(value);
}

describe('npm run chat: "aanmelding" without a screening, then the client’s details typed', () => {
  let app: TestApp;
  withTestApp((started) => (app = started));

  it('keeps that line for the aanmelding (age from the birth date) and shows it to confirm after the screening', async () => {
    const chat = new TerminalChat(app.url);
    await chat.open();
    expect(await chat.line('aanmelding')).toContain(fieldMessages.leeftijd.question);
    const afterDetails = await chat.line(DETAILS);
    const age = ageOn('1981-05-12', dutchIsoDate(new Date()));
    expect(afterDetails).toContain(screeningMessages.clientDetails.keptWithAge(age));
    expect(afterDetails).not.toContain(fieldMessages.leeftijd.question); // answered: the next question
    expect(lastQuestion(afterDetails)).toBe('situatie');

    const answers = loadScreeningCases().find((c) => c.id === 'v01')!.input;
    let screen = afterDetails;
    for (let turn = 0; turn < 20 && lastQuestion(screen); turn++) {
      const field = lastQuestion(screen)!;
      screen = await chat.line(typed(answers[field]));
    }
    expect(screen).toContain('Klopt'); // the summary
    const confirm = await chat.line('klopt');
    expect(confirm).toContain(aanmeldingMessages.prefill.title);
    for (const value of ['Ahmed Benali', 'Tilburg', '06-12345678', '12 mei 1981']) expect(confirm).toContain(value);
    const next = await chat.line('klopt');
    expect(next).not.toMatch(/lijkt geen naam|klopt niet/); // every value taken
    expect(next).toMatch(/e-mail/i); // only what is missing of the client is asked

    // The terminal has no Teams name: the verwijzer card asks it. A name typed there is the name, not lost.
    const verwijzer = await chat.line('geen');
    expect(verwijzer).toContain('Jouw naam');
    const typedName = await chat.line('Jan de Vries');
    expect(typedName).toContain(aanmeldingMessages.flow.oneByOne);
    expect(typedName).toContain('Jouw organisatie');
    expect(typedName).not.toContain('Jouw naam');
    await chat.line('Gemeente Tilburg');
    await chat.line('013-1234567');
    expect(await chat.line('Bakkerij Van Dam')).toContain('Plaats'); // the leerbedrijf card: its name, then the rest
    await chat.line('Tilburg');
    await chat.line('Petra Jansen, 06-87654321');
    await chat.line('weet ik nog niet');
    await chat.line('geen');
    const review = await chat.line('ja, mondeling');
    expect(review).toContain('Jouw naam: Jan de Vries');
    expect(review).toContain('Jouw organisatie: Gemeente Tilburg');
  });

  it('a typed age at the first question is still an age', async () => {
    const chat = new TerminalChat(app.url);
    await chat.open();
    await chat.line('aanmelding');
    expect(lastQuestion(await chat.line('45'))).toBe('situatie');
  });
});
