import { registerEnumType } from '@nestjs/graphql';
import { TENANT_LEVEL_LABELS, TenantLevel } from '../vocabulary/levels.js';

export { TenantLevel, TENANT_LEVEL_LABELS, TENANT_LEVELS, childLevelOf, levelRank } from '../vocabulary/levels.js';

registerEnumType(TenantLevel, {
  name: 'TenantLevel',
  description: '行政层级',
  valuesMap: Object.fromEntries(Object.entries(TENANT_LEVEL_LABELS).map(([level, description]) => [level, { description }])),
});
