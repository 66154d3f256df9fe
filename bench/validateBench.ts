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
    // explanation.md's course links are checked too (they would point at items this course lacks).
    const explanation = path.join(dest, 'explanation.md');
    if (fs.existsSync(explanation)) fs.writeFileSync(explanation, fs.readFileSync(explanation, 'utf8').replace(/\]\((?:lesson|problem|quiz):[^)]*\)/g, ']'));
  }
  for (const mod of modules) {
    const ids = fs.readdirSync(path.join(dir, 'modules', mod, 'problems')).sort();
    fs.writeFileSync(path.join(dir, 'modules', mod, 'module.yaml'), `id: ${mod}\ntitle: Module ${mod}\nsummary: Generated.\nitems: [${ids.join(', ')}]\n`);
  }
  // strict: false: the copies' known authoring gaps (content/known-gaps.yaml) stay warnings here too.
  fs.writeFileSync(path.join(dir, 'course.yaml'), `title: Generated\nversion: 1\nstrict: false\nmodules: [${modules.join(', ')}]\n`);
  return dir;
}

/**
 * CPU seconds used by this process's finished children (Linux: cutime + cstime of /proc/self/stat).
 * On a machine shared with other work, wall time says how busy the machine was; CPU time says
 * what validation costs.
 */
function childCpuSeconds(): number | undefined {
  try {
    const stat = fs.readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the command name: state is field 3, so cutime (16) and cstime (17) are at 13 and 14.
    const ticks = Number(fields[13]) + Number(fields[14]);
    const hz = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;
    return ticks / hz;
  } catch {
    return undefined;
  }
}

export function benchValidate(root: string): Record<string, number> {
  const dir = generateValidateCourse(root);
  try {
    // The validator proper (references, alt and wrong answers on the author's datasets), then the
    // same with the authors' generated-data search (issue 11: 300 ms worth of cases per answer).
    const plain = timeValidate(root, dir, ['--budget', '0']);
    const generated = timeValidate(root, dir, []);
    return {
      validate_150_problems_ms: plain.ms,
      ...(plain.cpu !== undefined ? { validate_150_problems_cpu_s: plain.cpu } : {}),
      validate_150_generated_ms: generated.ms,
      ...(generated.cpu !== undefined ? { validate_150_generated_cpu_s: generated.cpu } : {}),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function timeValidate(root: string, dir: string, extra: string[]): { ms: number; cpu?: number } {
  const cpu0 = childCpuSeconds();
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'validate', dir, '--json', ...extra], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - t0;
  const cpu1 = childCpuSeconds();
  const report = JSON.parse(r.stdout) as { counts: { problems: number }; diagnostics: { code: string; severity: string; file: string; message: string }[] };
  if (report.counts.problems !== PROBLEMS) throw new Error(`validate saw ${report.counts.problems} problems, not ${PROBLEMS}`);
  const errors = report.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new Error(`the generated course has findings:\n${errors.slice(0, 5).map((d) => `${d.file}: ${d.code} ${d.message}`).join('\n')}`);
  return { ms: Math.round(ms), ...(cpu0 !== undefined && cpu1 !== undefined ? { cpu: Math.round((cpu1 - cpu0) * 10) / 10 } : {}) };
}
