-- Overwrites first and logs afterwards: by then the row already holds the new values and the new
-- last_extract, so no change is ever found and the ledger stays empty.
UPDATE dim_product
SET name         = (SELECT s.name         FROM stg_product AS s WHERE s.product_id = dim_product.product_id),
    category     = (SELECT s.category     FROM stg_product AS s WHERE s.product_id = dim_product.product_id),
    last_extract = (SELECT s.extracted_at FROM stg_product AS s WHERE s.product_id = dim_product.product_id)
WHERE EXISTS (SELECT 1 FROM stg_product AS s
              WHERE s.product_id = dim_product.product_id AND s.extracted_at > dim_product.last_extract);

INSERT INTO product_changes (product_id, extracted_at, old_name, new_name, old_category, new_category)
SELECT s.product_id, s.extracted_at, d.name, s.name, d.category, s.category
FROM stg_product AS s
JOIN dim_product AS d ON d.product_id = s.product_id
WHERE s.extracted_at >= d.last_extract
  AND (s.name IS NOT d.name OR s.category IS NOT d.category);

INSERT INTO dim_product (product_sk, product_id, name, category, last_extract)
SELECT (SELECT COALESCE(MAX(product_sk), 0) FROM dim_product) + ROW_NUMBER() OVER (ORDER BY s.product_id),
       s.product_id, s.name, s.category, s.extracted_at
FROM stg_product AS s
WHERE NOT EXISTS (SELECT 1 FROM dim_product AS d WHERE d.product_id = s.product_id);
