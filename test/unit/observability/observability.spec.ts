import { QueryRunnerAlreadyReleasedError } from 'typeorm';
import { isDatabaseUnavailable } from '../../../src/db/database-errors';
import { serializeError } from '../../../src/logger';
import { createMetrics, MAX_OPERATION_NAMES } from '../../../src/observability/metrics';
import { acceptableRequestId } from '../../../src/observability/request-scope';

describe('isDatabaseUnavailable', () => {
  const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

  it.each([
    ['a refused connection', withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['a server shutting down (57P01)', withCode('57P01', 'terminating connection due to administrator command')],
    ['a server starting up (57P03)', withCode('57P03', 'the database system is starting up')],
    ['a connection exception class 08', withCode('08006')],
    ['too many connections (53300)', withCode('53300')],
    ['pg-pool waiting too long', new Error('timeout exceeded when trying to connect')],
    ['a connection lost mid-query', new Error('Connection terminated unexpectedly')],
    ["pg's own connect timeout", new Error('timeout expired')],
    ['a query written to a socket that just closed', withCode('ERR_STREAM_DESTROYED', 'Cannot call write after a stream was destroyed')],
    ['a client closed under a query', new Error('Client was closed and is not queryable')],
    ['a transaction whose connection broke between statements', new QueryRunnerAlreadyReleasedError()],
    ['an error thrown in a plugin, wrapped by Apollo', Object.assign(new Error('Unexpected error'), { originalError: withCode('ECONNREFUSED') })],
    ['a wrapped driver error (QueryFailedError)', Object.assign(new Error('failed'), { driverError: withCode('57P01') })],
    [
      'a plain object wrapped by graphql-js',
      Object.assign(new Error('Unexpected error value'), { thrownValue: { code: 'ECONNRESET', syscall: 'read' } }),
    ],
    ['a cause', new Error('outer', { cause: withCode('ECONNREFUSED') })],
  ])('recognises %s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', withCode('23505', 'duplicate key value violates unique constraint')],
    ['a missing relation', withCode('42P01', 'relation "x" does not exist')],
    ['a statement timeout (57014): the database is up, the query too slow', withCode('57014', 'canceling statement due to statement timeout')],
    ['a plain error', new Error('boom')],
    ['a non-error', 'ECONNREFUSED'],
  ])('does not mistake %s for an outage', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

describe('serializeError (what logs keep of an error)', () => {
  it('keeps type, message, code, stack and cause, and drops SQL, parameters and row values', () => {
    const error = Object.assign(new Error('duplicate key value violates unique constraint "UQ_user_email"'), {
      code: '23505',
      query: 'INSERT INTO staff_user (email, password_hash) VALUES ($1, $2)',
      parameters: ['someone@example.test', '$argon2id$secret'],
      detail: 'Key (email)=(someone@example.test) already exists.',
      driverError: { detail: 'Key (email)=(someone@example.test) already exists.' },
    });
    const logged = serializeError(error);
    expect(logged).toMatchObject({ type: 'Error', message: error.message, code: '23505', stack: expect.any(String) });
    expect(JSON.stringify(logged)).not.toMatch(/INSERT|example\.test|argon2/);
  });
});

describe('metrics', () => {
  it('caps the operation-name label set: past the limit, new names count as "other"', async () => {
    const metrics = createMetrics();
    for (let index = 0; index < MAX_OPERATION_NAMES + 50; index += 1) metrics.observeOperation(`Operation${index}`, 'query', 0.01);
    metrics.observeOperation('not a valid name!', 'query', 0.01);
    metrics.observeOperation(null, 'query', 0.01);
    const { values } = await metrics.registry.getSingleMetric('dermaplan_graphql_requests_total')!.get();
    const names = new Set(values.map((value) => value.labels.operation));
    expect(names.size).toBe(MAX_OPERATION_NAMES + 3);
    expect(values.find((value) => value.labels.operation === 'other')!.value).toBe(50);
    expect(names).toContain('invalid');
    expect(names).toContain('anonymous');
  });
});

describe('acceptableRequestId', () => {
  it('accepts plausible ids up to 100 characters and refuses the rest', () => {
    expect(acceptableRequestId('abc-123_DEF.4:5')).toBe('abc-123_DEF.4:5');
    expect(acceptableRequestId('x'.repeat(100))).toBe('x'.repeat(100));
    for (const bad of [undefined, '', 'x'.repeat(101), 'has space', 'new\nline', '"quoted"']) expect(acceptableRequestId(bad)).toBeNull();
  });
});
