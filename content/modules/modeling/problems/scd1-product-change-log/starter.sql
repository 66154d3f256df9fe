-- Runs once per batch in stg_product (product_id, name, category, extracted_at).
-- New product: next surrogate key. Newer extract: log real changes in product_changes, then
-- overwrite (product_sk never changes). Extract on or before last_extract: ignore.
INSERT INTO dim_product (product_id, name, category, last_extract)
SELECT product_id, name, category, extracted_at
FROM stg_product
WHERE product_id NOT IN (SELECT product_id FROM dim_product);
