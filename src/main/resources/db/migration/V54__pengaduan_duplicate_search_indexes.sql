-- Duplicate search on the verify page looks for reports of the same categories within a small box around the new
-- report's point and within a time window. With the point and time as key columns after the category, the box and
-- the window are checked in the index and only the few matching reports are read from the table, however many
-- reports the city has filed over the years.
CREATE INDEX pengaduan_category_place ON pengaduan (category_code, latitude, longitude, submitted_at)
  WHERE latitude IS NOT NULL AND longitude IS NOT NULL;
-- Reports without a point are compared by wording alone: the category's recent ones.
CREATE INDEX pengaduan_category_no_place ON pengaduan (category_code, submitted_at DESC)
  WHERE latitude IS NULL OR longitude IS NULL;
