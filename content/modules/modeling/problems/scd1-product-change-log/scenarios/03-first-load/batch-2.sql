-- A late extract of 30 (older than its row: ignored), a newer unchanged 10 (only last_extract
-- moves), 20 categorised, and a new product 15.
INSERT INTO stg_product (product_id, name, category, extracted_at) VALUES
  (30, 'Old chair', 'Office', '2024-07-31 09:00:00'),
  (10, 'Table',     'Office', '2024-08-02 09:00:00'),
  (20, 'Shelf',     'Office', '2024-08-02 09:00:00'),
  (15, 'Cabinet',   'Office', '2024-08-02 09:00:00');
