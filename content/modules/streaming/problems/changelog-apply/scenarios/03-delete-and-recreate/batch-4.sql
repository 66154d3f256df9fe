-- Slice 1 redelivered (nothing changes), then FI's +U completes its update.
INSERT INTO changelog (seq, op, country, plays) VALUES
  (201, '-D', 'SE', 40),
  (202, '+I', 'NO', 8),
  (203, '+I', 'SE', 1),
  (204, '-D', 'NO', 8),
  (207, '+U', 'FI', 3);
