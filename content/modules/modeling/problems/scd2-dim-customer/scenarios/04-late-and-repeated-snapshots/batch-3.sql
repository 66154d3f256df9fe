-- A correction sent under 2024-06-03 again: 20's and 22's versions start on 06-03, so the new
-- cities are skipped; 21's version starts on 06-02, so Cascais is a change. 'braga' is not 'Braga'.
INSERT INTO stg_customer (customer_id, city, snapshot_date) VALUES
  (20, 'braga',   '2024-06-03'),
  (21, 'Cascais', '2024-06-03'),
  (22, 'Tavira',  '2024-06-03');
