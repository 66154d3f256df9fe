-- A backfill: records ingested earlier than what bronze holds, with greater raw_ids. They are
-- older versions and must not win. Order 205 is new and only ever arrives in the backfill.
INSERT INTO landing_orders (raw_id, order_id, amount, ingested_at) VALUES
  (20, '201', '99.99', '2024-09-02 07:00:00'),
  (21, '203', '0.01',  '2024-09-02 07:30:00'),
  (22, '205', '4.35',  '2024-09-02 07:45:00');
