import { describe, expect, it } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { AppError, ErrorCode, formatGraphQLError, fromDatabaseError, notFound } from '../index.js';

const located = (error: Error) => new GraphQLError(error.message, { originalError: error, path: ['field'] });

describe('formatGraphQLError', () => {
  it('keeps the code and Chinese message of an application error', () => {
    const error = located(notFound('机构'));
    expect(formatGraphQLError({ message: error.message, path: ['field'] }, error)).toEqual({
      message: '机构不存在或不在本辖区内',
      path: ['field'],
      locations: undefined,
      extensions: { code: ErrorCode.NOT_FOUND },
    });
  });

  it('hides an unexpected error behind a generic message without a stack trace', () => {
    const error = located(new TypeError("Cannot read properties of undefined (reading 'id')"));
    const formatted = formatGraphQLError({ message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x.js:1'] } }, error);
    expect(formatted).toEqual({ message: '服务器内部错误', path: undefined, extensions: { code: ErrorCode.INTERNAL } });
  });

  it("translates the database's refusals into the API's codes", () => {
    expect(fromDatabaseError({ code: '42501' })?.code).toBe(ErrorCode.FORBIDDEN);
    expect(fromDatabaseError({ driverError: { code: '23505' } })?.code).toBe(ErrorCode.CONFLICT);
    expect(fromDatabaseError({ code: '23503' })?.code).toBe(ErrorCode.VALIDATION);
    expect(fromDatabaseError({ code: '57014' })).toBeNull();
  });

  it('answers a NUL byte or an impossible date that reached the database with VALIDATION, not an internal error', () => {
    const nul = located(Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: '22021' }));
    expect(formatGraphQLError({ message: nul.message, path: ['field'] }, nul)).toEqual({
      message: '输入含有不允许的字符（如空字符）',
      path: ['field'],
      locations: undefined,
      extensions: { code: ErrorCode.VALIDATION },
    });
    expect(fromDatabaseError({ driverError: { code: '22008' } })?.code).toBe(ErrorCode.VALIDATION);
    expect(fromDatabaseError({ code: '22007' })?.code).toBe(ErrorCode.VALIDATION);
  });

  it("turns GraphQL's own validation failures into VALIDATION with a Chinese message", () => {
    const formatted = formatGraphQLError(
      { message: 'Cannot query field "nope" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      new GraphQLError('Cannot query field'),
    );
    expect(formatted.extensions?.code).toBe(ErrorCode.VALIDATION);
    expect(formatted.message).toBe('请求不符合接口定义：Cannot query field "nope" on type "Query".');
  });

  it('passes details of an application error through', () => {
    const error = new AppError(ErrorCode.VALIDATION, '名称长度应为 1–100 个字', { fields: { name: ['名称长度应为 1–100 个字'] } });
    expect(formatGraphQLError({ message: error.message }, error).extensions).toEqual({
      code: ErrorCode.VALIDATION,
      details: { fields: { name: ['名称长度应为 1–100 个字'] } },
    });
  });
});
