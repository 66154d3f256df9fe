-- A burst of 430 records on partition 2 drains over five ticks, four of them quiet (no new
-- offsets anywhere). Partition 0 never receives anything. Capping only the records that arrived
-- since the last tick would lose the backlog after tick 1; ignoring the cap reads it all at once.
INSERT INTO source_offsets (tick_no, partition_id, latest_offset) VALUES
  (1, 0, 0), (1, 2, 430),
  (2, 0, 0), (2, 2, 430),
  (3, 0, 0), (3, 2, 430),
  (4, 0, 0), (4, 2, 430),
  (5, 0, 0), (5, 2, 430),
  (6, 0, 0), (6, 2, 430);
