-- A second extract under 20's current last_extract with different content: old news, ignored.
INSERT INTO stg_product (product_id, name, category, extracted_at) VALUES
  (20, 'Bookshelf', 'Office', '2024-08-02 09:00:00'),
  (30, 'Chair',     'Seating','2024-08-03 09:00:00');
