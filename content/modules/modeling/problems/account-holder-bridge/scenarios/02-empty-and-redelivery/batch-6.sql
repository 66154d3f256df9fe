-- A late extract dated 2024-05-01: account 6's list is older than the bridge's (ignored); account 8
-- has no rows yet, so its list is applied with that date.
INSERT INTO stg_extract (as_of) VALUES ('2024-05-01');
INSERT INTO stg_account_holder (account_id, customer_id, role) VALUES
  (6, 50, 'primary'),
  (8, 55, 'primary');
