import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../bot/config';

function problems(env: Record<string, string>): string[] {
  try {
    parseConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return [...(error as ConfigError).problems];
  }
  throw new Error('expected a ConfigError');
}

describe('configuration', () => {
  it('has working defaults for the embedded mode', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({ PORT: 3978, localMode: true, LOG_LEVEL: 'info', DATA_DIR: './data', knowledgeDir: './data/knowledge' });
    expect(config.REDIS_URL).toBeUndefined();
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('treats empty values from a .env file as unset', () => {
    expect(parseConfig({ MicrosoftAppId: '', REDIS_URL: '', OPENAI_API_KEY: '  ' }).localMode).toBe(true);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ PORT: '12.5' }, 'PORT'],
    [{ REDIS_URL: 'http://localhost:6379' }, 'REDIS_URL'],
    [{ OPENAI_BASE_URL: 'ftp://x' }, 'OPENAI_BASE_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ MicrosoftAppType: 'Everyone' }, 'MicrosoftAppType'],
    [{ MicrosoftAppId: 'abc' }, 'MicrosoftAppPassword'],
    [{ MicrosoftAppId: 'abc', MicrosoftAppPassword: 'x', MicrosoftAppType: 'SingleTenant' }, 'MicrosoftAppTenantId'],
  ])('names the bad variable in its own line: %o', (env, variable) => {
    const lines = problems(env);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^${variable}: `));
  });

  it('reports every bad variable at once, one line each', () => {
    const lines = problems({ PORT: 'x', LOG_LEVEL: 'y', REDIS_URL: 'z' });
    expect(lines.map((l) => l.split(':')[0]).sort()).toEqual(['LOG_LEVEL', 'PORT', 'REDIS_URL']);
  });

  it('accepts rediss:// with a password and an authenticated Teams set-up', () => {
    const config = parseConfig({
      REDIS_URL: 'rediss://:pw@redis.example:6380',
      MicrosoftAppId: 'id',
      MicrosoftAppPassword: 'pw',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: 'tenant',
    });
    expect(config.localMode).toBe(false);
  });
});
