/** The native argon2 module, loaded on first use: the workers, which never hash a password, do without it. */
const argon2 = () => import('@node-rs/argon2');

/**
 * Password hashing: argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane). The
 * parameters travel inside each hash, so raising them later still verifies older hashes.
 */
export async function hashPassword(password: string): Promise<string> {
  const { Algorithm, hash } = await argon2();
  return hash(password, { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  const { verify } = await argon2();
  return verify(passwordHash, password);
}

/**
 * What login may learn of a stored hash (`core.password_setting`): everything but the digest —
 * algorithm, version, parameters and salt — and the digest's length in characters.
 */
export interface PasswordSetting {
  setting: string;
  digestLength: number;
}

const SETTING = /^\$(argon2id|argon2i|argon2d)\$v=(16|19)\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)$/;

/**
 * The full hash `password` would have under a stored hash's setting. Equal to the stored hash
 * exactly when the password is right, which `core.login_candidate` checks without ever showing
 * the stored one. Null for a setting this code did not write.
 */
export async function hashWithSetting(password: string, { setting, digestLength }: PasswordSetting): Promise<string | null> {
  const match = SETTING.exec(setting);
  if (!match || digestLength < 1) return null;
  const [, algorithm, version, memoryCost, timeCost, parallelism, salt] = match;
  const { Algorithm, Version, hash } = await argon2();
  const algorithms = { argon2d: Algorithm.Argon2d, argon2i: Algorithm.Argon2i, argon2id: Algorithm.Argon2id };
  return hash(password, {
    algorithm: algorithms[algorithm as keyof typeof algorithms],
    version: version === '16' ? Version.V0x10 : Version.V0x13,
    memoryCost: Number(memoryCost),
    timeCost: Number(timeCost),
    parallelism: Number(parallelism),
    // unpadded base64, as the PHC string format writes both
    outputLen: Math.floor((digestLength * 3) / 4),
    salt: Buffer.from(salt, 'base64'),
  });
}

/** A setting with a fresh salt, so that an unknown username costs as much time as a known one. */
export async function decoySetting(): Promise<PasswordSetting> {
  const full = await hashPassword('decoy');
  const cut = full.lastIndexOf('$');
  return { setting: full.slice(0, cut), digestLength: full.length - cut - 1 };
}
