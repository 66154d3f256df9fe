-- C-1 unchanged (typed in lower case with spaces); C-2 new; a blank line.
INSERT INTO load_info (load_ts, record_source) VALUES ('2024-10-02 02:00:00', 'crm');
INSERT INTO stg_customer_extract (line_no, customer_code, email, tier) VALUES
  (1, ' c-1 ', 'ana@x.example', 'basic'),
  (2, 'C-2',   'bo@x.example',  NULL),
  (3, '   ',   'nobody@x.example', 'gold');
