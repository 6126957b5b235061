<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Autosave</name>
    <message>
        <source>%1: invalid JSON at byte %2: %3</source>
        <translation>%1&#xa0;: JSON invalide à l&apos;octet %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: not an aicarbon recovery file (version %2)</source>
        <translation>%1&#xa0;: ce n&apos;est pas un fichier de récupération aicarbon (version %2)</translation>
    </message>
    <message>
        <source>%1: the recovered work is not a project</source>
        <translation>%1&#xa0;: le travail récupéré n&apos;est pas un projet</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Final run</source>
        <translation>Entraînement final</translation>
    </message>
    <message>
        <source>Hyperparameter search</source>
        <translation>Recherche d&apos;hyperparamètres</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Développement</translation>
    </message>
    <message>
        <source>Embodied (hardware)</source>
        <translation>Fabrication (matériel)</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>Export Figure…</source>
        <translation>Exporter la figure…</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Supprimer le scénario</translation>
    </message>
    <message>
        <source>Move scenario</source>
        <translation>Déplacer le scénario</translation>
    </message>
    <message>
        <source>Set baseline</source>
        <translation>Définir la référence</translation>
    </message>
    <message>
        <source>Rename project</source>
        <translation>Renommer le projet</translation>
    </message>
    <message>
        <source>Add scenario</source>
        <translation>Ajouter un scénario</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Duplicate scenario</source>
        <translation>Dupliquer le scénario</translation>
    </message>
</context>
<context>
    <name>ComparisonTable</name>
    <message>
        <source>Scenario %1</source>
        <translation>Scénario %1</translation>
    </message>
    <message>
        <source>Training compute</source>
        <translation>Calcul d&apos;entraînement</translation>
    </message>
    <message>
        <source>Device-hours (final run)</source>
        <translation>Heures-processeur (entraînement final)</translation>
    </message>
    <message>
        <source>Wall-clock time (final run)</source>
        <translation>Durée réelle (entraînement final)</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Processeurs</translation>
    </message>
    <message>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <source>IT energy</source>
        <translation>Énergie informatique</translation>
    </message>
    <message>
        <source>Facility energy</source>
        <translation>Énergie du site</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Grid carbon intensity</source>
        <translation>Intensité carbone du réseau</translation>
    </message>
    <message>
        <source>Operational CO₂e (location-based)</source>
        <translation>CO₂e opérationnel (basé sur la localisation)</translation>
    </message>
    <message>
        <source>    of which search</source>
        <translation>    dont recherche</translation>
    </message>
    <message>
        <source>    of which development</source>
        <translation>    dont développement</translation>
    </message>
    <message>
        <source>Market-based CO₂e</source>
        <translation>CO₂e basé sur le marché</translation>
    </message>
    <message>
        <source>Embodied CO₂e</source>
        <translation>CO₂e de fabrication</translation>
    </message>
    <message>
        <source>Total CO₂e</source>
        <translation>CO₂e total</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
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
        <translation>jours</translation>
    </message>
    <message>
        <source>years</source>
        <translation>ans</translation>
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
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
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
        <translation>votre saisie</translation>
    </message>
    <message>
        <source>Training compute</source>
        <translation>Calcul d&apos;entraînement</translation>
    </message>
    <message>
        <source>C = training FLOPs (given)</source>
        <translation>C = FLOP d&apos;entraînement (donnés)</translation>
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
        <translation>Calcul avec le terme d&apos;attention (pour information)</translation>
    </message>
    <message>
        <source>C′ = (k / 2) × (2 N′ + 2 L n_ctx d) × D, N′ = 12 L d²</source>
        <translation>C′ = (k / 2) × (2 N′ + 2 L n_ctx d) × D, N′ = 12 L d²</translation>
    </message>
    <message>
        <source>N′ = %1 non-embedding parameters; C′ = %2 (%3 against k × N × D)</source>
        <translation>N′ = %1 paramètres hors plongements&#x202f;; C′ = %2 (%3 par rapport à k × N × D)</translation>
    </message>
    <message>
        <source>Kaplan et al. 2020, Table 1; not used for time or energy</source>
        <translation>Kaplan et al. 2020, tableau 1&#x202f;; non utilisé pour la durée ni l&apos;énergie</translation>
    </message>
    <message>
        <source>%1 device-hours</source>
        <translation>%1 heures-processeur</translation>
    </message>
    <message>
        <source>Device time (final run)</source>
        <translation>Temps processeur (entraînement final)</translation>
    </message>
    <message>
        <source>device-hours = given (accounting mode)</source>
        <translation>heures-processeur = données (mode bilan)</translation>
    </message>
    <message>
        <source>T = %1</source>
        <translation>T = %1</translation>
    </message>
    <message>
        <source>T = C / (peak × MFU)</source>
        <translation>T = C / (crête × MFU)</translation>
    </message>
    <message>
        <source>T = %1 FLOP / (%2 FLOP/s × %3) = %4 s = %5</source>
        <translation>T = %1 FLOP / (%2 FLOP/s × %3) = %4 s = %5</translation>
    </message>
    <message>
        <source>Implied MFU</source>
        <translation>MFU implicite</translation>
    </message>
    <message>
        <source>MFU = C / (peak × device-seconds)</source>
        <translation>MFU = C / (crête × secondes-processeur)</translation>
    </message>
    <message>
        <source>MFU = %1 FLOP / (%2 FLOP/s × %3 s) = %4</source>
        <translation>MFU = %1 FLOP / (%2 FLOP/s × %3 s) = %4</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Durée réelle</translation>
    </message>
    <message>
        <source>wall-clock = device-hours / devices</source>
        <translation>durée réelle = heures-processeur / processeurs</translation>
    </message>
    <message>
        <source>%1 h / %2 = %3 h</source>
        <translation>%1 h / %2 = %3 h</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>processeurs</translation>
    </message>
    <message>
        <source>; perfect scaling, no idle time (methodology §2)</source>
        <translation>; passage à l&apos;échelle parfait, sans temps d&apos;inactivité (méthodologie, §&#xa0;2)</translation>
    </message>
    <message>
        <source>Power per device</source>
        <translation>Puissance par processeur</translation>
    </message>
    <message>
        <source>P = measured average + host</source>
        <translation>P = moyenne mesurée + hôte</translation>
    </message>
    <message>
        <source>P = %1 + %2 host</source>
        <translation>P = %1 + %2 d&apos;hôte</translation>
    </message>
    <message>
        <source>host</source>
        <translation>hôte</translation>
    </message>
    <message>
        <source>P = idle + u × (TDP − idle), plus host</source>
        <translation>P = repos + u × (TDP − repos), plus hôte</translation>
    </message>
    <message>
        <source>u = %1, TDP = %2 → P = %3; host %4</source>
        <translation>u = %1, TDP = %2 → P = %3&#x202f;; hôte %4</translation>
    </message>
    <message>
        <source>IT energy (final run)</source>
        <translation>Énergie informatique (entraînement final)</translation>
    </message>
    <message>
        <source>E_IT = devices × hours × (device + host power)</source>
        <translation>E_IT = processeurs × heures × (puissance processeur + hôte)</translation>
    </message>
    <message>
        <source>%1 × %2 h × (%3 + %4) = %5</source>
        <translation>%1 × %2 h × (%3 + %4) = %5</translation>
    </message>
    <message>
        <source>methodology §4</source>
        <translation>méthodologie, §&#xa0;4</translation>
    </message>
    <message>
        <source>Facility energy (final run)</source>
        <translation>Énergie du site (entraînement final)</translation>
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
        <translation>Émissions (entraînement final, basées sur la localisation)</translation>
    </message>
    <message>
        <source>CO2e = E × intensity</source>
        <translation>CO2e = E × intensité</translation>
    </message>
    <message>
        <source>Hyperparameter search</source>
        <translation>Recherche d&apos;hyperparamètres</translation>
    </message>
    <message>
        <source>T_search = T × R (R = search compute in full runs, %1 trials)</source>
        <translation>T_search = T × R (R = calcul de recherche en entraînements complets, %1 essais)</translation>
    </message>
    <message>
        <source>%1 h × %2 = %3 h → %4 → %5</source>
        <translation>%1 h × %2 = %3 h → %4 → %5</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Développement</translation>
    </message>
    <message>
        <source>T_dev = (T + T_search) × (m − 1)</source>
        <translation>T_dev = (T + T_search) × (m − 1)</translation>
    </message>
    <message>
        <source>(%1 h + %2 h) × (%3 − 1) = %4 h → %5 → %6</source>
        <translation>(%1 h + %2 h) × (%3 − 1) = %4 h → %5 → %6</translation>
    </message>
    <message>
        <source>Operational emissions, all components</source>
        <translation>Émissions opérationnelles, toutes composantes</translation>
    </message>
    <message>
        <source>final run + search + development</source>
        <translation>entraînement final + recherche + développement</translation>
    </message>
    <message>
        <source>%1 + %2 + %3 = %4 (%5, %6 device-hours)</source>
        <translation>%1 + %2 + %3 = %4 (%5, %6 heures-processeur)</translation>
    </message>
    <message>
        <source>methodology §6</source>
        <translation>méthodologie, §&#xa0;6</translation>
    </message>
    <message>
        <source>Market-based emissions</source>
        <translation>Émissions basées sur le marché</translation>
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
        <translation>Émissions de fabrication</translation>
    </message>
    <message>
        <source>embodied = per-device CO2e × device-hours / (lifetime × 8,766 h)</source>
        <translation>fabrication = CO2e par processeur × heures-processeur / (durée de vie × 8&#xa0;766 h)</translation>
    </message>
    <message>
        <source>%1 kg × %2 h / (%3 × %4 h) = %5</source>
        <translation>%1 kg × %2 h / (%3 × %4 h) = %5</translation>
    </message>
    <message>
        <source>per device</source>
        <translation>par processeur</translation>
    </message>
    <message>
        <source>lifetime</source>
        <translation>durée de vie</translation>
    </message>
    <message>
        <source>Total emissions</source>
        <translation>Émissions totales</translation>
    </message>
    <message>
        <source>total = location-based + embodied</source>
        <translation>total = opérationnel (localisation) + fabrication</translation>
    </message>
    <message>
        <source>%1 + %2 = %3</source>
        <translation>%1 + %2 = %3</translation>
    </message>
    <message>
        <source>methodology §5, §7</source>
        <translation>méthodologie, §&#xa0;5, §&#xa0;7</translation>
    </message>
    <message>
        <source>price × device-hours</source>
        <translation>prix × heures-processeur</translation>
    </message>
    <message>
        <source>%1 × %2 h</source>
        <translation>%1 × %2 h</translation>
    </message>
    <message>
        <source>carbon price × tonnes CO2e</source>
        <translation>prix du carbone × tonnes de CO2e</translation>
    </message>
    <message>
        <source>%1 × %2 t</source>
        <translation>%1 × %2 t</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>price</source>
        <translation>prix</translation>
    </message>
    <message>
        <source>carbon price</source>
        <translation>prix du carbone</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>AI Carbon Planner projects (*.json);;All files (*)</source>
        <translation>Projets AI Carbon Planner (*.json);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Training compute</source>
        <translation>Calcul d&apos;entraînement</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Durée réelle</translation>
    </message>
    <message>
        <source>Device-hours</source>
        <translation>Heures-processeur</translation>
    </message>
    <message>
        <source>Energy, IT</source>
        <translation>Énergie, informatique</translation>
    </message>
    <message>
        <source>Energy, facility</source>
        <translation>Énergie, site</translation>
    </message>
    <message>
        <source>CO2e, location-based</source>
        <translation>CO2e, basé sur la localisation</translation>
    </message>
    <message>
        <source>CO2e, market-based</source>
        <translation>CO2e, basé sur le marché</translation>
    </message>
    <message>
        <source>CO2e, embodied</source>
        <translation>CO2e, fabrication</translation>
    </message>
    <message>
        <source>CO2e, total</source>
        <translation>CO2e, total</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>By component</source>
        <translation>Par composante</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composante</translation>
    </message>
    <message>
        <source>Facility energy</source>
        <translation>Énergie du site</translation>
    </message>
    <message>
        <source>CO2e</source>
        <translation>CO2e</translation>
    </message>
    <message>
        <source>Final run</source>
        <translation>Entraînement final</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Développement</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Equivalent to</source>
        <translation>Équivaut à</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <source>How this was computed</source>
        <translation>Détail du calcul</translation>
    </message>
    <message>
        <source>No scenario</source>
        <translation>Aucun scénario</translation>
    </message>
    <message>
        <source>Add or select a scenario to see its results.</source>
        <translation>Ajoutez ou sélectionnez un scénario pour voir ses résultats.</translation>
    </message>
    <message>
        <source>No figures while the scenario has errors.</source>
        <translation>Pas de chiffres tant que le scénario comporte des erreurs.</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>Correct the errors below (they are also shown beside the fields).</source>
        <translation>Corrigez les erreurs ci-dessous (elles sont aussi indiquées à côté des champs).</translation>
    </message>
    <message>
        <source>%1 CO2e</source>
        <translation>%1 CO2e</translation>
    </message>
    <message>
        <source>%1 on %2 devices · %3 at the facility</source>
        <translation>%1 sur %2 processeurs · %3 au niveau du site</translation>
    </message>
    <message>
        <source>unknown (accounting mode)</source>
        <translation>inconnu (mode bilan)</translation>
    </message>
    <message>
        <source>%1 (final run, %2 devices)</source>
        <translation>%1 (entraînement final, %2 processeurs)</translation>
    </message>
    <message>
        <source>%1 h (final run %2 h)</source>
        <translation>%1 h (entraînement final %2 h)</translation>
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
        <translation>%1 (à %2)</translation>
    </message>
    <message>
        <source>%1 (%2 % carbon-free energy)</source>
        <translation>%1 (%2&#xa0;% d&apos;énergie décarbonée)</translation>
    </message>
    <message>
        <source>%1 (no carbon-free energy known)</source>
        <translation>%1 (part d&apos;énergie décarbonée inconnue)</translation>
    </message>
    <message>
        <source>not included</source>
        <translation>non inclus</translation>
    </message>
    <message>
        <source>not priced</source>
        <translation>non chiffré</translation>
    </message>
    <message>
        <source>%1 (compute only)</source>
        <translation>%1 (calcul seul)</translation>
    </message>
    <message>
        <source>%1 (compute %2, carbon %3)</source>
        <translation>%1 (calcul %2, carbone %3)</translation>
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
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
</context>
<context>
    <name>ScenarioDocument</name>
    <message>
        <source>the file could not be written completely (is the disk full?)</source>
        <translation>le fichier n&apos;a pas pu être écrit entièrement (le disque est-il plein&#x202f;?)</translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message>
        <source>dense peak %1 TFLOP/s</source>
        <translation>crête dense %1 TFLOP/s</translation>
    </message>
    <message>
        <source>%1 gCO2e/kWh in %2 (%3) · %4</source>
        <translation>%1 gCO2e/kWh en %2 (%3) · %4</translation>
    </message>
    <message>
        <source> (your catalog)</source>
        <translation> (votre catalogue)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>réseau</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>cloud region</source>
        <translation>région cloud</translation>
    </message>
    <message>
        <source>%1 layers, d_model %2</source>
        <translation>%1 couches, d_model %2</translation>
    </message>
    <message>
        <source>%1 parameters</source>
        <translation>%1 paramètres</translation>
    </message>
    <message>
        <source>%1 active</source>
        <translation>%1 actifs</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 jetons</translation>
    </message>
    <message>
        <source>TDP %1 W</source>
        <translation>TDP %1 W</translation>
    </message>
    <message>
        <source>no TDP</source>
        <translation>pas de TDP</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 Go</translation>
    </message>
    <message>
        <source>embodied %1 kgCO2e</source>
        <translation>fabrication %1 kgCO2e</translation>
    </message>
    <message>
        <source>your catalog</source>
        <translation>votre catalogue</translation>
    </message>
    <message>
        <source>%1 · %2 TFLOP/s</source>
        <translation>%1 · %2 TFLOP/s</translation>
    </message>
    <message>
        <source>grid %1 · </source>
        <translation>réseau %1 · </translation>
    </message>
    <message>
        <source>no intensity for this year or source</source>
        <translation>pas d&apos;intensité pour cette année ou cette source</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>paramètres</translation>
    </message>
    <message>
        <source>N: the trained parameters (active parameters per token for mixture-of-experts models). Default: the model preset.</source>
        <translation>N&#xa0;: les paramètres entraînés (paramètres actifs par jeton pour les modèles à mélange d&apos;experts). Par défaut&#xa0;: le préréglage du modèle.</translation>
    </message>
    <message>
        <source>Training tokens</source>
        <translation>Jetons d&apos;entraînement</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>jetons</translation>
    </message>
    <message>
        <source>D: tokens seen in training. Wins over dataset tokens × epochs and steps × batch × length. Default: the model preset.</source>
        <translation>D&#xa0;: jetons vus pendant l&apos;entraînement. Prioritaire sur jetons du jeu de données × époques et sur pas × lot × longueur. Par défaut&#xa0;: le préréglage du modèle.</translation>
    </message>
    <message>
        <source>Dataset tokens</source>
        <translation>Jetons du jeu de données</translation>
    </message>
    <message>
        <source>Tokens in the dataset: D = dataset tokens × epochs when training tokens are not given.</source>
        <translation>Jetons du jeu de données&#xa0;: D = jetons du jeu de données × époques lorsque les jetons d&apos;entraînement ne sont pas indiqués.</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>passages</translation>
    </message>
    <message>
        <source>Passes over the dataset; used with dataset tokens only.</source>
        <translation>Passages sur le jeu de données&#x202f;; utilisé uniquement avec les jetons du jeu de données.</translation>
    </message>
    <message>
        <source>methodology §1: one epoch</source>
        <translation>méthodologie, §&#xa0;1&#xa0;: une époque</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>optimizer steps</source>
        <translation>pas d&apos;optimisation</translation>
    </message>
    <message>
        <source>D = steps × batch size × sequence length; give all three.</source>
        <translation>D = pas × taille de lot × longueur de séquence&#x202f;; indiquez les trois.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <source>sequences per step</source>
        <translation>séquences par pas</translation>
    </message>
    <message>
        <source>Sequences per optimizer step (with steps and sequence length).</source>
        <translation>Séquences par pas d&apos;optimisation (avec les pas et la longueur de séquence).</translation>
    </message>
    <message>
        <source>Sequence length</source>
        <translation>Longueur de séquence</translation>
    </message>
    <message>
        <source>Tokens per sequence (with steps and batch size).</source>
        <translation>Jetons par séquence (avec les pas et la taille de lot).</translation>
    </message>
    <message>
        <source>FLOPs per parameter·token (k)</source>
        <translation>FLOP par paramètre·jeton (k)</translation>
    </message>
    <message>
        <source>FLOP</source>
        <translation>FLOP</translation>
    </message>
    <message>
        <source>k in C = k × N × D: 2 forward + 4 backward; 8 when activations are recomputed.</source>
        <translation>k dans C = k × N × D&#xa0;: 2 pour la passe avant + 4 pour la passe arrière&#x202f;; 8 si les activations sont recalculées.</translation>
    </message>
    <message>
        <source>Training compute</source>
        <translation>Calcul d&apos;entraînement</translation>
    </message>
    <message>
        <source>Total FLOPs of the final run. When given, it replaces k × N × D.</source>
        <translation>Total des FLOP de l&apos;entraînement final. S&apos;il est indiqué, il remplace k × N × D.</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Durée réelle</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>Accounting mode: the measured duration of the final run. Replaces FLOPs / (peak × MFU); MFU is then implied.</source>
        <translation>Mode bilan&#xa0;: la durée mesurée de l&apos;entraînement final. Remplace FLOP / (crête × MFU)&#x202f;; le MFU est alors implicite.</translation>
    </message>
    <message>
        <source>from FLOPs</source>
        <translation>d&apos;après les FLOP</translation>
    </message>
    <message>
        <source>Device-hours</source>
        <translation>Heures-processeur</translation>
    </message>
    <message>
        <source>device-h</source>
        <translation>h-proc.</translation>
    </message>
    <message>
        <source>Accounting mode: device-hours of the final run (wins over the wall-clock time).</source>
        <translation>Mode bilan&#xa0;: heures-processeur de l&apos;entraînement final (prioritaire sur la durée réelle).</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Processeurs</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>processeurs</translation>
    </message>
    <message>
        <source>Number of devices, a whole number ≥ 1. Wall-clock time = device-hours / devices.</source>
        <translation>Nombre de processeurs, un entier ≥ 1. Durée réelle = heures-processeur / processeurs.</translation>
    </message>
    <message>
        <source>one device when the count is not given</source>
        <translation>un seul processeur si le nombre n&apos;est pas indiqué</translation>
    </message>
    <message>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <source>fraction, (0, 1]</source>
        <translation>fraction, ]0&#x202f;; 1]</translation>
    </message>
    <message>
        <source>Model FLOPs utilization: the share of the dense peak the training achieves. Device time = FLOPs / (peak × MFU).</source>
        <translation>Taux d&apos;utilisation des FLOP du modèle (MFU)&#xa0;: la part de la crête dense atteinte par l&apos;entraînement. Temps processeur = FLOP / (crête × MFU).</translation>
    </message>
    <message>
        <source>Average power</source>
        <translation>Puissance moyenne</translation>
    </message>
    <message>
        <source>W per device</source>
        <translation>W par processeur</translation>
    </message>
    <message>
        <source>Measured average draw per device. When given, it replaces idle + u × (TDP − idle) and the power utilization is not used.</source>
        <translation>Consommation moyenne mesurée par processeur. Si elle est indiquée, elle remplace repos + u × (TDP − repos) et le taux de charge n&apos;est pas utilisé.</translation>
    </message>
    <message>
        <source>Power utilization</source>
        <translation>Taux de charge</translation>
    </message>
    <message>
        <source>fraction, [0, 1]</source>
        <translation>fraction, [0&#x202f;; 1]</translation>
    </message>
    <message>
        <source>u: where the device draws between idle (0) and TDP (1). Used only without an average power.</source>
        <translation>u&#xa0;: position de la consommation du processeur entre le repos (0) et le TDP (1). Utilisé uniquement sans puissance moyenne.</translation>
    </message>
    <message>
        <source>Host power</source>
        <translation>Puissance de l&apos;hôte</translation>
    </message>
    <message>
        <source>Share of the server (CPUs, DRAM, network) per device. Nameplate upper bounds: DGX A100 412 W, DGX H100 575 W.</source>
        <translation>Part du serveur (CPU, DRAM, réseau) par processeur. Plafonds nominaux&#xa0;: DGX A100&#xa0;412 W, DGX H100&#xa0;575 W.</translation>
    </message>
    <message>
        <source>Dense peak</source>
        <translation>Crête dense</translation>
    </message>
    <message>
        <source>TFLOP/s</source>
        <translation>TFLOP/s</translation>
    </message>
    <message>
        <source>Dense (not sparse) peak per device at the precision; overrides the catalog.</source>
        <translation>Crête dense (non creuse) par processeur à la précision choisie&#x202f;; remplace la valeur du catalogue.</translation>
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
        <translation>Enveloppe thermique (TDP) par processeur&#x202f;; remplace la valeur du catalogue.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Year of the grid carbon intensity (1990–2100).</source>
        <translation>Année de l&apos;intensité carbone du réseau (1990–2100).</translation>
    </message>
    <message>
        <source>the latest year of the primary series</source>
        <translation>la dernière année de la série principale</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>la plus récente</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>ratio, ≥ 1</source>
        <translation>ratio, ≥ 1</translation>
    </message>
    <message>
        <source>Power usage effectiveness: facility energy = IT energy × PUE. Default: the cloud region, the provider&apos;s fleet, else the global average.</source>
        <translation>Indicateur d&apos;efficacité énergétique (PUE)&#xa0;: énergie du site = énergie informatique × PUE. Par défaut&#xa0;: la région cloud, le parc du fournisseur, sinon la moyenne mondiale.</translation>
    </message>
    <message>
        <source>Carbon intensity</source>
        <translation>Intensité carbone</translation>
    </message>
    <message>
        <source>gCO2e/kWh</source>
        <translation>gCO2e/kWh</translation>
    </message>
    <message>
        <source>Grid carbon intensity; overrides the region&apos;s value.</source>
        <translation>Intensité carbone du réseau&#x202f;; remplace la valeur de la région.</translation>
    </message>
    <message>
        <source>Carbon-free energy</source>
        <translation>Énergie décarbonée</translation>
    </message>
    <message>
        <source>Share of the energy matched by carbon-free supply; only the market-based figure uses it (× (1 − fraction)).</source>
        <translation>Part de l&apos;énergie couverte par un approvisionnement décarboné&#x202f;; seul le chiffre basé sur le marché l&apos;utilise (× (1 − fraction)).</translation>
    </message>
    <message>
        <source>none known: market-based equals location-based</source>
        <translation>aucune connue&#xa0;: basé sur le marché = basé sur la localisation</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>trials</source>
        <translation>essais</translation>
    </message>
    <message>
        <source>Configurations trained before the final run.</source>
        <translation>Configurations entraînées avant l&apos;entraînement final.</translation>
    </message>
    <message>
        <source>methodology §6: no search</source>
        <translation>méthodologie, §&#xa0;6&#xa0;: pas de recherche</translation>
    </message>
    <message>
        <source>Mean trial fraction</source>
        <translation>Fraction moyenne par essai</translation>
    </message>
    <message>
        <source>of a full run</source>
        <translation>d&apos;un entraînement complet</translation>
    </message>
    <message>
        <source>Mean share of a full run per trial; below 1 with early stopping.</source>
        <translation>Part moyenne d&apos;un entraînement complet par essai&#x202f;; inférieure à 1 avec l&apos;arrêt précoce.</translation>
    </message>
    <message>
        <source>methodology §6: each trial is a full run</source>
        <translation>méthodologie, §&#xa0;6&#xa0;: chaque essai est un entraînement complet</translation>
    </message>
    <message>
        <source>Configurations</source>
        <translation>Configurations</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>n: configurations in the first round of successive halving (required).</source>
        <translation>n&#xa0;: configurations au premier tour du successive halving (obligatoire).</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>Reduction factor η</source>
        <translation>Facteur de réduction η</translation>
    </message>
    <message>
        <source>&gt; 1</source>
        <translation>&gt; 1</translation>
    </message>
    <message>
        <source>η: each round keeps 1/η of the configurations at η times the budget.</source>
        <translation>η&#xa0;: chaque tour garde 1/η des configurations avec un budget η fois plus grand.</translation>
    </message>
    <message>
        <source>Li et al. 2018 (Hyperband): η = 3</source>
        <translation>Li et al. 2018 (Hyperband)&#xa0;: η = 3</translation>
    </message>
    <message>
        <source>Minimum budget</source>
        <translation>Budget minimal</translation>
    </message>
    <message>
        <source>of a full run, (0, 1]</source>
        <translation>d&apos;un entraînement complet, ]0&#x202f;; 1]</translation>
    </message>
    <message>
        <source>r: the smallest budget, as a share of a full run (required).</source>
        <translation>r&#xa0;: le plus petit budget, en part d&apos;un entraînement complet (obligatoire).</translation>
    </message>
    <message>
        <source>Equivalent runs</source>
        <translation>Entraînements équivalents</translation>
    </message>
    <message>
        <source>full runs</source>
        <translation>entraînements complets</translation>
    </message>
    <message>
        <source>Total search compute in full runs, e.g. from a published step count; replaces trials × fraction.</source>
        <translation>Calcul total de la recherche en entraînements complets, p. ex. d&apos;après un nombre de pas publié&#x202f;; remplace essais × fraction.</translation>
    </message>
    <message>
        <source>Development multiplier</source>
        <translation>Multiplicateur de développement</translation>
    </message>
    <message>
        <source>×, ≥ 1</source>
        <translation>×, ≥ 1</translation>
    </message>
    <message>
        <source>m: seeds, ablations and failed runs. Total = m × (final run + search).</source>
        <translation>m&#xa0;: graines aléatoires, ablations et entraînements échoués. Total = m × (entraînement final + recherche).</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Durée de vie</translation>
    </message>
    <message>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <source>Service life over which the manufacturing emissions are spread.</source>
        <translation>Durée d&apos;utilisation sur laquelle les émissions de fabrication sont réparties.</translation>
    </message>
    <message>
        <source>Per device</source>
        <translation>Par processeur</translation>
    </message>
    <message>
        <source>kgCO2e</source>
        <translation>kgCO2e</translation>
    </message>
    <message>
        <source>Manufacturing emissions of one device; overrides the catalog (whose values are die only, a lower bound).</source>
        <translation>Émissions de fabrication d&apos;un processeur&#x202f;; remplace la valeur du catalogue (qui ne couvre que la puce, une borne basse).</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>per device-hour</source>
        <translation>par heure-processeur</translation>
    </message>
    <message>
        <source>Compute cost = price × all device-hours (final run, search, development).</source>
        <translation>Coût de calcul = prix × toutes les heures-processeur (entraînement final, recherche, développement).</translation>
    </message>
    <message>
        <source>not priced</source>
        <translation>non chiffré</translation>
    </message>
    <message>
        <source>Carbon price</source>
        <translation>Prix du carbone</translation>
    </message>
    <message>
        <source>per tCO2e</source>
        <translation>par tCO2e</translation>
    </message>
    <message>
        <source>Carbon cost = price × total emissions in tonnes.</source>
        <translation>Coût carbone = prix × émissions totales en tonnes.</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>the number must be finite</source>
        <translation>le nombre doit être fini</translation>
    </message>
    <message>
        <source>a whole number is needed</source>
        <translation>un nombre entier est attendu</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>catalogue</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>déduit</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>Default: %1 (%2).</source>
        <translation>Par défaut&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <source>Default: %1.</source>
        <translation>Par défaut&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The value in use is listed in the estimate&apos;s assumptions as “%1”.</source>
        <translation>La valeur utilisée figure dans les hypothèses de l&apos;estimation sous «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Scenario file: %1</source>
        <translation>Fichier de scénario&#xa0;: %1</translation>
    </message>
    <message>
        <source>your input</source>
        <translation>votre saisie</translation>
    </message>
    <message>
        <source>No scenario selected. Add a scenario to edit it.</source>
        <translation>Aucun scénario sélectionné. Ajoutez un scénario pour le modifier.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>What this scenario assumes, and why</source>
        <translation>Ce que suppose ce scénario, et pourquoi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Charge de travail</translation>
    </message>
    <message>
        <source>Search models…</source>
        <translation>Rechercher un modèle…</translation>
    </message>
    <message>
        <source>(no preset)</source>
        <translation>(aucun préréglage)</translation>
    </message>
    <message>
        <source>Model preset</source>
        <translation>Préréglage de modèle</translation>
    </message>
    <message>
        <source>or tokens = dataset tokens × epochs:</source>
        <translation>ou jetons = jetons du jeu de données × époques&#xa0;:</translation>
    </message>
    <message>
        <source>or tokens = steps × batch size × sequence length:</source>
        <translation>ou jetons = pas × taille de lot × longueur de séquence&#xa0;:</translation>
    </message>
    <message>
        <source>Compute:</source>
        <translation>Calcul&#xa0;:</translation>
    </message>
    <message>
        <source>Training FLOPs</source>
        <translation>FLOP d&apos;entraînement</translation>
    </message>
    <message>
        <source>Known runtime (accounting mode)</source>
        <translation>Durée connue (mode bilan)</translation>
    </message>
    <message>
        <source>Leave empty to plan from the FLOPs; give a measured duration to account for a finished run.</source>
        <translation>Laissez vide pour planifier à partir des FLOP&#x202f;; indiquez une durée mesurée pour faire le bilan d&apos;un entraînement terminé.</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Search devices…</source>
        <translation>Rechercher un processeur…</translation>
    </message>
    <message>
        <source>(no device)</source>
        <translation>(aucun processeur)</translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>Tous les fabricants</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Processeur</translation>
    </message>
    <message>
        <source>Selects the device&apos;s dense peak. Automatic: bf16, else fp16, tf32, fp32 — the first the device has (methodology §2).</source>
        <translation>Détermine la crête dense du processeur. Automatique&#xa0;: bf16, sinon fp16, tf32, fp32 — la première disponible sur le processeur (méthodologie, §&#xa0;2).</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Overrides of the catalog:</source>
        <translation>Valeurs remplaçant le catalogue&#xa0;:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Search regions…</source>
        <translation>Rechercher une région…</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(aucune région)</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Tous les fournisseurs</translation>
    </message>
    <message>
        <source>Countries, states and zones, and cloud regions (aws:us-east-1).</source>
        <translation>Pays, États et zones, et régions cloud (aws:us-east-1).</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Which series of grid intensities to use for the region (methodology §5).</source>
        <translation>Série d&apos;intensités du réseau à utiliser pour la région (méthodologie, §&#xa0;5).</translation>
    </message>
    <message>
        <source>Intensity series</source>
        <translation>Série d&apos;intensités</translation>
    </message>
    <message>
        <source>Search and development</source>
        <translation>Recherche et développement</translation>
    </message>
    <message>
        <source>Grid search</source>
        <translation>Recherche par grille</translation>
    </message>
    <message>
        <source>Random search</source>
        <translation>Recherche aléatoire</translation>
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
        <translation>Comment la recherche d&apos;hyperparamètres avant l&apos;entraînement final est comptabilisée (méthodologie, §&#xa0;6).</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Promoted trials resume from their checkpoint</source>
        <translation>Les essais promus reprennent depuis leur point de contrôle</translation>
    </message>
    <message>
        <source>Resulting search</source>
        <translation>Recherche résultante</translation>
    </message>
    <message>
        <source>values per hyperparameter, e.g. 3 × 4 × 5</source>
        <translation>valeurs par hyperparamètre, p. ex. 3 × 4 × 5</translation>
    </message>
    <message>
        <source>Grid search: trials = product of the value counts (methodology §6).</source>
        <translation>Recherche par grille&#xa0;: essais = produit des nombres de valeurs (méthodologie, §&#xa0;6).</translation>
    </message>
    <message>
        <source>Grid sizes</source>
        <translation>Tailles de grille</translation>
    </message>
    <message>
        <source>Embodied emissions</source>
        <translation>Émissions de fabrication</translation>
    </message>
    <message>
        <source>Include the devices&apos; manufacturing emissions</source>
        <translation>Inclure les émissions de fabrication des processeurs</translation>
    </message>
    <message>
        <source>Embodied = per-device kgCO2e × device-hours / (lifetime × 8,766 h) (methodology §7).</source>
        <translation>Fabrication = kgCO2e par processeur × heures-processeur / (durée de vie × 8&#xa0;766 h) (méthodologie, §&#xa0;7).</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>e.g. USD, EUR</source>
        <translation>p. ex. USD, EUR</translation>
    </message>
    <message>
        <source>Free text; no conversion is done.</source>
        <translation>Texte libre&#x202f;; aucune conversion n&apos;est effectuée.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>In use while empty: %1 (%2, %3)</source>
        <translation>Utilisé si vide&#xa0;: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>In use while empty: %1 (%2)</source>
        <translation>Utilisé si vide&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>In use while empty: %1</source>
        <translation>Utilisé si vide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatique (%1)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Primary series (default)</source>
        <translation>Série principale (par défaut)</translation>
    </message>
    <message>
        <source>%1 trials, %2 full-run equivalents of search compute</source>
        <translation>%1 essais, calcul de recherche équivalent à %2 entraînements complets</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source> = %1 × %2 × %3 (k × N × D)</source>
        <translation> = %1 × %2 × %3 (k × N × D)</translation>
    </message>
    <message>
        <source>; with the attention term %1 (reported only)</source>
        <translation>; avec le terme d&apos;attention %1 (pour information)</translation>
    </message>
</context>
<context>
    <name>aicarbon::AutosaveController</name>
    <message>
        <source>1 scenario</source>
        <translation>1 scénario</translation>
    </message>
    <message>
        <source>%1 scenarios</source>
        <translation>%1 scénarios</translation>
    </message>
    <message>
        <source>It was never saved.</source>
        <translation>Il n&apos;a jamais été enregistré.</translation>
    </message>
    <message>
        <source>It belongs to %1.</source>
        <translation>Il provient de %1.</translation>
    </message>
    <message>
        <source>AI Carbon Planner did not close cleanly last time. Unsaved work on “%1” (%2), kept at %3, was recovered. %4

Restore it, or discard it? Discard deletes the recovered copy at %5.</source>
        <translation>AI Carbon Planner ne s&apos;est pas fermé correctement la dernière fois. Le travail non enregistré sur «&#xa0;%1&#xa0;» (%2), conservé dans %3, a été récupéré. %4

Le restaurer ou l&apos;abandonner&#x202f;? «&#xa0;Abandonner&#xa0;» supprime la copie récupérée dans %5.</translation>
    </message>
    <message>
        <source>Unsaved work from the last session could not be read (%1), nor moved aside; it is still at %2.</source>
        <translation>Le travail non enregistré de la dernière session n&apos;a pas pu être lu (%1), ni mis de côté&#x202f;; il se trouve toujours dans %2.</translation>
    </message>
    <message>
        <source>Unsaved work from the last session could not be read (%1). It was moved aside, unchanged, to
%2</source>
        <translation>Le travail non enregistré de la dernière session n&apos;a pas pu être lu (%1). Il a été mis de côté, sans modification, dans
%2</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
</context>
<context>
    <name>aicarbon::CatalogModel</name>
    <message>
        <source>Entered by you (your own catalog)</source>
        <translation>Saisi par vous (votre propre catalogue)</translation>
    </message>
    <message>
        <source>%1 T</source>
        <comment>trillion (10^12), e.g. 15.6 T tokens</comment>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1 B</source>
        <comment>billion (10^9), e.g. 175 B parameters</comment>
        <translation>%1 Md</translation>
    </message>
    <message>
        <source>%1 M</source>
        <comment>million (10^6)</comment>
        <translation>%1 M</translation>
    </message>
</context>
<context>
    <name>aicarbon::CatalogPicker</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>%1 (not in the catalog)</source>
        <translation>%1 (absent du catalogue)</translation>
    </message>
</context>
<context>
    <name>aicarbon::CloudRegionTableModel</name>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>Code de région</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Grid region</source>
        <translation>Région du réseau</translation>
    </message>
    <message>
        <source>The grid region whose carbon intensity applies</source>
        <translation>La région du réseau dont l&apos;intensité carbone s&apos;applique</translation>
    </message>
    <message>
        <source>Grid
g/kWh</source>
        <translation>Réseau
g/kWh</translation>
    </message>
    <message>
        <source>Default carbon intensity of the grid region</source>
        <translation>Intensité carbone par défaut de la région du réseau</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Power usage effectiveness: the region&apos;s own figure, else the provider&apos;s default</source>
        <translation>Indicateur d&apos;efficacité énergétique (PUE)&#xa0;: la valeur propre à la région, sinon celle du fournisseur par défaut</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Source documenting the region and its location</source>
        <translation>Source décrivant la région et son emplacement</translation>
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
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>Region&apos;s own PUE. Source: %1</source>
        <translation>PUE propre à la région. Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>No PUE known</source>
        <translation>Aucun PUE connu</translation>
    </message>
    <message>
        <source>Worldwide average PUE</source>
        <translation>PUE moyen mondial</translation>
    </message>
    <message>
        <source>Provider&apos;s fleet-wide PUE</source>
        <translation>PUE de l&apos;ensemble du parc du fournisseur</translation>
    </message>
    <message>
        <source>%1 (no figure for this region). Source: %2</source>
        <translation>%1 (pas de valeur pour cette région). Source&#xa0;: %2</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>Identifiant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Location: %1, %2</source>
        <translation>Lieu&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>Grid region: %1</source>
        <translation>Région du réseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>aicarbon::CompareView</name>
    <message>
        <source>Time against emissions, one point per scenario</source>
        <translation>Durée et émissions, un point par scénario</translation>
    </message>
    <message>
        <source>Emissions by component</source>
        <translation>Émissions par composante</translation>
    </message>
    <message>
        <source>Facility energy</source>
        <translation>Énergie du site</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Durée réelle</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Graphique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité&#xa0;:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
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
        <translation>heures</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>as stated</source>
        <translation>telle qu&apos;indiquée</translation>
    </message>
    <message>
        <source>No scenario states a price per device-hour or a carbon price.</source>
        <translation>Aucun scénario n&apos;indique de prix par heure-processeur ni de prix du carbone.</translation>
    </message>
    <message>
        <source>Emissions (%1 CO₂e)</source>
        <translation>Émissions (%1 CO₂e)</translation>
    </message>
    <message>
        <source>Facility energy (%1)</source>
        <translation>Énergie du site (%1)</translation>
    </message>
    <message>
        <source>Wall-clock time, final run (%1)</source>
        <translation>Durée réelle, entraînement final (%1)</translation>
    </message>
    <message>
        <source>Cost (currency as stated)</source>
        <translation>Coût (devise telle qu&apos;indiquée)</translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <translation>Coût (%1)</translation>
    </message>
    <message>
        <source>mixed currencies</source>
        <translation>devises différentes</translation>
    </message>
    <message>
        <source>%1 (invalid)</source>
        <translation>%1 (invalide)</translation>
    </message>
    <message>
        <source>Total emissions (%1 CO₂e)</source>
        <translation>Émissions totales (%1 CO₂e)</translation>
    </message>
    <message>
        <source>%1 cannot be estimated: %2</source>
        <translation>%1 ne peut pas être estimé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>kg CO₂e</source>
        <translation>kg CO₂e</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total&#xa0;: %1</translation>
    </message>
    <message>
        <source>Facility energy: %1</source>
        <translation>Énergie du site&#xa0;: %1</translation>
    </message>
    <message>
        <source>IT energy: %1</source>
        <translation>Énergie informatique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Wall-clock time: %1 (%2)</source>
        <translation>Durée réelle&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Coût&#xa0;: %1</translation>
    </message>
    <message>
        <source>No price given</source>
        <translation>Aucun prix indiqué</translation>
    </message>
    <message>
        <source>90% interval: %1</source>
        <translation>Intervalle à 90&#xa0;%&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1
Wall-clock time: %2 (%3)
Total emissions: %4 (%5)</source>
        <translation>%1
Durée réelle&#xa0;: %2 (%3)
Émissions totales&#xa0;: %4 (%5)</translation>
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
        <translation>%1 (référence)</translation>
    </message>
    <message>
        <source>%1: the baseline; the other columns show differences to it</source>
        <translation>%1&#xa0;: la référence&#x202f;; les autres colonnes indiquent les écarts par rapport à elle</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
    <message>
        <source>%1 cannot be estimated: %2</source>
        <translation>%1 ne peut pas être estimé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: no price given</source>
        <translation>%1&#xa0;: aucun prix indiqué</translation>
    </message>
    <message>
        <source>%1: unknown</source>
        <translation>%1&#xa0;: inconnu</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Baseline, %1: %2</source>
        <translation>Référence, %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Difference: %1%2 (%3)</source>
        <translation>Écart&#xa0;: %1%2 (%3)</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 pts</translation>
    </message>
</context>
<context>
    <name>aicarbon::DataBrowser</name>
    <message>
        <source>Search by name, id, vendor, country… (case and accents are ignored)</source>
        <translation>Rechercher par nom, identifiant, fabricant, pays… (sans tenir compte de la casse ni des accents)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Devices (%L1)</source>
        <translation>&amp;Processeurs (%L1)</translation>
    </message>
    <message>
        <source>&amp;Regions (%L1)</source>
        <translation>&amp;Régions (%L1)</translation>
    </message>
    <message>
        <source>&amp;Cloud regions (%L1)</source>
        <translation>Régions &amp;cloud (%L1)</translation>
    </message>
    <message>
        <source>&amp;Models (%L1)</source>
        <translation>Mo&amp;dèles (%L1)</translation>
    </message>
    <message>
        <source>%L1 rows.</source>
        <translation>%L1 lignes.</translation>
    </message>
    <message>
        <source>Showing %L1 of %L2 rows.</source>
        <translation>%L1 lignes affichées sur %L2.</translation>
    </message>
    <message>
        <source>Rows in italics with an orange dot are your own entries.</source>
        <translation>Les lignes en italique avec un point orange sont vos propres entrées.</translation>
    </message>
    <message>
        <source>Hover a row for its source.</source>
        <translation>Survolez une ligne pour voir sa source.</translation>
    </message>
    <message>
        <source>&amp;Add device…</source>
        <translation>&amp;Ajouter un processeur…</translation>
    </message>
    <message>
        <source>&amp;Add region…</source>
        <translation>&amp;Ajouter une région…</translation>
    </message>
    <message>
        <source>Your own catalog could not be opened, so entries cannot be added or changed.</source>
        <translation>Votre propre catalogue n&apos;a pas pu être ouvert&#xa0;: impossible d&apos;ajouter ou de modifier des entrées.</translation>
    </message>
    <message>
        <source>Creates your own copy with the same id, used instead of the shipped values</source>
        <translation>Crée votre propre copie avec le même identifiant, utilisée à la place des valeurs fournies</translation>
    </message>
    <message>
        <source>Only your own entries can be deleted</source>
        <translation>Seules vos propres entrées peuvent être supprimées</translation>
    </message>
    <message>
        <source>Edit a shipped entry</source>
        <translation>Modifier une entrée fournie</translation>
    </message>
    <message>
        <source>“%1” comes with the application&apos;s catalog.</source>
        <translation>«&#xa0;%1&#xa0;» fait partie du catalogue fourni avec l&apos;application.</translation>
    </message>
    <message>
        <source>Editing it creates your own copy with the same id (%1). Your copy is used instead of the shipped values in every estimate; delete it to return to them.</source>
        <translation>La modifier crée votre propre copie avec le même identifiant (%1). Votre copie remplace les valeurs fournies dans toutes les estimations&#x202f;; supprimez-la pour revenir à celles-ci.</translation>
    </message>
    <message>
        <source>Create my copy</source>
        <translation>Créer ma copie</translation>
    </message>
    <message>
        <source>Delete your entry</source>
        <translation>Supprimer votre entrée</translation>
    </message>
    <message>
        <source>Delete “%1” (%2)?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» (%2)&#x202f;?</translation>
    </message>
    <message>
        <source>Scenarios that use this id will use the shipped entry of the same id if there is one, and otherwise report it as unknown.</source>
        <translation>Les scénarios qui utilisent cet identifiant utiliseront l&apos;entrée fournie du même identifiant s&apos;il en existe une, et sinon le signaleront comme inconnu.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>Suppression impossible</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Enregistrement impossible</translation>
    </message>
</context>
<context>
    <name>aicarbon::DataBrowserForm</name>
    <message>
        <source>TDP must be between %1 and %2 W.</source>
        <translation>Le TDP doit être compris entre %1 et %2 W.</translation>
    </message>
    <message>
        <source>Idle power must be between 0 W and the TDP.</source>
        <translation>La puissance au repos doit être comprise entre 0 W et le TDP.</translation>
    </message>
    <message>
        <source>Peak rates must be above 0 and at most %1 TFLOP/s.</source>
        <translation>Les performances crête doivent être supérieures à 0 et d&apos;au plus %1 TFLOP/s.</translation>
    </message>
    <message>
        <source>Carbon intensity must be above 0 and at most %1 g/kWh.</source>
        <translation>L&apos;intensité carbone doit être supérieure à 0 et d&apos;au plus %1 g/kWh.</translation>
    </message>
    <message>
        <source>The carbon-free share must be between 0 and 100 %.</source>
        <translation>La part décarbonée doit être comprise entre 0 et 100&#xa0;%.</translation>
    </message>
    <message>
        <source>The year must be between 1990 and 2100.</source>
        <translation>L&apos;année doit être comprise entre 1990 et 2100.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Enter an id.</source>
        <translation>Saisissez un identifiant.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Saisissez un nom.</translation>
    </message>
    <message>
        <source>The BF16 peak must not be below the FP32 peak.</source>
        <translation>La crête BF16 ne doit pas être inférieure à la crête FP32.</translation>
    </message>
</context>
<context>
    <name>aicarbon::DataSourcesDialog</name>
    <message>
        <source>Data sources and licences</source>
        <translation>Sources des données et licences</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attribution&lt;/b&gt;</source>
        <translation>&lt;b&gt;Attribution&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reference data version %1 of %2. Every value in the catalog cites one of the %L3 sources below; click a link to open it in your browser.</source>
        <translation>Données de référence, version %1 du %2. Chaque valeur du catalogue cite l&apos;une des %L3 sources ci-dessous&#x202f;; cliquez sur un lien pour l&apos;ouvrir dans votre navigateur.</translation>
    </message>
    <message>
        <source>No catalog is loaded.</source>
        <translation>Aucun catalogue n&apos;est chargé.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Open %1 in your browser</source>
        <translation>Ouvrir %1 dans votre navigateur</translation>
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
        <translation>Intensité carbone du réseau des pays et régions du monde&#xa0;: Our World in Data d&apos;après Ember (2025) et Energy Institute – Statistical Review of World Energy.</translation>
    </message>
    <message>
        <source>Grid carbon intensity of zones and sub-national regions: Electricity Maps (2025/2026), yearly carbon intensity data, www.electricitymaps.com (the 2024 table as aggregated for Green Algorithms; 2021–2025 via The Green Web Foundation&apos;s CO2.js).</source>
        <translation>Intensité carbone du réseau des zones et régions infranationales&#xa0;: Electricity Maps (2025/2026), données annuelles d&apos;intensité carbone, www.electricitymaps.com (le tableau 2024 tel qu&apos;agrégé pour Green Algorithms&#x202f;; 2021–2025 via CO2.js de The Green Web Foundation).</translation>
    </message>
    <message>
        <source>ODbL 1.0</source>
        <translation>ODbL 1.0</translation>
    </message>
    <message>
        <source>The grid-intensity and region tables contain information from Electricity Maps, which is made available under the Open Database License (ODbL) v1.0. These two tables, as a Derived Database, are likewise offered under the ODbL v1.0. The other tables keep the licences listed here; the program code is not affected by the share-alike term.</source>
        <translation>Les tables d&apos;intensité du réseau et des régions contiennent des informations d&apos;Electricity Maps, mises à disposition sous la licence Open Database License (ODbL) v1.0. Ces deux tables, en tant que base de données dérivée, sont également proposées sous l&apos;ODbL v1.0. Les autres tables conservent les licences indiquées ici&#x202f;; le code du programme n&apos;est pas concerné par la clause de partage à l&apos;identique.</translation>
    </message>
    <message>
        <source>Accelerator specifications: Epoch AI, “Data on Machine Learning Hardware”, epoch.ai.</source>
        <translation>Caractéristiques des accélérateurs&#xa0;: Epoch AI, «&#xa0;Data on Machine Learning Hardware&#xa0;», epoch.ai.</translation>
    </message>
    <message>
        <source>CPU power, cloud data centres, PUE and carbon-intensity tables: Lannelongue L., Grealey J., Inouye M., “Green Algorithms: Quantifying the Carbon Footprint of Computation”, Advanced Science 2021.</source>
        <translation>Tables de puissance des CPU, des centres de données cloud, du PUE et de l&apos;intensité carbone&#xa0;: Lannelongue L., Grealey J., Inouye M., «&#xa0;Green Algorithms: Quantifying the Carbon Footprint of Computation&#xa0;», Advanced Science 2021.</translation>
    </message>
    <message>
        <source>Cloud region carbon data: Google Cloud region-carbon-info, © Google LLC.</source>
        <translation>Données carbone des régions cloud&#xa0;: Google Cloud region-carbon-info, © Google LLC.</translation>
    </message>
    <message>
        <source>Provider PUE, GPU idle power and cloud regions: Cloud Carbon Footprint methodology, © Thoughtworks and Cloud Carbon Footprint contributors.</source>
        <translation>PUE des fournisseurs, puissance au repos des GPU et régions cloud&#xa0;: méthodologie Cloud Carbon Footprint, © Thoughtworks et les contributeurs de Cloud Carbon Footprint.</translation>
    </message>
    <message>
        <source>CPU power and cloud region tables: CodeCarbon and ML CO2 Impact (mlco2), © CodeCarbon and mlco2 contributors.</source>
        <translation>Tables de puissance des CPU et des régions cloud&#xa0;: CodeCarbon et ML CO2 Impact (mlco2), © les contributeurs de CodeCarbon et de mlco2.</translation>
    </message>
    <message>
        <source>MIT License</source>
        <translation>Licence MIT</translation>
    </message>
    <message>
        <source>Embodied emissions of accelerator dies: LLMCarbon hardware table, Faiz et al., ICLR 2024.</source>
        <translation>Émissions de fabrication des puces d&apos;accélérateurs&#xa0;: table du matériel de LLMCarbon, Faiz et al., ICLR 2024.</translation>
    </message>
    <message>
        <source>Country and region names and codes: Debian iso-codes.</source>
        <translation>Noms et codes des pays et régions&#xa0;: Debian iso-codes.</translation>
    </message>
    <message>
        <source>LGPL 2.1 or later</source>
        <translation>LGPL 2.1 ou ultérieure</translation>
    </message>
    <message>
        <source>Figures from papers and datasheets are cited facts; each paper or datasheet has its row in the table above.</source>
        <translation>Les chiffres issus d&apos;articles et de fiches techniques sont des faits cités&#x202f;; chaque article ou fiche technique a sa ligne dans le tableau ci-dessus.</translation>
    </message>
    <message>
        <source>AI Carbon Planner itself is free software under the GNU General Public License, version 3 or later.</source>
        <translation>AI Carbon Planner est lui-même un logiciel libre sous licence GNU General Public License, version 3 ou ultérieure.</translation>
    </message>
</context>
<context>
    <name>aicarbon::DeviceTableModel</name>
    <message>
        <source>Dense %1 peak in TFLOP/s (no sparsity)</source>
        <translation>Crête dense %1 en TFLOP/s (sans parcimonie)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Release year</source>
        <translation>Année de sortie</translation>
    </message>
    <message>
        <source>TDP
W</source>
        <translation>TDP
W</translation>
    </message>
    <message>
        <source>Thermal design power (board or module), W</source>
        <translation>Enveloppe thermique (carte ou module), W</translation>
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
        <translation>Mémoire
Go</translation>
    </message>
    <message>
        <source>Device memory, GB (10⁹ bytes)</source>
        <translation>Mémoire du processeur, Go (10⁹ octets)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>The id scenario files and aicarbon-cli use</source>
        <translation>L&apos;identifiant utilisé par les fichiers de scénario et aicarbon-cli</translation>
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
        <translation>Accélérateur</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>vous-même</translation>
    </message>
    <message>
        <source> (your own entry)</source>
        <translation> (votre propre entrée)</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>Identifiant&#xa0;: %1</translation>
    </message>
    <message>
        <source>TDP: %1 W (%2)</source>
        <translation>TDP&#xa0;: %1 W (%2)</translation>
    </message>
    <message>
        <source>Idle: %1 W</source>
        <translation>Repos&#xa0;: %1 W</translation>
    </message>
    <message>
        <source>Dense peaks, TFLOP/s: %1</source>
        <translation>Crêtes denses, TFLOP/s&#xa0;: %1</translation>
    </message>
    <message>
        <source>Process: %1 nm, die %2 mm²</source>
        <translation>Gravure&#xa0;: %1 nm, puce %2 mm²</translation>
    </message>
    <message>
        <source>Embodied: %1 kg CO₂e (%2)</source>
        <translation>Fabrication&#xa0;: %1 kg CO₂e (%2)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>aicarbon::FigureDialog</name>
    <message>
        <source>Comparison of one quantity</source>
        <translation>Comparaison d&apos;une grandeur</translation>
    </message>
    <message>
        <source>Emissions by component</source>
        <translation>Émissions par composante</translation>
    </message>
    <message>
        <source>Region ranking</source>
        <translation>Classement des régions</translation>
    </message>
    <message>
        <source>Devices: time against emissions</source>
        <translation>Processeurs&#xa0;: durée et émissions</translation>
    </message>
    <message>
        <source>Emissions</source>
        <translation>Émissions</translation>
    </message>
    <message>
        <source>Facility energy</source>
        <translation>Énergie du site</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Durée réelle</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Graphique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>Gra&amp;ndeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scénario&#xa0;:</translation>
    </message>
    <message>
        <source> dpi (PNG)</source>
        <translation> ppp (PNG)</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Okabe–Ito (colour-blind safe)</source>
        <translation>Okabe–Ito (adaptée au daltonisme)</translation>
    </message>
    <message>
        <source>Grayscale with hatching (print)</source>
        <translation>Niveaux de gris avec hachures (impression)</translation>
    </message>
    <message>
        <source>Viridis (colour-blind safe, by lightness)</source>
        <translation>Viridis (adaptée au daltonisme, par luminosité)</translation>
    </message>
    <message>
        <source>Tol bright (colour-blind safe)</source>
        <translation>Tol bright (adaptée au daltonisme)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Above the chart</source>
        <translation>Au-dessus du graphique</translation>
    </message>
    <message>
        <source>Right of the chart</source>
        <translation>À droite du graphique</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Résolution&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Police&#xa0;:</translation>
    </message>
    <message>
        <source>Font si&amp;ze:</source>
        <translation>Taille de poli&amp;ce&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Palette:</source>
        <translation>P&amp;alette&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Legend:</source>
        <translation>&amp;Légende&#xa0;:</translation>
    </message>
    <message>
        <source>Single column (89 mm)</source>
        <translation>Une colonne (89 mm)</translation>
    </message>
    <message>
        <source>1.5 column (120 mm)</source>
        <translation>1,5 colonne (120 mm)</translation>
    </message>
    <message>
        <source>Double column (183 mm)</source>
        <translation>Deux colonnes (183 mm)</translation>
    </message>
    <message>
        <source>Slide 16:9 (254 mm)</source>
        <translation>Diapositive 16:9 (254 mm)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>in</source>
        <translation>po</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <source>The project has no scenario to draw.</source>
        <translation>Le projet ne contient aucun scénario à représenter.</translation>
    </message>
    <message>
        <source>%1 × %2 mm = %3 × %4 in; PNG %5 × %6 pixels</source>
        <translation>%1 × %2 mm = %3 × %4 po&#x202f;; PNG %5 × %6 pixels</translation>
    </message>
    <message>
        <source>Export Figure</source>
        <translation>Exporter la figure</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;SVG (*.svg);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;SVG (*.svg);;Image PNG (*.png)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
</context>
<context>
    <name>aicarbon::MainWindow</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Échec de l&apos;enregistrement automatique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Catalog data %1 (%2)</source>
        <translation>Données du catalogue %1 (%2)</translation>
    </message>
    <message>
        <source>Your own catalog (%1) could not be opened: %2
The app works with the shipped catalog only until this is resolved.</source>
        <translation>Votre propre catalogue (%1) n&apos;a pas pu être ouvert&#xa0;: %2
L&apos;application n&apos;utilise que le catalogue fourni tant que le problème n&apos;est pas résolu.</translation>
    </message>
    <message>
        <source>Your own catalog could not be read (%1). It was moved aside, unchanged, to
%2
and a new, empty one was started.</source>
        <translation>Votre propre catalogue n&apos;a pas pu être lu (%1). Il a été mis de côté, sans modification, dans
%2
et un nouveau catalogue vide a été créé.</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>&amp;Scénario</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>&amp;What if</source>
        <translation>E&amp;t si&#x202f;?</translation>
    </message>
    <message>
        <source>Se&amp;nsitivity</source>
        <translation>Se&amp;nsibilité</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Données</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <source>Export &amp;Figure…</source>
        <translation>Exporter une &amp;figure…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Add Scenario</source>
        <translation>A&amp;jouter un scénario</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Duplicate Scenario</source>
        <translation>&amp;Dupliquer le scénario</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>De&amp;lete Scenario</source>
        <translation>&amp;Supprimer le scénario</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>Set as &amp;Baseline</source>
        <translation>Dé&amp;finir comme référence</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Methodology</source>
        <translation>&amp;Méthodologie</translation>
    </message>
    <message>
        <source>&amp;Data Sources and Licences</source>
        <translation>&amp;Sources des données et licences</translation>
    </message>
    <message>
        <source>&amp;About AI Carbon Planner</source>
        <translation>À &amp;propos d&apos;AI Carbon Planner</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Impossible d&apos;ouvrir %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;The file was not opened; your current project is unchanged.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le fichier n&apos;a pas été ouvert&#x202f;; votre projet actuel n&apos;a pas changé.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Projet sans titre</translation>
    </message>
    <message>
        <source>Scenario 1</source>
        <translation>Scénario 1</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2
The previous file is unchanged.</source>
        <translation>%1 n&apos;a pas pu être enregistré&#xa0;: %2
Le fichier précédent n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Discard your changes and reload %1?</source>
        <translation>Abandonner vos modifications et recharger %1&#x202f;?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The project has unsaved changes. Save them?</source>
        <translation>Le projet contient des modifications non enregistrées. Les enregistrer&#x202f;?</translation>
    </message>
    <message>
        <source>%1[*] — AI Carbon Planner</source>
        <translation>%1[*] — AI Carbon Planner</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Méthodologie</translation>
    </message>
    <message>
        <source>About AI Carbon Planner</source>
        <translation>À propos d&apos;AI Carbon Planner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;AI Carbon Planner %1&lt;/h3&gt;&lt;p&gt;Plan the time, energy, carbon and cost of a machine-learning training run before you launch it.&lt;/p&gt;&lt;p&gt;Catalog data %2 (%3). Works offline.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later. Charts by QCustomPlot (GPL). The data keep their sources&apos; licences: see Help → Data Sources and Licences.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AI Carbon Planner %1&lt;/h3&gt;&lt;p&gt;Planifiez la durée, l&apos;énergie, le carbone et le coût d&apos;un entraînement d&apos;apprentissage automatique avant de le lancer.&lt;/p&gt;&lt;p&gt;Données du catalogue %2 (%3). Fonctionne hors ligne.&lt;/p&gt;&lt;p&gt;Distribué sous licence GNU General Public License, version 3 ou ultérieure. Graphiques réalisés avec QCustomPlot (GPL). Les données conservent les licences de leurs sources&#xa0;: voir Aide → Sources des données et licences.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>aicarbon::MethodsDialog</name>
    <message>
        <source>Methods Paragraph</source>
        <translation>Paragraphe Méthodes</translation>
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
        <translation>&amp;Copier dans le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Save .&amp;bib…</source>
        <translation>Enregistrer le .&amp;bib…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>Save Methods Paragraph</source>
        <translation>Enregistrer le paragraphe Méthodes</translation>
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
        <translation>Enregistrer la bibliographie</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Total parameters</source>
        <translation>Nombre total de paramètres</translation>
    </message>
    <message>
        <source>Active
parameters</source>
        <translation>Paramètres
actifs</translation>
    </message>
    <message>
        <source>Parameters used per token (mixture of experts)</source>
        <translation>Paramètres utilisés par jeton (mélange d&apos;experts)</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>d_model</source>
        <translation>d_model</translation>
    </message>
    <message>
        <source>Width of the residual stream</source>
        <translation>Largeur du flux résiduel</translation>
    </message>
    <message>
        <source>Context
tokens</source>
        <translation>Contexte
(jetons)</translation>
    </message>
    <message>
        <source>Context length in tokens</source>
        <translation>Longueur de contexte en jetons</translation>
    </message>
    <message>
        <source>Training
tokens</source>
        <translation>Jetons
d&apos;entraînement</translation>
    </message>
    <message>
        <source>Tokens seen in training</source>
        <translation>Jetons vus pendant l&apos;entraînement</translation>
    </message>
    <message>
        <source>Published run on</source>
        <translation>Entraînement publié sur</translation>
    </message>
    <message>
        <source>Device of the published training run</source>
        <translation>Processeur de l&apos;entraînement publié</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Processeurs</translation>
    </message>
    <message>
        <source>Number of devices of the published training run</source>
        <translation>Nombre de processeurs de l&apos;entraînement publié</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Family: %1</source>
        <translation>Famille&#xa0;: %1</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>Identifiant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Parameters: %1</source>
        <translation>Paramètres&#xa0;: %1</translation>
    </message>
    <message>
        <source>Training tokens: %1</source>
        <translation>Jetons d&apos;entraînement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Heads: %1, vocabulary: %2</source>
        <translation>Têtes&#xa0;: %1, vocabulaire&#xa0;: %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>aicarbon::OptionalNumberField</name>
    <message>
        <source>Give this input an uncertainty range (low, high and distribution)</source>
        <translation>Donner une plage d&apos;incertitude à cette entrée (borne basse, borne haute et loi)</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>la valeur par défaut</translation>
    </message>
    <message>
        <source>%1; the estimate still uses %2</source>
        <translation>%1&#x202f;; l&apos;estimation utilise toujours %2</translation>
    </message>
</context>
<context>
    <name>aicarbon::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Automatic (g, kg, t or kt by size)</source>
        <translation>Automatique (g, kg, t ou kt selon la taille)</translation>
    </message>
    <message>
        <source>Kilograms (kg)</source>
        <translation>Kilogrammes (kg)</translation>
    </message>
    <message>
        <source>Tonnes (t)</source>
        <translation>Tonnes (t)</translation>
    </message>
    <message>
        <source>Pounds (lb)</source>
        <translation>Livres (lb)</translation>
    </message>
    <message>
        <source>Automatic (kWh, MWh, GWh or TWh by size)</source>
        <translation>Automatique (kWh, MWh, GWh ou TWh selon la taille)</translation>
    </message>
    <message>
        <source>Kilowatt-hours (kWh)</source>
        <translation>Kilowattheures (kWh)</translation>
    </message>
    <message>
        <source>Megawatt-hours (MWh)</source>
        <translation>Mégawattheures (MWh)</translation>
    </message>
    <message>
        <source>&amp;Mass of CO₂e:</source>
        <translation>&amp;Masse de CO₂e&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Energy:</source>
        <translation>É&amp;nergie&#xa0;:</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Okabe–Ito (colour-blind safe)</source>
        <translation>Okabe–Ito (adaptée au daltonisme)</translation>
    </message>
    <message>
        <source>Tol bright (colour-blind safe)</source>
        <translation>Tol bright (adaptée au daltonisme)</translation>
    </message>
    <message>
        <source>Grayscale (for print)</source>
        <translation>Niveaux de gris (pour l&apos;impression)</translation>
    </message>
    <message>
        <source>Scenario &amp;colours:</source>
        <translation>&amp;Couleurs des scénarios&#xa0;:</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Incertitude</translation>
    </message>
    <message>
        <source>&amp;Show 90% intervals, error bars and the sensitivity of each scenario</source>
        <translation>&amp;Afficher les intervalles à 90&#xa0;%, les barres d&apos;erreur et la sensibilité de chaque scénario</translation>
    </message>
    <message>
        <source>Give inputs left at their defaults a documented &amp;range</source>
        <translation>Attribuer une &amp;plage documentée aux entrées laissées à leur valeur par défaut</translation>
    </message>
    <message>
        <source>MFU 0.20–0.46, power 60–100 % of TDP, host power up to the DGX nameplate share, grid intensity across catalog sources (methodology §13.2). Off: only the ranges you give count.</source>
        <translation>MFU 0,20–0,46, puissance 60–100&#xa0;% du TDP, puissance de l&apos;hôte jusqu&apos;à la part nominale DGX, intensité du réseau selon les sources du catalogue (méthodologie, §&#xa0;13.2). Désactivé&#xa0;: seules les plages que vous indiquez comptent.</translation>
    </message>
    <message>
        <source>Defaults for new scenarios</source>
        <translation>Valeurs par défaut des nouveaux scénarios</translation>
    </message>
    <message>
        <source>engine default (%1)</source>
        <translation>valeur par défaut du moteur (%1)</translation>
    </message>
    <message>
        <source>from the catalog</source>
        <translation>d&apos;après le catalogue</translation>
    </message>
    <message>
        <source>Empty: the engine&apos;s default, %1 (Llama 3 measured 38–43 % on H100).</source>
        <translation>Vide&#xa0;: la valeur par défaut du moteur, %1 (Llama 3 a mesuré 38–43&#xa0;% sur H100).</translation>
    </message>
    <message>
        <source>Empty: the provider&apos;s PUE from the catalog, else the world average %1 (Uptime Institute 2024).</source>
        <translation>Vide&#xa0;: le PUE du fournisseur d&apos;après le catalogue, sinon la moyenne mondiale %1 (Uptime Institute 2024).</translation>
    </message>
    <message>
        <source>Model FLOPs &amp;utilization:</source>
        <translation>&amp;Utilisation des FLOP du modèle (MFU)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;PUE:</source>
        <translation>PU&amp;E&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>MFU must be a number above 0 and at most 1 (e.g. %1), or empty.</source>
        <translation>Le MFU doit être un nombre supérieur à 0 et d&apos;au plus 1 (p. ex. %1), ou vide.</translation>
    </message>
    <message>
        <source>PUE must be a number of at least 1 (e.g. %1), or empty.</source>
        <translation>Le PUE doit être un nombre d&apos;au moins 1 (p. ex. %1), ou vide.</translation>
    </message>
</context>
<context>
    <name>aicarbon::RangeEditor</name>
    <message>
        <source>low bound</source>
        <translation>borne basse</translation>
    </message>
    <message>
        <source>high bound</source>
        <translation>borne haute</translation>
    </message>
    <message>
        <source>uniform</source>
        <translation>uniforme</translation>
    </message>
    <message>
        <source>triangular</source>
        <translation>triangulaire</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normale</translation>
    </message>
    <message>
        <source>lognormal</source>
        <translation>log-normale</translation>
    </message>
    <message>
        <source>Uniform: every value between the bounds equally likely. Triangular: most likely at the field&apos;s value. Normal: centred on the value, σ = (high − low)/3.29, cut at the bounds. Lognormal: the bounds are the 5% and 95% quantiles around the value.</source>
        <translation>Uniforme&#xa0;: toutes les valeurs entre les bornes sont équiprobables. Triangulaire&#xa0;: valeur la plus probable à celle du champ. Normale&#xa0;: centrée sur la valeur, σ = (haute − basse)/3,29, tronquée aux bornes. Log-normale&#xa0;: les bornes sont les quantiles à 5&#xa0;% et 95&#xa0;% autour de la valeur.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the range: the input counts as exactly known again</source>
        <translation>Retirer la plage&#xa0;: l&apos;entrée est de nouveau considérée comme exactement connue</translation>
    </message>
    <message>
        <source>Low bound: %1</source>
        <translation>Borne basse&#xa0;: %1</translation>
    </message>
    <message>
        <source>High bound: %1</source>
        <translation>Borne haute&#xa0;: %1</translation>
    </message>
    <message>
        <source>The low bound must be below the high bound.</source>
        <translation>La borne basse doit être inférieure à la borne haute.</translation>
    </message>
    <message>
        <source>Give the field a value first: the range is drawn around it.</source>
        <translation>Donnez d&apos;abord une valeur au champ&#xa0;: la plage est définie autour d&apos;elle.</translation>
    </message>
    <message>
        <source>The range must contain the field&apos;s value, %1.</source>
        <translation>La plage doit contenir la valeur du champ, %1.</translation>
    </message>
    <message>
        <source>A lognormal range needs a positive low bound.</source>
        <translation>Une plage log-normale exige une borne basse positive.</translation>
    </message>
</context>
<context>
    <name>aicarbon::RegionTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>The id scenario files and aicarbon-cli use</source>
        <translation>L&apos;identifiant utilisé par les fichiers de scénario et aicarbon-cli</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-2 code</source>
        <translation>Code ISO 3166-1 alpha-2</translation>
    </message>
    <message>
        <source>Intensity
g/kWh</source>
        <translation>Intensité
g/kWh</translation>
    </message>
    <message>
        <source>Grid carbon intensity used by default: the primary series&apos; latest year</source>
        <translation>Intensité carbone du réseau utilisée par défaut&#xa0;: la dernière année de la série principale</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Year of the intensity value</source>
        <translation>Année de la valeur d&apos;intensité</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Lifecycle includes upstream emissions of the fuels; direct counts combustion only</source>
        <translation>Le cycle de vie inclut les émissions amont des combustibles&#x202f;; la base directe ne compte que la combustion</translation>
    </message>
    <message>
        <source>Carbon-free
%</source>
        <translation>Décarboné
%</translation>
    </message>
    <message>
        <source>Share of carbon-free electricity, where the source gives it</source>
        <translation>Part d&apos;électricité décarbonée, lorsque la source l&apos;indique</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Source of the intensity value</source>
        <translation>Source de la valeur d&apos;intensité</translation>
    </message>
    <message>
        <source>World</source>
        <translation>Monde</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>State/province</source>
        <translation>État/province</translation>
    </message>
    <message>
        <source>Grid zone</source>
        <translation>Zone de réseau</translation>
    </message>
    <message>
        <source>lifecycle</source>
        <translation>cycle de vie</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>directe</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>vous-même</translation>
    </message>
    <message>
        <source>No intensity value</source>
        <translation>Aucune valeur d&apos;intensité</translation>
    </message>
    <message>
        <source> (your own entry)</source>
        <translation> (votre propre entrée)</translation>
    </message>
    <message>
        <source>Id: %1 (%2)</source>
        <translation>Identifiant&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Part of: %1</source>
        <translation>Fait partie de&#xa0;: %1</translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation>Autres noms&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 g/kWh in %2 (%3)</source>
        <translation>%1 g/kWh en %2 (%3)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>aicarbon::ReportActions</name>
    <message>
        <source>Export &amp;Table…</source>
        <translation>Exporter le &amp;tableau…</translation>
    </message>
    <message>
        <source>&amp;Methods Paragraph…</source>
        <translation>&amp;Paragraphe Méthodes…</translation>
    </message>
    <message>
        <source>Export Reproducibility &amp;Bundle…</source>
        <translation>Exporter le &amp;dossier de reproductibilité…</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>LaTeX table (*.tex)</source>
        <translation>Tableau LaTeX (*.tex)</translation>
    </message>
    <message>
        <source>Markdown table (*.md)</source>
        <translation>Tableau Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Exporter le tableau</translation>
    </message>
    <message>
        <source>Export Reproducibility Bundle</source>
        <translation>Exporter le dossier de reproductibilité</translation>
    </message>
</context>
<context>
    <name>aicarbon::ScenarioListDock</name>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a new scenario</source>
        <translation>Ajouter un nouveau scénario</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Duplicate the selected scenario</source>
        <translation>Dupliquer le scénario sélectionné</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected scenario</source>
        <translation>Supprimer le scénario sélectionné</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the scenario up</source>
        <translation>Monter le scénario</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the scenario down</source>
        <translation>Descendre le scénario</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Compare every scenario against this one</source>
        <translation>Comparer tous les scénarios à celui-ci</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Scénario %1</translation>
    </message>
</context>
<context>
    <name>aicarbon::ScenarioListModel</name>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1 (référence)</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Total: %1 CO2e</source>
        <translation>Total&#xa0;: %1 CO2e</translation>
    </message>
</context>
<context>
    <name>aicarbon::SensitivityView</name>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Plage</translation>
    </message>
    <message>
        <source>CO₂e at low</source>
        <translation>CO₂e (borne basse)</translation>
    </message>
    <message>
        <source>CO₂e at high</source>
        <translation>CO₂e (borne haute)</translation>
    </message>
    <message>
        <source>Swing</source>
        <translation>Amplitude</translation>
    </message>
    <message>
        <source>Variance share Sᵢ</source>
        <translation>Part de variance Sᵢ</translation>
    </message>
    <message>
        <source>Total share Sₜᵢ</source>
        <translation>Part totale Sₜᵢ</translation>
    </message>
    <message>
        <source>Source of the range</source>
        <translation>Source de la plage</translation>
    </message>
    <message>
        <source>Input at its low bound</source>
        <translation>Entrée à sa borne basse</translation>
    </message>
    <message>
        <source>Input at its high bound</source>
        <translation>Entrée à sa borne haute</translation>
    </message>
    <message>
        <source>Which input matters for %1?</source>
        <translation>Quelle entrée compte pour %1&#x202f;?</translation>
    </message>
    <message>
        <source>No scenario</source>
        <translation>Aucun scénario</translation>
    </message>
    <message>
        <source>Add or select a scenario.</source>
        <translation>Ajoutez ou sélectionnez un scénario.</translation>
    </message>
    <message>
        <source>Uncertainty is switched off in Preferences.</source>
        <translation>L&apos;incertitude est désactivée dans les Préférences.</translation>
    </message>
    <message>
        <source>The scenario has errors; correct them first.</source>
        <translation>Le scénario comporte des erreurs&#x202f;; corrigez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>No input of this scenario has a range. Give a field a range in the editor (the ± button), or switch on default ranges in Preferences.</source>
        <translation>Aucune entrée de ce scénario n&apos;a de plage. Attribuez une plage à un champ dans l&apos;éditeur (bouton ±) ou activez les plages par défaut dans les Préférences.</translation>
    </message>
    <message>
        <source>Total CO₂e %1 (%2, 90% interval, %3 draws). Each bar moves one input from its low to its high bound with the others at their central values; the variance share says how much of the spread that input explains alone.</source>
        <translation>CO₂e total %1 (%2, intervalle à 90&#xa0;%, %3 tirages). Chaque barre fait passer une entrée de sa borne basse à sa borne haute, les autres restant à leur valeur centrale&#x202f;; la part de variance indique quelle part de la dispersion cette entrée explique à elle seule.</translation>
    </message>
    <message>
        <source>Total emissions (%1 CO₂e)</source>
        <translation>Émissions totales (%1 CO₂e)</translation>
    </message>
    <message>
        <source>default range</source>
        <translation>plage par défaut</translation>
    </message>
    <message>
        <source>your range</source>
        <translation>votre plage</translation>
    </message>
    <message>
        <source>%1 to %2, %3 (%4)</source>
        <translation>%1 à %2, %3 (%4)</translation>
    </message>
    <message>
        <source>this scenario</source>
        <translation>ce scénario</translation>
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
        <translation>Région</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Processeur</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>g CO₂e/kWh</source>
        <translation>g CO₂e/kWh</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Wall-clock</source>
        <translation>Durée réelle</translation>
    </message>
    <message>
        <source>Facility energy</source>
        <translation>Énergie du site</translation>
    </message>
    <message>
        <source>Total CO₂e</source>
        <translation>CO₂e total</translation>
    </message>
    <message>
        <source>Pareto front</source>
        <translation>Front de Pareto</translation>
    </message>
    <message>
        <source>vs current</source>
        <translation>vs actuel</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (actuel)</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>réseau</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Grid intensity: %1 gCO₂e/kWh, %2</source>
        <translation>Intensité du réseau&#xa0;: %1 gCO₂e/kWh, %2</translation>
    </message>
    <message>
        <source>PUE: %1</source>
        <translation>PUE&#xa0;: %1</translation>
    </message>
    <message>
        <source>Wall-clock time: %1 h</source>
        <translation>Durée réelle&#xa0;: %1 h</translation>
    </message>
    <message>
        <source>Facility energy: %1 kWh</source>
        <translation>Énergie du site&#xa0;: %1 kWh</translation>
    </message>
    <message>
        <source>Total emissions: %1 kg CO₂e</source>
        <translation>Émissions totales&#xa0;: %1 kg CO₂e</translation>
    </message>
    <message>
        <source>Compared with the current scenario: %1</source>
        <translation>Par rapport au scénario actuel&#xa0;: %1</translation>
    </message>
    <message>
        <source>direct (provider)</source>
        <translation>directe (fournisseur)</translation>
    </message>
    <message>
        <source>lifecycle</source>
        <translation>cycle de vie</translation>
    </message>
    <message>
        <source>as given</source>
        <translation>telle qu&apos;indiquée</translation>
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
        <translation>CO2e, basé sur le marché</translation>
    </message>
    <message>
        <source>Energy, facility</source>
        <translation>Énergie, site</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Durée réelle</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>%1 (%2, 90% interval)</source>
        <translation>%1 (%2, intervalle à 90&#xa0;%)</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Incertitude</translation>
    </message>
    <message>
        <source>Computing the 90% intervals…</source>
        <translation>Calcul des intervalles à 90&#xa0;%…</translation>
    </message>
    <message>
        <source>No intervals: %1</source>
        <translation>Pas d&apos;intervalles&#xa0;: %1</translation>
    </message>
    <message>
        <source>No intervals.</source>
        <translation>Pas d&apos;intervalles.</translation>
    </message>
    <message>
        <source>not priced</source>
        <translation>non chiffré</translation>
    </message>
    <message>
        <source>No input has a range, so these are point estimates. Give a field a range, or switch on the default ranges in Preferences.</source>
        <translation>Aucune entrée n&apos;a de plage&#xa0;: ce sont donc des estimations ponctuelles. Attribuez une plage à un champ ou activez les plages par défaut dans les Préférences.</translation>
    </message>
    <message>
        <source>%1 draws; uncertain inputs: %2, of which %3 with a default range. The Sensitivity tab shows which input matters most.</source>
        <translation>%1 tirages&#x202f;; entrées incertaines&#xa0;: %2, dont %3 avec une plage par défaut. L&apos;onglet Sensibilité montre quelle entrée compte le plus.</translation>
    </message>
</context>
<context>
    <name>aicarbon::UserDeviceDialog</name>
    <message>
        <source>Add a device</source>
        <translation>Ajouter un processeur</translation>
    </message>
    <message>
        <source>Edit your device</source>
        <translation>Modifier votre processeur</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Processeur</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. acme-x100 (used in scenario files)</source>
        <translation>p. ex. acme-x100 (utilisé dans les fichiers de scénario)</translation>
    </message>
    <message>
        <source>The id cannot change. To rename, add a new device and delete this one.</source>
        <translation>L&apos;identifiant ne peut pas changer. Pour renommer, ajoutez un nouveau processeur et supprimez celui-ci.</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>&amp;Fabricant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
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
        <translation>Autre accélérateur</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>Release &amp;year:</source>
        <translation>&amp;Année de sortie&#xa0;:</translation>
    </message>
    <message>
        <source>Power and memory</source>
        <translation>Puissance et mémoire</translation>
    </message>
    <message>
        <source>&amp;TDP:</source>
        <translation>&amp;TDP&#xa0;:</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>I&amp;dle power:</source>
        <translation>Puissance au &amp;repos&#xa0;:</translation>
    </message>
    <message>
        <source>Vendor datasheet</source>
        <translation>Fiche technique du fabricant</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesurées</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimées</translation>
    </message>
    <message>
        <source>Power &amp;figures:</source>
        <translation>Valeurs de &amp;puissance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>&amp;Mémoire&#xa0;:</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>Go</translation>
    </message>
    <message>
        <source>&amp;Embodied:</source>
        <translation>Fa&amp;brication&#xa0;:</translation>
    </message>
    <message>
        <source>kg CO₂e</source>
        <translation>kg CO₂e</translation>
    </message>
    <message>
        <source>&amp;Source notes:</source>
        <translation>Notes sur la &amp;source&#xa0;:</translation>
    </message>
    <message>
        <source>where these figures come from</source>
        <translation>origine de ces valeurs</translation>
    </message>
    <message>
        <source>Dense peak rates (without sparsity)</source>
        <translation>Performances crête denses (sans parcimonie)</translation>
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
        <translation>Saisissez un nombre ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>You already have a device with this id; saving replaces it.</source>
        <translation>Vous avez déjà un processeur avec cet identifiant&#x202f;; l&apos;enregistrement le remplacera.</translation>
    </message>
    <message>
        <source>A shipped device has this id; yours will be used instead of it in every estimate.</source>
        <translation>Un processeur fourni a cet identifiant&#x202f;; le vôtre sera utilisé à sa place dans toutes les estimations.</translation>
    </message>
</context>
<context>
    <name>aicarbon::UserRegionDialog</name>
    <message>
        <source>Add a region</source>
        <translation>Ajouter une région</translation>
    </message>
    <message>
        <source>Edit your region</source>
        <translation>Modifier votre région</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. MY-DATACENTRE (used in scenario files)</source>
        <translation>p. ex. MON-DATACENTRE (utilisé dans les fichiers de scénario)</translation>
    </message>
    <message>
        <source>The id cannot change. To rename, add a new region and delete this one.</source>
        <translation>L&apos;identifiant ne peut pas changer. Pour renommer, ajoutez une nouvelle région et supprimez celle-ci.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Grid zone</source>
        <translation>Zone de réseau</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>State/province</source>
        <translation>État/province</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Country code:</source>
        <translation>&amp;Code pays&#xa0;:</translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-2, e.g. DE</source>
        <translation>ISO 3166-1 alpha-2, p. ex. DE</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>&amp;Fait partie de&#xa0;:</translation>
    </message>
    <message>
        <source>id of the enclosing region, optional</source>
        <translation>identifiant de la région englobante, facultatif</translation>
    </message>
    <message>
        <source>&amp;Also known as:</source>
        <translation>&amp;Autres noms&#xa0;:</translation>
    </message>
    <message>
        <source>other names, separated by ;</source>
        <translation>autres noms, séparés par&#x202f;;</translation>
    </message>
    <message>
        <source>Grid carbon intensity</source>
        <translation>Intensité carbone du réseau</translation>
    </message>
    <message>
        <source>&amp;Intensity:</source>
        <translation>Inten&amp;sité&#xa0;:</translation>
    </message>
    <message>
        <source>g CO₂e/kWh</source>
        <translation>g CO₂e/kWh</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>Anné&amp;e&#xa0;:</translation>
    </message>
    <message>
        <source>Lifecycle (includes upstream emissions)</source>
        <translation>Cycle de vie (inclut les émissions amont)</translation>
    </message>
    <message>
        <source>Direct (combustion only)</source>
        <translation>Directe (combustion seule)</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Base&#xa0;:</translation>
    </message>
    <message>
        <source>Carbon-&amp;free share:</source>
        <translation>&amp;Part décarbonée&#xa0;:</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Saisissez un nombre.</translation>
    </message>
    <message>
        <source>You already have a region with this id; saving replaces it.</source>
        <translation>Vous avez déjà une région avec cet identifiant&#x202f;; l&apos;enregistrement la remplacera.</translation>
    </message>
    <message>
        <source>A shipped region has this id; yours will be used instead of it in every estimate.</source>
        <translation>Une région fournie a cet identifiant&#x202f;; la vôtre sera utilisée à sa place dans toutes les estimations.</translation>
    </message>
</context>
<context>
    <name>aicarbon::WhatIfView</name>
    <message>
        <source>&amp;Regions</source>
        <translation>&amp;Régions</translation>
    </message>
    <message>
        <source>&amp;Hardware</source>
        <translation>&amp;Matériel</translation>
    </message>
    <message>
        <source>Create &amp;scenario from this region</source>
        <translation>Créer un &amp;scénario depuis cette région</translation>
    </message>
    <message>
        <source>Adds a copy of the scenario moved to the selected region</source>
        <translation>Ajoute une copie du scénario déplacée dans la région sélectionnée</translation>
    </message>
    <message>
        <source>Lowest emissions</source>
        <translation>Émissions les plus faibles</translation>
    </message>
    <message>
        <source>Highest emissions</source>
        <translation>Émissions les plus élevées</translation>
    </message>
    <message>
        <source>Name, id or country</source>
        <translation>Nom, identifiant ou pays</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Affic&amp;her</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Chercher</translation>
    </message>
    <message>
        <source>Create &amp;scenario from this device</source>
        <translation>Créer un &amp;scénario depuis ce processeur</translation>
    </message>
    <message>
        <source>Adds a copy of the scenario on the selected device</source>
        <translation>Ajoute une copie du scénario sur le processeur sélectionné</translation>
    </message>
    <message>
        <source>Every device of the catalog (CPUs left out), same workload, region and device count.</source>
        <translation>Tous les processeurs du catalogue (hors CPU), même charge de travail, même région et même nombre de processeurs.</translation>
    </message>
    <message>
        <source>Lifecycle grid intensity</source>
        <translation>Intensité du réseau (cycle de vie)</translation>
    </message>
    <message>
        <source>Direct-emissions intensity</source>
        <translation>Intensité (émissions directes)</translation>
    </message>
    <message>
        <source>Current region</source>
        <translation>Région actuelle</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Processeurs</translation>
    </message>
    <message>
        <source>Pareto front (no device both faster and cleaner)</source>
        <translation>Front de Pareto (aucun processeur à la fois plus rapide et moins émetteur)</translation>
    </message>
    <message>
        <source>Current device</source>
        <translation>Processeur actuel</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Scénario %1</translation>
    </message>
    <message>
        <source>No scenario selected: add or select a scenario to see where and on what it would emit least.</source>
        <translation>Aucun scénario sélectionné&#xa0;: ajoutez ou sélectionnez un scénario pour voir où et sur quel matériel il émettrait le moins.</translation>
    </message>
    <message>
        <source>now %1, %2 in %3</source>
        <translation>actuellement %1, %2, région %3</translation>
    </message>
    <message>
        <source>the scenario itself cannot be estimated yet</source>
        <translation>le scénario lui-même ne peut pas encore être estimé</translation>
    </message>
    <message>
        <source>What if “%1” ran in another region or on other hardware? (%2)</source>
        <translation>Et si «&#xa0;%1&#xa0;» tournait dans une autre région ou sur un autre matériel&#x202f;? (%2)</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>Electricity grids</source>
        <translation>Réseaux électriques</translation>
    </message>
    <message>
        <source>Cloud: %1</source>
        <translation>Cloud&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (actuel)</translation>
    </message>
    <message>
        <source>Total emissions if run there (%1 CO₂e)</source>
        <translation>Émissions totales dans cette région (%1 CO₂e)</translation>
    </message>
    <message>
        <source>Intensity bases differ: hatched bars and “direct” rows count direct (combustion) emissions only, as cloud providers such as Google publish them; the others are lifecycle grid intensities, higher for the same grid. Compare the two with care.</source>
        <translation>Les bases d&apos;intensité diffèrent&#xa0;: les barres hachurées et les lignes «&#xa0;directe&#xa0;» ne comptent que les émissions directes (combustion), telles que les publient des fournisseurs cloud comme Google&#x202f;; les autres sont des intensités du réseau en cycle de vie, plus élevées pour un même réseau. Comparez les deux avec prudence.</translation>
    </message>
    <message>
        <source>Regions where the scenario cannot be estimated (e.g. no grid intensity for its year) are left out: %1.</source>
        <translation>Les régions où le scénario ne peut pas être estimé (p. ex. pas d&apos;intensité du réseau pour son année) sont exclues&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 regions, ranked by total emissions (# = rank among all).</source>
        <translation>%1 régions affichées sur %2, classées par émissions totales (# = rang parmi toutes).</translation>
    </message>
    <message>
        <source>Wall-clock time, final run (%1)</source>
        <translation>Durée réelle, entraînement final (%1)</translation>
    </message>
    <message>
        <source>Total emissions (%1 CO₂e)</source>
        <translation>Émissions totales (%1 CO₂e)</translation>
    </message>
    <message>
        <source>The stepped line is the Pareto front: for the devices on it, no other device is both faster and lower-emitting.</source>
        <translation>La ligne en escalier est le front de Pareto&#xa0;: pour les processeurs qui s&apos;y trouvent, aucun autre processeur n&apos;est à la fois plus rapide et moins émetteur.</translation>
    </message>
    <message>
        <source>Devices the scenario cannot be estimated on (e.g. no peak throughput at its precision) are left out: %1.</source>
        <translation>Les processeurs sur lesquels le scénario ne peut pas être estimé (p. ex. pas de débit crête à sa précision) sont exclus&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan the time, energy, carbon and cost of machine-learning training runs.</source>
        <translation>Planifiez la durée, l&apos;énergie, le carbone et le coût des entraînements d&apos;apprentissage automatique.</translation>
    </message>
    <message>
        <source>Load the example, draw every view once, print the time to first full draw and exit.</source>
        <translation>Charger l&apos;exemple, dessiner chaque vue une fois, afficher le temps jusqu&apos;au premier rendu complet et quitter.</translation>
    </message>
    <message>
        <source>With --smoke-test: save a PNG of every view.</source>
        <translation>Avec --smoke-test&#xa0;: enregistrer un PNG de chaque vue.</translation>
    </message>
    <message>
        <source>Use another catalog file.</source>
        <translation>Utiliser un autre fichier de catalogue.</translation>
    </message>
    <message>
        <source>A project to open.</source>
        <translation>Un projet à ouvrir.</translation>
    </message>
    <message>
        <source>The reference catalog could not be read:
%1</source>
        <translation>Le catalogue de référence n&apos;a pas pu être lu&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Use this language for this session only (e.g. de, pt_BR, zh_CN).</source>
        <translation>Utiliser cette langue pour cette session uniquement (p. ex. de, pt_BR, zh_CN).</translation>
    </message>
</context>
</TS>
