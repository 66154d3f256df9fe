-- A delete of a tombstone (only updated_seq moves) and a delete of 5.
INSERT INTO cdc_batch (seq, op, customer_id, email) VALUES
  (6, 'D', 7, NULL),
  (7, 'D', 5, NULL);
