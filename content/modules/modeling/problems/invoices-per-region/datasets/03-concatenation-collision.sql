-- Store 2's invoice 11 and store 12's invoice 1 are different invoices, but invoice_no || store_id
-- makes both '112'. Both stores are in 'central'.
INSERT INTO dim_store VALUES (2, 'central'), (12, 'central');
INSERT INTO fact_sales_line VALUES
  (1, 2, 11, 400),
  (2, 12, 1, 600),
  (3, 12, 1, 100),
  (4, 2, 5, 900);
