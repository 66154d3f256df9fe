INSERT INTO stg_segment (customer_id, segment, scored_on) VALUES
  (1, 'gold',   '2024-05-01'),
  (3, 'silver', '2024-05-01');
