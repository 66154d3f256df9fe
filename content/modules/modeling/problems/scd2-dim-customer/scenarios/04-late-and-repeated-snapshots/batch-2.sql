-- The 2024-06-02 snapshot arrives late, after 2024-06-03 was applied. 20 still shows Porto (dated
-- before its current version: skipped); 21 shows Sintra (06-02 is after 21's valid_from 06-01, so
-- by the rule it is a change); 23 is new and is added from this snapshot.
INSERT INTO stg_customer (customer_id, city, snapshot_date) VALUES
  (20, 'Porto',  '2024-06-02'),
  (21, 'Sintra', '2024-06-02'),
  (23, 'Evora',  '2024-06-02');
