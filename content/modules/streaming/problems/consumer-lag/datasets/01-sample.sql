-- billing has committed both partitions of orders; audit only partition 0 of orders, and its
-- commit on clicks is older than the clicks log now starts.
INSERT INTO partition_offsets VALUES
  ('orders', 0, 0, 120),
  ('orders', 1, 0, 95),
  ('clicks', 0, 5000, 5400);
INSERT INTO subscriptions VALUES
  ('billing', 'orders'),
  ('audit', 'orders'),
  ('audit', 'clicks');
INSERT INTO group_commits VALUES
  ('billing', 'orders', 0, 118),
  ('billing', 'orders', 1, 95),
  ('audit', 'orders', 0, 40),
  ('audit', 'clicks', 0, 4200);
