import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { Module } from '@nestjs/common';
import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { AnyRole, Public, Role, Roles, operationsOf } from '#common/auth';
import { CASES_PUBLIC_ROOT_FIELDS, CasesModule } from '../apps/cases/src/cases.module.js';
import { MeetingsModule } from '../apps/meetings/src/meetings.module.js';
import { AssessmentModule } from '../apps/assessment/src/assessment.module.js';

@Resolver()
class FixtureResolver {
  @Query(() => String)
  @AnyRole()
  declared() {
    return '';
  }

  @Mutation(() => String)
  @Public()
  open() {
    return '';
  }

  @Mutation(() => String)
  @Roles(Role.ASSESSOR)
  scoped() {
    return '';
  }

  @Mutation(() => String)
  forgotten() {
    return '';
  }
}

@Module({ providers: [FixtureResolver] })
class FixtureModule {}

describe('every operation declares its roles', () => {
  it('the check finds an operation without a declaration', async () => {
    const operations = await operationsOf(FixtureModule);
    expect(operations.map((op) => [op.method, op.access])).toEqual([
      ['declared', Object.values(Role)],
      ['open', 'public'],
      ['scoped', [Role.ASSESSOR]],
      ['forgotten', null],
    ]);
  });

  it.each([
    ['cases', CasesModule.forRoot()],
    ['meetings', MeetingsModule.forRoot()],
    ['assessment', AssessmentModule.forRoot()],
  ])('the %s subgraph has no undeclared query or mutation', async (_name, root) => {
    const operations = await operationsOf(root);
    expect(operations.filter((op) => op.access === null)).toEqual([]);
  });

  it('only logging in and the petitioner rating link are public, and the subgraph lets exactly those through without a token', async () => {
    const all = [];
    for (const root of [CasesModule.forRoot(), MeetingsModule.forRoot(), AssessmentModule.forRoot()]) all.push(...(await operationsOf(root)));
    const open = all.filter((op) => op.access === 'public').map((op) => op.method);
    expect(open.sort()).toEqual(['login', 'rateCaseByToken']);
    expect([...CASES_PUBLIC_ROOT_FIELDS].sort()).toEqual(open);
  });
});
