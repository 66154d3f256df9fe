-- The sample. Tick 2 brings 190 new records on partition 0, more than the cap: 100 are read at
-- tick 2 and the remaining 90 at tick 3, although nothing new arrived then. Tick 4 has nothing
-- to read, so no batch is planned and the batch numbers skip it. At tick 5 partition 1 has 140
-- waiting and reads 100; the last 40 stay in the topic (there is no tick 6).
INSERT INTO source_offsets (tick_no, partition_id, latest_offset) VALUES
  (1, 0, 60),  (1, 1, 0),
  (2, 0, 250), (2, 1, 40),
  (3, 0, 250), (3, 1, 40),
  (4, 0, 250), (4, 1, 40),
  (5, 0, 270), (5, 1, 180);
