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
    expect(config).toMatchObject({
      PORT: 3978,
      localMode: true,
      LOG_LEVEL: 'info',
      DATA_DIR: './data',
      knowledgeDir: './data/knowledge',
    });
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
    [{ MicrosoftAppId: 'abc', MicrosoftAppPassword: 'x', MicrosoftAppType: 'Everyone' }, 'MicrosoftAppType'],
    [{ ALLOWED_TENANTS: 'contoso' }, 'ALLOWED_TENANTS'],
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

  describe('never falls into local mode by accident', () => {
    it.each([
      [{ MicrosoftAppPassword: 'secret' }, 'MicrosoftAppPassword'],
      [{ MicrosoftAppTenantId: '72f988bf-0000-0000-0000-000000000000' }, 'MicrosoftAppTenantId'],
      [{ MicrosoftAppType: 'SingleTenant' }, 'MicrosoftAppType'],
      [{ MICROSOFT_APP_ID: 'abc', MicrosoftAppPassword: 'secret' }, 'MICROSOFT_APP_ID'],
      [{ MICROSOFT_APP_ID: 'abc' }, 'MICROSOFT_APP_ID'],
      [{ microsoftapppassword: 'secret' }, 'microsoftapppassword'],
      [{ microsoftapptenantid: 'x' }, 'microsoftapptenantid'],
      [{ MICROSOFTAPPTYPE: 'MultiTenant' }, 'MICROSOFTAPPTYPE'],
      [{ 'Microsoft-App-Password': 'secret' }, 'Microsoft-App-Password'],
    ])('refuses to start with %o', (env, variable) => {
      const lines = problems(env);
      expect(lines.some((l) => l.startsWith(`${variable}: `))).toBe(true);
      expect(lines.join('\n')).not.toContain('secret'); // the value is never printed
    });

    it('says which spelling the bot reads', () => {
      expect(problems({ MICROSOFT_APP_ID: 'abc' }).join('\n')).toContain('write it as MicrosoftAppId');
      expect(problems({ MicrosoftAppPassword: 'x' }).join('\n')).toContain('without MicrosoftAppId');
    });

    it('also refuses a wrongly spelt variable next to a correct set-up', () => {
      const env = { MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw', microsoftapptenantid: 't' };
      expect(problems(env)).toEqual([expect.stringMatching(/^microsoftapptenantid: .*MicrosoftAppTenantId/)]);
    });

    it('accepts empty credential variables (the .env.example) as local mode', () => {
      const env = { MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppTenantId: ' ', MicrosoftAppType: '' };
      expect(parseConfig(env).localMode).toBe(true);
    });
  });

  it('reads ALLOWED_TENANTS as a list of lower-case tenant ids', () => {
    const a = '72F988BF-0000-0000-0000-000000000000';
    const b = '11111111-2222-3333-4444-555555555555';
    expect(parseConfig({ ALLOWED_TENANTS: ` ${a}, ${b},` }).ALLOWED_TENANTS).toEqual([a.toLowerCase(), b]);
    expect(parseConfig({ ALLOWED_TENANTS: '' }).ALLOWED_TENANTS).toBeUndefined();
  });
});
