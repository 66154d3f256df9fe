-- 1. Log the real changes first: once a row is overwritten its old values are gone.
--    IS NOT is SQLite's null-safe "differs": NULL -> 'Garden' and 'Garden' -> NULL are changes.
INSERT INTO product_changes (product_id, extracted_at, old_name, new_name, old_category, new_category)
SELECT s.product_id, s.extracted_at, d.name, s.name, d.category, s.category
FROM stg_product AS s
JOIN dim_product AS d ON d.product_id = s.product_id
WHERE s.extracted_at > d.last_extract
  AND (s.name IS NOT d.name OR s.category IS NOT d.category);

-- 2. Overwrite in place from every newer extract (an unchanged one only moves last_extract).
--    An UPDATE keeps product_sk; old or redelivered extracts fail the date test.
UPDATE dim_product
SET name         = (SELECT s.name         FROM stg_product AS s WHERE s.product_id = dim_product.product_id),
    category     = (SELECT s.category     FROM stg_product AS s WHERE s.product_id = dim_product.product_id),
    last_extract = (SELECT s.extracted_at FROM stg_product AS s WHERE s.product_id = dim_product.product_id)
WHERE EXISTS (
  SELECT 1 FROM stg_product AS s
  WHERE s.product_id = dim_product.product_id AND s.extracted_at > dim_product.last_extract
);

-- 3. New products, numbered after the largest key in product_id order.
INSERT INTO dim_product (product_sk, product_id, name, category, last_extract)
SELECT (SELECT COALESCE(MAX(product_sk), 0) FROM dim_product)
         + ROW_NUMBER() OVER (ORDER BY s.product_id),
       s.product_id, s.name, s.category, s.extracted_at
FROM stg_product AS s
WHERE NOT EXISTS (SELECT 1 FROM dim_product AS d WHERE d.product_id = s.product_id);
