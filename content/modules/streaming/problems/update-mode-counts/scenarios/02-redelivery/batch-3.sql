-- Batch 10 delivered again two runs later.
INSERT INTO events VALUES (10, 'x1', 'p'), (10, 'x2', 'p'), (10, 'x3', 'p'), (10, 'x4', 'q');
