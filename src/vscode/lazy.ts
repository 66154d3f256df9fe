/**
 * Heavy modules load on first use, not with the extension: the course loader (YAML parsers and the
 * zod schema) and the page views (markdown-it and highlight.js). esbuild bundles a module reached
 * through `require` so that it is evaluated the first time it is required, which keeps activation
 * to the cost of the light modules (see bench/activation-probe.cjs).
 */
/* eslint-disable @typescript-eslint/no-require-imports */

export function courseLoader(): typeof import('./adapters/courseLoader') {
  return require('./adapters/courseLoader');
}

export function pageViews(): typeof import('./views/pageViews') {
  return require('./views/pageViews');
}
