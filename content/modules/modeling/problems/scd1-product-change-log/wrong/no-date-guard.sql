-- Never compares extracted_at with last_extract: a redelivered earlier batch rolls products back to
-- old values and logs the rollback as a change; a late extract does the same. (INSERT OR IGNORE
-- only hides the ledger's key clash on a redelivery; the dimension is still rolled back.)
INSERT OR IGNORE INTO product_changes (product_id, extracted_at, old_name, new_name, old_category, new_category)
SELECT s.product_id, s.extracted_at, d.name, s.name, d.category, s.category
FROM stg_product AS s
JOIN dim_product AS d ON d.product_id = s.product_id
WHERE s.name IS NOT d.name OR s.category IS NOT d.category;

UPDATE dim_product
SET name         = (SELECT s.name         FROM stg_product AS s WHERE s.product_id = dim_product.product_id),
    category     = (SELECT s.category     FROM stg_product AS s WHERE s.product_id = dim_product.product_id),
    last_extract = (SELECT s.extracted_at FROM stg_product AS s WHERE s.product_id = dim_product.product_id)
WHERE product_id IN (SELECT product_id FROM stg_product);

INSERT INTO dim_product (product_sk, product_id, name, category, last_extract)
SELECT (SELECT COALESCE(MAX(product_sk), 0) FROM dim_product) + ROW_NUMBER() OVER (ORDER BY s.product_id),
       s.product_id, s.name, s.category, s.extracted_at
FROM stg_product AS s
WHERE NOT EXISTS (SELECT 1 FROM dim_product AS d WHERE d.product_id = s.product_id);
