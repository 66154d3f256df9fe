INSERT INTO committed_offsets (partition_id, next_offset) VALUES (0, 10);
INSERT INTO customer_balance (customer_id, balance_cents, payments) VALUES ('m1', 0, 0);
