-- The lesson's example: the batch covers 5 and 6 October; the speed layer still holds 6 October
-- (with an event the batch discarded) and has started 7 October, with one event delivered twice.
INSERT INTO batch_meta VALUES (1, '2024-10-06');
INSERT INTO batch_daily_revenue VALUES
  ('2024-10-05', 4125000),
  ('2024-10-06', 3988000);
INSERT INTO speed_events VALUES
  (1, '2024-10-06 18:00:00', 3988000),
  (2, '2024-10-06 21:15:00',    3000),
  (3, '2024-10-07 08:30:00',  700000),
  (4, '2024-10-07 12:45:00',  540000),
  (4, '2024-10-07 12:45:00',  540000);
