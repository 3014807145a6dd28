-- The starting category tree of a typical Indonesian city. Groups have no OPD; each leaf names its default OPD by
-- short code. Admins add, rename and retire categories later (never delete).
INSERT INTO pengaduan_kategori (code, parent_code, name, description, keywords, default_opd_code, related_codes, sort_order) VALUES
('infrastruktur', NULL, 'Infrastruktur dan Jalan', 'Jalan, jembatan, drainase dan fasilitas umum', '', NULL, '', 10),
('lingkungan', NULL, 'Lingkungan dan Kebersihan', 'Sampah, pencemaran dan taman kota', '', NULL, '', 20),
('transportasi', NULL, 'Transportasi dan Lalu Lintas', 'Lampu lalu lintas, parkir dan angkutan umum', '', NULL, '', 30),
('ketertiban', NULL, 'Ketertiban Umum', 'Pedagang kaki lima, bangunan liar dan gangguan ketertiban', '', NULL, '', 40),
('kesehatan', NULL, 'Kesehatan', 'Puskesmas, rumah sakit daerah dan wabah', '', NULL, '', 50),
('sosial', NULL, 'Sosial', 'Bantuan sosial, anak jalanan dan orang terlantar', '', NULL, '', 60),
('kependudukan', NULL, 'Administrasi Kependudukan', 'KTP-el, kartu keluarga, akta', '', NULL, '', 70),
('layanan-publik', NULL, 'Pelayanan Publik Lainnya', 'Perizinan, bencana dan lain-lain', '', NULL, '', 80);

INSERT INTO pengaduan_kategori (code, parent_code, name, description, keywords, default_opd_code, related_codes, sort_order) VALUES
('jalan-rusak', 'infrastruktur', 'Jalan rusak atau berlubang', 'Jalan kota yang berlubang, retak atau amblas', 'jalan,lubang,aspal,amblas,retak', 'DPUPR', 'drainase-tersumbat,jembatan-rusak', 11),
('drainase-tersumbat', 'infrastruktur', 'Drainase tersumbat atau banjir', 'Saluran air tersumbat, genangan dan banjir lokal', 'drainase,got,selokan,banjir,genangan', 'DPUPR', 'jalan-rusak,sampah-menumpuk', 12),
('jembatan-rusak', 'infrastruktur', 'Jembatan rusak', 'Jembatan kota yang rusak atau membahayakan', 'jembatan,rusak,retak', 'DPUPR', 'jalan-rusak', 13),
('lampu-jalan-mati', 'infrastruktur', 'Lampu penerangan jalan mati', 'Penerangan jalan umum padam atau rusak', 'lampu,penerangan,pju,gelap', 'DISHUB', 'lampu-lalu-lintas', 14),
('sampah-menumpuk', 'lingkungan', 'Sampah menumpuk atau tidak diangkut', 'Sampah di TPS atau pinggir jalan belum diangkut', 'sampah,tps,bau,angkut', 'DLH', 'drainase-tersumbat,pembuangan-liar', 21),
('pembuangan-liar', 'lingkungan', 'Pembuangan sampah liar', 'Tempat pembuangan sampah ilegal', 'sampah,liar,buang', 'DLH', 'sampah-menumpuk', 22),
('pencemaran', 'lingkungan', 'Pencemaran air, udara atau suara', 'Limbah, asap, bau atau kebisingan usaha', 'limbah,asap,bau,bising,cemar', 'DLH', '', 23),
('pohon-tumbang', 'lingkungan', 'Pohon tumbang atau membahayakan', 'Pohon di ruang publik yang tumbang atau rawan tumbang', 'pohon,tumbang,dahan,taman', 'DLH', '', 24),
('lampu-lalu-lintas', 'transportasi', 'Lampu lalu lintas rusak', 'Lampu pengatur lalu lintas mati atau tidak berfungsi', 'lampu,lalu lintas,traffic light,bangjo', 'DISHUB', 'lampu-jalan-mati', 31),
('parkir-liar', 'transportasi', 'Parkir liar', 'Parkir di bahu jalan atau trotoar, juru parkir liar', 'parkir,liar,trotoar,jukir', 'DISHUB', 'pedagang-kaki-lima', 32),
('angkutan-umum', 'transportasi', 'Angkutan umum', 'Pelayanan bus kota, angkot dan halte', 'angkot,bus,halte,angkutan', 'DISHUB', '', 33),
('pedagang-kaki-lima', 'ketertiban', 'Pedagang kaki lima mengganggu', 'PKL di trotoar atau badan jalan', 'pkl,pedagang,trotoar,lapak', 'SATPOLPP', 'parkir-liar', 41),
('bangunan-liar', 'ketertiban', 'Bangunan liar', 'Bangunan tanpa izin di lahan publik', 'bangunan,liar,izin', 'SATPOLPP', '', 42),
('gangguan-ketertiban', 'ketertiban', 'Gangguan ketertiban umum', 'Keributan, minuman keras, balap liar', 'ribut,mabuk,balap,liar', 'SATPOLPP', '', 43),
('layanan-puskesmas', 'kesehatan', 'Pelayanan puskesmas', 'Antrean, petugas atau obat di puskesmas', 'puskesmas,obat,dokter,antre', 'DINKES', '', 51),
('sarang-nyamuk', 'kesehatan', 'Demam berdarah dan sarang nyamuk', 'Kasus DBD dan permintaan fogging', 'dbd,nyamuk,fogging,demam', 'DINKES', 'drainase-tersumbat', 52),
('bantuan-sosial', 'sosial', 'Bantuan sosial', 'Penyaluran bansos tidak tepat sasaran atau terlambat', 'bansos,bantuan,pkh,sembako', 'DINSOS', '', 61),
('orang-terlantar', 'sosial', 'Anak jalanan dan orang terlantar', 'Anak jalanan, gelandangan, pengemis, ODGJ terlantar', 'anak jalanan,gelandangan,pengemis,terlantar', 'DINSOS', '', 62),
('ktp-kk', 'kependudukan', 'KTP-el dan kartu keluarga', 'Pencetakan KTP-el, KK dan perubahan data', 'ktp,kk,blanko,rekam', 'DISDUKCAPIL', '', 71),
('akta', 'kependudukan', 'Akta kelahiran dan kematian', 'Penerbitan akta catatan sipil', 'akta,lahir,kematian', 'DISDUKCAPIL', '', 72),
('perizinan', 'layanan-publik', 'Perizinan', 'Pelayanan izin usaha dan bangunan', 'izin,pbg,nib,usaha', 'DPMPTSP', '', 81),
('bencana', 'layanan-publik', 'Bencana dan kedaruratan', 'Longsor, kebakaran lahan, angin puting beliung (bukan darurat 112)', 'longsor,angin,bencana', 'BPBD', '', 82),
('pajak-daerah', 'layanan-publik', 'Pajak daerah', 'PBB, pajak restoran dan retribusi', 'pbb,pajak,retribusi', 'BAPENDA', '', 83),
('layanan-digital', 'layanan-publik', 'Layanan digital kota', 'Situs, aplikasi dan Wi-Fi publik pemerintah kota', 'website,aplikasi,wifi,internet', 'DISKOMINFO', '', 84);
