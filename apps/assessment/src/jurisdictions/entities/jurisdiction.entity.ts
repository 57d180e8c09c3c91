import { Entity } from 'typeorm';
import { JurisdictionColumns } from '#common/directory';

/** A jurisdiction (one tenant) as the assessment service knows it, kept from `tenant.created`. */
@Entity({ schema: 'assessment', name: 'jurisdictions' })
export class JurisdictionEntity extends JurisdictionColumns {}
