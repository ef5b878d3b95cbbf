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

export type BootstrapOutcome = 'created' | 'admin-exists' | 'not-configured';

/**
 * Creates the first ADMIN from ADMIN_EMAIL / ADMIN_PASSWORD when no ADMIN exists yet (enabled or
 * not); once one exists the variables are ignored, so restarts never duplicate or reset anyone.
 * The password is validated like createUser's and never logged.
 */
export async function bootstrapAdmin(
  dataSource: DataSource,
  users: UserService,
  admin: { email: string; password: string } | null,
  logger: BootstrapLogger,
): Promise<BootstrapOutcome> {
  if (!admin) return 'not-configured';
  const input = Object.assign(new CreateUserInput(), { email: admin.email, password: admin.password, role: Role.ADMIN });
  const problems = await validate(input);
  if (problems.length > 0) {
    const messages = problems.flatMap((problem) => Object.values(problem.constraints ?? {}));
    throw new Error(`ADMIN_EMAIL / ADMIN_PASSWORD are invalid: ${messages.join('; ')}`);
  }
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [BOOTSTRAP_LOCK]);
    if (await manager.existsBy(User, { role: Role.ADMIN })) {
      logger.info({}, 'an ADMIN already exists: ADMIN_EMAIL / ADMIN_PASSWORD ignored');
      return 'admin-exists';
    }
    const created = await users.create(input, 'ADMIN_EMAIL', manager);
    // The id, not the email: logs carry no personal data.
    logger.warn({ userId: created.id }, 'created the first ADMIN from ADMIN_EMAIL; unset ADMIN_PASSWORD now');
    return 'created';
  });
}
