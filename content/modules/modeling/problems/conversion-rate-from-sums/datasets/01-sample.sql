-- The sample: two days for two channels. Email converts 1 of 2 on a quiet day and 10 of 1000 on
-- a busy one: 11 / 1002 = 0.011, not the average of 0.5 and 0.01.
INSERT INTO fact_channel_daily VALUES
  ('2024-03-01', 'email',  2,  1, 0.5),
  ('2024-03-02', 'email', 1000, 10, 0.01),
  ('2024-03-01', 'search', 400, 20, 0.05),
  ('2024-03-02', 'search', 600, 30, 0.05);
