-- Two groups on one topic with very different positions; a commit exactly at log_start (no loss)
-- and exactly at log_end (lag 0); an empty partition; a leftover commit for a topic the group no
-- longer reads; a partition with retention but no commit.
INSERT INTO partition_offsets VALUES
  ('pay', 0, 300, 1000),
  ('pay', 1, 0, 0),
  ('pay', 2, 250, 260),
  ('old', 0, 0, 50);
INSERT INTO subscriptions VALUES
  ('fast', 'pay'),
  ('slow', 'pay');
INSERT INTO group_commits VALUES
  ('fast', 'pay', 0, 1000),
  ('fast', 'pay', 2, 255),
  ('slow', 'pay', 0, 300),
  ('slow', 'pay', 2, 100),
  ('slow', 'old', 0, 10);
