import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { validation } from '../errors/index.js';

function messagesOf(errors: ValidationError[], prefix = ''): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) out[field] = Object.values(error.constraints);
    Object.assign(out, messagesOf(error.children ?? [], field));
  }
  return out;
}

/** Input validation for every argument: refused input is a VALIDATION error with each field's reasons. */
export function inputValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const fields = messagesOf(errors);
      const first = Object.values(fields)[0]?.[0] ?? '输入不符合要求';
      return validation(first, { fields });
    },
  });
}
