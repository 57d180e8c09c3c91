import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AnyRole, CurrentContext, Role, Roles } from '#common/auth';
import { PageArgs } from '#common/graphql';
import type { TenantContext } from '#common/tenancy';
import { CalendarService } from './calendar.service.js';
import { AddHolidayOverrideInput, UpdateCalendarSettingsInput } from './dto/calendar.inputs.js';
import { CalendarSettings, DeadlineRecomputationConnection, HolidayOverride } from './dto/calendar.types.js';

@Resolver()
export class CalendarResolver {
  constructor(private readonly calendar: CalendarService) {}

  @Query(() => CalendarSettings, { description: '本辖区内某机构的期限设置及各环节实际适用的期限规则' })
  @AnyRole()
  calendarSettings(@CurrentContext() ctx: TenantContext, @Args('tenantId', { type: () => ID }) tenantId: string) {
    return this.calendar.settings(ctx, tenantId);
  }

  @Query(() => [HolidayOverride], { description: '某机构某年实际适用的节假日调整（含上级设定，同一日期以较近的机构为准）' })
  @AnyRole()
  holidayOverrides(
    @CurrentContext() ctx: TenantContext,
    @Args('tenantId', { type: () => ID }) tenantId: string,
    @Args('year', { type: () => Int, description: '年份' }) year: number,
  ) {
    return this.calendar.overrides(ctx, tenantId, year);
  }

  @Query(() => DeadlineRecomputationConnection, { description: '某机构因日历变化重算期限的记录（最新的在前）' })
  @AnyRole()
  deadlineRecomputations(@CurrentContext() ctx: TenantContext, @Args('tenantId', { type: () => ID }) tenantId: string, @Args() page: PageArgs) {
    return this.calendar.recomputations(ctx, tenantId, page);
  }

  @Mutation(() => CalendarSettings, { description: '修改本辖区内某机构的期限设置（只能缩短法定期限）' })
  @Roles(Role.TENANT_ADMIN)
  updateCalendarSettings(@CurrentContext() ctx: TenantContext, @Args('input') input: UpdateCalendarSettingsInput) {
    return this.calendar.updateSettings(ctx, input);
  }

  @Mutation(() => HolidayOverride, { description: '为本辖区内某机构新增节假日调整；未届满的期限随后重新计算' })
  @Roles(Role.TENANT_ADMIN)
  addHolidayOverride(@CurrentContext() ctx: TenantContext, @Args('input') input: AddHolidayOverrideInput) {
    return this.calendar.addOverride(ctx, input);
  }

  @Mutation(() => HolidayOverride, { description: '删除本辖区内设定的节假日调整，返回被删除的调整；未届满的期限随后重新计算' })
  @Roles(Role.TENANT_ADMIN)
  removeHolidayOverride(@CurrentContext() ctx: TenantContext, @Args('id', { type: () => ID }) id: string) {
    return this.calendar.removeOverride(ctx, id);
  }
}
