import { describe, expect, it } from '@jest/globals';
import type { PinoLogger } from 'nestjs-pino';
import { ServiceLogger } from '../service-logger.js';

/** A pino logger that records the level and the message of each call. */
function recordingPino(): { pino: PinoLogger; calls: [string, unknown][] } {
  const calls: [string, unknown][] = [];
  const at = (level: string) => (_fields: unknown, message: unknown) => calls.push([level, message]);
  const pino = { trace: at('trace'), debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error'), fatal: at('fatal') };
  return { pino: pino as unknown as PinoLogger, calls };
}

describe('the services’ Nest logger', () => {
  it('moves Nest’s start-up narration to debug and keeps everything else at its level', () => {
    const { pino, calls } = recordingPino();
    const logger = new ServiceLogger(pino, {});
    logger.log('CasesModule dependencies initialized', 'InstanceLoader');
    logger.log('Mapped {/graphql, POST} route', 'RouterExplorer');
    logger.log('Nest application successfully started', 'NestApplication');
    logger.log('listening on 127.0.0.1:4001', 'Http');
    logger.warn('Redis had lost its data', 'OutboxRelay');
    logger.error('Unable to connect to the database', 'InstanceLoader');
    expect(calls).toEqual([
      ['debug', 'CasesModule dependencies initialized'],
      ['debug', 'Mapped {/graphql, POST} route'],
      ['debug', 'Nest application successfully started'],
      ['info', 'listening on 127.0.0.1:4001'],
      ['warn', 'Redis had lost its data'],
      ['error', 'Unable to connect to the database'],
    ]);
  });
});
