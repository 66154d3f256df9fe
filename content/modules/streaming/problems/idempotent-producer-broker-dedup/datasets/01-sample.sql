-- Producer 7 sends batches 0-3 to partition 0 with several requests in flight; producer 9 writes
-- to the same partition in between. The acknowledgement of 7's batch 1 is lost, so it is retried
-- (request 4: a duplicate). Batch 3 overtakes batch 2 (request 5: out of order, rejected) and is
-- sent again after it (request 7). Partition 1 has its own numbering.
INSERT INTO produce_requests (request_seq, producer_id, producer_epoch, partition_id, seq_no, payload) VALUES
  (1, 7, 0, 0, 0, 'order-100 created'),
  (2, 7, 0, 0, 1, 'order-100 paid'),
  (3, 9, 0, 0, 0, 'order-200 created'),
  (4, 7, 0, 0, 1, 'order-100 paid'),
  (5, 7, 0, 0, 3, 'order-100 delivered'),
  (6, 7, 0, 0, 2, 'order-100 shipped'),
  (7, 7, 0, 0, 3, 'order-100 delivered'),
  (8, 7, 0, 1, 0, 'order-101 created'),
  (9, 9, 0, 0, 1, 'order-200 paid');
