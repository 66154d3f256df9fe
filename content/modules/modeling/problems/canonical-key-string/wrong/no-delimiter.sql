-- Joins the parts without a delimiter: 'CRM' + 'A1' and 'CR' + 'MA1' both run together as 'CRMA1',
-- and the string is not the one the contract pins.
SELECT UPPER(TRIM(source_system)) || TRIM(customer_code) || COALESCE(UPPER(TRIM(country)), '\N'),
       COUNT(*), MIN(row_id)
FROM src_customer GROUP BY 1;
