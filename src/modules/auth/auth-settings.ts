import { randomBytes } from 'node:crypto';
import { AuthConfig, MIN_JWT_SECRET_BYTES } from '../../config';

/** What the auth services need, with the signing key resolved. */
export interface AuthSettings {
  /** HS256 key (at least 32 bytes). */
  signingKey: Uint8Array;
  issuer: string;
  audience: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  loginMaxFailures: number;
  loginFailureWindowSeconds: number;
  /** HMAC key for partner API key hashes. */
  partnerKeyPepper: string;
  partnerKeyRotationGraceSeconds: number;
}

/**
 * Used when PARTNER_KEY_PEPPER is unset (development and test only): public, so keys stored with
 * it are no better than unpeppered SHA-256 hashes, but they keep working across restarts.
 */
export const DEVELOPMENT_PARTNER_KEY_PEPPER = 'dermaplan development partner-key pepper (not secret)';

export interface WarningLogger {
  warn(message: string): void;
}

/**
 * Uses JWT_SECRET, or (development and test only: config refuses production without it) an
 * ephemeral random key, with a warning: tokens then die with the process and no other instance
 * accepts them.
 */
export function resolveAuthSettings(config: AuthConfig, logger: WarningLogger): AuthSettings {
  let signingKey: Uint8Array;
  if (config.jwtSecret === null) {
    signingKey = randomBytes(MIN_JWT_SECRET_BYTES);
    logger.warn(
      'JWT_SECRET is not set: access tokens are signed with an ephemeral key generated at start-up; ' +
        'they stop working on restart and other instances reject them. Set JWT_SECRET (required in production).',
    );
  } else {
    signingKey = new Uint8Array(Buffer.from(config.jwtSecret, 'utf8'));
  }
  if (config.partnerKeyPepper === null) {
    logger.warn('PARTNER_KEY_PEPPER is not set: partner keys are hashed with a public development pepper. Set it (required in production).');
  }
  return {
    signingKey,
    issuer: config.jwtIssuer,
    audience: config.jwtAudience,
    accessTokenTtlSeconds: config.accessTokenTtlSeconds,
    refreshTokenTtlSeconds: config.refreshTokenTtlSeconds,
    loginMaxFailures: config.loginMaxFailures,
    loginFailureWindowSeconds: config.loginFailureWindowSeconds,
    partnerKeyPepper: config.partnerKeyPepper ?? DEVELOPMENT_PARTNER_KEY_PEPPER,
    partnerKeyRotationGraceSeconds: config.partnerKeyRotationGraceSeconds,
  };
}
