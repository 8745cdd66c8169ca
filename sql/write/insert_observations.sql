INSERT INTO observations SELECT * FROM observation_rows;
