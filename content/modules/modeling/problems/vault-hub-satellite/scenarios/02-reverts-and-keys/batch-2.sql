-- K-9 changes tier.
INSERT INTO load_info (load_ts, record_source) VALUES ('2024-11-02 00:00:00', 'shop');
INSERT INTO stg_customer_extract (line_no, customer_code, email, tier) VALUES
  (1, 'K-9', 'new@k9.example', 'gold');
