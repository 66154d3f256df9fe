-- An extract that lists no account: nothing changes.
INSERT INTO stg_extract (as_of) VALUES ('2024-09-03');
