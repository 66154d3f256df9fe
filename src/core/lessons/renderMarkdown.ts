/**
 * Renders course Markdown (lessons, problem statements, explanations) to HTML in core, so the
 * extension's webviews, the CLI and tests see the same output. Raw HTML in content is escaped
 * (`html: false`); links to other course items become data attributes the webview turns into
 * messages; code is highlighted here with highlight.js classes that the webview styles with theme
 * colours.
 */
import MarkdownIt, { type PluginWithParams } from 'markdown-it';
import container from 'markdown-it-container';
import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import java from 'highlight.js/lib/languages/java';
import json from 'highlight.js/lib/languages/json';
import python from 'highlight.js/lib/languages/python';
import scala from 'highlight.js/lib/languages/scala';
import sql from 'highlight.js/lib/languages/sql';
import yaml from 'highlight.js/lib/languages/yaml';

hljs.registerLanguage('sql', sql);
hljs.registerLanguage('python', python);
hljs.registerLanguage('scala', scala);
hljs.registerLanguage('yaml', yaml);
hljs.registerLanguage('bash', bash);
hljs.registerLanguage('json', json);
hljs.registerLanguage('java', java);
hljs.registerAliases(['sh', 'shell'], { languageName: 'bash' });
hljs.registerAliases(['py'], { languageName: 'python' });
hljs.registerAliases(['yml'], { languageName: 'yaml' });

/** Callout kinds, each with the visible label that names it (never colour alone). */
export const CALLOUTS: Record<string, string> = {
  anchor: 'Anchor',
  definition: 'Say it plainly',
  misconception: 'Untie the knot',
  tip: 'Reflex',
  note: 'Note',
  warning: 'Watch out',
  correction: 'Correction',
  takeaways: 'Takeaways',
};

export type LinkTarget =
  | { kind: 'lesson' | 'problem' | 'quiz'; id: string }
  | { kind: 'external'; url: string }
  | { kind: 'anchor'; fragment: string }
  | { kind: 'invalid'; reason: string };

export interface RenderOptions {
  /** Decides where a link goes; the loader's resolver knows the course's ids and aliases. */
  resolveLink: (href: string) => LinkTarget;
  /** Maps a relative asset (an image beside the lesson) to a URL the webview may load. */
  resolveAsset?: (relPath: string) => string | undefined;
}

export interface RenderedLink {
  href: string;
  target: LinkTarget;
  /** 0-based line in the Markdown, for diagnostics. */
  line: number;
}

export interface RenderedMarkdown {
  html: string;
  links: RenderedLink[];
  /** Embedded concept checks (`:::quiz <id>`), in order. */
  embeddedQuizzes: { id: string; line: number }[];
  /** Top-level headings, for a table of contents. */
  headings: { level: number; text: string; slug: string }[];
}

interface Env {
  options: RenderOptions;
  links: RenderedLink[];
  quizzes: { id: string; line: number }[];
  headings: RenderedMarkdown['headings'];
}

function createRenderer(): MarkdownIt {
  const md: MarkdownIt = new MarkdownIt({
    html: false,
    linkify: false,
    typographer: false,
    highlight(code: string, lang: string): string {
      const language = lang && hljs.getLanguage(lang) ? lang : undefined;
      const body = language ? hljs.highlight(code, { language, ignoreIllegals: true }).value : escapeHtml(code);
      const label: string = lang ? escapeHtml(lang) : 'text';
      return `<pre class="code-block hljs" data-lang="${label}" tabindex="0"><code class="language-${label}">${body}</code></pre>`;
    },
  });

  for (const [name, label] of Object.entries(CALLOUTS)) {
    md.use(container as unknown as PluginWithParams, name, {
      render(tokens: { nesting: number; info: string }[], idx: number) {
        const token = tokens[idx];
        if (token.nesting !== 1) return '</div></aside>\n';
        const title = token.info.trim().slice(name.length).trim().replace(/^"(.*)"$/, '$1');
        const heading = title ? `${label}: ${md.utils.escapeHtml(title)}` : label;
        return `<aside class="callout callout-${name}" role="note" aria-label="${md.utils.escapeHtml(heading)}"><p class="callout-label">${heading}</p><div class="callout-body">\n`;
      },
    });
  }

  // `:::quiz <quiz-id>` on its own: a placeholder the lesson panel fills with the concept check.
  md.block.ruler.before('fence', 'embedded_quiz', (state, startLine, _endLine, silent) => {
    const line = state.src.slice(state.bMarks[startLine] + state.tShift[startLine], state.eMarks[startLine]);
    const m = /^:::quiz\s+([a-z0-9-]+)\s*(?::::)?\s*$/.exec(line);
    if (!m) return false;
    if (silent) return true;
    const token = state.push('embedded_quiz', 'div', 0);
    token.meta = { id: m[1] };
    token.map = [startLine, startLine + 1];
    state.line = startLine + 1;
    return true;
  });
  md.renderer.rules.embedded_quiz = (tokens, idx, _opts, env: Env) => {
    const id = tokens[idx].meta.id as string;
    env.quizzes.push({ id, line: tokens[idx].map?.[0] ?? 0 });
    return `<section class="embedded-quiz" data-quiz-id="${md.utils.escapeHtml(id)}" aria-label="Concept check"></section>\n`;
  };

  // Inline tokens (links) carry no line of their own: give them their block's, for diagnostics.
  md.core.ruler.push('inline_line_numbers', (state) => {
    for (const token of state.tokens) {
      if (!token.children || !token.map) continue;
      let line = token.map[0];
      for (const child of token.children) {
        child.map = [line, line + 1];
        if (child.type === 'softbreak' || child.type === 'hardbreak') line++;
      }
    }
  });

  // Tables scroll instead of squashing; first-column row headers are kept as the author wrote them.
  md.renderer.rules.table_open = () => '<div class="table-scroll" tabindex="0"><table>\n';
  md.renderer.rules.table_close = () => '</table></div>\n';

  md.renderer.rules.heading_open = (tokens, idx, opts, env: Env, self) => {
    const inline = tokens[idx + 1];
    const text = inline?.content ?? '';
    const slug = slugify(text);
    tokens[idx].attrSet('id', slug);
    env.headings.push({ level: Number(tokens[idx].tag.slice(1)), text, slug });
    return self.renderToken(tokens, idx, opts);
  };

  const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, opts, _env, self) => self.renderToken(tokens, idx, opts));
  md.renderer.rules.link_open = (tokens, idx, opts, env: Env, self) => {
    const token = tokens[idx];
    const href = token.attrGet('href') ?? '';
    const target = env.options.resolveLink(href);
    env.links.push({ href, target, line: findLine(tokens, idx) });
    token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'href');
    switch (target.kind) {
      case 'lesson':
      case 'problem':
      case 'quiz':
        token.attrSet('href', '#');
        token.attrSet('data-link-kind', target.kind);
        token.attrSet('data-link-id', target.id);
        break;
      case 'external':
        token.attrSet('href', target.url);
        token.attrSet('data-link-kind', 'external');
        token.attrSet('title', target.url);
        break;
      case 'anchor':
        token.attrSet('href', `#${target.fragment}`);
        break;
      case 'invalid':
        token.attrSet('data-link-kind', 'invalid');
        token.attrSet('aria-disabled', 'true');
        break;
    }
    return defaultLinkOpen(tokens, idx, opts, env, self);
  };

  md.renderer.rules.image = (tokens, idx, _opts, env: Env) => {
    const token = tokens[idx];
    const src = token.attrGet('src') ?? '';
    const alt = md.utils.escapeHtml(token.content);
    const url = /^[a-z]+:/i.test(src) ? undefined : env.options.resolveAsset?.(src);
    // Remote images are never loaded (the webview's CSP forbids them too): show the alt text.
    return url ? `<img src="${md.utils.escapeHtml(url)}" alt="${alt}">` : `<span class="missing-image">[image: ${alt}]</span>`;
  };
  return md;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function findLine(tokens: { map: [number, number] | null }[], idx: number): number {
  for (let i = idx; i >= 0; i--) if (tokens[i].map) return tokens[i].map![0];
  return 0;
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-');
}

let renderer: MarkdownIt | undefined;

export function renderMarkdown(markdown: string, options: RenderOptions): RenderedMarkdown {
  renderer ??= createRenderer();
  const env: Env = { options, links: [], quizzes: [], headings: [] };
  const html = renderer.render(markdown, env);
  // Inline links inside inline tokens have no map of their own; findLine walks to the block.
  return { html, links: env.links, embeddedQuizzes: env.quizzes, headings: env.headings };
}
