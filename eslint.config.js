// ESLint (flat config): typescript-eslint's recommended rules, and the module
// boundaries of STYLE.md, so that the next import that strays fails CI.
import tseslint from 'typescript-eslint'

const GITHUB_CLIENTS = {
  group: ['@octokit/*', '@actions/github'],
  message: 'Only src/github/ talks to GitHub: go through the GitHubPort.'
}
const ACTIONS_CORE = {
  group: ['@actions/core'],
  message:
    '@actions/core belongs to the entry points (main.ts, action.ts): take a Logger or GetInput instead.'
}

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', 'coverage/**']
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.js', 'bench/*.mjs', 'scripts/*.mjs']
        },
        tsconfigRootDir: import.meta.dirname
      }
    }
  },
  {
    // Plain JavaScript (configs, scripts, the API double) is not type-checked here.
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked
  },
  {
    rules: {
      // A function that returns a promise because its interface says so
      // (ports, fakes, the dry-run port) need not await anything.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
      ]
    }
  },
  {
    // Tests read YAML, JSON and the double's JSDoc types: \`any\` is their
    // nature there; expect(…).toBe(obj.method) is not a call.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off'
    }
  },
  {
    // Everything in src/ but the adapters and the entry points.
    files: ['src/**/*.ts'],
    ignores: ['src/github/**', 'src/main.ts', 'src/action.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [GITHUB_CLIENTS, ACTIONS_CORE] }
      ]
    }
  },
  {
    files: ['src/github/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ACTIONS_CORE,
            {
              group: ['**/handlers/**', '**/action*', '**/main*', '**/cli/**'],
              message:
                'src/github/ answers what GitHub said; it decides nothing.'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['src/handlers/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            GITHUB_CLIENTS,
            ACTIONS_CORE,
            {
              group: ['**/github/*', '!**/github/port.js'],
              message: 'Handlers use the GitHubPort only.'
            }
          ]
        }
      ]
    }
  },
  {
    // The pure core: no GitHub, no file system, no process, no clock.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            GITHUB_CLIENTS,
            ACTIONS_CORE,
            {
              group: [
                'node:*',
                'fs',
                'path',
                'child_process',
                'worker_threads'
              ],
              message: 'src/core/ is pure: no I/O.'
            },
            {
              group: [
                '**/github/**',
                '**/handlers/**',
                '**/cli/**',
                '../inputs*',
                '../../inputs*',
                '../action*',
                '../../action*',
                '../route*',
                '../main*',
                '../lint-budget*',
                '../lint-worker*'
              ],
              message:
                'src/core/ imports only itself (and unified, remark, mdast, yaml, secretlint).'
            }
          ]
        }
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'src/core/ is pure: pass values in.' }
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: '"Now" is a parameter.' }
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: '"Now" is a parameter (`now: Date`), never `new Date()`.'
        }
      ]
    }
  },
  {
    // The CLI runs the core on local files: no GitHub, no event handler.
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            GITHUB_CLIENTS,
            ACTIONS_CORE,
            {
              group: ['**/handlers/**', '**/github/**'],
              message:
                'The CLI uses the core and src/files.ts only: no handler, no GitHub port.'
            }
          ]
        }
      ]
    }
  }
)
