-- No records: no rows.
INSERT INTO params VALUES (1, 5);
