-- Partition 0 has been read up to offset 2 (next is 3); partition 1 never.
INSERT INTO committed_offsets (partition_id, next_offset) VALUES (0, 3);
INSERT INTO customer_balance (customer_id, balance_cents, payments) VALUES
  ('c1', 1500, 2),
  ('c2', 700, 1);
