-- The next regular snapshot: 20 moves, 'braga' is a different city from 'Braga'; 22 moves.
INSERT INTO stg_customer (customer_id, city, snapshot_date) VALUES
  (20, 'braga',  '2024-06-04'),
  (21, 'Cascais','2024-06-04'),
  (22, 'Tavira', '2024-06-04'),
  (23, 'Evora',  '2024-06-04');
