-- AB's values shift between columns ('ab','c' -> 'a','bc'); N1's email goes from NULL to ''.
INSERT INTO load_info (load_ts, record_source) VALUES ('2024-12-02 00:00:00', 'erp');
INSERT INTO stg_customer_extract (line_no, customer_code, email, tier) VALUES
  (1, 'AB', 'a',  'bc'),
  (2, 'N1', '',   'basic');
