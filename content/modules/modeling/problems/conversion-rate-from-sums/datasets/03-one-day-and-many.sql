-- A channel seen on one day only, and one whose daily rates are identical but whose sums still
-- give a rate that integer division would floor to 0.
INSERT INTO fact_channel_daily VALUES
  ('2024-06-01', 'affiliate', 9, 2, 0.222222222222222),
  ('2024-06-01', 'display', 300, 3, 0.01),
  ('2024-06-02', 'display', 100, 1, 0.01),
  ('2024-06-03', 'display', 50, 0, 0.0),
  ('2024-06-04', 'display', 1, 1, 1.0);
