<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <source>Kaplan et al. 2020, Table 1; not used for time or energy</source>
        <translation>Kaplan et al. 2020, Tabelle 1; nicht für Zeit oder Energie verwendet</translation>
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
        <source>; perfect scaling, no idle time (methodology §2)</source>
        <translation>; perfekte Skalierung, keine Leerlaufzeit (Methodik §2)</translation>
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
        <source>methodology §4</source>
        <translation>Methodik §4</translation>
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
        <source>methodology §6</source>
        <translation>Methodik §6</translation>
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
        <source>embodied = per-device CO2e × device-hours / (lifetime × 8,766 h)</source>
        <translation>grau = CO2e pro Gerät × Gerätestunden / (Nutzungsdauer × 8.766 h)</translation>
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
        <source>methodology §5, §7</source>
        <translation>Methodik §5, §7</translation>
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
        <source>%1 on %2 devices · %3 at the facility</source>
        <translation>%1 auf %2 Geräten · %3 im Rechenzentrum</translation>
    </message>
    <message>
        <source>unknown (accounting mode)</source>
        <translation>unbekannt (Bilanzierungsmodus)</translation>
    </message>
    <message>
        <source>%1 (final run, %2 devices)</source>
        <translation>%1 (finaler Lauf, %2 Geräte)</translation>
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
        <source>%1 layers, d_model %2</source>
        <translation>%1 Schichten, d_model %2</translation>
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
        <source>Embodied = per-device kgCO2e × device-hours / (lifetime × 8,766 h) (methodology §7).</source>
        <translation>Grau = kgCO2e pro Gerät × Gerätestunden / (Nutzungsdauer × 8.766 h) (Methodik §7).</translation>
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
        <source>%1 trials, %2 full-run equivalents of search compute</source>
        <translation>%1 Versuche, %2 Volllauf-Äquivalente an Suchaufwand</translation>
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
</context>
<context>
    <name>aicarbon::AutosaveController</name>
    <message>
        <source>1 scenario</source>
        <translation>1 Szenario</translation>
    </message>
    <message>
        <source>%1 scenarios</source>
        <translation>%1 Szenarien</translation>
    </message>
    <message>
        <source>It was never saved.</source>
        <translation>Sie wurde nie gespeichert.</translation>
    </message>
    <message>
        <source>It belongs to %1.</source>
        <translation>Sie gehört zu %1.</translation>
    </message>
    <message>
        <source>AI Carbon Planner did not close cleanly last time. Unsaved work on “%1” (%2), kept at %3, was recovered. %4

Restore it, or discard it? Discard deletes the recovered copy at %5.</source>
        <translation>AI Carbon Planner wurde beim letzten Mal nicht ordnungsgemäß beendet. Ungespeicherte Arbeit an „%1“ (%2), abgelegt unter %3, wurde wiederhergestellt. %4

Wiederherstellen oder verwerfen? Verwerfen löscht die wiederhergestellte Kopie unter %5.</translation>
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
</context>
<context>
    <name>aicarbon::CatalogModel</name>
    <message>
        <source>Entered by you (your own catalog)</source>
        <translation>Von Ihnen eingetragen (Ihr eigener Katalog)</translation>
    </message>
    <message>
        <source>%1 T</source>
        <comment>trillion (10^12), e.g. 15.6 T tokens</comment>
        <translation>%1 Bio.</translation>
    </message>
    <message>
        <source>%1 B</source>
        <comment>billion (10^9), e.g. 175 B parameters</comment>
        <translation>%1 Mrd.</translation>
    </message>
    <message>
        <source>%1 M</source>
        <comment>million (10^6)</comment>
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
        <source>90% interval: %1</source>
        <translation>90-%-Intervall: %1</translation>
    </message>
    <message>
        <source>%1
Wall-clock time: %2 (%3)
Total emissions: %4 (%5)</source>
        <translation>%1
Laufzeit: %2 (%3)
Gesamtemissionen: %4 (%5)</translation>
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
        <source>Idle power must be between 0 W and the TDP.</source>
        <translation>Die Leerlaufleistung muss zwischen 0 W und der TDP liegen.</translation>
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
        <source>The carbon-free share must be between 0 and 100 %.</source>
        <translation>Der CO₂-freie Anteil muss zwischen 0 und 100 % liegen.</translation>
    </message>
    <message>
        <source>The year must be between 1990 and 2100.</source>
        <translation>Das Jahr muss zwischen 1990 und 2100 liegen.</translation>
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
        <source>Single column (89 mm)</source>
        <translation>Einspaltig (89 mm)</translation>
    </message>
    <message>
        <source>1.5 column (120 mm)</source>
        <translation>1,5-spaltig (120 mm)</translation>
    </message>
    <message>
        <source>Double column (183 mm)</source>
        <translation>Zweispaltig (183 mm)</translation>
    </message>
    <message>
        <source>Slide 16:9 (254 mm)</source>
        <translation>Folie 16:9 (254 mm)</translation>
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
        <source>Scenario 1</source>
        <translation>Szenario 1</translation>
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
        <source>&amp;Show 90% intervals, error bars and the sensitivity of each scenario</source>
        <translation>90-%-Intervalle, Fehlerbalken und die Sensitivität jedes Szenarios an&amp;zeigen</translation>
    </message>
    <message>
        <source>Give inputs left at their defaults a documented &amp;range</source>
        <translation>Eingaben auf Standardwerten einen dokumentierten &amp;Bereich geben</translation>
    </message>
    <message>
        <source>MFU 0.20–0.46, power 60–100 % of TDP, host power up to the DGX nameplate share, grid intensity across catalog sources (methodology §13.2). Off: only the ranges you give count.</source>
        <translation>MFU 0,20–0,46, Leistung 60–100 % der TDP, Host-Leistung bis zum anteiligen DGX-Typenschildwert, Netzintensität über die Katalogquellen hinweg (Methodik §13.2). Aus: Nur die von Ihnen angegebenen Bereiche zählen.</translation>
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
        <source>Empty: the engine&apos;s default, %1 (Llama 3 measured 38–43 % on H100).</source>
        <translation>Leer: der Standardwert des Rechenkerns, %1 (bei Llama 3 wurden 38–43 % auf H100 gemessen).</translation>
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
        <source>MFU must be a number above 0 and at most 1 (e.g. %1), or empty.</source>
        <translation>Die MFU muss eine Zahl über 0 und höchstens 1 sein (z. B. %1) oder leer.</translation>
    </message>
    <message>
        <source>PUE must be a number of at least 1 (e.g. %1), or empty.</source>
        <translation>Die PUE muss eine Zahl von mindestens 1 sein (z. B. %1) oder leer.</translation>
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
        <source>Total CO₂e %1 (%2, 90% interval, %3 draws). Each bar moves one input from its low to its high bound with the others at their central values; the variance share says how much of the spread that input explains alone.</source>
        <translation>CO₂e gesamt %1 (%2, 90-%-Intervall, %3 Ziehungen). Jeder Balken bewegt eine Eingabe von ihrer unteren zu ihrer oberen Grenze, während die anderen auf ihren zentralen Werten bleiben; der Varianzanteil gibt an, wie viel der Streuung diese Eingabe allein erklärt.</translation>
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
        <source>%1 (%2, 90% interval)</source>
        <translation>%1 (%2, 90-%-Intervall)</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Unsicherheit</translation>
    </message>
    <message>
        <source>Computing the 90% intervals…</source>
        <translation>90-%-Intervalle werden berechnet…</translation>
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
        <source>%1 draws; uncertain inputs: %2, of which %3 with a default range. The Sensitivity tab shows which input matters most.</source>
        <translation>%1 Ziehungen; unsichere Eingaben: %2, davon %3 mit Standardbereich. Der Reiter „Sensitivität“ zeigt, welche Eingabe am meisten zählt.</translation>
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
        <source>Showing %1 of %2 regions, ranked by total emissions (# = rank among all).</source>
        <translation>%1 von %2 Regionen angezeigt, nach Gesamtemissionen geordnet (# = Rang unter allen).</translation>
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
</context>
</TS>
