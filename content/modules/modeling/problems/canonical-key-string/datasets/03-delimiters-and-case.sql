-- Without a delimiter 'crm' + 'A1' and 'cr' + 'MA1' would both read 'CRMA1US'; codes differing only
-- in case are different customers; spaces inside a code are kept; a country with spaces is trimmed.
INSERT INTO src_customer VALUES
  (20, 'crm', 'A1',   'us'),
  (21, 'cr',  'MA1',  'us'),
  (22, 'crm', 'a1',   'US'),
  (23, 'crm', 'A 1',  ' us '),
  (24, 'CRM', ' A1',  'US ');
