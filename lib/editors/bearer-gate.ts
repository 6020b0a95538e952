import { clientAddress } from '../http/client-address';
import { bearerToken, secretsMatch } from './bearer';
import type { GuessLimiter } from './guess-limiter';
import { missingSecretMessage, readSecret, type SecretName } from './secrets';

const noStore = { 'Cache-Control': 'private, no-store' };

/**
 * The refusal for a request without the right `Authorization: Bearer <secret>`, or null to let it through: 503 while
 * the secret is unset, 401 for a wrong one, 429 once its address has used the limiter's free guesses. The right
 * secret always gets through, from anywhere.
 */
export function refuseWithoutBearer(request: Request, name: SecretName, limiter: GuessLimiter): Response | null {
  const secret = readSecret(name);
  if (!secret) return Response.json({ error: missingSecretMessage(name) }, { status: 503, headers: noStore });
  const token = bearerToken(request);
  if (token && secretsMatch(secret, token)) return null;
  const client = clientAddress(request.headers);
  if (limiter.exhausted(client))
    return Response.json(
      { error: 'Too many wrong secrets: try again later' },
      { status: 429, headers: { ...noStore, 'Retry-After': '60' } },
    );
  limiter.recordFailure(client);
  return Response.json(
    { error: `Send Authorization: Bearer <${name}>` },
    { status: 401, headers: { ...noStore, 'WWW-Authenticate': 'Bearer' } },
  );
}
