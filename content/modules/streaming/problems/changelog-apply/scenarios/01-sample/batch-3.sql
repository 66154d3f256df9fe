INSERT INTO changelog (seq, op, country, plays) VALUES
  (7, '+U', 'FR', 6),
  (8, '-D', 'IT', 1);
