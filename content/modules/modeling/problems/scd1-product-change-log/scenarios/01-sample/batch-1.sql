-- 500 is renamed; 501 gets its first category (NULL -> 'Kitchen'); 502 unchanged; 503 is new.
INSERT INTO stg_product (product_id, name, category, extracted_at) VALUES
  (500, 'Electric kettle', 'Kitchen', '2024-04-02 06:00:00'),
  (501, 'Coffee grinder',  'Kitchen', '2024-04-02 06:00:00'),
  (502, 'Desk lamp',       'Office',  '2024-04-02 06:00:00'),
  (503, 'Door mat',        NULL,      '2024-04-02 06:00:00');
