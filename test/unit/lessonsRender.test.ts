// Renders every lesson of the real course exactly as the lesson panel does (renderMarkdown with the
// course's link resolver) and checks the result is well-formed: headings in order, callouts closed
// and labelled, links to lessons resolved, code highlighted. The four format-exercising lessons
// also get their skeleton checked (anchor, takeaways, table, practice links, Next link).
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../src/core/content/catalog';
import { fileSystemSource } from '../../src/core/content/contentSource';
import { allLessons, type Lesson } from '../../src/core/content/model';
import { courseLinkResolver } from '../../src/core/lessons/links';
import { renderMarkdown, type RenderedMarkdown } from '../../src/core/lessons/renderMarkdown';

const contentRoot = path.join(__dirname, '..', '..', 'content');
const catalog = new Catalog(fileSystemSource(contentRoot));
const course = catalog.course;
const resolveLink = courseLinkResolver(course);
const lessons = allLessons(course);
const rendered = new Map<string, RenderedMarkdown>(lessons.map((l) => [l.id, renderMarkdown(l.markdown, { resolveLink })]));

/** The lessons written to exercise the format end to end, with the module each opens. */
const FORMAT_LESSONS: Record<string, string> = {
  'the-one-job': 'foundations',
  'gaps-islands-sessions': 'sql',
  'nulls-and-star-schemas': 'modeling',
  watermarks: 'streaming',
};

function fencedLanguages(markdown: string): string[] {
  return [...markdown.matchAll(/^```([a-z]+)\s*$/gm)].map((m) => m[1]);
}

/** The body of the first callout of a kind, or undefined. Callouts do not nest in course content. */
function calloutBody(html: string, kind: string): string | undefined {
  const start = html.indexOf(`<aside class="callout callout-${kind}"`);
  if (start === -1) return undefined;
  const end = html.indexOf('</aside>', start);
  return html.slice(start, end);
}

describe('every lesson of the course renders cleanly', () => {
  it('the course has lessons and none of them failed to load', () => {
    expect(lessons.length).toBeGreaterThan(0);
    const lessonProblems = catalog.diagnostics.filter((d) => /\/lessons\//.test(d.file));
    expect(lessonProblems).toEqual([]);
  });

  for (const lesson of lessons) {
    describe(lesson.id, () => {
      const out = () => rendered.get(lesson.id)!;

      it('starts its outline with an h1 or h2 and never skips a heading level', () => {
        const levels = out().headings.map((h) => h.level);
        expect(levels.length).toBeGreaterThan(0);
        expect(Math.min(...levels)).toBeLessThanOrEqual(2);
        for (let i = 1; i < levels.length; i++) expect(levels[i] - levels[i - 1]).toBeLessThanOrEqual(1);
      });

      it('has at least one labelled callout and no unclosed container fence', () => {
        const { html } = out();
        expect(html).toMatch(/<aside class="callout callout-[a-z]+" role="note" aria-label="[^"]+"><p class="callout-label">/);
        // An unclosed or misspelt `:::` block renders its fence as literal text.
        expect(html).not.toContain(':::');
        const opened = (html.match(/<aside class="callout /g) ?? []).length;
        const closed = (html.match(/<\/aside>/g) ?? []).length;
        expect(closed).toBe(opened);
        // Course callouts never nest: a nested one means an earlier block was left open and swallowed
        // everything up to the end of the lesson.
        for (const chunk of html.split('<aside class="callout ').slice(1)) expect(chunk.indexOf('</aside>')).toBeGreaterThan(-1);
        expect(html).not.toMatch(/<aside class="callout (?:(?!<\/aside>)[\s\S])*<aside class="callout /);
      });

      it('links only to lessons that exist, and every other broken link is a not-yet-authored item', () => {
        for (const link of out().links) {
          if (link.href.startsWith('lesson:') || link.href.startsWith('/lessons/')) {
            expect(link.target, `${link.href} in ${lesson.id}`).toMatchObject({ kind: 'lesson' });
          }
          if (link.target.kind === 'invalid') {
            // Problems and quizzes are authored in parallel; anything else broken is a content bug.
            expect(link.target.reason, `${link.href} in ${lesson.id}`).toMatch(/^no (problem|quiz) "/);
          }
        }
        for (const link of out().links.filter((l) => l.target.kind === 'lesson')) {
          expect(out().html).toContain(`data-link-kind="lesson" data-link-id="${(link.target as { id: string }).id}"`);
        }
      });

      it('highlights every fenced block in a known language', () => {
        const { html } = out();
        const langs = fencedLanguages(lesson.markdown);
        for (const lang of new Set(langs)) {
          const blocks = html.split(`data-lang="${lang}"`).slice(1);
          expect(blocks.length, `${lang} blocks in ${lesson.id}`).toBe(langs.filter((l) => l === lang).length);
          if (['sql', 'python', 'yaml', 'bash', 'json', 'java', 'scala'].includes(lang)) {
            for (const block of blocks) expect(block.slice(0, block.indexOf('</pre>'))).toContain('class="hljs-');
          }
        }
      });
    });
  }
});

describe('module order', () => {
  it('every module that has lessons opens with one, so a learner reads before practising', () => {
    for (const mod of course.modules) {
      if (!mod.items.some((item) => item.kind === 'lesson')) continue;
      expect(mod.items[0]?.kind, mod.id).toBe('lesson');
    }
  });
});

describe('the four format lessons', () => {
  for (const [id, moduleId] of Object.entries(FORMAT_LESSONS)) {
    describe(id, () => {
      const lesson = () => course.items.get(id) as Lesson | undefined;

      it('exists and is a lesson of its module', () => {
        expect(lesson()?.kind).toBe('lesson');
        const mod = course.modules.find((m) => m.id === moduleId);
        expect(mod?.items.map((item) => item.id)).toContain(id);
      });

      it('follows the lesson skeleton: one anchor, takeaways of 4-6 bullets at the end, a table, an SQL example', () => {
        const md = lesson()!.markdown;
        const { html } = rendered.get(id)!;
        expect((html.match(/class="callout callout-anchor"/g) ?? []).length).toBe(1);
        const takeaways = calloutBody(html, 'takeaways');
        expect(takeaways).toBeDefined();
        const bullets = (takeaways!.match(/<li>/g) ?? []).length;
        expect(bullets).toBeGreaterThanOrEqual(4);
        expect(bullets).toBeLessThanOrEqual(6);
        // Nothing but the "Next" line may follow the takeaways.
        const afterTakeaways = md.slice(md.lastIndexOf(':::takeaways'));
        const tail = afterTakeaways.slice(afterTakeaways.indexOf('\n:::', 1) + 4).trim();
        expect(tail === '' || /^Next: \[[^\]]+\]\(lesson:[a-z0-9-]+\)/.test(tail), tail).toBe(true);
        expect(html).toContain('<div class="table-scroll" tabindex="0"><table>');
        expect(html).toMatch(/<th>/);
        expect(fencedLanguages(md)).toContain('sql');
        expect(html).toMatch(/data-lang="sql"[^>]*><code class="language-sql">[\s\S]*class="hljs-keyword"/);
      });

      it('names its practice problems in the front matter and links each of them from the text', () => {
        const meta = lesson()!.meta;
        expect(meta.problems.length).toBeGreaterThan(0);
        const hrefs = rendered.get(id)!.links.map((l) => l.href);
        for (const p of meta.problems) expect(hrefs).toContain(`problem:${p}`);
        expect(meta.sources.length).toBeGreaterThan(0);
        for (const s of meta.sources) expect(s).toMatch(/^S[0-3]:\d+(-\d+)?$/);
      });

      it('ends with a Next link to the following lesson of the course, when there is one', () => {
        const order = lessons.map((l) => l.id);
        const next = order[order.indexOf(id) + 1];
        const m = /^Next: \[[^\]]+\]\((lesson:[a-z0-9-]+)\)/m.exec(lesson()!.markdown);
        if (!next) {
          expect(m).toBeNull();
          return;
        }
        expect(m, `${id} should point at ${next}`).not.toBeNull();
        const link = rendered.get(id)!.links.find((l) => l.href === m![1]);
        expect(link?.target).toEqual({ kind: 'lesson', id: next });
      });
    });
  }
});
