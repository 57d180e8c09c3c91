import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { blindIndex, decryptPii, derivePiiKeys, encryptPii, type PiiContext, type PiiKeys } from './cipher.js';

/** The PII functions with the keys from configuration, for code that gets its collaborators from DI. */
@Injectable()
export class PiiCipher {
  private readonly keys: PiiKeys;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    // Derived once: HKDF per call would be wasted work on every row read.
    this.keys = derivePiiKeys(config.piiKey);
  }

  encrypt(plaintext: string, context?: PiiContext): string {
    return encryptPii(this.keys, plaintext, context);
  }

  decrypt(value: string, context?: PiiContext): string {
    return decryptPii(this.keys, value, context);
  }

  blindIndex(normalisedValue: string): string {
    return blindIndex(this.keys, normalisedValue);
  }
}
