import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { Length, ValidateBy, type ValidationOptions } from 'class-validator';
import { invalidField } from '../errors/index.js';

function messagesOf(errors: ValidationError[], prefix = ''): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) out[field] = Object.values(error.constraints);
    Object.assign(out, messagesOf(error.children ?? [], field));
  }
  return out;
}

/** The fields class-validator refused, carried from the exception factory to `transform`, which knows the argument. */
class RefusedFields extends Error {
  constructor(readonly fields: Record<string, string[]>) {
    super('refused input');
  }
}

/**
 * Input validation for every argument: refused input is a VALIDATION error with each field's
 * reasons, naming the first field in `extensions.field` by its argument path (`input.title`), as
 * the NUL check does.
 */
class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({
      transform: true,
      whitelist: true,
      forbidUnknownValues: false,
      exceptionFactory: (errors) => new RefusedFields(messagesOf(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (!(error instanceof RefusedFields)) throw error;
      // `@Args('input')` validates one argument, whose name leads the path; `@Args()` validates them all.
      const prefix = metadata.data ? `${metadata.data}.` : '';
      const fields = Object.fromEntries(Object.entries(error.fields).map(([field, messages]) => [`${prefix}${field}`, messages]));
      const [field, messages] = Object.entries(fields)[0] ?? [metadata.data ?? '', []];
      throw invalidField(field, messages[0] ?? '输入不符合要求', fields);
    }
  }
}

export function inputValidationPipe(): ValidationPipe {
  return new InputValidationPipe();
}

const NOT_BLANK = /\S/u;

/**
 * `@Length(min, max)` for a text a person writes: with `min` ≥ 1 the text must also hold more
 * than whitespace (full-width spaces included), since a title of three spaces is as empty as none.
 * Declare required texts with it instead of `@Length`.
 */
export function TextLength(min: number, max: number, options?: ValidationOptions): PropertyDecorator {
  const length = Length(min, max, options);
  if (min < 1) return length;
  const base = typeof options?.message === 'string' ? options.message : '内容不能为空';
  const notBlank = ValidateBy(
    { name: 'notBlank', validator: { validate: (value: unknown) => typeof value !== 'string' || NOT_BLANK.test(value) } },
    { ...options, message: `${base}，且不能只含空白字符` },
  );
  return (target, property) => {
    length(target, property);
    notBlank(target, property);
  };
}
