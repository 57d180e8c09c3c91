import type { TenantContext } from '#common/tenancy';

/** A written instrument addressed to the petitioner (受理告知书, 处理意见书 …), as the status page lists it. */
export interface PetitionerInstrument {
  id: string;
  title: string;
  issuedOn: string | null;
}

/**
 * Where the status page finds the instruments issued to the petitioner of a case: the written
 * instruments feature's queries (`forPetitioner`), read with a system context of the case's office.
 */
export interface PetitionerInstruments {
  forPetitioner(ctx: TenantContext, caseId: string): Promise<PetitionerInstrument[]>;
}

export const PETITIONER_INSTRUMENTS = Symbol('PETITIONER_INSTRUMENTS');

/** Until the instruments feature provides its service: nothing issued. */
export const NO_PETITIONER_INSTRUMENTS: PetitionerInstruments = {
  forPetitioner: async () => [],
};
