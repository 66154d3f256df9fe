-- Boundaries: session 201 starts exactly when subscriber 5 changes plan (it belongs to the new
-- version only; BETWEEN counts it twice); 202 starts one second before (old version). Session 203
-- predates subscriber 5's first version and 204's subscriber is not in the dimension: both
-- 'UNKNOWN'. Subscriber 6 had a version with no plan ('NONE'), then a plan.
INSERT INTO dim_subscriber VALUES
  (10, 5, 'basic',   '2024-04-01 00:00:00', '2024-04-15 12:00:00', 0),
  (11, 5, 'premium', '2024-04-15 12:00:00', NULL,                  1),
  (12, 6, NULL,      '2024-04-01 00:00:00', '2024-04-05 00:00:00', 0),
  (13, 6, 'basic',   '2024-04-05 00:00:00', NULL,                  1);
INSERT INTO fact_sessions VALUES
  (201, 5, '2024-04-15 12:00:00', 1000),
  (202, 5, '2024-04-15 11:59:59', 2000),
  (203, 5, '2024-03-31 23:59:59', 4000),
  (204, 9, '2024-04-10 10:00:00', 8000),
  (205, 6, '2024-04-02 08:00:00', 16000),
  (206, 6, '2024-04-05 00:00:00', 32000),
  (207, 5, '2024-05-01 00:00:00', 64000);
