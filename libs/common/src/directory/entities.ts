import { Column, CreateDateColumn, Entity, PrimaryColumn, VersionColumn } from 'typeorm';
import { TenantLevel } from './tenant-level.js';
import type { Role } from '../auth/roles.js';
import { TenantScoped } from '../db/tenant-scoped.js';

/**
 * The directory (schema `core`). Written only by the cases service; read by every service through
 * these entities, always inside a tenant transaction.
 */
@Entity({ schema: 'core', name: 'tenants' })
export class TenantEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text', { unique: true })
  code: string;

  @Column('text')
  name: string;

  @Column({ type: 'enum', enum: TenantLevel, enumName: 'tenant_level' })
  level: TenantLevel;

  @Column('uuid', { name: 'parent_id', nullable: true })
  parentId: string | null;

  @Column('ltree')
  path: string;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

export enum UnitKind {
  PETITION_BUREAU = 'PETITION_BUREAU',
  COMPETENT_BODY = 'COMPETENT_BODY',
  CONFERENCE_OFFICE = 'CONFERENCE_OFFICE',
  OUTSIDE_BODY = 'OUTSIDE_BODY',
}

@Entity({ schema: 'core', name: 'units' })
export class UnitEntity extends TenantScoped {
  @Column('text')
  name: string;

  @Column({ type: 'enum', enum: UnitKind, enumName: 'unit_kind' })
  kind: UnitKind;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@Entity({ schema: 'core', name: 'users' })
export class UserEntity extends TenantScoped {
  @Column('uuid', { name: 'unit_id', nullable: true })
  unitId: string | null;

  @Column('text', { unique: true })
  username: string;

  @Column('text', { name: 'display_name' })
  displayName: string;

  @Column('text', { array: true })
  roles: Role[];

  @Column('text', { name: 'password_hash', select: false })
  passwordHash: string;

  @Column('boolean')
  active: boolean;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

export const DIRECTORY_ENTITIES = [TenantEntity, UnitEntity, UserEntity];
