/**
 * `npm run check:cycles`: no import cycle in lib/ or entrypoints/ (type-only imports count: a
 * cycle of types still ties the modules together), and product code never imports from tests/.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'Modules that import each other, directly or through others, cannot be understood or tested alone.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-tests-in-product',
      severity: 'error',
      comment: 'lib/ and entrypoints/ ship or run the product: the test harness is never part of it (a dev library lives in lib/dev/).',
      from: { path: '^(lib|entrypoints)/' },
      to: { path: '^tests/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|\\.output|\\.wxt)/' },
    // Type-only imports are dependencies too.
    tsPreCompilationDeps: true,
    // The `@/` alias of WXT's tsconfig (its paths are relative to .wxt/, which the tsconfig
    // reader dependency-cruiser uses gets wrong), given to the resolver directly.
    webpackConfig: { fileName: '.dependency-cruiser.resolve.mjs' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json', '.d.ts'] },
  },
};
