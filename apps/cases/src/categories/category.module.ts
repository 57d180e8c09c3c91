import { Module } from '@nestjs/common';
import { CategoryService } from './category.service.js';
import { CategoryStore } from './category.store.js';
import { CategoryResolver } from './category.resolver.js';

@Module({
  providers: [CategoryService, CategoryStore, CategoryResolver],
  exports: [CategoryService],
})
export class CategoryModule {}
