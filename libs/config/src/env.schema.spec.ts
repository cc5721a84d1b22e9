import { parseEnv } from './env.schema';

describe('parseEnv', () => {
  it('applies defaults', () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(env.RATE_LIMIT_PER_MINUTE).toBe(60);
    expect(env.TRUST_PROXY).toBe(false);
  });

  it('names every bad variable in one message', () => {
    expect(() => parseEnv({ PORT: 'eighty', REDIS_URL: 'http://x', RATE_LIMIT_PER_MINUTE: '-1' })).toThrow(
      /PORT[\s\S]*REDIS_URL[\s\S]*RATE_LIMIT_PER_MINUTE/,
    );
  });

  it('requires the keys in production', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(
      /EMAIL_KEY: required[\s\S]*APP_SECRET: required/,
    );
  });

  it('reads booleans and numbers', () => {
    const env = parseEnv({ TRUST_PROXY: 'true', PORT: '8080', RATE_LIMIT_PER_MINUTE: '0' });
    expect(env).toMatchObject({ TRUST_PROXY: true, PORT: 8080, RATE_LIMIT_PER_MINUTE: 0 });
  });

  it('says one thing per bad variable: PORT=abc is one clear message', () => {
    let message = '';
    try {
      parseEnv({ PORT: 'abc', RATE_LIMIT_PER_MINUTE: 'lots' });
    } catch (error) {
      message = (error as Error).message;
    }
    const lines = message.split('\n').filter((l) => l.trim().startsWith('- '));
    expect(lines).toEqual([
      '  - PORT: must be a whole number from 0 to 65535',
      expect.stringMatching(/^ {2}- RATE_LIMIT_PER_MINUTE: [^;]+$/),
    ]);
  });
});
