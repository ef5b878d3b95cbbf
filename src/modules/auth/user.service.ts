import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { Role } from '../../core/roles';
import { RefreshTokenRevocation } from '../../entities/refresh-token.entity';
import { User } from '../../entities/user.entity';
import { RequestContext } from '../../core/request-context';
import { UnauthenticatedError, UserInputError } from '../../core/errors';
import { CreateUserInput, UpdateUserInput } from './auth.inputs';
import { auditedTransaction } from '../editorial/audit';
import { PasswordHasher } from './password-hasher';

const UNIQUE_VIOLATION = '23505';

/** How the audit log names a staff account as the subject of a change. */
const USER = 'USER';

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A display name as given, trimmed; blank: none (the email's local part is shown). */
function givenName(displayName: string | null | undefined): string | null {
  return displayName?.trim() || null;
}

/** Staff accounts. Who may call what is decided by the resolvers' @Authorized permissions. */
export class UserService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
  ) {}

  users(_ctx: RequestContext): Promise<User[]> {
    return this.dataSource.getRepository(User).find({ order: { email: 'ASC' } });
  }

  async me(ctx: RequestContext): Promise<User> {
    if (ctx.viewer.kind !== 'user') throw new UnauthenticatedError();
    const user = await this.dataSource.getRepository(User).findOneBy({ id: ctx.viewer.userId });
    if (!user) throw new UnauthenticatedError();
    return user;
  }

  createUser(ctx: RequestContext, input: CreateUserInput): Promise<User> {
    return auditedTransaction(
      this.dataSource,
      ctx,
      'createUser',
      { entityType: USER, entityId: null, named: (user) => ({ entityId: user.id }) },
      (manager) => this.create(input, 'input.email', manager),
    );
  }

  /** Also used by the CLI and the start-up admin; the input must already be validated. */
  async create(input: CreateUserInput, emailField = 'email', manager: EntityManager = this.dataSource.manager): Promise<User> {
    const email = normalizeEmail(input.email);
    const taken = () => UserInputError.forField(emailField, 'a user with this email already exists');
    if (await manager.existsBy(User, { email })) throw taken();
    const passwordHash = await this.hasher.hash(input.password);
    try {
      return await manager.save(
        manager.create(User, { email, passwordHash, role: input.role, disabled: false, displayName: givenName(input.displayName) }),
      );
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION) throw taken();
      throw error;
    }
  }

  /** Changes role, disabled state and/or display name; disabling revokes every refresh token of the user. */
  async updateUser(ctx: RequestContext, id: string, input: UpdateUserInput): Promise<User> {
    return auditedTransaction(this.dataSource, ctx, 'updateUser', { entityType: USER, entityId: id }, async (manager) => {
      // Every enabled admin is locked, so two admins cannot demote each other at the same time.
      const admins = await manager.find(User, {
        where: { role: Role.ADMIN, disabled: false },
        order: { id: 'ASC' },
        lock: { mode: 'pessimistic_write' },
      });
      const user = await manager.findOne(User, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw UserInputError.forField('id', 'no user has this id');

      const role = input.role ?? user.role;
      const disabled = input.disabled ?? user.disabled;
      const wasEnabledAdmin = user.role === Role.ADMIN && !user.disabled;
      const staysEnabledAdmin = role === Role.ADMIN && !disabled;
      if (wasEnabledAdmin && !staysEnabledAdmin && admins.every((admin) => admin.id === user.id)) {
        throw UserInputError.forField(input.disabled ? 'input.disabled' : 'input.role', 'at least one enabled ADMIN must remain');
      }
      user.role = role;
      user.disabled = disabled;
      if (input.displayName != null) user.displayName = givenName(input.displayName);
      const saved = await manager.save(user);
      if (disabled) {
        await manager.query(`UPDATE refresh_token SET revoked_at = now(), revoked_reason = $2 WHERE user_id = $1 AND revoked_at IS NULL`, [
          user.id,
          RefreshTokenRevocation.USER_DISABLED,
        ]);
      }
      return saved;
    });
  }
}
