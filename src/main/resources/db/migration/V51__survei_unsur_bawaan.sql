-- The default element set of PermenPANRB 14/2017, with per-element answer labels (1 = worst, 4 = best).
INSERT INTO ikm_question_set (id, version, published_at, published_by) VALUES (1, 1, now(), 'sistem');
SELECT setval(pg_get_serial_sequence('ikm_question_set', 'id'), 1);
INSERT INTO ikm_element (question_set_id, position, code, name, question, label_1, label_2, label_3, label_4) VALUES
 (1, 1, 'persyaratan', 'Persyaratan', 'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?', 'Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'),
 (1, 2, 'prosedur', 'Sistem, mekanisme dan prosedur', 'Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?', 'Tidak mudah', 'Kurang mudah', 'Mudah', 'Sangat mudah'),
 (1, 3, 'waktu', 'Waktu penyelesaian', 'Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?', 'Tidak cepat', 'Kurang cepat', 'Cepat', 'Sangat cepat'),
 (1, 4, 'biaya', 'Biaya/tarif', 'Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?', 'Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis'),
 (1, 5, 'produk', 'Produk spesifikasi jenis pelayanan', 'Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?', 'Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'),
 (1, 6, 'kompetensi', 'Kompetensi pelaksana', 'Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?', 'Tidak kompeten', 'Kurang kompeten', 'Kompeten', 'Sangat kompeten'),
 (1, 7, 'perilaku', 'Perilaku pelaksana', 'Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?', 'Tidak sopan dan ramah', 'Kurang sopan dan ramah', 'Sopan dan ramah', 'Sangat sopan dan ramah'),
 (1, 8, 'pengaduan', 'Penanganan pengaduan, saran dan masukan', 'Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?', 'Tidak ada', 'Ada tetapi tidak berfungsi', 'Berfungsi kurang maksimal', 'Dikelola dengan baik'),
 (1, 9, 'sarana', 'Sarana dan prasarana', 'Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?', 'Buruk', 'Cukup', 'Baik', 'Sangat baik');
