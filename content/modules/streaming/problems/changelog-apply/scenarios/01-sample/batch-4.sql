-- Slice 1 delivered again: already applied, nothing changes (FR stays at 6, progress at 8).
INSERT INTO changelog (seq, op, country, plays) VALUES
  (1, '+I', 'DE', 10),
  (2, '+I', 'FR', 5),
  (3, '-U', 'DE', 10),
  (4, '+U', 'DE', 12);
