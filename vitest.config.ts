import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: [
      'lib/**/*.test.ts',
      'scripts/**/*.test.ts',
      'components/**/*.test.ts',
      'components/**/*.test.tsx',
      'serving/**/*.test.ts',
      'bench/**/*.test.ts',
      '*.test.ts',
    ],
    environment: 'node',
    testTimeout: 60_000,
    // Unit tests build absolute URLs for the default origin, whatever the e2e run exports.
    env: { SITE_URL: 'http://localhost:3000' },
  },
});
