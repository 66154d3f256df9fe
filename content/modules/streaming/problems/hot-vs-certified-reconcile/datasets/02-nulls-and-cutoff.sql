-- NULL against a number (a mismatch with no difference), NULL against NULL (agree), rows that
-- exist with a NULL value on one side only, zeros, and a window starting exactly at the cutoff.
INSERT INTO audit_meta VALUES (1, '2024-06-02 00:00:00');
INSERT INTO hot_windows VALUES
  ('2024-06-01 23:20:00', 'EU', 0),
  ('2024-06-01 23:20:00', 'US', 0),
  ('2024-06-01 23:40:00', 'EU', NULL),
  ('2024-06-01 23:40:00', 'US', NULL),
  ('2024-06-01 23:50:00', 'EU', NULL),
  ('2024-06-01 23:50:00', 'US', 8100),
  ('2024-06-02 00:00:00', 'EU', 300);
INSERT INTO certified_windows VALUES
  ('2024-06-01 23:20:00', 'EU', 0),
  ('2024-06-01 23:20:00', 'US', 100),
  ('2024-06-01 23:30:00', 'US', NULL),
  ('2024-06-01 23:40:00', 'EU', NULL),
  ('2024-06-01 23:50:00', 'EU', 5000),
  ('2024-06-01 23:50:00', 'US', NULL);
