-- Runs once per batch: fold the events in cdc_batch into customers.
-- Rules: per customer only the event with the greatest seq counts; I/U upsert; D leaves a tombstone
-- (is_deleted = 1, email unchanged); an event with seq <= the row's updated_seq changes nothing.
INSERT INTO customers (customer_id, email, updated_seq, is_deleted)
SELECT customer_id, email, seq, 0
FROM cdc_batch
WHERE op = 'I';
