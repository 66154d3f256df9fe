import { describe, expect, it } from 'vitest';
import { memorySource } from '../../src/core/content/contentSource';
import { loadCourse } from '../../src/core/content/loadCourse';
import { resolveCourseLink } from '../../src/core/lessons/links';
import { renderMarkdown } from '../../src/core/lessons/renderMarkdown';

const { course } = loadCourse(
  memorySource({
    'course.yaml': 'title: T\nversion: 1\nmodules: [m]\n',
    'modules/m/module.yaml': 'id: m\ntitle: M\nsummary: S\nitems: [watermarks, p1, q1]\n',
    'modules/m/lessons/watermarks.md': '---\nid: watermarks\ntitle: W\nminutes: 3\naliases: [s1-structured-streaming-state]\n---\nx\n',
    'modules/m/problems/p1/problem.md': '---\nid: p1\ntitle: P\nkind: query\ndifficulty: easy\nhints: [h]\n---\ns\n',
    'modules/m/quizzes/q1.yaml': 'id: q1\ntitle: Q\nquestions:\n  - id: a\n    type: truefalse\n    prompt: p\n    explanation: e\n    options:\n      - { id: t, text: "True", correct: true, explanation: e }\n      - { id: f, text: "False", explanation: e }\n',
  }),
);
const render = (md: string) => renderMarkdown(md, { resolveLink: (h) => resolveCourseLink(course, h) });

describe('renderMarkdown', () => {
  it('escapes raw HTML in content', () => {
    const { html } = render('Hello <script>alert(1)</script> <img src=x onerror=alert(1)>');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  it('renders callouts with a visible text label', () => {
    const { html } = render(':::misconception "Is the watermark the wall clock?"\nNo.\n:::\n\n:::anchor\nKeep the target right.\n:::\n');
    expect(html).toContain('class="callout callout-misconception"');
    expect(html).toContain('<p class="callout-label">Untie the knot: Is the watermark the wall clock?</p>');
    expect(html).toContain('<p class="callout-label">Anchor</p>');
  });

  it('highlights fenced code by language and leaves unknown languages escaped', () => {
    const { html } = render('```sql\nSELECT 1 FROM t\n```\n\n```python\nprint("x")\n```\n\n```text\n<b>\n```\n');
    expect(html).toMatch(/<span class="hljs-keyword">SELECT<\/span>/);
    expect(html).toMatch(/data-lang="python"/);
    expect(html).toContain('&lt;b&gt;');
  });

  it('wraps tables so wide ones scroll', () => {
    const { html } = render('| | batch | stream |\n|---|---|---|\n| latency | high | low |\n');
    expect(html).toContain('<div class="table-scroll" tabindex="0"><table>');
    expect(html).toContain('<th></th>');
  });

  it('turns course links into data attributes and keeps external https links', () => {
    const { html, links } = render('[a](lesson:watermarks) [b](problem:p1) [c](quiz:q1) [d](/lessons/streaming/s1-structured-streaming-state/) [e](https://example.com/x)');
    expect(html).toContain('data-link-kind="lesson" data-link-id="watermarks"');
    expect(html).toContain('data-link-kind="problem" data-link-id="p1"');
    expect(html).toContain('data-link-kind="quiz" data-link-id="q1"');
    expect(links.map((l) => l.target.kind)).toEqual(['lesson', 'problem', 'quiz', 'lesson', 'external']);
    expect(links[3].target).toEqual({ kind: 'lesson', id: 'watermarks' });
    expect(html).toContain('href="https://example.com/x" data-link-kind="external"');
  });

  it('marks links to nowhere and forbidden schemes as invalid, with their line', () => {
    const { links, html } = render('first line\n\n[x](problem:nope)\n\n[y](command:workbench.action.quit)');
    expect(links.map((l) => [l.target.kind, l.line])).toEqual([
      ['invalid', 2],
      ['invalid', 4],
    ]);
    expect(html).not.toContain('href="command:');
  });

  it('never loads remote images and shows their alt text instead', () => {
    const { html } = render('![a diagram](https://example.com/a.png)');
    expect(html).not.toContain('<img');
    expect(html).toContain('[image: a diagram]');
  });

  it('leaves a placeholder for an embedded quiz and lists it', () => {
    const r = render('Text\n\n:::quiz q1\n\nMore');
    expect(r.html).toContain('<section class="embedded-quiz" data-quiz-id="q1"');
    expect(r.embeddedQuizzes).toEqual([{ id: 'q1', line: 2 }]);
  });

  it('gives headings ids for a table of contents', () => {
    const r = render('# Why it matters\n## Takeaways');
    expect(r.headings).toEqual([
      { level: 1, text: 'Why it matters', slug: 'why-it-matters' },
      { level: 2, text: 'Takeaways', slug: 'takeaways' },
    ]);
    expect(r.html).toContain('<h2 id="takeaways">');
  });
});
