// `npm run examples`: rebuilds dialogs/screening/answerExamples.nl.json from the held-out sets'
// typed answers at the choice questions. Run it only after a new set's first measurement: a set
// that is read as examples is no longer measured blind.
import { writeFileSync } from 'node:fs';
import { answerExamplesFromHeldOut } from './answerExamples';

const OUT = new URL('../dialogs/screening/answerExamples.nl.json', import.meta.url);
const examples = answerExamplesFromHeldOut();
writeFileSync(OUT, `[\n${examples.map((example) => `  ${JSON.stringify(example)}`).join(',\n')}\n]\n`);
process.stdout.write(`${examples.length} voorbeelden geschreven naar ${OUT.pathname}\n`);
