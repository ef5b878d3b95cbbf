import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DateTime } from 'luxon';
import { isCurrencyCode } from '../domain/currency';

const OFFSET_PATTERN = /(Z|[+-]\d{2}:?\d{2})$/i;

function badValue(scalar: string, message: string): GraphQLError {
  return new GraphQLError(`${scalar} ${message}`, { extensions: { code: 'BAD_USER_INPUT' } });
}

function parseDateTime(value: unknown): string {
  if (typeof value !== 'string') throw badValue('DateTime', 'must be an ISO-8601 string with an offset');
  const parsed = DateTime.fromISO(value, { setZone: true });
  if (!parsed.isValid || !value.includes('T') || !OFFSET_PATTERN.test(value)) {
    throw badValue('DateTime', `must be an ISO-8601 date-time with an offset, e.g. 2026-03-01T10:00:00+01:00; got "${value}"`);
  }
  // Extended years (+275760-…) are valid ISO-8601 but leave no room for date arithmetic.
  if (parsed.year < 1000 || parsed.year > 9999) throw badValue('DateTime', `must have a four-digit year; got "${value}"`);
  return parsed.toISO();
}

/** ISO-8601 instant with offset. Inputs are parsed to normalised strings; outputs keep their offset. */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'ISO-8601 date-time with offset, e.g. 2026-03-01T10:00:00+01:00',
  serialize(value) {
    if (value instanceof Date) return value.toISOString();
    if (typeof value === 'string') return value;
    throw new TypeError('DateTime cannot represent this value');
  },
  parseValue: parseDateTime,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw badValue('DateTime', 'must be a string');
    return parseDateTime(ast.value);
  },
});

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || !DateTime.fromISO(value).isValid) {
    throw badValue('Date', `must be a calendar date YYYY-MM-DD; got ${JSON.stringify(value)}`);
  }
  return value;
}

/** Calendar date without time or zone. */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'Calendar date, YYYY-MM-DD',
  serialize(value) {
    if (typeof value === 'string') return value;
    throw new TypeError('Date cannot represent this value');
  },
  parseValue: parseDate,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw badValue('Date', 'must be a string');
    return parseDate(ast.value);
  },
});

function parseCurrencyCode(value: unknown): string {
  if (typeof value !== 'string' || !isCurrencyCode(value))
    throw badValue('CurrencyCode', `must be an ISO 4217 currency code in capitals, e.g. EUR; got ${JSON.stringify(value)}`);
  return value;
}

/** An ISO 4217 currency code such as EUR or USD. */
export const CurrencyCodeScalar = new GraphQLScalarType({
  name: 'CurrencyCode',
  description: 'ISO 4217 currency code in capitals, e.g. EUR, USD, JPY',
  serialize(value) {
    if (typeof value === 'string') return value;
    throw new TypeError('CurrencyCode cannot represent this value');
  },
  parseValue: parseCurrencyCode,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw badValue('CurrencyCode', 'must be a string');
    return parseCurrencyCode(ast.value);
  },
});
