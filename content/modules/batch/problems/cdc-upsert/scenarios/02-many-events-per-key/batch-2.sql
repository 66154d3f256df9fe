-- The tombstone of 9 is revived by an update; customer 1 (a tombstone) gets an update then a delete.
INSERT INTO cdc_batch (seq, op, customer_id, email) VALUES
  (20, 'U', 1, 'a3@x.example'),
  (21, 'U', 9, 'nine@x.example'),
  (23, 'D', 1, NULL);
