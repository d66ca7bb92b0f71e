/**
 * One line of "On this page": "Kazakhstan ×7 — Kazakhstan, Казахстана, كازاخستان". Each name and
 * form is isolated in its own direction, so an Arabic form cannot reorder its neighbours.
 */
import { Fragment } from 'preact';

export function EntityLine({ name, count, forms }: { name: string; count: number; forms: readonly { form: string }[] }) {
  return (
    <>
      <bdi>{name}</bdi> ×{count} —{' '}
      {forms.map((f, i) => (
        <Fragment key={f.form}>
          {i > 0 && ', '}
          <bdi>{f.form}</bdi>
        </Fragment>
      ))}
    </>
  );
}
