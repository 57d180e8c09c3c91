import { Module } from '@nestjs/common';
import { ReceptionService } from './reception.service.js';
import { ReceptionResolver } from './reception.resolver.js';

@Module({
  providers: [ReceptionService, ReceptionResolver],
  exports: [ReceptionService],
})
export class ReceptionModule {}
