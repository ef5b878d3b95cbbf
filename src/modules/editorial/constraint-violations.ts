// Database constraint violations that editors can act on, told as the domain errors they mean.
import { QueryFailedError } from 'typeorm';
import { UserInputError } from '../../core/errors';
import { ContentDescriptor } from './content-types/content-descriptor';
import { EntryInUseError } from './editorial.errors';

const FOREIGN_KEY_VIOLATION = '23503';
const UNIQUE_VIOLATION = '23505';

function sqlState(error: unknown): string | undefined {
  return error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
}

/** Two editors claiming the same new slug at once: the loser hears it like any taken slug. */
export function explainUniqueViolation(error: unknown, d: ContentDescriptor): unknown {
  return sqlState(error) === UNIQUE_VIOLATION ? UserInputError.forField(`input.${d.keyColumn}`, `is already used by another ${d.label}`) : error;
}

/** A row the reference checks did not name still points at the entry being deleted. */
export function explainForeignKeyViolation(error: unknown, d: ContentDescriptor): unknown {
  return sqlState(error) === FOREIGN_KEY_VIOLATION ? new EntryInUseError(d.label, [{ what: 'other entries', keys: [] }]) : error;
}
