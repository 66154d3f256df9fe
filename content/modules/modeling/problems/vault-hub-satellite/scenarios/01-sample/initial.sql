-- One customer loaded before.
INSERT INTO hub_customer (customer_hk, customer_bk, load_ts, record_source) VALUES
  ('C-1', 'C-1', '2024-10-01 02:00:00', 'crm');
INSERT INTO sat_customer (customer_hk, load_ts, hash_diff, email, tier, record_source) VALUES
  ('C-1', '2024-10-01 02:00:00', '["ana@x.example","basic"]', 'ana@x.example', 'basic', 'crm');
