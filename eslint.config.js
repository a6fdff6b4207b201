import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import figmaPlugins from '@figma/eslint-plugin-figma-plugins';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.cache/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
    },
  },
  {
    files: ['plugin/hosts/figma/**/*.ts', 'plugin/main.figma.ts'],
    plugins: { '@figma/figma-plugins': figmaPlugins },
    languageOptions: { parserOptions: { project: './plugin/hosts/figma/tsconfig.json' } },
    rules: figmaPlugins.configs.recommended.rules,
  },
  {
    files: ['build.mjs', '.ci/*.mjs', 'dev/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  { files: ['ui/**/*.{ts,tsx}', 'dev/playground/**/*.ts'], languageOptions: { globals: globals.browser } },
);
