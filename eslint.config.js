// Lint for the whole repository (`npm run lint`, part of `npm test`): the recommended
// JavaScript and TypeScript rules, plus the layer boundaries of ../shared/docs/style.md
// written as import, global and syntax restrictions per folder.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// ---- Layer rules as data ------------------------------------------------------------
// ESLint replaces (does not merge) a rule's options when several blocks match a file, so
// every folder's rule is built here from the pieces that apply to it.

/**
 * A relative import that climbs out of its layer into the folder `layer` (../../client/x
 * from src/server/http). Import strings, not resolved paths: enough while no layer has a
 * folder or module of another layer's name.
 */
const intoLayer = (layer) => `^(?:\\.\\./)+${layer}(?:/|$)`;

const nodeBuiltins = {
  regex: `^(?:node:.*|(?:${builtinModules.filter((m) => !m.startsWith('_')).join('|')})(?:/.*)?)$`,
  message: 'Node APIs belong in src/server (style.md).',
};
const browserStorage = { name: 'idb', message: 'Only src/client/store touches IndexedDB (style.md).' };
const uiLibraries = ['preact', 'preact/*', 'react', 'react-dom', '@tanstack/*', 'workbox-window'];
const serverLibraries = ['hono', 'hono/*', '@hono/*', 'kysely', 'pg', 'better-sqlite3'];

const shared = {
  paths: [{ ...browserStorage, message: 'src/shared is pure TypeScript: no IndexedDB (style.md).' }],
  patterns: [
    { regex: intoLayer('client'), message: 'src/shared imports nothing from src/client (style.md).' },
    { regex: intoLayer('server'), message: 'src/shared imports nothing from src/server (style.md).' },
    { ...nodeBuiltins, message: 'src/shared is pure TypeScript: no Node APIs (style.md).' },
    { group: [...uiLibraries, ...serverLibraries], message: 'src/shared is pure TypeScript: no DOM or server libraries (style.md).' },
  ],
};

const clientBase = {
  patterns: [
    { regex: intoLayer('server'), message: 'The client talks to the server only over HTTP, through sync/transport (style.md).' },
    { group: serverLibraries, message: 'Server libraries do not belong in the client.' },
    nodeBuiltins,
  ],
};
const clientOutsideStore = { paths: [browserStorage], patterns: clientBase.patterns };

// UI reaches data only through actions (runtime.mutate) and store reads (store/queries).
// Types may come from anywhere; values from store/*, sync/* and runtime may not.
const ui = {
  paths: [{ ...browserStorage, message: 'UI never touches IndexedDB: read through store/queries, write through actions (style.md).' }],
  patterns: [
    ...clientBase.patterns,
    {
      regex: '(?:^|/)store/(?!queries$)[^/]+$',
      allowTypeImports: true,
      message: 'UI reads through store/queries and writes through actions (runtime.mutate); other store modules are off limits (style.md).',
    },
    {
      regex: '(?:^|/)sync/[^/]+$',
      allowTypeImports: true,
      message: 'UI reaches sync through the runtime it is given (useRuntime), not by importing sync modules.',
    },
    {
      regex: '^\\.\\./(?:\\.\\./)*runtime$',
      allowTypeImports: true,
      message: 'UI takes the runtime from props or context (useRuntime); it does not build one.',
    },
  ],
};

const server = {
  paths: [{ ...browserStorage, message: 'IndexedDB is a browser API.' }],
  patterns: [
    { regex: intoLayer('client'), message: 'src/server never imports from src/client (style.md).' },
    { group: uiLibraries, message: 'UI libraries do not belong in the server.' },
  ],
};

// SQL lives in src/server/db (style.md); src/server/migrations is DDL by nature, and
// src/server/seed, the demo-data generator, writes its rows in bulk. Anywhere else in the
// server a query is a verb-first function of src/server/db, called with the db or the `tx`.
const sqlHome = 'SQL lives in src/server/db: call (or add) a verb-first function there, passing it the db or the transaction (style.md).';
const kyselySql = { name: 'kysely', importNames: ['sql', 'CompiledQuery'], message: sqlHome };
const sqlCalls = [
  {
    selector: 'CallExpression[callee.property.name=/^(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto|selectNoFrom)$/]',
    message: sqlHome,
  },
  // `with` on a db or a transaction (a CTE), not Array.prototype.with.
  { selector: 'CallExpression[callee.property.name=/^with(Recursive)?$/][callee.object.name=/^(db|tx|trx|kysely)$/]', message: sqlHome },
  { selector: 'CallExpression[callee.property.name=/^with(Recursive)?$/][callee.object.property.name=/^(db|tx|trx|kysely)$/]', message: sqlHome },
];
const serverOutsideDb = { paths: [...server.paths, kyselySql], patterns: server.patterns };

// Server layers: http → sync → mutators → rules, and all of them → db. What sync and the
// mutators both need (who is asking, who may run a seminar) is in src/server/rules (pure)
// or src/server/db; running the mutators is sync's, so only sync imports the mutators.
const mutatorsLayer = {
  paths: serverOutsideDb.paths,
  patterns: [
    ...server.patterns,
    { regex: intoLayer('sync'), message: 'The mutators do not import sync: what both need lives in src/server/rules or src/server/db.' },
    { regex: intoLayer('http'), message: 'The mutators know nothing of HTTP.' },
  ],
};
const rulesLayer = {
  paths: [...server.paths, { name: 'kysely', message: 'src/server/rules is pure: the SQL of a rule goes in src/server/db.' }],
  patterns: [
    ...server.patterns,
    { regex: intoLayer('db'), allowTypeImports: true, message: 'src/server/rules is pure: it takes rows (their types may come from src/server/db), it does not read them.' },
    { regex: intoLayer('(?:sync|mutators|http|auth)'), message: 'src/server/rules is the bottom layer: it imports from none of sync, mutators, http or auth.' },
  ],
};
const dbLayer = {
  paths: server.paths,
  patterns: [
    ...server.patterns,
    { regex: intoLayer('(?:sync|mutators|http)'), message: 'src/server/db is below sync, the mutators and http: it imports none of them.' },
  ],
};

const network = [
  { name: 'fetch', message: 'Only src/client/sync/transport.ts calls fetch (style.md).' },
  { name: 'XMLHttpRequest', message: 'Only src/client/sync/transport.ts talks to the network (style.md).' },
];
const idbGlobal = { name: 'indexedDB', message: 'Only src/client/store touches IndexedDB (style.md).' };
const restrictGlobals = (list) => ['error', { globals: list, checkGlobalObject: true }];
const restrictImports = (options) => ['error', options];

export default defineConfig([
  globalIgnores(['dist/', 'node_modules/', 'coverage/', 'reports/', '.stryker-tmp/', 'data/', '.data/', '.test-tmp/', 'bench/results/']),

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    // Text hygiene matches control characters on purpose (PostgreSQL refuses U+0000).
    files: ['src/shared/entities/clean-text.ts'],
    rules: { 'no-control-regex': 'off' },
  },

  // ---- Layers ----------------------------------------------------------------------
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': restrictImports(shared),
      'no-restricted-globals': restrictGlobals([
        ...network,
        { name: 'window', message: 'src/shared is pure TypeScript: no DOM (style.md).' },
        { name: 'document', message: 'src/shared is pure TypeScript: no DOM (style.md).' },
        { name: 'navigator', message: 'src/shared is pure TypeScript: no DOM (style.md).' },
        { name: 'localStorage', message: 'src/shared is pure TypeScript: no DOM (style.md).' },
        { name: 'indexedDB', message: 'src/shared is pure TypeScript: no IndexedDB (style.md).' },
        { name: 'process', message: 'src/shared is pure TypeScript: no Node APIs (style.md).' },
        { name: 'Buffer', message: 'src/shared is pure TypeScript: no Node APIs (style.md).' },
      ]),
    },
  },
  {
    files: ['src/client/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': restrictImports(clientOutsideStore),
      'no-restricted-globals': restrictGlobals([...network, idbGlobal]),
    },
  },
  {
    files: ['src/client/store/**'],
    rules: {
      'no-restricted-imports': restrictImports(clientBase),
      'no-restricted-globals': restrictGlobals(network),
    },
  },
  {
    files: ['src/client/sync/transport.ts'],
    rules: { 'no-restricted-globals': restrictGlobals([idbGlobal]) },
  },
  {
    files: ['src/client/ui/**'],
    rules: { 'no-restricted-imports': restrictImports(ui) },
  },
  {
    // Forms are built of the form kit (src/client/ui/components/form-*.tsx): a label, hint
    // and error tied to each control, 44 px targets, 16 px text (no zoom on iPhones), the
    // theme in light and dark (issue 19). A bare control in a screen misses all of that.
    files: ['src/client/ui/**/*.tsx'],
    ignores: [
      // The kit itself: the one place the controls are drawn.
      'src/client/ui/components/form-*.tsx',
      // The kit's search box: its own lean control (no words, no error context), so that
      // Find's box, part of the first paint, is the kit's too within the 60 KB budget.
      'src/client/ui/components/search-field.tsx',
    ],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: 'JSXOpeningElement[name.name=/^(input|select|textarea)$/]',
        message: 'Use the form kit (components/form-fields.tsx, form-choices.tsx) instead of a bare control: it ties the label, hint and error to it and gives it the app\'s look.',
      }],
    },
  },
  {
    // A hook called only on some renders shifts every later hook's state: a crash on the
    // render after the condition flips (a state setter of an unmounted component).
    files: ['src/client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error' },
  },
  {
    files: ['src/server/**', '*.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/server/**'],
    ignores: ['src/server/db/**', 'src/server/migrations/**', 'src/server/seed/**'],
    rules: {
      'no-restricted-imports': restrictImports(serverOutsideDb),
      'no-restricted-syntax': ['error', ...sqlCalls],
    },
  },
  {
    files: ['src/server/db/**'],
    rules: { 'no-restricted-imports': restrictImports(dbLayer) },
  },
  {
    files: ['src/server/migrations/**', 'src/server/seed/**'],
    rules: { 'no-restricted-imports': restrictImports(server) },
  },
  {
    files: ['src/server/mutators/**'],
    rules: { 'no-restricted-imports': restrictImports(mutatorsLayer) },
  },
  {
    files: ['src/server/rules/**'],
    rules: { 'no-restricted-imports': restrictImports(rulesLayer) },
  },

  // ---- Tests, scripts, benchmarks run in Node and drive browsers ------------------
  {
    files: ['test/**', 'bench/**', 'scripts/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
]);
