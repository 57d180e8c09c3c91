import { Module } from '@nestjs/common';
import { JurisdictionsModule } from '../jurisdictions/jurisdictions.module.js';
import { FactRecorder } from './events/fact-recorder.handler.js';
import { FactsResolver } from './facts.resolver.js';
import { FactsService } from './facts.service.js';
import { FactStore } from './fact.store.js';

/** The worker's side of the facts read model: the fact events' handlers. */
@Module({
  imports: [JurisdictionsModule],
  providers: [FactStore, FactRecorder],
  exports: [FactRecorder],
})
export class FactsWorkerModule {}

/** The facts over GraphQL: rebuilding them from their sources. */
@Module({
  providers: [FactsService, FactsResolver],
})
export class FactsModule {}
