// Endpoint signing secrets at rest. Every delivery is signed with the secret itself, so it cannot be
// hashed like a password or an API key; it is encrypted instead (AES-256-GCM under a key derived
// from WEBHOOK_SECRET_KEY), so a copy of the database alone does not let anyone forge deliveries.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/** Used when WEBHOOK_SECRET_KEY is unset (development and test only; refused in production). Public. */
export const DEVELOPMENT_WEBHOOK_SECRET_KEY = 'dermaplan development webhook-secret key (not secret)';

const FORMAT = 'v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class WebhookSecretBox {
  private readonly key: Buffer;

  /** `secretKey`: WEBHOOK_SECRET_KEY, or null for the public development key. */
  constructor(secretKey: string | null) {
    // Any string of at least 32 bytes (config checks it) becomes a 256-bit AES key.
    this.key = createHash('sha256')
      .update(secretKey ?? DEVELOPMENT_WEBHOOK_SECRET_KEY, 'utf8')
      .digest();
  }

  /** `v1:` and base64url(iv | tag | ciphertext). */
  seal(secret: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return FORMAT + Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64url');
  }

  /** The secret of a stored value; a value from before encryption (plain `whsec_…`) is returned as it is. */
  open(stored: string): string {
    if (!stored.startsWith(FORMAT)) return stored;
    const sealed = Buffer.from(stored.slice(FORMAT.length), 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', this.key, sealed.subarray(0, IV_BYTES));
    decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  }
}
