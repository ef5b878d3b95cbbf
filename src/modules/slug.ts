import { ValidationOptions, Matches, MaxLength } from 'class-validator';
import { applyDecorators } from '../graphql/apply-decorators';

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Validation for an argument or input field holding a slug (or, with `each`, a list of slugs). */
export function IsSlug(options: Pick<ValidationOptions, 'each'> = {}): PropertyDecorator {
  return applyDecorators(
    MaxLength(120, options),
    Matches(SLUG_PATTERN, { ...options, message: '$property must be a slug: lower-case letters, digits and single hyphens' }),
  );
}
