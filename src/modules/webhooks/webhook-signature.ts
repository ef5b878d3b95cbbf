// How deliveries are signed, and the check a receiver runs (the README shows the same recipe).
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_VERSION = 'v1';
/** Bytes of randomness in a generated secret. */
export const SECRET_BYTES = 32;
/** How old a timestamp a receiver should accept (the README's recommendation). */
export const RECOMMENDED_TOLERANCE_SECONDS = 300;

/** A new endpoint secret: `whsec_` and 32 random bytes in base64url. The HMAC key is the whole string (UTF-8). */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(SECRET_BYTES).toString('base64url')}`;
}

/** Hex HMAC-SHA256 of `${timestamp}.${rawBody}` under the secret. */
export function computeSignature(secret: string, timestamp: number, rawBody: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex');
}

/** The `x-dermaplan-signature` header value. */
export function signatureHeader(secret: string, timestamp: number, rawBody: string): string {
  return `${SIGNATURE_VERSION}=${computeSignature(secret, timestamp, rawBody)}`;
}

/**
 * A receiver's check: the timestamp header is recent and one `v1=` signature in the header
 * matches the raw body. Constant-time comparison; a missing or malformed header is simply false.
 */
export function verifyWebhookSignature(args: {
  secret: string;
  rawBody: string;
  timestampHeader: string | undefined;
  signatureHeader: string | undefined;
  toleranceSeconds?: number;
  nowSeconds?: number;
}): boolean {
  const { secret, rawBody, timestampHeader, signatureHeader: header } = args;
  if (!timestampHeader || !header || !/^\d{1,12}$/.test(timestampHeader)) return false;
  const timestamp = Number(timestampHeader);
  const now = args.nowSeconds ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - timestamp) > (args.toleranceSeconds ?? RECOMMENDED_TOLERANCE_SECONDS)) return false;
  const expected = Buffer.from(computeSignature(secret, timestamp, rawBody), 'hex');
  return header.split(',').some((part) => {
    const [version, value] = part.trim().split('=', 2);
    if (version !== SIGNATURE_VERSION || !value || !/^[0-9a-f]{64}$/i.test(value)) return false;
    return timingSafeEqual(Buffer.from(value, 'hex'), expected);
  });
}
