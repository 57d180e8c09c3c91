import { Column, Entity } from 'typeorm';
import { CaseScoped } from './case-scoped.js';

/**
 * A petitioner of a case. The ID-card number, phone and e-mail are stored encrypted (`*_cipher`, bound to
 * the row), with a keyed hash for matching and a masked copy for display.
 */
@Entity({ schema: 'cases', name: 'petitioners' })
export class PetitionerEntity extends CaseScoped {
  @Column('integer')
  ordinal: number;

  @Column('text')
  name: string;

  @Column('text', { name: 'id_number_cipher', nullable: true })
  idNumberCipher: string | null;

  @Column('text', { name: 'id_number_hash', nullable: true })
  idNumberHash: string | null;

  @Column('text', { name: 'id_number_masked', nullable: true })
  idNumberMasked: string | null;

  @Column('text', { name: 'phone_cipher', nullable: true })
  phoneCipher: string | null;

  @Column('text', { name: 'phone_hash', nullable: true })
  phoneHash: string | null;

  @Column('text', { name: 'phone_masked', nullable: true })
  phoneMasked: string | null;

  @Column('text', { name: 'email_cipher', nullable: true })
  emailCipher: string | null;

  @Column('text', { name: 'email_masked', nullable: true })
  emailMasked: string | null;

  @Column('text', { nullable: true })
  address: string | null;

  @Column('boolean')
  representative: boolean;
}
