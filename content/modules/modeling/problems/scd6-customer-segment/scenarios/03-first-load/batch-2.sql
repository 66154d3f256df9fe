INSERT INTO stg_segment (customer_id, segment, scored_on) VALUES
  (30, 'silver', '2024-07-08'),
  (32, 'gold',   '2024-07-08');
