-- C-1 upgrades; C-2 gets a tier.
INSERT INTO load_info (load_ts, record_source) VALUES ('2024-10-03 02:00:00', 'crm');
INSERT INTO stg_customer_extract (line_no, customer_code, email, tier) VALUES
  (1, 'C-1', 'ana@x.example', 'gold'),
  (2, 'C-2', 'bo@x.example',  'basic');
