-- Skips a NULL part the way Spark's concat_ws does: 'ERP|A7' instead of 'ERP|A7|\N'. Another engine
-- following the contract builds a different string, so the hashes would never match.
SELECT UPPER(TRIM(source_system)) || '|' || TRIM(customer_code) ||
       COALESCE('|' || UPPER(TRIM(country)), ''),
       COUNT(*), MIN(row_id)
FROM src_customer GROUP BY 1;
