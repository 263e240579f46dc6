import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

const FIELD_RULE_PATHS = [
  {
    name: 'class-validator',
    importNames: ['IsOptional', 'ValidateNested', 'IsUUID', 'IsISO8601', 'IsDateString'],
    message:
      'Use the stricter ones in apps/api/src/common: Omittable or Nullable (optional-fields.ts), ' +
      'NestedObject(s) (nested.ts), IsId (ids.ts), IsDateTime or IsCalendarDate (dates.ts).',
  },
  {
    name: '@nestjs/swagger',
    importNames: ['PartialType'],
    message: 'Use PatchOf (common/optional-fields.ts): PartialType alone lets null through.',
  },
  {
    name: '@nestjs/mapped-types',
    importNames: ['PartialType'],
    message: 'Use PatchOf (common/optional-fields.ts): PartialType alone lets null through.',
  },
];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '.data/**', 'tmp/**', '.nx/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      // The dependency rules of ARCHITECTURE.md, enforced.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          depConstraints: [
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:notifications', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'type:migrations', onlyDependOnLibsWithTags: [] },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:domain', 'type:notifications', 'type:migrations'],
            },
            { sourceTag: 'type:admin', onlyDependOnLibsWithTags: [] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-console': 'error',
    },
  },
  {
    files: ['libs/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@nestjs/*', 'fastify', 'express'] }],
    },
  },
  {
    // The edge's field rules have one owner each in apps/api/src/common; the looser originals let bad
    // input through to the database (null into NOT NULL columns, [[…]] where an object belongs, 36
    // dashes as a UUID, ISO 8601 forms `new Date` cannot read). And queries go through the tenant scope:
    // the unscoped builder is for platform code and files named *.cross-tenant.ts, where review sees it.
    files: ['apps/api/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: FIELD_RULE_PATHS,
          patterns: [
            {
              group: ['**/platform/database/cross-tenant'],
              message:
                'Tenant code uses TenantScope; the unscoped CROSS_TENANT_DB is for platform/ and *.cross-tenant.ts files.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/api/src/platform/**/*.ts', 'apps/api/src/**/*.cross-tenant.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: FIELD_RULE_PATHS }] },
  },
  {
    files: ['**/*.spec.ts', '**/test/**/*.ts', 'tools/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  prettier,
);
