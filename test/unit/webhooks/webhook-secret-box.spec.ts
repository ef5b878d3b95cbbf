import { generateWebhookSecret } from '../../../src/modules/webhooks/webhook-signature';
import { WebhookSecretBox } from '../../../src/modules/webhooks/webhook-secret-box';

describe('WebhookSecretBox', () => {
  const box = new WebhookSecretBox('a webhook secret key of at least thirty-two bytes');

  it('seals a secret so that only the same key opens it, differently every time', () => {
    const secret = generateWebhookSecret();
    const sealed = box.seal(secret);
    expect(sealed).toMatch(/^v1:[A-Za-z0-9_-]+$/);
    expect(sealed.length).toBeLessThanOrEqual(200); // webhook_endpoint.secret is varchar(200)
    expect(sealed).not.toContain(secret.slice(6));
    expect(box.seal(secret)).not.toBe(sealed);
    expect(box.open(sealed)).toBe(secret);
    expect(() => new WebhookSecretBox('another key of at least thirty-two bytes!!').open(sealed)).toThrow();
    expect(() => new WebhookSecretBox(null).open(sealed)).toThrow();
  });

  it('refuses a tampered value', () => {
    const sealed = box.seal(generateWebhookSecret());
    const bytes = Buffer.from(sealed.slice(3), 'base64url');
    bytes[bytes.length - 1] ^= 1;
    expect(() => box.open(`v1:${bytes.toString('base64url')}`)).toThrow();
  });

  it('passes a secret stored in clear before encryption through unchanged', () => {
    const secret = generateWebhookSecret();
    expect(box.open(secret)).toBe(secret);
  });
});
