import { Column, Entity } from 'typeorm';
import { JurisdictionColumns } from '#common/directory';

/** A jurisdiction (one tenant) as the meetings service knows it, kept from `tenant.created`. */
@Entity({ schema: 'meetings', name: 'jurisdictions' })
export class JurisdictionEntity extends JurisdictionColumns {
  /** Set by the joint-conference feature when the jurisdiction establishes its conference. */
  @Column('boolean', { name: 'has_conference' })
  hasConference: boolean;
}
