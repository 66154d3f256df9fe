-- A late close: 2024-12-31 was never closed and arrives after 2025-01-03. Its accounts are those
-- with a row before it (20 and 21) plus its mover 23; 22, first seen on 2025-01-02, has no row on
-- 2024-12-31, and the later days are left as they are.
INSERT INTO stg_business_day (business_date) VALUES ('2024-12-31');
INSERT INTO stg_transaction (txn_id, account_id, amount_cents) VALUES
  (9,  23, 60),
  (10, 21, -50);
