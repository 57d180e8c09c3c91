import { Role } from '#common/auth';
import { scopeUnitOf, type TenantContext } from '#common/tenancy';
import { forbidden } from '#common/errors';
import { isWithin } from './ladder.js';

type Actor = Pick<TenantContext, 'tenantId' | 'tenantPath' | 'unitId' | 'roles'>;

interface Addressed {
  addresseeTenantId: string;
  addresseeUnitId: string | null;
}

interface Issued {
  issuerTenantId: string;
  issuerTenantPath: string;
}

const SUPERVISING_ROLES: readonly Role[] = [Role.SUPERVISOR, Role.TENANT_ADMIN];

/**
 * The addressee reads and answers: users of the addressee tenant, a unit-scoped user only for a
 * notice addressed to their own unit.
 */
export function checkAddressee(notice: Addressed, actor: Actor): void {
  const scope = scopeUnitOf(actor);
  if (actor.tenantId !== notice.addresseeTenantId || (scope !== null && scope !== notice.addresseeUnitId)) {
    throw forbidden('只有受文单位可以阅知和反馈该督办通知');
  }
}

/** The issuer decides on feedback: supervisors and administrators of the issuing tenant. */
export function checkIssuer(notice: Issued, actor: Actor): void {
  if (actor.tenantId !== notice.issuerTenantId || !actor.roles.some((role) => SUPERVISING_ROLES.includes(role))) {
    throw forbidden('只有下发督办通知的机构的督查人员可以审核反馈');
  }
}

/** Escalating by hand is for supervisors of the issuing tenant or of a tenant above it. */
export function checkMayEscalate(notice: Issued, actor: Actor): void {
  if (!isWithin(notice.issuerTenantPath, actor.tenantPath) || !actor.roles.some((role) => SUPERVISING_ROLES.includes(role))) {
    throw forbidden('只有下发机构或其上级的督查人员可以升级督办');
  }
}
