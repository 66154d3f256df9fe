-- Nothing arrives for the first three ticks, so the first batch (batch 0) is planned at tick 4.
-- Partition 1 stays idle for ticks 1-5 and then receives 250 at tick 6: allowance it did not
-- use while idle does not carry over, so it still reads at most 100 per batch (ticks 6, 7, 8).
-- Tick 9 is quiet and plans no batch; tick 10 plans batch 4.
INSERT INTO source_offsets (tick_no, partition_id, latest_offset) VALUES
  (1, 0, 0),   (1, 1, 0),
  (2, 0, 0),   (2, 1, 0),
  (3, 0, 0),   (3, 1, 0),
  (4, 0, 5),   (4, 1, 0),
  (5, 0, 5),   (5, 1, 0),
  (6, 0, 5),   (6, 1, 250),
  (7, 0, 5),   (7, 1, 250),
  (8, 0, 5),   (8, 1, 250),
  (9, 0, 5),   (9, 1, 250),
  (10, 0, 7),  (10, 1, 250);
