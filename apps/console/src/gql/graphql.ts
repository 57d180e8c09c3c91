/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 办理环节操作 */
export type CaseAction =
  /** 受理 */
  | 'ACCEPT'
  /** 办结 */
  | 'CLOSE'
  /** 出具处理意见 */
  | 'DECIDE'
  /** 出具复核意见 */
  | 'DECIDE_REEXAMINATION'
  /** 出具复查意见 */
  | 'DECIDE_REVIEW'
  /** 不予受理 */
  | 'DECLINE'
  /** 答复送达 */
  | 'DELIVER'
  /** 延期 */
  | 'EXTEND'
  /** 期限届满终结 */
  | 'LAPSE'
  /** 异议退回 */
  | 'OBJECT'
  /** 满意度评价 */
  | 'RATE'
  /** 签收 */
  | 'RECEIVE'
  /** 记录听证 */
  | 'RECORD_HEARING'
  /** 登记 */
  | 'REGISTER'
  /** 上报 */
  | 'REPORT_UP'
  /** 申请复核 */
  | 'REQUEST_REEXAMINATION'
  /** 申请复查 */
  | 'REQUEST_REVIEW'
  /** 转送交办 */
  | 'ROUTE'
  /** 退回重办 */
  | 'SEND_BACK'
  /** 报送办结报告 */
  | 'SUBMIT_COMPLETION_REPORT';

/** 信访事项查询条件（各条件同时满足） */
export type CaseFilter = {
  /** 内容分类 */
  categoryIds?: Array<string | number> | null | undefined;
  /** 渠道 */
  channels?: Array<Channel> | null | undefined;
  /** 在 N 日内到期（含已超期） */
  dueWithinDays?: number | null | undefined;
  /** 当前办理机构 */
  handlingTenantId?: string | number | null | undefined;
  /** 当前办理单位 */
  handlingUnitId?: string | number | null | undefined;
  /** 分类 */
  kinds?: Array<CaseKind> | null | undefined;
  /** 包案领导 */
  leaderOwnerId?: string | number | null | undefined;
  /** 已超期（最近期限早于今日） */
  overdue?: boolean | null | undefined;
  /** 信访人公民身份号码（精确匹配） */
  petitionerIdNumber?: string | null | undefined;
  /** 信访人联系电话（精确匹配） */
  petitionerPhone?: string | null | undefined;
  /** 问题属地：该机构及其下级 */
  problemJurisdictionId?: string | number | null | undefined;
  /** 领导接访日 */
  receptionId?: string | number | null | undefined;
  /** 我登记的：只看当前用户登记的事项 */
  registeredByMe?: boolean | null | undefined;
  /** 登记日期起（含） */
  registeredFrom?: string | null | undefined;
  /** 登记日期止（含） */
  registeredTo?: string | null | undefined;
  /** 状态 */
  states?: Array<CaseState> | null | undefined;
  /** 标题或内容包含的文字（至少 2 个字） */
  text?: string | null | undefined;
};

/** 信访事项分类（依法分类处理） */
export type CaseKind =
  /** 检举控告类 */
  | 'ACCUSATION'
  /** 申诉求决类 */
  | 'CLAIM'
  /** 建议意见类 */
  | 'SUGGESTION';

/** 信访事项排序；分页游标与排序对应，换排序须从第一页查起 */
export type CaseOrder = {
  /** 排序方向，默认升序 */
  direction?: OrderDirection;
  /** 排序依据 */
  field: CaseOrderField;
};

/** 信访事项排序依据 */
export type CaseOrderField =
  /** 最近期限（无正在计算的期限的排在最后） */
  | 'DEADLINE'
  /** 编号 */
  | 'NUMBER'
  /** 登记时间 */
  | 'REGISTERED_AT';

/** 法定期限环节 */
export type CaseStage =
  /** 办理（第三十四条） */
  | 'HANDLE'
  /** 受理告知（第二十三条） */
  | 'NOTIFY'
  /** 异议退回（第二十三条） */
  | 'OBJECT'
  /** 签收（（条例未规定，由本级或上级设定）） */
  | 'RECEIVE'
  /** 复核（第三十六条） */
  | 'REEXAMINATION'
  /** 申请复核（第三十六条） */
  | 'REEXAMINATION_WINDOW'
  /** 复查（第三十五条） */
  | 'REVIEW'
  /** 申请复查（第三十五条） */
  | 'REVIEW_WINDOW'
  /** 转送、交办（第二十二条） */
  | 'ROUTE';

/** 信访事项状态 */
export type CaseState =
  /** 已受理 */
  | 'ACCEPTED'
  /** 已办结 */
  | 'CLOSED'
  /** 已出具处理意见 */
  | 'DECIDED'
  /** 已答复送达 */
  | 'DELIVERED'
  /** 已终结 */
  | 'FINALIZED'
  /** 复核中 */
  | 'IN_REEXAMINATION'
  /** 复查中 */
  | 'IN_REVIEW'
  /** 已签收 */
  | 'RECEIVED'
  /** 已登记 */
  | 'REGISTERED'
  /** 已复查 */
  | 'REVIEWED'
  /** 已转送交办 */
  | 'ROUTED';

/** 信访渠道 */
export type Channel =
  /** 12345转办 */
  | 'HOTLINE'
  /** 来信 */
  | 'LETTER'
  /** 网上信访 */
  | 'ONLINE'
  /** 来电 */
  | 'PHONE'
  /** 视频信访 */
  | 'VIDEO'
  /** 来访 */
  | 'VISIT';

/** 期限归属 */
export type ClockHolder =
  /** 办理机关的期限（督办、提醒） */
  | 'OFFICE'
  /** 信访人的申请期限（不督办，届满自动终结） */
  | 'PETITIONER';

/** 排序方向 */
export type OrderDirection =
  /** 升序 */
  | 'ASC'
  /** 降序 */
  | 'DESC';

/** 角色 */
export type Role =
  /** 考核员 */
  | 'ASSESSOR'
  /** 联席办 */
  | 'CONFERENCE_OFFICE'
  /** 办理人员 */
  | 'HANDLER'
  /** 领导 */
  | 'LEADER'
  /** 成员单位联络员 */
  | 'MEMBER_UNIT'
  /** 登记员 */
  | 'REGISTRAR'
  /** 督查 */
  | 'SUPERVISOR'
  /** 管理员 */
  | 'TENANT_ADMIN';

/** 安排领导接访 */
export type ScheduleReceptionInput = {
  /** 接访日期（YYYY-MM-DD） */
  date: string;
  /** 接访领导（本机构具有领导角色的在用账号） */
  leaderId: string | number;
  /** 接访地点 */
  place?: string | null | undefined;
};

/** 行政层级 */
export type TenantLevel =
  /** 市（州） */
  | 'CITY'
  /** 县（市、区） */
  | 'COUNTY'
  /** 省 */
  | 'PROVINCE'
  /** 乡镇（街道） */
  | 'TOWNSHIP';

export type CaseDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseDetailQuery = { case: { id: string, number: string, title: string, content: string, channel: Channel, kind: CaseKind, state: CaseState, handlingTenantId: string, problemJurisdictionId: string, registeredOn: string, personCount: number, collective: boolean, version: number, runningClocks: Array<{ stage: CaseStage, name: string, holder: ClockHolder, deadline: string, daysLeft: number, overdueDays: number, dueSoon: boolean }>, petitioners: Array<{ id: string, name: string, idNumber: string | null, phone: string | null, address: string | null, representative: boolean }>, stages: Array<{ stage: CaseStage, startedOn: string, deadline: string | null, extensionDays: number, stoppedOn: string | null, onTime: boolean | null }>, timeline: Array<{ seq: number, action: CaseAction, fromState: CaseState | null, toState: CaseState, actorName: string, at: string }> } };

export type CaseQueueQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: CaseFilter | null | undefined;
  orderBy?: CaseOrder | null | undefined;
}>;


export type CaseQueueQuery = { cases: { totalCount: number, edges: Array<{ node: { id: string, number: string, title: string, channel: Channel, kind: CaseKind, state: CaseState, registeredOn: string, personCount: number, collective: boolean, handlingTenant: { id: string, name: string } | null, handlingUnit: { id: string, name: string } | null, runningClocks: Array<{ stage: CaseStage, name: string, holder: ClockHolder, deadline: string, daysLeft: number, overdueDays: number, dueSoon: boolean }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type QueueChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type QueueChoicesQuery = { categories: Array<{ id: string, name: string, parentId: string | null }>, tenants: { edges: Array<{ node: { id: string, name: string, parentId: string | null } }> } };

export type ReceptionListQueryVariables = Exact<{
  first: number;
}>;


export type ReceptionListQuery = { receptions: { totalCount: number, edges: Array<{ node: { id: string, date: string, leaderName: string, place: string | null, caseCount: number, personCount: number } }> } };

export type ReceptionLeadersQueryVariables = Exact<{ [key: string]: never; }>;


export type ReceptionLeadersQuery = { receptionLeaders: Array<{ id: string, name: string }> };

export type ScheduleReceptionMutationVariables = Exact<{
  input: ScheduleReceptionInput;
}>;


export type ScheduleReceptionMutation = { scheduleReception: { id: string } };

export type ReceptionCasesQueryVariables = Exact<{
  filter?: CaseFilter | null | undefined;
}>;


export type ReceptionCasesQuery = { cases: { totalCount: number, edges: Array<{ node: { id: string, number: string, title: string, state: CaseState, registeredOn: string } }> } };

export type CurrentUserQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentUserQuery = { me: { id: string, username: string, displayName: string, roles: Array<Role>, tenantId: string, tenant: { id: string, name: string, level: TenantLevel } | null, unit: { id: string, name: string } | null } };

export type UnreadNoticesQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNoticesQuery = { noticeInbox: { unreadCount: number } };

export type TenantNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type TenantNamesQuery = { tenants: { edges: Array<{ node: { id: string, name: string } }> } };


export const CaseDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"handlingTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"problemJurisdictionId"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}},{"kind":"Field","name":{"kind":"Name","value":"runningClocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"holder"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueSoon"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"petitioners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"representative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedOn"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<CaseDetailQuery, CaseDetailQueryVariables>;
export const CaseQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"handlingTenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"runningClocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"holder"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueSoon"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CaseQueueQuery, CaseQueueQueryVariables>;
export const QueueChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueueChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<QueueChoicesQuery, QueueChoicesQueryVariables>;
export const ReceptionListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReceptionList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"leaderName"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"caseCount"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReceptionListQuery, ReceptionListQueryVariables>;
export const ReceptionLeadersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReceptionLeaders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receptionLeaders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReceptionLeadersQuery, ReceptionLeadersQueryVariables>;
export const ScheduleReceptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleReception"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleReceptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleReception"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScheduleReceptionMutation, ScheduleReceptionMutationVariables>;
export const ReceptionCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReceptionCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReceptionCasesQuery, ReceptionCasesQueryVariables>;
export const CurrentUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CurrentUserQuery, CurrentUserQueryVariables>;
export const UnreadNoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noticeInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<UnreadNoticesQuery, UnreadNoticesQueryVariables>;
export const TenantNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TenantNamesQuery, TenantNamesQueryVariables>;