/**
 * The locale whose UI text is longest: the 200 % zoom tests run in it. A unit test
 * (tests/unit/i18n/longest-locale.test.ts) measures every catalogue and holds this to the result.
 */
export const LONGEST_LOCALE = 'de';
