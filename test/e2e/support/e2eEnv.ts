import { z } from 'zod';

/**
 * Where the scenarios find the running Playground and where they write screenshots.
 * scripts/e2e.ts sets these; to run the scenarios against your own `npm run playground`,
 * set PLAYGROUND_URL=http://localhost:56150 and call vitest with test/e2e/vitest.e2e.config.ts.
 */
export const E2eEnv = z.object({
  PLAYGROUND_URL: z.url({
    message: 'is not set: run `npm run test:e2e`, or start `npm run playground` and set PLAYGROUND_URL',
  }),
  E2E_ARTIFACTS_DIR: z.string().min(1).default('artifacts/e2e'),
  CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
});
export type E2eEnv = z.infer<typeof E2eEnv>;

export function readE2eEnv(env: Record<string, string | undefined> = process.env): E2eEnv {
  const parsed = E2eEnv.safeParse(env);
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('\n'));
  }
  return parsed.data;
}
