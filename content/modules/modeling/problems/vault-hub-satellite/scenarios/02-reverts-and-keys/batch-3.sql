-- K-9 reverts to its first state: a change all the same (it differs from the latest row).
INSERT INTO load_info (load_ts, record_source) VALUES ('2024-11-03 00:00:00', 'shop');
INSERT INTO stg_customer_extract (line_no, customer_code, email, tier) VALUES
  (1, 'K-9', 'new@k9.example', 'basic'),
  (2, 'K-8', 'k8@x.example',   'basic');
