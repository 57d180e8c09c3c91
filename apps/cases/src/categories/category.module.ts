import { Module } from '@nestjs/common';
import { CategoryService } from './category.service.js';
import { CategoryResolver } from './category.resolver.js';

@Module({
  providers: [CategoryService, CategoryResolver],
  exports: [CategoryService],
})
export class CategoryModule {}
