-- The streaming job published nothing for the audited hours: every certified window is MISSING_HOT.
INSERT INTO audit_meta VALUES (1, '2024-06-03 09:00:00');
INSERT INTO certified_windows VALUES
  ('2024-06-03 08:00:00', 'APAC', 5600),
  ('2024-06-03 08:10:00', 'APAC', 4900);
