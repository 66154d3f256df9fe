INSERT INTO window_totals VALUES
  ('X', '2024-07-01 00:00:00', 40, 2),
  ('Y', '2024-07-01 00:00:00', 12, 1);
INSERT INTO applied_emissions VALUES (101), (102), (201);
