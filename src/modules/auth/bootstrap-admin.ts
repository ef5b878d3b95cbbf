import { randomBytes } from 'node:crypto';
import { validate } from 'class-validator';
import { DataSource } from 'typeorm';
import { Role } from '../../core/roles';
import { User } from '../../entities/user.entity';
import { CreateUserInput } from './auth.inputs';
import { UserService } from './user.service';

/** Arbitrary constant: instances starting together create the first admin once. */
const BOOTSTRAP_LOCK = 7_406_104;

export interface BootstrapLogger {
  info(details: Record<string, unknown>, message: string): void;
  warn(details: Record<string, unknown>, message: string): void;
}

export interface AdminCredentials {
  email: string;
  password: string;
}

export type BootstrapOutcome =
  | { kind: 'created' | 'admin-exists' | 'not-configured' }
  /** Development without ADMIN_EMAIL: the console needs someone to sign in; main prints these once. */
  | { kind: 'generated'; credentials: AdminCredentials };

/** The generated first admin's email (a reserved example domain: it reaches nobody). */
export const GENERATED_ADMIN_EMAIL = 'admin@example.com';

/**
 * Creates the first ADMIN from ADMIN_EMAIL / ADMIN_PASSWORD when no ADMIN exists yet (enabled or
 * not); once one exists the variables are ignored, so restarts never duplicate or reset anyone.
 * The password is validated like createUser's and never logged. Without the variables and with
 * `generateWhenMissing` (development only), the first ADMIN gets a random password instead, so that
 * `npm start` on a new database leaves a console someone can sign in to.
 */
export async function bootstrapAdmin(
  dataSource: DataSource,
  users: UserService,
  configured: AdminCredentials | null,
  logger: BootstrapLogger,
  { generateWhenMissing }: { generateWhenMissing: boolean },
): Promise<BootstrapOutcome> {
  if (!configured && !generateWhenMissing) return { kind: 'not-configured' };
  const admin = configured ?? { email: GENERATED_ADMIN_EMAIL, password: randomBytes(18).toString('base64url') };
  const input = Object.assign(new CreateUserInput(), { email: admin.email, password: admin.password, role: Role.ADMIN });
  const problems = await validate(input);
  if (problems.length > 0) {
    const messages = problems.flatMap((problem) => Object.values(problem.constraints ?? {}));
    throw new Error(`ADMIN_EMAIL / ADMIN_PASSWORD are invalid: ${messages.join('; ')}`);
  }
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [BOOTSTRAP_LOCK]);
    if (await manager.existsBy(User, { role: Role.ADMIN })) {
      if (configured) logger.info({}, 'an ADMIN already exists: ADMIN_EMAIL / ADMIN_PASSWORD ignored');
      return { kind: 'admin-exists' };
    }
    const created = await users.create(input, 'ADMIN_EMAIL', manager);
    // The id, not the email: logs carry no personal data.
    if (!configured) {
      logger.warn({ userId: created.id }, 'created a first ADMIN with a generated password (development only); it is printed once');
      return { kind: 'generated', credentials: admin };
    }
    logger.warn({ userId: created.id }, 'created the first ADMIN from ADMIN_EMAIL; unset ADMIN_PASSWORD now');
    return { kind: 'created' };
  });
}
