import { createHmac } from 'node:crypto';
import { BACKOFF_MAX_MS, backoffDelayMs } from '../../../src/modules/webhooks/webhook-dispatcher';
import { generateWebhookSecret, signatureHeader, verifyWebhookSignature } from '../../../src/modules/webhooks/webhook-signature';

describe('backoffDelayMs', () => {
  it('doubles from the base per failed attempt, with at most 20 % jitter below the nominal delay', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelayMs(n, 2000, BACKOFF_MAX_MS, () => 1))).toEqual([2000, 4000, 8000, 16000]);
    expect([1, 2, 3, 4].map((n) => backoffDelayMs(n, 2000, BACKOFF_MAX_MS, () => 0))).toEqual([1600, 3200, 6400, 12800]);
  });

  it('grows strictly until the cap, whatever the jitter', () => {
    for (let n = 1; n < 11; n += 1) {
      expect(backoffDelayMs(n + 1, 2000, BACKOFF_MAX_MS, () => 0)).toBeGreaterThan(backoffDelayMs(n, 2000, BACKOFF_MAX_MS, () => 0.999));
    }
  });

  it('never exceeds one hour, even after many failures', () => {
    expect(backoffDelayMs(12, 2000, BACKOFF_MAX_MS, () => 1)).toBe(BACKOFF_MAX_MS);
    expect(backoffDelayMs(5000, 2000, BACKOFF_MAX_MS, () => 1)).toBe(BACKOFF_MAX_MS);
  });
});

describe('webhook signatures', () => {
  const secret = generateWebhookSecret();
  const body = '{"id":"e1","type":"ENTRY_PUBLISHED"}';
  const timestamp = 1_795_000_000;

  it('generates 32-byte secrets, different each time', () => {
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(generateWebhookSecret()).not.toBe(secret);
  });

  it('signs `${timestamp}.${rawBody}` with HMAC-SHA256 under the whole secret string', () => {
    const expected = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
    expect(signatureHeader(secret, timestamp, body)).toBe(`v1=${expected}`);
  });

  it('verifies within the tolerance and refuses stale, future, tampered or malformed input', () => {
    const header = signatureHeader(secret, timestamp, body);
    const base = { secret, rawBody: body, timestampHeader: String(timestamp), signatureHeader: header, nowSeconds: timestamp + 10 };
    expect(verifyWebhookSignature(base)).toBe(true);
    expect(verifyWebhookSignature({ ...base, signatureHeader: `v1=${'0'.repeat(64)}, ${header}` })).toBe(true);
    expect(verifyWebhookSignature({ ...base, nowSeconds: timestamp + 301 })).toBe(false);
    expect(verifyWebhookSignature({ ...base, nowSeconds: timestamp - 301 })).toBe(false);
    expect(verifyWebhookSignature({ ...base, rawBody: `${body} ` })).toBe(false);
    expect(verifyWebhookSignature({ ...base, secret: generateWebhookSecret() })).toBe(false);
    expect(verifyWebhookSignature({ ...base, signatureHeader: header.replace('v1=', 'v0=') })).toBe(false);
    expect(verifyWebhookSignature({ ...base, signatureHeader: 'v1=abc' })).toBe(false);
    expect(verifyWebhookSignature({ ...base, timestampHeader: 'soon' })).toBe(false);
    expect(verifyWebhookSignature({ ...base, signatureHeader: undefined })).toBe(false);
  });
});
