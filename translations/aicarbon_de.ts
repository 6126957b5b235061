<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AssumptionText</name>
    <message>
        <source>Catalog data version</source>
        <translation>Version der Katalogdaten</translation>
    </message>
    <message>
        <source>Model preset</source>
        <translation>Modellvorlage</translation>
    </message>
    <message>
        <source>FLOPs per parameter per token</source>
        <translation>FLOPs pro Parameter und Token</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Active parameters (per token)</source>
        <translation>Aktive Parameter (pro Token)</translation>
    </message>
    <message>
        <source>Training compute</source>
        <translation>Trainingsrechenaufwand</translation>
    </message>
    <message>
        <source>Training compute (k·N·D)</source>
        <translation>Trainingsrechenaufwand (k·N·D)</translation>
    </message>
    <message>
        <source>Training tokens</source>
        <translation>Trainings-Tokens</translation>
    </message>
    <message>
        <source>Training tokens (dataset × epochs)</source>
        <translation>Trainings-Tokens (Datensatz × Epochen)</translation>
    </message>
    <message>
        <source>Training tokens (steps × batch × sequence length)</source>
        <translation>Trainings-Tokens (Schritte × Batch × Sequenzlänge)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Device-hours (accounting mode)</source>
        <translation>Gerätestunden (Bilanzierungsmodus)</translation>
    </message>
    <message>
        <source>Wall-clock hours (accounting mode)</source>
        <translation>Laufzeit in Stunden (Bilanzierungsmodus)</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>Dense peak per device</source>
        <translation>Dichte Spitzenleistung pro Gerät</translation>
    </message>
    <message>
        <source>Model FLOPs utilization</source>
        <translation>Model FLOPs Utilization</translation>
    </message>
    <message>
        <source>Implied MFU (from the runtime)</source>
        <translation>Implizite MFU (aus der Laufzeit)</translation>
    </message>
    <message>
        <source>Average power per device (measured)</source>
        <translation>Mittlere Leistung pro Gerät (gemessen)</translation>
    </message>
    <message>
        <source>Average power per device (idle + u·(TDP − idle))</source>
        <translation>Mittlere Leistung pro Gerät (Leerlauf + u·(TDP − Leerlauf))</translation>
    </message>
    <message>
        <source>Host power per device</source>
        <translation>Host-Leistung pro Gerät</translation>
    </message>
    <message>
        <source>TDP per device</source>
        <translation>TDP pro Gerät</translation>
    </message>
    <message>
        <source>Power utilization</source>
        <translation>Leistungsauslastung</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Cloud region</source>
        <translation>Cloud-Region</translation>
    </message>
    <message>
        <source>Grid carbon intensity</source>
        <translation>Netz-Kohlenstoffintensität</translation>
    </message>
    <message>
        <source>Grid carbon intensity, %1 %2 (%3)</source>
        <translation>Netz-Kohlenstoffintensität, %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Carbon-free energy (market-based)</source>
        <translation>CO₂-freie Energie (marktbasiert)</translation>
    </message>
    <message>
        <source>Carbon-free energy (provider CFE%)</source>
        <translation>CO₂-freie Energie (CFE% des Anbieters)</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>PUE (global default)</source>
        <translation>PUE (globaler Standardwert)</translation>
    </message>
    <message>
        <source>PUE (%1)</source>
        <translation>PUE (%1)</translation>
    </message>
    <message>
        <source>PUE (%1 fleet)</source>
        <translation>PUE (Flotte von %1)</translation>
    </message>
    <message>
        <source>Search compute (in full runs)</source>
        <translation>Suchaufwand (in vollen Läufen)</translation>
    </message>
    <message>
        <source>Development multiplier</source>
        <translation>Entwicklungsfaktor</translation>
    </message>
    <message>
        <source>Embodied emissions per device</source>
        <translation>Graue Emissionen pro Gerät</translation>
    </message>
    <message>
        <source>Device lifetime</source>
        <translation>Nutzungsdauer des Geräts</translation>
    </message>
    <message>
        <source>Price per device-hour</source>
        <translation>Preis pro Gerätestunde</translation>
    </message>
    <message>
        <source>Carbon price per tonne</source>
        <translation>CO₂-Preis pro Tonne</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>%1: invalid JSON at byte %2: %3</source>
        <translation>%1: ungültiges JSON bei Byte %2: %3</translation>
    </message>
    <message>
        <source>%1: not an aicarbon recovery file (version %2)</source>
        <translation>%1: keine Wiederherstellungsdatei von aicarbon (Version %2)</translation>
    </message>
    <message>
        <source>%1: the recovered work is not a project</source>
        <translation>%1: die wiederhergestellte Arbeit ist kein Projekt</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Final run</source>
        <translation>Finaler Lauf</translation>
    </message>
    <message>
        <source>Hyperparameter search</source>
        <translation>Hyperparametersuche</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Embodied (hardware)</source>
        <translation>Graue Emissionen (Hardware)</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Export Figure…</source>
        <translation>Abbildung exportieren…</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Szenario löschen</translation>
    </message>
    <message>
        <source>Move scenario</source>
        <translation>Szenario verschieben</translation>
    </message>
    <message>
        <source>Set baseline</source>
        <translation>Referenz festlegen</translation>
    </message>
    <message>
        <source>Rename project</source>
        <translation>Projekt umbenennen</translation>
    </message>
    <message>
        <source>Add scenario</source>
        <translation>Szenario hinzufügen</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Duplicate scenario</source>
        <translation>Szenario duplizieren</translation>
    </message>
</context>
<context>
    <name>ComparisonTable</name>
    <message>
        <source>Scenario %1</source>
        <translation>Szenario %1</translation>
    </message>
    <message>
        <source>Training compute</source>
        <translation>Trainingsrechenaufwand</translation>
    </message>
    <message>
        <source>Device-hours (final run)</source>
        <translation>Gerätestunden (finaler Lauf)</translation>
    </message>
    <message>
        <source>Wall-clock time (final run)</source>
        <translation>Laufzeit (finaler Lauf)</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <source>IT energy</source>
        <translation>IT-Energie</translation>
    </message>
    <message>
        <source>Facility energy</source>
        <translation>Rechenzentrumsenergie</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Grid carbon intensity</source>
        <translation>Netz-Kohlenstoffintensität</translation>
    </message>
    <message>
        <source>Operational CO₂e (location-based)</source>
        <translation>Betriebs-CO₂e (standortbasiert)</translation>
    </message>
    <message>
        <source>    of which search</source>
        <translation>    davon Suche</translation>
    </message>
    <message>
        <source>    of which development</source>
        <translation>    davon Entwicklung</translation>
    </message>
    <message>
        <source>Market-based CO₂e</source>
        <translation>Marktbasiertes CO₂e</translation>
    </message>
    <message>
        <source>Embodied CO₂e</source>
        <translation>Graues CO₂e (Herstellung)</translation>
    </message>
    <message>
        <source>Total CO₂e</source>
        <translation>CO₂e gesamt</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
</context>
<context>
    <name>DiagnosticText</name>
    <message>
        <source>%1 must be positive; found %2.</source>
        <translation>%1 muss positiv sein; gefunden: %2.</translation>
    </message>
    <message>
        <source>%1 must be zero or positive; found %2.</source>
        <translation>%1 muss null oder positiv sein; gefunden: %2.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3; found %4.</source>
        <translation>%1 muss zwischen %2 und %3 liegen; gefunden: %4.</translation>
    </message>
    <message>
        <source>%1 must be above %2 and at most %3; found %4.</source>
        <translation>%1 muss über %2 und höchstens %3 sein; gefunden: %4.</translation>
    </message>
    <message>
        <source>%1 must be at most %2; found %3.</source>
        <translation>%1 darf höchstens %2 sein; gefunden: %3.</translation>
    </message>
    <message>
        <source>%1 must be at least %2; found %3.</source>
        <translation>%1 muss mindestens %2 sein; gefunden: %3.</translation>
    </message>
    <message>
        <source>%1 must be greater than %2; found %3.</source>
        <translation>%1 muss größer als %2 sein; gefunden: %3.</translation>
    </message>
    <message>
        <source>%1 is needed by this search method.</source>
        <translation>%1 wird für diese Suchmethode benötigt.</translation>
    </message>
    <message>
        <source>%1: the number is too large to represent.</source>
        <translation>%1: Die Zahl ist zu groß, um dargestellt zu werden.</translation>
    </message>
    <message>
        <source>%1 must be a whole number; found %2.</source>
        <translation>%1 muss eine ganze Zahl sein; gefunden: %2.</translation>
    </message>
    <message>
        <source>%1 must be one of %2; found “%3”.</source>
        <translation>%1 muss einer der Werte %2 sein; gefunden: „%3“.</translation>
    </message>
    <message>
        <source>The low end %1 must not exceed the value %2.</source>
        <translation>Die untere Grenze %1 darf den Wert %2 nicht überschreiten.</translation>
    </message>
    <message>
        <source>The high end %1 must not be below the value %2.</source>
        <translation>Die obere Grenze %1 darf nicht unter dem Wert %2 liegen.</translation>
    </message>
    <message>
        <source>A lognormal range needs a low end above zero; found %1.</source>
        <translation>Eine Lognormalverteilung braucht eine untere Grenze über null; gefunden: %1.</translation>
    </message>
    <message>
        <source>%1 must be a number; found %2.</source>
        <translation>%1 muss eine Zahl sein; gefunden: %2.</translation>
    </message>
    <message>
        <source>%1 must be a text; found %2.</source>
        <translation>%1 muss ein Text sein; gefunden: %2.</translation>
    </message>
    <message>
        <source>%1 must be true or false; found %2.</source>
        <translation>%1 muss true oder false sein; gefunden: %2.</translation>
    </message>
    <message>
        <source>%1 must be an object; found %2.</source>
        <translation>%1 muss ein Objekt sein; gefunden: %2.</translation>
    </message>
    <message>
        <source>%1 must be a list; found %2.</source>
        <translation>%1 muss eine Liste sein; gefunden: %2.</translation>
    </message>
    <message>
        <source>Each scenario must be an object; found %1.</source>
        <translation>Jedes Szenario muss ein Objekt sein; gefunden: %1.</translation>
    </message>
    <message>
        <source>%1: a range needs a central value.</source>
        <translation>%1: Ein Bereich braucht einen zentralen Wert.</translation>
    </message>
    <message>
        <source>%1: a range needs both a low and a high end.</source>
        <translation>%1: Ein Bereich braucht eine untere und eine obere Grenze.</translation>
    </message>
    <message>
        <source>Successive halving needs the number of configurations.</source>
        <translation>Successive Halving braucht die Anzahl der Konfigurationen.</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 darf nicht leer sein.</translation>
    </message>
    <message>
        <source>This is not an AI Carbon Planner file: its format is “%1”.</source>
        <translation>Dies ist keine Datei von AI Carbon Planner; das Format ist „%1“.</translation>
    </message>
    <message>
        <source>This is not an AI Carbon Planner file: it names no format.</source>
        <translation>Dies ist keine Datei von AI Carbon Planner; sie nennt kein Format.</translation>
    </message>
    <message>
        <source>The file does not give its format version (expected %1).</source>
        <translation>Die Datei gibt ihre Formatversion nicht an (erwartet: %1).</translation>
    </message>
    <message>
        <source>Unknown format version %2; expected %1.</source>
        <translation>Unbekannte Formatversion %2; erwartet: %1.</translation>
    </message>
    <message>
        <source>The file must hold a JSON object at the top level; found %1.</source>
        <translation>Die Datei muss auf oberster Ebene ein JSON-Objekt enthalten; gefunden: %1.</translation>
    </message>
    <message>
        <source>A project needs a list of scenarios.</source>
        <translation>Ein Projekt braucht eine Liste von Szenarien.</translation>
    </message>
    <message>
        <source>This file uses format version %1, written by a newer AI Carbon Planner; this version reads version %2. Please update the application.</source>
        <translation>Diese Datei verwendet die Formatversion %1 und wurde von einer neueren Version von AI Carbon Planner geschrieben; diese Version liest Version %2. Bitte aktualisieren Sie die Anwendung.</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>Die Datei ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The file holds a number too large to represent.</source>
        <translation>Die Datei enthält eine Zahl, die zu groß ist, um dargestellt zu werden.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Unknown key “%1” is ignored.</source>
        <translation>Unbekannter Schlüssel „%1“ wird ignoriert.</translation>
    </message>
    <message>
        <source>Unknown model “%1”.</source>
        <translation>Unbekanntes Modell „%1“.</translation>
    </message>
    <message>
        <source>Unknown model “%1”. Did you mean %2?</source>
        <translation>Unbekanntes Modell „%1“. Meinten Sie %2?</translation>
    </message>
    <message>
        <source>Unknown device “%1”.</source>
        <translation>Unbekanntes Gerät „%1“.</translation>
    </message>
    <message>
        <source>Unknown device “%1”. Did you mean %2?</source>
        <translation>Unbekanntes Gerät „%1“. Meinten Sie %2?</translation>
    </message>
    <message>
        <source>Unknown region “%1”.</source>
        <translation>Unbekannte Region „%1“.</translation>
    </message>
    <message>
        <source>Unknown region “%1”. Did you mean %2?</source>
        <translation>Unbekannte Region „%1“. Meinten Sie %2?</translation>
    </message>
    <message>
        <source>The device count must be a whole number; found %1.</source>
        <translation>Die Geräteanzahl muss eine ganze Zahl sein; gefunden: %1.</translation>
    </message>
    <message>
        <source>Steps, batch size and sequence length must be given together (tokens = steps × batch size × sequence length).</source>
        <translation>Schritte, Batchgröße und Sequenzlänge müssen zusammen angegeben werden (Tokens = Schritte × Batchgröße × Sequenzlänge).</translation>
    </message>
    <message>
        <source>Wall-clock hours × device count differ from the device-hours by more than %1; the device-hours are used.</source>
        <translation>Laufzeit in Stunden × Geräteanzahl weicht um mehr als %1 von den Gerätestunden ab; die Gerätestunden werden verwendet.</translation>
    </message>
    <message>
        <source>A peak of %1 TFLOP/s is about twice the dense figure of %2 TFLOP/s: it looks like a sparsity figure; use the dense peak.</source>
        <translation>Eine Spitzenleistung von %1 TFLOP/s ist etwa doppelt so hoch wie der dichte Wert von %2 TFLOP/s: Das sieht nach einem Wert mit Sparsity aus; verwenden Sie die dichte Spitzenleistung.</translation>
    </message>
    <message>
        <source>An MFU of %1 is above %2; published large runs reach %3–%4.</source>
        <translation>Eine MFU von %1 liegt über %2; veröffentlichte große Läufe erreichen %3–%4.</translation>
    </message>
    <message>
        <source>The MFU is not used when the runtime is given; it is reported as implied.</source>
        <translation>Die MFU wird nicht verwendet, wenn die Laufzeit angegeben ist; sie wird als implizite MFU ausgewiesen.</translation>
    </message>
    <message>
        <source>Cannot determine the training compute: give the training FLOPs, the parameters with the tokens (or a model preset), or the runtime.</source>
        <translation>Der Trainingsrechenaufwand kann nicht bestimmt werden: Geben Sie die Trainings-FLOPs, die Parameter mit den Tokens (oder eine Modellvorlage) oder die Laufzeit an.</translation>
    </message>
    <message>
        <source>No dense peak is known for this device at this precision: enter the peak TFLOP/s or choose another precision.</source>
        <translation>Für dieses Gerät ist bei dieser Präzision keine dichte Spitzenleistung bekannt: Geben Sie die Spitzenleistung in TFLOP/s ein oder wählen Sie eine andere Präzision.</translation>
    </message>
    <message>
        <source>An average power of %1 W is above the TDP of %2 W (fine if it includes the host).</source>
        <translation>Eine mittlere Leistung von %1 W liegt über der TDP von %2 W (in Ordnung, wenn sie den Host einschließt).</translation>
    </message>
    <message>
        <source>No TDP is known for this device: enter the average power or the TDP.</source>
        <translation>Für dieses Gerät ist keine TDP bekannt: Geben Sie die mittlere Leistung oder die TDP ein.</translation>
    </message>
    <message>
        <source>No grid carbon intensity is known for region %1: choose another year or source, or enter the carbon intensity.</source>
        <translation>Für die Region %1 ist keine Netz-Kohlenstoffintensität bekannt: Wählen Sie ein anderes Jahr oder eine andere Quelle oder geben Sie die Kohlenstoffintensität ein.</translation>
    </message>
    <message>
        <source>No grid carbon intensity is known for region %1 in %2: choose another year or source, or enter the carbon intensity.</source>
        <translation>Für die Region %1 ist im Jahr %2 keine Netz-Kohlenstoffintensität bekannt: Wählen Sie ein anderes Jahr oder eine andere Quelle oder geben Sie die Kohlenstoffintensität ein.</translation>
    </message>
    <message>
        <source>No grid carbon intensity is known for region %1 from source %2: choose another year or source, or enter the carbon intensity.</source>
        <translation>Für die Region %1 ist aus der Quelle %2 keine Netz-Kohlenstoffintensität bekannt: Wählen Sie ein anderes Jahr oder eine andere Quelle oder geben Sie die Kohlenstoffintensität ein.</translation>
    </message>
    <message>
        <source>No grid carbon intensity is known for region %1 in %2 from source %3: choose another year or source, or enter the carbon intensity.</source>
        <translation>Für die Region %1 ist im Jahr %2 aus der Quelle %3 keine Netz-Kohlenstoffintensität bekannt: Wählen Sie ein anderes Jahr oder eine andere Quelle oder geben Sie die Kohlenstoffintensität ein.</translation>
    </message>
    <message>
        <source>Give a region or a carbon intensity.</source>
        <translation>Geben Sie eine Region oder eine Kohlenstoffintensität an.</translation>
    </message>
    <message>
        <source>A carbon intensity above %1 gCO2e/kWh is higher than any national grid.</source>
        <translation>Eine Kohlenstoffintensität über %1 gCO2e/kWh ist höher als die jedes nationalen Stromnetzes.</translation>
    </message>
    <message>
        <source>A PUE above %1 is unusual for a data centre today.</source>
        <translation>Eine PUE über %1 ist für ein heutiges Rechenzentrum ungewöhnlich.</translation>
    </message>
    <message>
        <source>Trials are longer than the final run (fraction %1).</source>
        <translation>Die Versuche sind länger als der finale Lauf (Anteil %1).</translation>
    </message>
    <message>
        <source>No embodied emissions are known for this device: enter them per device (left out until then).</source>
        <translation>Für dieses Gerät sind keine grauen Emissionen bekannt: Geben Sie sie pro Gerät ein (bis dahin bleiben sie unberücksichtigt).</translation>
    </message>
    <message>
        <source>The inputs are too large: a result is not a finite number.</source>
        <translation>Die Eingaben sind zu groß: Ein Ergebnis ist keine endliche Zahl.</translation>
    </message>
    <message>
        <source>The BF16 peak must not be below the FP32 peak.</source>
        <translation>Die BF16-Spitzenleistung darf nicht unter der FP32-Spitzenleistung liegen.</translation>
    </message>
    <message>
        <source>%1: a range needs a numeric input with a value; it is ignored.</source>
        <translation>%1: Ein Bereich braucht eine numerische Eingabe mit einem Wert; er wird ignoriert.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Carbon intensity source</source>
        <translation>Quelle der Kohlenstoffintensität</translation>
    </message>
    <message>
        <source>Search method</source>
        <translation>Suchmethode</translation>
    </message>
    <message>
        <source>Grid size</source>
        <translation>Rastergröße</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>TDP (W)</source>
        <translation>TDP (W)</translation>
    </message>
    <message>
        <source>Idle power (W)</source>
        <translation>Leerlaufleistung (W)</translation>
    </message>
    <message>
        <source>Peak (TFLOP/s)</source>
        <translation>Spitzenleistung (TFLOP/s)</translation>
    </message>
    <message>
        <source>Carbon intensity (gCO2e/kWh)</source>
        <translation>Kohlenstoffintensität (gCO2e/kWh)</translation>
    </message>
    <message>
        <source>Carbon-free energy fraction</source>
        <translation>Anteil CO₂-freier Energie</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>die Zahl %1</translation>
    </message>
    <message>
        <source>the text “%1”</source>
        <translation>der Text „%1“</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>nothing (null)</source>
        <translation>nichts (null)</translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1, Zeile %2, Spalte %3</translation>
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
        <translation>min</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 Jahre</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
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
        <translation>Pkw, Durchschnitt einschließlich Kraftstoff, über seine gesamte Lebensdauer</translation>
    </message>
    <message>
        <source>car lifetime</source>
        <translation>Pkw-Leben</translation>
    </message>
    <message>
        <source>Air travel, one passenger, New York–San Francisco round trip</source>
        <translation>Flugreise, ein Passagier, New York–San Francisco hin und zurück</translation>
    </message>
    <message>
        <source>passenger round trip</source>
        <translation>Hin- und Rückflüge pro Person</translation>
    </message>
    <message>
        <source>Human life, world average, one year</source>
        <translation>Menschliches Leben, Weltdurchschnitt, ein Jahr</translation>
    </message>
    <message>
        <source>person-year</source>
        <translation>Personenjahre</translation>
    </message>
    <message>
        <source>American life, average, one year</source>
        <translation>Leben in den USA, Durchschnitt, ein Jahr</translation>
    </message>
    <message>
        <source>Passenger car, typical US vehicle, per km</source>
        <translation>Pkw, typisches US-Fahrzeug, pro km</translation>
    </message>
    <message>
        <source>km driven</source>
        <translation>gefahrene km</translation>
    </message>
    <message>
        <source>Passenger car, European average, per km</source>
        <translation>Pkw, europäischer Durchschnitt, pro km</translation>
    </message>
    <message>
        <source>Tree, CO2 sequestered in one month</source>
        <translation>Baum, in einem Monat gebundenes CO2</translation>
    </message>
    <message>
        <source>tree-month</source>
        <translation>Baummonate</translation>
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
        <translation>Ihre Eingabe</translation>
    </message>
    <message>
        <source>Training compute</source>
        <translation>Trainingsrechenaufwand</translation>
    </message>
    <message>
        <source>C = training FLOPs (given)</source>
        <translation>C = Trainings-FLOPs (angegeben)</translation>
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
        <translation>Rechenaufwand mit Attention-Term (nur ausgewiesen)</translation>
    </message>
    <message>
        <source>C′ = (k / 2) × (2 N′ + 2 L n_ctx d) × D, N′ = 12 L d²</source>
        <translation>C′ = (k / 2) × (2 N′ + 2 L n_ctx d) × D, N′ = 12 L d²</translation>
    </message>
    <message>
        <source>N′ = %1 non-embedding parameters; C′ = %2 (%3 against k × N × D)</source>
        <translation>N′ = %1 Nicht-Embedding-Parameter; C′ = %2 (%3 gegenüber k × N × D)</translation>
    </message>
    <message>
        <source>%1 device-hours</source>
        <translation>%1 Gerätestunden</translation>
    </message>
    <message>
        <source>Device time (final run)</source>
        <translation>Gerätezeit (finaler Lauf)</translation>
    </message>
    <message>
        <source>device-hours = given (accounting mode)</source>
        <translation>Gerätestunden = angegeben (Bilanzierungsmodus)</translation>
    </message>
    <message>
        <source>T = %1</source>
        <translation>T = %1</translation>
    </message>
    <message>
        <source>T = C / (peak × MFU)</source>
        <translation>T = C / (Spitzenleistung × MFU)</translation>
    </message>
    <message>
        <source>T = %1 FLOP / (%2 FLOP/s × %3) = %4 s = %5</source>
        <translation>T = %1 FLOP / (%2 FLOP/s × %3) = %4 s = %5</translation>
    </message>
    <message>
        <source>Implied MFU</source>
        <translation>Implizite MFU</translation>
    </message>
    <message>
        <source>MFU = C / (peak × device-seconds)</source>
        <translation>MFU = C / (Spitzenleistung × Gerätesekunden)</translation>
    </message>
    <message>
        <source>MFU = %1 FLOP / (%2 FLOP/s × %3 s) = %4</source>
        <translation>MFU = %1 FLOP / (%2 FLOP/s × %3 s) = %4</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>wall-clock = device-hours / devices</source>
        <translation>Laufzeit = Gerätestunden / Geräte</translation>
    </message>
    <message>
        <source>%1 h / %2 = %3 h</source>
        <translation>%1 h / %2 = %3 h</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Power per device</source>
        <translation>Leistung pro Gerät</translation>
    </message>
    <message>
        <source>P = measured average + host</source>
        <translation>P = gemessener Mittelwert + Host</translation>
    </message>
    <message>
        <source>P = %1 + %2 host</source>
        <translation>P = %1 + %2 Host</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>P = idle + u × (TDP − idle), plus host</source>
        <translation>P = Leerlauf + u × (TDP − Leerlauf), plus Host</translation>
    </message>
    <message>
        <source>u = %1, TDP = %2 → P = %3; host %4</source>
        <translation>u = %1, TDP = %2 → P = %3; Host %4</translation>
    </message>
    <message>
        <source>IT energy (final run)</source>
        <translation>IT-Energie (finaler Lauf)</translation>
    </message>
    <message>
        <source>E_IT = devices × hours × (device + host power)</source>
        <translation>E_IT = Geräte × Stunden × (Geräte- + Host-Leistung)</translation>
    </message>
    <message>
        <source>%1 × %2 h × (%3 + %4) = %5</source>
        <translation>%1 × %2 h × (%3 + %4) = %5</translation>
    </message>
    <message>
        <source>Facility energy (final run)</source>
        <translation>Rechenzentrumsenergie (finaler Lauf)</translation>
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
        <translation>Emissionen (finaler Lauf, standortbasiert)</translation>
    </message>
    <message>
        <source>CO2e = E × intensity</source>
        <translation>CO2e = E × Intensität</translation>
    </message>
    <message>
        <source>Hyperparameter search</source>
        <translation>Hyperparametersuche</translation>
    </message>
    <message>
        <source>T_search = T × R (R = search compute in full runs, %1 trials)</source>
        <translation>T_Suche = T × R (R = Suchaufwand in vollen Läufen, %1 Versuche)</translation>
    </message>
    <message>
        <source>%1 h × %2 = %3 h → %4 → %5</source>
        <translation>%1 h × %2 = %3 h → %4 → %5</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>T_dev = (T + T_search) × (m − 1)</source>
        <translation>T_Entw = (T + T_Suche) × (m − 1)</translation>
    </message>
    <message>
        <source>(%1 h + %2 h) × (%3 − 1) = %4 h → %5 → %6</source>
        <translation>(%1 h + %2 h) × (%3 − 1) = %4 h → %5 → %6</translation>
    </message>
    <message>
        <source>Operational emissions, all components</source>
        <translation>Betriebsemissionen, alle Komponenten</translation>
    </message>
    <message>
        <source>final run + search + development</source>
        <translation>finaler Lauf + Suche + Entwicklung</translation>
    </message>
    <message>
        <source>%1 + %2 + %3 = %4 (%5, %6 device-hours)</source>
        <translation>%1 + %2 + %3 = %4 (%5, %6 Gerätestunden)</translation>
    </message>
    <message>
        <source>Market-based emissions</source>
        <translation>Marktbasierte Emissionen</translation>
    </message>
    <message>
        <source>CO2e_market = CO2e × (1 − CFE)</source>
        <translation>CO2e_markt = CO2e × (1 − CFE)</translation>
    </message>
    <message>
        <source>%1 × (1 − %2) = %3</source>
        <translation>%1 × (1 − %2) = %3</translation>
    </message>
    <message>
        <source>Embodied emissions</source>
        <translation>Graue Emissionen</translation>
    </message>
    <message>
        <source>%1 kg × %2 h / (%3 × %4 h) = %5</source>
        <translation>%1 kg × %2 h / (%3 × %4 h) = %5</translation>
    </message>
    <message>
        <source>per device</source>
        <translation>pro Gerät</translation>
    </message>
    <message>
        <source>lifetime</source>
        <translation>Nutzungsdauer</translation>
    </message>
    <message>
        <source>Total emissions</source>
        <translation>Gesamtemissionen</translation>
    </message>
    <message>
        <source>total = location-based + embodied</source>
        <translation>gesamt = standortbasiert + grau</translation>
    </message>
    <message>
        <source>%1 + %2 = %3</source>
        <translation>%1 + %2 = %3</translation>
    </message>
    <message>
        <source>price × device-hours</source>
        <translation>Preis × Gerätestunden</translation>
    </message>
    <message>
        <source>%1 × %2 h</source>
        <translation>%1 × %2 h</translation>
    </message>
    <message>
        <source>carbon price × tonnes CO2e</source>
        <translation>CO₂-Preis × Tonnen CO2e</translation>
    </message>
    <message>
        <source>%1 × %2 t</source>
        <translation>%1 × %2 t</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>carbon price</source>
        <translation>CO₂-Preis</translation>
    </message>
    <message>
        <source>methodology §%1</source>
        <translation>Methodik §%1</translation>
    </message>
    <message>
        <source>You entered the total work of the training run in floating-point operations, so it is used as given.</source>
        <translation>Sie haben den Gesamtaufwand des Trainingslaufs in Gleitkommaoperationen angegeben, daher wird er unverändert verwendet.</translation>
    </message>
    <message>
        <source>Training costs about %1 floating-point operations for every parameter (N) and every training token (D).</source>
        <translation>Das Training kostet etwa %1 Gleitkommaoperationen für jeden Parameter (N) und jedes Trainings-Token (D).</translation>
    </message>
    <message>
        <source>Kaplan et al. %1, Table %2; not used for time or energy</source>
        <translation>Kaplan et al. %1, Tabelle %2; nicht für Zeit oder Energie verwendet</translation>
    </message>
    <message>
        <source>Counting the layers and the attention over the context separately refines the estimate; it is shown for comparison only.</source>
        <translation>Werden die Schichten und die Attention über den Kontext getrennt gezählt, verfeinert sich die Schätzung; sie wird nur zum Vergleich gezeigt.</translation>
    </message>
    <message>
        <source>You entered the time the devices ran, so it is used as given.</source>
        <translation>Sie haben die Zeit angegeben, in der die Geräte liefen, daher wird sie unverändert verwendet.</translation>
    </message>
    <message>
        <source>The time is the work divided by the speed a chip really reaches: its peak speed times the fraction of it used (MFU).</source>
        <translation>Die Zeit ist der Rechenaufwand geteilt durch die Geschwindigkeit, die ein Chip tatsächlich erreicht: seine Spitzenleistung mal dem genutzten Anteil davon (MFU).</translation>
    </message>
    <message>
        <source>Dividing the work by the time it took shows which fraction of the chips&apos; peak speed the run achieved.</source>
        <translation>Teilt man den Rechenaufwand durch die benötigte Zeit, zeigt sich, welchen Anteil der Spitzenleistung der Chips der Lauf erreicht hat.</translation>
    </message>
    <message>
        <source>; perfect scaling, no idle time (%1)</source>
        <translation>; perfekte Skalierung, keine Leerlaufzeit (%1)</translation>
    </message>
    <message>
        <source>Sharing the work among more devices shortens the calendar time, assuming they work perfectly in parallel.</source>
        <translation>Wird die Arbeit auf mehr Geräte verteilt, verkürzt sich die Kalenderzeit, vorausgesetzt, sie arbeiten perfekt parallel.</translation>
    </message>
    <message>
        <source>Your measured power of a device is used, plus its share of the host server&apos;s power.</source>
        <translation>Ihre gemessene Leistung eines Geräts wird verwendet, zuzüglich seines Anteils an der Leistung des Host-Servers.</translation>
    </message>
    <message>
        <source>A busy chip draws between its idle power and its rated maximum (TDP); the host server&apos;s CPUs, memory and network add their share.</source>
        <translation>Ein ausgelasteter Chip nimmt eine Leistung zwischen seiner Leerlaufleistung und seinem Nennmaximum (TDP) auf; CPUs, Speicher und Netzwerk des Host-Servers kommen anteilig hinzu.</translation>
    </message>
    <message>
        <source>Energy is power multiplied by time, added up over all devices.</source>
        <translation>Energie ist Leistung mal Zeit, summiert über alle Geräte.</translation>
    </message>
    <message>
        <source>The data centre also spends energy on cooling and power supply; its PUE is the facility&apos;s energy divided by the computers&apos; energy.</source>
        <translation>Das Rechenzentrum verbraucht zusätzlich Energie für Kühlung und Stromversorgung; seine PUE ist die Energie des Rechenzentrums geteilt durch die Energie der Computer.</translation>
    </message>
    <message>
        <source>Every kilowatt-hour taken from the local grid comes with the greenhouse gases emitted on average to generate it there.</source>
        <translation>Mit jeder Kilowattstunde aus dem örtlichen Netz gehen die Treibhausgase einher, die dort im Durchschnitt bei ihrer Erzeugung ausgestoßen werden.</translation>
    </message>
    <message>
        <source>Trying many settings before the final run repeats much of the training, so the search costs a multiple of one run.</source>
        <translation>Viele Einstellungen vor dem finalen Lauf auszuprobieren wiederholt einen Großteil des Trainings, daher kostet die Suche ein Vielfaches eines Laufs.</translation>
    </message>
    <message>
        <source>Experiments, failed runs and debugging while the model is developed add a share on top of the runs themselves.</source>
        <translation>Experimente, fehlgeschlagene Läufe und Fehlersuche während der Entwicklung des Modells kommen als Aufschlag zu den Läufen selbst hinzu.</translation>
    </message>
    <message>
        <source>The electricity&apos;s emissions of the whole project add up the final run, the search and the development.</source>
        <translation>Die Stromemissionen des gesamten Projekts ergeben sich aus finalem Lauf, Suche und Entwicklung zusammen.</translation>
    </message>
    <message>
        <source>Market-based accounting counts the share of electricity bought from carbon-free sources as emitting nothing.</source>
        <translation>Die marktbasierte Bilanzierung rechnet den Anteil des Stroms, der aus CO₂-freien Quellen bezogen wird, als emissionsfrei.</translation>
    </message>
    <message>
        <source>embodied = per-device CO2e × device-hours / (lifetime × %1 h)</source>
        <translation>grau = CO2e pro Gerät × Gerätestunden / (Nutzungsdauer × %1 h)</translation>
    </message>
    <message>
        <source>Making the hardware also emitted greenhouse gases; the run is charged its share of the hardware&apos;s lifetime.</source>
        <translation>Auch die Herstellung der Hardware hat Treibhausgase verursacht; dem Lauf wird sein Anteil an der Nutzungsdauer der Hardware angerechnet.</translation>
    </message>
    <message>
        <source>methodology §%1, §%2</source>
        <translation>Methodik §%1, §%2</translation>
    </message>
    <message>
        <source>The footprint adds the emissions of the electricity used and the share of making the hardware.</source>
        <translation>Der Fußabdruck addiert die Emissionen des verbrauchten Stroms und den Anteil aus der Herstellung der Hardware.</translation>
    </message>
    <message>
        <source>The bill is the rented device time times its price, plus any price put on the carbon emitted.</source>
        <translation>Die Rechnung ist die gemietete Gerätezeit mal ihrem Preis, zuzüglich eines etwaigen Preises für das ausgestoßene CO₂.</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>Lesson %1: %2</source>
        <translation>Lektion %1: %2</translation>
    </message>
    <message>
        <source>How much does training BERT cost?</source>
        <translation>Was kostet das Training von BERT?</translation>
    </message>
    <message>
        <source>&lt;p&gt;BERT base, the language model Google published in 2018, can be trained on %1 V100 GPUs in %2 hours. Strubell et al. (2019, Table 3) put the power of the whole machine at %3 W, multiplied the energy by a data-centre PUE of %4 and the result by the US average of %5 lb CO2e per kWh: %6 kWh and %7 lb CO2e. The first scenario repeats exactly this calculation (accounting mode: the duration is known).&lt;/p&gt;&lt;p&gt;The second scenario plans the same training from the model alone: %8 million parameters × %9 billion tokens (%10 steps of %11 tokens, Devlin et al. 2019) × 6 FLOPs per parameter and token, on the same %1 V100 at the default utilisation (MFU) of %12%, each GPU at its rated power, the default PUE of %13 and the latest US grid intensity in the catalog.&lt;/p&gt;&lt;p&gt;How close is the plan to the published estimate? Which assumptions make the difference? The first scenario names the model too, so the tool shows the utilisation (MFU) its duration implies: compare it with the %12% the plan assumes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;BERT base, das Sprachmodell, das Google 2018 veröffentlicht hat, lässt sich auf %1 V100-GPUs in %2 Stunden trainieren. Strubell et al. (2019, Tabelle 3) setzten die Leistung der gesamten Maschine mit %3 W an, multiplizierten die Energie mit einer Rechenzentrums-PUE von %4 und das Ergebnis mit dem US-Durchschnitt von %5 lb CO2e pro kWh: %6 kWh und %7 lb CO2e. Das erste Szenario wiederholt genau diese Rechnung (Bilanzierungsmodus: Die Dauer ist bekannt).&lt;/p&gt;&lt;p&gt;Das zweite Szenario plant dasselbe Training allein aus dem Modell: %8 Millionen Parameter × %9 Milliarden Tokens (%10 Schritte zu je %11 Tokens, Devlin et al. 2019) × 6 FLOPs pro Parameter und Token, auf denselben %1 V100 mit der Standardauslastung (MFU) von %12 %, jede GPU bei ihrer Nennleistung, mit der Standard-PUE von %13 und der neuesten US-Netzintensität im Katalog.&lt;/p&gt;&lt;p&gt;Wie nah kommt die Planung an die veröffentlichte Schätzung heran? Welche Annahmen machen den Unterschied? Das erste Szenario nennt ebenfalls das Modell, daher zeigt das Werkzeug die Auslastung (MFU), die sich aus seiner Dauer ergibt: Vergleichen Sie sie mit den %12 %, die die Planung annimmt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>BERT base, Strubell et al. 2019</source>
        <translation>BERT base, Strubell et al. 2019</translation>
    </message>
    <message>
        <source>BERT base, planned from the model</source>
        <translation>BERT base, aus dem Modell geplant</translation>
    </message>
    <message>
        <source>Hyperparameter search multiplies the bill</source>
        <translation>Hyperparametersuche vervielfacht die Rechnung</translation>
    </message>
    <message>
        <source>&lt;p&gt;A model is rarely trained only once. Strubell et al. (2019, Table 3) estimated one training run of the Transformer big model: %1 P100 GPUs for %2 hours, drawing %3 W, with a PUE of %4 and %5 lb CO2e per kWh. All four scenarios start from this run.&lt;/p&gt;&lt;p&gt;A hyperparameter search trains the model again for every setting it tries: %6 trials cost %6 times the run, %7 trials %7 times (each trial assumed as long as the final run). The neural architecture search of So et al. (2019), as Strubell et al. estimated it (Table 3), took %8 million training steps against %9 thousand for one run: the work of about %10 runs, %11 lb CO2e.&lt;/p&gt;&lt;p&gt;Open the chart of emissions by component: the search dwarfs the final run.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein Modell wird selten nur einmal trainiert. Strubell et al. (2019, Tabelle 3) schätzten einen Trainingslauf des Modells Transformer big: %1 P100-GPUs für %2 Stunden bei %3 W, mit einer PUE von %4 und %5 lb CO2e pro kWh. Alle vier Szenarien gehen von diesem Lauf aus.&lt;/p&gt;&lt;p&gt;Eine Hyperparametersuche trainiert das Modell für jede ausprobierte Einstellung erneut: %6 Versuche kosten das %6-Fache des Laufs, %7 Versuche das %7-Fache (jeder Versuch als genauso lang wie der finale Lauf angenommen). Die neuronale Architektursuche von So et al. (2019), wie Strubell et al. sie schätzten (Tabelle 3), brauchte %8 Millionen Trainingsschritte gegenüber %9 Tausend für einen Lauf: den Aufwand von etwa %10 Läufen, %11 lb CO2e.&lt;/p&gt;&lt;p&gt;Öffnen Sie das Diagramm der Emissionen nach Komponente: Die Suche stellt den finalen Lauf weit in den Schatten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>One training run</source>
        <translation>Ein Trainingslauf</translation>
    </message>
    <message>
        <source>Search with %1 trials</source>
        <translation>Suche mit %1 Versuchen</translation>
    </message>
    <message>
        <source>Neural architecture search (Strubell et al. 2019)</source>
        <translation>Neuronale Architektursuche (Strubell et al. 2019)</translation>
    </message>
    <message>
        <source>Location matters</source>
        <translation>Der Standort zählt</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same training run, GPT-3 XL (%1 billion parameters, %2 billion tokens, Brown et al. 2020) on %3 A100 GPUs, is placed on four electricity grids: Poland, the United States average, France and Québec. The energy is the same everywhere; only the carbon intensity of the grid changes (%5, from each region&apos;s main data source in the catalog, with the default PUE of %4).&lt;/p&gt;&lt;p&gt;Poland still makes much of its electricity from coal, France most of it in nuclear plants, Québec most of it from hydropower. Compare the emissions: moving the run changes them more than most technical optimisations do. France and Québec are close: in other years, or with another data source, France comes out lower.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Derselbe Trainingslauf, GPT-3 XL (%1 Milliarden Parameter, %2 Milliarden Tokens, Brown et al. 2020) auf %3 A100-GPUs, wird in vier Stromnetze gestellt: Polen, den US-Durchschnitt, Frankreich und Québec. Die Energie ist überall gleich; nur die Kohlenstoffintensität des Netzes ändert sich (%5, jeweils aus der Hauptdatenquelle der Region im Katalog, mit der Standard-PUE von %4).&lt;/p&gt;&lt;p&gt;Polen erzeugt seinen Strom noch zu einem großen Teil aus Kohle, Frankreich den größten Teil in Kernkraftwerken, Québec den größten Teil aus Wasserkraft. Vergleichen Sie die Emissionen: Den Lauf zu verlegen verändert sie stärker als die meisten technischen Optimierungen. Frankreich und Québec liegen nah beieinander: In anderen Jahren oder mit einer anderen Datenquelle schneidet Frankreich niedriger ab.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <source>United States (average)</source>
        <translation>Vereinigte Staaten (Durchschnitt)</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <source>Québec</source>
        <translation>Québec</translation>
    </message>
    <message>
        <source>Bigger models</source>
        <translation>Größere Modelle</translation>
    </message>
    <message>
        <source>&lt;p&gt;GPT-2 (Radford et al. 2019) has %1 billion parameters; GPT-3 (Brown et al. 2020), a year later, has %2 billion. Both scenarios train on the same %3 billion tokens (GPT-3&apos;s; the GPT-2 paper does not state its number) on the same %4 A100 GPUs in the US, so the only difference is the size of the model.&lt;/p&gt;&lt;p&gt;Training compute grows with parameters × tokens: GPT-3 needs about %5 times the compute of GPT-2, and so %5 times the time, the energy and the emissions. In practice larger models are also trained on more tokens (Hoffmann et al. 2022 recommend growing both together), so real gaps are often larger still.&lt;/p&gt;</source>
        <translation>&lt;p&gt;GPT-2 (Radford et al. 2019) hat %1 Milliarden Parameter; GPT-3 (Brown et al. 2020), ein Jahr später, hat %2 Milliarden. Beide Szenarien trainieren auf denselben %3 Milliarden Tokens (denen von GPT-3; die GPT-2-Veröffentlichung nennt ihre Zahl nicht) auf denselben %4 A100-GPUs in den USA, sodass der einzige Unterschied die Größe des Modells ist.&lt;/p&gt;&lt;p&gt;Der Trainingsrechenaufwand wächst mit Parameter × Tokens: GPT-3 braucht etwa das %5-Fache des Rechenaufwands von GPT-2 und damit das %5-Fache an Zeit, Energie und Emissionen. In der Praxis werden größere Modelle auch auf mehr Tokens trainiert (Hoffmann et al. 2022 empfehlen, beides gemeinsam wachsen zu lassen), sodass die realen Unterschiede oft noch größer sind.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Hardware generations</source>
        <translation>Hardwaregenerationen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Three generations of NVIDIA data-centre GPUs train the same model, GPT-3 XL (%1 billion parameters, %2 billion tokens), %3 GPUs each, in the US: the V100 (Volta) at fp16, the A100 (Ampere) and the H100 (Hopper) at bf16. Each newer chip draws more power, but it is so much faster that it finishes sooner and uses less energy for the same work. The Data tab lists each chip&apos;s peak and power.&lt;/p&gt;&lt;p&gt;Assumed: the same utilisation (MFU) of %4% on all three, and every GPU at its rated power. Real utilisation differs between generations and software.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Drei Generationen von NVIDIA-Rechenzentrums-GPUs trainieren dasselbe Modell, GPT-3 XL (%1 Milliarden Parameter, %2 Milliarden Tokens), mit jeweils %3 GPUs in den USA: die V100 (Volta) mit fp16, die A100 (Ampere) und die H100 (Hopper) mit bf16. Jeder neuere Chip nimmt mehr Leistung auf, ist aber so viel schneller, dass er früher fertig wird und für dieselbe Arbeit weniger Energie verbraucht. Die Registerkarte „Daten“ listet Spitzenleistung und Leistungsaufnahme jedes Chips auf.&lt;/p&gt;&lt;p&gt;Angenommen: dieselbe Auslastung (MFU) von %4 % bei allen dreien und jede GPU bei ihrer Nennleistung. Die reale Auslastung unterscheidet sich zwischen Generationen und Software.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Does a human learn with less?</source>
        <translation>Lernt ein Mensch mit weniger?</translation>
    </message>
    <message>
        <source>&lt;p&gt;BERT base read a corpus of %1 billion words (books and English Wikipedia) about %2 times over: %3 steps × %4 sequences × %5 tokens (Devlin et al. 2019, §A.2), about %6 billion words in all.&lt;/p&gt;&lt;p&gt;How many words does a child hear? Hart and Risley (1995; 2003) recorded 42 families in Kansas one hour a month, from before the child&apos;s first birthday to age three, and extrapolated: by age four, a child in a professional family would have heard almost %7 million words, in a working-class family %8 million, in a family on welfare %9 million. These are extrapolations from a small sample; a later study that also counted other caregivers and the talk a child overhears (Sperry, Sperry and Miller 2019) did not find these gaps, and estimates vary widely.&lt;/p&gt;&lt;p&gt;Even against the highest figure, BERT was trained on about %10 times as many words as a four-year-old has heard. The second scenario trains the same model once on %7 million tokens (one token per word, as the BERT paper&apos;s own epoch count does). Yet a four-year-old talks and understands, while BERT fills in missing words. What else does a child learn from?&lt;/p&gt;</source>
        <translation>&lt;p&gt;BERT base hat ein Korpus von %1 Milliarden Wörtern (Bücher und die englische Wikipedia) etwa %2-mal gelesen: %3 Schritte × %4 Sequenzen × %5 Tokens (Devlin et al. 2019, §A.2), insgesamt etwa %6 Milliarden Wörter.&lt;/p&gt;&lt;p&gt;Wie viele Wörter hört ein Kind? Hart und Risley (1995; 2003) haben in 42 Familien in Kansas eine Stunde pro Monat aufgezeichnet, von der Zeit vor dem ersten Geburtstag des Kindes bis zum Alter von drei Jahren, und hochgerechnet: Bis zum Alter von vier Jahren hätte ein Kind in einer Akademikerfamilie fast %7 Millionen Wörter gehört, in einer Arbeiterfamilie %8 Millionen, in einer Familie, die von Sozialhilfe lebt, %9 Millionen. Das sind Hochrechnungen aus einer kleinen Stichprobe; eine spätere Studie, die auch andere Betreuungspersonen und die Gespräche zählte, die ein Kind nebenbei mithört (Sperry, Sperry und Miller 2019), fand diese Unterschiede nicht, und die Schätzungen gehen weit auseinander.&lt;/p&gt;&lt;p&gt;Selbst gegenüber dem höchsten Wert wurde BERT mit etwa %10-mal so vielen Wörtern trainiert, wie ein vierjähriges Kind gehört hat. Das zweite Szenario trainiert dasselbe Modell einmal auf %7 Millionen Tokens (ein Token pro Wort, wie es auch die Epochenzahl der BERT-Veröffentlichung selbst annimmt). Doch ein vierjähriges Kind spricht und versteht, während BERT fehlende Wörter ergänzt. Woraus lernt ein Kind noch?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>BERT base as published</source>
        <translation>BERT base wie veröffentlicht</translation>
    </message>
    <message>
        <source>BERT base on the words a child hears</source>
        <translation>BERT base mit den Wörtern, die ein Kind hört</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>AI Carbon Planner projects (*.json);;All files (*)</source>
        <translation>AI-Carbon-Planner-Projekte (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Training compute</source>
        <translation>Trainingsrechenaufwand</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Device-hours</source>
        <translation>Gerätestunden</translation>
    </message>
    <message>
        <source>Energy, IT</source>
        <translation>Energie, IT</translation>
    </message>
    <message>
        <source>Energy, facility</source>
        <translation>Energie, Rechenzentrum</translation>
    </message>
    <message>
        <source>CO2e, location-based</source>
        <translation>CO2e, standortbasiert</translation>
    </message>
    <message>
        <source>CO2e, market-based</source>
        <translation>CO2e, marktbasiert</translation>
    </message>
    <message>
        <source>CO2e, embodied</source>
        <translation>CO2e, grau (Herstellung)</translation>
    </message>
    <message>
        <source>CO2e, total</source>
        <translation>CO2e, gesamt</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>By component</source>
        <translation>Nach Komponente</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Facility energy</source>
        <translation>Rechenzentrumsenergie</translation>
    </message>
    <message>
        <source>CO2e</source>
        <translation>CO2e</translation>
    </message>
    <message>
        <source>Final run</source>
        <translation>Finaler Lauf</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Equivalent to</source>
        <translation>Entspricht</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>How this was computed</source>
        <translation>Rechenweg</translation>
    </message>
    <message>
        <source>No scenario</source>
        <translation>Kein Szenario</translation>
    </message>
    <message>
        <source>Add or select a scenario to see its results.</source>
        <translation>Fügen Sie ein Szenario hinzu oder wählen Sie eines aus, um seine Ergebnisse zu sehen.</translation>
    </message>
    <message>
        <source>No figures while the scenario has errors.</source>
        <translation>Keine Abbildungen, solange das Szenario Fehler enthält.</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>Kein Ergebnis</translation>
    </message>
    <message>
        <source>Correct the errors below (they are also shown beside the fields).</source>
        <translation>Korrigieren Sie die Fehler unten (sie werden auch neben den Feldern angezeigt).</translation>
    </message>
    <message>
        <source>%1 CO2e</source>
        <translation>%1 CO2e</translation>
    </message>
    <message>
        <source>unknown (accounting mode)</source>
        <translation>unbekannt (Bilanzierungsmodus)</translation>
    </message>
    <message>
        <source>%1 h (final run %2 h)</source>
        <translation>%1 h (finaler Lauf %2 h)</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 (PUE %2)</source>
        <translation>%1 (PUE %2)</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (bei %2)</translation>
    </message>
    <message>
        <source>%1 (%2 % carbon-free energy)</source>
        <translation>%1 (%2 % CO₂-freie Energie)</translation>
    </message>
    <message>
        <source>%1 (no carbon-free energy known)</source>
        <translation>%1 (CO₂-freie Energie unbekannt)</translation>
    </message>
    <message>
        <source>not included</source>
        <translation>nicht enthalten</translation>
    </message>
    <message>
        <source>not priced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <source>%1 (compute only)</source>
        <translation>%1 (nur Rechenkosten)</translation>
    </message>
    <message>
        <source>%1 (compute %2, carbon %3)</source>
        <translation>%1 (Rechenkosten %2, CO₂-Kosten %3)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Step Through…</source>
        <translation>Schritt für Schritt…</translation>
    </message>
    <message>
        <source>Show the steps one at a time in large type, for a projector (F6)</source>
        <translation>Die Schritte einzeln in großer Schrift zeigen, für einen Beamer (F6)</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %Ln device(s) · %2 at the facility</source>
        <translation>
            <numerusform>%1 auf %Ln Gerät · %2 im Rechenzentrum</numerusform>
            <numerusform>%1 auf %Ln Geräten · %2 im Rechenzentrum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (final run, %Ln device(s))</source>
        <translation>
            <numerusform>%1 (finaler Lauf, %Ln Gerät)</numerusform>
            <numerusform>%1 (finaler Lauf, %Ln Geräte)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>ScenarioDocument</name>
    <message>
        <source>the file could not be written completely (is the disk full?)</source>
        <translation>die Datei konnte nicht vollständig geschrieben werden (ist der Datenträger voll?)</translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message>
        <source>dense peak %1 TFLOP/s</source>
        <translation>dichte Spitzenleistung %1 TFLOP/s</translation>
    </message>
    <message>
        <source>%1 gCO2e/kWh in %2 (%3) · %4</source>
        <translation>%1 gCO2e/kWh im Jahr %2 (%3) · %4</translation>
    </message>
    <message>
        <source> (your catalog)</source>
        <translation> (Ihr Katalog)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>cloud region</source>
        <translation>Cloud-Region</translation>
    </message>
    <message>
        <source>%1 parameters</source>
        <translation>%1 Parameter</translation>
    </message>
    <message>
        <source>%1 active</source>
        <translation>%1 aktiv</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <source>TDP %1 W</source>
        <translation>TDP %1 W</translation>
    </message>
    <message>
        <source>no TDP</source>
        <translation>keine TDP</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>embodied %1 kgCO2e</source>
        <translation>grau %1 kgCO2e</translation>
    </message>
    <message>
        <source>your catalog</source>
        <translation>Ihr Katalog</translation>
    </message>
    <message>
        <source>%1 · %2 TFLOP/s</source>
        <translation>%1 · %2 TFLOP/s</translation>
    </message>
    <message>
        <source>grid %1 · </source>
        <translation>Netz %1 · </translation>
    </message>
    <message>
        <source>no intensity for this year or source</source>
        <translation>keine Intensität für dieses Jahr oder diese Quelle</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>N: the trained parameters (active parameters per token for mixture-of-experts models). Default: the model preset.</source>
        <translation>N: die trainierten Parameter (bei Mixture-of-Experts-Modellen die aktiven Parameter pro Token). Standard: die Modellvorlage.</translation>
    </message>
    <message>
        <source>Training tokens</source>
        <translation>Trainings-Tokens</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>D: tokens seen in training. Wins over dataset tokens × epochs and steps × batch × length. Default: the model preset.</source>
        <translation>D: im Training gesehene Tokens. Hat Vorrang vor Datensatz-Tokens × Epochen und Schritte × Batch × Länge. Standard: die Modellvorlage.</translation>
    </message>
    <message>
        <source>Dataset tokens</source>
        <translation>Datensatz-Tokens</translation>
    </message>
    <message>
        <source>Tokens in the dataset: D = dataset tokens × epochs when training tokens are not given.</source>
        <translation>Tokens im Datensatz: D = Datensatz-Tokens × Epochen, wenn keine Trainings-Tokens angegeben sind.</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>Durchgänge</translation>
    </message>
    <message>
        <source>Passes over the dataset; used with dataset tokens only.</source>
        <translation>Durchgänge über den Datensatz; nur zusammen mit Datensatz-Tokens verwendet.</translation>
    </message>
    <message>
        <source>methodology §1: one epoch</source>
        <translation>Methodik §1: eine Epoche</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>optimizer steps</source>
        <translation>Optimiererschritte</translation>
    </message>
    <message>
        <source>D = steps × batch size × sequence length; give all three.</source>
        <translation>D = Schritte × Batchgröße × Sequenzlänge; alle drei angeben.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>sequences per step</source>
        <translation>Sequenzen pro Schritt</translation>
    </message>
    <message>
        <source>Sequences per optimizer step (with steps and sequence length).</source>
        <translation>Sequenzen pro Optimiererschritt (mit Schritten und Sequenzlänge).</translation>
    </message>
    <message>
        <source>Sequence length</source>
        <translation>Sequenzlänge</translation>
    </message>
    <message>
        <source>Tokens per sequence (with steps and batch size).</source>
        <translation>Tokens pro Sequenz (mit Schritten und Batchgröße).</translation>
    </message>
    <message>
        <source>FLOPs per parameter·token (k)</source>
        <translation>FLOPs pro Parameter·Token (k)</translation>
    </message>
    <message>
        <source>FLOP</source>
        <translation>FLOP</translation>
    </message>
    <message>
        <source>k in C = k × N × D: 2 forward + 4 backward; 8 when activations are recomputed.</source>
        <translation>k in C = k × N × D: 2 vorwärts + 4 rückwärts; 8, wenn Aktivierungen neu berechnet werden.</translation>
    </message>
    <message>
        <source>Training compute</source>
        <translation>Trainingsrechenaufwand</translation>
    </message>
    <message>
        <source>Total FLOPs of the final run. When given, it replaces k × N × D.</source>
        <translation>Gesamt-FLOPs des finalen Laufs. Wenn angegeben, ersetzt dies k × N × D.</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>Accounting mode: the measured duration of the final run. Replaces FLOPs / (peak × MFU); MFU is then implied.</source>
        <translation>Bilanzierungsmodus: die gemessene Dauer des finalen Laufs. Ersetzt FLOPs / (Spitzenleistung × MFU); die MFU ergibt sich dann daraus.</translation>
    </message>
    <message>
        <source>from FLOPs</source>
        <translation>aus FLOPs</translation>
    </message>
    <message>
        <source>Device-hours</source>
        <translation>Gerätestunden</translation>
    </message>
    <message>
        <source>device-h</source>
        <translation>Geräte-h</translation>
    </message>
    <message>
        <source>Accounting mode: device-hours of the final run (wins over the wall-clock time).</source>
        <translation>Bilanzierungsmodus: Gerätestunden des finalen Laufs (hat Vorrang vor der Laufzeit).</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Number of devices, a whole number ≥ 1. Wall-clock time = device-hours / devices.</source>
        <translation>Anzahl der Geräte, eine ganze Zahl ≥ 1. Laufzeit = Gerätestunden / Geräte.</translation>
    </message>
    <message>
        <source>one device when the count is not given</source>
        <translation>ein Gerät, wenn keine Anzahl angegeben ist</translation>
    </message>
    <message>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <source>fraction, (0, 1]</source>
        <translation>Anteil, (0, 1]</translation>
    </message>
    <message>
        <source>Model FLOPs utilization: the share of the dense peak the training achieves. Device time = FLOPs / (peak × MFU).</source>
        <translation>Model FLOPs Utilization: der Anteil der dichten Spitzenleistung, den das Training erreicht. Gerätezeit = FLOPs / (Spitzenleistung × MFU).</translation>
    </message>
    <message>
        <source>Average power</source>
        <translation>Mittlere Leistung</translation>
    </message>
    <message>
        <source>W per device</source>
        <translation>W pro Gerät</translation>
    </message>
    <message>
        <source>Measured average draw per device. When given, it replaces idle + u × (TDP − idle) and the power utilization is not used.</source>
        <translation>Gemessene mittlere Leistungsaufnahme pro Gerät. Wenn angegeben, ersetzt sie Leerlauf + u × (TDP − Leerlauf), und die Leistungsauslastung wird nicht verwendet.</translation>
    </message>
    <message>
        <source>Power utilization</source>
        <translation>Leistungsauslastung</translation>
    </message>
    <message>
        <source>fraction, [0, 1]</source>
        <translation>Anteil, [0, 1]</translation>
    </message>
    <message>
        <source>u: where the device draws between idle (0) and TDP (1). Used only without an average power.</source>
        <translation>u: wo die Leistungsaufnahme des Geräts zwischen Leerlauf (0) und TDP (1) liegt. Nur ohne mittlere Leistung verwendet.</translation>
    </message>
    <message>
        <source>Host power</source>
        <translation>Host-Leistung</translation>
    </message>
    <message>
        <source>Share of the server (CPUs, DRAM, network) per device. Nameplate upper bounds: DGX A100 412 W, DGX H100 575 W.</source>
        <translation>Anteil des Servers (CPUs, DRAM, Netzwerk) pro Gerät. Obergrenzen laut Typenschild: DGX A100 412 W, DGX H100 575 W.</translation>
    </message>
    <message>
        <source>Dense peak</source>
        <translation>Dichte Spitzenleistung</translation>
    </message>
    <message>
        <source>TFLOP/s</source>
        <translation>TFLOP/s</translation>
    </message>
    <message>
        <source>Dense (not sparse) peak per device at the precision; overrides the catalog.</source>
        <translation>Dichte (nicht sparse) Spitzenleistung pro Gerät bei der gewählten Präzision; überschreibt den Katalog.</translation>
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
        <translation>Thermal Design Power pro Gerät; überschreibt den Katalog.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Year of the grid carbon intensity (1990–2100).</source>
        <translation>Jahr der Netz-Kohlenstoffintensität (1990–2100).</translation>
    </message>
    <message>
        <source>the latest year of the primary series</source>
        <translation>das neueste Jahr der primären Reihe</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>neuestes</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>ratio, ≥ 1</source>
        <translation>Verhältnis, ≥ 1</translation>
    </message>
    <message>
        <source>Power usage effectiveness: facility energy = IT energy × PUE. Default: the cloud region, the provider&apos;s fleet, else the global average.</source>
        <translation>Power Usage Effectiveness: Rechenzentrumsenergie = IT-Energie × PUE. Standard: Wert der Cloud-Region, sonst der Flottenwert des Anbieters, sonst der weltweite Durchschnitt.</translation>
    </message>
    <message>
        <source>Carbon intensity</source>
        <translation>Kohlenstoffintensität</translation>
    </message>
    <message>
        <source>gCO2e/kWh</source>
        <translation>gCO2e/kWh</translation>
    </message>
    <message>
        <source>Grid carbon intensity; overrides the region&apos;s value.</source>
        <translation>Netz-Kohlenstoffintensität; überschreibt den Wert der Region.</translation>
    </message>
    <message>
        <source>Carbon-free energy</source>
        <translation>CO₂-freie Energie</translation>
    </message>
    <message>
        <source>Share of the energy matched by carbon-free supply; only the market-based figure uses it (× (1 − fraction)).</source>
        <translation>Anteil der Energie, der durch CO₂-freie Versorgung gedeckt ist; nur der marktbasierte Wert verwendet ihn (× (1 − Anteil)).</translation>
    </message>
    <message>
        <source>none known: market-based equals location-based</source>
        <translation>keine bekannt: marktbasiert gleich standortbasiert</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>trials</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Configurations trained before the final run.</source>
        <translation>Konfigurationen, die vor dem finalen Lauf trainiert werden.</translation>
    </message>
    <message>
        <source>methodology §6: no search</source>
        <translation>Methodik §6: keine Suche</translation>
    </message>
    <message>
        <source>Mean trial fraction</source>
        <translation>Mittlerer Versuchsanteil</translation>
    </message>
    <message>
        <source>of a full run</source>
        <translation>eines vollen Laufs</translation>
    </message>
    <message>
        <source>Mean share of a full run per trial; below 1 with early stopping.</source>
        <translation>Mittlerer Anteil eines vollen Laufs pro Versuch; unter 1 bei Early Stopping.</translation>
    </message>
    <message>
        <source>methodology §6: each trial is a full run</source>
        <translation>Methodik §6: jeder Versuch ist ein voller Lauf</translation>
    </message>
    <message>
        <source>Configurations</source>
        <translation>Konfigurationen</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>n: configurations in the first round of successive halving (required).</source>
        <translation>n: Konfigurationen in der ersten Runde von Successive Halving (erforderlich).</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>Reduction factor η</source>
        <translation>Reduktionsfaktor η</translation>
    </message>
    <message>
        <source>&gt; 1</source>
        <translation>&gt; 1</translation>
    </message>
    <message>
        <source>η: each round keeps 1/η of the configurations at η times the budget.</source>
        <translation>η: jede Runde behält 1/η der Konfigurationen mit dem η-fachen Budget.</translation>
    </message>
    <message>
        <source>Li et al. 2018 (Hyperband): η = 3</source>
        <translation>Li et al. 2018 (Hyperband): η = 3</translation>
    </message>
    <message>
        <source>Minimum budget</source>
        <translation>Mindestbudget</translation>
    </message>
    <message>
        <source>of a full run, (0, 1]</source>
        <translation>eines vollen Laufs, (0, 1]</translation>
    </message>
    <message>
        <source>r: the smallest budget, as a share of a full run (required).</source>
        <translation>r: das kleinste Budget als Anteil eines vollen Laufs (erforderlich).</translation>
    </message>
    <message>
        <source>Equivalent runs</source>
        <translation>Äquivalente Läufe</translation>
    </message>
    <message>
        <source>full runs</source>
        <translation>volle Läufe</translation>
    </message>
    <message>
        <source>Total search compute in full runs, e.g. from a published step count; replaces trials × fraction.</source>
        <translation>Gesamter Suchaufwand in vollen Läufen, z. B. aus einer veröffentlichten Schrittzahl; ersetzt Versuche × Anteil.</translation>
    </message>
    <message>
        <source>Development multiplier</source>
        <translation>Entwicklungsfaktor</translation>
    </message>
    <message>
        <source>×, ≥ 1</source>
        <translation>×, ≥ 1</translation>
    </message>
    <message>
        <source>m: seeds, ablations and failed runs. Total = m × (final run + search).</source>
        <translation>m: Seeds, Ablationen und fehlgeschlagene Läufe. Gesamt = m × (finaler Lauf + Suche).</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Nutzungsdauer</translation>
    </message>
    <message>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>Service life over which the manufacturing emissions are spread.</source>
        <translation>Nutzungsdauer, über die die Herstellungsemissionen verteilt werden.</translation>
    </message>
    <message>
        <source>Per device</source>
        <translation>Pro Gerät</translation>
    </message>
    <message>
        <source>kgCO2e</source>
        <translation>kgCO2e</translation>
    </message>
    <message>
        <source>Manufacturing emissions of one device; overrides the catalog (whose values are die only, a lower bound).</source>
        <translation>Herstellungsemissionen eines Geräts; überschreibt den Katalog (dessen Werte nur den Chip erfassen, eine Untergrenze).</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>per device-hour</source>
        <translation>pro Gerätestunde</translation>
    </message>
    <message>
        <source>Compute cost = price × all device-hours (final run, search, development).</source>
        <translation>Rechenkosten = Preis × alle Gerätestunden (finaler Lauf, Suche, Entwicklung).</translation>
    </message>
    <message>
        <source>not priced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <source>Carbon price</source>
        <translation>CO₂-Preis</translation>
    </message>
    <message>
        <source>per tCO2e</source>
        <translation>pro tCO2e</translation>
    </message>
    <message>
        <source>Carbon cost = price × total emissions in tonnes.</source>
        <translation>CO₂-Kosten = Preis × Gesamtemissionen in Tonnen.</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>the number must be finite</source>
        <translation>die Zahl muss endlich sein</translation>
    </message>
    <message>
        <source>a whole number is needed</source>
        <translation>eine ganze Zahl ist erforderlich</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>abgeleitet</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Default: %1 (%2).</source>
        <translation>Standard: %1 (%2).</translation>
    </message>
    <message>
        <source>Default: %1.</source>
        <translation>Standard: %1.</translation>
    </message>
    <message>
        <source>The value in use is listed in the estimate&apos;s assumptions as “%1”.</source>
        <translation>Der verwendete Wert erscheint in den Annahmen der Schätzung als „%1“.</translation>
    </message>
    <message>
        <source>Scenario file: %1</source>
        <translation>Szenariodatei: %1</translation>
    </message>
    <message>
        <source>your input</source>
        <translation>Ihre Eingabe</translation>
    </message>
    <message>
        <source>No scenario selected. Add a scenario to edit it.</source>
        <translation>Kein Szenario ausgewählt. Fügen Sie ein Szenario hinzu, um es zu bearbeiten.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>What this scenario assumes, and why</source>
        <translation>Was dieses Szenario annimmt und warum</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Arbeitslast</translation>
    </message>
    <message>
        <source>Search models…</source>
        <translation>Modelle suchen…</translation>
    </message>
    <message>
        <source>(no preset)</source>
        <translation>(keine Vorlage)</translation>
    </message>
    <message>
        <source>Model preset</source>
        <translation>Modellvorlage</translation>
    </message>
    <message>
        <source>or tokens = dataset tokens × epochs:</source>
        <translation>oder Tokens = Datensatz-Tokens × Epochen:</translation>
    </message>
    <message>
        <source>or tokens = steps × batch size × sequence length:</source>
        <translation>oder Tokens = Schritte × Batchgröße × Sequenzlänge:</translation>
    </message>
    <message>
        <source>Compute:</source>
        <translation>Rechenaufwand:</translation>
    </message>
    <message>
        <source>Training FLOPs</source>
        <translation>Trainings-FLOPs</translation>
    </message>
    <message>
        <source>Known runtime (accounting mode)</source>
        <translation>Bekannte Laufzeit (Bilanzierungsmodus)</translation>
    </message>
    <message>
        <source>Leave empty to plan from the FLOPs; give a measured duration to account for a finished run.</source>
        <translation>Leer lassen, um aus den FLOPs zu planen; eine gemessene Dauer angeben, um einen abgeschlossenen Lauf zu bilanzieren.</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Search devices…</source>
        <translation>Geräte suchen…</translation>
    </message>
    <message>
        <source>(no device)</source>
        <translation>(kein Gerät)</translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>Alle Hersteller</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Selects the device&apos;s dense peak. Automatic: bf16, else fp16, tf32, fp32 — the first the device has (methodology §2).</source>
        <translation>Wählt die dichte Spitzenleistung des Geräts. Automatisch: bf16, sonst fp16, tf32, fp32 – die erste, die das Gerät hat (Methodik §2).</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>Overrides of the catalog:</source>
        <translation>Abweichungen vom Katalog:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Search regions…</source>
        <translation>Regionen suchen…</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(keine Region)</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <source>Countries, states and zones, and cloud regions (aws:us-east-1).</source>
        <translation>Länder, Bundesstaaten und Zonen sowie Cloud-Regionen (aws:us-east-1).</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Which series of grid intensities to use for the region (methodology §5).</source>
        <translation>Welche Reihe von Netzintensitäten für die Region verwendet wird (Methodik §5).</translation>
    </message>
    <message>
        <source>Intensity series</source>
        <translation>Intensitätsreihe</translation>
    </message>
    <message>
        <source>Search and development</source>
        <translation>Suche und Entwicklung</translation>
    </message>
    <message>
        <source>Grid search</source>
        <translation>Rastersuche</translation>
    </message>
    <message>
        <source>Random search</source>
        <translation>Zufallssuche</translation>
    </message>
    <message>
        <source>Successive halving</source>
        <translation>Successive Halving</translation>
    </message>
    <message>
        <source>Hyperband</source>
        <translation>Hyperband</translation>
    </message>
    <message>
        <source>How the hyperparameter search before the final run is counted (methodology §6).</source>
        <translation>Wie die Hyperparametersuche vor dem finalen Lauf gezählt wird (Methodik §6).</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Promoted trials resume from their checkpoint</source>
        <translation>Übernommene Versuche setzen an ihrem Checkpoint fort</translation>
    </message>
    <message>
        <source>Resulting search</source>
        <translation>Resultierende Suche</translation>
    </message>
    <message>
        <source>values per hyperparameter, e.g. 3 × 4 × 5</source>
        <translation>Werte pro Hyperparameter, z. B. 3 × 4 × 5</translation>
    </message>
    <message>
        <source>Grid search: trials = product of the value counts (methodology §6).</source>
        <translation>Rastersuche: Versuche = Produkt der Werteanzahlen (Methodik §6).</translation>
    </message>
    <message>
        <source>Grid sizes</source>
        <translation>Rastergrößen</translation>
    </message>
    <message>
        <source>Embodied emissions</source>
        <translation>Graue Emissionen</translation>
    </message>
    <message>
        <source>Include the devices&apos; manufacturing emissions</source>
        <translation>Herstellungsemissionen der Geräte einbeziehen</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>e.g. USD, EUR</source>
        <translation>z. B. USD, EUR</translation>
    </message>
    <message>
        <source>Free text; no conversion is done.</source>
        <translation>Freitext; es wird nicht umgerechnet.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>In use while empty: %1 (%2, %3)</source>
        <translation>Verwendet, solange leer: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>In use while empty: %1 (%2)</source>
        <translation>Verwendet, solange leer: %1 (%2)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>In use while empty: %1</source>
        <translation>Verwendet, solange leer: %1</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Primary series (default)</source>
        <translation>Primäre Reihe (Standard)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source> = %1 × %2 × %3 (k × N × D)</source>
        <translation> = %1 × %2 × %3 (k × N × D)</translation>
    </message>
    <message>
        <source>; with the attention term %1 (reported only)</source>
        <translation>; mit Attention-Term %1 (nur ausgewiesen)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln layer(s), d_model %1</source>
        <translation>
            <numerusform>%Ln Schicht, d_model %1</numerusform>
            <numerusform>%Ln Schichten, d_model %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Embodied = per-device kgCO2e × device-hours / (lifetime × %1 h) (methodology §7).</source>
        <translation>Grau = kgCO2e pro Gerät × Gerätestunden / (Nutzungsdauer × %1 h) (Methodik §7).</translation>
    </message>
    <message>
        <source>Trials: %1 · search compute: %2 (in full runs)</source>
        <translation>Versuche: %1 · Suchaufwand: %2 (in vollen Läufen)</translation>
    </message>
</context>
<context>
    <name>WalkthroughDialog</name>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Weiter ▶</translation>
    </message>
    <message>
        <source>Previous step (Left, Page Up)</source>
        <translation>Vorheriger Schritt (Pfeil links, Bild auf)</translation>
    </message>
    <message>
        <source>Next step (Right, Page Down, Space)</source>
        <translation>Nächster Schritt (Pfeil rechts, Bild ab, Leertaste)</translation>
    </message>
    <message>
        <source>Guided Explanation</source>
        <translation>Geführte Erklärung</translation>
    </message>
    <message>
        <source>No scenario. Add or select a scenario to step through how its results were computed.</source>
        <translation>Kein Szenario. Fügen Sie ein Szenario hinzu oder wählen Sie eines aus, um Schritt für Schritt zu sehen, wie seine Ergebnisse berechnet wurden.</translation>
    </message>
    <message>
        <source>Guided Explanation — %1</source>
        <translation>Geführte Erklärung – %1</translation>
    </message>
    <message>
        <source>This scenario has errors, so there is nothing to compute yet. Correct the errors shown in the scenario editor and the results.</source>
        <translation>Dieses Szenario enthält Fehler, daher gibt es noch nichts zu berechnen. Korrigieren Sie die im Szenario-Editor und in den Ergebnissen angezeigten Fehler.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
</context>
<context>
    <name>aicarbon::AutosaveController</name>
    <message>
        <source>It was never saved.</source>
        <translation>Sie wurde nie gespeichert.</translation>
    </message>
    <message>
        <source>It belongs to %1.</source>
        <translation>Sie gehört zu %1.</translation>
    </message>
    <message>
        <source>Unsaved work from the last session could not be read (%1), nor moved aside; it is still at %2.</source>
        <translation>Ungespeicherte Arbeit aus der letzten Sitzung konnte weder gelesen (%1) noch beiseitegelegt werden; sie liegt weiterhin unter %2.</translation>
    </message>
    <message>
        <source>Unsaved work from the last session could not be read (%1). It was moved aside, unchanged, to
%2</source>
        <translation>Ungespeicherte Arbeit aus der letzten Sitzung konnte nicht gelesen werden (%1). Sie wurde unverändert beiseitegelegt nach
%2</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln scenario(s)</source>
        <translation>
            <numerusform>%Ln Szenario</numerusform>
            <numerusform>%Ln Szenarien</numerusform>
        </translation>
    </message>
    <message>
        <source>AI Carbon Planner did not close cleanly last time. Unsaved work on “%1” (%2), saved at %3, was recovered. %4

Restore it, or discard it? Discard deletes the recovered copy at %5.</source>
        <translation>AI Carbon Planner wurde beim letzten Mal nicht ordnungsgemäß beendet. Ungespeicherte Arbeit an „%1“ (%2), gespeichert am %3, wurde wiederhergestellt. %4

Wiederherstellen oder verwerfen? Verwerfen löscht die wiederhergestellte Kopie unter %5.</translation>
    </message>
</context>
<context>
    <name>aicarbon::CatalogModel</name>
    <message>
        <source>Entered by you (your own catalog)</source>
        <translation>Von Ihnen eingetragen (Ihr eigener Katalog)</translation>
    </message>
    <message>
        <source>%1 T</source>
        <comment>short-scale suffix: trillion (10^12), e.g. 15.6 T tokens</comment>
        <extracomment>%1 = value in 10^12; %2 = in 10^8, %3 = in 10^4, for scales grouped by four digits</extracomment>
        <translation>%1 Bio.</translation>
    </message>
    <message>
        <source>%1 B</source>
        <comment>short-scale suffix: billion (10^9), e.g. 175 B parameters</comment>
        <extracomment>%1 = value in 10^9; %2 = in 10^8, %3 = in 10^4, for scales grouped by four digits</extracomment>
        <translation>%1 Mrd.</translation>
    </message>
    <message>
        <source>%1 M</source>
        <comment>short-scale suffix: million (10^6), e.g. 7 M parameters</comment>
        <extracomment>%1 = value in 10^6; %2 = in 10^8, %3 = in 10^4, for scales grouped by four digits</extracomment>
        <translation>%1 Mio.</translation>
    </message>
</context>
<context>
    <name>aicarbon::CatalogPicker</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>%1 (not in the catalog)</source>
        <translation>%1 (nicht im Katalog)</translation>
    </message>
</context>
<context>
    <name>aicarbon::CloudRegionTableModel</name>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>Regionscode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Grid region</source>
        <translation>Netzregion</translation>
    </message>
    <message>
        <source>The grid region whose carbon intensity applies</source>
        <translation>Die Netzregion, deren Kohlenstoffintensität gilt</translation>
    </message>
    <message>
        <source>Grid
g/kWh</source>
        <translation>Netz
g/kWh</translation>
    </message>
    <message>
        <source>Default carbon intensity of the grid region</source>
        <translation>Standard-Kohlenstoffintensität der Netzregion</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Power usage effectiveness: the region&apos;s own figure, else the provider&apos;s default</source>
        <translation>Power Usage Effectiveness: der eigene Wert der Region, sonst der Standardwert des Anbieters</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Source documenting the region and its location</source>
        <translation>Quelle, die die Region und ihren Standort belegt</translation>
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
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>Region&apos;s own PUE. Source: %1</source>
        <translation>Eigene PUE der Region. Quelle: %1</translation>
    </message>
    <message>
        <source>No PUE known</source>
        <translation>Keine PUE bekannt</translation>
    </message>
    <message>
        <source>Worldwide average PUE</source>
        <translation>Weltweite durchschnittliche PUE</translation>
    </message>
    <message>
        <source>Provider&apos;s fleet-wide PUE</source>
        <translation>Flottenweite PUE des Anbieters</translation>
    </message>
    <message>
        <source>%1 (no figure for this region). Source: %2</source>
        <translation>%1 (kein Wert für diese Region). Quelle: %2</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>Location: %1, %2</source>
        <translation>Standort: %1, %2</translation>
    </message>
    <message>
        <source>Grid region: %1</source>
        <translation>Netzregion: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
</context>
<context>
    <name>aicarbon::CompareView</name>
    <message>
        <source>Time against emissions, one point per scenario</source>
        <translation>Zeit gegen Emissionen, ein Punkt pro Szenario</translation>
    </message>
    <message>
        <source>Emissions by component</source>
        <translation>Emissionen nach Komponente</translation>
    </message>
    <message>
        <source>Facility energy</source>
        <translation>Rechenzentrumsenergie</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Diagramm:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
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
        <translation>Stunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>as stated</source>
        <translation>wie angegeben</translation>
    </message>
    <message>
        <source>No scenario states a price per device-hour or a carbon price.</source>
        <translation>Kein Szenario gibt einen Preis pro Gerätestunde oder einen CO₂-Preis an.</translation>
    </message>
    <message>
        <source>Emissions (%1 CO₂e)</source>
        <translation>Emissionen (%1 CO₂e)</translation>
    </message>
    <message>
        <source>Facility energy (%1)</source>
        <translation>Rechenzentrumsenergie (%1)</translation>
    </message>
    <message>
        <source>Wall-clock time, final run (%1)</source>
        <translation>Laufzeit, finaler Lauf (%1)</translation>
    </message>
    <message>
        <source>Cost (currency as stated)</source>
        <translation>Kosten (Währung wie angegeben)</translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <translation>Kosten (%1)</translation>
    </message>
    <message>
        <source>mixed currencies</source>
        <translation>gemischte Währungen</translation>
    </message>
    <message>
        <source>%1 (invalid)</source>
        <translation>%1 (ungültig)</translation>
    </message>
    <message>
        <source>Total emissions (%1 CO₂e)</source>
        <translation>Gesamtemissionen (%1 CO₂e)</translation>
    </message>
    <message>
        <source>%1 cannot be estimated: %2</source>
        <translation>%1 kann nicht geschätzt werden: %2</translation>
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
        <translation>Gesamt: %1</translation>
    </message>
    <message>
        <source>Facility energy: %1</source>
        <translation>Rechenzentrumsenergie: %1</translation>
    </message>
    <message>
        <source>IT energy: %1</source>
        <translation>IT-Energie: %1</translation>
    </message>
    <message>
        <source>Wall-clock time: %1 (%2)</source>
        <translation>Laufzeit: %1 (%2)</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Kosten: %1</translation>
    </message>
    <message>
        <source>No price given</source>
        <translation>Kein Preis angegeben</translation>
    </message>
    <message>
        <source>%1
Wall-clock time: %2 (%3)
Total emissions: %4 (%5)</source>
        <translation>%1
Laufzeit: %2 (%3)
Gesamtemissionen: %4 (%5)</translation>
    </message>
    <message>
        <source>%1% interval: %2</source>
        <translation>%1-%-Intervall: %2</translation>
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
        <translation>h</translation>
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
        <translation>%1 (Referenz)</translation>
    </message>
    <message>
        <source>%1: the baseline; the other columns show differences to it</source>
        <translation>%1: die Referenz; die anderen Spalten zeigen Differenzen dazu</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
    <message>
        <source>%1 cannot be estimated: %2</source>
        <translation>%1 kann nicht geschätzt werden: %2</translation>
    </message>
    <message>
        <source>%1: no price given</source>
        <translation>%1: kein Preis angegeben</translation>
    </message>
    <message>
        <source>%1: unknown</source>
        <translation>%1: unbekannt</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Baseline, %1: %2</source>
        <translation>Referenz, %1: %2</translation>
    </message>
    <message>
        <source>Difference: %1%2 (%3)</source>
        <translation>Differenz: %1%2 (%3)</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 PP</translation>
    </message>
</context>
<context>
    <name>aicarbon::DataBrowser</name>
    <message>
        <source>Search by name, id, vendor, country… (case and accents are ignored)</source>
        <translation>Nach Name, ID, Hersteller, Land … suchen (Groß-/Kleinschreibung und Akzente werden ignoriert)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bearb&amp;eiten…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Devices (%L1)</source>
        <translation>&amp;Geräte (%L1)</translation>
    </message>
    <message>
        <source>&amp;Regions (%L1)</source>
        <translation>&amp;Regionen (%L1)</translation>
    </message>
    <message>
        <source>&amp;Cloud regions (%L1)</source>
        <translation>&amp;Cloud-Regionen (%L1)</translation>
    </message>
    <message>
        <source>&amp;Models (%L1)</source>
        <translation>&amp;Modelle (%L1)</translation>
    </message>
    <message>
        <source>%L1 rows.</source>
        <translation>%L1 Zeilen.</translation>
    </message>
    <message>
        <source>Showing %L1 of %L2 rows.</source>
        <translation>%L1 von %L2 Zeilen angezeigt.</translation>
    </message>
    <message>
        <source>Rows in italics with an orange dot are your own entries.</source>
        <translation>Kursive Zeilen mit orangefarbenem Punkt sind Ihre eigenen Einträge.</translation>
    </message>
    <message>
        <source>Hover a row for its source.</source>
        <translation>Zeigen Sie auf eine Zeile, um ihre Quelle zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Add device…</source>
        <translation>Gerät hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>&amp;Add region…</source>
        <translation>Region hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Your own catalog could not be opened, so entries cannot be added or changed.</source>
        <translation>Ihr eigener Katalog konnte nicht geöffnet werden, daher können keine Einträge hinzugefügt oder geändert werden.</translation>
    </message>
    <message>
        <source>Creates your own copy with the same id, used instead of the shipped values</source>
        <translation>Erstellt Ihre eigene Kopie mit derselben ID, die statt der mitgelieferten Werte verwendet wird</translation>
    </message>
    <message>
        <source>Only your own entries can be deleted</source>
        <translation>Nur Ihre eigenen Einträge können gelöscht werden</translation>
    </message>
    <message>
        <source>Edit a shipped entry</source>
        <translation>Mitgelieferten Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>“%1” comes with the application&apos;s catalog.</source>
        <translation>„%1“ gehört zum Katalog der Anwendung.</translation>
    </message>
    <message>
        <source>Editing it creates your own copy with the same id (%1). Your copy is used instead of the shipped values in every estimate; delete it to return to them.</source>
        <translation>Beim Bearbeiten entsteht Ihre eigene Kopie mit derselben ID (%1). Ihre Kopie wird in jeder Schätzung statt der mitgelieferten Werte verwendet; löschen Sie sie, um zu diesen zurückzukehren.</translation>
    </message>
    <message>
        <source>Create my copy</source>
        <translation>Meine Kopie erstellen</translation>
    </message>
    <message>
        <source>Delete your entry</source>
        <translation>Ihren Eintrag löschen</translation>
    </message>
    <message>
        <source>Delete “%1” (%2)?</source>
        <translation>„%1“ (%2) löschen?</translation>
    </message>
    <message>
        <source>Scenarios that use this id will use the shipped entry of the same id if there is one, and otherwise report it as unknown.</source>
        <translation>Szenarien, die diese ID verwenden, nutzen den mitgelieferten Eintrag mit derselben ID, falls es einen gibt, und melden sie sonst als unbekannt.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>Löschen nicht möglich</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
</context>
<context>
    <name>aicarbon::DataBrowserForm</name>
    <message>
        <source>TDP must be between %1 and %2 W.</source>
        <translation>Die TDP muss zwischen %1 und %2 W liegen.</translation>
    </message>
    <message>
        <source>Peak rates must be above 0 and at most %1 TFLOP/s.</source>
        <translation>Spitzenleistungen müssen über 0 und höchstens %1 TFLOP/s betragen.</translation>
    </message>
    <message>
        <source>Carbon intensity must be above 0 and at most %1 g/kWh.</source>
        <translation>Die Kohlenstoffintensität muss über 0 und höchstens %1 g/kWh betragen.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Enter an id.</source>
        <translation>Geben Sie eine ID ein.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>The BF16 peak must not be below the FP32 peak.</source>
        <translation>Die BF16-Spitzenleistung darf nicht unter der FP32-Spitzenleistung liegen.</translation>
    </message>
    <message>
        <source>Idle power must be between %1 W and the TDP.</source>
        <translation>Die Leerlaufleistung muss zwischen %1 W und der TDP liegen.</translation>
    </message>
    <message>
        <source>The carbon-free share must be between %1 and %2 %.</source>
        <translation>Der CO₂-freie Anteil muss zwischen %1 und %2 % liegen.</translation>
    </message>
    <message>
        <source>The year must be between %1 and %2.</source>
        <translation>Das Jahr muss zwischen %1 und %2 liegen.</translation>
    </message>
</context>
<context>
    <name>aicarbon::DataSourcesDialog</name>
    <message>
        <source>Data sources and licences</source>
        <translation>Datenquellen und Lizenzen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attribution&lt;/b&gt;</source>
        <translation>&lt;b&gt;Quellenangaben&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reference data version %1 of %2. Every value in the catalog cites one of the %L3 sources below; click a link to open it in your browser.</source>
        <translation>Referenzdaten Version %1 vom %2. Jeder Wert im Katalog verweist auf eine der %L3 Quellen unten; klicken Sie auf einen Link, um ihn im Browser zu öffnen.</translation>
    </message>
    <message>
        <source>No catalog is loaded.</source>
        <translation>Kein Katalog geladen.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Open %1 in your browser</source>
        <translation>%1 im Browser öffnen</translation>
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
        <translation>Netz-Kohlenstoffintensität von Ländern und Weltregionen: Our World in Data auf Basis von Ember (2025) und Energy Institute – Statistical Review of World Energy.</translation>
    </message>
    <message>
        <source>Grid carbon intensity of zones and sub-national regions: Electricity Maps (2025/2026), yearly carbon intensity data, www.electricitymaps.com (the 2024 table as aggregated for Green Algorithms; 2021–2025 via The Green Web Foundation&apos;s CO2.js).</source>
        <translation>Netz-Kohlenstoffintensität von Zonen und subnationalen Regionen: Electricity Maps (2025/2026), jährliche Daten zur Kohlenstoffintensität, www.electricitymaps.com (die Tabelle 2024 in der Aggregation für Green Algorithms; 2021–2025 über CO2.js von The Green Web Foundation).</translation>
    </message>
    <message>
        <source>ODbL 1.0</source>
        <translation>ODbL 1.0</translation>
    </message>
    <message>
        <source>The grid-intensity and region tables contain information from Electricity Maps, which is made available under the Open Database License (ODbL) v1.0. These two tables, as a Derived Database, are likewise offered under the ODbL v1.0. The other tables keep the licences listed here; the program code is not affected by the share-alike term.</source>
        <translation>Die Tabellen zu Netzintensitäten und Regionen enthalten Informationen von Electricity Maps, die unter der Open Database License (ODbL) v1.0 bereitgestellt werden. Diese beiden Tabellen werden als abgeleitete Datenbank (Derived Database) ebenfalls unter der ODbL v1.0 angeboten. Die übrigen Tabellen behalten die hier aufgeführten Lizenzen; der Programmcode ist von der Share-Alike-Klausel nicht betroffen.</translation>
    </message>
    <message>
        <source>Accelerator specifications: Epoch AI, “Data on Machine Learning Hardware”, epoch.ai.</source>
        <translation>Spezifikationen von Beschleunigern: Epoch AI, „Data on Machine Learning Hardware“, epoch.ai.</translation>
    </message>
    <message>
        <source>CPU power, cloud data centres, PUE and carbon-intensity tables: Lannelongue L., Grealey J., Inouye M., “Green Algorithms: Quantifying the Carbon Footprint of Computation”, Advanced Science 2021.</source>
        <translation>Tabellen zu CPU-Leistung, Cloud-Rechenzentren, PUE und Kohlenstoffintensität: Lannelongue L., Grealey J., Inouye M., „Green Algorithms: Quantifying the Carbon Footprint of Computation“, Advanced Science 2021.</translation>
    </message>
    <message>
        <source>Cloud region carbon data: Google Cloud region-carbon-info, © Google LLC.</source>
        <translation>CO₂-Daten der Cloud-Regionen: Google Cloud region-carbon-info, © Google LLC.</translation>
    </message>
    <message>
        <source>Provider PUE, GPU idle power and cloud regions: Cloud Carbon Footprint methodology, © Thoughtworks and Cloud Carbon Footprint contributors.</source>
        <translation>PUE der Anbieter, GPU-Leerlaufleistung und Cloud-Regionen: Methodik von Cloud Carbon Footprint, © Thoughtworks und die Mitwirkenden von Cloud Carbon Footprint.</translation>
    </message>
    <message>
        <source>CPU power and cloud region tables: CodeCarbon and ML CO2 Impact (mlco2), © CodeCarbon and mlco2 contributors.</source>
        <translation>Tabellen zu CPU-Leistung und Cloud-Regionen: CodeCarbon und ML CO2 Impact (mlco2), © die Mitwirkenden von CodeCarbon und mlco2.</translation>
    </message>
    <message>
        <source>MIT License</source>
        <translation>MIT License</translation>
    </message>
    <message>
        <source>Embodied emissions of accelerator dies: LLMCarbon hardware table, Faiz et al., ICLR 2024.</source>
        <translation>Graue Emissionen von Beschleuniger-Chips: Hardwaretabelle von LLMCarbon, Faiz et al., ICLR 2024.</translation>
    </message>
    <message>
        <source>Country and region names and codes: Debian iso-codes.</source>
        <translation>Namen und Codes von Ländern und Regionen: Debian iso-codes.</translation>
    </message>
    <message>
        <source>LGPL 2.1 or later</source>
        <translation>LGPL 2.1 oder später</translation>
    </message>
    <message>
        <source>Figures from papers and datasheets are cited facts; each paper or datasheet has its row in the table above.</source>
        <translation>Werte aus Veröffentlichungen und Datenblättern sind zitierte Fakten; jede Veröffentlichung und jedes Datenblatt hat eine eigene Zeile in der Tabelle oben.</translation>
    </message>
    <message>
        <source>AI Carbon Planner itself is free software under the GNU General Public License, version 3 or later.</source>
        <translation>AI Carbon Planner selbst ist freie Software unter der GNU General Public License, Version 3 oder später.</translation>
    </message>
</context>
<context>
    <name>aicarbon::DeviceTableModel</name>
    <message>
        <source>Dense %1 peak in TFLOP/s (no sparsity)</source>
        <translation>Dichte %1-Spitzenleistung in TFLOP/s (ohne Sparsity)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Release year</source>
        <translation>Erscheinungsjahr</translation>
    </message>
    <message>
        <source>TDP
W</source>
        <translation>TDP
W</translation>
    </message>
    <message>
        <source>Thermal design power (board or module), W</source>
        <translation>Thermal Design Power (Board oder Modul), W</translation>
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
        <translation>Speicher
GB</translation>
    </message>
    <message>
        <source>Device memory, GB (10⁹ bytes)</source>
        <translation>Gerätespeicher, GB (10⁹ Byte)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The id scenario files and aicarbon-cli use</source>
        <translation>Die ID, die Szenariodateien und aicarbon-cli verwenden</translation>
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
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>eigener</translation>
    </message>
    <message>
        <source> (your own entry)</source>
        <translation> (Ihr eigener Eintrag)</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>TDP: %1 W (%2)</source>
        <translation>TDP: %1 W (%2)</translation>
    </message>
    <message>
        <source>Idle: %1 W</source>
        <translation>Leerlauf: %1 W</translation>
    </message>
    <message>
        <source>Dense peaks, TFLOP/s: %1</source>
        <translation>Dichte Spitzenleistungen, TFLOP/s: %1</translation>
    </message>
    <message>
        <source>Process: %1 nm, die %2 mm²</source>
        <translation>Fertigungsprozess: %1 nm, Chip %2 mm²</translation>
    </message>
    <message>
        <source>Embodied: %1 kg CO₂e (%2)</source>
        <translation>Grau: %1 kg CO₂e (%2)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
</context>
<context>
    <name>aicarbon::FigureDialog</name>
    <message>
        <source>Comparison of one quantity</source>
        <translation>Vergleich einer Größe</translation>
    </message>
    <message>
        <source>Emissions by component</source>
        <translation>Emissionen nach Komponente</translation>
    </message>
    <message>
        <source>Region ranking</source>
        <translation>Rangliste der Regionen</translation>
    </message>
    <message>
        <source>Devices: time against emissions</source>
        <translation>Geräte: Zeit gegen Emissionen</translation>
    </message>
    <message>
        <source>Emissions</source>
        <translation>Emissionen</translation>
    </message>
    <message>
        <source>Facility energy</source>
        <translation>Rechenzentrumsenergie</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Diagramm:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Messgröße:</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Szenario:</translation>
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
        <translation>Okabe–Ito (farbenblindtauglich)</translation>
    </message>
    <message>
        <source>Grayscale with hatching (print)</source>
        <translation>Graustufen mit Schraffur (Druck)</translation>
    </message>
    <message>
        <source>Viridis (colour-blind safe, by lightness)</source>
        <translation>Viridis (farbenblindtauglich, nach Helligkeit)</translation>
    </message>
    <message>
        <source>Tol bright (colour-blind safe)</source>
        <translation>Tol bright (farbenblindtauglich)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Above the chart</source>
        <translation>Über dem Diagramm</translation>
    </message>
    <message>
        <source>Right of the chart</source>
        <translation>Rechts vom Diagramm</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Auflösung:</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>Sch&amp;rift:</translation>
    </message>
    <message>
        <source>Font si&amp;ze:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <source>&amp;Palette:</source>
        <translation>&amp;Palette:</translation>
    </message>
    <message>
        <source>&amp;Legend:</source>
        <translation>&amp;Legende:</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
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
        <translation>Größe:</translation>
    </message>
    <message>
        <source>The project has no scenario to draw.</source>
        <translation>Das Projekt hat kein Szenario zum Zeichnen.</translation>
    </message>
    <message>
        <source>%1 × %2 mm = %3 × %4 in; PNG %5 × %6 pixels</source>
        <translation>%1 × %2 mm = %3 × %4 in; PNG %5 × %6 Pixel</translation>
    </message>
    <message>
        <source>Export Figure</source>
        <translation>Abbildung exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;SVG (*.svg);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;SVG (*.svg);;PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Single column (%1 mm)</source>
        <translation>Einspaltig (%1 mm)</translation>
    </message>
    <message>
        <source>%1 column (%2 mm)</source>
        <translation>%1-spaltig (%2 mm)</translation>
    </message>
    <message>
        <source>Double column (%1 mm)</source>
        <translation>Zweispaltig (%1 mm)</translation>
    </message>
    <message>
        <source>Slide %1:%2 (%3 mm)</source>
        <translation>Folie %1:%2 (%3 mm)</translation>
    </message>
</context>
<context>
    <name>aicarbon::LessonPanel</name>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
</context>
<context>
    <name>aicarbon::MainWindow</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatische Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Catalog data %1 (%2)</source>
        <translation>Katalogdaten %1 (%2)</translation>
    </message>
    <message>
        <source>Your own catalog (%1) could not be opened: %2
The app works with the shipped catalog only until this is resolved.</source>
        <translation>Ihr eigener Katalog (%1) konnte nicht geöffnet werden: %2
Bis das behoben ist, arbeitet die Anwendung nur mit dem mitgelieferten Katalog.</translation>
    </message>
    <message>
        <source>Your own catalog could not be read (%1). It was moved aside, unchanged, to
%2
and a new, empty one was started.</source>
        <translation>Ihr eigener Katalog konnte nicht gelesen werden (%1). Er wurde unverändert beiseitegelegt nach
%2
und ein neuer, leerer Katalog wurde angelegt.</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>&amp;Szenario</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleich</translation>
    </message>
    <message>
        <source>&amp;What if</source>
        <translation>&amp;Was wäre, wenn</translation>
    </message>
    <message>
        <source>Se&amp;nsitivity</source>
        <translation>Se&amp;nsitivität</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>Da&amp;ten</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>Export &amp;Figure…</source>
        <translation>&amp;Abbildung exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Add Scenario</source>
        <translation>Szenario &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Duplicate Scenario</source>
        <translation>Szenario &amp;duplizieren</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>De&amp;lete Scenario</source>
        <translation>Szenario &amp;löschen</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>Set as &amp;Baseline</source>
        <translation>Als Re&amp;ferenz festlegen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Methodology</source>
        <translation>&amp;Methodik</translation>
    </message>
    <message>
        <source>&amp;Data Sources and Licences</source>
        <translation>&amp;Datenquellen und Lizenzen</translation>
    </message>
    <message>
        <source>&amp;About AI Carbon Planner</source>
        <translation>Ü&amp;ber AI Carbon Planner</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>&lt;p&gt;The file was not opened; your current project is unchanged.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Datei wurde nicht geöffnet; Ihr aktuelles Projekt ist unverändert.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Unbenanntes Projekt</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2
The previous file is unchanged.</source>
        <translation>%1 konnte nicht gespeichert werden: %2
Die bisherige Datei ist unverändert.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Discard your changes and reload %1?</source>
        <translation>Ihre Änderungen verwerfen und %1 neu laden?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The project has unsaved changes. Save them?</source>
        <translation>Das Projekt hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>%1[*] — AI Carbon Planner</source>
        <translation>%1[*] — AI Carbon Planner</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Methodik</translation>
    </message>
    <message>
        <source>About AI Carbon Planner</source>
        <translation>Über AI Carbon Planner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;AI Carbon Planner %1&lt;/h3&gt;&lt;p&gt;Plan the time, energy, carbon and cost of a machine-learning training run before you launch it.&lt;/p&gt;&lt;p&gt;Catalog data %2 (%3). Works offline.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later. Charts by QCustomPlot (GPL). The data keep their sources&apos; licences: see Help → Data Sources and Licences.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AI Carbon Planner %1&lt;/h3&gt;&lt;p&gt;Planen Sie Zeit, Energie, CO₂ und Kosten eines Trainingslaufs für maschinelles Lernen, bevor Sie ihn starten.&lt;/p&gt;&lt;p&gt;Katalogdaten %2 (%3). Funktioniert offline.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später. Diagramme mit QCustomPlot (GPL). Die Daten behalten die Lizenzen ihrer Quellen: siehe Hilfe → Datenquellen und Lizenzen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Guided Explanation</source>
        <translation>&amp;Geführte Erklärung</translation>
    </message>
    <message>
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lektionen</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Published Numbers…</source>
        <translation>&amp;Veröffentlichte Werte…</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Szenario %1</translation>
    </message>
</context>
<context>
    <name>aicarbon::MethodsDialog</name>
    <message>
        <source>Methods Paragraph</source>
        <translation>Methodenabschnitt</translation>
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
        <translation>In die &amp;Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Save .&amp;bib…</source>
        <translation>.&amp;bib speichern…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Save Methods Paragraph</source>
        <translation>Methodenabschnitt speichern</translation>
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
        <translation>Literaturverzeichnis speichern</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Total parameters</source>
        <translation>Parameter insgesamt</translation>
    </message>
    <message>
        <source>Active
parameters</source>
        <translation>Aktive
Parameter</translation>
    </message>
    <message>
        <source>Parameters used per token (mixture of experts)</source>
        <translation>Pro Token verwendete Parameter (Mixture of Experts)</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>d_model</source>
        <translation>d_model</translation>
    </message>
    <message>
        <source>Width of the residual stream</source>
        <translation>Breite des Residual-Streams</translation>
    </message>
    <message>
        <source>Context
tokens</source>
        <translation>Kontext-
Tokens</translation>
    </message>
    <message>
        <source>Context length in tokens</source>
        <translation>Kontextlänge in Tokens</translation>
    </message>
    <message>
        <source>Training
tokens</source>
        <translation>Trainings-
Tokens</translation>
    </message>
    <message>
        <source>Tokens seen in training</source>
        <translation>Im Training gesehene Tokens</translation>
    </message>
    <message>
        <source>Published run on</source>
        <translation>Veröffentlichter Lauf auf</translation>
    </message>
    <message>
        <source>Device of the published training run</source>
        <translation>Gerät des veröffentlichten Trainingslaufs</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Number of devices of the published training run</source>
        <translation>Anzahl der Geräte des veröffentlichten Trainingslaufs</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Family: %1</source>
        <translation>Familie: %1</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>Parameters: %1</source>
        <translation>Parameter: %1</translation>
    </message>
    <message>
        <source>Training tokens: %1</source>
        <translation>Trainings-Tokens: %1</translation>
    </message>
    <message>
        <source>Heads: %1, vocabulary: %2</source>
        <translation>Heads: %1, Vokabular: %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
</context>
<context>
    <name>aicarbon::OptionalNumberField</name>
    <message>
        <source>Give this input an uncertainty range (low, high and distribution)</source>
        <translation>Dieser Eingabe einen Unsicherheitsbereich geben (untere und obere Grenze, Verteilung)</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>der Standardwert</translation>
    </message>
    <message>
        <source>%1; the estimate still uses %2</source>
        <translation>%1; die Schätzung verwendet weiterhin %2</translation>
    </message>
</context>
<context>
    <name>aicarbon::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Automatic (g, kg, t or kt by size)</source>
        <translation>Automatisch (g, kg, t oder kt je nach Größe)</translation>
    </message>
    <message>
        <source>Kilograms (kg)</source>
        <translation>Kilogramm (kg)</translation>
    </message>
    <message>
        <source>Tonnes (t)</source>
        <translation>Tonnen (t)</translation>
    </message>
    <message>
        <source>Pounds (lb)</source>
        <translation>Pfund (lb)</translation>
    </message>
    <message>
        <source>Automatic (kWh, MWh, GWh or TWh by size)</source>
        <translation>Automatisch (kWh, MWh, GWh oder TWh je nach Größe)</translation>
    </message>
    <message>
        <source>Kilowatt-hours (kWh)</source>
        <translation>Kilowattstunden (kWh)</translation>
    </message>
    <message>
        <source>Megawatt-hours (MWh)</source>
        <translation>Megawattstunden (MWh)</translation>
    </message>
    <message>
        <source>&amp;Mass of CO₂e:</source>
        <translation>&amp;Masse des CO₂e:</translation>
    </message>
    <message>
        <source>&amp;Energy:</source>
        <translation>&amp;Energie:</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Okabe–Ito (colour-blind safe)</source>
        <translation>Okabe–Ito (farbenblindtauglich)</translation>
    </message>
    <message>
        <source>Tol bright (colour-blind safe)</source>
        <translation>Tol bright (farbenblindtauglich)</translation>
    </message>
    <message>
        <source>Grayscale (for print)</source>
        <translation>Graustufen (für den Druck)</translation>
    </message>
    <message>
        <source>Scenario &amp;colours:</source>
        <translation>Szenario&amp;farben:</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Unsicherheit</translation>
    </message>
    <message>
        <source>Give inputs left at their defaults a documented &amp;range</source>
        <translation>Eingaben auf Standardwerten einen dokumentierten &amp;Bereich geben</translation>
    </message>
    <message>
        <source>Defaults for new scenarios</source>
        <translation>Standardwerte für neue Szenarien</translation>
    </message>
    <message>
        <source>engine default (%1)</source>
        <translation>Standardwert des Rechenkerns (%1)</translation>
    </message>
    <message>
        <source>from the catalog</source>
        <translation>aus dem Katalog</translation>
    </message>
    <message>
        <source>Empty: the provider&apos;s PUE from the catalog, else the world average %1 (Uptime Institute 2024).</source>
        <translation>Leer: die PUE des Anbieters aus dem Katalog, sonst der Weltdurchschnitt %1 (Uptime Institute 2024).</translation>
    </message>
    <message>
        <source>Model FLOPs &amp;utilization:</source>
        <translation>Model FLOPs &amp;Utilization:</translation>
    </message>
    <message>
        <source>&amp;PUE:</source>
        <translation>&amp;PUE:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Show %1% intervals, error bars and the sensitivity of each scenario</source>
        <translation>%1-%-Intervalle, Fehlerbalken und die Sensitivität jedes Szenarios &amp;anzeigen</translation>
    </message>
    <message>
        <source>MFU %1–%2, power %3–%4 % of TDP, host power up to the DGX nameplate share, grid intensity across catalog sources (methodology §13.2). Off: only the ranges you give count.</source>
        <translation>MFU %1–%2, Leistung %3–%4 % der TDP, Host-Leistung bis zum Typenschild-Anteil des DGX, Netzintensität über die Quellen des Katalogs hinweg (Methodik §13.2). Aus: Nur die Bereiche, die Sie angeben, zählen.</translation>
    </message>
    <message>
        <source>Empty: the engine&apos;s default, %1 (Llama 3 measured %2–%3 % on H100).</source>
        <translation>Leer: der Standardwert des Rechenkerns, %1 (Llama 3 hat auf H100 %2–%3 % gemessen).</translation>
    </message>
    <message>
        <source>MFU must be a number above %1 and at most %2 (e.g. %3), or empty.</source>
        <translation>Die MFU muss eine Zahl über %1 und höchstens %2 sein (z. B. %3) oder leer bleiben.</translation>
    </message>
    <message>
        <source>PUE must be a number of at least %1 (e.g. %2), or empty.</source>
        <translation>Die PUE muss eine Zahl von mindestens %1 sein (z. B. %2) oder leer bleiben.</translation>
    </message>
</context>
<context>
    <name>aicarbon::PublishedFootprintModel</name>
    <message>
        <source>Study</source>
        <translation>Studie</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Reported energy (MWh)</source>
        <translation>Berichtete Energie (MWh)</translation>
    </message>
    <message>
        <source>Estimated energy (MWh)</source>
        <translation>Geschätzte Energie (MWh)</translation>
    </message>
    <message>
        <source>Δ energy (%)</source>
        <translation>Δ Energie (%)</translation>
    </message>
    <message>
        <source>Reported CO₂e (t)</source>
        <translation>Berichtetes CO₂e (t)</translation>
    </message>
    <message>
        <source>Estimated CO₂e (t)</source>
        <translation>Geschätztes CO₂e (t)</translation>
    </message>
    <message>
        <source>Δ CO₂e (%)</source>
        <translation>Δ CO₂e (%)</translation>
    </message>
    <message>
        <source>Planning mode CO₂e (t)</source>
        <translation>CO₂e im Planungsmodus (t)</translation>
    </message>
    <message>
        <source>Δ planning (%)</source>
        <translation>Δ Planung (%)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <comment>device count × device name</comment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Devices: %1</source>
        <translation>Geräte: %1</translation>
    </message>
    <message>
        <source>Duration: %1 h (wall clock)</source>
        <translation>Dauer: %1 h (Laufzeit)</translation>
    </message>
    <message>
        <source>Duration: %1 days (wall clock)</source>
        <translation>Dauer: %1 Tage (Laufzeit)</translation>
    </message>
    <message>
        <source>Duration: %1 device-hours</source>
        <translation>Dauer: %1 Gerätestunden</translation>
    </message>
    <message>
        <source>Average power: %1 W for the whole machine</source>
        <translation>Mittlere Leistung: %1 W für die gesamte Maschine</translation>
    </message>
    <message>
        <source>Average power: %1 W per device</source>
        <translation>Mittlere Leistung: %1 W pro Gerät</translation>
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
        <translation>Netzintensität: %1 %2</translation>
    </message>
    <message>
        <source>Net of carbon-free energy: %1 %2</source>
        <translation>Abzüglich CO₂-freier Energie: %1 %2</translation>
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
        <translation>Veröffentlichte Energie: %1 kWh</translation>
    </message>
    <message>
        <source>Published energy: not published</source>
        <translation>Veröffentlichte Energie: nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Published emissions: %1 %2</source>
        <translation>Veröffentlichte Emissionen: %1 %2</translation>
    </message>
    <message>
        <source>Published net (market-based) emissions: %1 %2</source>
        <translation>Veröffentlichte Nettoemissionen (marktbasiert): %1 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Inputs used:</source>
        <translation>Verwendete Eingaben:</translation>
    </message>
    <message>
        <source>Planning mode: %1 at %2 % MFU</source>
        <translation>Planungsmodus: %1 bei %2 % MFU</translation>
    </message>
    <message>
        <source>Planning mode: not available (no model preset with parameters and tokens, or no peak FLOP/s for the device)</source>
        <translation>Planungsmodus: nicht verfügbar (keine Modellvorlage mit Parametern und Tokens oder keine Spitzen-FLOP/s für das Gerät)</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Anmerkungen: %1</translation>
    </message>
</context>
<context>
    <name>aicarbon::PublishedNumbersDialog</name>
    <message>
        <source>Published Numbers</source>
        <translation>Veröffentlichte Werte</translation>
    </message>
</context>
<context>
    <name>aicarbon::PublishedNumbersView</name>
    <message>
        <source>Well-known published training footprints beside this tool&apos;s estimate from the same inputs: the study&apos;s devices, duration, average power, PUE and grid intensity. Hover over a row to see the inputs used.</source>
        <translation>Bekannte veröffentlichte CO₂-Fußabdrücke von Trainingsläufen neben der Schätzung dieses Werkzeugs aus denselben Eingaben: Geräte, Dauer, mittlere Leistung, PUE und Netzintensität der jeweiligen Studie. Zeigen Sie auf eine Zeile, um die verwendeten Eingaben zu sehen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why do estimates and reports differ?&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Rounding.&lt;/b&gt; Papers print days, watts and tonnes with two or three digits; small runs differ most.&lt;/li&gt;&lt;li&gt;&lt;b&gt;What was counted.&lt;/b&gt; Strubell et al. measured the whole machine (processors, memory and GPUs); Patterson et al. include the host in the power per chip; the BLOOM figure counts GPU power only, without data-centre overhead (PUE), idle machines or manufacturing.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PUE and grid.&lt;/b&gt; Each study chose its own data-centre overhead and grid intensity, and the estimate uses exactly those. In another year or region the same run emits very differently.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Host power.&lt;/b&gt; Servers also power processors, memory and networking; the Llama 2 and BLOOM figures count the accelerators only.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Planning mode&lt;/b&gt; starts from parameters × tokens at an assumed %1 % model FLOPs utilization, before any training. The real runs used their chips differently, so a plan can be far from the report: that is the uncertainty of planning.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Warum unterscheiden sich Schätzungen und Berichte?&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Rundung.&lt;/b&gt; Veröffentlichungen geben Tage, Watt und Tonnen mit zwei oder drei Stellen an; kleine Läufe weichen am stärksten ab.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Was gezählt wurde.&lt;/b&gt; Strubell et al. haben die gesamte Maschine gemessen (Prozessoren, Speicher und GPUs); Patterson et al. beziehen den Host in die Leistung pro Chip ein; der BLOOM-Wert zählt nur die GPU-Leistung, ohne Rechenzentrums-Overhead (PUE), Maschinen im Leerlauf oder Herstellung.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PUE und Netz.&lt;/b&gt; Jede Studie hat ihren eigenen Rechenzentrums-Overhead und ihre eigene Netzintensität gewählt, und die Schätzung verwendet genau diese. In einem anderen Jahr oder einer anderen Region verursacht derselbe Lauf ganz andere Emissionen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Host-Leistung.&lt;/b&gt; Server versorgen auch Prozessoren, Speicher und Netzwerk mit Strom; die Werte für Llama 2 und BLOOM zählen nur die Beschleuniger.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Der Planungsmodus&lt;/b&gt; geht von Parameter × Tokens bei einer angenommenen Model FLOPs Utilization von %1 % aus, vor jedem Training. Die realen Läufe haben ihre Chips anders genutzt, daher kann eine Planung weit vom Bericht entfernt liegen: Das ist die Unsicherheit der Planung.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&amp;Open as Scenario</source>
        <translation>Als &amp;Szenario öffnen</translation>
    </message>
    <message>
        <source>Add the selected run, with the study&apos;s inputs, to the project (undoable)</source>
        <translation>Den ausgewählten Lauf mit den Eingaben der Studie zum Projekt hinzufügen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Open &amp;Planned Scenario</source>
        <translation>&amp;Geplantes Szenario öffnen</translation>
    </message>
    <message>
        <source>Add the selected run planned from its model preset to the project (undoable)</source>
        <translation>Den ausgewählten Lauf, geplant aus seiner Modellvorlage, zum Projekt hinzufügen (rückgängig machbar)</translation>
    </message>
</context>
<context>
    <name>aicarbon::RangeEditor</name>
    <message>
        <source>low bound</source>
        <translation>untere Grenze</translation>
    </message>
    <message>
        <source>high bound</source>
        <translation>obere Grenze</translation>
    </message>
    <message>
        <source>uniform</source>
        <translation>Gleichverteilung</translation>
    </message>
    <message>
        <source>triangular</source>
        <translation>Dreiecksverteilung</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>Normalverteilung</translation>
    </message>
    <message>
        <source>lognormal</source>
        <translation>Lognormalverteilung</translation>
    </message>
    <message>
        <source>Uniform: every value between the bounds equally likely. Triangular: most likely at the field&apos;s value. Normal: centred on the value, σ = (high − low)/3.29, cut at the bounds. Lognormal: the bounds are the 5% and 95% quantiles around the value.</source>
        <translation>Gleichverteilung: Jeder Wert zwischen den Grenzen ist gleich wahrscheinlich. Dreiecksverteilung: am wahrscheinlichsten beim Wert des Felds. Normalverteilung: zentriert auf den Wert, σ = (obere − untere)/3,29, an den Grenzen abgeschnitten. Lognormalverteilung: Die Grenzen sind das 5-%- und das 95-%-Quantil um den Wert.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the range: the input counts as exactly known again</source>
        <translation>Bereich entfernen: Die Eingabe gilt wieder als exakt bekannt</translation>
    </message>
    <message>
        <source>Low bound: %1</source>
        <translation>Untere Grenze: %1</translation>
    </message>
    <message>
        <source>High bound: %1</source>
        <translation>Obere Grenze: %1</translation>
    </message>
    <message>
        <source>The low bound must be below the high bound.</source>
        <translation>Die untere Grenze muss unter der oberen Grenze liegen.</translation>
    </message>
    <message>
        <source>Give the field a value first: the range is drawn around it.</source>
        <translation>Geben Sie dem Feld zuerst einen Wert: Der Bereich wird um ihn herum gelegt.</translation>
    </message>
    <message>
        <source>The range must contain the field&apos;s value, %1.</source>
        <translation>Der Bereich muss den Wert des Felds enthalten, %1.</translation>
    </message>
    <message>
        <source>A lognormal range needs a positive low bound.</source>
        <translation>Eine Lognormalverteilung braucht eine positive untere Grenze.</translation>
    </message>
</context>
<context>
    <name>aicarbon::RegionTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The id scenario files and aicarbon-cli use</source>
        <translation>Die ID, die Szenariodateien und aicarbon-cli verwenden</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-2 code</source>
        <translation>Code nach ISO 3166-1 alpha-2</translation>
    </message>
    <message>
        <source>Intensity
g/kWh</source>
        <translation>Intensität
g/kWh</translation>
    </message>
    <message>
        <source>Grid carbon intensity used by default: the primary series&apos; latest year</source>
        <translation>Standardmäßig verwendete Netz-Kohlenstoffintensität: das neueste Jahr der primären Reihe</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Year of the intensity value</source>
        <translation>Jahr des Intensitätswerts</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Lifecycle includes upstream emissions of the fuels; direct counts combustion only</source>
        <translation>„Lebenszyklus“ schließt vorgelagerte Emissionen der Brennstoffe ein; „direkt“ zählt nur die Verbrennung</translation>
    </message>
    <message>
        <source>Carbon-free
%</source>
        <translation>CO₂-frei
%</translation>
    </message>
    <message>
        <source>Share of carbon-free electricity, where the source gives it</source>
        <translation>Anteil CO₂-freien Stroms, sofern die Quelle ihn angibt</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Source of the intensity value</source>
        <translation>Quelle des Intensitätswerts</translation>
    </message>
    <message>
        <source>World</source>
        <translation>Welt</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>State/province</source>
        <translation>Bundesstaat/Provinz</translation>
    </message>
    <message>
        <source>Grid zone</source>
        <translation>Netzzone</translation>
    </message>
    <message>
        <source>lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>eigener</translation>
    </message>
    <message>
        <source>No intensity value</source>
        <translation>Kein Intensitätswert</translation>
    </message>
    <message>
        <source> (your own entry)</source>
        <translation> (Ihr eigener Eintrag)</translation>
    </message>
    <message>
        <source>Id: %1 (%2)</source>
        <translation>ID: %1 (%2)</translation>
    </message>
    <message>
        <source>Part of: %1</source>
        <translation>Teil von: %1</translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation>Auch bekannt als: %1</translation>
    </message>
    <message>
        <source>%1 g/kWh in %2 (%3)</source>
        <translation>%1 g/kWh im Jahr %2 (%3)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
</context>
<context>
    <name>aicarbon::ReportActions</name>
    <message>
        <source>Export &amp;Table…</source>
        <translation>&amp;Tabelle exportieren…</translation>
    </message>
    <message>
        <source>&amp;Methods Paragraph…</source>
        <translation>&amp;Methodenabschnitt…</translation>
    </message>
    <message>
        <source>Export Reproducibility &amp;Bundle…</source>
        <translation>Reproduzierbarkeits&amp;paket exportieren…</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>LaTeX table (*.tex)</source>
        <translation>LaTeX-Tabelle (*.tex)</translation>
    </message>
    <message>
        <source>Markdown table (*.md)</source>
        <translation>Markdown-Tabelle (*.md)</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>Export Reproducibility Bundle</source>
        <translation>Reproduzierbarkeitspaket exportieren</translation>
    </message>
</context>
<context>
    <name>aicarbon::ScenarioListDock</name>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a new scenario</source>
        <translation>Ein neues Szenario hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the selected scenario</source>
        <translation>Das ausgewählte Szenario duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected scenario</source>
        <translation>Das ausgewählte Szenario löschen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the scenario up</source>
        <translation>Szenario nach oben verschieben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the scenario down</source>
        <translation>Szenario nach unten verschieben</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Compare every scenario against this one</source>
        <translation>Alle Szenarien mit diesem vergleichen</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Szenario %1</translation>
    </message>
</context>
<context>
    <name>aicarbon::ScenarioListModel</name>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1 (Referenz)</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Ungültig: %1</translation>
    </message>
    <message>
        <source>Total: %1 CO2e</source>
        <translation>Gesamt: %1 CO2e</translation>
    </message>
</context>
<context>
    <name>aicarbon::SensitivityView</name>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>CO₂e at low</source>
        <translation>CO₂e bei unterer Grenze</translation>
    </message>
    <message>
        <source>CO₂e at high</source>
        <translation>CO₂e bei oberer Grenze</translation>
    </message>
    <message>
        <source>Swing</source>
        <translation>Spannweite</translation>
    </message>
    <message>
        <source>Variance share Sᵢ</source>
        <translation>Varianzanteil Sᵢ</translation>
    </message>
    <message>
        <source>Total share Sₜᵢ</source>
        <translation>Gesamtanteil Sₜᵢ</translation>
    </message>
    <message>
        <source>Source of the range</source>
        <translation>Herkunft des Bereichs</translation>
    </message>
    <message>
        <source>Input at its low bound</source>
        <translation>Eingabe an ihrer unteren Grenze</translation>
    </message>
    <message>
        <source>Input at its high bound</source>
        <translation>Eingabe an ihrer oberen Grenze</translation>
    </message>
    <message>
        <source>Which input matters for %1?</source>
        <translation>Welche Eingabe ist für %1 entscheidend?</translation>
    </message>
    <message>
        <source>No scenario</source>
        <translation>Kein Szenario</translation>
    </message>
    <message>
        <source>Add or select a scenario.</source>
        <translation>Fügen Sie ein Szenario hinzu oder wählen Sie eines aus.</translation>
    </message>
    <message>
        <source>Uncertainty is switched off in Preferences.</source>
        <translation>Unsicherheit ist in den Einstellungen ausgeschaltet.</translation>
    </message>
    <message>
        <source>The scenario has errors; correct them first.</source>
        <translation>Das Szenario enthält Fehler; korrigieren Sie diese zuerst.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>No input of this scenario has a range. Give a field a range in the editor (the ± button), or switch on default ranges in Preferences.</source>
        <translation>Keine Eingabe dieses Szenarios hat einen Bereich. Geben Sie einem Feld im Editor einen Bereich (Schaltfläche ±) oder schalten Sie in den Einstellungen die Standardbereiche ein.</translation>
    </message>
    <message>
        <source>Total emissions (%1 CO₂e)</source>
        <translation>Gesamtemissionen (%1 CO₂e)</translation>
    </message>
    <message>
        <source>default range</source>
        <translation>Standardbereich</translation>
    </message>
    <message>
        <source>your range</source>
        <translation>Ihr Bereich</translation>
    </message>
    <message>
        <source>%1 to %2, %3 (%4)</source>
        <translation>%1 bis %2, %3 (%4)</translation>
    </message>
    <message>
        <source>this scenario</source>
        <translation>dieses Szenario</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>Total CO₂e %1 (%2, %3% interval, %Ln draw(s)). Each bar moves one input from its low to its high bound with the others at their central values; the variance share says how much of the spread that input explains alone.</source>
        <translation>
            <numerusform>CO₂e gesamt %1 (%2, %3-%-Intervall, %Ln Ziehung). Jeder Balken bewegt eine Eingabe von ihrer unteren zu ihrer oberen Grenze, während die anderen auf ihren zentralen Werten bleiben; der Varianzanteil gibt an, wie viel der Streuung diese Eingabe allein erklärt.</numerusform>
            <numerusform>CO₂e gesamt %1 (%2, %3-%-Intervall, %Ln Ziehungen). Jeder Balken bewegt eine Eingabe von ihrer unteren zu ihrer oberen Grenze, während die anderen auf ihren zentralen Werten bleiben; der Varianzanteil gibt an, wie viel der Streuung diese Eingabe allein erklärt.</numerusform>
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
        <translation>Region</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
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
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Facility energy</source>
        <translation>Rechenzentrumsenergie</translation>
    </message>
    <message>
        <source>Total CO₂e</source>
        <translation>CO₂e gesamt</translation>
    </message>
    <message>
        <source>Pareto front</source>
        <translation>Pareto-Front</translation>
    </message>
    <message>
        <source>vs current</source>
        <translation>ggü. aktuell</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Grid intensity: %1 gCO₂e/kWh, %2</source>
        <translation>Netzintensität: %1 gCO₂e/kWh, %2</translation>
    </message>
    <message>
        <source>PUE: %1</source>
        <translation>PUE: %1</translation>
    </message>
    <message>
        <source>Wall-clock time: %1 h</source>
        <translation>Laufzeit: %1 h</translation>
    </message>
    <message>
        <source>Facility energy: %1 kWh</source>
        <translation>Rechenzentrumsenergie: %1 kWh</translation>
    </message>
    <message>
        <source>Total emissions: %1 kg CO₂e</source>
        <translation>Gesamtemissionen: %1 kg CO₂e</translation>
    </message>
    <message>
        <source>Compared with the current scenario: %1</source>
        <translation>Im Vergleich zum aktuellen Szenario: %1</translation>
    </message>
    <message>
        <source>direct (provider)</source>
        <translation>direkt (Anbieter)</translation>
    </message>
    <message>
        <source>lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <source>as given</source>
        <translation>wie angegeben</translation>
    </message>
</context>
<context>
    <name>aicarbon::UncertaintyBox</name>
    <message>
        <source>CO2e, total</source>
        <translation>CO2e, gesamt</translation>
    </message>
    <message>
        <source>CO2e, market-based</source>
        <translation>CO2e, marktbasiert</translation>
    </message>
    <message>
        <source>Energy, facility</source>
        <translation>Energie, Rechenzentrum</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Unsicherheit</translation>
    </message>
    <message>
        <source>No intervals: %1</source>
        <translation>Keine Intervalle: %1</translation>
    </message>
    <message>
        <source>No intervals.</source>
        <translation>Keine Intervalle.</translation>
    </message>
    <message>
        <source>not priced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <source>No input has a range, so these are point estimates. Give a field a range, or switch on the default ranges in Preferences.</source>
        <translation>Keine Eingabe hat einen Bereich, daher sind dies Punktschätzungen. Geben Sie einem Feld einen Bereich oder schalten Sie in den Einstellungen die Standardbereiche ein.</translation>
    </message>
    <message>
        <source>%1 (%2, %3% interval)</source>
        <translation>%1 (%2, %3-%-Intervall)</translation>
    </message>
    <message>
        <source>Computing the %1% intervals…</source>
        <translation>%1-%-Intervalle werden berechnet…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln draw(s); uncertain inputs: %1, of which %2 with a default range. The Sensitivity tab shows which input matters most.</source>
        <translation>
            <numerusform>%Ln Ziehung; unsichere Eingaben: %1, davon %2 mit Standardbereich. Die Registerkarte „Sensitivität“ zeigt, welche Eingabe am wichtigsten ist.</numerusform>
            <numerusform>%Ln Ziehungen; unsichere Eingaben: %1, davon %2 mit Standardbereich. Die Registerkarte „Sensitivität“ zeigt, welche Eingabe am wichtigsten ist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aicarbon::UserDeviceDialog</name>
    <message>
        <source>Add a device</source>
        <translation>Gerät hinzufügen</translation>
    </message>
    <message>
        <source>Edit your device</source>
        <translation>Ihr Gerät bearbeiten</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>e.g. acme-x100 (used in scenario files)</source>
        <translation>z. B. acme-x100 (in Szenariodateien verwendet)</translation>
    </message>
    <message>
        <source>The id cannot change. To rename, add a new device and delete this one.</source>
        <translation>Die ID kann nicht geändert werden. Zum Umbenennen ein neues Gerät hinzufügen und dieses löschen.</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>&amp;Hersteller:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
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
        <translation>Anderer Beschleuniger</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Release &amp;year:</source>
        <translation>&amp;Erscheinungsjahr:</translation>
    </message>
    <message>
        <source>Power and memory</source>
        <translation>Leistung und Speicher</translation>
    </message>
    <message>
        <source>&amp;TDP:</source>
        <translation>&amp;TDP:</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>I&amp;dle power:</source>
        <translation>&amp;Leerlaufleistung:</translation>
    </message>
    <message>
        <source>Vendor datasheet</source>
        <translation>Datenblatt des Herstellers</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>Power &amp;figures:</source>
        <translation>Leistungs&amp;werte:</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>&amp;Speicher:</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>&amp;Embodied:</source>
        <translation>&amp;Graue Emissionen:</translation>
    </message>
    <message>
        <source>kg CO₂e</source>
        <translation>kg CO₂e</translation>
    </message>
    <message>
        <source>&amp;Source notes:</source>
        <translation>&amp;Quellenangaben:</translation>
    </message>
    <message>
        <source>where these figures come from</source>
        <translation>woher diese Werte stammen</translation>
    </message>
    <message>
        <source>Dense peak rates (without sparsity)</source>
        <translation>Dichte Spitzenleistung (ohne Sparsity)</translation>
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
        <translation>Geben Sie eine Zahl ein oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>You already have a device with this id; saving replaces it.</source>
        <translation>Sie haben bereits ein Gerät mit dieser ID; Speichern ersetzt es.</translation>
    </message>
    <message>
        <source>A shipped device has this id; yours will be used instead of it in every estimate.</source>
        <translation>Ein mitgeliefertes Gerät hat diese ID; Ihres wird in jeder Schätzung stattdessen verwendet.</translation>
    </message>
</context>
<context>
    <name>aicarbon::UserRegionDialog</name>
    <message>
        <source>Add a region</source>
        <translation>Region hinzufügen</translation>
    </message>
    <message>
        <source>Edit your region</source>
        <translation>Ihre Region bearbeiten</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>e.g. MY-DATACENTRE (used in scenario files)</source>
        <translation>z. B. MY-DATACENTRE (in Szenariodateien verwendet)</translation>
    </message>
    <message>
        <source>The id cannot change. To rename, add a new region and delete this one.</source>
        <translation>Die ID kann nicht geändert werden. Zum Umbenennen eine neue Region hinzufügen und diese löschen.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Grid zone</source>
        <translation>Netzzone</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>State/province</source>
        <translation>Bundesstaat/Provinz</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Country code:</source>
        <translation>&amp;Ländercode:</translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-2, e.g. DE</source>
        <translation>ISO 3166-1 alpha-2, z. B. DE</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>Teil &amp;von:</translation>
    </message>
    <message>
        <source>id of the enclosing region, optional</source>
        <translation>ID der übergeordneten Region, optional</translation>
    </message>
    <message>
        <source>&amp;Also known as:</source>
        <translation>Auch &amp;bekannt als:</translation>
    </message>
    <message>
        <source>other names, separated by ;</source>
        <translation>andere Namen, getrennt durch ;</translation>
    </message>
    <message>
        <source>Grid carbon intensity</source>
        <translation>Netz-Kohlenstoffintensität</translation>
    </message>
    <message>
        <source>&amp;Intensity:</source>
        <translation>In&amp;tensität:</translation>
    </message>
    <message>
        <source>g CO₂e/kWh</source>
        <translation>g CO₂e/kWh</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <source>Lifecycle (includes upstream emissions)</source>
        <translation>Lebenszyklus (inkl. vorgelagerter Emissionen)</translation>
    </message>
    <message>
        <source>Direct (combustion only)</source>
        <translation>Direkt (nur Verbrennung)</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>Ba&amp;sis:</translation>
    </message>
    <message>
        <source>Carbon-&amp;free share:</source>
        <translation>CO₂-&amp;freier Anteil:</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Geben Sie eine Zahl ein.</translation>
    </message>
    <message>
        <source>You already have a region with this id; saving replaces it.</source>
        <translation>Sie haben bereits eine Region mit dieser ID; Speichern ersetzt sie.</translation>
    </message>
    <message>
        <source>A shipped region has this id; yours will be used instead of it in every estimate.</source>
        <translation>Eine mitgelieferte Region hat diese ID; Ihre wird in jeder Schätzung stattdessen verwendet.</translation>
    </message>
</context>
<context>
    <name>aicarbon::WhatIfView</name>
    <message>
        <source>&amp;Regions</source>
        <translation>&amp;Regionen</translation>
    </message>
    <message>
        <source>&amp;Hardware</source>
        <translation>&amp;Hardware</translation>
    </message>
    <message>
        <source>Create &amp;scenario from this region</source>
        <translation>Szenario aus dieser Region &amp;erstellen</translation>
    </message>
    <message>
        <source>Adds a copy of the scenario moved to the selected region</source>
        <translation>Fügt eine Kopie des Szenarios hinzu, verlegt in die ausgewählte Region</translation>
    </message>
    <message>
        <source>Lowest emissions</source>
        <translation>Niedrigste Emissionen</translation>
    </message>
    <message>
        <source>Highest emissions</source>
        <translation>Höchste Emissionen</translation>
    </message>
    <message>
        <source>Name, id or country</source>
        <translation>Name, ID oder Land</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Zeigen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Su&amp;chen</translation>
    </message>
    <message>
        <source>Create &amp;scenario from this device</source>
        <translation>Szenario aus diesem Gerät &amp;erstellen</translation>
    </message>
    <message>
        <source>Adds a copy of the scenario on the selected device</source>
        <translation>Fügt eine Kopie des Szenarios auf dem ausgewählten Gerät hinzu</translation>
    </message>
    <message>
        <source>Every device of the catalog (CPUs left out), same workload, region and device count.</source>
        <translation>Jedes Gerät des Katalogs (ohne CPUs), gleiche Arbeitslast, Region und Geräteanzahl.</translation>
    </message>
    <message>
        <source>Lifecycle grid intensity</source>
        <translation>Lebenszyklus-Netzintensität</translation>
    </message>
    <message>
        <source>Direct-emissions intensity</source>
        <translation>Intensität direkter Emissionen</translation>
    </message>
    <message>
        <source>Current region</source>
        <translation>Aktuelle Region</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Pareto front (no device both faster and cleaner)</source>
        <translation>Pareto-Front (kein Gerät zugleich schneller und sauberer)</translation>
    </message>
    <message>
        <source>Current device</source>
        <translation>Aktuelles Gerät</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Szenario %1</translation>
    </message>
    <message>
        <source>No scenario selected: add or select a scenario to see where and on what it would emit least.</source>
        <translation>Kein Szenario ausgewählt: Fügen Sie ein Szenario hinzu oder wählen Sie eines aus, um zu sehen, wo und worauf es am wenigsten ausstoßen würde.</translation>
    </message>
    <message>
        <source>now %1, %2 in %3</source>
        <translation>jetzt %1, %2 in %3</translation>
    </message>
    <message>
        <source>the scenario itself cannot be estimated yet</source>
        <translation>das Szenario selbst kann noch nicht geschätzt werden</translation>
    </message>
    <message>
        <source>What if “%1” ran in another region or on other hardware? (%2)</source>
        <translation>Was wäre, wenn „%1“ in einer anderen Region oder auf anderer Hardware liefe? (%2)</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alle Regionen</translation>
    </message>
    <message>
        <source>Electricity grids</source>
        <translation>Stromnetze</translation>
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
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>Total emissions if run there (%1 CO₂e)</source>
        <translation>Gesamtemissionen bei Ausführung dort (%1 CO₂e)</translation>
    </message>
    <message>
        <source>Intensity bases differ: hatched bars and “direct” rows count direct (combustion) emissions only, as cloud providers such as Google publish them; the others are lifecycle grid intensities, higher for the same grid. Compare the two with care.</source>
        <translation>Die Intensitätsbasen unterscheiden sich: Schraffierte Balken und „direkt“-Zeilen zählen nur direkte Emissionen (Verbrennung), wie Cloud-Anbieter wie Google sie veröffentlichen; die anderen sind Lebenszyklus-Netzintensitäten, die für dasselbe Netz höher liegen. Vergleichen Sie beide mit Vorsicht.</translation>
    </message>
    <message>
        <source>Regions where the scenario cannot be estimated (e.g. no grid intensity for its year) are left out: %1.</source>
        <translation>Regionen, in denen das Szenario nicht geschätzt werden kann (z. B. keine Netzintensität für sein Jahr), sind ausgelassen: %1.</translation>
    </message>
    <message>
        <source>Wall-clock time, final run (%1)</source>
        <translation>Laufzeit, finaler Lauf (%1)</translation>
    </message>
    <message>
        <source>Total emissions (%1 CO₂e)</source>
        <translation>Gesamtemissionen (%1 CO₂e)</translation>
    </message>
    <message>
        <source>The stepped line is the Pareto front: for the devices on it, no other device is both faster and lower-emitting.</source>
        <translation>Die Stufenlinie ist die Pareto-Front: Für die Geräte darauf ist kein anderes Gerät zugleich schneller und emissionsärmer.</translation>
    </message>
    <message>
        <source>Devices the scenario cannot be estimated on (e.g. no peak throughput at its precision) are left out: %1.</source>
        <translation>Geräte, auf denen das Szenario nicht geschätzt werden kann (z. B. kein Spitzendurchsatz bei seiner Präzision), sind ausgelassen: %1.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln region(s), ranked by total emissions (# = rank among all).</source>
        <translation>
            <numerusform>%1 von %Ln Region angezeigt, nach Gesamtemissionen geordnet (# = Rang unter allen).</numerusform>
            <numerusform>%1 von %Ln Regionen angezeigt, nach Gesamtemissionen geordnet (# = Rang unter allen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan the time, energy, carbon and cost of machine-learning training runs.</source>
        <translation>Planen Sie Zeit, Energie, CO₂ und Kosten von Trainingsläufen für maschinelles Lernen.</translation>
    </message>
    <message>
        <source>Load the example, draw every view once, print the time to first full draw and exit.</source>
        <translation>Das Beispiel laden, jede Ansicht einmal zeichnen, die Zeit bis zur ersten vollständigen Darstellung ausgeben und beenden.</translation>
    </message>
    <message>
        <source>With --smoke-test: save a PNG of every view.</source>
        <translation>Mit --smoke-test: ein PNG jeder Ansicht speichern.</translation>
    </message>
    <message>
        <source>Use another catalog file.</source>
        <translation>Eine andere Katalogdatei verwenden.</translation>
    </message>
    <message>
        <source>A project to open.</source>
        <translation>Ein zu öffnendes Projekt.</translation>
    </message>
    <message>
        <source>The reference catalog could not be read:
%1</source>
        <translation>Der Referenzkatalog konnte nicht gelesen werden:
%1</translation>
    </message>
    <message>
        <source>Use this language for this session only (e.g. de, pt_BR, zh_CN).</source>
        <translation>Diese Sprache nur für diese Sitzung verwenden (z. B. de, pt_BR, zh_CN).</translation>
    </message>
    <message>
        <source>Open a lesson at start, one of: %1.</source>
        <translation>Beim Start eine Lektion öffnen, eine von: %1.</translation>
    </message>
    <message>
        <source>Start in presentation mode (larger type and chart lines, for projectors).</source>
        <translation>Im Präsentationsmodus starten (größere Schrift und Diagrammlinien, für Beamer).</translation>
    </message>
</context>
</TS>
