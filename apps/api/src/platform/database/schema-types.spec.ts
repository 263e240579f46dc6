import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSchemaTypes, SCHEMA_TYPES_FILE } from './schema-codegen';
import { createTestDatabase } from '../../../test/harness';
import { migrateDatabase } from '../../database/migrate';

const ROOT = join(__dirname, '../../../../..');

describe('the generated schema types', () => {
  it('describe the schema the migrations build (else run `npm run db:types` and commit the file)', async () => {
    const database = await createTestDatabase();
    try {
      await migrateDatabase(database.url);
      const target = join(ROOT, SCHEMA_TYPES_FILE);
      const live = await generateSchemaTypes(database.url);
      const committed = readFileSync(target, 'utf8');
      if (live !== committed) {
        const liveLines = live.split('\n');
        const at = liveLines.findIndex((line, i) => line !== committed.split('\n')[i]);
        throw new Error(
          `${SCHEMA_TYPES_FILE} is out of date with the migrations: run \`npm run db:types\` and commit it.\n` +
            `First difference at line ${at + 1}: ${liveLines[at]}`,
        );
      }
    } finally {
      await database.drop();
    }
  });
});
