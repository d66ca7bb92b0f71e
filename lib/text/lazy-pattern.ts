/**
 * A regular expression made the first time it is used. Making one with Unicode properties
 * (`\p{Script=Latin}`, `\p{Default_Ignorable_Code_Point}`) builds its character sets there and
 * then, tens of microseconds each, even if it never runs; the folding and class expressions
 * below it run only for characters the shipped tables do not cover (lib/text/tables.ts), so a
 * page that evaluates the second stage would pay about a millisecond for expressions it mostly
 * never uses.
 */
export class LazyPattern {
  #made: RegExp | null = null;

  constructor(private readonly make: () => RegExp) {}

  /** The expression itself (for `replace`, `match`): made now if it was not yet. */
  get regExp(): RegExp {
    return (this.#made ??= this.make());
  }

  test(text: string): boolean {
    return this.regExp.test(text);
  }
}
