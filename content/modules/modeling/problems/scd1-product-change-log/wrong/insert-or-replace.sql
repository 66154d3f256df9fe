-- Overwrites with INSERT OR REPLACE: on a conflict SQLite deletes the old row and inserts a new
-- one, which gets a new product_sk — every fact pointing at the old key is orphaned.
INSERT INTO product_changes (product_id, extracted_at, old_name, new_name, old_category, new_category)
SELECT s.product_id, s.extracted_at, d.name, s.name, d.category, s.category
FROM stg_product AS s
JOIN dim_product AS d ON d.product_id = s.product_id
WHERE s.extracted_at > d.last_extract
  AND (s.name IS NOT d.name OR s.category IS NOT d.category);

INSERT OR REPLACE INTO dim_product (product_id, name, category, last_extract)
SELECT s.product_id, s.name, s.category, s.extracted_at
FROM stg_product AS s
WHERE NOT EXISTS (SELECT 1 FROM dim_product AS d
                  WHERE d.product_id = s.product_id AND d.last_extract >= s.extracted_at)
ORDER BY s.product_id;
