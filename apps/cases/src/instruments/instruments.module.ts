import { Module } from '@nestjs/common';
import { InstrumentsStore } from './instruments.store.js';
import { InstrumentsService } from './instruments.service.js';
import { InstrumentQueriesService } from './instrument-queries.service.js';
import { InstrumentsResolver } from './instruments.resolver.js';
import { InstrumentsController } from './instruments.controller.js';

/** 文书: the instruments each step issues into the case file, their downloads, and the offices' templates. */
@Module({
  controllers: [InstrumentsController],
  providers: [InstrumentsStore, InstrumentsService, InstrumentQueriesService, InstrumentsResolver],
  exports: [InstrumentsService, InstrumentQueriesService],
})
export class InstrumentsModule {}
