-- The same extract run again under a new load_ts: nothing changed, nothing is added.
INSERT INTO load_info (load_ts, record_source) VALUES ('2024-11-04 00:00:00', 'shop');
INSERT INTO stg_customer_extract (line_no, customer_code, email, tier) VALUES
  (1, 'K-9', 'new@k9.example', 'basic'),
  (2, 'K-8', 'k8@x.example',   'basic');
