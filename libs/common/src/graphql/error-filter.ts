import { Catch, Logger } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { AppError, fromDatabaseError } from '../errors/index.js';

/**
 * Resolver errors go back to GraphQL unchanged (formatGraphQLError shapes them). Only the
 * unexpected ones are logged with their stack: a refused input is the caller's business, not an
 * incident.
 */
@Catch()
export class ResolverErrorFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  catch(exception: unknown): unknown {
    if (!(exception instanceof AppError) && !fromDatabaseError(exception)) {
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    }
    return exception;
  }
}
