import { Module } from '@nestjs/common';
import { FactsResolver } from './facts.resolver.js';
import { FactsService } from './facts.service.js';
import { FactRecorder } from './jobs/fact-recorder.js';

/** The worker's side of the facts read model: the fact events' handlers. */
@Module({
  providers: [FactRecorder],
  exports: [FactRecorder],
})
export class FactsWorkerModule {}

/** The facts over GraphQL: rebuilding them from their sources. */
@Module({
  providers: [FactsService, FactsResolver],
})
export class FactsModule {}
