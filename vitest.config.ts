import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The end-to-end tests run real Astro builds; give them room on a 2-core machine.
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
});
