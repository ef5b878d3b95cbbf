import { errors, jwtVerify, SignJWT } from 'jose';
import { UnauthenticatedError } from '../../core/errors';
import { AuthSettings } from './auth-settings';

/** Pinned: tokens with any other `alg` (including `none`) are rejected before their signature is looked at. */
export const ACCESS_TOKEN_ALGORITHM = 'HS256';
/** RFC 9068 type, so no other JWT signed with the same key passes as an access token. */
const ACCESS_TOKEN_TYPE = 'at+jwt';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface AccessTokenClaims {
  userId: string;
  /** The refresh-token family (sign-in session) the token belongs to. */
  sessionId: string;
}

/** Short-lived JWT access tokens (jose): issuer, audience, type, expiry and algorithm checked. */
export class AccessTokens {
  constructor(private readonly settings: AuthSettings) {}

  async issue(claims: AccessTokenClaims): Promise<{ token: string; expiresAt: Date }> {
    const issuedAt = Math.floor(Date.now() / 1000);
    const expiresAt = issuedAt + this.settings.accessTokenTtlSeconds;
    const token = await new SignJWT({ sid: claims.sessionId })
      .setProtectedHeader({ alg: ACCESS_TOKEN_ALGORITHM, typ: ACCESS_TOKEN_TYPE })
      .setSubject(claims.userId)
      .setIssuer(this.settings.issuer)
      .setAudience(this.settings.audience)
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAt)
      .sign(this.settings.signingKey);
    return { token, expiresAt: new Date(expiresAt * 1000) };
  }

  /** The token's claims, or UNAUTHENTICATED (never anonymous access) for any bad token. */
  async verify(token: string): Promise<AccessTokenClaims> {
    try {
      const { payload } = await jwtVerify(token, this.settings.signingKey, {
        algorithms: [ACCESS_TOKEN_ALGORITHM],
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        typ: ACCESS_TOKEN_TYPE,
        requiredClaims: ['sub', 'exp', 'iat', 'sid'],
      });
      if (typeof payload.sub !== 'string' || !UUID.test(payload.sub) || typeof payload.sid !== 'string' || !UUID.test(payload.sid)) {
        throw new UnauthenticatedError('Invalid access token');
      }
      return { userId: payload.sub, sessionId: payload.sid };
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new UnauthenticatedError('Access token expired; refresh the session or sign in again');
      if (error instanceof UnauthenticatedError) throw error;
      throw new UnauthenticatedError('Invalid access token');
    }
  }
}
