import type { PinoLogger } from 'nestjs-pino';

/** Fields bound to every line written while a job is handled. */
export interface JobLogFields {
  requestId: string;
  tenantId: string;
  tenantPath: string;
}

/** Runs background work with its own log bindings (request id, tenant), in the store nestjs-pino keeps for requests. */
export type RunInLogContext = <T>(fields: JobLogFields, work: () => Promise<T>) => Promise<T>;

export function runInLogContextOf(logger: PinoLogger): RunInLogContext {
  return (fields, work) => logger.runInContext(work, { bindings: { ...fields } });
}

/** Where there is no pino logger (tests building a worker alone): the work runs as it is. */
export const runWithoutLogContext: RunInLogContext = (_fields, work) => work();
