-- Order 203 twice in one file: set to zero, then corrected again; ties on ingested_at for 204
-- (the greater raw_id wins, and it is the refund). Order 202 corrected to a negative amount.
INSERT INTO landing_orders (raw_id, order_id, amount, ingested_at) VALUES
  (31, '203', '0.00',  '2024-09-02 09:00:00'),
  (30, '203', '6.10',  '2024-09-02 09:05:00'),
  (33, '204', '-8.00', '2024-09-02 09:10:00'),
  (32, '204', '8.00',  '2024-09-02 09:10:00'),
  (34, '202', '-1.15', '2024-09-02 09:20:00');
