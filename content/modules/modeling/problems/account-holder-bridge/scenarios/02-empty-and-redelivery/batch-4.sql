-- batch-2 delivered again after batch-3: account 5's list is older than the bridge's (ignored);
-- account 6's list is the one already applied (same as_of: ignored).
INSERT INTO stg_extract (as_of) VALUES ('2024-05-10');
INSERT INTO stg_account_holder (account_id, customer_id, role) VALUES
  (5, 50, 'primary'),
  (6, 53, 'primary'),
  (6, 50, 'joint');
