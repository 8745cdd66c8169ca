DELETE FROM indicators;
INSERT INTO indicators SELECT * FROM indicator_rows;
