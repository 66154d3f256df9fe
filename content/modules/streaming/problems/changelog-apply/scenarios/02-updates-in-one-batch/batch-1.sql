-- ES changes twice in one slice (7 -> 9 -> 11); PT is deleted; the slice overlaps old rows (99, 100).
INSERT INTO changelog (seq, op, country, plays) VALUES
  (99,  '+U', 'NL', 1),
  (100, '+U', 'NL', 2),
  (101, '-U', 'ES', 7),
  (102, '+U', 'ES', 9),
  (103, '-U', 'ES', 9),
  (104, '+U', 'ES', 11),
  (105, '-D', 'PT', 3);
