import { Module } from '@nestjs/common';
import { ReceptionService } from './reception.service.js';
import { ReceptionStore } from './reception.store.js';
import { ReceptionResolver } from './reception.resolver.js';

@Module({
  providers: [ReceptionService, ReceptionStore, ReceptionResolver],
  exports: [ReceptionService],
})
export class ReceptionModule {}
