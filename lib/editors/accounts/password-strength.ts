/**
 * Why a new account password is too weak, or null. Length is what matters most against guessing (NIST SP 800-63B):
 * at least 12 characters, not mostly one character, and none of the guesses an attacker tries first (the account's
 * own name or e-mail, the site's name, a keyboard run).
 */
export const MIN_PASSWORD_LENGTH = 12;
const MAX_PASSWORD_LENGTH = 256;
const FIRST_GUESSES = ['password', 'meridian', 'newsroom', 'qwerty', '123456', 'letmein', 'welcome', 'abc123'];

export function passwordProblem(password: string, account: { name: string; email: string }): string | null {
  if (password.length < MIN_PASSWORD_LENGTH)
    return `The password must have at least ${MIN_PASSWORD_LENGTH} characters (a few unrelated words are easy to remember).`;
  if (password.length > MAX_PASSWORD_LENGTH) return `The password must have at most ${MAX_PASSWORD_LENGTH} characters.`;
  if (new Set(password).size < 5) return 'The password repeats too few different characters.';
  const lower = password.toLowerCase();
  const own = [account.email.split('@')[0] ?? '', ...account.name.toLowerCase().split(/\s+/)].filter(
    (part) => part.length >= 3,
  );
  const found = [...FIRST_GUESSES, ...own.map((part) => part.toLowerCase())].find((guess) => lower.includes(guess));
  return found ? `The password must not contain "${found}", which guessers try first.` : null;
}
