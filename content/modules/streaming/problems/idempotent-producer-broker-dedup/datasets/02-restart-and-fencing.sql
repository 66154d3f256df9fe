-- Partition 0: producer 11 writes batches 0-1 and crashes before hearing back. It restarts
-- without a transactional.id, gets producer id 12 and re-sends both records: new to the broker,
-- so the log holds them twice. A late retry of producer 11's batch 1 is still a duplicate.
-- Partition 1: producer 20 (epoch 0) appends batches 0-1; a new instance with the same
-- transactional.id bumps the epoch to 1 and starts again at 0. The old instance's batch 2 and a
-- retry of its batch 1 arrive afterwards: fenced, rejected. Epoch 1 continues with batch 1.
INSERT INTO produce_requests (request_seq, producer_id, producer_epoch, partition_id, seq_no, payload) VALUES
  (1,  11, 0, 0, 0, 'pay-1'),
  (2,  11, 0, 0, 1, 'pay-2'),
  (3,  20, 0, 1, 0, 'stock-1'),
  (4,  12, 0, 0, 0, 'pay-1'),
  (5,  20, 0, 1, 1, 'stock-2'),
  (6,  12, 0, 0, 1, 'pay-2'),
  (7,  11, 0, 0, 1, 'pay-2'),
  (8,  20, 1, 1, 0, 'stock-3'),
  (9,  20, 0, 1, 2, 'stock-zombie'),
  (10, 20, 0, 1, 1, 'stock-2'),
  (11, 20, 1, 1, 1, 'stock-4'),
  (12, 12, 0, 0, 2, 'pay-3');
