import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SubjectType } from '../domain/index.js';

/** A clock of a subject that still runs, as the owner announced it. */
export interface OpenClock {
  stage: string;
  deadline: string | null;
}

/**
 * What supervision knows of a subject from one responsible tenant's events (`case.deadline`,
 * `supervision.triggered`): hand-raised notices check it, since this service may not read cases.
 */
@Entity({ schema: 'meetings', name: 'supervised_subjects' })
export class SupervisedSubjectEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' })
  tenantId: string;

  @PrimaryColumn('text', { name: 'subject_type' })
  subjectType: SubjectType;

  @PrimaryColumn('uuid', { name: 'subject_id' })
  subjectId: string;

  @Column('ltree', { name: 'tenant_path' })
  tenantPath: string;

  @Column('text')
  number: string;

  @Column('text')
  title: string;

  @Column('uuid', { name: 'handling_unit_id', nullable: true })
  handlingUnitId: string | null;

  @Column('jsonb', { name: 'open_clocks' })
  openClocks: Record<string, OpenClock>;

  @Column('uuid', { name: 'stopped_clocks', array: true })
  stoppedClocks: string[];

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
