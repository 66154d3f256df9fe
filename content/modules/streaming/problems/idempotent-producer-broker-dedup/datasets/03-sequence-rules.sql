-- Producer 30 on partition 2: its batch 1 arrives before batch 0 (no state yet: rejected), then
-- batch 0, then batch 1 again. After batch 2, a very old retry of batch 0 is a duplicate.
-- Producer 31 on partition 2 bumps its epoch but its first request in epoch 2 is batch 1: a new
-- epoch must start at 0, so it is rejected, and epoch 0's batch 1 after that is still accepted
-- (the state only changes on an append). Then epoch 2 starts properly.
-- Producer 40 writes to partitions 0 and 5: offsets are per partition.
INSERT INTO produce_requests (request_seq, producer_id, producer_epoch, partition_id, seq_no, payload) VALUES
  (1,  30, 0, 2, 1, 'b1'),
  (2,  31, 0, 2, 0, 'x0'),
  (3,  30, 0, 2, 0, 'b0'),
  (4,  30, 0, 2, 1, 'b1'),
  (5,  31, 2, 2, 1, 'y1'),
  (6,  30, 0, 2, 2, 'b2'),
  (7,  31, 0, 2, 1, 'x1'),
  (8,  30, 0, 2, 0, 'b0'),
  (9,  40, 0, 5, 0, 'k0'),
  (10, 31, 2, 2, 0, 'y0'),
  (11, 40, 0, 0, 0, 'm0'),
  (12, 31, 2, 2, 1, 'y1'),
  (13, 40, 0, 5, 1, 'k1'),
  (14, 31, 0, 2, 2, 'x2');
