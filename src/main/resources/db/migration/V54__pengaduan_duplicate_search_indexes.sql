-- Duplicate search on the verify page looks for reports of the same categories near the new one within a time
-- window. With the point and time as key columns after the category, the box around the point and the window are
-- checked in the index and only the few matching reports are read from the table, however many reports the city
-- has filed over the years.
CREATE INDEX pengaduan_category_place ON pengaduan (category_code, latitude, longitude, submitted_at)
  WHERE latitude IS NOT NULL AND longitude IS NOT NULL;
-- Where a report has no point, its kelurahan stands in for the place.
CREATE INDEX pengaduan_category_kelurahan ON pengaduan (category_code, kelurahan_id, submitted_at DESC);
