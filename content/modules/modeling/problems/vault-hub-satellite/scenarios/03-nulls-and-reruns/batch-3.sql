-- N1 back to NULL, and a new key typed two ways in one extract (the later line wins).
INSERT INTO load_info (load_ts, record_source) VALUES ('2024-12-04 00:00:00', 'erp');
INSERT INTO stg_customer_extract (line_no, customer_code, email, tier) VALUES
  (1, 'N1',   NULL,          'basic'),
  (2, ' zz',  'z1@x.example', NULL),
  (3, 'ZZ',   'z2@x.example', NULL);
