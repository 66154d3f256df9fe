-- The rule, part by part: TRIM everything, UPPER the system and the country (not the code), '|'
-- between parts, and the literal two characters \N for a NULL country (SQLite does not process
-- backslash escapes in string literals).
SELECT UPPER(TRIM(source_system)) || '|' || TRIM(customer_code) || '|' ||
       COALESCE(UPPER(TRIM(country)), '\N')  AS canonical_key,
       COUNT(*)                               AS source_rows,
       MIN(row_id)                            AS first_row_id
FROM src_customer
GROUP BY canonical_key;
