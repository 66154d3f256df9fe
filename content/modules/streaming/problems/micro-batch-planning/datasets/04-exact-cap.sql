-- Backlogs of exactly 100 and exactly 200: the cap is reached exactly, never exceeded, and a
-- partition that is fully caught up reads nothing. Three partitions, offsets growing steadily.
INSERT INTO source_offsets (tick_no, partition_id, latest_offset) VALUES
  (1, 0, 100), (1, 1, 200), (1, 3, 99),
  (2, 0, 200), (2, 1, 200), (2, 3, 99),
  (3, 0, 260), (3, 1, 300), (3, 3, 301),
  (4, 0, 260), (4, 1, 300), (4, 3, 301),
  (5, 0, 260), (5, 1, 300), (5, 3, 301);
