/**
 * How course Markdown names other items: `lesson:<id>`, `problem:<id>`, `quiz:<id>`, or the site
 * style `/lessons/<slug>/` (an id, a module/id slug or an alias). Everything is resolved against
 * the loaded course, so a link to something that does not exist is a content error.
 */
import type { Course } from '../content/model';
import type { LinkTarget } from './renderMarkdown';

export function courseLinkResolver(course: Course): (href: string) => LinkTarget {
  return (href) => resolveCourseLink(course, href);
}

export function resolveCourseLink(course: Course, href: string): LinkTarget {
  const h = href.trim();
  if (/^https?:\/\//i.test(h)) return { kind: 'external', url: h };
  if (h.startsWith('#')) return { kind: 'anchor', fragment: h.slice(1) };
  const scheme = /^(lesson|problem|quiz):([a-z0-9-/]+)$/.exec(h);
  if (scheme) {
    const kind = scheme[1] as 'lesson' | 'problem' | 'quiz';
    const id = kind === 'lesson' ? lessonIdFor(course, scheme[2]) : scheme[2];
    const item = id ? course.items.get(id) : undefined;
    if (!item || item.kind !== kind) return { kind: 'invalid', reason: `no ${kind} "${scheme[2]}" in the course` };
    return { kind, id: item.id };
  }
  const site = /^\/(lessons|problems|quizzes)\/([a-z0-9-/]+?)\/?$/.exec(h);
  if (site) {
    const kind = site[1] === 'lessons' ? 'lesson' : site[1] === 'problems' ? 'problem' : 'quiz';
    return resolveCourseLink(course, `${kind}:${site[2]}`);
  }
  if (/^(mailto|command|file|vscode|javascript|data):/i.test(h)) return { kind: 'invalid', reason: `links with "${h.split(':')[0]}:" are not allowed in course content` };
  return { kind: 'invalid', reason: `"${h}" is not a course link (lesson:<id>, problem:<id>, quiz:<id>) or an https: address` };
}

function lessonIdFor(course: Course, slug: string): string | undefined {
  if (course.aliases.has(slug)) return course.aliases.get(slug);
  const last = slug.split('/').filter(Boolean).pop() ?? '';
  if (course.items.has(slug)) return slug;
  if (course.aliases.has(last)) return course.aliases.get(last);
  return course.items.has(last) ? last : undefined;
}
