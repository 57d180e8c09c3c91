import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  REGISTRAR = 'REGISTRAR',
  HANDLER = 'HANDLER',
  LEADER = 'LEADER',
  SUPERVISOR = 'SUPERVISOR',
  CONFERENCE_OFFICE = 'CONFERENCE_OFFICE',
  MEMBER_UNIT = 'MEMBER_UNIT',
  ASSESSOR = 'ASSESSOR',
  TENANT_ADMIN = 'TENANT_ADMIN',
}

registerEnumType(Role, {
  name: 'Role',
  description: '角色',
  valuesMap: {
    REGISTRAR: { description: '登记员' },
    HANDLER: { description: '办理人员' },
    LEADER: { description: '领导' },
    SUPERVISOR: { description: '督查' },
    CONFERENCE_OFFICE: { description: '联席办' },
    MEMBER_UNIT: { description: '成员单位联络员' },
    ASSESSOR: { description: '考核员' },
    TENANT_ADMIN: { description: '管理员' },
  },
});

export const ALL_ROLES: readonly Role[] = Object.values(Role);
