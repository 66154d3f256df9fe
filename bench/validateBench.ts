/**
 * `de-dojo validate` of a 150-problem course, run as an author runs it (the built CLI, a real
 * folder). The course is generated in a temp dir from the shipped problems: each copy gets its own
 * id, so nothing is served from a cache a real course would not hit. Target: ≤ 10 s on 2 cores.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const PROBLEMS = 150;
const PER_MODULE = 15;

export function generateValidateCourse(root: string, count = PROBLEMS): string {
  const shipped: string[] = [];
  const modulesDir = path.join(root, 'content', 'modules');
  for (const m of fs.readdirSync(modulesDir)) {
    const pdir = path.join(modulesDir, m, 'problems');
    if (fs.existsSync(pdir)) for (const p of fs.readdirSync(pdir)) shipped.push(path.join(pdir, p));
  }
  shipped.sort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dojo-validate-bench-'));
  const modules: string[] = [];
  for (let i = 0; i < count; i++) {
    const mod = `m${String(Math.floor(i / PER_MODULE) + 1).padStart(2, '0')}`;
    if (!modules.includes(mod)) modules.push(mod);
    const src = shipped[i % shipped.length];
    const id = `${path.basename(src)}-${i + 1}`;
    const dest = path.join(dir, 'modules', mod, 'problems', id);
    fs.cpSync(src, dest, { recursive: true });
    const md = path.join(dest, 'problem.md');
    // Its own id; no links to lessons the generated course does not have.
    const text = fs
      .readFileSync(md, 'utf8')
      .replace(/^id: .*$/m, `id: ${id}`)
      .replace(/^lessons: .*$/m, 'lessons: []')
      .replace(/\]\((?:lesson|problem|quiz):[^)]*\)/g, ']');
    fs.writeFileSync(md, text);
  }
  for (const mod of modules) {
    const ids = fs.readdirSync(path.join(dir, 'modules', mod, 'problems')).sort();
    fs.writeFileSync(path.join(dir, 'modules', mod, 'module.yaml'), `id: ${mod}\ntitle: Module ${mod}\nsummary: Generated.\nitems: [${ids.join(', ')}]\n`);
  }
  fs.writeFileSync(path.join(dir, 'course.yaml'), `title: Generated\nversion: 1\nmodules: [${modules.join(', ')}]\n`);
  return dir;
}

export function benchValidate(root: string): Record<string, number> {
  const dir = generateValidateCourse(root);
  try {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'validate', dir, '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const ms = performance.now() - t0;
    const report = JSON.parse(r.stdout) as { counts: { problems: number }; diagnostics: { code: string; severity: string; file: string; message: string }[] };
    if (report.counts.problems !== PROBLEMS) throw new Error(`validate saw ${report.counts.problems} problems, not ${PROBLEMS}`);
    const errors = report.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length) throw new Error(`the generated course has findings:\n${errors.slice(0, 5).map((d) => `${d.file}: ${d.code} ${d.message}`).join('\n')}`);
    return { validate_150_problems_ms: Math.round(ms) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
