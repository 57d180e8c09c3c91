import { Module } from '@nestjs/common';
import { FactRecorder } from './jobs/fact-recorder.js';

/** The worker's side of the facts read model: the fact events' handlers. */
@Module({
  providers: [FactRecorder],
  exports: [FactRecorder],
})
export class FactsWorkerModule {}
