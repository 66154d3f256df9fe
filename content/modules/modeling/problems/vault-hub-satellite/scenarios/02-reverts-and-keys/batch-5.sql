-- A late load, older than the last one: K-9's state in it is old news (no satellite row, though it
-- differs from the latest), while K-7, never seen, gets its hub row and first satellite row.
INSERT INTO load_info (load_ts, record_source) VALUES ('2024-11-02 12:00:00', 'shop');
INSERT INTO stg_customer_extract (line_no, customer_code, email, tier) VALUES
  (1, 'K-9', 'new@k9.example', 'gold'),
  (2, 'K-7', 'k7@x.example',   'basic');
