INSERT INTO hub_customer (customer_hk, customer_bk, load_ts, record_source) VALUES
  ('AB', 'AB', '2024-12-01 00:00:00', 'crm'),
  ('N1', 'N1', '2024-12-01 00:00:00', 'crm');
INSERT INTO sat_customer (customer_hk, load_ts, hash_diff, email, tier, record_source) VALUES
  ('AB', '2024-12-01 00:00:00', '["ab","c"]', 'ab', 'c', 'crm'),
  ('N1', '2024-12-01 00:00:00', '[null,"basic"]', NULL, 'basic', 'crm');
