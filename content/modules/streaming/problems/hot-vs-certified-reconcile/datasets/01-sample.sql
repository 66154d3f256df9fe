-- The audit has reached 11:00. US at 10:00 differs by 500 cents; US at 10:10 was never certified;
-- US at 10:20 exists only in the audit; EU at 11:00 has not been audited yet.
INSERT INTO audit_meta VALUES (1, '2024-06-01 11:00:00');
INSERT INTO hot_windows VALUES
  ('2024-06-01 10:00:00', 'EU', 125000),
  ('2024-06-01 10:00:00', 'US', 98000),
  ('2024-06-01 10:10:00', 'EU', 131000),
  ('2024-06-01 10:10:00', 'US', 101500),
  ('2024-06-01 10:20:00', 'EU', 119000),
  ('2024-06-01 11:00:00', 'EU', 40000);
INSERT INTO certified_windows VALUES
  ('2024-06-01 10:00:00', 'EU', 125000),
  ('2024-06-01 10:00:00', 'US', 98500),
  ('2024-06-01 10:10:00', 'EU', 131000),
  ('2024-06-01 10:20:00', 'EU', 119000),
  ('2024-06-01 10:20:00', 'US', 7000);
