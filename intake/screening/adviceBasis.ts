import type { Answers } from './answers';
import { CRITERIA_VOLDAAN, GEEN_BAANGARANTIE, INFO_TODO } from './explanations.nl';
import type { Policy } from './policy';
import { RULES, type ReasonCode } from './rules';
import type { Advice } from './screen';

type Reason = Advice['redenen'][number];

/** What an advice rests on, ordered for a reader: the deciding reasons first. */
export interface AdviceBasis {
  /** Reasons whose rule leads to the advice itself (several can, e.g. two exclusions). */
  beslissend: Reason[];
  /** Reasons that fired too but weigh less than the advice. */
  overig: Reason[];
  /** Only for kansrijk: the conditions that were met. */
  voldaan: string[];
  /** The policy's to-dos, then those from informative answers, then the no-job-guarantee line. */
  todos: string[];
}

/** Pure: the advice keeps its contract order; this only regroups it and adds the to-dos. */
export function adviceBasis(advice: Advice, answers: Partial<Answers>, policy: Policy): AdviceBasis {
  const deciding = (code: ReasonCode) => RULES.find((rule) => rule.code === code)?.outcome(policy) === advice.advies;
  return {
    beslissend: advice.redenen.filter((r) => deciding(r.code)),
    overig: advice.redenen.filter((r) => !deciding(r.code)),
    voldaan: advice.advies === 'kansrijk' ? CRITERIA_VOLDAAN(policy) : [],
    todos: [...advice.acties.map((a) => a.uitleg), ...informativeTodos(answers), GEEN_BAANGARANTIE],
  };
}

/** Answers that never change the advice but still ask for something to be arranged. */
function informativeTodos(answers: Partial<Answers>): string[] {
  const hasUitkering =
    answers.uitkering !== undefined && answers.uitkering !== 'geen' && answers.uitkering !== 'onbekend';
  return [
    ...(answers.taal === 'beperkt' ? [INFO_TODO.taalBeperkt] : []),
    ...(hasUitkering ? [INFO_TODO.uitkering] : []),
  ];
}
