import { Algorithm, hash, verify } from '@node-rs/argon2';

/**
 * Password hashing: argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane). The
 * parameters travel inside each hash, so raising them later still verifies older hashes.
 */
const PARAMETERS = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, PARAMETERS);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password);
}
