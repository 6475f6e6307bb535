import { createRequire } from 'node:module';
import nock from 'nock';
import { afterAll } from 'vitest';

/**
 * Runs before every test file. Test files share a worker and its module cache (vitest
 * `isolate: false`), so global state is reset here for each file:
 * - network rules: no test reaches anything but loopback; outbound HTTP is faked with nock;
 * - botframework-connector's OpenID key cache (a static Map that refreshes at most hourly):
 *   each auth test publishes its own signing keys, which a cache from an earlier file would hide.
 */
const LOOPBACK = /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/;

function resetNetwork(): void {
  nock.cleanAll();
  nock.disableNetConnect();
  nock.enableNetConnect(LOOPBACK);
}

function forgetBotFrameworkKeys(): void {
  const require = createRequire(import.meta.url);
  const loaded = require.cache[require.resolve('botframework-connector/lib/auth/jwtTokenExtractor.js')];
  const extractor = (
    loaded?.exports as { JwtTokenExtractor?: { openIdMetadataCache?: Map<string, unknown> } } | undefined
  )?.JwtTokenExtractor;
  extractor?.openIdMetadataCache?.clear();
}

resetNetwork();
forgetBotFrameworkKeys();
afterAll(() => {
  resetNetwork();
  forgetBotFrameworkKeys();
});
