/**
 * Editor secrets come from the environment. Outside production a fixed development value stands in so
 * `next dev` works out of the box; in production a missing or short secret disables the feature with a
 * clear message instead of falling back to a guessable value.
 */
const DEV_DEFAULTS = {
  PREVIEW_SECRET: 'dev-only-preview-secret-not-for-production',
  REVALIDATE_SECRET: 'dev-only-revalidate-secret-not-for-production',
} as const;

export type SecretName = keyof typeof DEV_DEFAULTS;

const MIN_LENGTH = 16;

export function readSecret(name: SecretName, env: Record<string, string | undefined> = process.env): string | null {
  const value = env[name];
  if (value && value.length >= MIN_LENGTH) return value;
  if (value) console.error(`${name} is shorter than ${MIN_LENGTH} characters and is ignored.`);
  return env.NODE_ENV === 'production' ? null : DEV_DEFAULTS[name];
}

export function missingSecretMessage(name: SecretName): string {
  return `${name} is not set (at least ${MIN_LENGTH} characters are required in production).`;
}
