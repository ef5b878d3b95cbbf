import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { parseOptions } from '@node-rs/argon2';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { ANONYMOUS_VIEWER, Viewer } from '../../core/viewer';
import { RefreshToken, RefreshTokenRevocation } from '../../entities/refresh-token.entity';
import { User } from '../../entities/user.entity';
import { RequestContext } from '../../core/request-context';
import { UnauthenticatedError } from '../../core/errors';
import { looksLikePartnerKey, PartnerKeys } from '../partners/partner-keys';
import { AccessTokens } from './access-tokens';
import { AuthSettings } from './auth-settings';
import { LoginInput } from './auth.inputs';
import { AuthPayload } from './auth.types';
import { accountKey, addressKey, LoginThrottle } from './login-throttle';
import { ARGON2_OPTIONS, PasswordHasher } from './password-hasher';
import { normalizeEmail } from './user.service';

const REFRESH_TOKEN_BYTES = 32;
const INVALID_CREDENTIALS = 'Invalid email or password';
const INVALID_REFRESH_TOKEN = 'Invalid or expired refresh token; sign in again';
const BEARER = /^Bearer +([A-Za-z0-9_.~+/-]+=*)$/i;

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Sign-in, refresh-token rotation, sign-out and resolving the viewer of a request. */
export class AuthService {
  private readonly throttle: LoginThrottle;
  private readonly accessTokens: AccessTokens;

  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: AuthSettings,
    private readonly hasher: PasswordHasher,
    private readonly partnerKeys: PartnerKeys,
  ) {
    this.throttle = new LoginThrottle(dataSource, {
      maxFailures: settings.loginMaxFailures,
      windowSeconds: settings.loginFailureWindowSeconds,
    });
    this.accessTokens = new AccessTokens(settings);
  }

  /**
   * The same message for an unknown email, a wrong password and a disabled account; unknown
   * emails are hashed against a dummy hash so they take as long as known ones.
   */
  async login(ctx: RequestContext, input: LoginInput): Promise<AuthPayload> {
    const email = normalizeEmail(input.email);
    const account = accountKey(email);
    const attempt = await this.throttle.begin([account, addressKey(ctx.clientAddress)]);

    const user = await this.dataSource.getRepository(User).findOneBy({ email });
    const valid = user ? await this.hasher.verify(user.passwordHash, input.password) : await this.hasher.verifyAgainstDummy(input.password);
    if (!user || !valid || user.disabled) throw new UnauthenticatedError(INVALID_CREDENTIALS);

    await this.throttle.succeeded(attempt, account);
    const changes: Partial<User> = { lastLoginAt: new Date() };
    if (needsRehash(user.passwordHash)) changes.passwordHash = await this.hasher.hash(input.password);
    await this.dataSource.getRepository(User).update({ id: user.id }, changes);
    return this.dataSource.transaction((manager) => this.issue(manager, { ...user, ...changes }, randomUUID()));
  }

  /**
   * Rotates a refresh token: the presented one is revoked and a new pair returned. Presenting a
   * token that was already revoked means it leaked (or a client replayed it): every token of its
   * family is revoked, ending that session for everyone holding it.
   */
  async refreshSession(_ctx: RequestContext, refreshToken: string): Promise<AuthPayload> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(RefreshToken, {
        where: { tokenHash: hashRefreshToken(refreshToken) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current) return null;
      if (current.revokedAt) {
        await revokeFamily(manager, current.familyId, RefreshTokenRevocation.REUSE);
        return null;
      }
      const user = await manager.findOneBy(User, { id: current.userId });
      if (current.expiresAt.getTime() <= Date.now() || !user || user.disabled) return null;
      await manager.update(RefreshToken, { id: current.id }, { revokedAt: new Date(), revokedReason: RefreshTokenRevocation.ROTATED });
      return this.issue(manager, user, current.familyId);
    });
    if (!outcome) throw new UnauthenticatedError(INVALID_REFRESH_TOKEN);
    return outcome;
  }

  /** Ends the session the refresh token belongs to; true whether or not the token was still valid. */
  async logout(_ctx: RequestContext, refreshToken: string): Promise<boolean> {
    await this.dataSource.transaction(async (manager) => {
      const token = await manager.findOneBy(RefreshToken, { tokenHash: hashRefreshToken(refreshToken) });
      if (token) await revokeFamily(manager, token.familyId, RefreshTokenRevocation.LOGOUT);
    });
    return true;
  }

  /**
   * The viewer named by the Authorization or x-api-key header: anonymous without either; a partner
   * for a valid partner key (`dpk_…`, in either header); a user for a valid access token whose user
   * is enabled and whose session is not revoked; UNAUTHENTICATED otherwise.
   */
  async viewerFor(authorization: string | undefined, apiKey?: string): Promise<Viewer> {
    const hasAuthorization = authorization !== undefined && authorization.trim() !== '';
    if (apiKey !== undefined && apiKey.trim() !== '') {
      if (hasAuthorization) throw new UnauthenticatedError('Send an Authorization header or an x-api-key header, not both');
      return this.partnerKeys.viewerFor(apiKey.trim());
    }
    if (!hasAuthorization) return ANONYMOUS_VIEWER;
    const match = BEARER.exec(authorization.trim());
    if (!match) throw new UnauthenticatedError('The Authorization header must be "Bearer <access token>" or "Bearer <API key>"');
    if (looksLikePartnerKey(match[1])) return this.partnerKeys.viewerFor(match[1]);
    const claims = await this.accessTokens.verify(match[1]);
    const [row]: { id: string; email: string; role: User['role'] }[] = await this.dataSource.query(
      `SELECT u.id, u.email, u.role FROM staff_user u
        WHERE u.id = $1 AND NOT u.disabled
          AND EXISTS (SELECT 1 FROM refresh_token t WHERE t.family_id = $2 AND t.user_id = u.id AND t.revoked_at IS NULL)`,
      [claims.userId, claims.sessionId],
    );
    if (!row) throw new UnauthenticatedError('This session has ended; sign in again');
    return { kind: 'user', userId: row.id, email: row.email, role: row.role, canPreviewDrafts: true };
  }

  private async issue(manager: EntityManager, user: User, familyId: string): Promise<AuthPayload> {
    const refreshToken = randomBytes(REFRESH_TOKEN_BYTES).toString('base64url');
    const refreshTokenExpiresAt = new Date(Date.now() + this.settings.refreshTokenTtlSeconds * 1000);
    await manager.insert(RefreshToken, {
      userId: user.id,
      familyId,
      tokenHash: hashRefreshToken(refreshToken),
      expiresAt: refreshTokenExpiresAt,
      revokedAt: null,
      revokedReason: null,
    });
    const access = await this.accessTokens.issue({ userId: user.id, sessionId: familyId });
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken,
      refreshTokenExpiresAt,
      tokenType: 'Bearer',
      user,
    };
  }
}

async function revokeFamily(manager: EntityManager, familyId: string, reason: RefreshTokenRevocation): Promise<void> {
  await manager.update(RefreshToken, { familyId, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: reason });
}

/** True when a stored hash was made with other parameters than today's policy. */
function needsRehash(passwordHash: string): boolean {
  try {
    const used = parseOptions(passwordHash);
    return (
      used.algorithm !== ARGON2_OPTIONS.algorithm ||
      used.memoryCost !== ARGON2_OPTIONS.memoryCost ||
      used.timeCost !== ARGON2_OPTIONS.timeCost ||
      used.parallelism !== ARGON2_OPTIONS.parallelism
    );
  } catch {
    return false;
  }
}
