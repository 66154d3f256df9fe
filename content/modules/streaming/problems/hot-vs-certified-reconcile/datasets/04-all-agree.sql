-- Everything audited agrees (including a NULL on both sides); the unaudited window is not reported.
INSERT INTO audit_meta VALUES (1, '2024-06-04 12:10:00');
INSERT INTO hot_windows VALUES
  ('2024-06-04 12:00:00', 'EU', 2500),
  ('2024-06-04 12:00:00', 'US', NULL),
  ('2024-06-04 12:10:00', 'EU', 900);
INSERT INTO certified_windows VALUES
  ('2024-06-04 12:00:00', 'EU', 2500),
  ('2024-06-04 12:00:00', 'US', NULL);
