-- Ledger with an explicit null-aware comparison, then one UPSERT for new and known products.
INSERT INTO product_changes (product_id, extracted_at, old_name, new_name, old_category, new_category)
SELECT s.product_id, s.extracted_at, d.name, s.name, d.category, s.category
FROM dim_product AS d, stg_product AS s
WHERE d.product_id = s.product_id
  AND s.extracted_at > d.last_extract
  AND NOT (s.name = d.name
           AND COALESCE(s.category = d.category, s.category IS NULL AND d.category IS NULL));

-- New rows take rowid-style keys: SQLite gives an INTEGER PRIMARY KEY left out the largest key
-- plus one, so inserting in product_id order numbers them as asked.
INSERT INTO dim_product (product_id, name, category, last_extract)
SELECT product_id, name, category, extracted_at
FROM stg_product
WHERE true
ORDER BY product_id
ON CONFLICT (product_id) DO UPDATE SET
  name = excluded.name,
  category = excluded.category,
  last_extract = excluded.last_extract
WHERE excluded.last_extract > dim_product.last_extract;
