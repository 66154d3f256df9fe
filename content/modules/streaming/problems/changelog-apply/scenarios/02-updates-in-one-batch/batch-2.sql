-- An old row (seq 95) arrives late in this slice: stale, ignored. PT comes back.
INSERT INTO changelog (seq, op, country, plays) VALUES
  (95,  '+U', 'ES', 1),
  (106, '+I', 'PT', 4);
