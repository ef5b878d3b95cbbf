// npm run user:create -- --email a@b.c [--role EDITOR|REVIEWER|ADMIN]
// Creates a staff account. The password comes from USER_PASSWORD or standard input (a prompt
// without echo on a terminal), never from the command line, where other users and shell
// history could read it. Targets DATABASE_URL, or the embedded PostgreSQL that `npm start` runs.
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { validate } from 'class-validator';
import { Role } from '../core/roles';
import { loadConfig, userPasswordFromEnv } from '../config';
import { createDataSource } from '../db/data-source';
import { embeddedDatabaseUrl } from '../db/database-url';
import { DomainError } from '../core/errors';
import { CreateUserInput } from '../modules/auth/auth.inputs';
import { PasswordHasher } from '../modules/auth/password-hasher';
import { UserService } from '../modules/auth/user.service';

const USAGE =
  'usage: npm run user:create -- --email <email> [--role EDITOR|REVIEWER|ADMIN]\n' +
  'The password is read from USER_PASSWORD, or else from standard input.';

class UsageError extends Error {}

function readArguments(argv: string[]): { email: string; role: Role } {
  let values: { email?: string; role?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { email: { type: 'string' }, role: { type: 'string', default: Role.EDITOR }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    // parseArgs names the offending option, never its value; a stray --password is refused here.
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) throw new UsageError('');
  if (!values.email) throw new UsageError('--email is required');
  const role = values.role?.toUpperCase();
  if (!Object.values(Role).includes(role as Role)) throw new UsageError(`--role must be one of ${Object.values(Role).join(', ')}`);
  return { email: values.email, role: role as Role };
}

/** Reads one line from a terminal without echoing it. */
function promptHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let entered = '';
    const finish = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(entered);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return finish();
        if (char === '\u0003' || char === '\u0004') return finish(new UsageError('cancelled'));
        if (char === '\u007f' || char === '\b') entered = entered.slice(0, -1);
        else entered += char;
      }
    };
    stdin.on('data', onData);
  });
}

async function readPassword(): Promise<string> {
  const fromEnv = userPasswordFromEnv();
  if (fromEnv !== null) return fromEnv;
  if (process.stdin.isTTY) {
    const first = await promptHidden('Password: ');
    const second = await promptHidden('Repeat password: ');
    if (first !== second) throw new UsageError('the passwords differ');
    return first;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin as AsyncIterable<Buffer | string>) chunks.push(Buffer.from(chunk));
  // One trailing line break (from echo or a file) is not part of the password.
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

async function main(): Promise<void> {
  const { email, role } = readArguments(process.argv.slice(2));
  const input = Object.assign(new CreateUserInput(), { email, role, password: await readPassword() });
  const problems = await validate(input);
  if (problems.length > 0) {
    throw new UsageError(problems.flatMap((problem) => Object.values(problem.constraints ?? {})).join('; '));
  }

  const config = loadConfig();
  const dataSource = createDataSource({ url: config.databaseUrl ?? embeddedDatabaseUrl(config), ...config.db });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const user = await new UserService(dataSource, new PasswordHasher()).create(input);
    console.log(`Created ${user.role} ${user.email} (id ${user.id})`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(error.message ? `${error.message}\n${USAGE}` : USAGE);
    process.exit(2);
  }
  // Domain and database messages name fields and causes, never the password.
  console.error('Could not create the user:', error instanceof DomainError || error instanceof Error ? error.message : String(error));
  process.exit(1);
});
