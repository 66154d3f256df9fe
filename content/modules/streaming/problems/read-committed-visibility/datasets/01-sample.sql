-- Transaction t1 commits (offset 4), t2 aborts (offset 6), t3 has no marker yet: it is open, and
-- its first record at offset 7 is where a read_committed consumer stops. The plain record at 8
-- and t4's records (committed at 10) are behind it: withheld until t3 ends.
INSERT INTO partition_log (kafka_offset, record_type, txn_id, payload) VALUES
  (0,  'DATA',   NULL, 'page_view 1'),
  (1,  'DATA',   't1', 'debit acct-7 500'),
  (2,  'DATA',   't2', 'debit acct-9 300'),
  (3,  'DATA',   't1', 'credit acct-8 500'),
  (4,  'COMMIT', 't1', NULL),
  (5,  'DATA',   NULL, 'page_view 2'),
  (6,  'ABORT',  't2', NULL),
  (7,  'DATA',   't3', 'debit acct-2 120'),
  (8,  'DATA',   NULL, 'page_view 3'),
  (9,  'DATA',   't4', 'credit acct-5 40'),
  (10, 'COMMIT', 't4', NULL);
