// Partner API keys: `dpk_<key id>_<secret>`. The key id (8 random bytes, hex) is public and finds
// the row; the secret is 32 random bytes (base64url). Only HMAC-SHA-256(pepper, whole key) is
// stored: a fast keyed hash suffices for 256-bit random secrets, and without the pepper a leaked
// table cannot even be checked against guesses.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { DataSource } from 'typeorm';
import { PARTNER_SCOPES, PartnerScope } from '../../core/partner-scopes';
import { PartnerViewer } from '../../core/viewer';
import { UnauthenticatedError } from '../../core/errors';

export const PARTNER_KEY_PREFIX = 'dpk_';
const KEY_ID_BYTES = 8;
const SECRET_BYTES = 32;
const PARTNER_KEY = /^dpk_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;
/** last_used_at is written at most this often per key (it costs a write). */
const LAST_USED_RESOLUTION_MS = 60_000;
const INVALID_KEY = 'Invalid API key';

export function looksLikePartnerKey(credential: string): boolean {
  return credential.startsWith(PARTNER_KEY_PREFIX);
}

export interface IssuedKey {
  /** The whole key: shown once, never stored. */
  apiKey: string;
  keyId: string;
  secretHash: string;
}

export interface UsageLogger {
  warn(details: Record<string, unknown>, message: string): void;
}

interface KeyRow {
  id: string;
  secret_hash: string;
  expires_at: Date | null;
  revoked_at: Date | null;
  last_used_at: Date | null;
  app_id: string;
  scopes: string[];
  cost_budget: number | null;
  max_query_cost: number | null;
  disabled: boolean;
}

export class PartnerKeys {
  private readonly pepper: Buffer;

  constructor(
    private readonly dataSource: DataSource,
    pepper: string,
    private readonly logger: UsageLogger,
  ) {
    this.pepper = Buffer.from(pepper, 'utf8');
  }

  hash(apiKey: string): string {
    return createHmac('sha256', this.pepper).update(apiKey, 'utf8').digest('hex');
  }

  issue(): IssuedKey {
    const keyId = randomBytes(KEY_ID_BYTES).toString('hex');
    const apiKey = `${PARTNER_KEY_PREFIX}${keyId}_${randomBytes(SECRET_BYTES).toString('base64url')}`;
    return { apiKey, keyId, secretHash: this.hash(apiKey) };
  }

  /**
   * The partner viewer of a key, or UNAUTHENTICATED: unknown or mistyped keys get one message;
   * revoked, expired and disabled ones (whose secret matched) say which.
   */
  async viewerFor(apiKey: string): Promise<PartnerViewer> {
    const match = PARTNER_KEY.exec(apiKey);
    if (!match) throw new UnauthenticatedError(INVALID_KEY);
    const given = Buffer.from(this.hash(apiKey), 'hex');
    const [row]: KeyRow[] = await this.dataSource.query(
      `SELECT k.id, k.secret_hash, k.expires_at, k.revoked_at, k.last_used_at,
              a.id AS app_id, a.scopes, a.cost_budget, a.max_query_cost, a.disabled
         FROM partner_key k JOIN partner_app a ON a.id = k.app_id
        WHERE k.key_id = $1`,
      [match[1]],
    );
    if (!row || !timingSafeEqual(given, Buffer.from(row.secret_hash, 'hex'))) throw new UnauthenticatedError(INVALID_KEY);
    const now = Date.now();
    if (row.revoked_at) throw new UnauthenticatedError('This API key has been revoked');
    if (row.expires_at && row.expires_at.getTime() <= now) throw new UnauthenticatedError('This API key has expired');
    if (row.disabled) throw new UnauthenticatedError('This partner app is disabled');

    if (!row.last_used_at || now - row.last_used_at.getTime() >= LAST_USED_RESOLUTION_MS) {
      // Not awaited: recording use never slows or fails the request.
      this.dataSource
        .query('UPDATE partner_key SET last_used_at = now() WHERE id = $1', [row.id])
        .catch((error: unknown) => this.logger.warn({ err: String(error), keyId: match[1] }, 'could not record partner key use'));
    }
    return {
      kind: 'partner',
      appId: row.app_id,
      keyId: match[1],
      scopes: row.scopes.filter((scope): scope is PartnerScope => (PARTNER_SCOPES as string[]).includes(scope)),
      maxQueryCost: row.max_query_cost,
      costBudget: row.cost_budget,
      canPreviewDrafts: false,
    };
  }
}
