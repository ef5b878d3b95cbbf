// Errors raised before Apollo sees a request (the JSON body parser) are answered in the GraphQL
// error shape, as JSON, without Express's HTML page (which shows a stack trace outside production).
import type { ErrorRequestHandler } from 'express';

export interface RequestErrorLogger {
  error(details: Record<string, unknown>, message: string): void;
}

export function requestErrorsAsJson(bodyLimitBytes: number, logger: RequestErrorLogger): ErrorRequestHandler {
  return (error: { type?: string; status?: number; statusCode?: number }, req, res, next) => {
    if (res.headersSent) return next(error);
    const status = error.status ?? error.statusCode ?? 500;
    let body: { message: string; code: string };
    if (error.type === 'entity.too.large') body = { message: `The request body is larger than ${bodyLimitBytes} bytes`, code: 'PAYLOAD_TOO_LARGE' };
    else if (error.type === 'entity.parse.failed') body = { message: 'The request body is not valid JSON', code: 'BAD_REQUEST' };
    else if (status < 500) body = { message: 'The request could not be read', code: 'BAD_REQUEST' };
    else {
      logger.error({ err: error, method: req.method }, 'unexpected error before GraphQL handling');
      body = { message: 'Internal server error', code: 'INTERNAL_SERVER_ERROR' };
    }
    res.status(status).json({ errors: [{ message: body.message, extensions: { code: body.code } }] });
  };
}
