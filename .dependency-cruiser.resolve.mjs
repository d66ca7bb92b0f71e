/** Module resolution for dependency-cruiser (.dependency-cruiser.mjs): `@/x` is `<root>/x`, as in WXT's tsconfig. */
export default { resolve: { alias: { '@': import.meta.dirname } } };
