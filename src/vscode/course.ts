/**
 * The heavy half of the extension, bundled on its own as dist/extension-course.js and required on
 * first use (see lazy.ts): loading the course (YAML parsers, the zod schema) and rendering its
 * Markdown (markdown-it, highlight.js). Nothing here imports 'vscode'.
 */
export { loadShippedCourse } from './adapters/courseLoader';
export { lessonView, problemView } from './views/pageViews';
