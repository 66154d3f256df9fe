-- 20 moves to Braga; 21 unchanged; 22 is new.
INSERT INTO stg_customer (customer_id, city, snapshot_date) VALUES
  (20, 'Braga',  '2024-06-03'),
  (21, 'Lisbon', '2024-06-03'),
  (22, 'Faro',   '2024-06-03');
