// `npm run db:checks`: writes the migration that makes the database's CHECK constraints on status and
// kind columns say what the TypeScript value lists of libs/domain say (CHECKED_VALUE_LISTS in
// libs/domain/src/value-lists.ts). It compares those lists with migrations/value-checks.json, the lists
// as the migrations so far leave them, and for each list added, changed or removed writes one migration
// (DROP and ADD of `ck_<table>_<column>`, and the way back in `down`), updates that file, and adds the
// migration to migrations/index.ts. With nothing to change it writes nothing.
// apps/api/src/database/value-checks.spec.ts fails, naming this command, while the two differ.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SNAPSHOT = 'migrations/value-checks.json';
const INDEX = 'migrations/index.ts';

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npx', ['nx', 'run', 'api:build', '--outputStyle=static'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
  });
  if (build.status !== 0) {
    console.error('The api build failed; run `npx nx run api:build` to see why.');
    process.exit(build.status ?? 1);
  }
}

const domain = createRequire(import.meta.url)(join(ROOT, 'dist/libs/domain/src/index.js'));
const key = (c) => `${c.table}.${c.column}`;
const wanted = Object.fromEntries(domain.CHECKED_VALUE_LISTS.map((c) => [key(c), [...c.values]]));
const current = existsSync(join(ROOT, SNAPSHOT))
  ? JSON.parse(readFileSync(join(ROOT, SNAPSHOT), 'utf8'))
  : {};

const same = (a, b) => a !== undefined && b !== undefined && JSON.stringify(a) === JSON.stringify(b);
const changes = [...new Set([...Object.keys(wanted), ...Object.keys(current)])]
  .sort()
  .filter((k) => !same(wanted[k], current[k]))
  .map((k) => {
    const [table, column] = k.split('.');
    return { table, column, name: domain.valueCheckName(table, column), from: current[k], to: wanted[k] };
  });
if (changes.length === 0) {
  console.log('The CHECK constraints already match the TypeScript value lists: nothing to write.');
  process.exit(0);
}

// Named by a timestamp later than every migration's, and than now.
const last = Math.max(
  ...readdirSync(join(ROOT, 'migrations'))
    .map((f) => /^(\d{13})-/.exec(f)?.[1])
    .filter(Boolean)
    .map(Number),
);
const timestamp = Math.max(Date.now(), last + 1);
const className = `ValueChecks${timestamp}`;
const fieldsName = `valueChecks${timestamp}ConstraintFields`;
const file = `${timestamp}-value-checks`;

/** SQL as the body of a template literal in the migration. */
const sql = (s) => s.replace(/[\\`]/g, (ch) => `\\${ch}`).replace(/\$\{/g, '\\${');
const add = (c, values) =>
  `    await q.query(\`ALTER TABLE "${c.table}" ADD CONSTRAINT "${c.name}" CHECK (${sql(domain.valueCheckExpression(c.column, values))})\`);`;
const drop = (c) => `    await q.query(\`ALTER TABLE "${c.table}" DROP CONSTRAINT IF EXISTS "${c.name}"\`);`;
const camel = (column) => column.replace(/_([a-z0-9])/g, (_, ch) => ch.toUpperCase());
const describe = (c) =>
  c.to === undefined
    ? `${c.table}.${c.column}: no longer checked`
    : c.from === undefined
      ? `${c.table}.${c.column}: ${c.to.join(', ')}`
      : `${c.table}.${c.column}: now ${c.to.join(', ')} (was ${c.from.join(', ')})`;

const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { ConstraintFields } from './constraint-fields';

/**
 * CHECK constraints from the TypeScript value lists of libs/domain (CHECKED_VALUE_LISTS), written by
 * \`npm run db:checks\`; do not edit by hand (change the list, and run it again):
${changes.map((c) => ` * - ${describe(c)}`).join('\n')}
 */
export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(q: QueryRunner): Promise<void> {
${changes.flatMap((c) => [drop(c), ...(c.to ? [add(c, c.to)] : [])]).join('\n')}
  }

  async down(q: QueryRunner): Promise<void> {
${changes.flatMap((c) => [drop(c), ...(c.from ? [add(c, c.from)] : [])]).join('\n')}
  }
}

/** What the constraints above mean to a client (constraint-fields.ts). */
export const ${fieldsName}: ConstraintFields = {
${changes
  .filter((c) => c.to)
  .map((c) => `  ${c.name}: { field: '${camel(c.column)}', message: 'must be one of ${c.to.join(', ')}' },`)
  .join('\n')}
};
`;

let index = readFileSync(join(ROOT, INDEX), 'utf8');
const importLine = `import { ${className}, ${fieldsName} } from './${file}';\n`;
const firstType = index.indexOf("import type { ConstraintFields } from './constraint-fields';");
if (firstType < 0) throw new Error(`${INDEX}: cannot find where the imports end`);
index = index.slice(0, firstType) + importLine + index.slice(firstType);
/** Appends an entry to the list that `opening` starts and `closing` (at a line's start) ends. */
const append = (opening, closing, entry) => {
  const start = index.indexOf(opening);
  const end = start < 0 ? -1 : index.indexOf(`\n${closing}`, start);
  if (end < 0) throw new Error(`${INDEX}: cannot find ${opening}`);
  index = `${index.slice(0, end)}\n  ${entry},${index.slice(end)}`;
};
append('export const MIGRATIONS = [', '];', className);
append('export const CONSTRAINT_FIELDS: ConstraintFields = {', '};', `...${fieldsName}`);

const options = { ...(await prettier.resolveConfig(join(ROOT, INDEX))), parser: 'typescript' };
writeFileSync(join(ROOT, 'migrations', `${file}.ts`), await prettier.format(source, options));
writeFileSync(join(ROOT, INDEX), await prettier.format(index, options));
writeFileSync(join(ROOT, SNAPSHOT), `${JSON.stringify(wanted, null, 2)}\n`);
console.log(`migrations/${file}.ts: ${changes.length} CHECK constraint(s)`);
for (const c of changes) console.log(`  ${describe(c)}`);
console.log(`Updated ${INDEX} and ${SNAPSHOT}. Commit all three.`);
