/**
 * Every finding the loader and the validator can report, under a stable code. Codes are the
 * contract with authors, tests and the editor (they never change meaning; retired codes are not
 * reused): messages may be reworded, codes may not.
 *
 *   DD1xx  structure and loading (course.yaml, module.yaml, files, YAML, links, encoding)
 *   DD2xx  problems (the reference, alt and wrong answers, datasets and scenarios)
 *   DD3xx  lessons
 *   DD4xx  quizzes
 *
 * Codes marked `bar` are the authoring bar: what a finished item of a course has (enough prose,
 * datasets, wrong and alt answers, hints...). The shipped course is held to them as errors; a pack
 * whose course.yaml says `strict: false` gets them as warnings. Every other code is a defect that
 * breaks a learner's experience and is an error everywhere.
 */
export interface CodeInfo {
  title: string;
  /** Part of the authoring bar (demoted to a warning under `strict: false`). */
  bar?: boolean;
}

export const CODES = {
  DD100: { title: 'no course.yaml in the folder' },
  DD101: { title: 'YAML syntax error' },
  DD102: { title: 'a field does not match the content format (wrong type, unknown key, bad id)' },
  DD103: { title: 'an item or module is listed but its file is missing' },
  DD104: { title: 'a file or folder exists but is not listed' },
  DD105: { title: 'an id does not match its file or folder name' },
  DD106: { title: 'an id is used twice, or is ambiguous' },
  DD107: { title: 'a Markdown file has no front matter' },
  DD108: { title: 'a file cannot be read, or is not valid UTF-8' },
  DD109: { title: 'mojibake: text decoded with the wrong encoding' },
  DD110: { title: 'a link does not resolve (unknown course item, or a refused scheme)' },
  DD111: { title: 'an embedded quiz does not exist' },
  DD112: { title: 'a remote image (the lesson view refuses to load it)' },
  DD113: { title: 'an http: link (DE Dojo opens https: links only)' },
  DD114: { title: 'a front-matter reference names an unknown item' },
  DD115: { title: 'a course pack has no id in course.yaml' },
  DD120: { title: 'a scaffolded TODO is still in the file', bar: true },

  DD200: { title: 'a required problem file is missing or empty' },
  DD201: { title: 'the reference solution does not pass its own datasets or scenarios' },
  DD202: { title: 'the starter already passes' },
  DD203: { title: 'a known-wrong answer passes every dataset or scenario' },
  DD204: { title: 'a known-wrong answer fails with an error instead of wrong rows' },
  DD205: { title: 'an alternative correct answer is rejected' },
  DD206: { title: 'an ordered problem has no dataset where order matters, or an unsorted reference' },
  DD207: { title: 'a content file (schema, dataset, scenario, rebuild) does not load' },
  DD208: { title: 'a pipeline problem is declared inconsistently (targets, batch tables, rebuild)' },
  DD209: { title: 'a problem has no datasets or scenarios, or a scenario has no batches' },
  DD210: { title: 'a file in a scenario folder is ignored' },
  DD211: { title: 'the problem took too long to validate' },
  DD250: { title: 'fewer than 3 datasets or scenarios', bar: true },
  DD251: { title: 'fewer than 3 known-wrong answers (wrong/*.sql)', bar: true },
  DD252: { title: 'a known-wrong answer does not open with a comment saying why it is wrong', bar: true },
  DD253: { title: 'no alternative correct answer (alt/*.sql)', bar: true },
  DD254: { title: 'not 2 or 3 hints', bar: true },
  DD255: { title: 'no explanation.md', bar: true },

  DD350: { title: 'a lesson has fewer than 700 words of prose', bar: true },
  DD351: { title: 'a lesson has no :::takeaways block', bar: true },
  DD352: { title: 'a lesson lists no practice (problems or quizzes in its front matter)', bar: true },

  DD400: { title: 'two questions share an id' },
  DD401: { title: 'two options of a question share an id or the same text' },
  DD402: { title: 'a question has the wrong number of correct options' },
  DD403: { title: 'a quiz text is blank or damaged' },
  DD404: { title: 'a question links to a lesson that does not exist' },
  DD450: { title: 'an option is not really explained (fewer than 4 words)', bar: true },
  DD451: { title: 'a question has no lesson: link', bar: true },
} as const satisfies Record<string, CodeInfo>;

export type DiagnosticCode = keyof typeof CODES;

export function isBarCode(code: DiagnosticCode): boolean {
  return (CODES[code] as CodeInfo).bar === true;
}
