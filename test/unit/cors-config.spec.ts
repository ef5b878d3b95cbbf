// CORS_ORIGINS as src/config.ts reads it: the defaults per environment, and origins refused with a hint.
import { ConfigError, loadConfig } from '../../src/config';

const PRODUCTION = {
  NODE_ENV: 'production',
  JWT_SECRET: 'j'.repeat(32),
  PARTNER_KEY_PEPPER: 'p'.repeat(32),
  WEBHOOK_SECRET_KEY: 'w'.repeat(32),
};

describe('CORS_ORIGINS', () => {
  it('allows no origin in production by default', () => {
    expect(loadConfig(PRODUCTION).cors).toEqual({ allowedOrigins: [], allowLocalhost: false });
  });

  it.each(['development', 'test'])('allows localhost on any port in %s by default', (nodeEnv) => {
    expect(loadConfig({ NODE_ENV: nodeEnv }).cors).toEqual({ allowedOrigins: [], allowLocalhost: true });
  });

  it('replaces the default with the origins listed, in any environment', () => {
    const env = { CORS_ORIGINS: ' https://shop.example.com,https://staging.example.com:8443 ,' };
    const expected = { allowedOrigins: ['https://shop.example.com', 'https://staging.example.com:8443'], allowLocalhost: false };
    expect(loadConfig({ ...PRODUCTION, ...env }).cors).toEqual(expected);
    expect(loadConfig(env).cors).toEqual(expected);
  });

  it.each([
    ['https://shop.example.com/', /write it as browsers send it: "https:\/\/shop.example.com"/],
    ['https://Shop.Example.com', /write it as browsers send it: "https:\/\/shop.example.com"/],
    ['https://shop.example.com:443', /write it as browsers send it: "https:\/\/shop.example.com"/],
    ['shop.example.com', /an http:\/\/ or https:\/\/ origin/],
    ['*', /an http:\/\/ or https:\/\/ origin/],
    ['ftp://shop.example.com', /an http:\/\/ or https:\/\/ origin/],
  ])('refuses %s, saying how to write it', (origin, hint) => {
    expect(() => loadConfig({ CORS_ORIGINS: origin })).toThrow(ConfigError);
    expect(() => loadConfig({ CORS_ORIGINS: origin })).toThrow(hint);
  });
});
