-- batch-1 delivered again: every score is dated on its customer's current valid_from. Nothing changes.
INSERT INTO stg_segment (customer_id, segment, scored_on) VALUES
  (7, 'gold',   '2024-03-01'),
  (8, 'silver', '2024-03-01'),
  (9, 'Gold',   '2024-03-01');
