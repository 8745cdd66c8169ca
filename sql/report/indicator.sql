-- Name, unit and kind of one catalogue indicator (titles and axis labels of ad-hoc charts).
SELECT name, unit, kind FROM indicators WHERE indicator_id = $indicator_id
