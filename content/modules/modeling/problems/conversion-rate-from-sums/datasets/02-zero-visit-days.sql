-- A day with 0 visits has a NULL stored rate (AVG would silently skip it, COALESCE to 0 would drag
-- the average down); 'print' has no visits at all, so its rate is NULL. Social converts 3 of 4.
INSERT INTO fact_channel_daily VALUES
  ('2024-05-01', 'social', 0, 0, NULL),
  ('2024-05-02', 'social', 4, 3, 0.75),
  ('2024-05-01', 'print',  0, 0, NULL),
  ('2024-05-02', 'print',  0, 0, NULL),
  ('2024-05-01', 'email', 30, 1, 0.0333333333333333),
  ('2024-05-02', 'email', 70, 6, 0.0857142857142857);
