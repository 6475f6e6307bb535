import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Files that start real processes or wait for real clocks, longest first (quiet machine, about
 * 15 s down to 5 s). vitest orders by the durations it cached on an earlier run; a fresh clone
 * (CI) has none and would start them last, leaving one core idle at the end: about 10 s more.
 */
const SLOW_FIRST = [
  'test/intake-delivery/crash.test.ts',
  'test/knowledge/cli.test.ts',
  'test/storage/turnLockTakeover.test.ts',
  'test/storage/turnLock.test.ts',
  'test/http/aiAnswers.test.ts',
  'test/http/teamsDelivery.test.ts',
  'test/intake-delivery/worker.test.ts',
  'test/intake-delivery/outbox.test.ts',
  'test/blackbox/doneWhenGuards.test.ts',
  'test/blackbox/doneWhen.test.ts',
  'test/blackbox/loopDoneWhen.test.ts',
];

export class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const at = SLOW_FIRST.indexOf(relative(process.cwd(), file.moduleId));
      return at < 0 ? SLOW_FIRST.length : at;
    };
    return [...(await super.sort(files))].sort((a, b) => rank(a) - rank(b)); // stable: the rest keep vitest's order
  }
}
