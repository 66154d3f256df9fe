-- Overlapping slice: 203 and 204 again, then FI is inserted and its update split (-U only).
INSERT INTO changelog (seq, op, country, plays) VALUES
  (203, '+I', 'SE', 1),
  (204, '-D', 'NO', 8),
  (205, '+I', 'FI', 2),
  (206, '-U', 'FI', 2);
