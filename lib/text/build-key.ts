/**
 * Identifies how this build normalises, matches and indexes text: a hash of those sources,
 * defined at build time by lib/build/text-key.ts ('unbuilt' in tests and the command line).
 * Derived data kept between runs (the packed matcher, the stored text index) is reused only by
 * the build whose key it carries.
 */
declare const __BACKSTORY_TEXT_KEY__: string | undefined;

export const TEXT_BUILD_KEY: string = typeof __BACKSTORY_TEXT_KEY__ === 'string' ? __BACKSTORY_TEXT_KEY__ : 'unbuilt';
