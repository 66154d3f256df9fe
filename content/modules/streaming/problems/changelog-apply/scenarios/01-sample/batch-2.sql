-- FR's update is split: the -U arrives now, its +U in the next slice. FR is absent meanwhile.
INSERT INTO changelog (seq, op, country, plays) VALUES
  (5, '-U', 'FR', 5),
  (6, '+I', 'IT', 1);
