import { describe, expect, it } from '@jest/globals';
import { maskPhone, maskResidentId } from '../mask.js';

describe('maskResidentId', () => {
  it('keeps the first and last four characters', () => {
    expect(maskResidentId('510104199001011234')).toBe('5101**********1234');
    expect(maskResidentId('11010519491231002X')).toBe('1101**********002X');
  });

  it('masks a value too short to mask safely entirely', () => {
    expect(maskResidentId('51010419')).toBe('********');
    expect(maskResidentId('')).toBe('');
  });
});

describe('maskPhone', () => {
  it("keeps a mobile number's first three and last four digits", () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('+86 138 1234 5678')).toBe('138****5678');
  });

  it("keeps a landline's area code and last two digits, dropping the extension", () => {
    expect(maskPhone('028-86001234')).toBe('028-******34');
    expect(maskPhone('0816-2345678-12')).toBe('0816-*****78');
  });

  it('masks anything that is not a phone number entirely', () => {
    expect(maskPhone('not a phone 12345678')).toBe('***********');
  });
});
