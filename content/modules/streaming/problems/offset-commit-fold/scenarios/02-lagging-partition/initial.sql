-- Partition 0 is far ahead of partition 1.
INSERT INTO committed_offsets (partition_id, next_offset) VALUES (0, 100), (1, 5);
INSERT INTO customer_balance (customer_id, balance_cents, payments) VALUES ('k1', 10000, 40);
