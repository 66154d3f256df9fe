-- Several events per customer, written out of seq order:
--   1: U then D (the tombstone keeps the email from before the batch, not the superseded U's)
--   9: I then D for a customer never seen (a tombstone with a NULL email)
--   2: D then I (alive again)
--   3: three updates (the last one wins)
INSERT INTO cdc_batch (seq, op, customer_id, email) VALUES
  (18, 'I', 2, 'b2@x.example'),
  (14, 'D', 1, NULL),
  (11, 'I', 9, 'new9@x.example'),
  (19, 'U', 3, 'c4@x.example'),
  (12, 'U', 1, 'a2@x.example'),
  (16, 'U', 3, 'c2@x.example'),
  (13, 'D', 9, NULL),
  (15, 'D', 2, NULL),
  (17, 'U', 3, 'c3@x.example');
