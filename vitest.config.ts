import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: PGlite and BullMQ tests are heavy; two workers keep CI steady.
    maxWorkers: 2,
    // A case that asserts nothing fails (tests/helpers/wait.ts counts a successful wait as an assertion).
    expect: { requireAssertions: true },
  },
});
