import { describe, expect, it } from 'vitest';
import { DiagnosticBag, formatDiagnostic } from '../../src/core/content/diagnostics';
import { quizFileSchema } from '../../src/core/content/schema';
import { parseYamlWithSchema, yamlPositions } from '../../src/core/content/yamlFile';

const quiz = `id: q1
title: Q
questions:
  - id: a
    type: single
    prompt: P
    explanation: E
    options:
      - { id: x, text: X, correct: true, explanation: e }
      - id: y
        text: Y
        correct: maybe
        explanation: e
  - id: b
    type: sometimes
`;

describe('yamlPositions', () => {
  it('finds keys, nested sequence items and flow mappings', () => {
    const p = yamlPositions(quiz);
    expect(p.lineOf([])).toBe(1);
    expect(p.lineOf(['title'])).toBe(2);
    expect(p.lineOf(['questions'])).toBe(3);
    expect(p.lineOf(['questions', 0])).toBe(4);
    expect(p.lineOf(['questions', 0, 'options', 0, 'correct'])).toBe(9);
    expect(p.lineOf(['questions', 0, 'options', 1, 'correct'])).toBe(12);
    expect(p.lineOf(['questions', 1, 'type'])).toBe(15);
    // A path that goes beyond what exists points at the deepest part that does.
    expect(p.lineOf(['questions', 1, 'options', 3])).toBe(14);
  });

  it('turns schema failures into diagnostics at those lines (front matter offset included)', () => {
    const bag = new DiagnosticBag();
    expect(parseYamlWithSchema(quiz, quizFileSchema, 'q.yaml', bag, 10)).toBeUndefined();
    const lines = bag.items.map(formatDiagnostic);
    expect(lines).toContain('q.yaml:22: error DD102: questions.0.options.1.correct: Invalid input: expected boolean, received string');
    expect(lines.some((l) => l.startsWith('q.yaml:25: error DD102: questions.1.type: Invalid option'))).toBe(true);
  });

  it('reports YAML syntax errors with line and column', () => {
    const bag = new DiagnosticBag();
    parseYamlWithSchema('id: a\ntitle: [unclosed\n', quizFileSchema, 'bad.yaml', bag);
    expect(bag.items).toHaveLength(1);
    expect(bag.items[0]).toMatchObject({ file: 'bad.yaml', severity: 'error', line: 3 });
    expect(bag.items[0].message).toMatch(/^YAML: /);
  });
});
