-- An empty extract.
INSERT INTO load_info (load_ts, record_source) VALUES ('2024-12-03 00:00:00', 'erp');
