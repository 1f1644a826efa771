# cohort-bot — Bahasa Indonesia.
# Pesan memakai markup: <b>, <i>, <code>, <a href="…">. Variabel di-escape oleh bot.
# Setiap kunci di en.ftl harus ada di sini: tes gagal jika ada yang hilang.

language-name = Bahasa Indonesia

## Kata umum

value-none = —
value-yes = ya
value-no = tidak
cancelled = Dibatalkan. Tidak ada yang diubah.
done = Selesai.
usage-line = Cara pakai: <code>{ $usage }</code>
role-name = { $role ->
    [mentor] mentor
    [coordinator] koordinator
   *[member] anggota
}
status-name = { $status ->
    [paused] sedang jeda
    [left] sudah keluar
    [archived] diarsipkan
   *[active] aktif
}
field-cohort-name = nama kohort
field-languages = bahasa
field-region = wilayah
field-themes = tema
field-topics = topik
field-about = teks “tentang saya”
button-cancel = Batal
button-archive-confirm = Ya, arsipkan
button-forget-confirm = Ya, hapus data saya

## Kesalahan

error-internal = Maaf, ada yang salah di pihak saya. Silakan coba lagi sebentar lagi.
error-unknown-command = Saya tidak mengenal perintah { $command }. Kirim /help untuk melihat apa yang bisa saya lakukan.
error-unknown-command-suggest = Saya tidak mengenal perintah { $command }. Maksud Anda { $suggestion }?
error-unknown-subcommand = “{ $sub }” bukan sesuatu yang dilakukan perintah ini.
error-unknown-subcommand-suggest = “{ $sub }” bukan sesuatu yang dilakukan perintah ini. Maksud Anda “{ $suggestion }”?
error-missing-subcommand = Perintah ini perlu satu kata yang menyebutkan apa yang harus dilakukan.
error-unclosed-quote = Ada tanda kutip yang belum ditutup: tambahkan { $quote } di akhir teks.
error-unknown-flag = Saya tidak mengenal opsi { $flag }.
error-flag-needs-value = Opsi { $flag } perlu nilai, misalnya { $flag }=nilai.
error-missing-argument = Ada yang kurang di sini ({ $argument }).
error-unexpected-words = Saya tidak mengharapkan “{ $words }” di sini.
error-nothing-to-change = Beri tahu saya apa yang diubah, dengan setidaknya satu opsi.
error-group-only = { $command } berfungsi di obrolan grup, tempat kohort berada.
error-no-cohort-here = Belum ada kohort di obrolan ini. Admin grup bisa membuatnya dengan <code>/cohort create "Nama"</code>.
error-not-member = Hanya anggota kohort ini yang bisa melakukannya. Kirim /join untuk bergabung.
error-needs-role = Hanya { $role } kohort ini yang bisa melakukannya.
error-text-empty = Kolom { $field } tidak berisi karakter yang terlihat.
error-text-too-long = Terlalu panjang: kolom { $field } boleh berisi paling banyak { $max } karakter (ini berisi { $length }).
error-too-many-items = Terlalu banyak { $field }: paling banyak { $max }.
error-bad-timezone = “{ $value }” bukan zona waktu yang saya kenal. Gunakan nama seperti Asia/Jakarta, Asia/Makassar, atau Asia/Jayapura.
error-bad-language = “{ $value }” bukan kode bahasa. Gunakan kode seperti id, en, ar, atau pt-BR.
error-unsupported-language = Saya belum bisa berbahasa “{ $value }”. Saya bisa: { $available }.
error-bad-until = “{ $value }” bukan tanggal atau durasi. Gunakan tanggal seperti 2026-12-24, atau 12h, 3d, 2w.
error-until-past = { $value } sudah lewat.
error-until-too-far = { $value } lebih dari setahun lagi.
error-bad-number = Kolom { $field } harus berupa bilangan bulat dari { $min } sampai { $max } (bukan “{ $value }”).
error-bad-yes-no = Jawab { $field } dengan ya atau tidak (bukan “{ $value }”).
error-bad-role = “{ $value }” bukan peran. Perannya adalah member, mentor, dan coordinator.
error-bad-profile-field = “{ $value }” bukan kolom profil. Kolom: { $fields }.
error-unknown-person = Saya belum mengenal { $who }. Saya mengenal orang setelah mereka menulis di obrolan tempat saya berada.
error-not-in-cohort = { $name } bukan anggota kohort ini.
error-cohort-exists = Obrolan ini sudah punya kohort: { $name }. Arsipkan dulu untuk memulai yang baru.
error-cohort-archived = Kohort { $name } sudah diarsipkan.
error-unknown-cohort = Anda tidak ada di kohort bernama “{ $value }”. Kohort Anda: { $cohorts }.
private-not-understood = Saya menjawab perintah. Kirim /help untuk melihat daftarnya.

## Tombol

action-stale = Tombol ini sudah tidak berlaku.
action-not-yours = Tombol ini untuk orang lain.

## /help

cmd-help-summary = apa yang bisa saya lakukan di sini
cmd-help-usage = /help [perintah]
help-title-group = <b>Perintah yang bisa Anda pakai di grup ini</b>
help-title-private = <b>Perintah yang bisa Anda pakai di sini</b>
help-line = { $usage } — { $summary }
help-footer = Kirim <code>/help perintah</code> untuk mempelajari salah satunya lebih lanjut.
help-where-group = Berfungsi di obrolan grup.
help-where-private = Berfungsi di obrolan pribadi dengan saya.

## /start

start-welcome = Halo { $name }! Saya menjalankan kohort belajar sesama rekan: check-in, pendampingan, refleksi. Kirim /help untuk melihat apa yang bisa Anda lakukan, atau buka tautan undangan sebuah kohort.
start-joined = Selamat datang di { $name }! Ceritakan tentang diri Anda kepada mentor dan koordinator, di sini secara pribadi, dengan <code>/profile set about …</code>. Kirim /help untuk melihat lebih banyak.
start-bad-link = Tautan undangan ini sudah tidak berlaku. Mintalah yang baru kepada koordinator.

## /cohort

cmd-cohort-summary = lihat kohort obrolan ini; koordinator membuat dan mengelolanya
cmd-cohort-usage = /cohort [show|create|edit|pause|resume|archive]
cmd-cohort-show-summary = tampilkan kohort
cmd-cohort-show-usage = /cohort
cmd-cohort-create-summary = buat kohort untuk obrolan atau topik ini
cmd-cohort-create-usage = /cohort create "Nama" [--languages id,en] [--region "…"] [--themes "a, b"] [--timezone Wilayah/Kota] [--language id]
cmd-cohort-edit-summary = ubah nama, konteks, atau pengaturan kohort
cmd-cohort-edit-usage = /cohort edit [--name "…"] [--languages …] [--region …] [--themes …] [--timezone …] [--language …] [--names-in-group yes|no] [--smallest-group 5]
cmd-cohort-pause-summary = jeda kohort, bisa sampai tanggal tertentu
cmd-cohort-pause-usage = /cohort pause [--until 2026-12-24|2w]
cmd-cohort-resume-summary = lanjutkan kohort yang dijeda
cmd-cohort-resume-usage = /cohort resume
cmd-cohort-archive-summary = arsipkan kohort (dengan konfirmasi)
cmd-cohort-archive-usage = /cohort archive
cohort-none-yet = Belum ada kohort di obrolan ini. Admin grup bisa membuatnya dengan <code>/cohort create "Nama"</code>.
cohort-created = Kohort <b>{ $name }</b> dibuat. Anggota bergabung dengan /join atau tautan di bawah.
cohort-edited = Diubah: { $fields }.
cohort-card-title = <b>{ $name }</b>
cohort-card-status = Status: { $status }
cohort-card-status-until = Status: { $status } sampai { $until }
cohort-card-languages = Bahasa: { $languages }
cohort-card-region = Wilayah: { $region }
cohort-card-themes = Tema: { $themes }
cohort-card-timezone = Zona waktu: { $timezone }
cohort-card-language = Bot berbahasa: { $language }
cohort-card-members = { $count } anggota
cohort-card-names-in-group-on = Di grup, saya menyebut nama yang belum menjawab, yang sedang jeda, dan yang tidak mendapat pasangan.
cohort-card-names-in-group-off = Di grup, saya hanya menghitung tanpa nama siapa yang belum menjawab, sedang jeda, atau tidak mendapat pasangan; koordinator menerima namanya secara pribadi.
cohort-card-join-link = Tautan undangan: <a href="{ $link }">{ $link }</a>
cohort-paused = { $name } sedang dijeda. Tidak ada yang dijadwalkan sampai /cohort resume.
cohort-paused-until = { $name } dijeda sampai { $until }.
cohort-already-paused = Kohort sudah dijeda.
cohort-not-paused = Kohort tidak sedang dijeda.
cohort-resumed = { $name } aktif kembali.
cohort-resumed-auto = Jeda sudah berakhir: { $name } aktif kembali.
cohort-archive-confirm = Arsipkan <b>{ $name }</b>? Anggota tetap di obrolan, tetapi kohort berhenti dan kohort baru bisa dibuat di sini.
cohort-archived = { $name } sudah diarsipkan.
bot-added = Halo! Saya menjalankan kohort belajar sesama rekan. Admin grup bisa memulainya dengan <code>/cohort create "Nama"</code>; kirim /help untuk melihat lebih banyak.
room-encrypted = Ruang ini terenkripsi ujung ke ujung, dan saya belum bisa membaca pesan terenkripsi, jadi perintah di sini tidak terjawab. Gunakan ruang tanpa enkripsi untuk kohort, atau minta pengelola saya untuk mengaktifkan dukungan enkripsi.
bot-added-with-cohort = Halo lagi! Kohort { $name } masih ada di sini. Kirim /help untuk melihat apa yang bisa saya lakukan.

## Anggota

cmd-join-summary = bergabung dengan kohort obrolan ini
cmd-join-usage = /join
cmd-leave-summary = keluar dari kohort obrolan ini
cmd-leave-usage = /leave
cmd-members-summary = daftar anggota kohort
cmd-members-usage = /members [--all]
cmd-role-summary = beri seseorang peran
cmd-role-usage = /role @pengguna member|mentor|coordinator
join-welcome = Selamat datang di { $name }, { $person }!
join-welcome-dm = Selamat datang di { $name }! Ceritakan tentang diri Anda kepada mentor dan koordinator, di sini secara pribadi, dengan <code>/profile set about …</code>. Kirim /help untuk melihat lebih banyak.
join-already = Anda sudah menjadi anggota { $name }.
join-in-private = Untuk bergabung dengan kohort, kirim /join di grupnya, atau buka tautan undangannya.
leave-done = Anda keluar dari { $name }. Profil Anda disimpan kalau-kalau Anda kembali; /forgetme menghapus semuanya.
leave-not-member = Anda bukan anggota { $name }.
cmd-pause-summary = ambil jeda: tidak ada check-in atau pasangan yang sampai kepada Anda sampai jeda berakhir
cmd-pause-usage = /pause [--until 2026-12-24|2w] (secara pribadi: [--cohort "Nama"])
cmd-resume-summary = akhiri jeda Anda lebih awal
cmd-resume-usage = /resume (secara pribadi: [--cohort "Nama"])
pause-done-until = Anda sedang jeda dari { $name } sampai { $until }: tidak ada check-in, pengingat, atau pasangan yang sampai kepada Anda. /resume mengakhirinya lebih awal.
resume-done = Selamat datang kembali di { $name }: check-in akan sampai kepada Anda lagi.
resume-not-paused = Anda tidak sedang jeda dari { $name }.
pause-ended-dm = Jeda Anda dari { $name } sudah berakhir: check-in akan sampai kepada Anda lagi. /pause untuk jeda lagi.
members-title = <b>{ $name }</b>: { $count } anggota
members-line = • { $name }{ $username ->
    [none] {""}
   *[other] {" "}({ $username })
} — { $role }, { $status }
members-on-break-count = { $count } anggota lain sedang jeda.
members-left-count = { $count } orang lain sudah keluar dari kohort.
members-names-sent-privately = Saya sudah mengirim daftar lengkapnya kepada Anda secara pribadi.
members-names-not-in-group = Nama mereka tidak ditampilkan di grup (/cohort edit --names-in-group yes menampilkannya).
members-none = { $name } belum punya anggota.
role-set = { $name } sekarang menjadi { $role }.
role-admin-note = { $name } adalah admin obrolan ini dan tetap menjadi koordinator di sini selama masih menjadi admin.
role-admin-granted-note = { $name } juga admin obrolan ini. Peran yang diberikan membuatnya tetap koordinator jika tidak lagi menjadi admin; <code>/role @pengguna member</code> mencabutnya.
members-coordinator = { $source ->
    [admin] koordinator (admin obrolan)
    [both] koordinator (admin obrolan, juga diberi lewat /role)
   *[granted] koordinator (diberi lewat /role)
}
members-roles-note = Admin obrolan menjadi koordinator selama mereka admin. Peran yang diberikan lewat /role berlaku sampai <code>/role @pengguna member</code> mencabutnya.
role-unchanged = { $name } sudah menjadi { $role }.

## /profile

cmd-profile-summary = lihat atau ubah profil Anda
cmd-profile-usage = /profile [show|set|clear]
cmd-profile-show-summary = tampilkan profil Anda (koordinator: profil seseorang, dikirim secara pribadi)
cmd-profile-show-usage = /profile [show] [@pengguna] [--cohort "Nama"]
cmd-profile-set-summary = isi kolom: languages, region, topics, timezone, capacity, wants-mentor, stage; secara pribadi juga preferences dan about
cmd-profile-set-usage = /profile set kolom nilai [--cohort "Nama"]
cmd-profile-clear-summary = kosongkan kolom
cmd-profile-clear-usage = /profile clear kolom [--cohort "Nama"]
profile-title = <b>{ $name }</b> di { $cohort } — { $role }, { $status }
profile-languages = Bahasa: { $value }
profile-region = Wilayah: { $value }
profile-topics = Topik: { $value }
profile-timezone = Zona waktu: { $value }
profile-capacity = Bisa mendampingi: { $value ->
    [0] tidak
   *[other] { $value } orang
}
profile-wants-mentor = Ingin mentor: { $value }
profile-about = Tentang: { $value }
profile-updated = Kolom { $field } Anda disimpan untuk { $cohorts }.
profile-cleared = Kolom { $field } Anda dikosongkan untuk { $cohorts }.
profile-no-cohorts = Anda belum berada di kohort mana pun. Bergabunglah dengan /join di grupnya, atau lewat tautan undangannya.

## /language dan /timezone

cmd-language-summary = pilih bahasa yang saya pakai untuk menulis kepada Anda
cmd-language-usage = /language [kode]
cmd-timezone-summary = lihat atau atur zona waktu Anda
cmd-timezone-usage = /timezone [Wilayah/Kota]
language-current = Saya menulis kepada Anda dalam { $language }. Pilih yang lain:
language-set = Mulai sekarang saya menulis kepada Anda dalam { $language }.
language-group-note = Di grup ini saya tetap memakai bahasa kohort.
timezone-current = Zona waktu Anda: { $timezone } (sekarang { $now }).
timezone-set = Zona waktu Anda sekarang { $timezone } (sekarang { $now }).

## /mydata dan /forgetme

cmd-mydata-summary = semua yang saya simpan tentang Anda
cmd-mydata-usage = /mydata
cmd-forgetme-summary = hapus semua yang saya simpan tentang Anda
cmd-forgetme-usage = /forgetme
mydata-title = <b>Yang saya simpan tentang Anda</b>
mydata-account = Nama: { $name } (nama pengguna: { $username }), id { $platform } { $id }
mydata-settings = Bahasa: { $language } (aplikasi Anda menyebut: { $hint }), zona waktu: { $timezone }
mydata-since = Dikenal sejak { $date }
mydata-memberships = { $count ->
    [0] Anda tidak berada di kohort mana pun.
   *[other] Anda berada di { $count } kohort:
}
mydata-membership = • <b>{ $cohort }</b>: { $role }, { $status }, sejak { $joined }
mydata-profile = { "  " }bahasa { $languages }; wilayah { $region }; topik { $topics }; zona waktu { $timezone }; bisa mendampingi { $capacity }; ingin mentor { $wantsMentor }; tentang: { $about }
mydata-audit = { $count ->
    [0] Anda belum membuat perubahan sebagai koordinator.
   *[other] { $count } perubahan koordinator tercatat atas nama Anda.
}
mydata-footer = Saya tidak menyimpan pesan obrolan, hanya jawaban Anda untuk check-in dan refleksi (tercantum di atas). /forgetme menghapus semua ini.
forgetme-confirm = Ini menghapus akun Anda di sini, profil Anda, dan keanggotaan Anda di { $count } kohort. Tindakan koordinator yang Anda lakukan tetap tercatat tanpa nama Anda. Ini tidak bisa dibatalkan.
forgetme-done = Selesai: saya sudah menghapus semua yang saya simpan tentang Anda. Jika Anda menulis kepada saya lagi, saya mulai dari nol.

## Check-in

cmd-checkin-summary = check-in rutin: lihat jadwalnya; koordinator yang menjadwalkan
cmd-checkin-usage = /checkin [list|schedule|now|skip|pause|resume|delete|stats|digest]
cmd-checkin-list-summary = daftar jadwal check-in kohort ini
cmd-checkin-list-usage = /checkin list
cmd-checkin-schedule-summary = tambah jadwal check-in dalam zona waktu kohort
cmd-checkin-schedule-usage = /checkin schedule mingguan Sen 18:00 | setiap 2 minggu Kam 09:30 | bulanan pertama Sel 17:00 | cron 0 18 * * 1 [--window 2d] [--remind 6h] [--question "…"]… [--digest group|coordinators] [--inactive-after 3]
cmd-checkin-now-summary = kirim check-in sekarang
cmd-checkin-now-usage = /checkin now [nomor]
cmd-checkin-skip-summary = lewati check-in berikutnya dari sebuah jadwal
cmd-checkin-skip-usage = /checkin skip nomor
cmd-checkin-pause-summary = jeda sebuah jadwal
cmd-checkin-pause-usage = /checkin pause nomor
cmd-checkin-resume-summary = lanjutkan jadwal yang dijeda
cmd-checkin-resume-usage = /checkin resume nomor
cmd-checkin-delete-summary = hapus jadwal beserta check-in-nya
cmd-checkin-delete-usage = /checkin delete nomor
checkin-question-1 = Apa yang sudah Anda kerjakan sejak check-in terakhir?
checkin-question-2 = Apa yang akan Anda kerjakan selanjutnya?
checkin-question-3 = Adakah yang menghambat Anda, atau ada yang bisa membantu?
checkin-error-pattern = Saya tidak bisa membaca “{ $pattern }” sebagai jadwal. Coba: mingguan Sen 18:00, setiap 2 minggu Kam 09:30, bulanan pertama Sel 17:00, atau cron 0 18 * * 1.
checkin-error-weekday = “{ $word }” bukan nama hari (Sen, Sel, Rab, Kam, Jum, Sab, Min).
checkin-error-time = “{ $word }” bukan jam (00:00 sampai 23:59).
checkin-error-nth = “{ $word }” bukan pertama, kedua, ketiga, keempat, atau terakhir.
checkin-error-every = “{ $word }” minggu: pilih dari 1 sampai 8.
checkin-error-cron = “{ $field }” bukan kolom cron yang valid (menit jam tanggal bulan hari).
checkin-error-never = Jadwal itu tidak pernah terjadi (tanggal itu tidak ada).
checkin-error-too-often = Check-in paling sering sekali dalam satu jam.
checkin-error-span = { $flag } “{ $value }” bukan durasi antara 10m dan 14d (misalnya 90m, 6h, 2d).
checkin-error-remind-window = Pengingat harus datang sebelum jawaban ditutup: buat --remind lebih pendek daripada --window.
checkin-error-window-overlap = Waktu menjawab lebih panjang daripada jarak antara dua check-in: perpendek --window.
checkin-error-digest = “{ $value }” bukan group atau coordinators.
checkin-error-questions = Paling banyak { $max } pertanyaan.
checkin-error-question-length = Pertanyaan boleh berisi paling banyak { $max } karakter.
checkin-error-no-schedule = Tidak ada jadwal check-in “{ $id }” di sini. /checkin list menampilkan daftarnya.
checkin-error-not-active = Jadwal #{ $id } sedang dijeda: tidak ada check-in berikutnya untuk dilewati.
checkin-error-already-paused = Jadwal #{ $id } sudah dijeda.
checkin-error-not-paused = Jadwal #{ $id } tidak sedang dijeda.
checkin-error-not-member = Hanya anggota kohort ini yang bisa menjawab check-in-nya. /join dulu.
checkin-error-closed = Check-in ini sudah ditutup: jawaban tidak diterima lagi.
checkin-error-on-break = Anda sedang jeda dari kohort ini, jadi check-in tidak menghitung Anda. /resume dulu untuk menjawab.
checkin-none-yet = Belum ada check-in yang dijadwalkan di sini. Koordinator: /checkin schedule mingguan Sen 18:00
checkin-scheduled = Jadwal check-in #{ $id } sudah diatur.
checkin-list-title = <b>Jadwal check-in</b>
checkin-schedule-line = #{ $id }: { $pattern } ({ $timezone }), { $status ->
    [paused] dijeda
   *[other] berikutnya { $next }
}, jawaban dibuka { $window }
checkin-skipped = Check-in jadwal #{ $id } pada { $when } akan dilewati.
checkin-paused = Jadwal #{ $id } dijeda.
checkin-resumed = Jadwal #{ $id } berjalan lagi; check-in berikutnya { $next }.
checkin-delete-confirm = Hapus jadwal #{ $id } ({ $pattern }) beserta check-in dan jawabannya? Ini tidak bisa dibatalkan.
checkin-deleted = Jadwal #{ $id } sudah dihapus.
button-checkin-delete-confirm = Hapus
button-checkin-private = Jawab secara pribadi
button-checkin-share = Bagikan ke kohort
button-checkin-keep-private = Simpan pribadi
checkin-prompt = <b>Waktunya check-in, { $name }!</b> Jawaban dibuka sampai { $closes }.
checkin-prompt-how = Balas pesan ini untuk menjawab di sini (satu baris per pertanyaan), atau jawab secara pribadi.
checkin-private-started = Saya sudah menulis kepada Anda secara pribadi.
checkin-dm-first = Saya tidak bisa menulis lebih dulu kepada Anda: buka obrolan pribadi dengan saya, lalu tekan tombolnya lagi.
checkin-dm-link = { $person }, saya tidak bisa menulis lebih dulu kepada Anda. Buka { $link } dan tekan Mulai: jawaban Anda dimulai di sana.
checkin-dm-first-link = Saya tidak bisa menulis lebih dulu kepada Anda: gunakan tautan yang saya kirim.
checkin-dm-intro = Check-in { $name }. Jawab satu pertanyaan setiap kali; tulis “lewati” untuk melewati satu pertanyaan.
checkin-dm-question = ({ $n }/{ $total }) { $question }
checkin-dm-done = Terima kasih! Anda menjawab { $answered } dari { $total }. Bagikan jawaban Anda di ringkasan?
checkin-will-share = Jawaban Anda akan muncul di ringkasan.
checkin-kept-private = Jawaban Anda tetap pribadi: ringkasan hanya menghitung Anda.
checkin-reflect-offer = Mau menulis refleksi singkat tentang apa yang Anda pelajari? Hanya Anda yang akan membacanya, kecuali Anda memilih lain.
button-reflect-write = Tulis refleksi
button-reflect-not-now = Nanti saja
checkin-reflect-ask = Tulis refleksi Anda di pesan berikutnya (atau “lewati”).
checkin-reflect-later = Baik. Kapan saja: /reflect diikuti beberapa baris.
button-visibility-mentor = Bagikan ke mentor saya
button-visibility-coordinators = Bagikan ke koordinator
button-visibility-cohort = Bagikan ke kohort
checkin-answer-saved = Terima kasih, jawaban Anda sudah dicatat.
checkin-reminder-dm = Check-in { $name } segera ditutup dan saya belum menerima jawaban Anda.
checkin-reminder-group = Check-in segera ditutup; yang belum menjawab: { $names }.
checkin-reminder-group-count = Check-in segera ditutup; { $count } orang belum menjawab.
checkin-digest-title = <b>Ringkasan check-in, { $name }</b>
checkin-digest-count = { $count ->
    [0] Tidak ada yang ikut
   *[other] { $count } orang ikut
} (dari { $total }).
checkin-digest-who = Terima kasih kepada { $names }.
checkin-digest-coordinators-only = Jawaban hanya dikirim ke koordinator.
checkin-digest-reflections = <b>Refleksi yang dibagikan</b>
cmd-checkin-stats-summary = siapa yang ikut check-in terakhir, dan siapa yang mulai diam (dikirim secara pribadi)
cmd-checkin-stats-usage = /checkin stats
checkin-stats-none = Belum ada check-in yang ditutup.
checkin-stats-title = <b>Keikutsertaan dalam { $count } check-in terakhir</b>
checkin-stats-line = { $name }: { $answered }/{ $total }, beruntun { $streak }
checkin-stats-inactive = Melewatkan { $count } check-in atau lebih berturut-turut: { $names }
checkin-error-inactive-after = “{ $value }” bukan jumlah check-in dari 0 sampai 20 (0: tidak pernah).
checkin-nudge = Halo { $person }! Anda melewatkan { $count } check-in terakhir di { $name }. Tidak ada paksaan: apakah Anda masih ikut, ingin jeda dua minggu, atau lebih memilih keluar dari kohort?
button-nudge-in = Saya masih ikut
button-nudge-pause = Jeda dua minggu
button-nudge-leave = Keluar dari kohort
nudge-still-in = Senang mendengarnya! Sampai jumpa di check-in { $name } berikutnya.
nudge-left = Anda keluar dari { $name }. /join di grup membawa Anda kembali kapan saja, dengan profil seperti semula.
mydata-checkins = { $count ->
    [0] Anda belum menjawab check-in apa pun.
   *[other] Jawaban check-in Anda ({ $count }):
}
mydata-checkin-answer = • { $cohort }, { $date }: { $answers } (dibagikan: { $shared })

## Refleksi

cmd-reflect-summary = tulis refleksi secara pribadi; pilih siapa yang boleh membacanya
cmd-reflect-usage = /reflect … [--visibility me|mentor|coordinators|cohort] [--cohort "Nama"]
cmd-reflections-summary = daftar refleksi Anda, atau dengan “shared” refleksi yang boleh Anda baca dari orang lain (secara pribadi)
cmd-reflections-usage = /reflections [shared] [--cohort "Nama"]
reflect-error-not-member = Refleksi milik sebuah kohort: /join salah satunya dulu.
reflect-error-too-long = Refleksi boleh berisi paling banyak { $max } karakter.
reflect-error-visibility = “{ $value }” bukan me, mentor, coordinators, atau cohort.
reflect-saved = Disimpan di { $cohort }. { $visibility ->
    [me] Hanya Anda yang bisa membacanya.
    [mentor] Anda dan mentor Anda bisa membacanya.
    [coordinators] Anda dan koordinator bisa membacanya.
   *[cohort] Kohort bisa membacanya, dan refleksi ini muncul di ringkasan berikutnya.
}
reflections-title = <b>Refleksi Anda</b>
reflections-none = Anda belum menulis refleksi. /reflect … untuk menulis satu.
reflections-line = { $date }, { $cohort } ({ $visibility }): { $text }
reflections-shared-title = <b>Refleksi yang dibagikan kepada Anda</b> (90 hari terakhir)
reflections-shared-none = Tidak ada yang membagikan refleksi kepada Anda dalam 90 hari terakhir.
reflections-shared-line = { $date }, { $cohort }, { $name } ({ $visibility }): { $text }
mydata-reflections = { $count ->
    [0] Anda belum menulis refleksi.
   *[other] Refleksi Anda ({ $count }):
}
mydata-reflection = • { $cohort }, { $date } ({ $visibility }): { $text }

## Pasangan

cmd-pair-summary = mentor atau mentee Anda; koordinator memasangkan mentor dengan mentee
cmd-pair-usage = /pair [mentors|confirm] | /pair @mentor @mentee
cmd-pair-show-summary = mentor atau mentee Anda (koordinator: /pair @mentor @mentee memasangkan dua orang secara manual)
cmd-pair-show-usage = /pair | /pair @mentor @mentee
cmd-pair-mentors-summary = pratinjau mentor terbaik untuk setiap anggota yang menginginkannya, beserta alasannya (dikirim secara pribadi)
cmd-pair-mentors-usage = /pair mentors
cmd-pair-confirm-summary = tanyakan kepada para mentor di pratinjau
cmd-pair-confirm-usage = /pair confirm
cmd-unpair-summary = akhiri pendampingan seseorang (dengan konfirmasi)
cmd-unpair-usage = /unpair @pengguna
pair-reason-shared-language = sama-sama berbahasa { $values }
pair-reason-language-bridging = tidak ada bahasa yang sama (diizinkan koordinator)
pair-reason-same-region = sama-sama di { $values }
pair-reason-shared-topics = topik: { $values }
pair-reason-timezone-overlap = { $values } jam aktif yang sama
pair-reason-timezone-unknown = zona waktu tidak diketahui
pair-reason-stage-fit = tahapnya cocok ({ $values })
pair-reason-stage-mismatch = tahapnya berjauhan ({ $values })
pair-reason-shared-preference = preferensi yang sama
pair-reason-repeat = pernah dipasangkan ({ $values })
pair-reason-none = tidak ada alasan kuat selain sama-sama luang
pair-preview-title = <b>Usulan mentor</b> ({ $count } pasangan)
pair-preview-line = • { $mentee } ← { $mentor }: { $reasons }
pair-unmatched-no-feasible-mentor = • { $mentee }: tidak ada mentor yang cocok (tidak ada bahasa yang sama, atau dikecualikan)
pair-unmatched-all-feasible-mentors-full = • { $mentee }: mentor yang cocok sudah penuh
pair-preview-confirm = /pair confirm menanyai para mentor ini; /pair mentors menghitung ulang.
pair-confirmed = Saya sudah bertanya kepada { $count } mentor. Masing-masing punya waktu { $hours } jam untuk menjawab; tanpa jawaban, mentee ditawarkan ke mentor terbaik berikutnya.
pair-asked-one = Saya sudah meminta { $mentor } untuk mendampingi { $mentee }.
pair-ask = Halo { $mentor }! Maukah Anda menjadi mentor { $mentee } di { $name }?
pair-why = Mengapa Anda: { $reasons }.
pair-about = Tentang dia: { $about }
pair-ask-deadline = Mohon jawab sebelum { $when }.
button-pair-accept = Terima
button-pair-decline = Tolak
pair-answer-late = Permintaan ini sudah tidak berlaku.
pair-accepted-toast = Terima kasih! Saya sudah memperkenalkan Anda berdua.
pair-declined-thanks = Terima kasih sudah memberi tahu. Saya akan bertanya kepada orang lain.
pair-no-next-mentor = Saat ini tidak ada mentor lain yang luang untuk { $mentee } di { $name }. Jalankan /pair mentors lagi saat ada yang punya waktu.
pair-intro-mentee = { $person }, kenalkan mentor Anda { $other } di { $name }!
pair-intro-mentor = { $person }, kenalkan mentee Anda { $other } di { $name }!
pair-intro-times = Beberapa waktu untuk bertemu (pukul 18:00 waktu mentee):
pair-intro-time = • { $mentee } ({ $menteeZone }) = { $mentor } ({ $mentorZone })
pair-mine-mentor = Mentor Anda: { $other } ({ $status ->
    [asked] sudah ditanya, menunggu jawaban
   *[other] sudah pasti
})
pair-mine-mentee = Mentee Anda: { $other } ({ $status ->
    [asked] menunggu jawaban Anda
   *[other] sudah pasti
})
pair-mine-none = Anda belum punya mentor atau mentee di kohort ini. Ingin punya? /profile set wants-mentor yes
pair-error-two-people = Sebutkan dua orang: /pair @mentor @mentee
pair-error-self = Seseorang tidak bisa menjadi mentor dirinya sendiri.
pair-error-has-mentor = { $mentee } sudah punya mentor (atau sedang ditanyakan). /unpair { $mentee } dulu.
pair-error-no-mentors = Belum ada anggota kohort ini yang menawarkan diri menjadi mentor: anggota menawarkan diri dengan /profile set capacity 2.
pair-error-no-mentees = Tidak ada yang menunggu mentor: anggota memintanya dengan /profile set wants-mentor yes.
pair-error-no-preview = Tidak ada pratinjau untuk dikonfirmasi: /pair mentors membuatnya.
pair-error-not-paired = { $who } tidak punya mentor atau mentee.
unpair-confirm = Akhiri { $count } pendampingan milik { $who }?
button-unpair-confirm = Akhiri
unpair-done = { $count } pendampingan diakhiri.
mydata-mentorships = { $count ->
    [0] Anda tidak punya pendampingan.
   *[other] Pendampingan Anda ({ $count }):
}
mydata-mentorship-mentor = • { $cohort }: mentor dari { $other } ({ $status })
mydata-mentorship-mentee = • { $cohort }: didampingi oleh { $other } ({ $status })
cmd-pair-peers-summary = jalankan putaran rekan sekarang: berpasangan (bertiga jika jumlahnya ganjil), dengan rekan baru bila memungkinkan
cmd-pair-peers-usage = /pair peers
cmd-pair-rounds-summary = putaran rekan otomatis setiap beberapa minggu, atau dimatikan; berapa hari sampai “apakah kalian sudah bertemu?”
cmd-pair-rounds-usage = /pair rounds [every 2w | off | follow-up 3d]
cmd-pair-stats-summary = putaran rekan sejauh ini: kelompok, dan siapa yang bilang sudah bertemu (dikirim secara pribadi)
cmd-pair-stats-usage = /pair stats
pair-round-title = <b>Putaran rekan ke-{ $number } di { $name }</b>: sapa rekan Anda dan cari waktu untuk mengobrol.
pair-round-line = • { $names }
pair-round-line-why = • { $names }: { $reasons }
pair-round-unplaced = • { $who }: kali ini belum ada yang cocok, maaf.
pair-round-unplaced-count = • Untuk { $count } orang kali ini belum ada yang cocok, maaf.
pair-round-unplaced-dm = Halo { $person }. Di putaran rekan ke-{ $number } di { $name } kali ini belum ada yang cocok untuk Anda, maaf. Saya akan mencoba lagi di putaran berikutnya.
pair-round-unplaced-coordinators = Putaran rekan ke-{ $number } di { $name }: kali ini belum ada yang cocok untuk { $names }. Hanya koordinator yang membaca ini.
pair-round-follow-up = Pada { $when } saya akan bertanya kepada masing-masing apakah kalian sudah bertemu.
pair-round-dm = Halo { $person }! Di putaran rekan ke-{ $number } di { $name } Anda bersama { $others }. Sapa mereka dan cari waktu untuk mengobrol.
pair-met-question = Halo { $person }! Apakah Anda sudah bertemu { $others } (putaran rekan ke-{ $number } di { $name })?
button-pair-met-yes = Sudah
button-pair-met-no = Tidak
button-pair-met-not-yet = Belum
pair-met-thanks-yes = Luar biasa, terima kasih!
pair-met-thanks-no = Terima kasih sudah memberi tahu. Mungkin di putaran berikutnya.
pair-met-thanks-not-yet = Dicatat. Anda masih bisa menjawab Sudah nanti.
pair-peers-error-paused = { $name } sedang dijeda: tidak ada putaran rekan sampai dilanjutkan.
pair-peers-error-too-few = Putaran rekan butuh setidaknya dua anggota aktif (anggota yang jeda tidak diikutkan).
pair-rounds-off = Putaran rekan dimatikan. /pair rounds every 2w menyalakannya; “apakah kalian sudah bertemu?” datang { $days } hari setelah setiap putaran.
pair-rounds-on = Putaran rekan setiap { $weeks ->
    [1] minggu
   *[other] { $weeks } minggu
}; berikutnya pada { $next }. “Apakah kalian sudah bertemu?” datang { $days } hari setelah setiap putaran.
pair-rounds-set = Putaran rekan setiap { $weeks ->
    [1] minggu
   *[other] { $weeks } minggu
}; yang pertama pada { $next }. /pair peers menjalankan satu sekarang.
pair-rounds-turned-off = Putaran rekan dimatikan.
pair-rounds-follow-up-set = “Apakah kalian sudah bertemu?” akan datang { $days } hari setelah setiap putaran.
pair-rounds-error-usage = Sebutkan seberapa sering: /pair rounds every 2w, /pair rounds every 1w, atau /pair rounds off.
pair-rounds-error-weeks = Putaran diadakan setiap 1 sampai { $max } minggu, misalnya /pair rounds every 2w.
pair-rounds-error-days = “Apakah kalian sudah bertemu?” datang 1 sampai { $max } hari setelah putaran, misalnya /pair rounds follow-up 3d.
pair-stats-none = Belum ada putaran rekan: /pair peers menjalankan satu.
pair-stats-title = <b>Putaran rekan</b> ({ $count })
pair-stats-line = • Putaran { $number } ({ $date }): { $groups } kelompok, { $people } orang. Bertemu: sudah { $yes }, tidak { $no }, belum { $notYet }, tanpa jawaban { $unanswered }
cmd-avoid-summary = jangan pernah dipasangkan dengan seseorang (pribadi; orang itu tidak diberi tahu)
cmd-avoid-usage = /avoid [@pengguna] [--remove] [--cohort "Nama"]
avoid-title = <b>Orang yang tidak akan pernah dipasangkan dengan Anda</b>
avoid-line = • { $cohort }: { $names }
avoid-none = Anda tidak menghindari siapa pun. /avoid @pengguna, di sini secara pribadi, dan saya tidak akan pernah memasangkan Anda dengannya; orang itu tidak diberi tahu.
avoid-added = Dicatat: saya tidak akan pernah memasangkan Anda dengan { $who } (di { $cohorts }). Orang itu tidak diberi tahu.
avoid-removed = { $who } boleh dipasangkan dengan Anda lagi (di { $cohorts }).
avoid-error-self = Anda tidak bisa menghindari diri sendiri.
avoid-error-no-shared-cohort = Anda tidak berada di kohort yang sama dengan { $who }.
error-bad-stage = “{ $value }” bukan tahap. Pilih salah satu: { $stages }.
field-preferences = preferensi
profile-stage = Tahap: { $value }
profile-preferences = Preferensi pemasangan (hanya Anda yang melihat): { $value }
mydata-matching = { "  " }tahap { $stage }; preferensi pemasangan { $preferences }; orang yang Anda hindari: { $avoid }
cmd-pair-settings-summary = lihat atau ubah cara memasangkan mentor: tanpa bahasa yang sama, batas waktu menjawab
cmd-pair-settings-usage = /pair settings [--bridging yes|no] [--answer-within 72h]
pair-settings = Pengaturan pemasangan: pasangan tanpa bahasa yang sama: { $bridging }; mentor menjawab dalam { $hours } jam.
pair-settings-saved = Tersimpan. Pasangan tanpa bahasa yang sama: { $bridging }; mentor menjawab dalam { $hours } jam.
pair-error-answer-within = “{ $value }” bukan waktu antara 12h dan 14d (misalnya 48h atau 3d).
pair-decline-why = Jika berkenan, beri tahu alasannya (satu tekan). Hanya koordinator yang melihatnya; { $mentee } tidak diberi tahu siapa yang menolak.
button-decline-no-time = Sedang tidak ada waktu
button-decline-topics = Bukan topik saya
button-decline-other = Alasan lain
pair-decline-noted = Terima kasih. Hanya koordinator yang melihat alasan Anda; { $mentee } tidak diberi tahu siapa yang menolak.
pair-preview-declined = • { $mentor } menolak { $mentee } ({ $reason ->
    [no-time] sedang tidak ada waktu
    [topics] bukan topiknya
    [other] alasan lain
   *[none] tanpa alasan
})
mydata-peer-groups = { $count ->
    [0] Anda tidak ikut putaran rekan.
   *[other] Putaran rekan Anda ({ $count }):
}
mydata-peer-group = • { $cohort }, putaran { $round }: bersama { $others } (bertemu: { $answer })

# Privasi: tampilan untuk satu orang, perintah pribadi yang diketik di grup, kohort yang mana (docs/privacy.md)
private-view-sent = { $person }, saya sudah mengirimkannya kepada Anda secara pribadi.
private-view-link = { $person }, ini hanya untuk Anda, bukan untuk grup ini: <a href="{ $link }">buka obrolan pribadi dengan saya</a> dan saya akan mengirimkannya di sana.
private-view-write-first = { $person }, ini hanya untuk Anda, bukan untuk grup ini: tulis kepada saya secara pribadi dulu, lalu kirim { $command } di sana.
private-refused = { $command } bersifat pribadi, jadi hanya berfungsi di obrolan pribadi dengan saya.
private-refused-deleted = Saya menghapus pesan Anda dari grup.
private-refused-dm = { $person }, saya sudah menulis kepada Anda secara pribadi: lanjutkan di sana.
private-refused-link = <a href="{ $link }">Lanjutkan di obrolan pribadi dengan saya</a>.
private-refused-write-first = Tulis kepada saya secara pribadi dan kirimkan di sana.
private-continue = Anda mencoba { $command } di grup. Di sini hanya antara kita: { $usage }
private-continue-here = Di sini hanya antara kita: { $usage }
start-link-expired = Tautan ini sudah tidak berlaku. Kirim perintahnya lagi di sini: perintah itu juga berfungsi secara pribadi.
cohort-choice-ask = { $command } untuk kohort yang mana?
cohort-choice-none = Anda tidak berada di kohort mana pun tempat Anda bisa memakai { $command }.
cohort-choice-gone = Kohort itu bukan milik Anda lagi (atau Anda tidak lagi mengoordinasikannya).
cohort-choice-name-it = Anda berada di banyak kohort: sebutkan satu, misalnya { $command } --cohort "Nama". Kohort Anda: { $cohorts }.
error-cohort-not-here = Kohort grup ini adalah { $name }, bukan “{ $value }”.
profile-private-hint = Preferensi pemasangan dan teks “tentang saya” Anda bersifat pribadi: kirim /profile kepada saya secara pribadi untuk melihatnya.
pair-ask-privacy = Hanya koordinator yang melihat jawaban dan alasan Anda; { $mentee } tidak diberi tahu siapa yang menolak.
pair-ask-privacy-group = Tidak ada orang di sini yang melihat tombol mana yang Anda tekan: hanya koordinator yang mengetahui jawaban Anda.
pair-declined-toast-private = Terima kasih. Saya sudah menulis kepada Anda secara pribadi.
pair-declined-toast = Terima kasih. Hanya koordinator yang mengetahui jawaban Anda.
pair-no-next-mentor-group = Masih ada anggota kohort ini yang menunggu mentor. Koordinator: /pair mentors saat ada mentor yang punya waktu.
mydata-mentorship-looking = • { $cohort }: saya sedang mencarikan mentor untuk Anda

## Kata untuk nilai, dan kata kunci yang diketik orang (docs/localization.md)

field-timezone = zona waktu
field-capacity = kapasitas pendampingan
field-wants-mentor = “ingin mentor”
field-stage = tahap
stage-name = { $stage ->
    [newcomer] pendatang baru
    [contributor] kontributor
    [organizer] pengorganisasi
   *[experienced] berpengalaman
}
visibility-name = { $visibility ->
    [me] hanya Anda
    [mentor] mentor Anda
    [coordinators] koordinator
   *[cohort] kohort
}
checkin-digest-answer = <i>{ $question }</i> { $answer }
checkin-digest-reflection = • { $name }: { $text }
keyword-skip = lewati, lewat, skip
keyword-weekly = mingguan, seminggu
keyword-every = setiap, tiap
keyword-weeks = minggu, pekan
keyword-monthly = bulanan, sebulan
keyword-first = pertama
keyword-second = kedua
keyword-third = ketiga
keyword-fourth = keempat
keyword-last = terakhir
keyword-ignore = {""}

## Pertemuan dan tindak lanjut komitmen (src/features/gatherings)

cmd-gathering-summary = pertemuan kohort ini: umumkan, jawab, laporan
cmd-gathering-usage = /gathering [list|show|create|edit|cancel|report|mark|ics|feed|code|settings] [NOMOR]
cmd-gathering-list-summary = pertemuan yang akan datang
cmd-gathering-list-usage = /gathering list
cmd-gathering-show-summary = satu pertemuan, dengan jawaban sejauh ini (jumlah)
cmd-gathering-show-usage = /gathering show NOMOR
cmd-gathering-create-summary = umumkan pertemuan (waktu dalam zona waktu kohort, atau --timezone)
cmd-gathering-create-usage = /gathering create "Judul" --at 2027-03-14 10:00 [--until 17:00] [--place "…"] [--online https://…] [--capacity 40] [--description "…"] [--timezone Wilayah/Kota]
cmd-gathering-edit-summary = ubah pertemuan; waktu baru menggeser semua pengingat
cmd-gathering-edit-usage = /gathering edit NOMOR [--title "…"] [--at 2027-03-14 10:00] [--until 17:00] [--place "…"|-] [--online URL|-] [--capacity N|-] [--description "…"|-]
cmd-gathering-cancel-summary = batalkan pertemuan (minta konfirmasi dulu; semua yang sudah menjawab diberi tahu)
cmd-gathering-cancel-usage = /gathering cancel NOMOR
cmd-gathering-report-summary = jawaban, kehadiran, dan komitmen sebuah pertemuan (dikirim kepada Anda secara pribadi)
cmd-gathering-report-usage = /gathering report NOMOR
cmd-gathering-mark-summary = tandai seseorang hadir atau tidak hadir setelah acara dimulai
cmd-gathering-mark-usage = /gathering mark NOMOR @pengguna present|absent
cmd-here-summary = beri tahu bahwa Anda hadir di pertemuan yang sedang berlangsung
cmd-here-usage = /here [NOMOR] [kode]
cmd-commit-summary = sampaikan apa yang akan Anda coba setelah pertemuan (maksimal 3; hanya Anda yang membacanya kecuali Anda membagikannya)
cmd-commit-usage = /commit apa yang akan Anda coba [--visibility me|mentor|coordinators] [--gathering NOMOR] [--by YYYY-MM-DD] [--cohort "Nama"]
cmd-commitments-summary = komitmen Anda dan perkembangannya
cmd-commitments-usage = /commitments
field-gathering-title = judul
field-gathering-capacity = kapasitas
field-gathering-number = nomor pertemuan
field-place = tempat
field-description = deskripsi
field-commitment = komitmen
button-gathering-going = Hadir
button-gathering-maybe = Mungkin
button-gathering-no = Tidak hadir
button-gathering-here = Saya di sini
button-gathering-cancel-confirm = Ya, batalkan
button-commitment-done = Selesai
button-commitment-partly = Sebagian
button-commitment-not-yet = Belum
button-commitment-let-go = Lepaskan saja
gathering-card-title = <b>No. { $number } { $title }</b>
gathering-card-when = Kapan: { $when }
gathering-card-place = Di mana: { $place }
gathering-card-online = Daring: { $url }
gathering-card-capacity = Tempat: { $capacity }
gathering-card-description = { $description }
gathering-created = Pertemuan baru:
gathering-edited = Pertemuan diubah:
gathering-rsvp-prompt = Apakah Anda akan datang? Pilih satu jawaban; Anda bisa mengubahnya nanti.
gathering-dst-gap = Waktu itu tidak ada pada malam jam dimajukan: saya memakai waktu pertama sesudahnya.
gathering-dst-ambiguous = Waktu itu terjadi dua kali pada malam jam dimundurkan: saya memakai yang pertama.
gathering-counts = Akan hadir: { $going } · mungkin: { $maybe } · tidak hadir: { $no } · daftar tunggu: { $waitlist } · sudah datang: { $present }
gathering-rsvp-going = Anda akan hadir di “{ $title }”: { $when }.
gathering-rsvp-maybe = Mungkin hadir di “{ $title }”: { $when }.
gathering-rsvp-no = Dicatat: Anda tidak hadir di “{ $title }”.
gathering-rsvp-waitlist = “{ $title }” sudah penuh: Anda masuk daftar tunggu dan akan saya kabari jika ada tempat kosong.
gathering-promoted = Ada tempat kosong: sekarang Anda terdaftar hadir di “{ $title }”, { $when }.
gathering-list-title = Pertemuan yang akan datang:
gathering-list-line = No. { $number } { $title }: { $when }
gathering-list-none = Belum ada pertemuan yang akan datang. Koordinator mengumumkannya dengan /gathering create.
gathering-is-cancelled = Pertemuan ini dibatalkan.
gathering-cancel-confirm = Batalkan “{ $title }”? { $count ->
    [0] Belum ada yang menjawab.
   *[other] { $count } orang yang sudah menjawab akan diberi tahu.
}
gathering-cancelled = Pertemuan No. { $number } “{ $title }” dibatalkan.
gathering-cancelled-dm = “{ $title }” ({ $when }) dibatalkan. Mohon maaf atas perubahan rencana ini.
gathering-reminder = { $kind ->
    [week] Seminggu lagi:
    [day] Besok:
   *[hour] Satu jam lagi:
} { $answer ->
    [maybe] (Anda menjawab “mungkin”)
   *[going] (Anda menjawab akan hadir)
}
gathering-reminder-link = “{ $title }” dimulai 10 menit lagi. Bergabung di sini: { $url }
gathering-starts-now = No. { $number } “{ $title }” sedang dimulai. Sudah di sini? Tekan tombolnya (atau ketik /here).
gathering-here-recorded = Selamat datang! Anda tercatat hadir di “{ $title }”.
gathering-marked-present = { $name } tercatat hadir di “{ $title }”.
gathering-marked-absent = { $name } tercatat tidak hadir di “{ $title }”.
gathering-commit-ask = Terima kasih sudah datang ke “{ $title }” ({ $cohort }). Apa yang akan Anda coba dalam beberapa minggu ke depan? Tulis satu sampai tiga hal, masing-masing dengan /commit, misalnya: <code>/commit mengadakan edit-a-thon pertama</code>. Hanya Anda yang membacanya, kecuali Anda menambahkan --visibility mentor atau coordinators. Saya akan menanyakan perkembangannya setelah seminggu, sebulan, dan tiga bulan.
gathering-followup-week = Seminggu setelah “{ $title }”: bagaimana perkembangan “{ $text }”?
gathering-followup-later = Setelah “{ $title }”, Anda ingin mencoba: “{ $text }”. Sudah Anda lakukan?
commitment-answer-done = Hebat! “{ $text }” sudah selesai.
commitment-answer-partly = Dicatat: sebagian selesai. Saya akan bertanya lagi nanti.
commitment-answer-not-yet = Dicatat: belum. Saya akan bertanya lagi nanti; jika ada yang menghambat, mentor Anda atau koordinator bisa membantu.
commitment-answer-let-go = Dicatat: Anda melepaskan “{ $text }”. Saya tidak akan menanyakannya lagi.
commit-saved = Disimpan untuk “{ $title }”. { $visibility ->
    [mentor] Anda dan mentor Anda bisa membacanya.
    [coordinators] Anda dan para koordinator bisa membacanya.
   *[me] Hanya Anda yang bisa membacanya.
} { $left ->
    [0] Sudah tiga: saya akan menanyakan perkembangannya.
   *[other] Anda masih bisa menambah { $left } lagi.
}
commit-error-no-gathering = Saya tidak menemukan pertemuan terbaru Anda untuk mencatat ini. Sebutkan satu dengan --gathering NOMOR.
commit-error-too-many = Anda sudah punya { $max } komitmen untuk pertemuan ini: komitmen yang lebih sedikit dan ditindaklanjuti hasilnya lebih baik.
commit-error-visibility = “{ $value }” bukan me, mentor, atau coordinators.
commitments-title = Komitmen Anda:
commitments-line = • { $cohort }, “{ $title }”: { $text } ({ $status })
commitments-none = Anda belum punya komitmen. Setelah pertemuan, tulis /commit dengan apa yang akan Anda coba.
gathering-error-bad-date = “{ $value }” bukan tanggal dan waktu yang saya pahami. Tulis seperti 2027-03-14 10:00.
gathering-error-past = Waktu itu sudah lewat.
gathering-error-too-far = Itu lebih dari dua tahun lagi.
gathering-error-end-before-start = Waktu selesai harus setelah waktu mulai.
gathering-error-too-long = Pertemuan paling lama 14 hari.
gathering-error-bad-link = “{ $value }” bukan tautan web: hanya tautan http:// dan https:// yang diterima.
gathering-error-link-too-long = Tautan itu terlalu panjang (maksimal { $max } karakter).
gathering-error-unknown = Tidak ada pertemuan No. { $number } di kohort ini. /gathering list menampilkan daftarnya.
gathering-error-unknown-button = Pertemuan ini sudah tidak ada.
gathering-error-cancelled = Pertemuan ini dibatalkan.
gathering-error-finished = Pertemuan ini sudah selesai.
gathering-error-not-started = Pertemuan ini belum dimulai.
gathering-error-not-now = Tidak ada pertemuan yang sedang berlangsung: “Saya di sini” berlaku sejak setengah jam sebelum mulai sampai selesai.
gathering-error-join-first = Hanya anggota kohort ini yang bisa menjawab: /join dulu.
gathering-error-nothing-to-change = Tidak ada yang diubah: berikan setidaknya satu opsi --…
gathering-summary-intro = Perkembangan tindak lanjut, { $days } hari setelahnya:
gathering-report-title = <b>No. { $number } { $title }</b>
gathering-report-commitments = Komitmen: { $count } dari { $people } orang · selesai { $done } · sebagian { $partly } · belum { $not-yet } · dilepaskan { $let-go } · terbuka { $open }
gathering-report-shared = Dibagikan kepada koordinator:
gathering-report-shared-line = • { $name } ({ $status }): { $text }
gathering-report-person = • { $name }: { $answer }, hadir: { $present }
mydata-gatherings = { $count ->
    [0] Anda belum menjawab pertemuan apa pun.
   *[other] Jawaban Anda untuk pertemuan ({ $count }):
}
mydata-gathering = • { $cohort }, “{ $title }”: { $answer }, hadir: { $present }
mydata-commitments = { $count ->
    [0] Anda belum membuat komitmen apa pun.
   *[other] Komitmen Anda ({ $count }):
}
mydata-commitment = • { $cohort } ({ $status }, { $visibility }): { $text }
report-gatherings-title = Pertemuan: jawaban, kehadiran, dan komitmen
report-gathering-line = No. { $number } { $title }: { $going } akan hadir, { $present } datang; { $commitments } komitmen: { $done } selesai, { $partly } sebagian, { $open } terbuka
report-gathering-going = akan hadir
report-gathering-present = datang
report-gathering-axis = pertemuan
report-gathering-count = orang
gathering-rsvp-noted = Dicatat. Detailnya sudah saya kirim secara pribadi.
gathering-moved = “{ $title }” punya waktu baru: { $when }.
commitment-answer-not-yet-mentor = Dicatat: belum. Ada yang menghambat? { $mentor }, mentor Anda, bisa membantu: sekali tekan akan memberi tahu beliau apa yang ingin Anda coba.
button-commitment-ask-mentor = Minta bantuan mentor saya
commitment-help-to-mentor = { $mentee } ({ $cohort }) tersendat pada hal yang ingin dicobanya setelah pertemuan: “{ $text }”. Bisakah Anda menghubunginya?
commitment-help-sent = Saya sudah memberi tahu { $mentor }. Beliau akan menghubungi Anda.
commitment-help-unreachable = Saya tidak bisa menulis kepada { $mentor } secara pribadi saat ini: silakan hubungi beliau langsung.
cmd-hope-summary = sebelum pertemuan, beri tahu penyelenggara apa yang ingin Anda pelajari atau bantuan yang Anda butuhkan
cmd-hope-usage = /hope apa yang ingin Anda pelajari [--gathering NOMOR] [--cohort "Nama"] (/hope - menghapusnya)
field-intention = harapan
gathering-reminder-hope = Apa yang ingin Anda pelajari atau bantuan apa yang Anda butuhkan? Beri tahu penyelenggara secara pribadi dengan /hope …
hope-saved = Terima kasih: penyelenggara “{ $title }” akan membacanya (hanya mereka dan Anda).
hope-cleared = Dihapus untuk “{ $title }”.
hope-error-no-gathering = Saya tidak menemukan pertemuan mendatang yang sudah Anda jawab. Jawab salah satu dulu, atau sebutkan dengan --gathering NOMOR.
hope-error-started = Pertemuan itu sudah dimulai.
gathering-report-hopes = Yang ingin dipelajari peserta:
gathering-report-hope-line = • { $name }: { $text }
mydata-gathering-hope =   yang ingin Anda pelajari: { $text }

## Survei (src/features/surveys)

cmd-survey-summary = survei: templat, buat, kirim, hasil, tutup (koordinator)
cmd-survey-usage = /survey [templates|new|create|import|export|edit|show|send|poll|results|threshold|close|delete|list]
cmd-survey-templates-summary = survei siap pakai: setelah pertemuan, 30 hari kemudian, penilaian diri
cmd-survey-templates-usage = /survey templates
cmd-survey-create-summary = buat survei dari templat, atau dari definisi singkat (docs/surveys.md)
cmd-survey-create-usage = /survey create feedback|followup|self-assessment [--anonymous] | /survey create Judul + satu pertanyaan per baris
cmd-survey-edit-summary = ubah pertanyaan survei (menjadi versi baru setelah ada yang menjawab)
cmd-survey-edit-usage = /survey edit ID + definisi baru
cmd-survey-show-summary = pratinjau pertanyaan survei (dikirim kepada Anda secara pribadi)
cmd-survey-show-usage = /survey show ID
cmd-survey-send-summary = kirim survei ke kohort, kepada setiap orang secara pribadi
cmd-survey-send-usage = /survey send ID [--to cohort|gathering:N|role:mentor] [--deadline 7d] [--remind 1d]
cmd-survey-results-summary = hasil survei: sebuah pertanyaan ditampilkan bila dijawab setidaknya oleh sebanyak kelompok terkecil yang ditampilkan kohort (dikirim kepada Anda secara pribadi)
cmd-survey-results-usage = /survey results ID [--group]
cmd-survey-close-summary = tutup survei: tidak menerima jawaban lagi
cmd-survey-close-usage = /survey close ID
cmd-survey-list-summary = survei kohort ini
cmd-survey-list-usage = /survey list
cmd-surveys-summary = survei Anda yang masih terbuka, untuk dijawab atau diubah jawabannya (secara pribadi)
cmd-surveys-usage = /surveys
button-survey-skip = Lewati
button-survey-done = Selesai
button-survey-yes = Ya
button-survey-no = Tidak
button-survey-answer = Jawab “{ $title }”
button-survey-change = Ubah jawaban saya untuk “{ $title }”
survey-dm-intro = <b>{ $title }</b> { $anonymous ->
    [yes] (anonim: tidak seorang pun, termasuk koordinator, bisa melihat jawaban mana yang milik Anda)
   *[no] (koordinator melihat jawaban Anda; hasil hanya menampilkan jumlah dari { $k } orang atau lebih)
}
survey-dm-question = Pertanyaan { $n } dari { $total }:
survey-dm-text-hint = Balas dengan teks singkat.
survey-dm-text-hint-optional = Balas dengan teks singkat, atau “lewati”.
survey-dm-multi-hint = Pilih semua yang sesuai, lalu tekan “Selesai”.
survey-dm-scale-hint = Dari { $min } sampai { $max }.
survey-answer-saved = Disimpan.
survey-thanks = Terima kasih atas jawaban Anda!
survey-done-anonymous = Jawaban Anda disimpan tanpa nama Anda. Jawaban itu sekarang tidak bisa diubah.
survey-done-named = Anda bisa mengubah jawaban sampai batas waktu dengan /surveys.
survey-changing = Jawaban Anda sebelumnya tetap disimpan sampai Anda menggantinya.
survey-already-answered = Anda sudah menjawab survei ini.
survey-invite-group = Survei singkat, “{ $title }”. Jika saya belum menulis kepada Anda secara pribadi tentang survei ini, buka { $link } untuk menjawab di sana.
survey-invite-group-nolink = Survei singkat, “{ $title }”. Jika saya belum menulis kepada Anda secara pribadi tentang survei ini, kirim pesan pribadi kepada saya dan kirim /surveys.
survey-reminder = Pengingat: “{ $title }” ditutup sekitar { $left } jam lagi. Kirim /surveys untuk menjawab atau melanjutkan.
survey-error-definition = Definisi survei ini tidak valid (di { $where }). Lihat format di docs/surveys.md.
survey-error-json = JSON ini tidak bisa dibaca.
survey-error-line = Baris { $n } bukan pertanyaan. Tulis “jenis: pertanyaan”, misalnya “scale5: Seberapa bermanfaat?”.
survey-error-type = Baris { $n }: “{ $type }” bukan jenis pertanyaan. Gunakan single, multi, scale5, scale10, yesno, atau text.
survey-error-too-long = Definisi ini terlalu panjang (maksimal { $max } karakter).
survey-error-too-many = Survei berisi maksimal { $max } pertanyaan.
survey-error-no-template = Tidak ada templat “{ $name }”. Templat: { $templates }.
survey-error-no-themes = Penilaian diri menanyakan tema-tema kohort, dan kohort ini belum punya tema. Tambahkan dengan /cohort edit --themes "…".
survey-error-not-found = Tidak ada survei { $id } di kohort ini. Lihat /survey list.
survey-error-not-member = Anda tidak termasuk dalam kohort survei ini.
survey-error-closed = Survei ini sudah ditutup.
survey-error-unknown = Survei ini sudah tidak ada.
survey-error-remind = “{ $value }” bukan rentang waktu seperti 1d atau 12h.
survey-error-range = Silakan jawab dengan angka dari { $min } sampai { $max }.
survey-error-required = Pertanyaan ini wajib dijawab.
survey-error-use-buttons = Silakan jawab dengan tombol pada pertanyaan.
survey-error-answer-too-long = Jawaban itu terlalu panjang (maksimal { $max } karakter).
survey-created = Survei { $number } sudah siap: “{ $title }”, { $questions } pertanyaan, { $anonymous ->
    [yes] anonim
   *[no] dengan nama
}. Periksa dengan /survey show { $number }, kirim dengan /survey send { $number }.
survey-edited = Survei { $number } sekarang versi { $version }. Jawaban yang sudah diberikan tetap terkait dengan versi yang dijawab.
survey-sent = Survei { $number } terkirim: { $dm } secara pribadi, { $group } lewat tautan di sini. Batas waktu: { $deadline }.
survey-closed = Survei { $number } sudah ditutup. Lihat /survey results { $number }.
survey-list-title = <b>Survei</b>
survey-list-none = Belum ada survei. Mulai dengan /survey templates.
survey-list-line = { $number }. { $title } ({ $status }, { $anonymous ->
    [yes] anonim
   *[no] dengan nama
})
survey-show-title = <b>Survei { $number }: { $title }</b> ({ $status }, { $anonymous ->
    [yes] anonim
   *[no] dengan nama
})
survey-show-if = hanya jika { $question } = { $equals }
survey-show-optional = (opsional)
survey-show-deadline = Batas waktu: { $at }
survey-templates-title = <b>Templat survei</b>
survey-template-line = • { $name }: { $about }
survey-templates-hint = Buat satu dengan /survey create NAMA [--anonymous].
survey-results-title = <b>Hasil survei { $number }: { $title }</b> ({ $status })
survey-results-none = Belum ada jawaban.
survey-results-version = <b>Versi { $n }</b>
survey-results-people = { $n } orang menjawab.
survey-results-answered = { $n } jawaban
survey-results-option = { $option }: { $n } ({ $pct }%)
survey-results-scale = Rata-rata { $mean }, median { $median } (dari { $max })
survey-results-texts-hidden = Jawaban tertulis hanya ditampilkan kepada koordinator.
survey-change-title = <b>Sebelum dan sesudah</b> (survei { $before } → survei { $after })
survey-change-paired = { $question }: { $change } rata-rata, untuk { $n } orang yang menjawab keduanya
survey-change-means = { $question }: { $before } → { $after } ({ $change })
surveys-title = <b>Survei Anda yang masih terbuka</b>
surveys-line = • { $cohort }: { $title } ({ $state ->
    [done] sudah dijawab
    [started] sudah dimulai
   *[new] belum dimulai
}, sampai { $deadline })
surveys-none = Anda tidak punya survei yang terbuka.
survey-mydata-named = • Jawaban Anda untuk survei “{ $title }”:
survey-mydata-skipped = (dilewati)
survey-mydata-anonymous = • Jawaban yang Anda berikan pada survei anonim disimpan tanpa nama atau ID apa pun: saya tidak bisa tahu mana yang milik Anda, jadi saya tidak bisa menampilkan atau menghapusnya.
survey-report-title = Survei
survey-report-line = { $title }: { $people } orang menjawab
survey-tpl-feedback-title = Setelah pertemuan
survey-tpl-feedback-about = masukan langsung setelah pertemuan (5 pertanyaan)
survey-tpl-feedback-intro = Beberapa pertanyaan tentang pertemuan ini, agar pertemuan berikutnya lebih baik.
survey-tpl-feedback-useful = Secara keseluruhan, seberapa bermanfaat pertemuan ini bagi Anda?
survey-tpl-feedback-best = Apa yang paling membantu Anda?
survey-tpl-feedback-best-sessions = Sesi-sesinya
survey-tpl-feedback-best-people = Bertemu orang-orang
survey-tpl-feedback-best-practice = Praktik langsung
survey-tpl-feedback-best-materials = Materinya
survey-tpl-feedback-again = Apakah Anda akan datang lagi ke pertemuan seperti ini?
survey-tpl-feedback-why-not = Mengapa tidak?
survey-tpl-feedback-change = Apa yang perlu kami ubah lain kali?
survey-tpl-followup-title = 30 hari kemudian
survey-tpl-followup-about = sebulan kemudian: apa yang dipakai, apa yang menghambat (5 pertanyaan)
survey-tpl-followup-intro = Sudah sebulan berlalu. Apa yang sudah Anda pakai dari yang Anda pelajari?
survey-tpl-followup-used = Apa yang sudah Anda pakai sejak itu?
survey-tpl-followup-used-skills = Keterampilan yang saya pelajari
survey-tpl-followup-used-tools = Alat yang saya temukan
survey-tpl-followup-used-contacts = Orang yang saya temui
survey-tpl-followup-used-nothing = Belum ada
survey-tpl-followup-blocked = Apakah ada yang menghambat Anda?
survey-tpl-followup-what-blocked = Apa yang menghambat Anda?
survey-tpl-followup-recommend = Seberapa besar kemungkinan Anda merekomendasikan kohort ini kepada teman?
survey-tpl-followup-else = Ada hal lain yang ingin Anda sampaikan?
survey-tpl-self-assessment-title = Penilaian diri
survey-tpl-self-assessment-about = tingkat keyakinan 1 sampai 5 untuk setiap tema kohort; jalankan sebelum dan sesudah
survey-tpl-self-assessment-intro = Seberapa yakin Anda? 1 berarti sama sekali tidak, 5 berarti sangat yakin.
survey-tpl-self-question = Seberapa yakin Anda tentang:

## Laporan dan ekspor (src/features/reports, dan bagian laporan setiap fitur)

cmd-report-summary = grafik perjalanan kohort, dikirim kepada Anda secara pribadi; “group”: ringkasan untuk semua orang
cmd-report-usage = /report [group|web|web revoke|threshold 8] [--since 2027-01-01] [--what members|checkins|pairing|gatherings|surveys]
cmd-export-summary = angka di balik /report dalam bentuk berkas: CSV untuk spreadsheet, JSON, atau halaman Meta-Wiki
cmd-export-usage = /export [csv|json|wikitext] [--since 2027-01-01] [--what members|checkins|pairing|gatherings|surveys]
report-nothing = Belum ada yang bisa ditampilkan untuk { $cohort } sejak { $since }.
report-header = <b>{ $cohort }</b>: laporan dari { $since } sampai { $until }
report-group-header = <b>Kabar { $cohort }</b> (sejak { $since })
report-no-images = Obrolan ini tidak bisa menampilkan gambar, jadi berikut angkanya saja.
report-group-posted = Saya sudah memasang ringkasannya di grup { $cohort }.
report-error-since = “--since” memerlukan tanggal seperti 2027-01-01; “{ $value }” bukan tanggal.
report-error-since-future = “--since { $value }” ada di masa depan: belum ada yang bisa dilaporkan.
report-error-what = “--what” menerima satu atau lebih dari: { $allowed }. “{ $value }” tidak termasuk.
report-error-word = Saya tidak mengenal “{ $word }” di sini. Coba /report, /report group, atau /help report.
report-error-no-group = Saya tidak bisa lagi menjangkau grup kohort ini, jadi saya tidak bisa memasang di sana.
export-error-format = Saya bisa mengekspor sebagai { $allowed }; “{ $value }” tidak termasuk.
export-sent = { $count ->
   *[other] Ini ekspor { $format } Anda: { $count } berkas.
}
export-inline = Obrolan ini tidak bisa menerima berkas, jadi berikut teks setiap berkas untuk disalin.
report-few = kurang dari 5
report-members-title = Anggota dari waktu ke waktu
report-series-joined = Bergabung
report-series-left = Keluar
report-series-members = Di kohort
report-members-now = Sekarang: { $active } aktif, { $paused } sedang jeda, { $left } sudah keluar.
report-members-period = Sejak { $since }: { $joined } bergabung, { $left } keluar.
report-axis-month = Bulan
report-axis-week = Minggu
report-axis-people = Orang
report-col-status = Status saat ini
report-col-people = Orang
report-col-answered = Menjawab
report-col-expected = Ditanya
report-col-date = Tanggal
report-checkins-title = Check-in: siapa yang menjawab
report-axis-checkin = Tanggal check-in
report-axis-rate = Menjawab (%)
report-checkins-total = { $count } check-in: { $answered } jawaban dari { $expected } yang ditanya ({ $rate }%).
report-checkins-line = { $date }: { $answered } dari { $expected } menjawab ({ $rate }%)
report-checkins-hidden = { $date }: kurang dari { $k } orang ditanya, tidak ditampilkan
report-checkins-count = { $count } check-in telah berlangsung.
report-mentorships-title = Pendampingan
report-axis-mentorships = Pendampingan
report-mentorship-status = { $status ->
    [all] diminta
    [accepted] diterima
    [active] masih berjalan
    [declined] ditolak
    [timed_out] tanpa jawaban
   *[asked] menunggu
}
report-mentorships-line = { $asked } diminta: { $accepted } diterima ({ $active } masih berjalan), { $declined } ditolak, { $timedOut } tanpa jawaban, { $waiting } menunggu.
report-mentorships-group = { $active } pendampingan sedang berjalan.
report-peers-title = Putaran rekan: apakah Anda sudah bertemu?
report-axis-round = Putaran
report-peer-answer = { $answer ->
    [yes] sudah bertemu
    [not-yet] belum
    [no] tidak bertemu
   *[none] tanpa jawaban
}
report-peers-line = Putaran ke-{ $number } ({ $date }): { $yes } dari { $people } sudah bertemu ({ $rate }%), { $notYet } belum, { $no } tidak, { $silent } tidak menjawab.
report-peers-hidden = Putaran ke-{ $number } ({ $date }): kurang dari { $k } orang, tidak ditampilkan

## Bantuan /start, tanda kutip di dalam teks berkutip
cmd-start-summary = mulai mengobrol dengan saya secara pribadi (tautan bergabung atau tautan menjawab akan membukanya untuk Anda)
error-quote-inside = Tanda { $quote } di dalam teks berkutip mengakhiri teks itu terlalu cepat. Tulis sebagai \{ $quote } atau gunakan tanda kutip lain (“…” atau «…») di sekitar teks.
keyword-duration-minutes = menit
keyword-duration-hours = jam
keyword-duration-days = hari
keyword-duration-weeks = minggu, pekan

## w4-checkins
checkin-next-after-skip = { $next } ({ $skipped } dilewati)
checkin-error-duplicate = Jadwal #{ $id } sudah memakai ritme ini: jadwal kedua akan memposting setiap check-in dan ringkasan dua kali. Pilih waktu lain, atau lihat /checkin list.
checkin-error-already-open = Check-in jadwal #{ $id } sudah dibuka sampai { $closes }: jawaban masuk ke sana.
checkin-stats-open = Sedang dibuka: jadwal #{ $id }, sejauh ini { $answered } dari { $total } menjawab; ditutup { $closes }.
cohort-error-create-right = Hanya admin obrolan ini (atau koordinator kohortnya) yang bisa membuat kohort di sini.
cohort-timezone-not-given = { $source ->
    [yours] Zona waktu: { $timezone } (milik Anda; tidak ada yang diberikan).
   *[default] Zona waktu: { $timezone } (bawaan; tidak ada yang diberikan).
} Check-in mengikutinya. Ubah dengan /cohort edit --timezone Wilayah/Kota.
checkin-digest-coordinators-kept = Jawaban yang dibagikan disimpan untuk koordinator: mereka membacanya secara pribadi dengan /checkin digest.
checkin-digest-coordinators-start = { $names }: saya belum bisa menulis kepada Anda secara pribadi, jadi ringkasan Anda menunggu. Buka obrolan pribadi dengan saya dan kirim /checkin digest.
cmd-checkin-digest-summary = check-in terakhir seperti yang dibaca koordinator: siapa yang ikut dan jawaban yang dibagikan (dikirim secara pribadi)
cmd-checkin-digest-usage = /checkin digest
checkin-answer-updated = Jawaban Anda untuk pertanyaan { $n } sudah diperbarui.
timezone-cleared = Zona waktu Anda dihapus; waktu ditampilkan dalam { $timezone } (sekarang { $now }).
## w4-network
cmd-network-summary = jaringan kohort: menghubungkan kohort, berbagi pembelajaran, melihatnya berdampingan
cmd-network-usage = /network [list|create|invite|join|leave|hub|settings|report|announce]
cmd-network-list-summary = jaringan tempat kohort ini bergabung
cmd-network-list-usage = /network list
cmd-network-create-summary = memulai jaringan dengan kohort ini; Anda koordinatornya
cmd-network-create-usage = /network create "Nama"
cmd-network-invite-summary = kode sekali pakai untuk satu kohort lagi (dikirim secara pribadi)
cmd-network-invite-usage = /network invite ["Jaringan"]
cmd-network-join-summary = kohort ini bergabung ke jaringan dengan kode (hanya koordinatornya)
cmd-network-join-usage = /network join KODE
cmd-network-leave-summary = kohort ini keluar dari jaringan
cmd-network-leave-usage = /network leave ["Jaringan"]
cmd-network-hub-summary = jadikan obrolan ini pusat jaringan, tempat ringkasannya tiba
cmd-network-hub-usage = /network hub ["Jaringan"]
cmd-network-settings-summary = apakah kiriman kohort ini menunggu persetujuan koordinator
cmd-network-settings-usage = /network settings [--approval on|off] [--announcements on|off] ["Jaringan"]
cmd-network-report-summary = kohort-kohort jaringan berdampingan (dikirim secara pribadi)
cmd-network-report-usage = /network report ["Jaringan"]
cmd-share-summary = tawarkan salah satu refleksi, jawaban check-in, atau komitmen Anda ke jaringan kohort Anda
cmd-share-usage = /share [withdraw]
cmd-share-list-summary = pilih sesuatu untuk dibagikan
cmd-share-list-usage = /share
cmd-share-withdraw-summary = tarik kembali sesuatu sebelum dikirim
cmd-share-withdraw-usage = /share withdraw
field-network-name = nama jaringan
network-created = Jaringan “{ $name }” dibuat bersama { $cohort }. Anda koordinatornya. Undang kohort lain dengan <code>/network invite</code>.
network-invite-code = Kode sekali pakai untuk “{ $name }”: <code>{ $code }</code>. Berlaku sampai { $until }, untuk satu kohort. Koordinatornya mengetik <code>/network join { $code }</code> di grup kohort itu.
network-joined = { $cohort } bergabung ke “{ $name }”. Jumlah kohort di jaringan sekarang: { $count }.
network-left = { $cohort } keluar dari “{ $name }”. Kiriman kohort ini yang belum terkirim tidak akan dikirim.
network-list-none = { $cohort } tidak ada di jaringan mana pun. Koordinator bisa memulai dengan <code>/network create "Nama"</code> atau bergabung dengan kode.
network-list-title = Jaringan { $cohort }:
network-list-line = • “{ $name }”: { $cohorts }; persetujuan { $approval ->
    [on] aktif
   *[off] nonaktif
}; pusat { $hub ->
    [yes] terhubung
   *[no] belum terhubung
}
network-approval-set = Kiriman { $cohort } ke “{ $name }” { $approval ->
    [on] kini menunggu persetujuan koordinator.
   *[off] kini dikirim tanpa persetujuan.
}
network-error-none = Kohort ini tidak ada di jaringan mana pun.
network-error-which = Sebutkan jaringannya: { $names }.
network-error-unknown-name = Tidak ada jaringan bernama “{ $name }” di sini. Jaringan: { $names }.
network-error-not-network-coordinator = Hanya koordinator jaringan yang bisa melakukan ini, dan Anda tidak mengoordinasi jaringan apa pun.
network-error-too-many = Satu kohort paling banyak berada di { $max } jaringan.
network-error-code-unknown = Kode ini tidak dikenal. Minta kode baru ke koordinator jaringan.
network-error-code-used = Kode ini sudah dipakai. Setiap kode hanya untuk satu kohort; minta yang baru.
network-error-code-expired = Kode ini sudah kedaluwarsa. Minta kode baru ke koordinator jaringan.
network-error-already-in = { $cohort } sudah ada di “{ $name }”. Kodenya tidak terpakai.
network-error-approval-value = Tulis <code>--approval on</code> atau <code>--approval off</code>.
network-hub-attached = Obrolan ini sekarang pusat “{ $name }”: ringkasan mingguan pembelajaran yang dibagikan di jaringan akan tiba di sini.
network-hub-error-cannot-post = Saya tidak bisa mengirim pesan di obrolan itu, jadi obrolan itu tidak menjadi pusat “{ $name }”. Izinkan saya mengirim pesan di sana lalu coba lagi.
network-digest-title = Dari jaringan “{ $name }”: yang dipilih anggotanya untuk dibagikan ({ $count })
network-digest-language = <b>Dalam { $language }</b>
network-digest-item = • { $text } ({ $cohort })
network-digest-item-named = • { $text } ({ $cohort }, { $author })
network-share-title = Apa yang ingin Anda tawarkan ke jaringan kohort Anda? Tidak ada yang dikirim tanpa pilihan Anda.
network-share-item = { $n }. { $kind ->
    [reflection] Refleksi
    [checkin] Jawaban check-in
   *[commitment] Komitmen
} ({ $cohort }): { $text }
network-share-button = Bagikan { $n }
network-share-outcome = { $text } — { $status ->
    [done] selesai
    [partly] sebagian selesai
    [not-yet] belum
   *[let-go] dilepas
}
network-share-confirm = Anda menawarkan ini ke { $networks }:
    { $text }
    Apakah ringkasan menampilkan nama Anda?
network-share-with-name = Bagikan dengan nama saya
network-share-without-name = Bagikan tanpa nama saya
network-share-cancel = Batal
network-share-cancelled = Tidak ada yang dibagikan.
network-share-done = Dibagikan ke { $networks }. Akan dikirim di ringkasan berikutnya; sampai saat itu <code>/share withdraw</code> menariknya kembali.
network-share-pending = Ditawarkan ke { $networks }. Koordinator kohort Anda menyetujuinya dulu; <code>/share withdraw</code> menariknya kembali.
network-share-error-no-network = Tidak ada kohort Anda yang berada di jaringan, jadi tidak ada tujuan berbagi.
network-share-error-nothing = Anda belum punya refleksi, jawaban check-in, atau hasil komitmen untuk dibagikan.
network-share-error-gone = Itu bukan lagi milik Anda untuk dibagikan (atau sudah tidak ada).
network-share-error-already = Anda sudah menawarkan ini ke jaringan-jaringan tersebut.
network-approve-ask = Seorang anggota { $cohort } ingin membagikan ini ke jaringan “{ $network }”:
    { $text }
network-approve-yes = Setujui
network-approve-no = Tolak
network-approve-done = Disetujui: akan dikirim di ringkasan berikutnya.
network-decline-done = Ditolak: tidak akan dikirim.
network-approve-already = Koordinator lain sudah memutuskan, atau penulisnya menariknya kembali.
network-approve-not-coordinator = Hanya koordinator kohort itu yang bisa memutuskan.
network-withdraw-item = { $n }. { $text }
network-withdraw-button = Tarik { $n }
network-report-title = “{ $name }”, 30 hari terakhir (kohort: { $count })
network-report-line = • { $cohort }: { $members } anggota, { $active } menjawab check-in, { $checkins ->
    [yes] tingkat jawaban { $rate }%
   *[no] tanpa check-in
}
network-report-line-small = • { $cohort }: kurang dari 5 anggota, tidak ditampilkan
network-report-error-one = “{ $name }” baru punya satu kohort: belum ada yang bisa dibandingkan. Undang kohort lain dengan <code>/network invite</code>.
mydata-network-shares = Yang Anda bagikan ke jaringan ({ $count }):
mydata-network-share = • “{ $network }” ({ $status ->
    [pending] menunggu persetujuan
    [approved] menunggu ringkasan
    [declined] ditolak
    [withdrawn] ditarik
   *[sent] terkirim
}, { $named ->
    [yes] dengan nama Anda
   *[no] tanpa nama Anda
}): { $text }
mydata-network-coordinator = Anda mengoordinasi jaringan { $names }.
cmd-network-announce-summary = umumkan pesan ke grup setiap kohort di jaringan
cmd-network-announce-usage = /network announce TEKS [--network "Jaringan"]
field-announcement = pengumuman
network-error-announcements-value = Tulis <code>--announcements on</code> atau <code>--announcements off</code>.
network-announcements-set = Pengumuman jaringan { $announcements ->
    [on] kini sampai ke { $cohort }.
   *[off] tidak lagi sampai ke { $cohort }.
} (“{ $name }”)
network-announcement = <b>Dari jaringan “{ $name }”</b>
    { $text }
network-announce-sent = Pengumuman “{ $name }” diantrekan untuk grup kohort: { $sent }; tidak dikirim (menolak atau tak terjangkau): { $skipped }.
## w4-surveys
survey-k-too-few = Kurang dari { $k } jawaban: tidak ditampilkan.
survey-k-too-few-people = Kurang dari { $k } orang menjawab: tidak ada yang ditampilkan, agar tidak ada yang bisa dikenali.
survey-k-change-too-few = { $question }: kurang dari { $k } jawaban, tidak ditampilkan
survey-k-few = kurang dari { $k }
survey-error-audience-to = Saya tidak bisa mengirim ke “{ $value }”. Gunakan --to cohort, --to gathering:NOMOR atau --to role:mentor (atau role:member, role:coordinator).
survey-error-no-gathering = Tidak ada pertemuan { $id } di kohort ini.
survey-error-nobody = Tidak ada anggota aktif yang cocok dengan “{ $value }”: tidak ada yang dikirim.
survey-chart-before = sebelum
survey-chart-after = sesudah
survey-chart-change-title = Penilaian diri, sebelum dan sesudah
survey-chart-means-title = Skala survei: jawaban rata-rata
survey-chart-theme = Tema
survey-chart-question = Pertanyaan
survey-chart-mean = Rata-rata
survey-error-format = “{ $value }” bukan format: gunakan --format json atau --format text.
survey-error-export-text = Survei ini punya teks dalam beberapa bahasa atau teks pembuka: hanya bisa diekspor sebagai JSON.
survey-exported = Survei { $number }, untuk ditempel ke /survey import:
survey-exported-file = Survei { $number } ada di berkas di atas; tempel isinya ke /survey import.
button-survey-delete = Hapus
survey-delete-confirm = Hapus survei { $number } “{ $title }” beserta { $answers } jawabannya? Ini tidak bisa dibatalkan.
survey-delete-cancelled = Tidak ada yang dihapus.
survey-deleted = Survei { $number } “{ $title }” dan jawabannya sudah dihapus.
survey-error-summary-too-few = Kurang dari { $k } orang menjawab: tidak ada yang diposting ke grup.
survey-summary-title = <b>Hasil survei: { $title }</b> ({ $n } jawaban)
survey-summary-posted = Ringkasan survei { $number } sudah diposting di grup (tanpa jawaban tertulis, hanya hasil dari cukup banyak orang).
survey-poll-anonymous-note = Anonim: bot menghitung jawaban tanpa menyimpan siapa yang memberikannya. Satu jawaban per orang.
survey-poll-counted = Dihitung, secara anonim.
survey-new-title-ask = Survei baru. Apa judulnya? (balas, sampai { $max } karakter; “cancel” untuk berhenti)
survey-new-menu = <b>{ $title }</b>: { $count } pertanyaan, { $anonymous ->
    [yes] anonim
   *[no] bernama
}. Selanjutnya?
button-survey-new-add = Tambah pertanyaan
button-survey-new-anonymous = Jadikan anonim
button-survey-new-named = Jadikan bernama
button-survey-new-preview = Pratinjau
button-survey-new-save = Simpan
survey-new-type-ask = Jenis pertanyaan apa?
button-survey-type-single = Satu pilihan
button-survey-type-multi = Beberapa pilihan
button-survey-type-scale5 = Skala 1–5
button-survey-type-scale10 = Skala 0–10
button-survey-type-yesno = Ya / tidak
button-survey-type-text = Jawaban tertulis
survey-new-text-ask = Pertanyaan { $n }: tuliskan (balas, sampai { $max } karakter).
survey-new-options-ask = Tulis pilihannya, satu per baris atau dipisah dengan |, dari 2 sampai { $max }.
survey-new-required-ask = Apakah wajib dijawab?
button-survey-new-required = Wajib
button-survey-new-optional = Opsional
survey-new-condition-ask = Selalu ditanyakan, atau hanya setelah jawaban tertentu? Untuk syarat, balas seperti q2=no (pertanyaan 2 dijawab “tidak”).
button-survey-new-always = Selalu
survey-new-added = Pertanyaan { $n } ditambahkan.
survey-new-no-questions = Belum ada pertanyaan.
survey-new-cancelled = Survei baru dibatalkan; tidak ada yang disimpan.
survey-new-error-full = Satu survei paling banyak { $max } pertanyaan.
survey-new-error-text = Tulis 1 sampai { $max } karakter.
survey-new-error-options = Berikan 2 sampai { $max } pilihan, masing-masing paling panjang { $len } karakter.
survey-new-error-condition = Tulis syaratnya sebagai qN=jawaban, N adalah pertanyaan sebelumnya (1 sampai { $max }).
survey-new-error-empty = Tambahkan setidaknya satu pertanyaan sebelum menyimpan.
cmd-survey-new-summary = menulis survei langkah demi langkah, secara pribadi (pertanyaan, jenis, pilihan, syarat, pratinjau)
cmd-survey-new-usage = /survey new
cmd-survey-import-summary = membuat survei dari JSON yang ditempel atau format teks singkat (docs/surveys.md)
cmd-survey-import-usage = /survey import [--anonymous] + JSON atau Judul + satu pertanyaan per baris
cmd-survey-export-summary = definisi survei, untuk disimpan atau diimpor di tempat lain (dikirim secara pribadi)
cmd-survey-export-usage = /survey export ID [--format json|text]
cmd-survey-delete-summary = menghapus survei beserta jawabannya (bertanya dulu)
cmd-survey-delete-usage = /survey delete ID
cmd-survey-poll-summary = satu pertanyaan sebagai jajak pendapat di grup
cmd-survey-poll-usage = /survey poll "Pertanyaan?" "A" "B" [--anonymous] [--deadline 2d]
cmd-survey-threshold-summary = nama lama /cohort edit --smallest-group: berapa orang yang dibutuhkan di balik sebuah hasil agar ditampilkan (3 atau lebih; bawaan 5)
cmd-survey-threshold-usage = /survey threshold [ANGKA]
## w4-gatherings
cmd-gathering-ics-summary = berkas kalender sebuah pertemuan, dikirim ke Anda secara pribadi
cmd-gathering-ics-usage = /gathering ics NOMOR
cmd-gathering-feed-summary = tautan langganan kalender kohort (secara pribadi); reset membuat yang baru dan menonaktifkan yang lama
cmd-gathering-feed-usage = /gathering feed [reset]
cmd-gathering-code-summary = atur kode ruangan yang diperlukan untuk “Saya hadir” (ditunjukkan kepada Anda secara pribadi)
cmd-gathering-code-usage = /gathering code NOMOR [kode|-]
cmd-gathering-settings-summary = kapan pengingat dikirim dan kapan tindak lanjut bertanya
cmd-gathering-settings-usage = /gathering settings [--reminders 7d,1d,1h] [--steps 1,7,30,90]
gathering-settings = Pengingat sebelum pertemuan: { $reminders }. Tindak lanjut, dalam hari setelahnya: { $steps } (yang pertama menanyakan apa yang akan dicoba).
gathering-settings-saved = Tersimpan. Pengingat sebelum pertemuan: { $reminders }. Tindak lanjut, dalam hari setelahnya: { $steps }.
gathering-settings-error-reminders = “{ $value }” bukan daftar pengingat: tulis hingga { $max } waktu sebelum mulai, seperti 7d,1d,1h (dari 15m sampai 60d), atau - untuk tanpa pengingat.
gathering-settings-error-steps = “{ $value }” bukan urutan tindak lanjut: tulis 2 sampai { $max } hari setelah pertemuan, makin besar, seperti 1,7,30,90.
gathering-reminder-in = Dalam { $span }: { $answer ->
    [maybe] (Anda menjawab mungkin)
   *[going] (Anda menjawab akan datang)
}
gathering-commit-ask-days = Terima kasih sudah datang ke “{ $title }” ({ $cohort }). Apa yang akan Anda coba dalam beberapa minggu ke depan? Tulis satu sampai tiga hal, masing-masing dengan /commit, misalnya: <code>/commit mengadakan edit-a-thon pertama --by 2027-05-01</code>. Hanya Anda yang membacanya, kecuali Anda menambahkan --visibility mentor atau coordinators. Saya akan bertanya perkembangannya { $days } hari setelah pertemuan.
gathering-followup-target = Target Anda: { $date }.
commit-error-bad-date = “{ $value }” bukan tanggal: tulis seperti 2027-04-30.
commit-error-date-past = { $value } sudah lewat: berikan hari mulai hari ini.
commit-error-date-too-far = { $value } lebih dari setahun lagi: pilih langkah yang lebih dekat.
commit-saved-target = Sasaran: { $date }.
commitment-target = (paling lambat { $date })
commitment-status-word = { $status ->
    [done] selesai
    [partly] sebagian selesai
    [not-yet] belum
    [let-go] dilepaskan
   *[open] terbuka
}
commitment-visibility-word = { $visibility ->
    [mentor] Anda dan mentor Anda
    [coordinators] Anda dan para koordinator
   *[me] hanya Anda
}
gathering-answer-word = { $answer ->
    [going] datang
    [maybe] mungkin
    [no] tidak datang
   *[waitlist] di daftar tunggu
}
gathering-present-word = { $present ->
    [yes] ya
   *[no] tidak
}
commitment-answer-not-yet-peer = Dicatat: belum. Ada yang menghambat? { $peer } juga menekuni “{ $topic }”: dengan satu tekan saya sampaikan apa yang ingin Anda coba dan memintanya menghubungi Anda.
button-commitment-ask-peer = Minta bantuan { $peer }
commitment-help-to-peer = { $mentee } ({ $cohort }) tersendat pada hal yang ingin dicobanya setelah sebuah pertemuan: “{ $text }”. Kalian berdua menekuni “{ $topic }”: bisakah Anda menghubunginya?
gathering-ics-join = Bergabung daring: { $url }
gathering-ics-caption = “{ $title }” untuk kalender Anda
gathering-ics-sent = Saya mengirim “{ $title }” untuk kalender Anda secara pribadi.
gathering-ics-unreachable = Saya tidak bisa mengirim berkas kepada Anda secara pribadi: buka obrolan pribadi dengan saya (kirim /start di sana) lalu coba lagi.
gathering-feed = Kalender kohort: berlangganan <code>{ $webcal }</code> (atau { $https }) di aplikasi kalender Anda. Pertemuan, perubahan, dan pembatalan muncul di sana dengan sendirinya. Bagikan hanya kepada anggota: siapa pun yang punya tautannya bisa membaca pertemuan. /gathering feed reset membuat tautan baru dan menonaktifkan yang ini.
gathering-feed-reset = Tautan kalender baru: <code>{ $webcal }</code> (atau { $https }). Tautan lama tidak berlaku lagi; yang sudah berlangganan perlu tautan baru.
gathering-feed-no-url = Bot belum punya alamat publik (PUBLIC_URL), jadi saya tidak bisa memberi tautan kalender. Tanyakan kepada pengelola; sementara itu /gathering ics NOMOR mengirim satu pertemuan sebagai berkas.
gathering-code-error-format = “{ $value }” tidak bisa menjadi kode ruangan: 3 sampai 12 huruf atau angka.
gathering-code-set = Kode ruangan untuk #{ $number } “{ $title }”: <b>{ $code }</b>. Umumkan di ruangan; peserta menandai kehadiran dengan /here { $code } (sebaiknya secara pribadi dengan saya). /gathering code { $number } - menghapusnya.
gathering-code-cleared = “Saya hadir” untuk #{ $number } “{ $title }” tidak lagi memerlukan kode.
gathering-here-needs-code = Pertemuan ini punya kode ruangan yang diumumkan di tempat: kirim /here { $number } KODE (sebaiknya secara pribadi dengan saya).
gathering-error-wrong-code = Itu bukan kode ruangan. Periksa dengan penyelenggara di tempat.
## w4-pairing
pair-confirmed-requests = Mentor yang ditanya: { $mentors }. Permintaan terkirim: { $requests }. Setiap mentor punya { $hours } jam untuk menjawab; tanpa jawaban, orang tersebut ditawarkan ke mentor terbaik berikutnya.
pair-by-hand-in-group = Memasangkan dua orang secara manual dilakukan di grup kohort: kirim /pair @mentor @mentee di sana.
pair-mine-no-cohort = Anda belum ada di kohort mana pun. Bergabunglah di grupnya dengan /join.
pair-mine-cohort = <b>{ $name }</b>
pair-intro-time-one-zone = • { $when } ({ $zone })
pair-intro-reach = Tulis langsung ke { $other }: ketuk namanya.
pair-intro-times-both = Beberapa waktu untuk bertemu, dalam jam bangun kalian berdua:
pair-ended-unpaired = { $person }, seorang koordinator mengakhiri bimbingan Anda dengan { $other } di { $name }.
pair-ended-left = { $person }, { $other } keluar dari { $name }, jadi bimbingan kalian berakhir.
pair-ended-away = { $person }, { $other } sedang tidak aktif di { $name } untuk sementara, jadi bimbingan kalian berakhir.
pair-ended-next-mentor = Saya sedang menanyakan mentor terbaik berikutnya untuk Anda; Anda akan diberi tahu saat ada yang menerima.
mydata-someone-who-left = seseorang yang sudah keluar
pair-reason-language-unknown = bahasa tidak disebutkan
person-pick = Ada lebih dari satu anggota bernama “{ $who }”. Siapa yang Anda maksud?
pair-ask-open-private = <a href="{ $link }">Buka obrolan pribadi dengan saya</a> agar permintaan seperti ini sampai kepada Anda di sana.
pair-ended-you-left = { $person }, Anda keluar dari { $name }, jadi bimbingan Anda dengan { $other } berakhir.
pair-ended-you-away = { $person }, Anda tidak aktif di { $name } untuk sementara, jadi bimbingan Anda dengan { $other } berakhir; ia akan ditawari mentor lain.
## w4-reports
cmd-audit-summary = siapa melakukan apa di kohort (peran, pasangan, ekspor, survei), dikirim ke Anda secara pribadi
cmd-audit-usage = /audit [--since 2027-01-01]
audit-empty = Belum ada apa pun di log audit { $cohort }.
audit-header = <b>Log audit { $cohort }</b>: { $count } entri terakhir, yang terbaru dulu (hanya id dan pengaturan).
audit-error-word = /audit hanya menerima --since 2027-01-01; saya tidak mengenal "{ $word }" di sini.
report-web-not-set-up = Halaman laporan belum disiapkan di bot ini: operator mengatur PUBLIC_URL (docs/configuration.md).
report-web-link = Halaman laporan pribadi Anda untuk { $cohort } (berlaku { $hours } jam). Jangan diteruskan: siapa pun yang memegang tautan dapat membaca halaman sampai kedaluwarsa. /report web revoke menghentikan semua tautan.
report-web-revoked = Semua tautan halaman laporan { $cohort } yang sudah diberikan kini tidak berlaku lagi.
report-web-title = Laporan: { $cohort }
report-web-downloads = Unduhan
report-web-audit = Log audit
report-web-audit-when = Kapan
report-web-audit-who = Siapa
report-web-audit-action = Tindakan
report-web-audit-details = Rincian
report-web-expires = Tautan ini berlaku sampai { $at }.
network-hub-error-not-admin = Hanya admin obrolan ini yang bisa menjadikannya pusat jaringan.
## lead: nudge fallback
checkin-nudge-group = { $person }, saya punya pertanyaan untuk Anda tentang kohort ini. Saya tidak bisa menulis kepada Anda lebih dulu: buka { $link } dan tekan Mulai untuk membacanya.
checkin-nudge-group-private = { $person }, saya punya pertanyaan untuk Anda tentang kohort ini. Tulis kepada saya secara pribadi untuk membacanya.
## w5-gatherings
gathering-code-error-digits = “{ $value }” hanya berisi angka, dan /here akan membacanya sebagai nomor pertemuan. Pilih kode ruangan dengan setidaknya satu huruf, atau kirim /gathering code { $number } dan saya buatkan satu.
## w5-nethub
network-offer-ask = Tawarkan ini ke jaringan { $networks }? { $kind ->
    [reflection] Refleksi Anda
    [checkin] Jawaban check-in Anda
   *[commitment] Bagaimana komitmen Anda berjalan
}:
    { $text }
    Tidak ada yang dikirim kecuali Anda memilihnya di sini (atau nanti dengan <code>/share</code>).
network-offer-no = Jangan yang ini
network-digest-theme-language = <b>{ $themes } · dalam { $language }</b>
network-report-gatherings = { "  " }pertemuan: { $gatherings }, komitmen: { $commitments }, selesai: { $done }, sebagian: { $partly } ({ $rate }% selesai)
network-report-chart-title = “{ $name }”: tanggapan check-in dan tindak lanjut yang selesai per kohort
network-report-axis-response = Tanggapan check-in
network-report-axis-followups = Tindak lanjut selesai
cmd-network-export-summary = angka jaringan sebagai berkas, dari ekspor tiap kohort (dikirim secara pribadi)
cmd-network-export-usage = /network export [csv|json|wikitext] ["Jaringan"]
network-hub-channel-code = Untuk menjadikan kanal Telegram sebagai pusat “{ $name }”: tambahkan saya ke kanal sebagai admin yang boleh memposting, lalu posting ini di sana dalam satu jam:
    <code>/network hub { $code }</code>
    Saya akan mengonfirmasi di kanal, menghapus postingan itu, dan memberi tahu Anda di sini. Untuk grup atau ruang Matrix, jalankan <code>/network hub</code> di dalamnya.
network-hub-channel-done = Kanal { $channel } sekarang menjadi pusat “{ $name }”.
network-hub-channel-bad-code = Kode pusat ini tidak dikenal, sudah dipakai, atau kedaluwarsa. Koordinator jaringan bisa mendapat kode baru dengan mengirim <code>/network hub</code> kepada saya secara pribadi.
network-space-created = Saya membuat ruang Matrix “{ $name }” dan mengundang Anda; ruang kohort di dalamnya: { $count }. Ruang kohort yang bergabung atau keluar dari jaringan akan ditambahkan atau dikeluarkan.
network-space-synced = Ruang “{ $name }” sudah selaras lagi; ruang kohort di dalamnya: { $count }.
network-space-error-platform = Space adalah fitur Matrix: jalankan ini di Matrix. Di Telegram, gunakan grup atau kanal sebagai pusat (<code>/network hub</code>).
cmd-network-space-summary = space Matrix berisi ruang-ruang kohort jaringan, selalu selaras
cmd-network-space-usage = /network space ["Jaringan"]
## w5-surveys
button-survey-back = « Kembali
survey-back-first = Ini pertanyaan pertama: tidak ada jawaban sebelumnya untuk diubah.
survey-dm-your-answer = Jawaban Anda sejauh ini: { $answer }
survey-back-none = Tidak ada pertanyaan survei yang menunggu Anda. /surveys menampilkan survei Anda yang masih terbuka.
survey-dm-back-hint = Untuk mengubah jawaban sebelumnya, ketik “kembali”.
smallest-group-is = Kelompok terkecil yang ditampilkan kohort ini adalah { $count } orang: hasil survei, serta laporan dan ringkasan di luar tampilan pribadi koordinator, tidak menampilkan jumlah, persentase, atau rata-rata dari lebih sedikit orang.
smallest-group-set = Mulai sekarang, jumlah, persentase, dan rata-rata perlu sedikitnya { $count } orang di baliknya agar ditampilkan (survei, laporan, ringkasan).
smallest-group-moved = Kini ini satu pengaturan kohort untuk survei, laporan, dan setiap hitungan: /cohort edit --smallest-group ANGKA (3 sampai 100; bawaan 5).
smallest-group-error = Kelompok terkecil yang ditampilkan adalah bilangan bulat dari { $min } sampai { $max }; “{ $value }” bukan.
cohort-card-smallest-group = Kelompok terkecil yang ditampilkan: { $count } orang (hitungan yang lebih kecil tidak ditampilkan).
survey-status-word = { $status ->
    [draft] belum dikirim
    [closed] ditutup
   *[open] terbuka
}
## w5-netmatch
cmd-network-meet-summary = bertemu seseorang dari kohort lain di jaringan (ya atau tidak; dijawab secara pribadi)
cmd-network-meet-usage = /network meet [on|off] ["Jaringan"]
cmd-network-round-summary = memperkenalkan anggota yang mendaftar kepada seseorang dari kohort lain (koordinator jaringan)
cmd-network-round-usage = /network round [every 2w|off] ["Jaringan"]
network-meet-status-title = Bertemu orang dari kohort lain:
network-meet-status-line = • “{ $network }” (melalui { $cohort }): { $state ->
    [on] ya
   *[off] tidak
  }
network-meet-explain = Saat koordinator jaringan memulai satu putaran, Anda diperkenalkan secara pribadi kepada seseorang dari kohort lain, sebisa mungkin dengan bahasa dan tema yang sama. Orang itu melihat nama Anda, kohort Anda, dan cara menghubungi Anda (@username Telegram atau ID Matrix Anda); Anda melihat miliknya.
network-meet-button-on = Ya, perkenalkan saya
network-meet-button-off = Tidak, berhenti
network-meet-on = Anda akan diperkenalkan kepada seseorang dari kohort lain di { $networks }. Orang itu akan melihat nama Anda, kohort Anda, dan cara menghubungi Anda. <code>/network meet off</code> menghentikannya.
network-meet-off = Anda tidak akan diperkenalkan lagi kepada siapa pun di { $networks }.
network-meet-off-already = Anda memang tidak terdaftar untuk bertemu orang di sana.
network-meet-error-paused = Anda sedang rehat di kohort itu: kembali dulu, lalu daftar.
network-meet-error-no-network = Tidak ada kohort Anda di sini yang tergabung dalam jaringan.
network-round-error-one = “{ $name }” hanya punya satu kohort: belum ada orang dari kohort lain untuk ditemui.
network-round-error-few = Kurang dari dua anggota “{ $name }” mendaftar dengan <code>/network meet on</code>, jadi tidak ada putaran.
network-round-done = Putaran { $number } “{ $name }”: { $groups } perkenalan untuk { $people } orang. Tidak mendapat pasangan kali ini: { $unplaced }. Kelompok berisi dua orang dari kohort yang sama (tidak ada yang lain yang cocok): { $same }. Tidak dapat dihubungi secara pribadi: { $unreached }.
network-meet-intro = { $person }, di jaringan “{ $network }” Anda bertemu { $group ->
    [pair] seseorang
   *[triad] dua orang
  } dari kohort lain:
network-meet-intro-other = • { $name } ({ $cohort })
network-meet-intro-other-elsewhere = • { $name } ({ $cohort }), di { $platform }: { $reach }
network-meet-intro-other-writes = • { $name } ({ $cohort }), di { $platform }: dia memegang kontak Anda dan akan menulis lebih dulu.
network-meet-intro-common = Kesamaan: { $common }.
network-meet-common-languages = kalian berbicara { $languages }
network-meet-common-topics = tertarik pada { $topics }
network-meet-common-none = tidak ada bahasa atau tema yang diisi; sapa saja dan lihat
network-meet-intro-next = Saling menulislah dan sepakati waktunya: satu panggilan atau beberapa pesan sudah cukup.
network-meet-nobody = { $person }, di putaran ini tidak ada orang dari kohort lain di “{ $network }” yang cocok dengan Anda. Anda tetap terdaftar untuk putaran berikutnya.
mydata-network-meet = Jaringan tempat Anda bertemu orang dari kohort lain ({ $count }):
mydata-network-meet-on = • “{ $network }”, melalui { $cohort }, sejak { $since }
mydata-network-meet-round = • “{ $network }”, putaran { $number } ({ $when }): Anda bertemu { $others }
## w5-reports2
report-chart-too-few = Grafik: belum ada yang bisa ditampilkan. Grafik muncul setelah mencakup { $min } orang atau lebih.
export-file-too-large = { $file } tidak dikirim: ukurannya { $size } MB, melebihi batas obrolan ini ({ $limit } MB). Unduh dari halaman laporan Anda: /report web

## w5-gqa
gathering-report-people = Jawaban dan kehadiran tiap orang:
gathering-ics-hint = Untuk kalender Anda: /gathering ics { $number }
button-gathering-keep = Tidak, tetap adakan
gathering-kept = Tidak ada yang berubah: “{ $title }” tetap berlangsung.
report-gathering-line-let-go = No. { $number } { $title }: { $going } akan hadir, { $present } datang; { $commitments } komitmen: { $done } selesai, { $partly } sebagian, { $letgo } dilepaskan, { $open } terbuka

## w5-spolish
# Words that take a survey question back to the previous one when typed (English is accepted too).
keyword-back = kembali, mundur
survey-closed-unfinished = Survei “{ $title }” ditutup sebelum Anda selesai, jadi jawaban ini tidak disimpan.
survey-error-json-type = Pertanyaan { $n }: “{ $type }” bukan jenis pertanyaan. Gunakan single, multi, scale5, scale10, yesno, atau text.
survey-error-too-many-options = Pertanyaan { $n } punya terlalu banyak pilihan (paling banyak { $max }).
survey-error-question-too-long = Pertanyaan { $n }: teksnya atau salah satu pilihannya terlalu panjang (paling banyak { $max } karakter).
survey-error-title-too-long = Judul, teks pembuka, atau teks terima kasih terlalu panjang (paling banyak { $max } karakter).
survey-error-send-poll = Survei { $number } adalah jajak cepat di grup: dijawab di sana, tidak dikirim secara pribadi. /survey results { $number } menampilkan hasilnya.

## w6-netment
network-report-mentorships = { "  " }pendampingan: { $active } berjalan; diminta: { $asked }, diterima: { $accepted }

## w3-net-web
cmd-network-page-summary = tautan ke halaman web berisi yang dibagikan di jaringan (dikirim secara pribadi; revoke mematikan semua tautan)
cmd-network-page-usage = /network page [revoke] ["Jaringan"]
network-page-link = Halaman web berisi yang dibagikan di “{ $name }” (berlaku { $hours } jam). Halaman ini menampilkan apa yang dipilih anggota untuk dibagikan, dengan nama hanya jika mereka setuju; siapa pun yang punya tautannya dapat membacanya sampai kedaluwarsa. <code>/network page revoke</code> mematikan semua tautan.
network-page-revoked = Semua tautan ke halaman “{ $name }” yang sudah diberikan tidak berfungsi lagi. <code>/network page</code> memberi tautan baru.
network-page-not-set-up = Halaman jaringan belum disiapkan di bot ini: operator mengatur PUBLIC_URL (docs/configuration.md).
network-page-title = Dibagikan di jaringan “{ $name }”
network-page-intro = Pembelajaran yang dipilih anggota dari { $cohorts } kohortnya untuk dibagikan, menurut tema dan bahasa. Item yang ditarik penulisnya tidak ada lagi di sini.
network-page-nothing = Belum ada yang dibagikan.
network-page-expires = Tautan ini berlaku sampai { $at }.
network-page-refused-title = Tautan ini tidak berfungsi
network-page-refused = Tautan ini kedaluwarsa, dicabut, diubah, atau milik halaman lain. Koordinator jaringan mendapat tautan baru dengan /network page.
network-withdraw-title-any = Item yang Anda bagikan. Menarik satu item membuatnya tidak masuk ringkasan berikutnya dan menghapusnya dari halaman jaringan (ringkasan yang sudah terkirim tetap ada):
network-withdraw-done-any = Ditarik: tidak akan dikirim lagi dan sudah tidak ada di halaman jaringan.
network-withdraw-none-any = Anda tidak punya item yang dibagikan untuk ditarik.
mydata-network-page = Item yang disetujui, sudah dikirim atau belum, juga ada di halaman web setiap jaringan, bagi siapa pun yang punya tautannya, sampai Anda menariknya (<code>/share withdraw</code>).
network-round-rhythm-usage = Sebutkan seberapa sering: <code>/network round every 2w</code> (1 sampai 12 minggu) atau <code>/network round off</code>.
network-round-rhythm-weeks = Putaran berlangsung setiap 1 sampai { $max } minggu, mis. <code>/network round every 2w</code>.
network-round-rhythm-set = Putaran antarkohort “{ $name }” kini berlangsung sendiri setiap { $weeks } minggu; yang pertama pada { $next }. <code>/network round off</code> menghentikannya.
network-round-rhythm-off = Putaran antarkohort “{ $name }” tidak lagi berlangsung sendiri; <code>/network round</code> tetap dapat memulainya.
network-round-rhythm-skipped = Tidak ada putaran antarkohort “{ $name }” kali ini: perlu dua kohort dan sedikitnya dua anggota yang mendaftar dengan <code>/network meet on</code>.
network-round-rhythm-note = Putaran ini berlangsung sendiri (setiap { $weeks } minggu); berikutnya pada { $next }.
## w3-net-e2e
network-meet-intro-you-write = Anda tidak punya nama pengguna publik di { $platform }, jadi { $name } tidak bisa menghubungi Anda: silakan Anda menulis lebih dulu.
## w3-edges-pair
pair-ended-group = { $person }, bimbingan Anda di { $name } telah berakhir.
pair-open-private = <a href="{ $link }">Buka obrolan pribadi dengan saya</a> agar kabar seperti ini sampai kepada Anda di sana.
## w3-edges-tg
timezone-every-cohort = Zona waktu Anda sama di setiap kohort: --cohort tidak mengubahnya untuk satu kohort saja.
