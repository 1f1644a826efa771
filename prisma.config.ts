// Prisma 7 reads the datasource URL from here, not from schema.prisma.
// Only Prisma's CLI uses this file (migrate status / deploy against PostgreSQL);
// the bot itself applies prisma/migrations at start (src/db/migrate.ts).
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/cohort_bot' },
});
