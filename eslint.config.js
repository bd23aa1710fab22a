// Lint enforces the layering of ../shared/docs/architecture.md: renderer → shared ← db ← electron.
// A wrong-way import fails CI, as VS Code's code-layering rule does.
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'net', 'url', 'util', 'stream', 'zlib', 'worker_threads'];
const pattern = (group, message) => ({ group, message });

const layer = (files, patterns) => ({ files, ignores: ['**/*.config.ts'], rules: { 'no-restricted-imports': ['error', { patterns }] } });

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'release/**', 'test-results/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name='only']", message: 'test.only silences the rest of the suite' },
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports' },
      ],
    },
  },
  layer(['shared/**'], [
    pattern(nodeBuiltins, 'shared/ is pure: no Node built-ins'),
    pattern(['electron', 'better-sqlite3', 'react', 'react-dom', 'zustand'], 'shared/ is pure: no electron, database or UI'),
    pattern(['**/db/**', '**/electron/**', '**/renderer/**', '**/hosts/**'], 'shared/ imports nothing of the other layers'),
  ]),
  layer(['renderer/**'], [
    pattern(nodeBuiltins, 'renderer/ runs in the browser: no Node built-ins'),
    pattern(['electron', 'better-sqlite3'], 'renderer/ reaches the backend only through api/client'),
    pattern(['**/db/**', '**/electron/**', '**/hosts/**'], 'renderer/ may import shared/ only'),
  ]),
  layer(['db/**'], [
    pattern(['electron'], 'db/ runs under plain Node: no electron'),
    pattern(['**/renderer/**', '**/electron/**', '**/hosts/**'], 'db/ may import shared/ only'),
  ]),
  layer(['hosts/**'], [
    pattern(['electron'], 'hosts/ run under plain Node: only electron/ imports electron'),
    pattern(['**/renderer/**', '**/electron/**'], 'hosts/ adapt db/ and shared/ only'),
  ]),
  layer(['bench/**'], [
    pattern(['electron'], 'bench/ runs under plain Node'),
    pattern(['**/renderer/**', '**/electron/**', '**/hosts/**'], 'bench/ measures db/ and shared/ (the renderer through the built host only)'),
  ]),
  layer(['electron/**'], [pattern(['**/renderer/**', '**/hosts/**'], 'electron/ adapts db/ and shared/ only')]),
  {
    files: ['test/**', '**/*.config.ts', 'build/**'],
    rules: { 'no-restricted-syntax': ['error', { selector: "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name='only']", message: 'test.only silences the rest of the suite' }] },
  },
);
