/**
 * The password policy, for passwords an administrator sets (new users, resets). It follows the
 * common reading of 等保 2.0 (GB/T 22239-2019, 身份鉴别): at least 8 characters mixing at least
 * three of upper case, lower case, digits and other characters, and not the login name.
 */
export const PASSWORD_MIN_LENGTH = 8;
/** Argon2 hashes any length; the bound keeps one request from buying seconds of hashing. */
export const PASSWORD_MAX_LENGTH = 200;

const CLASSES = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/];

/** What is wrong with a password, in words for the administrator; null when it may be used. */
export function passwordProblem(password: string, username: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
    return `密码长度应为 ${PASSWORD_MIN_LENGTH}–${PASSWORD_MAX_LENGTH} 位`;
  }
  if (CLASSES.filter((pattern) => pattern.test(password)).length < 3) {
    return '密码须包含大写字母、小写字母、数字、其他字符中的至少三类';
  }
  if (username && password.toLowerCase().includes(username.toLowerCase())) return '密码不能包含登录名';
  return null;
}
