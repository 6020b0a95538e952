import path from 'node:path';
import { addAccount } from '../lib/editors/accounts/add-account';
import { DeskStore } from '../lib/editors/accounts/desk-store';

/** The admin every end-to-end server starts with (seeded by scripts/e2e-content.ts and e2e/own-server.ts). */
export const E2E_ADMIN = {
  name: 'Robin Admin',
  email: 'robin.admin@e2e.example',
  password: 'e2e harbour lantern at dusk',
  role: 'admin',
} as const;

export async function seedDeskAccounts(deskDir: string): Promise<void> {
  const store = new DeskStore(path.join(deskDir, 'desk.sqlite'));
  try {
    const result = await addAccount(store, E2E_ADMIN);
    if ('error' in result) throw new Error(`seeding ${E2E_ADMIN.email}: ${result.reason ?? result.error}`);
  } finally {
    store.close();
  }
}
