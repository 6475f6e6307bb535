import { DialogTestClient } from 'botbuilder-testing';
import { TextPrompt, WaterfallDialog, ComponentDialog } from 'botbuilder-dialogs';
import { describe, expect, it } from 'vitest';
import { FLOW } from '../../dialogs/flows';
import { RootDialog } from '../../dialogs/root/rootDialog';
import { rootMessages } from '../../dialogs/root/messages.nl';
import { visibleText } from '../support/activities';
import { sendAndCollect } from '../support/dialogReplies';

/** A stand-in flow with two questions, so the root's interruptions can be tested at a step. */
class TwoQuestionFlow extends ComponentDialog {
  constructor(id: string = FLOW.screening) {
    super(id);
    this.addDialog(
      new WaterfallDialog('steps', [
        async (step) => step.prompt('text', 'Vraag 1: hoe oud?'),
        async (step) => {
          (step.values as Record<string, unknown>).a = step.result;
          return step.prompt('text', 'Vraag 2: welke situatie?');
        },
        async (step) => {
          await step.context.sendActivity('Klaar');
          // Ends like "Werkprocessen verkennen": a selection the session keeps.
          const naam = `${String((step.values as Record<string, unknown>).a)} ${String(step.result)}`;
          return step.endDialog({ kwalificaties: [{ crebo: '25250', naam }], werkprocessen: [] });
        },
      ]),
    );
    this.addDialog(new TextPrompt('text'));
  }
}

function client(startedWith: unknown[] = [], flowId: string = FLOW.screening) {
  const started = startedWith;
  const root = new RootDialog({
    flows: [new TwoQuestionFlow(flowId)],
    startFlow: (flow, session) => {
      started.push({ flow, results: structuredClone(session.results) });
      return {};
    },
  });
  return new DialogTestClient('test', root);
}

async function say(c: DialogTestClient, text: string | { value: Record<string, unknown> }): Promise<string> {
  const replies = await sendAndCollect(c, typeof text === 'string' ? text : { type: 'message', value: text.value });
  return replies.map(visibleText).join('\n');
}

describe('root dialog', () => {
  it('shows the welcome menu on the first message', async () => {
    const c = client();
    const text = await say(c, 'hoi');
    expect(text).toContain(rootMessages.welcomeTitle);
    expect(text).toContain('Cliënt screenen');
  });

  it('starts a flow by menu number, typed name and card button', async () => {
    for (const input of ['1', 'Cliënt screenen', { value: { menu: 'screening' } }] as const) {
      const c = client();
      await say(c, 'hoi');
      expect(await say(c, input)).toContain('Vraag 1');
    }
  });

  it('does not take a menu number as a command inside a flow', async () => {
    const c = client();
    await say(c, 'screenen');
    expect(await say(c, '1')).toContain('Vraag 2');
  });

  it('gives help inside a flow without losing the step', async () => {
    const c = client();
    await say(c, 'screenen');
    const help = await say(c, 'help');
    expect(help).toContain('Cliënt screenen');
    expect(help).toContain('stop');
    expect(await say(c, '34')).toContain('Vraag 2');
  });

  it('stops a flow and returns to the menu', async () => {
    const c = client();
    await say(c, 'screenen');
    const text = await say(c, 'stop');
    expect(text).toContain(rootMessages.stopped);
    expect(text).toContain(rootMessages.menuTitle);
    // The flow is gone: a number now means a menu choice again.
    expect(await say(c, '1')).toContain('Vraag 1');
  });

  it('keeps a finished flow result for later flows; "opnieuw" asks first, then wipes it', async () => {
    const started: { flow: string; results: Record<string, unknown> }[] = [];
    const c = client(started, FLOW.werkprocessen);
    await say(c, 'werkprocessen');
    await say(c, '34');
    expect(await say(c, 'werkzoekend')).toContain('Klaar');
    await say(c, 'werkprocessen');
    const kept = { kwalificaties: [{ crebo: '25250', naam: '34 werkzoekend' }], werkprocessen: [] };
    expect(started[1]!.results.werkprocessen).toEqual(kept);
    await say(c, 'stop');
    const asked = await say(c, 'opnieuw');
    expect(asked).toContain(rootMessages.restartQuestion);
    expect(asked).not.toContain(rootMessages.restarted);
    expect(await say(c, { value: { opnieuw: 'ja' } })).toContain(rootMessages.restarted);
    await say(c, 'werkprocessen');
    expect(started[2]!.results).toEqual({});
  });

  it('"opnieuw" by a slip: "nee" wipes nothing and asks the same question again', async () => {
    const started: { flow: string; results: Record<string, unknown> }[] = [];
    const c = client(started);
    await say(c, 'screenen');
    await say(c, '34');
    expect(await say(c, 'opnieuw')).toContain(rootMessages.restartQuestion);
    const kept = await say(c, 'nee');
    expect(kept).toContain(rootMessages.restartCancelled);
    expect(kept).toContain('Vraag 2');
    expect(await say(c, 'werkzoekend')).toContain('Klaar');
  });

  it('"opnieuw" with nothing to lose starts again at once', async () => {
    const c = client();
    await say(c, 'hoi');
    expect(await say(c, 'opnieuw')).toContain(rootMessages.restarted);
  });

  it('answers unknown input at the menu with help and the menu, never silence', async () => {
    const c = client();
    await say(c, 'hoi');
    const text = await say(c, 'blablabla');
    expect(text).toContain(rootMessages.unknownAtMenu);
    expect(text).toContain('Werkprocessen verkennen');
  });

  it('says so when a flow is not available, and shows the menu', async () => {
    const c = client();
    await say(c, 'hoi');
    const text = await say(c, { value: { menu: 'aanmelding' } });
    expect(text).toContain(rootMessages.flowUnavailable);
  });

  it('ignores a tampered menu submit and treats it as unknown input', async () => {
    const c = client();
    await say(c, 'hoi');
    const text = await say(c, { value: { menu: '<script>' } });
    expect(text).toContain(rootMessages.menuTitle);
  });
});
