-- DE is inserted and updated in the same slice (-U then +U): it ends at 12.
INSERT INTO changelog (seq, op, country, plays) VALUES
  (1, '+I', 'DE', 10),
  (2, '+I', 'FR', 5),
  (3, '-U', 'DE', 10),
  (4, '+U', 'DE', 12);
