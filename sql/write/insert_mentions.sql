-- mention_rows is a DataFrame the caller registers, columns in table order.
INSERT INTO mentions SELECT * FROM mention_rows;
