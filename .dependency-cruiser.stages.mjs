/**
 * The second half of `npm run check:cycles`: what the page stages may load. The first stage runs
 * on every page, the second on every page the gate lets through; neither imports the matcher's
 * or the text folds' code. Those modules build tables as they load (a 64 KB character-class table
 * among them), which the bundler keeps wherever a module of theirs is imported, even for one
 * constant. Only code counts here (type-only imports vanish from the build), so unlike the
 * cycle check this one does not follow them.
 */
import base from './.dependency-cruiser.mjs';

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'page-stages-without-matcher',
      severity: 'error',
      comment: "A page stage reaches the matcher's or the text folds' modules (see .dependency-cruiser.stages.mjs).",
      from: { path: '^entrypoints/(content|page-stage)\\.ts$' },
      to: { path: '^lib/(entities/(scan|compile|forms)/|text/(?!build-key\\.ts$))', reachable: true },
    },
  ],
  options: { ...base.options, tsPreCompilationDeps: false },
};
