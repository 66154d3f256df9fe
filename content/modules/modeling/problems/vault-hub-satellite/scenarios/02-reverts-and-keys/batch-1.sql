-- First load: K-9 appears twice with different emails (line 3 wins); 'k-8' and 'K-8 ' are one key.
INSERT INTO load_info (load_ts, record_source) VALUES ('2024-11-01 00:00:00', 'shop');
INSERT INTO stg_customer_extract (line_no, customer_code, email, tier) VALUES
  (1, 'K-9',  'old@k9.example', 'basic'),
  (2, 'k-8',  'k8@x.example',   'basic'),
  (3, 'K-9',  'new@k9.example', 'basic'),
  (4, 'K-8 ', 'k8@x.example',   'basic'),
  (5, NULL,   'ghost@x.example','basic');
