-- One symbol whose price falls and then recovers (so MAX is wrong). Trades at exactly a quote's
-- time (that quote counts), just before the next quote (the earlier quote counts, even though the
-- next one is closer), after the last quote, and before the first quote (NULL).
INSERT INTO quotes VALUES
  ('XYZ', '2024-08-01 10:00:00', 5000),
  ('XYZ', '2024-08-01 10:05:00', 4800),
  ('XYZ', '2024-08-01 10:10:00', 4700),
  ('XYZ', '2024-08-01 10:20:00', 4900);
INSERT INTO trades VALUES
  (10, 'XYZ', '2024-08-01 10:05:00', 5),
  (11, 'XYZ', '2024-08-01 10:10:00', 7),
  (12, 'XYZ', '2024-08-01 10:12:00', 1),
  (13, 'XYZ', '2024-08-01 10:19:00', 2),
  (14, 'XYZ', '2024-08-01 10:25:00', 9),
  (15, 'XYZ', '2024-08-01 09:59:59', 3);
