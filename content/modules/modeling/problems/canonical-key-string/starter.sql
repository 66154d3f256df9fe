-- One row per canonical string: UPPER(TRIM(system)) | TRIM(code) | UPPER(TRIM(country)) or \N.
-- Columns: canonical_key, source_rows, first_row_id
SELECT source_system || customer_code || country AS canonical_key, COUNT(*) AS source_rows, MIN(row_id) AS first_row_id
FROM src_customer
GROUP BY 1;
