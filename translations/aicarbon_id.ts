<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>AssumptionText</name>
    <message>
        <source>Catalog data version</source>
        <translation>Versi data katalog</translation>
    </message>
    <message>
        <source>Model preset</source>
        <translation>Preset model</translation>
    </message>
    <message>
        <source>FLOPs per parameter per token</source>
        <translation>FLOPs per parameter per token</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Active parameters (per token)</source>
        <translation>Parameter aktif (per token)</translation>
    </message>
    <message>
        <source>Training compute</source>
        <translation>Komputasi pelatihan</translation>
    </message>
    <message>
        <source>Training compute (k·N·D)</source>
        <translation>Komputasi pelatihan (k·N·D)</translation>
    </message>
    <message>
        <source>Training tokens</source>
        <translation>Token pelatihan</translation>
    </message>
    <message>
        <source>Training tokens (dataset × epochs)</source>
        <translation>Token pelatihan (dataset × epoch)</translation>
    </message>
    <message>
        <source>Training tokens (steps × batch × sequence length)</source>
        <translation>Token pelatihan (langkah × batch × panjang sekuens)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Jumlah perangkat</translation>
    </message>
    <message>
        <source>Device-hours (accounting mode)</source>
        <translation>Jam-perangkat (mode akuntansi)</translation>
    </message>
    <message>
        <source>Wall-clock hours (accounting mode)</source>
        <translation>Durasi dalam jam (mode akuntansi)</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Presisi</translation>
    </message>
    <message>
        <source>Dense peak per device</source>
        <translation>Puncak padat per perangkat</translation>
    </message>
    <message>
        <source>Model FLOPs utilization</source>
        <translation>Utilisasi FLOPs model</translation>
    </message>
    <message>
        <source>Implied MFU (from the runtime)</source>
        <translation>MFU tersirat (dari durasi)</translation>
    </message>
    <message>
        <source>Average power per device (measured)</source>
        <translation>Daya rata-rata per perangkat (terukur)</translation>
    </message>
    <message>
        <source>Average power per device (idle + u·(TDP − idle))</source>
        <translation>Daya rata-rata per perangkat (idle + u·(TDP − idle))</translation>
    </message>
    <message>
        <source>Host power per device</source>
        <translation>Daya host per perangkat</translation>
    </message>
    <message>
        <source>TDP per device</source>
        <translation>TDP per perangkat</translation>
    </message>
    <message>
        <source>Power utilization</source>
        <translation>Utilisasi daya</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Cloud region</source>
        <translation>Wilayah cloud</translation>
    </message>
    <message>
        <source>Grid carbon intensity</source>
        <translation>Intensitas karbon jaringan listrik</translation>
    </message>
    <message>
        <source>Grid carbon intensity, %1 %2 (%3)</source>
        <translation>Intensitas karbon jaringan listrik, %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Carbon-free energy (market-based)</source>
        <translation>Energi bebas karbon (berbasis pasar)</translation>
    </message>
    <message>
        <source>Carbon-free energy (provider CFE%)</source>
        <translation>Energi bebas karbon (CFE% penyedia)</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>PUE (global default)</source>
        <translation>PUE (bawaan global)</translation>
    </message>
    <message>
        <source>PUE (%1)</source>
        <translation>PUE (%1)</translation>
    </message>
    <message>
        <source>PUE (%1 fleet)</source>
        <translation>PUE (armada %1)</translation>
    </message>
    <message>
        <source>Search compute (in full runs)</source>
        <translation>Komputasi pencarian (dalam satuan pelatihan penuh)</translation>
    </message>
    <message>
        <source>Development multiplier</source>
        <translation>Pengali pengembangan</translation>
    </message>
    <message>
        <source>Embodied emissions per device</source>
        <translation>Emisi terkandung per perangkat</translation>
    </message>
    <message>
        <source>Device lifetime</source>
        <translation>Masa pakai perangkat</translation>
    </message>
    <message>
        <source>Price per device-hour</source>
        <translation>Harga per jam-perangkat</translation>
    </message>
    <message>
        <source>Carbon price per tonne</source>
        <translation>Harga karbon per ton</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>%1: invalid JSON at byte %2: %3</source>
        <translation>%1: JSON tidak valid pada byte %2: %3</translation>
    </message>
    <message>
        <source>%1: not an aicarbon recovery file (version %2)</source>
        <translation>%1: bukan berkas pemulihan aicarbon (versi %2)</translation>
    </message>
    <message>
        <source>%1: the recovered work is not a project</source>
        <translation>%1: pekerjaan yang dipulihkan bukan sebuah proyek</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Final run</source>
        <translation>Pelatihan akhir</translation>
    </message>
    <message>
        <source>Hyperparameter search</source>
        <translation>Pencarian hiperparameter</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Pengembangan</translation>
    </message>
    <message>
        <source>Embodied (hardware)</source>
        <translation>Emisi terkandung (perangkat keras)</translation>
    </message>
    <message>
        <source>h</source>
        <translation>jam</translation>
    </message>
    <message>
        <source>days</source>
        <translation>hari</translation>
    </message>
    <message>
        <source>Export Figure…</source>
        <translation>Ekspor Gambar…</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Edit %1</source>
        <translation>Ubah %1</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Hapus skenario</translation>
    </message>
    <message>
        <source>Move scenario</source>
        <translation>Pindahkan skenario</translation>
    </message>
    <message>
        <source>Set baseline</source>
        <translation>Tetapkan acuan</translation>
    </message>
    <message>
        <source>Rename project</source>
        <translation>Ganti nama proyek</translation>
    </message>
    <message>
        <source>Add scenario</source>
        <translation>Tambah skenario</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (salinan)</translation>
    </message>
    <message>
        <source>Duplicate scenario</source>
        <translation>Duplikasi skenario</translation>
    </message>
</context>
<context>
    <name>ComparisonTable</name>
    <message>
        <source>Scenario %1</source>
        <translation>Skenario %1</translation>
    </message>
    <message>
        <source>Training compute</source>
        <translation>Komputasi pelatihan</translation>
    </message>
    <message>
        <source>Device-hours (final run)</source>
        <translation>Jam-perangkat (pelatihan akhir)</translation>
    </message>
    <message>
        <source>Wall-clock time (final run)</source>
        <translation>Durasi (pelatihan akhir)</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <source>IT energy</source>
        <translation>Energi TI</translation>
    </message>
    <message>
        <source>Facility energy</source>
        <translation>Energi fasilitas</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Grid carbon intensity</source>
        <translation>Intensitas karbon jaringan listrik</translation>
    </message>
    <message>
        <source>Operational CO₂e (location-based)</source>
        <translation>CO₂e operasional (berbasis lokasi)</translation>
    </message>
    <message>
        <source>    of which search</source>
        <translation>    termasuk pencarian</translation>
    </message>
    <message>
        <source>    of which development</source>
        <translation>    termasuk pengembangan</translation>
    </message>
    <message>
        <source>Market-based CO₂e</source>
        <translation>CO₂e berbasis pasar</translation>
    </message>
    <message>
        <source>Embodied CO₂e</source>
        <translation>CO₂e terkandung</translation>
    </message>
    <message>
        <source>Total CO₂e</source>
        <translation>Total CO₂e</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
</context>
<context>
    <name>DiagnosticText</name>
    <message>
        <source>%1 must be positive; found %2.</source>
        <translation>%1 harus positif, bukan %2.</translation>
    </message>
    <message>
        <source>%1 must be zero or positive; found %2.</source>
        <translation>%1 harus nol atau positif, bukan %2.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3; found %4.</source>
        <translation>%1 harus antara %2 dan %3, bukan %4.</translation>
    </message>
    <message>
        <source>%1 must be above %2 and at most %3; found %4.</source>
        <translation>%1 harus di atas %2 dan maksimal %3, bukan %4.</translation>
    </message>
    <message>
        <source>%1 must be at most %2; found %3.</source>
        <translation>%1 harus maksimal %2, bukan %3.</translation>
    </message>
    <message>
        <source>%1 must be at least %2; found %3.</source>
        <translation>%1 harus minimal %2, bukan %3.</translation>
    </message>
    <message>
        <source>%1 must be greater than %2; found %3.</source>
        <translation>%1 harus lebih besar dari %2, bukan %3.</translation>
    </message>
    <message>
        <source>%1 is needed by this search method.</source>
        <translation>%1 diperlukan oleh metode pencarian ini.</translation>
    </message>
    <message>
        <source>%1: the number is too large to represent.</source>
        <translation>%1: angkanya terlalu besar untuk direpresentasikan.</translation>
    </message>
    <message>
        <source>%1 must be a whole number; found %2.</source>
        <translation>%1 harus berupa bilangan bulat, bukan %2.</translation>
    </message>
    <message>
        <source>%1 must be one of %2; found “%3”.</source>
        <translation>%1 harus salah satu dari %2, bukan “%3”.</translation>
    </message>
    <message>
        <source>The low end %1 must not exceed the value %2.</source>
        <translation>Batas bawah %1 tidak boleh melebihi nilai %2.</translation>
    </message>
    <message>
        <source>The high end %1 must not be below the value %2.</source>
        <translation>Batas atas %1 tidak boleh di bawah nilai %2.</translation>
    </message>
    <message>
        <source>A lognormal range needs a low end above zero; found %1.</source>
        <translation>Rentang lognormal memerlukan batas bawah di atas nol, bukan %1.</translation>
    </message>
    <message>
        <source>%1 must be a number; found %2.</source>
        <translation>%1 harus berupa angka, bukan %2.</translation>
    </message>
    <message>
        <source>%1 must be a text; found %2.</source>
        <translation>%1 harus berupa teks, bukan %2.</translation>
    </message>
    <message>
        <source>%1 must be true or false; found %2.</source>
        <translation>%1 harus bernilai true atau false, bukan %2.</translation>
    </message>
    <message>
        <source>%1 must be an object; found %2.</source>
        <translation>%1 harus berupa objek, bukan %2.</translation>
    </message>
    <message>
        <source>%1 must be a list; found %2.</source>
        <translation>%1 harus berupa daftar, bukan %2.</translation>
    </message>
    <message>
        <source>Each scenario must be an object; found %1.</source>
        <translation>Setiap skenario harus berupa objek, bukan %1.</translation>
    </message>
    <message>
        <source>%1: a range needs a central value.</source>
        <translation>%1: rentang memerlukan nilai tengah.</translation>
    </message>
    <message>
        <source>%1: a range needs both a low and a high end.</source>
        <translation>%1: rentang memerlukan batas bawah dan batas atas.</translation>
    </message>
    <message>
        <source>Successive halving needs the number of configurations.</source>
        <translation>Successive halving memerlukan jumlah konfigurasi.</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 tidak boleh kosong.</translation>
    </message>
    <message>
        <source>This is not an AI Carbon Planner file: its format is “%1”.</source>
        <translation>Ini bukan berkas AI Carbon Planner: formatnya “%1”.</translation>
    </message>
    <message>
        <source>This is not an AI Carbon Planner file: it names no format.</source>
        <translation>Ini bukan berkas AI Carbon Planner: berkas ini tidak menyebutkan format.</translation>
    </message>
    <message>
        <source>The file does not give its format version (expected %1).</source>
        <translation>Berkas tidak menyebutkan versi formatnya (seharusnya %1).</translation>
    </message>
    <message>
        <source>Unknown format version %2; expected %1.</source>
        <translation>Versi format %2 tidak dikenal; seharusnya %1.</translation>
    </message>
    <message>
        <source>The file must hold a JSON object at the top level; found %1.</source>
        <translation>Berkas harus berisi objek JSON pada tingkat teratas, bukan %1.</translation>
    </message>
    <message>
        <source>A project needs a list of scenarios.</source>
        <translation>Proyek memerlukan daftar skenario.</translation>
    </message>
    <message>
        <source>This file uses format version %1, written by a newer AI Carbon Planner; this version reads version %2. Please update the application.</source>
        <translation>Berkas ini memakai format versi %1, yang ditulis oleh AI Carbon Planner yang lebih baru; versi ini membaca versi %2. Silakan perbarui aplikasi.</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>Berkas ini bukan JSON yang valid.</translation>
    </message>
    <message>
        <source>The file holds a number too large to represent.</source>
        <translation>Berkas berisi angka yang terlalu besar untuk direpresentasikan.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Berkas tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Unknown key “%1” is ignored.</source>
        <translation>Kunci “%1” tidak dikenal dan diabaikan.</translation>
    </message>
    <message>
        <source>Unknown model “%1”.</source>
        <translation>Model “%1” tidak dikenal.</translation>
    </message>
    <message>
        <source>Unknown model “%1”. Did you mean %2?</source>
        <translation>Model “%1” tidak dikenal. Apakah maksud Anda %2?</translation>
    </message>
    <message>
        <source>Unknown device “%1”.</source>
        <translation>Perangkat “%1” tidak dikenal.</translation>
    </message>
    <message>
        <source>Unknown device “%1”. Did you mean %2?</source>
        <translation>Perangkat “%1” tidak dikenal. Apakah maksud Anda %2?</translation>
    </message>
    <message>
        <source>Unknown region “%1”.</source>
        <translation>Wilayah “%1” tidak dikenal.</translation>
    </message>
    <message>
        <source>Unknown region “%1”. Did you mean %2?</source>
        <translation>Wilayah “%1” tidak dikenal. Apakah maksud Anda %2?</translation>
    </message>
    <message>
        <source>The device count must be a whole number; found %1.</source>
        <translation>Jumlah perangkat harus berupa bilangan bulat, bukan %1.</translation>
    </message>
    <message>
        <source>Steps, batch size and sequence length must be given together (tokens = steps × batch size × sequence length).</source>
        <translation>Langkah, ukuran batch, dan panjang sekuens harus diisi bersama-sama (token = langkah × ukuran batch × panjang sekuens).</translation>
    </message>
    <message>
        <source>Wall-clock hours × device count differ from the device-hours by more than %1; the device-hours are used.</source>
        <translation>Durasi (jam) × jumlah perangkat berbeda dari jam-perangkat lebih dari %1; yang dipakai adalah jam-perangkat.</translation>
    </message>
    <message>
        <source>A peak of %1 TFLOP/s is about twice the dense figure of %2 TFLOP/s: it looks like a sparsity figure; use the dense peak.</source>
        <translation>Puncak %1 TFLOP/s kira-kira dua kali angka padat %2 TFLOP/s: tampaknya ini angka dengan sparsitas; gunakan puncak padat.</translation>
    </message>
    <message>
        <source>An MFU of %1 is above %2; published large runs reach %3–%4.</source>
        <translation>MFU sebesar %1 berada di atas %2; pelatihan besar yang dipublikasikan mencapai %3–%4.</translation>
    </message>
    <message>
        <source>The MFU is not used when the runtime is given; it is reported as implied.</source>
        <translation>MFU tidak dipakai bila durasi diisi; MFU dilaporkan sebagai nilai tersirat.</translation>
    </message>
    <message>
        <source>Cannot determine the training compute: give the training FLOPs, the parameters with the tokens (or a model preset), or the runtime.</source>
        <translation>Komputasi pelatihan tidak dapat ditentukan: isi FLOPs pelatihan, parameter beserta token (atau preset model), atau durasi.</translation>
    </message>
    <message>
        <source>No dense peak is known for this device at this precision: enter the peak TFLOP/s or choose another precision.</source>
        <translation>Puncak padat perangkat ini pada presisi ini tidak diketahui: masukkan puncak dalam TFLOP/s atau pilih presisi lain.</translation>
    </message>
    <message>
        <source>An average power of %1 W is above the TDP of %2 W (fine if it includes the host).</source>
        <translation>Daya rata-rata %1 W berada di atas TDP %2 W (wajar jika sudah termasuk host).</translation>
    </message>
    <message>
        <source>No TDP is known for this device: enter the average power or the TDP.</source>
        <translation>TDP perangkat ini tidak diketahui: masukkan daya rata-rata atau TDP.</translation>
    </message>
    <message>
        <source>No grid carbon intensity is known for region %1: choose another year or source, or enter the carbon intensity.</source>
        <translation>Intensitas karbon jaringan listrik untuk wilayah %1 tidak diketahui: pilih tahun atau sumber lain, atau masukkan intensitas karbonnya.</translation>
    </message>
    <message>
        <source>No grid carbon intensity is known for region %1 in %2: choose another year or source, or enter the carbon intensity.</source>
        <translation>Intensitas karbon jaringan listrik untuk wilayah %1 pada tahun %2 tidak diketahui: pilih tahun atau sumber lain, atau masukkan intensitas karbonnya.</translation>
    </message>
    <message>
        <source>No grid carbon intensity is known for region %1 from source %2: choose another year or source, or enter the carbon intensity.</source>
        <translation>Intensitas karbon jaringan listrik untuk wilayah %1 dari sumber %2 tidak diketahui: pilih tahun atau sumber lain, atau masukkan intensitas karbonnya.</translation>
    </message>
    <message>
        <source>No grid carbon intensity is known for region %1 in %2 from source %3: choose another year or source, or enter the carbon intensity.</source>
        <translation>Intensitas karbon jaringan listrik untuk wilayah %1 pada tahun %2 dari sumber %3 tidak diketahui: pilih tahun atau sumber lain, atau masukkan intensitas karbonnya.</translation>
    </message>
    <message>
        <source>Give a region or a carbon intensity.</source>
        <translation>Isi wilayah atau intensitas karbon.</translation>
    </message>
    <message>
        <source>A carbon intensity above %1 gCO2e/kWh is higher than any national grid.</source>
        <translation>Intensitas karbon di atas %1 gCO2e/kWh lebih tinggi daripada jaringan listrik nasional mana pun.</translation>
    </message>
    <message>
        <source>A PUE above %1 is unusual for a data centre today.</source>
        <translation>PUE di atas %1 tidak lazim untuk pusat data saat ini.</translation>
    </message>
    <message>
        <source>Trials are longer than the final run (fraction %1).</source>
        <translation>Percobaan lebih lama daripada pelatihan akhir (fraksi %1).</translation>
    </message>
    <message>
        <source>No embodied emissions are known for this device: enter them per device (left out until then).</source>
        <translation>Emisi terkandung perangkat ini tidak diketahui: masukkan nilainya per perangkat (tidak dihitung sampai saat itu).</translation>
    </message>
    <message>
        <source>The inputs are too large: a result is not a finite number.</source>
        <translation>Input terlalu besar: ada hasil yang bukan bilangan hingga.</translation>
    </message>
    <message>
        <source>The BF16 peak must not be below the FP32 peak.</source>
        <translation>Puncak BF16 tidak boleh di bawah puncak FP32.</translation>
    </message>
    <message>
        <source>%1: a range needs a numeric input with a value; it is ignored.</source>
        <translation>%1: rentang memerlukan input numerik yang memiliki nilai; rentang ini diabaikan.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Presisi</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Carbon intensity source</source>
        <translation>Sumber intensitas karbon</translation>
    </message>
    <message>
        <source>Search method</source>
        <translation>Metode pencarian</translation>
    </message>
    <message>
        <source>Grid size</source>
        <translation>Ukuran grid</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribusi</translation>
    </message>
    <message>
        <source>TDP (W)</source>
        <translation>TDP (W)</translation>
    </message>
    <message>
        <source>Idle power (W)</source>
        <translation>Daya idle (W)</translation>
    </message>
    <message>
        <source>Peak (TFLOP/s)</source>
        <translation>Puncak (TFLOP/s)</translation>
    </message>
    <message>
        <source>Carbon intensity (gCO2e/kWh)</source>
        <translation>Intensitas karbon (gCO2e/kWh)</translation>
    </message>
    <message>
        <source>Carbon-free energy fraction</source>
        <translation>Fraksi energi bebas karbon</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>angka %1</translation>
    </message>
    <message>
        <source>the text “%1”</source>
        <translation>teks “%1”</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>objek</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>daftar</translation>
    </message>
    <message>
        <source>nothing (null)</source>
        <translation>nilai kosong (null)</translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1, baris %2, kolom %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>file, JSON pointer</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <source>lb</source>
        <translation>lb</translation>
    </message>
    <message>
        <source>kt</source>
        <translation>kt</translation>
    </message>
    <message>
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>MWh</source>
        <translation>MWh</translation>
    </message>
    <message>
        <source>TWh</source>
        <translation>TWh</translation>
    </message>
    <message>
        <source>GWh</source>
        <translation>GWh</translation>
    </message>
    <message>
        <source>min</source>
        <translation>menit</translation>
    </message>
    <message>
        <source>h</source>
        <translation>jam</translation>
    </message>
    <message>
        <source>days</source>
        <translation>hari</translation>
    </message>
    <message>
        <source>years</source>
        <translation>tahun</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 menit</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 jam</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 hari</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 tahun</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>%1 × 10%2 FLOP</source>
        <translation>%1 × 10%2 FLOP</translation>
    </message>
    <message>
        <source>%1 g/kWh</source>
        <translation>%1 g/kWh</translation>
    </message>
</context>
<context>
    <name>EquivalentText</name>
    <message>
        <source>Car, average including fuel, over its lifetime</source>
        <translation>Mobil, rata-rata termasuk bahan bakar, selama masa pakainya</translation>
    </message>
    <message>
        <source>car lifetime</source>
        <translation>masa pakai mobil</translation>
    </message>
    <message>
        <source>Air travel, one passenger, New York–San Francisco round trip</source>
        <translation>Perjalanan udara, satu penumpang, pulang-pergi New York–San Francisco</translation>
    </message>
    <message>
        <source>passenger round trip</source>
        <translation>pulang-pergi penumpang</translation>
    </message>
    <message>
        <source>Human life, world average, one year</source>
        <translation>Kehidupan manusia, rata-rata dunia, satu tahun</translation>
    </message>
    <message>
        <source>person-year</source>
        <translation>orang-tahun</translation>
    </message>
    <message>
        <source>American life, average, one year</source>
        <translation>Kehidupan orang Amerika, rata-rata, satu tahun</translation>
    </message>
    <message>
        <source>Passenger car, typical US vehicle, per km</source>
        <translation>Mobil penumpang, kendaraan khas AS, per km</translation>
    </message>
    <message>
        <source>km driven</source>
        <translation>km dikendarai</translation>
    </message>
    <message>
        <source>Passenger car, European average, per km</source>
        <translation>Mobil penumpang, rata-rata Eropa, per km</translation>
    </message>
    <message>
        <source>Tree, CO2 sequestered in one month</source>
        <translation>Pohon, CO2 yang diserap dalam satu bulan</translation>
    </message>
    <message>
        <source>tree-month</source>
        <translation>pohon-bulan</translation>
    </message>
</context>
<context>
    <name>HowComputed</name>
    <message>
        <source>%1 W</source>
        <translation>%1 W</translation>
    </message>
    <message>
        <source>%1 g/kWh</source>
        <translation>%1 g/kWh</translation>
    </message>
    <message>
        <source>your input</source>
        <translation>input Anda</translation>
    </message>
    <message>
        <source>Training compute</source>
        <translation>Komputasi pelatihan</translation>
    </message>
    <message>
        <source>C = training FLOPs (given)</source>
        <translation>C = FLOPs pelatihan (diberikan)</translation>
    </message>
    <message>
        <source>C = %1</source>
        <translation>C = %1</translation>
    </message>
    <message>
        <source>C = k × N × D</source>
        <translation>C = k × N × D</translation>
    </message>
    <message>
        <source>C = %1 × %2 × %3 = %4</source>
        <translation>C = %1 × %2 × %3 = %4</translation>
    </message>
    <message>
        <source>Compute with the attention term (reported only)</source>
        <translation>Komputasi dengan suku atensi (hanya dilaporkan)</translation>
    </message>
    <message>
        <source>C′ = (k / 2) × (2 N′ + 2 L n_ctx d) × D, N′ = 12 L d²</source>
        <translation>C′ = (k / 2) × (2 N′ + 2 L n_ctx d) × D, N′ = 12 L d²</translation>
    </message>
    <message>
        <source>N′ = %1 non-embedding parameters; C′ = %2 (%3 against k × N × D)</source>
        <translation>N′ = %1 parameter non-embedding; C′ = %2 (%3 terhadap k × N × D)</translation>
    </message>
    <message>
        <source>%1 device-hours</source>
        <translation>%1 jam-perangkat</translation>
    </message>
    <message>
        <source>Device time (final run)</source>
        <translation>Waktu perangkat (pelatihan akhir)</translation>
    </message>
    <message>
        <source>device-hours = given (accounting mode)</source>
        <translation>jam-perangkat = diberikan (mode akuntansi)</translation>
    </message>
    <message>
        <source>T = %1</source>
        <translation>T = %1</translation>
    </message>
    <message>
        <source>T = C / (peak × MFU)</source>
        <translation>T = C / (puncak × MFU)</translation>
    </message>
    <message>
        <source>T = %1 FLOP / (%2 FLOP/s × %3) = %4 s = %5</source>
        <translation>T = %1 FLOP / (%2 FLOP/s × %3) = %4 s = %5</translation>
    </message>
    <message>
        <source>Implied MFU</source>
        <translation>MFU tersirat</translation>
    </message>
    <message>
        <source>MFU = C / (peak × device-seconds)</source>
        <translation>MFU = C / (puncak × detik-perangkat)</translation>
    </message>
    <message>
        <source>MFU = %1 FLOP / (%2 FLOP/s × %3 s) = %4</source>
        <translation>MFU = %1 FLOP / (%2 FLOP/s × %3 s) = %4</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <source>wall-clock = device-hours / devices</source>
        <translation>durasi = jam-perangkat / perangkat</translation>
    </message>
    <message>
        <source>%1 h / %2 = %3 h</source>
        <translation>%1 jam / %2 = %3 jam</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>perangkat</translation>
    </message>
    <message>
        <source>Power per device</source>
        <translation>Daya per perangkat</translation>
    </message>
    <message>
        <source>P = measured average + host</source>
        <translation>P = rata-rata terukur + host</translation>
    </message>
    <message>
        <source>P = %1 + %2 host</source>
        <translation>P = %1 + %2 host</translation>
    </message>
    <message>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <source>P = idle + u × (TDP − idle), plus host</source>
        <translation>P = idle + u × (TDP − idle), ditambah host</translation>
    </message>
    <message>
        <source>u = %1, TDP = %2 → P = %3; host %4</source>
        <translation>u = %1, TDP = %2 → P = %3; host %4</translation>
    </message>
    <message>
        <source>IT energy (final run)</source>
        <translation>Energi TI (pelatihan akhir)</translation>
    </message>
    <message>
        <source>E_IT = devices × hours × (device + host power)</source>
        <translation>E_IT = perangkat × jam × (daya perangkat + host)</translation>
    </message>
    <message>
        <source>%1 × %2 h × (%3 + %4) = %5</source>
        <translation>%1 × %2 jam × (%3 + %4) = %5</translation>
    </message>
    <message>
        <source>Facility energy (final run)</source>
        <translation>Energi fasilitas (pelatihan akhir)</translation>
    </message>
    <message>
        <source>E = E_IT × PUE</source>
        <translation>E = E_IT × PUE</translation>
    </message>
    <message>
        <source>%1 × %2 = %3</source>
        <translation>%1 × %2 = %3</translation>
    </message>
    <message>
        <source>Emissions (final run, location-based)</source>
        <translation>Emisi (pelatihan akhir, berbasis lokasi)</translation>
    </message>
    <message>
        <source>CO2e = E × intensity</source>
        <translation>CO2e = E × intensitas</translation>
    </message>
    <message>
        <source>Hyperparameter search</source>
        <translation>Pencarian hiperparameter</translation>
    </message>
    <message>
        <source>T_search = T × R (R = search compute in full runs, %1 trials)</source>
        <translation>T_search = T × R (R = komputasi pencarian dalam satuan pelatihan penuh, %1 percobaan)</translation>
    </message>
    <message>
        <source>%1 h × %2 = %3 h → %4 → %5</source>
        <translation>%1 jam × %2 = %3 jam → %4 → %5</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Pengembangan</translation>
    </message>
    <message>
        <source>T_dev = (T + T_search) × (m − 1)</source>
        <translation>T_dev = (T + T_search) × (m − 1)</translation>
    </message>
    <message>
        <source>(%1 h + %2 h) × (%3 − 1) = %4 h → %5 → %6</source>
        <translation>(%1 jam + %2 jam) × (%3 − 1) = %4 jam → %5 → %6</translation>
    </message>
    <message>
        <source>Operational emissions, all components</source>
        <translation>Emisi operasional, semua komponen</translation>
    </message>
    <message>
        <source>final run + search + development</source>
        <translation>pelatihan akhir + pencarian + pengembangan</translation>
    </message>
    <message>
        <source>%1 + %2 + %3 = %4 (%5, %6 device-hours)</source>
        <translation>%1 + %2 + %3 = %4 (%5, %6 jam-perangkat)</translation>
    </message>
    <message>
        <source>Market-based emissions</source>
        <translation>Emisi berbasis pasar</translation>
    </message>
    <message>
        <source>CO2e_market = CO2e × (1 − CFE)</source>
        <translation>CO2e_market = CO2e × (1 − CFE)</translation>
    </message>
    <message>
        <source>%1 × (1 − %2) = %3</source>
        <translation>%1 × (1 − %2) = %3</translation>
    </message>
    <message>
        <source>Embodied emissions</source>
        <translation>Emisi terkandung</translation>
    </message>
    <message>
        <source>%1 kg × %2 h / (%3 × %4 h) = %5</source>
        <translation>%1 kg × %2 jam / (%3 × %4 jam) = %5</translation>
    </message>
    <message>
        <source>per device</source>
        <translation>per perangkat</translation>
    </message>
    <message>
        <source>lifetime</source>
        <translation>masa pakai</translation>
    </message>
    <message>
        <source>Total emissions</source>
        <translation>Total emisi</translation>
    </message>
    <message>
        <source>total = location-based + embodied</source>
        <translation>total = berbasis lokasi + terkandung</translation>
    </message>
    <message>
        <source>%1 + %2 = %3</source>
        <translation>%1 + %2 = %3</translation>
    </message>
    <message>
        <source>price × device-hours</source>
        <translation>harga × jam-perangkat</translation>
    </message>
    <message>
        <source>%1 × %2 h</source>
        <translation>%1 × %2 jam</translation>
    </message>
    <message>
        <source>carbon price × tonnes CO2e</source>
        <translation>harga karbon × ton CO2e</translation>
    </message>
    <message>
        <source>%1 × %2 t</source>
        <translation>%1 × %2 t</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>price</source>
        <translation>harga</translation>
    </message>
    <message>
        <source>carbon price</source>
        <translation>harga karbon</translation>
    </message>
    <message>
        <source>methodology §%1</source>
        <translation>metodologi §%1</translation>
    </message>
    <message>
        <source>You entered the total work of the training run in floating-point operations, so it is used as given.</source>
        <translation>Anda memasukkan total kerja pelatihan dalam operasi titik mengambang, jadi nilai itu dipakai apa adanya.</translation>
    </message>
    <message>
        <source>Training costs about %1 floating-point operations for every parameter (N) and every training token (D).</source>
        <translation>Pelatihan memerlukan sekitar %1 operasi titik mengambang untuk setiap parameter (N) dan setiap token pelatihan (D).</translation>
    </message>
    <message>
        <source>Kaplan et al. %1, Table %2; not used for time or energy</source>
        <translation>Kaplan dkk. %1, Tabel %2; tidak dipakai untuk waktu atau energi</translation>
    </message>
    <message>
        <source>Counting the layers and the attention over the context separately refines the estimate; it is shown for comparison only.</source>
        <translation>Menghitung lapisan dan atensi atas konteks secara terpisah memperhalus estimasi; hasilnya hanya ditampilkan sebagai pembanding.</translation>
    </message>
    <message>
        <source>You entered the time the devices ran, so it is used as given.</source>
        <translation>Anda memasukkan lama perangkat berjalan, jadi nilai itu dipakai apa adanya.</translation>
    </message>
    <message>
        <source>The time is the work divided by the speed a chip really reaches: its peak speed times the fraction of it used (MFU).</source>
        <translation>Waktu adalah kerja dibagi kecepatan yang benar-benar dicapai chip: kecepatan puncaknya dikali fraksi yang terpakai (MFU).</translation>
    </message>
    <message>
        <source>Dividing the work by the time it took shows which fraction of the chips&apos; peak speed the run achieved.</source>
        <translation>Membagi kerja dengan waktu yang dibutuhkan menunjukkan berapa fraksi kecepatan puncak chip yang dicapai pelatihan.</translation>
    </message>
    <message>
        <source>; perfect scaling, no idle time (%1)</source>
        <translation>; penskalaan sempurna, tanpa waktu menganggur (%1)</translation>
    </message>
    <message>
        <source>Sharing the work among more devices shortens the calendar time, assuming they work perfectly in parallel.</source>
        <translation>Membagi kerja ke lebih banyak perangkat memperpendek waktu kalender, dengan asumsi semua perangkat bekerja paralel secara sempurna.</translation>
    </message>
    <message>
        <source>Your measured power of a device is used, plus its share of the host server&apos;s power.</source>
        <translation>Daya perangkat yang Anda ukur dipakai, ditambah porsinya dari daya server host.</translation>
    </message>
    <message>
        <source>A busy chip draws between its idle power and its rated maximum (TDP); the host server&apos;s CPUs, memory and network add their share.</source>
        <translation>Chip yang sibuk menarik daya antara daya idle dan daya maksimum nominalnya (TDP); CPU, memori, dan jaringan server host menambahkan porsinya.</translation>
    </message>
    <message>
        <source>Energy is power multiplied by time, added up over all devices.</source>
        <translation>Energi adalah daya dikali waktu, dijumlahkan untuk semua perangkat.</translation>
    </message>
    <message>
        <source>The data centre also spends energy on cooling and power supply; its PUE is the facility&apos;s energy divided by the computers&apos; energy.</source>
        <translation>Pusat data juga memakai energi untuk pendinginan dan catu daya; PUE-nya adalah energi fasilitas dibagi energi komputer.</translation>
    </message>
    <message>
        <source>Every kilowatt-hour taken from the local grid comes with the greenhouse gases emitted on average to generate it there.</source>
        <translation>Setiap kilowatt-jam yang diambil dari jaringan listrik setempat membawa gas rumah kaca yang rata-rata dipancarkan untuk membangkitkannya di sana.</translation>
    </message>
    <message>
        <source>Trying many settings before the final run repeats much of the training, so the search costs a multiple of one run.</source>
        <translation>Mencoba banyak pengaturan sebelum pelatihan akhir berarti mengulang sebagian besar pelatihan, sehingga pencarian memakan beberapa kali lipat biaya satu pelatihan.</translation>
    </message>
    <message>
        <source>Experiments, failed runs and debugging while the model is developed add a share on top of the runs themselves.</source>
        <translation>Eksperimen, pelatihan yang gagal, dan debugging selama model dikembangkan menambah porsi di atas pelatihan itu sendiri.</translation>
    </message>
    <message>
        <source>The electricity&apos;s emissions of the whole project add up the final run, the search and the development.</source>
        <translation>Emisi listrik seluruh proyek adalah jumlah dari pelatihan akhir, pencarian, dan pengembangan.</translation>
    </message>
    <message>
        <source>Market-based accounting counts the share of electricity bought from carbon-free sources as emitting nothing.</source>
        <translation>Akuntansi berbasis pasar menganggap porsi listrik yang dibeli dari sumber bebas karbon tidak menghasilkan emisi.</translation>
    </message>
    <message>
        <source>embodied = per-device CO2e × device-hours / (lifetime × %1 h)</source>
        <translation>terkandung = CO2e per perangkat × jam-perangkat / (masa pakai × %1 jam)</translation>
    </message>
    <message>
        <source>Making the hardware also emitted greenhouse gases; the run is charged its share of the hardware&apos;s lifetime.</source>
        <translation>Pembuatan perangkat keras juga memancarkan gas rumah kaca; pelatihan dibebani porsinya dari masa pakai perangkat keras.</translation>
    </message>
    <message>
        <source>methodology §%1, §%2</source>
        <translation>metodologi §%1, §%2</translation>
    </message>
    <message>
        <source>The footprint adds the emissions of the electricity used and the share of making the hardware.</source>
        <translation>Jejak karbon menjumlahkan emisi listrik yang dipakai dan porsi dari pembuatan perangkat keras.</translation>
    </message>
    <message>
        <source>The bill is the rented device time times its price, plus any price put on the carbon emitted.</source>
        <translation>Tagihannya adalah waktu perangkat yang disewa dikali harganya, ditambah harga yang dikenakan pada karbon yang dipancarkan, jika ada.</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>Lesson %1: %2</source>
        <translation>Pelajaran %1: %2</translation>
    </message>
    <message>
        <source>How much does training BERT cost?</source>
        <translation>Berapa biaya melatih BERT?</translation>
    </message>
    <message>
        <source>&lt;p&gt;BERT base, the language model Google published in 2018, can be trained on %1 V100 GPUs in %2 hours. Strubell et al. (2019, Table 3) put the power of the whole machine at %3 W, multiplied the energy by a data-centre PUE of %4 and the result by the US average of %5 lb CO2e per kWh: %6 kWh and %7 lb CO2e. The first scenario repeats exactly this calculation (accounting mode: the duration is known).&lt;/p&gt;&lt;p&gt;The second scenario plans the same training from the model alone: %8 million parameters × %9 billion tokens (%10 steps of %11 tokens, Devlin et al. 2019) × 6 FLOPs per parameter and token, on the same %1 V100 at the default utilisation (MFU) of %12%, each GPU at its rated power, the default PUE of %13 and the latest US grid intensity in the catalog.&lt;/p&gt;&lt;p&gt;How close is the plan to the published estimate? Which assumptions make the difference? The first scenario names the model too, so the tool shows the utilisation (MFU) its duration implies: compare it with the %12% the plan assumes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;BERT base, model bahasa yang dipublikasikan Google pada 2018, dapat dilatih pada %1 GPU V100 dalam %2 jam. Strubell dkk. (2019, Tabel 3) menetapkan daya seluruh mesin sebesar %3 W, mengalikan energinya dengan PUE pusat data sebesar %4, lalu mengalikan hasilnya dengan rata-rata AS sebesar %5 lb CO2e per kWh: %6 kWh dan %7 lb CO2e. Skenario pertama mengulang persis perhitungan ini (mode akuntansi: durasinya diketahui).&lt;/p&gt;&lt;p&gt;Skenario kedua merencanakan pelatihan yang sama hanya dari modelnya: %8 juta parameter × %9 miliar token (%10 langkah masing-masing %11 token, Devlin dkk. 2019) × 6 FLOPs per parameter dan token, pada %1 V100 yang sama dengan utilisasi (MFU) bawaan %12%, setiap GPU pada daya nominalnya, PUE bawaan %13, dan intensitas jaringan AS terbaru dalam katalog.&lt;/p&gt;&lt;p&gt;Seberapa dekat rencana ini dengan estimasi yang dipublikasikan? Asumsi mana yang membuat perbedaan? Skenario pertama juga menyebutkan modelnya, sehingga alat ini menampilkan utilisasi (MFU) yang tersirat dari durasinya: bandingkan dengan %12% yang diasumsikan rencana.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>BERT base, Strubell et al. 2019</source>
        <translation>BERT base, Strubell dkk. 2019</translation>
    </message>
    <message>
        <source>BERT base, planned from the model</source>
        <translation>BERT base, direncanakan dari model</translation>
    </message>
    <message>
        <source>Hyperparameter search multiplies the bill</source>
        <translation>Pencarian hiperparameter melipatgandakan tagihan</translation>
    </message>
    <message>
        <source>&lt;p&gt;A model is rarely trained only once. Strubell et al. (2019, Table 3) estimated one training run of the Transformer big model: %1 P100 GPUs for %2 hours, drawing %3 W, with a PUE of %4 and %5 lb CO2e per kWh. All four scenarios start from this run.&lt;/p&gt;&lt;p&gt;A hyperparameter search trains the model again for every setting it tries: %6 trials cost %6 times the run, %7 trials %7 times (each trial assumed as long as the final run). The neural architecture search of So et al. (2019), as Strubell et al. estimated it (Table 3), took %8 million training steps against %9 thousand for one run: the work of about %10 runs, %11 lb CO2e.&lt;/p&gt;&lt;p&gt;Open the chart of emissions by component: the search dwarfs the final run.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sebuah model jarang dilatih hanya sekali. Strubell dkk. (2019, Tabel 3) mengestimasi satu pelatihan model Transformer big: %1 GPU P100 selama %2 jam, dengan daya %3 W, PUE %4, dan %5 lb CO2e per kWh. Keempat skenario berangkat dari pelatihan ini.&lt;/p&gt;&lt;p&gt;Pencarian hiperparameter melatih ulang model untuk setiap pengaturan yang dicobanya: %6 percobaan memakan %6 kali biaya pelatihan, %7 percobaan %7 kali (setiap percobaan diasumsikan sama lamanya dengan pelatihan akhir). Pencarian arsitektur neural dari So dkk. (2019), sebagaimana diestimasi oleh Strubell dkk. (Tabel 3), memerlukan %8 juta langkah pelatihan, dibandingkan %9 ribu untuk satu pelatihan: setara dengan kerja sekitar %10 pelatihan, %11 lb CO2e.&lt;/p&gt;&lt;p&gt;Buka grafik emisi per komponen: pencarian jauh melampaui pelatihan akhir.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>One training run</source>
        <translation>Satu pelatihan</translation>
    </message>
    <message>
        <source>Search with %1 trials</source>
        <translation>Pencarian dengan %1 percobaan</translation>
    </message>
    <message>
        <source>Neural architecture search (Strubell et al. 2019)</source>
        <translation>Pencarian arsitektur neural (Strubell dkk. 2019)</translation>
    </message>
    <message>
        <source>Location matters</source>
        <translation>Lokasi itu penting</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same training run, GPT-3 XL (%1 billion parameters, %2 billion tokens, Brown et al. 2020) on %3 A100 GPUs, is placed on four electricity grids: Poland, the United States average, France and Québec. The energy is the same everywhere; only the carbon intensity of the grid changes (%5, from each region&apos;s main data source in the catalog, with the default PUE of %4).&lt;/p&gt;&lt;p&gt;Poland still makes much of its electricity from coal, France most of it in nuclear plants, Québec most of it from hydropower. Compare the emissions: moving the run changes them more than most technical optimisations do. France and Québec are close: in other years, or with another data source, France comes out lower.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pelatihan yang sama, GPT-3 XL (%1 miliar parameter, %2 miliar token, Brown dkk. 2020) pada %3 GPU A100, ditempatkan pada empat jaringan listrik: Polandia, rata-rata Amerika Serikat, Prancis, dan Québec. Energinya sama di mana pun; hanya intensitas karbon jaringan listriknya yang berubah (%5, dari sumber data utama setiap wilayah dalam katalog, dengan PUE bawaan %4).&lt;/p&gt;&lt;p&gt;Polandia masih membangkitkan sebagian besar listriknya dari batu bara, Prancis sebagian besar di pembangkit nuklir, Québec sebagian besar dari tenaga air. Bandingkan emisinya: memindahkan pelatihan mengubah emisi lebih besar daripada kebanyakan optimisasi teknis. Prancis dan Québec berdekatan: pada tahun lain, atau dengan sumber data lain, Prancis lebih rendah.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polandia</translation>
    </message>
    <message>
        <source>United States (average)</source>
        <translation>Amerika Serikat (rata-rata)</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Prancis</translation>
    </message>
    <message>
        <source>Québec</source>
        <translation>Québec</translation>
    </message>
    <message>
        <source>Bigger models</source>
        <translation>Model yang lebih besar</translation>
    </message>
    <message>
        <source>&lt;p&gt;GPT-2 (Radford et al. 2019) has %1 billion parameters; GPT-3 (Brown et al. 2020), a year later, has %2 billion. Both scenarios train on the same %3 billion tokens (GPT-3&apos;s; the GPT-2 paper does not state its number) on the same %4 A100 GPUs in the US, so the only difference is the size of the model.&lt;/p&gt;&lt;p&gt;Training compute grows with parameters × tokens: GPT-3 needs about %5 times the compute of GPT-2, and so %5 times the time, the energy and the emissions. In practice larger models are also trained on more tokens (Hoffmann et al. 2022 recommend growing both together), so real gaps are often larger still.&lt;/p&gt;</source>
        <translation>&lt;p&gt;GPT-2 (Radford dkk. 2019) memiliki %1 miliar parameter; GPT-3 (Brown dkk. 2020), setahun kemudian, memiliki %2 miliar. Kedua skenario dilatih dengan %3 miliar token yang sama (milik GPT-3; makalah GPT-2 tidak menyebutkan jumlahnya) pada %4 GPU A100 yang sama di AS, sehingga satu-satunya perbedaan adalah ukuran model.&lt;/p&gt;&lt;p&gt;Komputasi pelatihan tumbuh seiring parameter × token: GPT-3 memerlukan sekitar %5 kali komputasi GPT-2, sehingga juga %5 kali waktu, energi, dan emisinya. Dalam praktik, model yang lebih besar juga dilatih dengan lebih banyak token (Hoffmann dkk. 2022 menyarankan keduanya diperbesar bersama-sama), sehingga selisih nyata sering kali lebih besar lagi.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Hardware generations</source>
        <translation>Generasi perangkat keras</translation>
    </message>
    <message>
        <source>&lt;p&gt;Three generations of NVIDIA data-centre GPUs train the same model, GPT-3 XL (%1 billion parameters, %2 billion tokens), %3 GPUs each, in the US: the V100 (Volta) at fp16, the A100 (Ampere) and the H100 (Hopper) at bf16. Each newer chip draws more power, but it is so much faster that it finishes sooner and uses less energy for the same work. The Data tab lists each chip&apos;s peak and power.&lt;/p&gt;&lt;p&gt;Assumed: the same utilisation (MFU) of %4% on all three, and every GPU at its rated power. Real utilisation differs between generations and software.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tiga generasi GPU pusat data NVIDIA melatih model yang sama, GPT-3 XL (%1 miliar parameter, %2 miliar token), masing-masing dengan %3 GPU, di AS: V100 (Volta) pada fp16, A100 (Ampere) dan H100 (Hopper) pada bf16. Setiap chip yang lebih baru menarik daya lebih besar, tetapi jauh lebih cepat sehingga selesai lebih awal dan memakai energi lebih sedikit untuk kerja yang sama. Tab Data mencantumkan puncak dan daya setiap chip.&lt;/p&gt;&lt;p&gt;Asumsi: utilisasi (MFU) yang sama sebesar %4% pada ketiganya, dan setiap GPU pada daya nominalnya. Utilisasi nyata berbeda antargenerasi dan antarperangkat lunak.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Does a human learn with less?</source>
        <translation>Apakah manusia belajar dengan lebih sedikit?</translation>
    </message>
    <message>
        <source>&lt;p&gt;BERT base read a corpus of %1 billion words (books and English Wikipedia) about %2 times over: %3 steps × %4 sequences × %5 tokens (Devlin et al. 2019, §A.2), about %6 billion words in all.&lt;/p&gt;&lt;p&gt;How many words does a child hear? Hart and Risley (1995; 2003) recorded 42 families in Kansas one hour a month, from before the child&apos;s first birthday to age three, and extrapolated: by age four, a child in a professional family would have heard almost %7 million words, in a working-class family %8 million, in a family on welfare %9 million. These are extrapolations from a small sample; a later study that also counted other caregivers and the talk a child overhears (Sperry, Sperry and Miller 2019) did not find these gaps, and estimates vary widely.&lt;/p&gt;&lt;p&gt;Even against the highest figure, BERT was trained on about %10 times as many words as a four-year-old has heard. The second scenario trains the same model once on %7 million tokens (one token per word, as the BERT paper&apos;s own epoch count does). Yet a four-year-old talks and understands, while BERT fills in missing words. What else does a child learn from?&lt;/p&gt;</source>
        <translation>&lt;p&gt;BERT base membaca korpus berisi %1 miliar kata (buku dan Wikipedia bahasa Inggris) sekitar %2 kali berulang: %3 langkah × %4 sekuens × %5 token (Devlin dkk. 2019, §A.2), sekitar %6 miliar kata secara keseluruhan.&lt;/p&gt;&lt;p&gt;Berapa banyak kata yang didengar seorang anak? Hart dan Risley (1995; 2003) merekam 42 keluarga di Kansas selama satu jam setiap bulan, sejak sebelum ulang tahun pertama anak hingga usia tiga tahun, lalu melakukan ekstrapolasi: pada usia empat tahun, anak dari keluarga profesional diperkirakan telah mendengar hampir %7 juta kata, anak dari keluarga kelas pekerja %8 juta, dan anak dari keluarga penerima bantuan sosial %9 juta. Angka-angka ini adalah ekstrapolasi dari sampel kecil; studi selanjutnya yang juga menghitung pengasuh lain dan percakapan yang didengar anak secara tidak langsung (Sperry, Sperry dan Miller 2019) tidak menemukan kesenjangan ini, dan estimasinya sangat beragam.&lt;/p&gt;&lt;p&gt;Bahkan dibandingkan dengan angka tertinggi, BERT dilatih dengan sekitar %10 kali jumlah kata yang telah didengar anak berusia empat tahun. Skenario kedua melatih model yang sama satu kali dengan %7 juta token (satu token per kata, seperti halnya hitungan epoch dalam makalah BERT sendiri). Namun anak berusia empat tahun sudah dapat berbicara dan memahami, sedangkan BERT mengisi kata yang hilang. Dari apa lagi seorang anak belajar?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>BERT base as published</source>
        <translation>BERT base sesuai publikasi</translation>
    </message>
    <message>
        <source>BERT base on the words a child hears</source>
        <translation>BERT base dengan kata-kata yang didengar seorang anak</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>AI Carbon Planner projects (*.json);;All files (*)</source>
        <translation>Proyek AI Carbon Planner (*.json);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Source: %1</source>
        <translation>Sumber: %1</translation>
    </message>
    <message>
        <source>Training compute</source>
        <translation>Komputasi pelatihan</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <source>Device-hours</source>
        <translation>Jam-perangkat</translation>
    </message>
    <message>
        <source>Energy, IT</source>
        <translation>Energi, TI</translation>
    </message>
    <message>
        <source>Energy, facility</source>
        <translation>Energi, fasilitas</translation>
    </message>
    <message>
        <source>CO2e, location-based</source>
        <translation>CO2e, berbasis lokasi</translation>
    </message>
    <message>
        <source>CO2e, market-based</source>
        <translation>CO2e, berbasis pasar</translation>
    </message>
    <message>
        <source>CO2e, embodied</source>
        <translation>CO2e, terkandung</translation>
    </message>
    <message>
        <source>CO2e, total</source>
        <translation>CO2e, total</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>By component</source>
        <translation>Per komponen</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponen</translation>
    </message>
    <message>
        <source>Facility energy</source>
        <translation>Energi fasilitas</translation>
    </message>
    <message>
        <source>CO2e</source>
        <translation>CO2e</translation>
    </message>
    <message>
        <source>Final run</source>
        <translation>Pelatihan akhir</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pencarian</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Pengembangan</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Equivalent to</source>
        <translation>Setara dengan</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Peringatan dan kesalahan</translation>
    </message>
    <message>
        <source>How this was computed</source>
        <translation>Cara perhitungannya</translation>
    </message>
    <message>
        <source>No scenario</source>
        <translation>Tidak ada skenario</translation>
    </message>
    <message>
        <source>Add or select a scenario to see its results.</source>
        <translation>Tambahkan atau pilih skenario untuk melihat hasilnya.</translation>
    </message>
    <message>
        <source>No figures while the scenario has errors.</source>
        <translation>Tidak ada angka selama skenario masih memiliki kesalahan.</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>Tidak ada hasil</translation>
    </message>
    <message>
        <source>Correct the errors below (they are also shown beside the fields).</source>
        <translation>Perbaiki kesalahan di bawah ini (juga ditampilkan di samping kolom isian).</translation>
    </message>
    <message>
        <source>%1 CO2e</source>
        <translation>%1 CO2e</translation>
    </message>
    <message>
        <source>unknown (accounting mode)</source>
        <translation>tidak diketahui (mode akuntansi)</translation>
    </message>
    <message>
        <source>%1 h (final run %2 h)</source>
        <translation>%1 jam (pelatihan akhir %2 jam)</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 jam</translation>
    </message>
    <message>
        <source>%1 (PUE %2)</source>
        <translation>%1 (PUE %2)</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (pada %2)</translation>
    </message>
    <message>
        <source>%1 (%2 % carbon-free energy)</source>
        <translation>%1 (%2% energi bebas karbon)</translation>
    </message>
    <message>
        <source>%1 (no carbon-free energy known)</source>
        <translation>%1 (energi bebas karbon tidak diketahui)</translation>
    </message>
    <message>
        <source>not included</source>
        <translation>tidak disertakan</translation>
    </message>
    <message>
        <source>not priced</source>
        <translation>tanpa harga</translation>
    </message>
    <message>
        <source>%1 (compute only)</source>
        <translation>%1 (hanya komputasi)</translation>
    </message>
    <message>
        <source>%1 (compute %2, carbon %3)</source>
        <translation>%1 (komputasi %2, karbon %3)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Step Through…</source>
        <translation>Langkah demi Langkah…</translation>
    </message>
    <message>
        <source>Show the steps one at a time in large type, for a projector (F6)</source>
        <translation>Tampilkan langkah satu per satu dengan huruf besar, untuk proyektor (F6)</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %Ln device(s) · %2 at the facility</source>
        <translation>
            <numerusform>%1 pada %Ln perangkat · %2 di fasilitas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (final run, %Ln device(s))</source>
        <translation>
            <numerusform>%1 (pelatihan akhir, %Ln perangkat)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>Cannot write %1</source>
        <translation>Tidak dapat menulis %1</translation>
    </message>
</context>
<context>
    <name>ScenarioDocument</name>
    <message>
        <source>the file could not be written completely (is the disk full?)</source>
        <translation>berkas tidak dapat ditulis seluruhnya (apakah disk penuh?)</translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message>
        <source>dense peak %1 TFLOP/s</source>
        <translation>puncak padat %1 TFLOP/s</translation>
    </message>
    <message>
        <source>%1 gCO2e/kWh in %2 (%3) · %4</source>
        <translation>%1 gCO2e/kWh pada %2 (%3) · %4</translation>
    </message>
    <message>
        <source> (your catalog)</source>
        <translation> (katalog Anda)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>jaringan listrik</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>cloud region</source>
        <translation>wilayah cloud</translation>
    </message>
    <message>
        <source>%1 parameters</source>
        <translation>%1 parameter</translation>
    </message>
    <message>
        <source>%1 active</source>
        <translation>%1 aktif</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 token</translation>
    </message>
    <message>
        <source>TDP %1 W</source>
        <translation>TDP %1 W</translation>
    </message>
    <message>
        <source>no TDP</source>
        <translation>tanpa TDP</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>embodied %1 kgCO2e</source>
        <translation>emisi terkandung %1 kgCO2e</translation>
    </message>
    <message>
        <source>your catalog</source>
        <translation>katalog Anda</translation>
    </message>
    <message>
        <source>%1 · %2 TFLOP/s</source>
        <translation>%1 · %2 TFLOP/s</translation>
    </message>
    <message>
        <source>grid %1 · </source>
        <translation>jaringan %1 · </translation>
    </message>
    <message>
        <source>no intensity for this year or source</source>
        <translation>tidak ada intensitas untuk tahun atau sumber ini</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>parameter</translation>
    </message>
    <message>
        <source>N: the trained parameters (active parameters per token for mixture-of-experts models). Default: the model preset.</source>
        <translation>N: parameter yang dilatih (parameter aktif per token untuk model mixture-of-experts). Bawaan: preset model.</translation>
    </message>
    <message>
        <source>Training tokens</source>
        <translation>Token pelatihan</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>token</translation>
    </message>
    <message>
        <source>D: tokens seen in training. Wins over dataset tokens × epochs and steps × batch × length. Default: the model preset.</source>
        <translation>D: token yang dilihat selama pelatihan. Lebih diutamakan daripada token dataset × epoch dan langkah × batch × panjang. Bawaan: preset model.</translation>
    </message>
    <message>
        <source>Dataset tokens</source>
        <translation>Token dataset</translation>
    </message>
    <message>
        <source>Tokens in the dataset: D = dataset tokens × epochs when training tokens are not given.</source>
        <translation>Jumlah token dalam dataset: D = token dataset × epoch bila token pelatihan tidak diisi.</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>lintasan</translation>
    </message>
    <message>
        <source>Passes over the dataset; used with dataset tokens only.</source>
        <translation>Jumlah lintasan atas dataset; hanya dipakai bersama token dataset.</translation>
    </message>
    <message>
        <source>methodology §1: one epoch</source>
        <translation>metodologi §1: satu epoch</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>optimizer steps</source>
        <translation>langkah optimizer</translation>
    </message>
    <message>
        <source>D = steps × batch size × sequence length; give all three.</source>
        <translation>D = langkah × ukuran batch × panjang sekuens; isi ketiganya.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Ukuran batch</translation>
    </message>
    <message>
        <source>sequences per step</source>
        <translation>sekuens per langkah</translation>
    </message>
    <message>
        <source>Sequences per optimizer step (with steps and sequence length).</source>
        <translation>Sekuens per langkah optimizer (bersama langkah dan panjang sekuens).</translation>
    </message>
    <message>
        <source>Sequence length</source>
        <translation>Panjang sekuens</translation>
    </message>
    <message>
        <source>Tokens per sequence (with steps and batch size).</source>
        <translation>Token per sekuens (bersama langkah dan ukuran batch).</translation>
    </message>
    <message>
        <source>FLOPs per parameter·token (k)</source>
        <translation>FLOPs per parameter·token (k)</translation>
    </message>
    <message>
        <source>FLOP</source>
        <translation>FLOP</translation>
    </message>
    <message>
        <source>k in C = k × N × D: 2 forward + 4 backward; 8 when activations are recomputed.</source>
        <translation>k dalam C = k × N × D: 2 forward + 4 backward; 8 bila aktivasi dihitung ulang.</translation>
    </message>
    <message>
        <source>Training compute</source>
        <translation>Komputasi pelatihan</translation>
    </message>
    <message>
        <source>Total FLOPs of the final run. When given, it replaces k × N × D.</source>
        <translation>Total FLOPs pelatihan akhir. Bila diisi, nilai ini menggantikan k × N × D.</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <source>h</source>
        <translation>jam</translation>
    </message>
    <message>
        <source>Accounting mode: the measured duration of the final run. Replaces FLOPs / (peak × MFU); MFU is then implied.</source>
        <translation>Mode akuntansi: durasi terukur pelatihan akhir. Menggantikan FLOPs / (puncak × MFU); MFU lalu diturunkan darinya.</translation>
    </message>
    <message>
        <source>from FLOPs</source>
        <translation>dari FLOPs</translation>
    </message>
    <message>
        <source>Device-hours</source>
        <translation>Jam-perangkat</translation>
    </message>
    <message>
        <source>device-h</source>
        <translation>jam-perangkat</translation>
    </message>
    <message>
        <source>Accounting mode: device-hours of the final run (wins over the wall-clock time).</source>
        <translation>Mode akuntansi: jam-perangkat pelatihan akhir (lebih diutamakan daripada durasi).</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>perangkat</translation>
    </message>
    <message>
        <source>Number of devices, a whole number ≥ 1. Wall-clock time = device-hours / devices.</source>
        <translation>Jumlah perangkat, bilangan bulat ≥ 1. Durasi = jam-perangkat / perangkat.</translation>
    </message>
    <message>
        <source>one device when the count is not given</source>
        <translation>satu perangkat bila jumlahnya tidak diisi</translation>
    </message>
    <message>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <source>fraction, (0, 1]</source>
        <translation>fraksi, (0, 1]</translation>
    </message>
    <message>
        <source>Model FLOPs utilization: the share of the dense peak the training achieves. Device time = FLOPs / (peak × MFU).</source>
        <translation>Utilisasi FLOPs model: porsi puncak padat yang dicapai pelatihan. Waktu perangkat = FLOPs / (puncak × MFU).</translation>
    </message>
    <message>
        <source>Average power</source>
        <translation>Daya rata-rata</translation>
    </message>
    <message>
        <source>W per device</source>
        <translation>W per perangkat</translation>
    </message>
    <message>
        <source>Measured average draw per device. When given, it replaces idle + u × (TDP − idle) and the power utilization is not used.</source>
        <translation>Konsumsi daya rata-rata terukur per perangkat. Bila diisi, nilai ini menggantikan idle + u × (TDP − idle) dan utilisasi daya tidak dipakai.</translation>
    </message>
    <message>
        <source>Power utilization</source>
        <translation>Utilisasi daya</translation>
    </message>
    <message>
        <source>fraction, [0, 1]</source>
        <translation>fraksi, [0, 1]</translation>
    </message>
    <message>
        <source>u: where the device draws between idle (0) and TDP (1). Used only without an average power.</source>
        <translation>u: posisi konsumsi daya perangkat antara idle (0) dan TDP (1). Hanya dipakai bila daya rata-rata tidak diisi.</translation>
    </message>
    <message>
        <source>Host power</source>
        <translation>Daya host</translation>
    </message>
    <message>
        <source>Share of the server (CPUs, DRAM, network) per device. Nameplate upper bounds: DGX A100 412 W, DGX H100 575 W.</source>
        <translation>Porsi server (CPU, DRAM, jaringan) per perangkat. Batas atas nominal (nameplate): DGX A100 412 W, DGX H100 575 W.</translation>
    </message>
    <message>
        <source>Dense peak</source>
        <translation>Puncak padat</translation>
    </message>
    <message>
        <source>TFLOP/s</source>
        <translation>TFLOP/s</translation>
    </message>
    <message>
        <source>Dense (not sparse) peak per device at the precision; overrides the catalog.</source>
        <translation>Puncak padat (bukan sparse) per perangkat pada presisi tersebut; menggantikan nilai katalog.</translation>
    </message>
    <message>
        <source>TDP</source>
        <translation>TDP</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Thermal design power per device; overrides the catalog.</source>
        <translation>Daya desain termal (TDP) per perangkat; menggantikan nilai katalog.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Year of the grid carbon intensity (1990–2100).</source>
        <translation>Tahun intensitas karbon jaringan listrik (1990–2100).</translation>
    </message>
    <message>
        <source>the latest year of the primary series</source>
        <translation>tahun terbaru dari seri utama</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>terbaru</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>ratio, ≥ 1</source>
        <translation>rasio, ≥ 1</translation>
    </message>
    <message>
        <source>Power usage effectiveness: facility energy = IT energy × PUE. Default: the cloud region, the provider&apos;s fleet, else the global average.</source>
        <translation>Efektivitas penggunaan daya (PUE): energi fasilitas = energi TI × PUE. Bawaan: nilai wilayah cloud, lalu nilai armada penyedia, atau jika tidak ada, rata-rata global.</translation>
    </message>
    <message>
        <source>Carbon intensity</source>
        <translation>Intensitas karbon</translation>
    </message>
    <message>
        <source>gCO2e/kWh</source>
        <translation>gCO2e/kWh</translation>
    </message>
    <message>
        <source>Grid carbon intensity; overrides the region&apos;s value.</source>
        <translation>Intensitas karbon jaringan listrik; menggantikan nilai wilayah.</translation>
    </message>
    <message>
        <source>Carbon-free energy</source>
        <translation>Energi bebas karbon</translation>
    </message>
    <message>
        <source>Share of the energy matched by carbon-free supply; only the market-based figure uses it (× (1 − fraction)).</source>
        <translation>Porsi energi yang dipenuhi oleh pasokan bebas karbon; hanya dipakai untuk angka berbasis pasar (× (1 − fraksi)).</translation>
    </message>
    <message>
        <source>none known: market-based equals location-based</source>
        <translation>tidak diketahui: berbasis pasar sama dengan berbasis lokasi</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>Percobaan</translation>
    </message>
    <message>
        <source>trials</source>
        <translation>percobaan</translation>
    </message>
    <message>
        <source>Configurations trained before the final run.</source>
        <translation>Konfigurasi yang dilatih sebelum pelatihan akhir.</translation>
    </message>
    <message>
        <source>methodology §6: no search</source>
        <translation>metodologi §6: tanpa pencarian</translation>
    </message>
    <message>
        <source>Mean trial fraction</source>
        <translation>Fraksi rata-rata percobaan</translation>
    </message>
    <message>
        <source>of a full run</source>
        <translation>dari pelatihan penuh</translation>
    </message>
    <message>
        <source>Mean share of a full run per trial; below 1 with early stopping.</source>
        <translation>Porsi rata-rata pelatihan penuh per percobaan; di bawah 1 bila memakai penghentian dini (early stopping).</translation>
    </message>
    <message>
        <source>methodology §6: each trial is a full run</source>
        <translation>metodologi §6: setiap percobaan adalah pelatihan penuh</translation>
    </message>
    <message>
        <source>Configurations</source>
        <translation>Konfigurasi</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>n: configurations in the first round of successive halving (required).</source>
        <translation>n: jumlah konfigurasi pada putaran pertama successive halving (wajib).</translation>
    </message>
    <message>
        <source>required</source>
        <translation>wajib</translation>
    </message>
    <message>
        <source>Reduction factor η</source>
        <translation>Faktor reduksi η</translation>
    </message>
    <message>
        <source>&gt; 1</source>
        <translation>&gt; 1</translation>
    </message>
    <message>
        <source>η: each round keeps 1/η of the configurations at η times the budget.</source>
        <translation>η: setiap putaran mempertahankan 1/η konfigurasi dengan anggaran η kali lipat.</translation>
    </message>
    <message>
        <source>Li et al. 2018 (Hyperband): η = 3</source>
        <translation>Li dkk. 2018 (Hyperband): η = 3</translation>
    </message>
    <message>
        <source>Minimum budget</source>
        <translation>Anggaran minimum</translation>
    </message>
    <message>
        <source>of a full run, (0, 1]</source>
        <translation>dari pelatihan penuh, (0, 1]</translation>
    </message>
    <message>
        <source>r: the smallest budget, as a share of a full run (required).</source>
        <translation>r: anggaran terkecil, sebagai porsi pelatihan penuh (wajib).</translation>
    </message>
    <message>
        <source>Equivalent runs</source>
        <translation>Pelatihan setara</translation>
    </message>
    <message>
        <source>full runs</source>
        <translation>pelatihan penuh</translation>
    </message>
    <message>
        <source>Total search compute in full runs, e.g. from a published step count; replaces trials × fraction.</source>
        <translation>Total komputasi pencarian dalam satuan pelatihan penuh, mis. dari jumlah langkah yang dipublikasikan; menggantikan percobaan × fraksi.</translation>
    </message>
    <message>
        <source>Development multiplier</source>
        <translation>Pengali pengembangan</translation>
    </message>
    <message>
        <source>×, ≥ 1</source>
        <translation>×, ≥ 1</translation>
    </message>
    <message>
        <source>m: seeds, ablations and failed runs. Total = m × (final run + search).</source>
        <translation>m: seed, ablasi, dan pelatihan yang gagal. Total = m × (pelatihan akhir + pencarian).</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Masa pakai</translation>
    </message>
    <message>
        <source>years</source>
        <translation>tahun</translation>
    </message>
    <message>
        <source>Service life over which the manufacturing emissions are spread.</source>
        <translation>Masa pakai yang menjadi dasar pembagian emisi manufaktur.</translation>
    </message>
    <message>
        <source>Per device</source>
        <translation>Per perangkat</translation>
    </message>
    <message>
        <source>kgCO2e</source>
        <translation>kgCO2e</translation>
    </message>
    <message>
        <source>Manufacturing emissions of one device; overrides the catalog (whose values are die only, a lower bound).</source>
        <translation>Emisi manufaktur satu perangkat; menggantikan nilai katalog (yang hanya mencakup die, sehingga merupakan batas bawah).</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>per device-hour</source>
        <translation>per jam-perangkat</translation>
    </message>
    <message>
        <source>Compute cost = price × all device-hours (final run, search, development).</source>
        <translation>Biaya komputasi = harga × seluruh jam-perangkat (pelatihan akhir, pencarian, pengembangan).</translation>
    </message>
    <message>
        <source>not priced</source>
        <translation>tanpa harga</translation>
    </message>
    <message>
        <source>Carbon price</source>
        <translation>Harga karbon</translation>
    </message>
    <message>
        <source>per tCO2e</source>
        <translation>per tCO2e</translation>
    </message>
    <message>
        <source>Carbon cost = price × total emissions in tonnes.</source>
        <translation>Biaya karbon = harga × total emisi dalam ton.</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1” bukan angka</translation>
    </message>
    <message>
        <source>the number must be finite</source>
        <translation>angka harus berhingga</translation>
    </message>
    <message>
        <source>a whole number is needed</source>
        <translation>diperlukan bilangan bulat</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>katalog</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>turunan</translation>
    </message>
    <message>
        <source>default</source>
        <translation>bawaan</translation>
    </message>
    <message>
        <source>Default: %1 (%2).</source>
        <translation>Bawaan: %1 (%2).</translation>
    </message>
    <message>
        <source>Default: %1.</source>
        <translation>Bawaan: %1.</translation>
    </message>
    <message>
        <source>The value in use is listed in the estimate&apos;s assumptions as “%1”.</source>
        <translation>Nilai yang dipakai tercantum dalam asumsi estimasi sebagai “%1”.</translation>
    </message>
    <message>
        <source>Scenario file: %1</source>
        <translation>Berkas skenario: %1</translation>
    </message>
    <message>
        <source>your input</source>
        <translation>input Anda</translation>
    </message>
    <message>
        <source>No scenario selected. Add a scenario to edit it.</source>
        <translation>Tidak ada skenario yang dipilih. Tambahkan skenario untuk menyuntingnya.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Skenario</translation>
    </message>
    <message>
        <source>What this scenario assumes, and why</source>
        <translation>Apa asumsi skenario ini, dan mengapa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Beban kerja</translation>
    </message>
    <message>
        <source>Search models…</source>
        <translation>Cari model…</translation>
    </message>
    <message>
        <source>(no preset)</source>
        <translation>(tanpa preset)</translation>
    </message>
    <message>
        <source>Model preset</source>
        <translation>Preset model</translation>
    </message>
    <message>
        <source>or tokens = dataset tokens × epochs:</source>
        <translation>atau token = token dataset × epoch:</translation>
    </message>
    <message>
        <source>or tokens = steps × batch size × sequence length:</source>
        <translation>atau token = langkah × ukuran batch × panjang sekuens:</translation>
    </message>
    <message>
        <source>Compute:</source>
        <translation>Komputasi:</translation>
    </message>
    <message>
        <source>Training FLOPs</source>
        <translation>FLOPs pelatihan</translation>
    </message>
    <message>
        <source>Known runtime (accounting mode)</source>
        <translation>Durasi yang diketahui (mode akuntansi)</translation>
    </message>
    <message>
        <source>Leave empty to plan from the FLOPs; give a measured duration to account for a finished run.</source>
        <translation>Biarkan kosong untuk merencanakan dari FLOPs; isi durasi terukur untuk mencatat pelatihan yang sudah selesai.</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Perangkat keras</translation>
    </message>
    <message>
        <source>Search devices…</source>
        <translation>Cari perangkat…</translation>
    </message>
    <message>
        <source>(no device)</source>
        <translation>(tanpa perangkat)</translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>Semua vendor</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <source>Selects the device&apos;s dense peak. Automatic: bf16, else fp16, tf32, fp32 — the first the device has (methodology §2).</source>
        <translation>Memilih puncak padat perangkat. Otomatis: bf16, jika tidak ada fp16, tf32, fp32 — yang pertama dimiliki perangkat (metodologi §2).</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Presisi</translation>
    </message>
    <message>
        <source>Overrides of the catalog:</source>
        <translation>Pengganti nilai katalog:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Search regions…</source>
        <translation>Cari wilayah…</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(tanpa wilayah)</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Semua penyedia</translation>
    </message>
    <message>
        <source>Countries, states and zones, and cloud regions (aws:us-east-1).</source>
        <translation>Negara, negara bagian dan zona, serta wilayah cloud (aws:us-east-1).</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Which series of grid intensities to use for the region (methodology §5).</source>
        <translation>Seri intensitas jaringan listrik yang dipakai untuk wilayah ini (metodologi §5).</translation>
    </message>
    <message>
        <source>Intensity series</source>
        <translation>Seri intensitas</translation>
    </message>
    <message>
        <source>Search and development</source>
        <translation>Pencarian dan pengembangan</translation>
    </message>
    <message>
        <source>Grid search</source>
        <translation>Pencarian grid</translation>
    </message>
    <message>
        <source>Random search</source>
        <translation>Pencarian acak</translation>
    </message>
    <message>
        <source>Successive halving</source>
        <translation>Successive halving</translation>
    </message>
    <message>
        <source>Hyperband</source>
        <translation>Hyperband</translation>
    </message>
    <message>
        <source>How the hyperparameter search before the final run is counted (methodology §6).</source>
        <translation>Cara menghitung pencarian hiperparameter sebelum pelatihan akhir (metodologi §6).</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Promoted trials resume from their checkpoint</source>
        <translation>Percobaan yang dipromosikan dilanjutkan dari checkpoint-nya</translation>
    </message>
    <message>
        <source>Resulting search</source>
        <translation>Pencarian yang dihasilkan</translation>
    </message>
    <message>
        <source>values per hyperparameter, e.g. 3 × 4 × 5</source>
        <translation>nilai per hiperparameter, mis. 3 × 4 × 5</translation>
    </message>
    <message>
        <source>Grid search: trials = product of the value counts (methodology §6).</source>
        <translation>Pencarian grid: percobaan = hasil kali jumlah nilai (metodologi §6).</translation>
    </message>
    <message>
        <source>Grid sizes</source>
        <translation>Ukuran grid</translation>
    </message>
    <message>
        <source>Embodied emissions</source>
        <translation>Emisi terkandung</translation>
    </message>
    <message>
        <source>Include the devices&apos; manufacturing emissions</source>
        <translation>Sertakan emisi manufaktur perangkat</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>e.g. USD, EUR</source>
        <translation>mis. USD, EUR</translation>
    </message>
    <message>
        <source>Free text; no conversion is done.</source>
        <translation>Teks bebas; tidak ada konversi.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>In use while empty: %1 (%2, %3)</source>
        <translation>Bila kosong, dipakai: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>In use while empty: %1 (%2)</source>
        <translation>Bila kosong, dipakai: %1 (%2)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>belum diisi</translation>
    </message>
    <message>
        <source>In use while empty: %1</source>
        <translation>Bila kosong, dipakai: %1</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Otomatis (%1)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Otomatis</translation>
    </message>
    <message>
        <source>Primary series (default)</source>
        <translation>Seri utama (bawaan)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source> = %1 × %2 × %3 (k × N × D)</source>
        <translation> = %1 × %2 × %3 (k × N × D)</translation>
    </message>
    <message>
        <source>; with the attention term %1 (reported only)</source>
        <translation>; dengan suku atensi %1 (hanya dilaporkan)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln layer(s), d_model %1</source>
        <translation>
            <numerusform>%Ln lapisan, d_model %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Embodied = per-device kgCO2e × device-hours / (lifetime × %1 h) (methodology §7).</source>
        <translation>Emisi terkandung = kgCO2e per perangkat × jam-perangkat / (masa pakai × %1 jam) (metodologi §7).</translation>
    </message>
    <message>
        <source>Trials: %1 · search compute: %2 (in full runs)</source>
        <translation>Percobaan: %1 · komputasi pencarian: %2 (dalam satuan pelatihan penuh)</translation>
    </message>
</context>
<context>
    <name>WalkthroughDialog</name>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Sebelumnya</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>Se&amp;lanjutnya ▶</translation>
    </message>
    <message>
        <source>Previous step (Left, Page Up)</source>
        <translation>Langkah sebelumnya (Kiri, Page Up)</translation>
    </message>
    <message>
        <source>Next step (Right, Page Down, Space)</source>
        <translation>Langkah berikutnya (Kanan, Page Down, Spasi)</translation>
    </message>
    <message>
        <source>Guided Explanation</source>
        <translation>Penjelasan Terpandu</translation>
    </message>
    <message>
        <source>No scenario. Add or select a scenario to step through how its results were computed.</source>
        <translation>Tidak ada skenario. Tambahkan atau pilih skenario untuk menelusuri langkah demi langkah bagaimana hasilnya dihitung.</translation>
    </message>
    <message>
        <source>Guided Explanation — %1</source>
        <translation>Penjelasan Terpandu — %1</translation>
    </message>
    <message>
        <source>This scenario has errors, so there is nothing to compute yet. Correct the errors shown in the scenario editor and the results.</source>
        <translation>Skenario ini memiliki kesalahan, jadi belum ada yang bisa dihitung. Perbaiki kesalahan yang ditampilkan di editor skenario dan di hasil.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Sumber: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Langkah %1 dari %2</translation>
    </message>
</context>
<context>
    <name>aicarbon::AutosaveController</name>
    <message>
        <source>It was never saved.</source>
        <translation>Pekerjaan ini belum pernah disimpan.</translation>
    </message>
    <message>
        <source>It belongs to %1.</source>
        <translation>Pekerjaan ini berasal dari %1.</translation>
    </message>
    <message>
        <source>Unsaved work from the last session could not be read (%1), nor moved aside; it is still at %2.</source>
        <translation>Pekerjaan yang belum disimpan dari sesi terakhir tidak dapat dibaca (%1), dan juga tidak dapat dipindahkan; berkasnya masih ada di %2.</translation>
    </message>
    <message>
        <source>Unsaved work from the last session could not be read (%1). It was moved aside, unchanged, to
%2</source>
        <translation>Pekerjaan yang belum disimpan dari sesi terakhir tidak dapat dibaca (%1). Berkasnya telah dipindahkan, tanpa diubah, ke
%2</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Selamatkan pekerjaan yang belum disimpan</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Pulihkan</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Buang</translation>
    </message>
    <message numerus="yes">
        <source>%Ln scenario(s)</source>
        <translation>
            <numerusform>%Ln skenario</numerusform>
        </translation>
    </message>
    <message>
        <source>AI Carbon Planner did not close cleanly last time. Unsaved work on “%1” (%2), saved at %3, was recovered. %4

Restore it, or discard it? Discard deletes the recovered copy at %5.</source>
        <translation>AI Carbon Planner tidak ditutup dengan benar pada sesi terakhir. Pekerjaan yang belum disimpan pada “%1” (%2), yang tersimpan pada %3, berhasil diselamatkan. %4

Pulihkan atau buang? Buang akan menghapus salinan yang diselamatkan di %5.</translation>
    </message>
</context>
<context>
    <name>aicarbon::CatalogModel</name>
    <message>
        <source>Entered by you (your own catalog)</source>
        <translation>Dimasukkan oleh Anda (katalog Anda sendiri)</translation>
    </message>
    <message>
        <source>%1 T</source>
        <comment>short-scale suffix: trillion (10^12), e.g. 15.6 T tokens</comment>
        <extracomment>%1 = value in 10^12; %2 = in 10^8, %3 = in 10^4, for scales grouped by four digits</extracomment>
        <translation>%1 triliun</translation>
    </message>
    <message>
        <source>%1 B</source>
        <comment>short-scale suffix: billion (10^9), e.g. 175 B parameters</comment>
        <extracomment>%1 = value in 10^9; %2 = in 10^8, %3 = in 10^4, for scales grouped by four digits</extracomment>
        <translation>%1 miliar</translation>
    </message>
    <message>
        <source>%1 M</source>
        <comment>short-scale suffix: million (10^6), e.g. 7 M parameters</comment>
        <extracomment>%1 = value in 10^6; %2 = in 10^8, %3 = in 10^4, for scales grouped by four digits</extracomment>
        <translation>%1 juta</translation>
    </message>
</context>
<context>
    <name>aicarbon::CatalogPicker</name>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Cari…</translation>
    </message>
    <message>
        <source>%1 (not in the catalog)</source>
        <translation>%1 (tidak ada di katalog)</translation>
    </message>
</context>
<context>
    <name>aicarbon::CloudRegionTableModel</name>
    <message>
        <source>Provider</source>
        <translation>Penyedia</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>Kode wilayah</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Grid region</source>
        <translation>Wilayah jaringan</translation>
    </message>
    <message>
        <source>The grid region whose carbon intensity applies</source>
        <translation>Wilayah jaringan listrik yang intensitas karbonnya berlaku</translation>
    </message>
    <message>
        <source>Grid
g/kWh</source>
        <translation>Jaringan
g/kWh</translation>
    </message>
    <message>
        <source>Default carbon intensity of the grid region</source>
        <translation>Intensitas karbon bawaan wilayah jaringan listrik</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Power usage effectiveness: the region&apos;s own figure, else the provider&apos;s default</source>
        <translation>Efektivitas penggunaan daya (PUE): angka wilayah itu sendiri, atau jika tidak ada, nilai bawaan penyedia</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Source documenting the region and its location</source>
        <translation>Sumber yang mendokumentasikan wilayah dan lokasinya</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (bawaan)</translation>
    </message>
    <message>
        <source>Region&apos;s own PUE. Source: %1</source>
        <translation>PUE wilayah itu sendiri. Sumber: %1</translation>
    </message>
    <message>
        <source>No PUE known</source>
        <translation>PUE tidak diketahui</translation>
    </message>
    <message>
        <source>Worldwide average PUE</source>
        <translation>PUE rata-rata dunia</translation>
    </message>
    <message>
        <source>Provider&apos;s fleet-wide PUE</source>
        <translation>PUE seluruh armada penyedia</translation>
    </message>
    <message>
        <source>%1 (no figure for this region). Source: %2</source>
        <translation>%1 (tidak ada angka untuk wilayah ini). Sumber: %2</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>Id: %1</translation>
    </message>
    <message>
        <source>Location: %1, %2</source>
        <translation>Lokasi: %1, %2</translation>
    </message>
    <message>
        <source>Grid region: %1</source>
        <translation>Wilayah jaringan: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Sumber: %1</translation>
    </message>
</context>
<context>
    <name>aicarbon::CompareView</name>
    <message>
        <source>Time against emissions, one point per scenario</source>
        <translation>Waktu terhadap emisi, satu titik per skenario</translation>
    </message>
    <message>
        <source>Emissions by component</source>
        <translation>Emisi per komponen</translation>
    </message>
    <message>
        <source>Facility energy</source>
        <translation>Energi fasilitas</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Grafik:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Satuan:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Otomatis</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <source>lb</source>
        <translation>lb</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>MWh</source>
        <translation>MWh</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>jam</translation>
    </message>
    <message>
        <source>days</source>
        <translation>hari</translation>
    </message>
    <message>
        <source>as stated</source>
        <translation>sesuai yang tertera</translation>
    </message>
    <message>
        <source>No scenario states a price per device-hour or a carbon price.</source>
        <translation>Tidak ada skenario yang mencantumkan harga per jam-perangkat atau harga karbon.</translation>
    </message>
    <message>
        <source>Emissions (%1 CO₂e)</source>
        <translation>Emisi (%1 CO₂e)</translation>
    </message>
    <message>
        <source>Facility energy (%1)</source>
        <translation>Energi fasilitas (%1)</translation>
    </message>
    <message>
        <source>Wall-clock time, final run (%1)</source>
        <translation>Durasi, pelatihan akhir (%1)</translation>
    </message>
    <message>
        <source>Cost (currency as stated)</source>
        <translation>Biaya (mata uang sesuai yang tertera)</translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <translation>Biaya (%1)</translation>
    </message>
    <message>
        <source>mixed currencies</source>
        <translation>mata uang campuran</translation>
    </message>
    <message>
        <source>%1 (invalid)</source>
        <translation>%1 (tidak valid)</translation>
    </message>
    <message>
        <source>Total emissions (%1 CO₂e)</source>
        <translation>Total emisi (%1 CO₂e)</translation>
    </message>
    <message>
        <source>%1 cannot be estimated: %2</source>
        <translation>%1 tidak dapat diestimasi: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>kg CO₂e</source>
        <translation>kg CO₂e</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Facility energy: %1</source>
        <translation>Energi fasilitas: %1</translation>
    </message>
    <message>
        <source>IT energy: %1</source>
        <translation>Energi TI: %1</translation>
    </message>
    <message>
        <source>Wall-clock time: %1 (%2)</source>
        <translation>Durasi: %1 (%2)</translation>
    </message>
    <message>
        <source>h</source>
        <translation>jam</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Biaya: %1</translation>
    </message>
    <message>
        <source>No price given</source>
        <translation>Harga tidak diisi</translation>
    </message>
    <message>
        <source>%1
Wall-clock time: %2 (%3)
Total emissions: %4 (%5)</source>
        <translation>%1
Durasi: %2 (%3)
Total emisi: %4 (%5)</translation>
    </message>
    <message>
        <source>%1% interval: %2</source>
        <translation>Interval %1%: %2</translation>
    </message>
</context>
<context>
    <name>aicarbon::ComparisonTableModel</name>
    <message>
        <source>FLOP</source>
        <translation>FLOP</translation>
    </message>
    <message>
        <source>h</source>
        <translation>jam</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>gCO₂e/kWh</source>
        <translation>gCO₂e/kWh</translation>
    </message>
    <message>
        <source>kg CO₂e</source>
        <translation>kg CO₂e</translation>
    </message>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1 (acuan)</translation>
    </message>
    <message>
        <source>%1: the baseline; the other columns show differences to it</source>
        <translation>%1: acuan; kolom lain menunjukkan selisih terhadapnya</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
    <message>
        <source>%1 cannot be estimated: %2</source>
        <translation>%1 tidak dapat diestimasi: %2</translation>
    </message>
    <message>
        <source>%1: no price given</source>
        <translation>%1: harga tidak diisi</translation>
    </message>
    <message>
        <source>%1: unknown</source>
        <translation>%1: tidak diketahui</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Baseline, %1: %2</source>
        <translation>Acuan, %1: %2</translation>
    </message>
    <message>
        <source>Difference: %1%2 (%3)</source>
        <translation>Selisih: %1%2 (%3)</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 jam</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 poin persen</translation>
    </message>
</context>
<context>
    <name>aicarbon::DataBrowser</name>
    <message>
        <source>Search by name, id, vendor, country… (case and accents are ignored)</source>
        <translation>Cari menurut nama, id, vendor, negara… (huruf besar/kecil dan aksen diabaikan)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sunting…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;Devices (%L1)</source>
        <translation>&amp;Perangkat (%L1)</translation>
    </message>
    <message>
        <source>&amp;Regions (%L1)</source>
        <translation>&amp;Wilayah (%L1)</translation>
    </message>
    <message>
        <source>&amp;Cloud regions (%L1)</source>
        <translation>Wilayah &amp;cloud (%L1)</translation>
    </message>
    <message>
        <source>&amp;Models (%L1)</source>
        <translation>&amp;Model (%L1)</translation>
    </message>
    <message>
        <source>%L1 rows.</source>
        <translation>%L1 baris.</translation>
    </message>
    <message>
        <source>Showing %L1 of %L2 rows.</source>
        <translation>Menampilkan %L1 dari %L2 baris.</translation>
    </message>
    <message>
        <source>Rows in italics with an orange dot are your own entries.</source>
        <translation>Baris bercetak miring dengan titik oranye adalah entri Anda sendiri.</translation>
    </message>
    <message>
        <source>Hover a row for its source.</source>
        <translation>Arahkan kursor ke baris untuk melihat sumbernya.</translation>
    </message>
    <message>
        <source>&amp;Add device…</source>
        <translation>&amp;Tambah perangkat…</translation>
    </message>
    <message>
        <source>&amp;Add region…</source>
        <translation>&amp;Tambah wilayah…</translation>
    </message>
    <message>
        <source>Your own catalog could not be opened, so entries cannot be added or changed.</source>
        <translation>Katalog Anda sendiri tidak dapat dibuka, sehingga entri tidak dapat ditambah atau diubah.</translation>
    </message>
    <message>
        <source>Creates your own copy with the same id, used instead of the shipped values</source>
        <translation>Membuat salinan Anda sendiri dengan id yang sama, yang dipakai menggantikan nilai bawaan aplikasi</translation>
    </message>
    <message>
        <source>Only your own entries can be deleted</source>
        <translation>Hanya entri Anda sendiri yang dapat dihapus</translation>
    </message>
    <message>
        <source>Edit a shipped entry</source>
        <translation>Sunting entri bawaan aplikasi</translation>
    </message>
    <message>
        <source>“%1” comes with the application&apos;s catalog.</source>
        <translation>“%1” termasuk dalam katalog bawaan aplikasi.</translation>
    </message>
    <message>
        <source>Editing it creates your own copy with the same id (%1). Your copy is used instead of the shipped values in every estimate; delete it to return to them.</source>
        <translation>Menyuntingnya akan membuat salinan Anda sendiri dengan id yang sama (%1). Salinan Anda dipakai menggantikan nilai bawaan aplikasi di setiap estimasi; hapus salinan itu untuk kembali ke nilai bawaan aplikasi.</translation>
    </message>
    <message>
        <source>Create my copy</source>
        <translation>Buat salinan saya</translation>
    </message>
    <message>
        <source>Delete your entry</source>
        <translation>Hapus entri Anda</translation>
    </message>
    <message>
        <source>Delete “%1” (%2)?</source>
        <translation>Hapus “%1” (%2)?</translation>
    </message>
    <message>
        <source>Scenarios that use this id will use the shipped entry of the same id if there is one, and otherwise report it as unknown.</source>
        <translation>Skenario yang memakai id ini akan memakai entri bawaan aplikasi dengan id yang sama jika ada; jika tidak, id tersebut dilaporkan sebagai tidak dikenal.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>Tidak dapat menghapus</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Tidak dapat menyimpan</translation>
    </message>
</context>
<context>
    <name>aicarbon::DataBrowserForm</name>
    <message>
        <source>TDP must be between %1 and %2 W.</source>
        <translation>TDP harus antara %1 dan %2 W.</translation>
    </message>
    <message>
        <source>Peak rates must be above 0 and at most %1 TFLOP/s.</source>
        <translation>Laju puncak harus di atas 0 dan paling tinggi %1 TFLOP/s.</translation>
    </message>
    <message>
        <source>Carbon intensity must be above 0 and at most %1 g/kWh.</source>
        <translation>Intensitas karbon harus di atas 0 dan paling tinggi %1 g/kWh.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>Enter an id.</source>
        <translation>Masukkan id.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Masukkan nama.</translation>
    </message>
    <message>
        <source>The BF16 peak must not be below the FP32 peak.</source>
        <translation>Puncak BF16 tidak boleh di bawah puncak FP32.</translation>
    </message>
    <message>
        <source>Idle power must be between %1 W and the TDP.</source>
        <translation>Daya idle harus antara %1 W dan TDP.</translation>
    </message>
    <message>
        <source>The carbon-free share must be between %1 and %2 %.</source>
        <translation>Porsi bebas karbon harus antara %1 dan %2%.</translation>
    </message>
    <message>
        <source>The year must be between %1 and %2.</source>
        <translation>Tahun harus antara %1 dan %2.</translation>
    </message>
</context>
<context>
    <name>aicarbon::DataSourcesDialog</name>
    <message>
        <source>Data sources and licences</source>
        <translation>Sumber data dan lisensi</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attribution&lt;/b&gt;</source>
        <translation>&lt;b&gt;Atribusi&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reference data version %1 of %2. Every value in the catalog cites one of the %L3 sources below; click a link to open it in your browser.</source>
        <translation>Data referensi versi %1 tanggal %2. Setiap nilai dalam katalog mengutip salah satu dari %L3 sumber di bawah; klik tautan untuk membukanya di peramban Anda.</translation>
    </message>
    <message>
        <source>No catalog is loaded.</source>
        <translation>Tidak ada katalog yang dimuat.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Penerbit</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisensi</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Tautan</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Open %1 in your browser</source>
        <translation>Buka %1 di peramban Anda</translation>
    </message>
    <message>
        <source>CC BY 4.0</source>
        <translation>CC BY 4.0</translation>
    </message>
    <message>
        <source>Apache License 2.0</source>
        <translation>Apache License 2.0</translation>
    </message>
    <message>
        <source>Grid carbon intensity of countries and world regions: Our World in Data based on Ember (2025) and Energy Institute – Statistical Review of World Energy.</source>
        <translation>Intensitas karbon jaringan listrik negara dan kawasan dunia: Our World in Data berdasarkan Ember (2025) dan Energy Institute – Statistical Review of World Energy.</translation>
    </message>
    <message>
        <source>Grid carbon intensity of zones and sub-national regions: Electricity Maps (2025/2026), yearly carbon intensity data, www.electricitymaps.com (the 2024 table as aggregated for Green Algorithms; 2021–2025 via The Green Web Foundation&apos;s CO2.js).</source>
        <translation>Intensitas karbon jaringan listrik zona dan wilayah subnasional: Electricity Maps (2025/2026), data intensitas karbon tahunan, www.electricitymaps.com (tabel 2024 sebagaimana diagregasi untuk Green Algorithms; 2021–2025 melalui CO2.js dari The Green Web Foundation).</translation>
    </message>
    <message>
        <source>ODbL 1.0</source>
        <translation>ODbL 1.0</translation>
    </message>
    <message>
        <source>The grid-intensity and region tables contain information from Electricity Maps, which is made available under the Open Database License (ODbL) v1.0. These two tables, as a Derived Database, are likewise offered under the ODbL v1.0. The other tables keep the licences listed here; the program code is not affected by the share-alike term.</source>
        <translation>Tabel intensitas jaringan listrik dan tabel wilayah memuat informasi dari Electricity Maps, yang tersedia di bawah Open Database License (ODbL) v1.0. Kedua tabel ini, sebagai Derived Database (basis data turunan), juga ditawarkan di bawah ODbL v1.0. Tabel lainnya tetap memakai lisensi yang tercantum di sini; kode program tidak terpengaruh oleh ketentuan share-alike.</translation>
    </message>
    <message>
        <source>Accelerator specifications: Epoch AI, “Data on Machine Learning Hardware”, epoch.ai.</source>
        <translation>Spesifikasi akselerator: Epoch AI, “Data on Machine Learning Hardware”, epoch.ai.</translation>
    </message>
    <message>
        <source>CPU power, cloud data centres, PUE and carbon-intensity tables: Lannelongue L., Grealey J., Inouye M., “Green Algorithms: Quantifying the Carbon Footprint of Computation”, Advanced Science 2021.</source>
        <translation>Tabel daya CPU, pusat data cloud, PUE, dan intensitas karbon: Lannelongue L., Grealey J., Inouye M., “Green Algorithms: Quantifying the Carbon Footprint of Computation”, Advanced Science 2021.</translation>
    </message>
    <message>
        <source>Cloud region carbon data: Google Cloud region-carbon-info, © Google LLC.</source>
        <translation>Data karbon wilayah cloud: Google Cloud region-carbon-info, © Google LLC.</translation>
    </message>
    <message>
        <source>Provider PUE, GPU idle power and cloud regions: Cloud Carbon Footprint methodology, © Thoughtworks and Cloud Carbon Footprint contributors.</source>
        <translation>PUE penyedia, daya idle GPU, dan wilayah cloud: metodologi Cloud Carbon Footprint, © Thoughtworks dan kontributor Cloud Carbon Footprint.</translation>
    </message>
    <message>
        <source>CPU power and cloud region tables: CodeCarbon and ML CO2 Impact (mlco2), © CodeCarbon and mlco2 contributors.</source>
        <translation>Tabel daya CPU dan wilayah cloud: CodeCarbon dan ML CO2 Impact (mlco2), © kontributor CodeCarbon dan mlco2.</translation>
    </message>
    <message>
        <source>MIT License</source>
        <translation>MIT License</translation>
    </message>
    <message>
        <source>Embodied emissions of accelerator dies: LLMCarbon hardware table, Faiz et al., ICLR 2024.</source>
        <translation>Emisi terkandung die akselerator: tabel perangkat keras LLMCarbon, Faiz dkk., ICLR 2024.</translation>
    </message>
    <message>
        <source>Country and region names and codes: Debian iso-codes.</source>
        <translation>Nama dan kode negara serta wilayah: Debian iso-codes.</translation>
    </message>
    <message>
        <source>LGPL 2.1 or later</source>
        <translation>LGPL 2.1 atau yang lebih baru</translation>
    </message>
    <message>
        <source>Figures from papers and datasheets are cited facts; each paper or datasheet has its row in the table above.</source>
        <translation>Angka dari makalah dan lembar data adalah fakta yang dikutip; setiap makalah atau lembar data memiliki barisnya sendiri di tabel di atas.</translation>
    </message>
    <message>
        <source>AI Carbon Planner itself is free software under the GNU General Public License, version 3 or later.</source>
        <translation>AI Carbon Planner sendiri adalah perangkat lunak bebas di bawah GNU General Public License, versi 3 atau yang lebih baru.</translation>
    </message>
</context>
<context>
    <name>aicarbon::DeviceTableModel</name>
    <message>
        <source>Dense %1 peak in TFLOP/s (no sparsity)</source>
        <translation>Puncak padat %1 dalam TFLOP/s (tanpa sparsitas)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Release year</source>
        <translation>Tahun rilis</translation>
    </message>
    <message>
        <source>TDP
W</source>
        <translation>TDP
W</translation>
    </message>
    <message>
        <source>Thermal design power (board or module), W</source>
        <translation>Daya desain termal (papan atau modul), W</translation>
    </message>
    <message>
        <source>FP32
TFLOP/s</source>
        <translation>FP32
TFLOP/s</translation>
    </message>
    <message>
        <source>BF16
TFLOP/s</source>
        <translation>BF16
TFLOP/s</translation>
    </message>
    <message>
        <source>FP16
TFLOP/s</source>
        <translation>FP16
TFLOP/s</translation>
    </message>
    <message>
        <source>FP8
TFLOP/s</source>
        <translation>FP8
TFLOP/s</translation>
    </message>
    <message>
        <source>Memory
GB</source>
        <translation>Memori
GB</translation>
    </message>
    <message>
        <source>Device memory, GB (10⁹ bytes)</source>
        <translation>Memori perangkat, GB (10⁹ byte)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>The id scenario files and aicarbon-cli use</source>
        <translation>Id yang dipakai oleh berkas skenario dan aicarbon-cli</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>TPU</source>
        <translation>TPU</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Akselerator</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>milik Anda</translation>
    </message>
    <message>
        <source> (your own entry)</source>
        <translation> (entri Anda sendiri)</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>Id: %1</translation>
    </message>
    <message>
        <source>TDP: %1 W (%2)</source>
        <translation>TDP: %1 W (%2)</translation>
    </message>
    <message>
        <source>Idle: %1 W</source>
        <translation>Idle: %1 W</translation>
    </message>
    <message>
        <source>Dense peaks, TFLOP/s: %1</source>
        <translation>Puncak padat, TFLOP/s: %1</translation>
    </message>
    <message>
        <source>Process: %1 nm, die %2 mm²</source>
        <translation>Proses: %1 nm, die %2 mm²</translation>
    </message>
    <message>
        <source>Embodied: %1 kg CO₂e (%2)</source>
        <translation>Emisi terkandung: %1 kg CO₂e (%2)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Sumber: %1</translation>
    </message>
</context>
<context>
    <name>aicarbon::FigureDialog</name>
    <message>
        <source>Comparison of one quantity</source>
        <translation>Perbandingan satu besaran</translation>
    </message>
    <message>
        <source>Emissions by component</source>
        <translation>Emisi per komponen</translation>
    </message>
    <message>
        <source>Region ranking</source>
        <translation>Peringkat wilayah</translation>
    </message>
    <message>
        <source>Devices: time against emissions</source>
        <translation>Perangkat: waktu terhadap emisi</translation>
    </message>
    <message>
        <source>Emissions</source>
        <translation>Emisi</translation>
    </message>
    <message>
        <source>Facility energy</source>
        <translation>Energi fasilitas</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Grafik:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Besaran:</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Skenario:</translation>
    </message>
    <message>
        <source> dpi (PNG)</source>
        <translation> dpi (PNG)</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Okabe–Ito (colour-blind safe)</source>
        <translation>Okabe–Ito (aman untuk buta warna)</translation>
    </message>
    <message>
        <source>Grayscale with hatching (print)</source>
        <translation>Skala abu-abu dengan arsiran (cetak)</translation>
    </message>
    <message>
        <source>Viridis (colour-blind safe, by lightness)</source>
        <translation>Viridis (aman untuk buta warna, menurut kecerahan)</translation>
    </message>
    <message>
        <source>Tol bright (colour-blind safe)</source>
        <translation>Tol bright (aman untuk buta warna)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Judul:</translation>
    </message>
    <message>
        <source>Above the chart</source>
        <translation>Di atas grafik</translation>
    </message>
    <message>
        <source>Right of the chart</source>
        <translation>Di kanan grafik</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolusi:</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Fon:</translation>
    </message>
    <message>
        <source>Font si&amp;ze:</source>
        <translation>&amp;Ukuran fon:</translation>
    </message>
    <message>
        <source>&amp;Palette:</source>
        <translation>&amp;Palet:</translation>
    </message>
    <message>
        <source>&amp;Legend:</source>
        <translation>&amp;Legenda:</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Kustom</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Ukuran:</translation>
    </message>
    <message>
        <source>The project has no scenario to draw.</source>
        <translation>Proyek ini tidak memiliki skenario untuk digambar.</translation>
    </message>
    <message>
        <source>%1 × %2 mm = %3 × %4 in; PNG %5 × %6 pixels</source>
        <translation>%1 × %2 mm = %3 × %4 in; PNG %5 × %6 piksel</translation>
    </message>
    <message>
        <source>Export Figure</source>
        <translation>Ekspor Gambar</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;SVG (*.svg);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;SVG (*.svg);;Gambar PNG (*.png)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <source>Single column (%1 mm)</source>
        <translation>Satu kolom (%1 mm)</translation>
    </message>
    <message>
        <source>%1 column (%2 mm)</source>
        <translation>%1 kolom (%2 mm)</translation>
    </message>
    <message>
        <source>Double column (%1 mm)</source>
        <translation>Dua kolom (%1 mm)</translation>
    </message>
    <message>
        <source>Slide %1:%2 (%3 mm)</source>
        <translation>Slide %1:%2 (%3 mm)</translation>
    </message>
</context>
<context>
    <name>aicarbon::LessonPanel</name>
    <message>
        <source>Lesson</source>
        <translation>Pelajaran</translation>
    </message>
</context>
<context>
    <name>aicarbon::MainWindow</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Simpan otomatis gagal: %1</translation>
    </message>
    <message>
        <source>Catalog data %1 (%2)</source>
        <translation>Data katalog %1 (%2)</translation>
    </message>
    <message>
        <source>Your own catalog (%1) could not be opened: %2
The app works with the shipped catalog only until this is resolved.</source>
        <translation>Katalog Anda sendiri (%1) tidak dapat dibuka: %2
Aplikasi hanya memakai katalog bawaan sampai masalah ini teratasi.</translation>
    </message>
    <message>
        <source>Your own catalog could not be read (%1). It was moved aside, unchanged, to
%2
and a new, empty one was started.</source>
        <translation>Katalog Anda sendiri tidak dapat dibaca (%1). Katalog itu telah dipindahkan, tanpa diubah, ke
%2
dan katalog baru yang kosong telah dibuat.</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>S&amp;kenario</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Perbandingan</translation>
    </message>
    <message>
        <source>&amp;What if</source>
        <translation>Bagaimana j&amp;ika</translation>
    </message>
    <message>
        <source>Se&amp;nsitivity</source>
        <translation>Sensiti&amp;vitas</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Skenario</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Baru</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>B&amp;uka…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Buka Te&amp;rkini</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Simpan Seb&amp;agai…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Kembalikan</translation>
    </message>
    <message>
        <source>Export &amp;Figure…</source>
        <translation>Ekspor &amp;Gambar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>K&amp;eluar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>&amp;Add Scenario</source>
        <translation>&amp;Tambah Skenario</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Duplicate Scenario</source>
        <translation>&amp;Duplikasi Skenario</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>De&amp;lete Scenario</source>
        <translation>&amp;Hapus Skenario</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>Set as &amp;Baseline</source>
        <translation>Jadikan &amp;Acuan</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferensi…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>&amp;Methodology</source>
        <translation>&amp;Metodologi</translation>
    </message>
    <message>
        <source>&amp;Data Sources and Licences</source>
        <translation>&amp;Sumber Data dan Lisensi</translation>
    </message>
    <message>
        <source>&amp;About AI Carbon Planner</source>
        <translation>&amp;Tentang AI Carbon Planner</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Tidak dapat membuka %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;The file was not opened; your current project is unchanged.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Berkas tidak dibuka; proyek Anda saat ini tidak berubah.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Proyek tanpa judul</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Buka Proyek</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>Simpan Proyek</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Tidak dapat menyimpan</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2
The previous file is unchanged.</source>
        <translation>%1 tidak dapat disimpan: %2
Berkas sebelumnya tidak berubah.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 tersimpan</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Kembalikan</translation>
    </message>
    <message>
        <source>Discard your changes and reload %1?</source>
        <translation>Buang perubahan Anda dan muat ulang %1?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>The project has unsaved changes. Save them?</source>
        <translation>Proyek memiliki perubahan yang belum disimpan. Simpan sekarang?</translation>
    </message>
    <message>
        <source>%1[*] — AI Carbon Planner</source>
        <translation>%1[*] — AI Carbon Planner</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Tidak ada berkas terkini</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Kosongkan Daftar</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Metodologi</translation>
    </message>
    <message>
        <source>About AI Carbon Planner</source>
        <translation>Tentang AI Carbon Planner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;AI Carbon Planner %1&lt;/h3&gt;&lt;p&gt;Plan the time, energy, carbon and cost of a machine-learning training run before you launch it.&lt;/p&gt;&lt;p&gt;Catalog data %2 (%3). Works offline.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later. Charts by QCustomPlot (GPL). The data keep their sources&apos; licences: see Help → Data Sources and Licences.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AI Carbon Planner %1&lt;/h3&gt;&lt;p&gt;Rencanakan waktu, energi, karbon, dan biaya pelatihan model pembelajaran mesin sebelum Anda menjalankannya.&lt;/p&gt;&lt;p&gt;Data katalog %2 (%3). Bekerja secara luring.&lt;/p&gt;&lt;p&gt;Dilisensikan di bawah GNU General Public License, versi 3 atau yang lebih baru. Grafik oleh QCustomPlot (GPL). Data tetap memakai lisensi sumbernya: lihat Bantuan → Sumber Data dan Lisensi.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Guided Explanation</source>
        <translation>Penjelasan &amp;Terpandu</translation>
    </message>
    <message>
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Mode Presentasi</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Pelajaran</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Published Numbers…</source>
        <translation>&amp;Angka yang Dipublikasikan…</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Skenario %1</translation>
    </message>
</context>
<context>
    <name>aicarbon::MethodsDialog</name>
    <message>
        <source>Methods Paragraph</source>
        <translation>Paragraf Metode</translation>
    </message>
    <message>
        <source>LaTeX</source>
        <translation>LaTeX</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>Sa&amp;lin ke Papan Klip</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Simpan…</translation>
    </message>
    <message>
        <source>Save .&amp;bib…</source>
        <translation>Simpan .&amp;bib…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Save Methods Paragraph</source>
        <translation>Simpan Paragraf Metode</translation>
    </message>
    <message>
        <source>LaTeX (*.tex)</source>
        <translation>LaTeX (*.tex)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Save Bibliography</source>
        <translation>Simpan Bibliografi</translation>
    </message>
    <message>
        <source>BibTeX (*.bib)</source>
        <translation>BibTeX (*.bib)</translation>
    </message>
</context>
<context>
    <name>aicarbon::ModelTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Total parameters</source>
        <translation>Total parameter</translation>
    </message>
    <message>
        <source>Active
parameters</source>
        <translation>Parameter
aktif</translation>
    </message>
    <message>
        <source>Parameters used per token (mixture of experts)</source>
        <translation>Parameter yang dipakai per token (mixture of experts)</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Lapisan</translation>
    </message>
    <message>
        <source>d_model</source>
        <translation>d_model</translation>
    </message>
    <message>
        <source>Width of the residual stream</source>
        <translation>Lebar aliran residual (residual stream)</translation>
    </message>
    <message>
        <source>Context
tokens</source>
        <translation>Token
konteks</translation>
    </message>
    <message>
        <source>Context length in tokens</source>
        <translation>Panjang konteks dalam token</translation>
    </message>
    <message>
        <source>Training
tokens</source>
        <translation>Token
pelatihan</translation>
    </message>
    <message>
        <source>Tokens seen in training</source>
        <translation>Token yang dilihat selama pelatihan</translation>
    </message>
    <message>
        <source>Published run on</source>
        <translation>Dilatih pada</translation>
    </message>
    <message>
        <source>Device of the published training run</source>
        <translation>Perangkat yang dipakai pada pelatihan yang dipublikasikan</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <source>Number of devices of the published training run</source>
        <translation>Jumlah perangkat pada pelatihan yang dipublikasikan</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Family: %1</source>
        <translation>Keluarga: %1</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>Id: %1</translation>
    </message>
    <message>
        <source>Parameters: %1</source>
        <translation>Parameter: %1</translation>
    </message>
    <message>
        <source>Training tokens: %1</source>
        <translation>Token pelatihan: %1</translation>
    </message>
    <message>
        <source>Heads: %1, vocabulary: %2</source>
        <translation>Head: %1, kosakata: %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Sumber: %1</translation>
    </message>
</context>
<context>
    <name>aicarbon::OptionalNumberField</name>
    <message>
        <source>Give this input an uncertainty range (low, high and distribution)</source>
        <translation>Beri input ini rentang ketidakpastian (batas bawah, batas atas, dan distribusi)</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>nilai bawaan</translation>
    </message>
    <message>
        <source>%1; the estimate still uses %2</source>
        <translation>%1; estimasi tetap memakai %2</translation>
    </message>
</context>
<context>
    <name>aicarbon::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferensi</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Automatic (g, kg, t or kt by size)</source>
        <translation>Otomatis (g, kg, t, atau kt sesuai besarnya)</translation>
    </message>
    <message>
        <source>Kilograms (kg)</source>
        <translation>Kilogram (kg)</translation>
    </message>
    <message>
        <source>Tonnes (t)</source>
        <translation>Ton (t)</translation>
    </message>
    <message>
        <source>Pounds (lb)</source>
        <translation>Pon (lb)</translation>
    </message>
    <message>
        <source>Automatic (kWh, MWh, GWh or TWh by size)</source>
        <translation>Otomatis (kWh, MWh, GWh, atau TWh sesuai besarnya)</translation>
    </message>
    <message>
        <source>Kilowatt-hours (kWh)</source>
        <translation>Kilowatt-jam (kWh)</translation>
    </message>
    <message>
        <source>Megawatt-hours (MWh)</source>
        <translation>Megawatt-jam (MWh)</translation>
    </message>
    <message>
        <source>&amp;Mass of CO₂e:</source>
        <translation>&amp;Massa CO₂e:</translation>
    </message>
    <message>
        <source>&amp;Energy:</source>
        <translation>&amp;Energi:</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <source>Okabe–Ito (colour-blind safe)</source>
        <translation>Okabe–Ito (aman untuk buta warna)</translation>
    </message>
    <message>
        <source>Tol bright (colour-blind safe)</source>
        <translation>Tol bright (aman untuk buta warna)</translation>
    </message>
    <message>
        <source>Grayscale (for print)</source>
        <translation>Skala abu-abu (untuk cetak)</translation>
    </message>
    <message>
        <source>Scenario &amp;colours:</source>
        <translation>&amp;Warna skenario:</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Ketidakpastian</translation>
    </message>
    <message>
        <source>Give inputs left at their defaults a documented &amp;range</source>
        <translation>Beri &amp;rentang terdokumentasi pada input yang memakai nilai bawaan</translation>
    </message>
    <message>
        <source>Defaults for new scenarios</source>
        <translation>Bawaan untuk skenario baru</translation>
    </message>
    <message>
        <source>engine default (%1)</source>
        <translation>bawaan program (%1)</translation>
    </message>
    <message>
        <source>from the catalog</source>
        <translation>dari katalog</translation>
    </message>
    <message>
        <source>Empty: the provider&apos;s PUE from the catalog, else the world average %1 (Uptime Institute 2024).</source>
        <translation>Kosong: PUE penyedia dari katalog, atau jika tidak ada, rata-rata dunia %1 (Uptime Institute 2024).</translation>
    </message>
    <message>
        <source>Model FLOPs &amp;utilization:</source>
        <translation>&amp;Utilisasi FLOPs model:</translation>
    </message>
    <message>
        <source>&amp;PUE:</source>
        <translation>&amp;PUE:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>&amp;Show %1% intervals, error bars and the sensitivity of each scenario</source>
        <translation>&amp;Tampilkan interval %1%, batang galat, dan sensitivitas setiap skenario</translation>
    </message>
    <message>
        <source>MFU %1–%2, power %3–%4 % of TDP, host power up to the DGX nameplate share, grid intensity across catalog sources (methodology §13.2). Off: only the ranges you give count.</source>
        <translation>MFU %1–%2, daya %3–%4% dari TDP, daya host hingga porsi nominal (nameplate) DGX, intensitas jaringan dari berbagai sumber katalog (metodologi §13.2). Nonaktif: hanya rentang yang Anda berikan yang diperhitungkan.</translation>
    </message>
    <message>
        <source>Empty: the engine&apos;s default, %1 (Llama 3 measured %2–%3 % on H100).</source>
        <translation>Kosong: bawaan program, %1 (Llama 3 terukur %2–%3% pada H100).</translation>
    </message>
    <message>
        <source>MFU must be a number above %1 and at most %2 (e.g. %3), or empty.</source>
        <translation>MFU harus berupa angka di atas %1 dan maksimal %2 (mis. %3), atau kosong.</translation>
    </message>
    <message>
        <source>PUE must be a number of at least %1 (e.g. %2), or empty.</source>
        <translation>PUE harus berupa angka minimal %1 (mis. %2), atau kosong.</translation>
    </message>
</context>
<context>
    <name>aicarbon::PublishedFootprintModel</name>
    <message>
        <source>Study</source>
        <translation>Studi</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Perangkat keras</translation>
    </message>
    <message>
        <source>Reported energy (MWh)</source>
        <translation>Energi dilaporkan (MWh)</translation>
    </message>
    <message>
        <source>Estimated energy (MWh)</source>
        <translation>Energi diestimasi (MWh)</translation>
    </message>
    <message>
        <source>Δ energy (%)</source>
        <translation>Δ energi (%)</translation>
    </message>
    <message>
        <source>Reported CO₂e (t)</source>
        <translation>CO₂e dilaporkan (t)</translation>
    </message>
    <message>
        <source>Estimated CO₂e (t)</source>
        <translation>CO₂e diestimasi (t)</translation>
    </message>
    <message>
        <source>Δ CO₂e (%)</source>
        <translation>Δ CO₂e (%)</translation>
    </message>
    <message>
        <source>Planning mode CO₂e (t)</source>
        <translation>CO₂e mode perencanaan (t)</translation>
    </message>
    <message>
        <source>Δ planning (%)</source>
        <translation>Δ perencanaan (%)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <comment>device count × device name</comment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Devices: %1</source>
        <translation>Perangkat: %1</translation>
    </message>
    <message>
        <source>Duration: %1 h (wall clock)</source>
        <translation>Durasi: %1 jam (waktu nyata)</translation>
    </message>
    <message>
        <source>Duration: %1 days (wall clock)</source>
        <translation>Durasi: %1 hari (waktu nyata)</translation>
    </message>
    <message>
        <source>Duration: %1 device-hours</source>
        <translation>Durasi: %1 jam-perangkat</translation>
    </message>
    <message>
        <source>Average power: %1 W for the whole machine</source>
        <translation>Daya rata-rata: %1 W untuk seluruh mesin</translation>
    </message>
    <message>
        <source>Average power: %1 W per device</source>
        <translation>Daya rata-rata: %1 W per perangkat</translation>
    </message>
    <message>
        <source>PUE: %1</source>
        <translation>PUE: %1</translation>
    </message>
    <message>
        <source>lb CO₂e/kWh</source>
        <translation>lb CO₂e/kWh</translation>
    </message>
    <message>
        <source>g CO₂e/kWh</source>
        <translation>g CO₂e/kWh</translation>
    </message>
    <message>
        <source>Grid intensity: %1 %2</source>
        <translation>Intensitas jaringan: %1 %2</translation>
    </message>
    <message>
        <source>Net of carbon-free energy: %1 %2</source>
        <translation>Setelah dikurangi energi bebas karbon: %1 %2</translation>
    </message>
    <message>
        <source>lb CO₂e</source>
        <translation>lb CO₂e</translation>
    </message>
    <message>
        <source>t CO₂e</source>
        <translation>t CO₂e</translation>
    </message>
    <message>
        <source>Published energy: %1 kWh</source>
        <translation>Energi yang dipublikasikan: %1 kWh</translation>
    </message>
    <message>
        <source>Published energy: not published</source>
        <translation>Energi yang dipublikasikan: tidak dipublikasikan</translation>
    </message>
    <message>
        <source>Published emissions: %1 %2</source>
        <translation>Emisi yang dipublikasikan: %1 %2</translation>
    </message>
    <message>
        <source>Published net (market-based) emissions: %1 %2</source>
        <translation>Emisi bersih (berbasis pasar) yang dipublikasikan: %1 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Inputs used:</source>
        <translation>Input yang dipakai:</translation>
    </message>
    <message>
        <source>Planning mode: %1 at %2 % MFU</source>
        <translation>Mode perencanaan: %1 pada MFU %2%</translation>
    </message>
    <message>
        <source>Planning mode: not available (no model preset with parameters and tokens, or no peak FLOP/s for the device)</source>
        <translation>Mode perencanaan: tidak tersedia (tidak ada preset model dengan parameter dan token, atau tidak ada puncak FLOP/s untuk perangkat ini)</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Catatan: %1</translation>
    </message>
</context>
<context>
    <name>aicarbon::PublishedNumbersDialog</name>
    <message>
        <source>Published Numbers</source>
        <translation>Angka yang Dipublikasikan</translation>
    </message>
</context>
<context>
    <name>aicarbon::PublishedNumbersView</name>
    <message>
        <source>Well-known published training footprints beside this tool&apos;s estimate from the same inputs: the study&apos;s devices, duration, average power, PUE and grid intensity. Hover over a row to see the inputs used.</source>
        <translation>Jejak karbon pelatihan terkenal yang telah dipublikasikan, berdampingan dengan estimasi alat ini dari input yang sama: perangkat, durasi, daya rata-rata, PUE, dan intensitas jaringan dari studi tersebut. Arahkan kursor ke sebuah baris untuk melihat input yang dipakai.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why do estimates and reports differ?&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Rounding.&lt;/b&gt; Papers print days, watts and tonnes with two or three digits; small runs differ most.&lt;/li&gt;&lt;li&gt;&lt;b&gt;What was counted.&lt;/b&gt; Strubell et al. measured the whole machine (processors, memory and GPUs); Patterson et al. include the host in the power per chip; the BLOOM figure counts GPU power only, without data-centre overhead (PUE), idle machines or manufacturing.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PUE and grid.&lt;/b&gt; Each study chose its own data-centre overhead and grid intensity, and the estimate uses exactly those. In another year or region the same run emits very differently.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Host power.&lt;/b&gt; Servers also power processors, memory and networking; the Llama 2 and BLOOM figures count the accelerators only.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Planning mode&lt;/b&gt; starts from parameters × tokens at an assumed %1 % model FLOPs utilization, before any training. The real runs used their chips differently, so a plan can be far from the report: that is the uncertainty of planning.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Mengapa estimasi dan laporan berbeda?&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Pembulatan.&lt;/b&gt; Makalah mencantumkan hari, watt, dan ton dengan dua atau tiga digit; pelatihan kecil paling banyak berbeda.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Apa yang dihitung.&lt;/b&gt; Strubell dkk. mengukur seluruh mesin (prosesor, memori, dan GPU); Patterson dkk. memasukkan host ke dalam daya per chip; angka BLOOM hanya menghitung daya GPU, tanpa overhead pusat data (PUE), mesin yang menganggur, atau manufaktur.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PUE dan jaringan listrik.&lt;/b&gt; Setiap studi memilih overhead pusat data dan intensitas jaringannya sendiri, dan estimasi memakai persis nilai-nilai itu. Pada tahun atau wilayah lain, pelatihan yang sama menghasilkan emisi yang sangat berbeda.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Daya host.&lt;/b&gt; Server juga memasok daya untuk prosesor, memori, dan perangkat jaringan; angka Llama 2 dan BLOOM hanya menghitung akselerator.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Mode perencanaan&lt;/b&gt; berangkat dari parameter × token dengan asumsi utilisasi FLOPs model sebesar %1%, sebelum pelatihan apa pun. Pelatihan sungguhan memakai chipnya secara berbeda, sehingga rencana bisa jauh dari laporan: itulah ketidakpastian perencanaan.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&amp;Open as Scenario</source>
        <translation>&amp;Buka sebagai Skenario</translation>
    </message>
    <message>
        <source>Add the selected run, with the study&apos;s inputs, to the project (undoable)</source>
        <translation>Tambahkan pelatihan yang dipilih, dengan input dari studinya, ke proyek (dapat diurungkan)</translation>
    </message>
    <message>
        <source>Open &amp;Planned Scenario</source>
        <translation>Buka Skenario &amp;Rencana</translation>
    </message>
    <message>
        <source>Add the selected run planned from its model preset to the project (undoable)</source>
        <translation>Tambahkan pelatihan yang dipilih, direncanakan dari preset modelnya, ke proyek (dapat diurungkan)</translation>
    </message>
</context>
<context>
    <name>aicarbon::RangeEditor</name>
    <message>
        <source>low bound</source>
        <translation>batas bawah</translation>
    </message>
    <message>
        <source>high bound</source>
        <translation>batas atas</translation>
    </message>
    <message>
        <source>uniform</source>
        <translation>seragam</translation>
    </message>
    <message>
        <source>triangular</source>
        <translation>segitiga</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>lognormal</source>
        <translation>lognormal</translation>
    </message>
    <message>
        <source>Uniform: every value between the bounds equally likely. Triangular: most likely at the field&apos;s value. Normal: centred on the value, σ = (high − low)/3.29, cut at the bounds. Lognormal: the bounds are the 5% and 95% quantiles around the value.</source>
        <translation>Seragam: setiap nilai di antara kedua batas sama mungkinnya. Segitiga: paling mungkin pada nilai kolom. Normal: berpusat pada nilai, σ = (atas − bawah)/3,29, dipotong pada batas. Lognormal: kedua batas adalah kuantil 5% dan 95% di sekitar nilai.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Remove the range: the input counts as exactly known again</source>
        <translation>Hapus rentang: input kembali dianggap diketahui secara pasti</translation>
    </message>
    <message>
        <source>Low bound: %1</source>
        <translation>Batas bawah: %1</translation>
    </message>
    <message>
        <source>High bound: %1</source>
        <translation>Batas atas: %1</translation>
    </message>
    <message>
        <source>The low bound must be below the high bound.</source>
        <translation>Batas bawah harus di bawah batas atas.</translation>
    </message>
    <message>
        <source>Give the field a value first: the range is drawn around it.</source>
        <translation>Isi nilai kolom terlebih dahulu: rentang dibentuk di sekitarnya.</translation>
    </message>
    <message>
        <source>The range must contain the field&apos;s value, %1.</source>
        <translation>Rentang harus mencakup nilai kolom, %1.</translation>
    </message>
    <message>
        <source>A lognormal range needs a positive low bound.</source>
        <translation>Rentang lognormal memerlukan batas bawah positif.</translation>
    </message>
</context>
<context>
    <name>aicarbon::RegionTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>The id scenario files and aicarbon-cli use</source>
        <translation>Id yang dipakai oleh berkas skenario dan aicarbon-cli</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-2 code</source>
        <translation>Kode ISO 3166-1 alpha-2</translation>
    </message>
    <message>
        <source>Intensity
g/kWh</source>
        <translation>Intensitas
g/kWh</translation>
    </message>
    <message>
        <source>Grid carbon intensity used by default: the primary series&apos; latest year</source>
        <translation>Intensitas karbon jaringan listrik yang dipakai secara bawaan: tahun terbaru dari seri utama</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Year of the intensity value</source>
        <translation>Tahun nilai intensitas</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Lifecycle includes upstream emissions of the fuels; direct counts combustion only</source>
        <translation>Siklus hidup mencakup emisi hulu bahan bakar; langsung hanya menghitung pembakaran</translation>
    </message>
    <message>
        <source>Carbon-free
%</source>
        <translation>Bebas karbon
%</translation>
    </message>
    <message>
        <source>Share of carbon-free electricity, where the source gives it</source>
        <translation>Porsi listrik bebas karbon, bila sumbernya mencantumkannya</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Source of the intensity value</source>
        <translation>Sumber nilai intensitas</translation>
    </message>
    <message>
        <source>World</source>
        <translation>Dunia</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>State/province</source>
        <translation>Negara bagian/provinsi</translation>
    </message>
    <message>
        <source>Grid zone</source>
        <translation>Zona jaringan</translation>
    </message>
    <message>
        <source>lifecycle</source>
        <translation>siklus hidup</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>langsung</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>milik Anda</translation>
    </message>
    <message>
        <source>No intensity value</source>
        <translation>Tidak ada nilai intensitas</translation>
    </message>
    <message>
        <source> (your own entry)</source>
        <translation> (entri Anda sendiri)</translation>
    </message>
    <message>
        <source>Id: %1 (%2)</source>
        <translation>Id: %1 (%2)</translation>
    </message>
    <message>
        <source>Part of: %1</source>
        <translation>Bagian dari: %1</translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation>Dikenal juga sebagai: %1</translation>
    </message>
    <message>
        <source>%1 g/kWh in %2 (%3)</source>
        <translation>%1 g/kWh pada %2 (%3)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Sumber: %1</translation>
    </message>
</context>
<context>
    <name>aicarbon::ReportActions</name>
    <message>
        <source>Export &amp;Table…</source>
        <translation>Ekspor &amp;Tabel…</translation>
    </message>
    <message>
        <source>&amp;Methods Paragraph…</source>
        <translation>Paragraf &amp;Metode…</translation>
    </message>
    <message>
        <source>Export Reproducibility &amp;Bundle…</source>
        <translation>Ekspor &amp;Paket Reproduksibilitas…</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>LaTeX table (*.tex)</source>
        <translation>Tabel LaTeX (*.tex)</translation>
    </message>
    <message>
        <source>Markdown table (*.md)</source>
        <translation>Tabel Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Ekspor Tabel</translation>
    </message>
    <message>
        <source>Export Reproducibility Bundle</source>
        <translation>Ekspor Paket Reproduksibilitas</translation>
    </message>
</context>
<context>
    <name>aicarbon::ScenarioListDock</name>
    <message>
        <source>Scenarios</source>
        <translation>Skenario</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Add a new scenario</source>
        <translation>Tambah skenario baru</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikasi</translation>
    </message>
    <message>
        <source>Duplicate the selected scenario</source>
        <translation>Duplikasi skenario yang dipilih</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Delete the selected scenario</source>
        <translation>Hapus skenario yang dipilih</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Naik</translation>
    </message>
    <message>
        <source>Move the scenario up</source>
        <translation>Pindahkan skenario ke atas</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Turun</translation>
    </message>
    <message>
        <source>Move the scenario down</source>
        <translation>Pindahkan skenario ke bawah</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Acuan</translation>
    </message>
    <message>
        <source>Compare every scenario against this one</source>
        <translation>Bandingkan setiap skenario dengan skenario ini</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Skenario %1</translation>
    </message>
</context>
<context>
    <name>aicarbon::ScenarioListModel</name>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1 (acuan)</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Tidak valid: %1</translation>
    </message>
    <message>
        <source>Total: %1 CO2e</source>
        <translation>Total: %1 CO2e</translation>
    </message>
</context>
<context>
    <name>aicarbon::SensitivityView</name>
    <message>
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Rentang</translation>
    </message>
    <message>
        <source>CO₂e at low</source>
        <translation>CO₂e di batas bawah</translation>
    </message>
    <message>
        <source>CO₂e at high</source>
        <translation>CO₂e di batas atas</translation>
    </message>
    <message>
        <source>Swing</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <source>Variance share Sᵢ</source>
        <translation>Porsi varians Sᵢ</translation>
    </message>
    <message>
        <source>Total share Sₜᵢ</source>
        <translation>Porsi total Sₜᵢ</translation>
    </message>
    <message>
        <source>Source of the range</source>
        <translation>Sumber rentang</translation>
    </message>
    <message>
        <source>Input at its low bound</source>
        <translation>Input pada batas bawahnya</translation>
    </message>
    <message>
        <source>Input at its high bound</source>
        <translation>Input pada batas atasnya</translation>
    </message>
    <message>
        <source>Which input matters for %1?</source>
        <translation>Input mana yang berpengaruh pada %1?</translation>
    </message>
    <message>
        <source>No scenario</source>
        <translation>Tidak ada skenario</translation>
    </message>
    <message>
        <source>Add or select a scenario.</source>
        <translation>Tambahkan atau pilih skenario.</translation>
    </message>
    <message>
        <source>Uncertainty is switched off in Preferences.</source>
        <translation>Ketidakpastian dinonaktifkan di Preferensi.</translation>
    </message>
    <message>
        <source>The scenario has errors; correct them first.</source>
        <translation>Skenario memiliki kesalahan; perbaiki terlebih dahulu.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <source>No input of this scenario has a range. Give a field a range in the editor (the ± button), or switch on default ranges in Preferences.</source>
        <translation>Tidak ada input skenario ini yang memiliki rentang. Beri rentang pada suatu kolom di editor (tombol ±), atau aktifkan rentang bawaan di Preferensi.</translation>
    </message>
    <message>
        <source>Total emissions (%1 CO₂e)</source>
        <translation>Total emisi (%1 CO₂e)</translation>
    </message>
    <message>
        <source>default range</source>
        <translation>rentang bawaan</translation>
    </message>
    <message>
        <source>your range</source>
        <translation>rentang Anda</translation>
    </message>
    <message>
        <source>%1 to %2, %3 (%4)</source>
        <translation>%1 sampai %2, %3 (%4)</translation>
    </message>
    <message>
        <source>this scenario</source>
        <translation>skenario ini</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>Total CO₂e %1 (%2, %3% interval, %Ln draw(s)). Each bar moves one input from its low to its high bound with the others at their central values; the variance share says how much of the spread that input explains alone.</source>
        <translation>
            <numerusform>Total CO₂e %1 (%2, interval %3%, %Ln sampel). Setiap batang menggeser satu input dari batas bawah ke batas atasnya, sementara input lain tetap pada nilai tengahnya; porsi varians menunjukkan seberapa besar sebaran yang dijelaskan oleh input itu sendiri.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aicarbon::SweepTableModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Penyedia</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>g CO₂e/kWh</source>
        <translation>g CO₂e/kWh</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Wall-clock</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <source>Facility energy</source>
        <translation>Energi fasilitas</translation>
    </message>
    <message>
        <source>Total CO₂e</source>
        <translation>Total CO₂e</translation>
    </message>
    <message>
        <source>Pareto front</source>
        <translation>Front Pareto</translation>
    </message>
    <message>
        <source>vs current</source>
        <translation>vs. saat ini</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (saat ini)</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>jaringan listrik</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>Grid intensity: %1 gCO₂e/kWh, %2</source>
        <translation>Intensitas jaringan: %1 gCO₂e/kWh, %2</translation>
    </message>
    <message>
        <source>PUE: %1</source>
        <translation>PUE: %1</translation>
    </message>
    <message>
        <source>Wall-clock time: %1 h</source>
        <translation>Durasi: %1 jam</translation>
    </message>
    <message>
        <source>Facility energy: %1 kWh</source>
        <translation>Energi fasilitas: %1 kWh</translation>
    </message>
    <message>
        <source>Total emissions: %1 kg CO₂e</source>
        <translation>Total emisi: %1 kg CO₂e</translation>
    </message>
    <message>
        <source>Compared with the current scenario: %1</source>
        <translation>Dibandingkan dengan skenario saat ini: %1</translation>
    </message>
    <message>
        <source>direct (provider)</source>
        <translation>langsung (penyedia)</translation>
    </message>
    <message>
        <source>lifecycle</source>
        <translation>siklus hidup</translation>
    </message>
    <message>
        <source>as given</source>
        <translation>sesuai input</translation>
    </message>
</context>
<context>
    <name>aicarbon::UncertaintyBox</name>
    <message>
        <source>CO2e, total</source>
        <translation>CO2e, total</translation>
    </message>
    <message>
        <source>CO2e, market-based</source>
        <translation>CO2e, berbasis pasar</translation>
    </message>
    <message>
        <source>Energy, facility</source>
        <translation>Energi, fasilitas</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Ketidakpastian</translation>
    </message>
    <message>
        <source>No intervals: %1</source>
        <translation>Tidak ada interval: %1</translation>
    </message>
    <message>
        <source>No intervals.</source>
        <translation>Tidak ada interval.</translation>
    </message>
    <message>
        <source>not priced</source>
        <translation>tanpa harga</translation>
    </message>
    <message>
        <source>No input has a range, so these are point estimates. Give a field a range, or switch on the default ranges in Preferences.</source>
        <translation>Tidak ada input yang memiliki rentang, jadi ini adalah estimasi titik. Beri rentang pada suatu kolom, atau aktifkan rentang bawaan di Preferensi.</translation>
    </message>
    <message>
        <source>%1 (%2, %3% interval)</source>
        <translation>%1 (%2, interval %3%)</translation>
    </message>
    <message>
        <source>Computing the %1% intervals…</source>
        <translation>Menghitung interval %1%…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln draw(s); uncertain inputs: %1, of which %2 with a default range. The Sensitivity tab shows which input matters most.</source>
        <translation>
            <numerusform>%Ln sampel; input tidak pasti: %1, %2 di antaranya dengan rentang bawaan. Tab Sensitivitas menunjukkan input mana yang paling berpengaruh.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aicarbon::UserDeviceDialog</name>
    <message>
        <source>Add a device</source>
        <translation>Tambah perangkat</translation>
    </message>
    <message>
        <source>Edit your device</source>
        <translation>Sunting perangkat Anda</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>e.g. acme-x100 (used in scenario files)</source>
        <translation>mis. acme-x100 (dipakai dalam berkas skenario)</translation>
    </message>
    <message>
        <source>The id cannot change. To rename, add a new device and delete this one.</source>
        <translation>Id tidak dapat diubah. Untuk mengganti nama, tambahkan perangkat baru lalu hapus yang ini.</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>&amp;Vendor:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>TPU</source>
        <translation>TPU</translation>
    </message>
    <message>
        <source>Other accelerator</source>
        <translation>Akselerator lain</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>Release &amp;year:</source>
        <translation>Tahun &amp;rilis:</translation>
    </message>
    <message>
        <source>Power and memory</source>
        <translation>Daya dan memori</translation>
    </message>
    <message>
        <source>&amp;TDP:</source>
        <translation>TD&amp;P:</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>I&amp;dle power:</source>
        <translation>Daya i&amp;dle:</translation>
    </message>
    <message>
        <source>Vendor datasheet</source>
        <translation>Lembar data vendor</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Terukur</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Perkiraan</translation>
    </message>
    <message>
        <source>Power &amp;figures:</source>
        <translation>Asal &amp;angka daya:</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>&amp;Memori:</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>&amp;Embodied:</source>
        <translation>&amp;Emisi terkandung:</translation>
    </message>
    <message>
        <source>kg CO₂e</source>
        <translation>kg CO₂e</translation>
    </message>
    <message>
        <source>&amp;Source notes:</source>
        <translation>Catatan &amp;sumber:</translation>
    </message>
    <message>
        <source>where these figures come from</source>
        <translation>dari mana angka-angka ini berasal</translation>
    </message>
    <message>
        <source>Dense peak rates (without sparsity)</source>
        <translation>Laju puncak padat (tanpa sparsitas)</translation>
    </message>
    <message>
        <source>TOP/s</source>
        <translation>TOP/s</translation>
    </message>
    <message>
        <source>TFLOP/s</source>
        <translation>TFLOP/s</translation>
    </message>
    <message>
        <source>Enter a number, or leave the field empty.</source>
        <translation>Masukkan angka, atau biarkan kolom kosong.</translation>
    </message>
    <message>
        <source>You already have a device with this id; saving replaces it.</source>
        <translation>Anda sudah memiliki perangkat dengan id ini; menyimpan akan menggantikannya.</translation>
    </message>
    <message>
        <source>A shipped device has this id; yours will be used instead of it in every estimate.</source>
        <translation>Perangkat bawaan aplikasi memiliki id ini; perangkat Anda akan dipakai menggantikannya di setiap estimasi.</translation>
    </message>
</context>
<context>
    <name>aicarbon::UserRegionDialog</name>
    <message>
        <source>Add a region</source>
        <translation>Tambah wilayah</translation>
    </message>
    <message>
        <source>Edit your region</source>
        <translation>Sunting wilayah Anda</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>e.g. MY-DATACENTRE (used in scenario files)</source>
        <translation>mis. MY-DATACENTRE (dipakai dalam berkas skenario)</translation>
    </message>
    <message>
        <source>The id cannot change. To rename, add a new region and delete this one.</source>
        <translation>Id tidak dapat diubah. Untuk mengganti nama, tambahkan wilayah baru lalu hapus yang ini.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>Grid zone</source>
        <translation>Zona jaringan</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>State/province</source>
        <translation>Negara bagian/provinsi</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>&amp;Country code:</source>
        <translation>&amp;Kode negara:</translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-2, e.g. DE</source>
        <translation>ISO 3166-1 alpha-2, mis. ID</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>Bagian &amp;dari:</translation>
    </message>
    <message>
        <source>id of the enclosing region, optional</source>
        <translation>id wilayah induk, opsional</translation>
    </message>
    <message>
        <source>&amp;Also known as:</source>
        <translation>Nama &amp;lain:</translation>
    </message>
    <message>
        <source>other names, separated by ;</source>
        <translation>nama lain, dipisahkan dengan ;</translation>
    </message>
    <message>
        <source>Grid carbon intensity</source>
        <translation>Intensitas karbon jaringan listrik</translation>
    </message>
    <message>
        <source>&amp;Intensity:</source>
        <translation>In&amp;tensitas:</translation>
    </message>
    <message>
        <source>g CO₂e/kWh</source>
        <translation>g CO₂e/kWh</translation>
    </message>
    <message>
        <source>required</source>
        <translation>wajib</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>T&amp;ahun:</translation>
    </message>
    <message>
        <source>Lifecycle (includes upstream emissions)</source>
        <translation>Siklus hidup (termasuk emisi hulu)</translation>
    </message>
    <message>
        <source>Direct (combustion only)</source>
        <translation>Langsung (hanya pembakaran)</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Basis:</translation>
    </message>
    <message>
        <source>Carbon-&amp;free share:</source>
        <translation>&amp;Porsi bebas karbon:</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Masukkan angka.</translation>
    </message>
    <message>
        <source>You already have a region with this id; saving replaces it.</source>
        <translation>Anda sudah memiliki wilayah dengan id ini; menyimpan akan menggantikannya.</translation>
    </message>
    <message>
        <source>A shipped region has this id; yours will be used instead of it in every estimate.</source>
        <translation>Wilayah bawaan aplikasi memiliki id ini; wilayah Anda akan dipakai menggantikannya di setiap estimasi.</translation>
    </message>
</context>
<context>
    <name>aicarbon::WhatIfView</name>
    <message>
        <source>&amp;Regions</source>
        <translation>&amp;Wilayah</translation>
    </message>
    <message>
        <source>&amp;Hardware</source>
        <translation>&amp;Perangkat keras</translation>
    </message>
    <message>
        <source>Create &amp;scenario from this region</source>
        <translation>Buat &amp;skenario dari wilayah ini</translation>
    </message>
    <message>
        <source>Adds a copy of the scenario moved to the selected region</source>
        <translation>Menambahkan salinan skenario yang dipindahkan ke wilayah yang dipilih</translation>
    </message>
    <message>
        <source>Lowest emissions</source>
        <translation>Emisi terendah</translation>
    </message>
    <message>
        <source>Highest emissions</source>
        <translation>Emisi tertinggi</translation>
    </message>
    <message>
        <source>Name, id or country</source>
        <translation>Nama, id, atau negara</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Tampilkan</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>Create &amp;scenario from this device</source>
        <translation>Buat &amp;skenario dari perangkat ini</translation>
    </message>
    <message>
        <source>Adds a copy of the scenario on the selected device</source>
        <translation>Menambahkan salinan skenario pada perangkat yang dipilih</translation>
    </message>
    <message>
        <source>Every device of the catalog (CPUs left out), same workload, region and device count.</source>
        <translation>Setiap perangkat dalam katalog (kecuali CPU), dengan beban kerja, wilayah, dan jumlah perangkat yang sama.</translation>
    </message>
    <message>
        <source>Lifecycle grid intensity</source>
        <translation>Intensitas jaringan siklus hidup</translation>
    </message>
    <message>
        <source>Direct-emissions intensity</source>
        <translation>Intensitas emisi langsung</translation>
    </message>
    <message>
        <source>Current region</source>
        <translation>Wilayah saat ini</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <source>Pareto front (no device both faster and cleaner)</source>
        <translation>Front Pareto (tidak ada perangkat yang lebih cepat sekaligus lebih bersih)</translation>
    </message>
    <message>
        <source>Current device</source>
        <translation>Perangkat saat ini</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Skenario %1</translation>
    </message>
    <message>
        <source>No scenario selected: add or select a scenario to see where and on what it would emit least.</source>
        <translation>Tidak ada skenario yang dipilih: tambahkan atau pilih skenario untuk melihat di mana dan dengan perangkat apa emisinya paling rendah.</translation>
    </message>
    <message>
        <source>now %1, %2 in %3</source>
        <translation>saat ini %1, %2 di %3</translation>
    </message>
    <message>
        <source>the scenario itself cannot be estimated yet</source>
        <translation>skenario itu sendiri belum dapat diestimasi</translation>
    </message>
    <message>
        <source>What if “%1” ran in another region or on other hardware? (%2)</source>
        <translation>Bagaimana jika “%1” dijalankan di wilayah lain atau pada perangkat keras lain? (%2)</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Semua wilayah</translation>
    </message>
    <message>
        <source>Electricity grids</source>
        <translation>Jaringan listrik</translation>
    </message>
    <message>
        <source>Cloud: %1</source>
        <translation>Cloud: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (saat ini)</translation>
    </message>
    <message>
        <source>Total emissions if run there (%1 CO₂e)</source>
        <translation>Total emisi jika dijalankan di sana (%1 CO₂e)</translation>
    </message>
    <message>
        <source>Intensity bases differ: hatched bars and “direct” rows count direct (combustion) emissions only, as cloud providers such as Google publish them; the others are lifecycle grid intensities, higher for the same grid. Compare the two with care.</source>
        <translation>Basis intensitas berbeda: batang berarsir dan baris “langsung” hanya menghitung emisi langsung (pembakaran), sebagaimana dipublikasikan oleh penyedia cloud seperti Google; yang lainnya adalah intensitas jaringan siklus hidup, yang lebih tinggi untuk jaringan yang sama. Bandingkan keduanya dengan hati-hati.</translation>
    </message>
    <message>
        <source>Regions where the scenario cannot be estimated (e.g. no grid intensity for its year) are left out: %1.</source>
        <translation>Wilayah yang tidak dapat dipakai untuk mengestimasi skenario ini (mis. tidak ada intensitas jaringan untuk tahunnya) tidak ditampilkan: %1.</translation>
    </message>
    <message>
        <source>Wall-clock time, final run (%1)</source>
        <translation>Durasi, pelatihan akhir (%1)</translation>
    </message>
    <message>
        <source>Total emissions (%1 CO₂e)</source>
        <translation>Total emisi (%1 CO₂e)</translation>
    </message>
    <message>
        <source>The stepped line is the Pareto front: for the devices on it, no other device is both faster and lower-emitting.</source>
        <translation>Garis bertangga adalah front Pareto: untuk perangkat pada garis itu, tidak ada perangkat lain yang lebih cepat sekaligus beremisi lebih rendah.</translation>
    </message>
    <message>
        <source>Devices the scenario cannot be estimated on (e.g. no peak throughput at its precision) are left out: %1.</source>
        <translation>Perangkat yang tidak dapat dipakai untuk mengestimasi skenario ini (mis. tidak ada throughput puncak pada presisinya) tidak ditampilkan: %1.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 pada %2</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln region(s), ranked by total emissions (# = rank among all).</source>
        <translation>
            <numerusform>Menampilkan %1 dari %Ln wilayah, diurutkan menurut total emisi (# = peringkat di antara semua wilayah).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan the time, energy, carbon and cost of machine-learning training runs.</source>
        <translation>Rencanakan waktu, energi, karbon, dan biaya pelatihan model pembelajaran mesin.</translation>
    </message>
    <message>
        <source>Load the example, draw every view once, print the time to first full draw and exit.</source>
        <translation>Muat contoh, gambar setiap tampilan sekali, cetak waktu hingga gambar penuh pertama, lalu keluar.</translation>
    </message>
    <message>
        <source>With --smoke-test: save a PNG of every view.</source>
        <translation>Dengan --smoke-test: simpan PNG dari setiap tampilan.</translation>
    </message>
    <message>
        <source>Use another catalog file.</source>
        <translation>Gunakan berkas katalog lain.</translation>
    </message>
    <message>
        <source>A project to open.</source>
        <translation>Proyek yang akan dibuka.</translation>
    </message>
    <message>
        <source>The reference catalog could not be read:
%1</source>
        <translation>Katalog referensi tidak dapat dibaca:
%1</translation>
    </message>
    <message>
        <source>Use this language for this session only (e.g. de, pt_BR, zh_CN).</source>
        <translation>Gunakan bahasa ini hanya untuk sesi ini (mis. de, pt_BR, zh_CN).</translation>
    </message>
    <message>
        <source>Open a lesson at start, one of: %1.</source>
        <translation>Buka sebuah pelajaran saat memulai, salah satu dari: %1.</translation>
    </message>
    <message>
        <source>Start in presentation mode (larger type and chart lines, for projectors).</source>
        <translation>Mulai dalam mode presentasi (huruf dan garis grafik lebih besar, untuk proyektor).</translation>
    </message>
</context>
</TS>
