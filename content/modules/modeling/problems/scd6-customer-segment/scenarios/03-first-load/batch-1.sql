-- Empty dimension: three new customers.
INSERT INTO stg_segment (customer_id, segment, scored_on) VALUES
  (30, 'bronze', '2024-07-01'),
  (31, 'bronze', '2024-07-01'),
  (32, 'gold',   '2024-07-01');
