-- A topic grew from 1 to 3 partitions (no commits yet on the new ones); one group lost records to
-- retention; a group subscribes to a topic that has no partitions; a commit for a partition that
-- does not exist.
INSERT INTO partition_offsets VALUES
  ('events', 0, 1000, 2000),
  ('events', 1, 0, 30),
  ('events', 2, 7, 7);
INSERT INTO subscriptions VALUES
  ('etl', 'events'),
  ('ml', 'events'),
  ('ml', 'ghost');
INSERT INTO group_commits VALUES
  ('etl', 'events', 0, 1999),
  ('ml', 'events', 0, 999),
  ('ml', 'events', 1, 30),
  ('ml', 'events', 9, 5);
