-- Speed events early in the morning of the cutoff day and just after midnight the next day; a
-- covered day with speed events but no batch row; two different events with the same amount; a
-- refund.
INSERT INTO batch_meta VALUES (1, '2024-11-10');
INSERT INTO batch_daily_revenue VALUES
  ('2024-11-08', 1000),
  ('2024-11-10', 2500);
INSERT INTO speed_events VALUES
  (10, '2024-11-09 10:00:00',  400),
  (11, '2024-11-10 00:00:00',  900),
  (12, '2024-11-10 23:59:59',  100),
  (13, '2024-11-11 00:00:00',  250),
  (14, '2024-11-11 00:00:01',  250),
  (15, '2024-11-11 13:00:00', -120),
  (16, '2024-11-12 09:00:00',  800),
  (16, '2024-11-12 09:00:00',  800),
  (16, '2024-11-12 09:00:00',  800);
