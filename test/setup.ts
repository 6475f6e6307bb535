import nock from 'nock';
import { afterAll } from 'vitest';

/**
 * Runs before every test file. Test files share a worker (vitest `isolate: false`), so each
 * starts from the same network rules and leaves no interceptors behind: no test reaches
 * anything but loopback; outbound HTTP is faked with nock at the edge.
 */
const LOOPBACK = /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/;
nock.cleanAll();
nock.disableNetConnect();
nock.enableNetConnect(LOOPBACK);

afterAll(() => {
  nock.cleanAll();
  nock.disableNetConnect();
  nock.enableNetConnect(LOOPBACK);
});
