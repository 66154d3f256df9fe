-- SE is deleted and inserted again in one slice (present, 1); NO is inserted and deleted (absent).
INSERT INTO changelog (seq, op, country, plays) VALUES
  (201, '-D', 'SE', 40),
  (202, '+I', 'NO', 8),
  (203, '+I', 'SE', 1),
  (204, '-D', 'NO', 8);
