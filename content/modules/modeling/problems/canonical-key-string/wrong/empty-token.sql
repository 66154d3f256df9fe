-- Uses '' as the NULL token: 'ERP|A7|' — not the contract's '\N', and indistinguishable from a
-- country that is the empty string.
SELECT UPPER(TRIM(source_system)) || '|' || TRIM(customer_code) || '|' || COALESCE(UPPER(TRIM(country)), ''),
       COUNT(*), MIN(row_id)
FROM src_customer GROUP BY 1;
