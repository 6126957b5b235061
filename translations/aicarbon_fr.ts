<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AssumptionText</name>
    <message>
        <source>Catalog data version</source>
        <translation>Version des données du catalogue</translation>
    </message>
    <message>
        <source>Model preset</source>
        <translation>Préréglage de modèle</translation>
    </message>
    <message>
        <source>FLOPs per parameter per token</source>
        <translation>FLOP par paramètre et par jeton</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Active parameters (per token)</source>
        <translation>Paramètres actifs (par jeton)</translation>
    </message>
    <message>
        <source>Training compute</source>
        <translation>Calcul d&apos;entraînement</translation>
    </message>
    <message>
        <source>Training compute (k·N·D)</source>
        <translation>Calcul d&apos;entraînement (k·N·D)</translation>
    </message>
    <message>
        <source>Training tokens</source>
        <translation>Jetons d&apos;entraînement</translation>
    </message>
    <message>
        <source>Training tokens (dataset × epochs)</source>
        <translation>Jetons d&apos;entraînement (jeu de données × époques)</translation>
    </message>
    <message>
        <source>Training tokens (steps × batch × sequence length)</source>
        <translation>Jetons d&apos;entraînement (pas × lot × longueur de séquence)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Processeur</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Processeurs</translation>
    </message>
    <message>
        <source>Device-hours (accounting mode)</source>
        <translation>Heures-processeur (mode bilan)</translation>
    </message>
    <message>
        <source>Wall-clock hours (accounting mode)</source>
        <translation>Durée réelle en heures (mode bilan)</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Dense peak per device</source>
        <translation>Crête dense par processeur</translation>
    </message>
    <message>
        <source>Model FLOPs utilization</source>
        <translation>Taux d&apos;utilisation des FLOP du modèle (MFU)</translation>
    </message>
    <message>
        <source>Implied MFU (from the runtime)</source>
        <translation>MFU implicite (d&apos;après la durée)</translation>
    </message>
    <message>
        <source>Average power per device (measured)</source>
        <translation>Puissance moyenne par processeur (mesurée)</translation>
    </message>
    <message>
        <source>Average power per device (idle + u·(TDP − idle))</source>
        <translation>Puissance moyenne par processeur (repos + u·(TDP − repos))</translation>
    </message>
    <message>
        <source>Host power per device</source>
        <translation>Puissance de l&apos;hôte par processeur</translation>
    </message>
    <message>
        <source>TDP per device</source>
        <translation>TDP par processeur</translation>
    </message>
    <message>
        <source>Power utilization</source>
        <translation>Taux de charge</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Cloud region</source>
        <translation>Région cloud</translation>
    </message>
    <message>
        <source>Grid carbon intensity</source>
        <translation>Intensité carbone du réseau</translation>
    </message>
    <message>
        <source>Grid carbon intensity, %1 %2 (%3)</source>
        <translation>Intensité carbone du réseau, %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Carbon-free energy (market-based)</source>
        <translation>Énergie décarbonée (bilan basé sur le marché)</translation>
    </message>
    <message>
        <source>Carbon-free energy (provider CFE%)</source>
        <translation>Énergie décarbonée (CFE&#xa0;%, fournisseur)</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>PUE (global default)</source>
        <translation>PUE (valeur mondiale par défaut)</translation>
    </message>
    <message>
        <source>PUE (%1)</source>
        <translation>PUE (%1)</translation>
    </message>
    <message>
        <source>PUE (%1 fleet)</source>
        <translation>PUE (parc %1)</translation>
    </message>
    <message>
        <source>Search compute (in full runs)</source>
        <translation>Calcul de recherche (en entraînements complets)</translation>
    </message>
    <message>
        <source>Development multiplier</source>
        <translation>Multiplicateur de développement</translation>
    </message>
    <message>
        <source>Embodied emissions per device</source>
        <translation>Émissions de fabrication par processeur</translation>
    </message>
    <message>
        <source>Device lifetime</source>
        <translation>Durée de vie du processeur</translation>
    </message>
    <message>
        <source>Price per device-hour</source>
        <translation>Prix par heure-processeur</translation>
    </message>
    <message>
        <source>Carbon price per tonne</source>
        <translation>Prix du carbone par tonne</translation>
    </message>
</context>
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
    <name>DiagnosticText</name>
    <message>
        <source>%1 must be positive; found %2.</source>
        <translation>%1&#xa0;: une valeur strictement positive est attendue&#x202f;; valeur trouvée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 must be zero or positive; found %2.</source>
        <translation>%1&#xa0;: une valeur positive ou nulle est attendue&#x202f;; valeur trouvée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3; found %4.</source>
        <translation>%1&#xa0;: une valeur comprise entre %2 et %3 est attendue&#x202f;; valeur trouvée&#xa0;: %4.</translation>
    </message>
    <message>
        <source>%1 must be above %2 and at most %3; found %4.</source>
        <translation>%1&#xa0;: une valeur supérieure à %2 et d&apos;au plus %3 est attendue&#x202f;; valeur trouvée&#xa0;: %4.</translation>
    </message>
    <message>
        <source>%1 must be at most %2; found %3.</source>
        <translation>%1&#xa0;: une valeur d&apos;au plus %2 est attendue&#x202f;; valeur trouvée&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 must be at least %2; found %3.</source>
        <translation>%1&#xa0;: une valeur d&apos;au moins %2 est attendue&#x202f;; valeur trouvée&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 must be greater than %2; found %3.</source>
        <translation>%1&#xa0;: une valeur supérieure à %2 est attendue&#x202f;; valeur trouvée&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 is needed by this search method.</source>
        <translation>%1&#xa0;: valeur requise par cette méthode de recherche.</translation>
    </message>
    <message>
        <source>%1: the number is too large to represent.</source>
        <translation>%1&#xa0;: le nombre est trop grand pour être représenté.</translation>
    </message>
    <message>
        <source>%1 must be a whole number; found %2.</source>
        <translation>%1&#xa0;: un nombre entier est attendu&#x202f;; valeur trouvée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 must be one of %2; found “%3”.</source>
        <translation>%1&#xa0;: une valeur parmi %2 est attendue&#x202f;; valeur trouvée&#xa0;: «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>The low end %1 must not exceed the value %2.</source>
        <translation>La borne basse %1 ne doit pas dépasser la valeur %2.</translation>
    </message>
    <message>
        <source>The high end %1 must not be below the value %2.</source>
        <translation>La borne haute %1 ne doit pas être inférieure à la valeur %2.</translation>
    </message>
    <message>
        <source>A lognormal range needs a low end above zero; found %1.</source>
        <translation>Une plage log-normale exige une borne basse supérieure à zéro&#x202f;; valeur trouvée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 must be a number; found %2.</source>
        <translation>%1&#xa0;: un nombre est attendu&#x202f;; valeur trouvée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 must be a text; found %2.</source>
        <translation>%1&#xa0;: un texte est attendu&#x202f;; valeur trouvée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 must be true or false; found %2.</source>
        <translation>%1&#xa0;: une valeur booléenne (true ou false) est attendue&#x202f;; valeur trouvée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 must be an object; found %2.</source>
        <translation>%1&#xa0;: un objet est attendu&#x202f;; valeur trouvée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 must be a list; found %2.</source>
        <translation>%1&#xa0;: une liste est attendue&#x202f;; valeur trouvée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Each scenario must be an object; found %1.</source>
        <translation>Chaque scénario doit être un objet&#x202f;; valeur trouvée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1: a range needs a central value.</source>
        <translation>%1&#xa0;: une plage exige une valeur centrale.</translation>
    </message>
    <message>
        <source>%1: a range needs both a low and a high end.</source>
        <translation>%1&#xa0;: une plage exige une borne basse et une borne haute.</translation>
    </message>
    <message>
        <source>Successive halving needs the number of configurations.</source>
        <translation>Le successive halving exige le nombre de configurations.</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1&#xa0;: ce champ ne doit pas être vide.</translation>
    </message>
    <message>
        <source>This is not an AI Carbon Planner file: its format is “%1”.</source>
        <translation>Ce n&apos;est pas un fichier AI Carbon Planner&#xa0;: son format est «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>This is not an AI Carbon Planner file: it names no format.</source>
        <translation>Ce n&apos;est pas un fichier AI Carbon Planner&#xa0;: il n&apos;indique aucun format.</translation>
    </message>
    <message>
        <source>The file does not give its format version (expected %1).</source>
        <translation>Le fichier n&apos;indique pas la version de son format (version attendue&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Unknown format version %2; expected %1.</source>
        <translation>Version de format %2 inconnue&#x202f;; version attendue&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The file must hold a JSON object at the top level; found %1.</source>
        <translation>Le fichier doit contenir un objet JSON au premier niveau&#x202f;; valeur trouvée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A project needs a list of scenarios.</source>
        <translation>Un projet doit contenir une liste de scénarios.</translation>
    </message>
    <message>
        <source>This file uses format version %1, written by a newer AI Carbon Planner; this version reads version %2. Please update the application.</source>
        <translation>Ce fichier utilise la version de format %1, écrite par une version plus récente d&apos;AI Carbon Planner&#x202f;; cette version-ci lit la version %2. Veuillez mettre à jour l&apos;application.</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>Le fichier n&apos;est pas un JSON valide.</translation>
    </message>
    <message>
        <source>The file holds a number too large to represent.</source>
        <translation>Le fichier contient un nombre trop grand pour être représenté.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Le fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Unknown key “%1” is ignored.</source>
        <translation>La clé inconnue «&#xa0;%1&#xa0;» est ignorée.</translation>
    </message>
    <message>
        <source>Unknown model “%1”.</source>
        <translation>Modèle «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <source>Unknown model “%1”. Did you mean %2?</source>
        <translation>Modèle «&#xa0;%1&#xa0;» inconnu. Vouliez-vous dire %2&#x202f;?</translation>
    </message>
    <message>
        <source>Unknown device “%1”.</source>
        <translation>Processeur «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <source>Unknown device “%1”. Did you mean %2?</source>
        <translation>Processeur «&#xa0;%1&#xa0;» inconnu. Vouliez-vous dire %2&#x202f;?</translation>
    </message>
    <message>
        <source>Unknown region “%1”.</source>
        <translation>Région «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
    <message>
        <source>Unknown region “%1”. Did you mean %2?</source>
        <translation>Région «&#xa0;%1&#xa0;» inconnue. Vouliez-vous dire %2&#x202f;?</translation>
    </message>
    <message>
        <source>The device count must be a whole number; found %1.</source>
        <translation>Le nombre de processeurs doit être un nombre entier&#x202f;; valeur trouvée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Steps, batch size and sequence length must be given together (tokens = steps × batch size × sequence length).</source>
        <translation>Les pas, la taille de lot et la longueur de séquence doivent être indiqués ensemble (jetons = pas × taille de lot × longueur de séquence).</translation>
    </message>
    <message>
        <source>Wall-clock hours × device count differ from the device-hours by more than %1; the device-hours are used.</source>
        <translation>La durée réelle en heures × le nombre de processeurs s&apos;écarte des heures-processeur de plus de %1&#x202f;; les heures-processeur sont retenues.</translation>
    </message>
    <message>
        <source>A peak of %1 TFLOP/s is about twice the dense figure of %2 TFLOP/s: it looks like a sparsity figure; use the dense peak.</source>
        <translation>Une crête de %1 TFLOP/s vaut environ le double de la valeur dense de %2 TFLOP/s&#xa0;: elle ressemble à une valeur avec parcimonie&#x202f;; utilisez la crête dense.</translation>
    </message>
    <message>
        <source>An MFU of %1 is above %2; published large runs reach %3–%4.</source>
        <translation>Un MFU de %1 dépasse %2&#x202f;; les grands entraînements publiés atteignent %3–%4.</translation>
    </message>
    <message>
        <source>The MFU is not used when the runtime is given; it is reported as implied.</source>
        <translation>Le MFU n&apos;est pas utilisé lorsque la durée est indiquée&#x202f;; il est indiqué comme valeur implicite.</translation>
    </message>
    <message>
        <source>Cannot determine the training compute: give the training FLOPs, the parameters with the tokens (or a model preset), or the runtime.</source>
        <translation>Impossible de déterminer le calcul d&apos;entraînement&#xa0;: indiquez les FLOP d&apos;entraînement, les paramètres avec les jetons (ou un préréglage de modèle), ou la durée.</translation>
    </message>
    <message>
        <source>No dense peak is known for this device at this precision: enter the peak TFLOP/s or choose another precision.</source>
        <translation>Aucune crête dense n&apos;est connue pour ce processeur à cette précision&#xa0;: saisissez la crête en TFLOP/s ou choisissez une autre précision.</translation>
    </message>
    <message>
        <source>An average power of %1 W is above the TDP of %2 W (fine if it includes the host).</source>
        <translation>Une puissance moyenne de %1 W dépasse le TDP de %2 W (normal si elle inclut l&apos;hôte).</translation>
    </message>
    <message>
        <source>No TDP is known for this device: enter the average power or the TDP.</source>
        <translation>Aucun TDP n&apos;est connu pour ce processeur&#xa0;: saisissez la puissance moyenne ou le TDP.</translation>
    </message>
    <message>
        <source>No grid carbon intensity is known for region %1: choose another year or source, or enter the carbon intensity.</source>
        <translation>Aucune intensité carbone du réseau n&apos;est connue pour la région %1&#xa0;: choisissez une autre année ou une autre source, ou saisissez l&apos;intensité carbone.</translation>
    </message>
    <message>
        <source>No grid carbon intensity is known for region %1 in %2: choose another year or source, or enter the carbon intensity.</source>
        <translation>Aucune intensité carbone du réseau n&apos;est connue pour la région %1 en %2&#xa0;: choisissez une autre année ou une autre source, ou saisissez l&apos;intensité carbone.</translation>
    </message>
    <message>
        <source>No grid carbon intensity is known for region %1 from source %2: choose another year or source, or enter the carbon intensity.</source>
        <translation>Aucune intensité carbone du réseau n&apos;est connue pour la région %1 selon la source %2&#xa0;: choisissez une autre année ou une autre source, ou saisissez l&apos;intensité carbone.</translation>
    </message>
    <message>
        <source>No grid carbon intensity is known for region %1 in %2 from source %3: choose another year or source, or enter the carbon intensity.</source>
        <translation>Aucune intensité carbone du réseau n&apos;est connue pour la région %1 en %2 selon la source %3&#xa0;: choisissez une autre année ou une autre source, ou saisissez l&apos;intensité carbone.</translation>
    </message>
    <message>
        <source>Give a region or a carbon intensity.</source>
        <translation>Indiquez une région ou une intensité carbone.</translation>
    </message>
    <message>
        <source>A carbon intensity above %1 gCO2e/kWh is higher than any national grid.</source>
        <translation>Une intensité carbone supérieure à %1 gCO2e/kWh dépasse celle de tous les réseaux nationaux.</translation>
    </message>
    <message>
        <source>A PUE above %1 is unusual for a data centre today.</source>
        <translation>Un PUE supérieur à %1 est inhabituel aujourd&apos;hui pour un centre de données.</translation>
    </message>
    <message>
        <source>Trials are longer than the final run (fraction %1).</source>
        <translation>Les essais sont plus longs que l&apos;entraînement final (fraction %1).</translation>
    </message>
    <message>
        <source>No embodied emissions are known for this device: enter them per device (left out until then).</source>
        <translation>Aucune émission de fabrication n&apos;est connue pour ce processeur&#xa0;: indiquez-les par processeur (elles ne sont pas comptées d&apos;ici là).</translation>
    </message>
    <message>
        <source>The inputs are too large: a result is not a finite number.</source>
        <translation>Les entrées sont trop grandes&#xa0;: un résultat n&apos;est pas un nombre fini.</translation>
    </message>
    <message>
        <source>The BF16 peak must not be below the FP32 peak.</source>
        <translation>La crête BF16 ne doit pas être inférieure à la crête FP32.</translation>
    </message>
    <message>
        <source>%1: a range needs a numeric input with a value; it is ignored.</source>
        <translation>%1&#xa0;: une plage exige une entrée numérique ayant une valeur&#x202f;; elle est ignorée.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Processeur</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Carbon intensity source</source>
        <translation>Source de l&apos;intensité carbone</translation>
    </message>
    <message>
        <source>Search method</source>
        <translation>Méthode de recherche</translation>
    </message>
    <message>
        <source>Grid size</source>
        <translation>Taille de grille</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Loi</translation>
    </message>
    <message>
        <source>TDP (W)</source>
        <translation>TDP (W)</translation>
    </message>
    <message>
        <source>Idle power (W)</source>
        <translation>Puissance au repos (W)</translation>
    </message>
    <message>
        <source>Peak (TFLOP/s)</source>
        <translation>Crête (TFLOP/s)</translation>
    </message>
    <message>
        <source>Carbon intensity (gCO2e/kWh)</source>
        <translation>Intensité carbone (gCO2e/kWh)</translation>
    </message>
    <message>
        <source>Carbon-free energy fraction</source>
        <translation>Part d&apos;énergie décarbonée</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>le nombre %1</translation>
    </message>
    <message>
        <source>the text “%1”</source>
        <translation>le texte «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>nothing (null)</source>
        <translation>rien (null)</translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1, ligne %2, colonne %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>file, JSON pointer</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
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
    <name>EquivalentText</name>
    <message>
        <source>Car, average including fuel, over its lifetime</source>
        <translation>Voiture, moyenne carburant compris, sur toute sa durée de vie</translation>
    </message>
    <message>
        <source>car lifetime</source>
        <translation>vies de voiture</translation>
    </message>
    <message>
        <source>Air travel, one passenger, New York–San Francisco round trip</source>
        <translation>Avion, un passager, aller-retour New York–San Francisco</translation>
    </message>
    <message>
        <source>passenger round trip</source>
        <translation>allers-retours passager</translation>
    </message>
    <message>
        <source>Human life, world average, one year</source>
        <translation>Vie humaine, moyenne mondiale, une année</translation>
    </message>
    <message>
        <source>person-year</source>
        <translation>personnes-années</translation>
    </message>
    <message>
        <source>American life, average, one year</source>
        <translation>Vie d&apos;un Américain, moyenne, une année</translation>
    </message>
    <message>
        <source>Passenger car, typical US vehicle, per km</source>
        <translation>Voiture particulière, véhicule américain type, par km</translation>
    </message>
    <message>
        <source>km driven</source>
        <translation>km parcourus</translation>
    </message>
    <message>
        <source>Passenger car, European average, per km</source>
        <translation>Voiture particulière, moyenne européenne, par km</translation>
    </message>
    <message>
        <source>Tree, CO2 sequestered in one month</source>
        <translation>Arbre, CO2 séquestré en un mois</translation>
    </message>
    <message>
        <source>tree-month</source>
        <translation>arbres-mois</translation>
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
    <message>
        <source>methodology §%1</source>
        <translation>méthodologie, §&#xa0;%1</translation>
    </message>
    <message>
        <source>You entered the total work of the training run in floating-point operations, so it is used as given.</source>
        <translation>Vous avez indiqué le travail total de l&apos;entraînement en opérations en virgule flottante&#xa0;: il est donc utilisé tel quel.</translation>
    </message>
    <message>
        <source>Training costs about %1 floating-point operations for every parameter (N) and every training token (D).</source>
        <translation>L&apos;entraînement coûte environ %1 opérations en virgule flottante pour chaque paramètre (N) et chaque jeton d&apos;entraînement (D).</translation>
    </message>
    <message>
        <source>Kaplan et al. %1, Table %2; not used for time or energy</source>
        <translation>Kaplan et al. %1, tableau %2&#x202f;; non utilisé pour la durée ni pour l&apos;énergie</translation>
    </message>
    <message>
        <source>Counting the layers and the attention over the context separately refines the estimate; it is shown for comparison only.</source>
        <translation>Compter séparément les couches et l&apos;attention sur le contexte affine l&apos;estimation&#x202f;; celle-ci n&apos;est indiquée qu&apos;à titre de comparaison.</translation>
    </message>
    <message>
        <source>You entered the time the devices ran, so it is used as given.</source>
        <translation>Vous avez indiqué la durée de fonctionnement des processeurs&#xa0;: elle est donc utilisée telle quelle.</translation>
    </message>
    <message>
        <source>The time is the work divided by the speed a chip really reaches: its peak speed times the fraction of it used (MFU).</source>
        <translation>La durée est le travail divisé par la vitesse qu&apos;une puce atteint réellement&#xa0;: sa vitesse crête multipliée par la fraction effectivement utilisée (MFU).</translation>
    </message>
    <message>
        <source>Dividing the work by the time it took shows which fraction of the chips&apos; peak speed the run achieved.</source>
        <translation>Diviser le travail par le temps qu&apos;il a pris montre quelle fraction de la vitesse crête des puces l&apos;entraînement a atteinte.</translation>
    </message>
    <message>
        <source>; perfect scaling, no idle time (%1)</source>
        <translation>; parallélisme parfait, sans temps d&apos;inactivité (%1)</translation>
    </message>
    <message>
        <source>Sharing the work among more devices shortens the calendar time, assuming they work perfectly in parallel.</source>
        <translation>Répartir le travail sur davantage de processeurs raccourcit la durée calendaire, en supposant qu&apos;ils travaillent parfaitement en parallèle.</translation>
    </message>
    <message>
        <source>Your measured power of a device is used, plus its share of the host server&apos;s power.</source>
        <translation>La puissance que vous avez mesurée pour un processeur est utilisée, plus sa part de la puissance du serveur hôte.</translation>
    </message>
    <message>
        <source>A busy chip draws between its idle power and its rated maximum (TDP); the host server&apos;s CPUs, memory and network add their share.</source>
        <translation>Une puce en activité consomme entre sa puissance au repos et son maximum nominal (TDP)&#x202f;; les CPU, la mémoire et le réseau du serveur hôte ajoutent leur part.</translation>
    </message>
    <message>
        <source>Energy is power multiplied by time, added up over all devices.</source>
        <translation>L&apos;énergie est la puissance multipliée par le temps, additionnée sur tous les processeurs.</translation>
    </message>
    <message>
        <source>The data centre also spends energy on cooling and power supply; its PUE is the facility&apos;s energy divided by the computers&apos; energy.</source>
        <translation>Le centre de données consomme aussi de l&apos;énergie pour le refroidissement et l&apos;alimentation électrique&#x202f;; son PUE est l&apos;énergie du site divisée par l&apos;énergie des ordinateurs.</translation>
    </message>
    <message>
        <source>Every kilowatt-hour taken from the local grid comes with the greenhouse gases emitted on average to generate it there.</source>
        <translation>Chaque kilowattheure prélevé sur le réseau local s&apos;accompagne des gaz à effet de serre émis en moyenne pour le produire à cet endroit.</translation>
    </message>
    <message>
        <source>Trying many settings before the final run repeats much of the training, so the search costs a multiple of one run.</source>
        <translation>Essayer de nombreux réglages avant l&apos;entraînement final répète une grande partie de l&apos;entraînement&#xa0;: la recherche coûte donc un multiple d&apos;un entraînement.</translation>
    </message>
    <message>
        <source>Experiments, failed runs and debugging while the model is developed add a share on top of the runs themselves.</source>
        <translation>Les expériences, les entraînements échoués et le débogage pendant le développement du modèle s&apos;ajoutent aux entraînements eux-mêmes.</translation>
    </message>
    <message>
        <source>The electricity&apos;s emissions of the whole project add up the final run, the search and the development.</source>
        <translation>Les émissions dues à l&apos;électricité de l&apos;ensemble du projet additionnent l&apos;entraînement final, la recherche et le développement.</translation>
    </message>
    <message>
        <source>Market-based accounting counts the share of electricity bought from carbon-free sources as emitting nothing.</source>
        <translation>Le bilan basé sur le marché considère que la part d&apos;électricité achetée auprès de sources décarbonées n&apos;émet rien.</translation>
    </message>
    <message>
        <source>embodied = per-device CO2e × device-hours / (lifetime × %1 h)</source>
        <translation>fabrication = CO2e par processeur × heures-processeur / (durée de vie × %1 h)</translation>
    </message>
    <message>
        <source>Making the hardware also emitted greenhouse gases; the run is charged its share of the hardware&apos;s lifetime.</source>
        <translation>La fabrication du matériel a aussi émis des gaz à effet de serre&#x202f;; l&apos;entraînement se voit imputer sa part de la durée de vie du matériel.</translation>
    </message>
    <message>
        <source>methodology §%1, §%2</source>
        <translation>méthodologie, §&#xa0;%1, §&#xa0;%2</translation>
    </message>
    <message>
        <source>The footprint adds the emissions of the electricity used and the share of making the hardware.</source>
        <translation>L&apos;empreinte additionne les émissions de l&apos;électricité consommée et la part de la fabrication du matériel.</translation>
    </message>
    <message>
        <source>The bill is the rented device time times its price, plus any price put on the carbon emitted.</source>
        <translation>La facture est le temps processeur loué multiplié par son prix, plus l&apos;éventuel prix fixé pour le carbone émis.</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>Lesson %1: %2</source>
        <translation>Leçon %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>How much does training BERT cost?</source>
        <translation>Combien coûte l&apos;entraînement de BERT&#x202f;?</translation>
    </message>
    <message>
        <source>&lt;p&gt;BERT base, the language model Google published in 2018, can be trained on %1 V100 GPUs in %2 hours. Strubell et al. (2019, Table 3) put the power of the whole machine at %3 W, multiplied the energy by a data-centre PUE of %4 and the result by the US average of %5 lb CO2e per kWh: %6 kWh and %7 lb CO2e. The first scenario repeats exactly this calculation (accounting mode: the duration is known).&lt;/p&gt;&lt;p&gt;The second scenario plans the same training from the model alone: %8 million parameters × %9 billion tokens (%10 steps of %11 tokens, Devlin et al. 2019) × 6 FLOPs per parameter and token, on the same %1 V100 at the default utilisation (MFU) of %12%, each GPU at its rated power, the default PUE of %13 and the latest US grid intensity in the catalog.&lt;/p&gt;&lt;p&gt;How close is the plan to the published estimate? Which assumptions make the difference? The first scenario names the model too, so the tool shows the utilisation (MFU) its duration implies: compare it with the %12% the plan assumes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;BERT base, le modèle de langage publié par Google en 2018, peut être entraîné sur %1 GPU V100 en %2 heures. Strubell et al. (2019, tableau 3) ont estimé la puissance de la machine entière à %3 W, multiplié l&apos;énergie par un PUE de centre de données de %4, puis le résultat par la moyenne américaine de %5 lb CO2e par kWh&#xa0;: %6 kWh et %7 lb CO2e. Le premier scénario reproduit exactement ce calcul (mode bilan&#xa0;: la durée est connue).&lt;/p&gt;&lt;p&gt;Le second scénario planifie le même entraînement à partir du seul modèle&#xa0;: %8 millions de paramètres × %9 milliards de jetons (%10 pas de %11 jetons, Devlin et al. 2019) × 6 FLOP par paramètre et par jeton, sur les mêmes %1 V100 avec le taux d&apos;utilisation (MFU) par défaut de %12&#xa0;%, chaque GPU à sa puissance nominale, le PUE par défaut de %13 et l&apos;intensité du réseau des États-Unis la plus récente du catalogue.&lt;/p&gt;&lt;p&gt;Le plan est-il proche de l&apos;estimation publiée&#x202f;? Quelles hypothèses font la différence&#x202f;? Le premier scénario indique lui aussi le modèle&#xa0;: l&apos;outil affiche donc le taux d&apos;utilisation (MFU) qu&apos;implique sa durée. Comparez-le aux %12&#xa0;% que suppose le plan.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>BERT base, Strubell et al. 2019</source>
        <translation>BERT base, Strubell et al. 2019</translation>
    </message>
    <message>
        <source>BERT base, planned from the model</source>
        <translation>BERT base, planifié à partir du modèle</translation>
    </message>
    <message>
        <source>Hyperparameter search multiplies the bill</source>
        <translation>La recherche d&apos;hyperparamètres multiplie la facture</translation>
    </message>
    <message>
        <source>&lt;p&gt;A model is rarely trained only once. Strubell et al. (2019, Table 3) estimated one training run of the Transformer big model: %1 P100 GPUs for %2 hours, drawing %3 W, with a PUE of %4 and %5 lb CO2e per kWh. All four scenarios start from this run.&lt;/p&gt;&lt;p&gt;A hyperparameter search trains the model again for every setting it tries: %6 trials cost %6 times the run, %7 trials %7 times (each trial assumed as long as the final run). The neural architecture search of So et al. (2019), as Strubell et al. estimated it (Table 3), took %8 million training steps against %9 thousand for one run: the work of about %10 runs, %11 lb CO2e.&lt;/p&gt;&lt;p&gt;Open the chart of emissions by component: the search dwarfs the final run.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un modèle est rarement entraîné une seule fois. Strubell et al. (2019, tableau 3) ont estimé un entraînement du modèle Transformer big&#xa0;: %1 GPU P100 pendant %2 heures, consommant %3 W, avec un PUE de %4 et %5 lb CO2e par kWh. Les quatre scénarios partent de cet entraînement.&lt;/p&gt;&lt;p&gt;Une recherche d&apos;hyperparamètres entraîne de nouveau le modèle pour chaque réglage essayé&#xa0;: %6 essais coûtent %6 fois l&apos;entraînement, %7 essais %7 fois (chaque essai étant supposé aussi long que l&apos;entraînement final). La recherche d&apos;architecture neuronale de So et al. (2019), telle que l&apos;ont estimée Strubell et al. (tableau 3), a demandé %8 millions de pas d&apos;entraînement, contre %9 mille pour un seul entraînement&#xa0;: le travail d&apos;environ %10 entraînements, soit %11 lb CO2e.&lt;/p&gt;&lt;p&gt;Ouvrez le graphique des émissions par composante&#xa0;: la recherche écrase l&apos;entraînement final.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>One training run</source>
        <translation>Un seul entraînement</translation>
    </message>
    <message>
        <source>Search with %1 trials</source>
        <translation>Recherche avec %1 essais</translation>
    </message>
    <message>
        <source>Neural architecture search (Strubell et al. 2019)</source>
        <translation>Recherche d&apos;architecture neuronale (Strubell et al. 2019)</translation>
    </message>
    <message>
        <source>Location matters</source>
        <translation>Le lieu compte</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same training run, GPT-3 XL (%1 billion parameters, %2 billion tokens, Brown et al. 2020) on %3 A100 GPUs, is placed on four electricity grids: Poland, the United States average, France and Québec. The energy is the same everywhere; only the carbon intensity of the grid changes (%5, from each region&apos;s main data source in the catalog, with the default PUE of %4).&lt;/p&gt;&lt;p&gt;Poland still makes much of its electricity from coal, France most of it in nuclear plants, Québec most of it from hydropower. Compare the emissions: moving the run changes them more than most technical optimisations do. France and Québec are close: in other years, or with another data source, France comes out lower.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le même entraînement, GPT-3 XL (%1 milliard de paramètres, %2 milliards de jetons, Brown et al. 2020) sur %3 GPU A100, est placé sur quatre réseaux électriques&#xa0;: la Pologne, la moyenne des États-Unis, la France et le Québec. L&apos;énergie est partout la même&#x202f;; seule l&apos;intensité carbone du réseau change (%5, d&apos;après la source de données principale de chaque région dans le catalogue, avec le PUE par défaut de %4).&lt;/p&gt;&lt;p&gt;La Pologne produit encore une grande partie de son électricité à partir du charbon, la France l&apos;essentiel de la sienne dans des centrales nucléaires, le Québec l&apos;essentiel de la sienne grâce à l&apos;hydroélectricité. Comparez les émissions&#xa0;: déplacer l&apos;entraînement les modifie davantage que la plupart des optimisations techniques. La France et le Québec sont proches&#xa0;: pour d&apos;autres années, ou avec une autre source de données, la France obtient un chiffre plus bas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Pologne</translation>
    </message>
    <message>
        <source>United States (average)</source>
        <translation>États-Unis (moyenne)</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Québec</source>
        <translation>Québec</translation>
    </message>
    <message>
        <source>Bigger models</source>
        <translation>Des modèles plus grands</translation>
    </message>
    <message>
        <source>&lt;p&gt;GPT-2 (Radford et al. 2019) has %1 billion parameters; GPT-3 (Brown et al. 2020), a year later, has %2 billion. Both scenarios train on the same %3 billion tokens (GPT-3&apos;s; the GPT-2 paper does not state its number) on the same %4 A100 GPUs in the US, so the only difference is the size of the model.&lt;/p&gt;&lt;p&gt;Training compute grows with parameters × tokens: GPT-3 needs about %5 times the compute of GPT-2, and so %5 times the time, the energy and the emissions. In practice larger models are also trained on more tokens (Hoffmann et al. 2022 recommend growing both together), so real gaps are often larger still.&lt;/p&gt;</source>
        <translation>&lt;p&gt;GPT-2 (Radford et al. 2019) compte %1 milliard de paramètres&#x202f;; GPT-3 (Brown et al. 2020), un an plus tard, en compte %2 milliards. Les deux scénarios s&apos;entraînent sur les mêmes %3 milliards de jetons (ceux de GPT-3&#x202f;; l&apos;article sur GPT-2 n&apos;en donne pas le nombre), sur les mêmes %4 GPU A100 aux États-Unis&#xa0;: la seule différence est donc la taille du modèle.&lt;/p&gt;&lt;p&gt;Le calcul d&apos;entraînement croît avec paramètres × jetons&#xa0;: GPT-3 demande environ %5 fois le calcul de GPT-2, et donc %5 fois la durée, l&apos;énergie et les émissions. En pratique, les modèles plus grands sont aussi entraînés sur davantage de jetons (Hoffmann et al. 2022 recommandent de faire croître les deux ensemble), si bien que les écarts réels sont souvent plus grands encore.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Hardware generations</source>
        <translation>Générations de matériel</translation>
    </message>
    <message>
        <source>&lt;p&gt;Three generations of NVIDIA data-centre GPUs train the same model, GPT-3 XL (%1 billion parameters, %2 billion tokens), %3 GPUs each, in the US: the V100 (Volta) at fp16, the A100 (Ampere) and the H100 (Hopper) at bf16. Each newer chip draws more power, but it is so much faster that it finishes sooner and uses less energy for the same work. The Data tab lists each chip&apos;s peak and power.&lt;/p&gt;&lt;p&gt;Assumed: the same utilisation (MFU) of %4% on all three, and every GPU at its rated power. Real utilisation differs between generations and software.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Trois générations de GPU NVIDIA pour centres de données entraînent le même modèle, GPT-3 XL (%1 milliard de paramètres, %2 milliards de jetons), avec %3 GPU chacune, aux États-Unis&#xa0;: le V100 (Volta) en fp16, l&apos;A100 (Ampere) et le H100 (Hopper) en bf16. Chaque puce plus récente consomme davantage, mais elle est tellement plus rapide qu&apos;elle termine plus tôt et utilise moins d&apos;énergie pour le même travail. L&apos;onglet Données indique la crête et la puissance de chaque puce.&lt;/p&gt;&lt;p&gt;Hypothèses&#xa0;: le même taux d&apos;utilisation (MFU) de %4&#xa0;% pour les trois, et chaque GPU à sa puissance nominale. Le taux d&apos;utilisation réel varie selon les générations et les logiciels.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Does a human learn with less?</source>
        <translation>Un humain apprend-il avec moins&#x202f;?</translation>
    </message>
    <message>
        <source>&lt;p&gt;BERT base read a corpus of %1 billion words (books and English Wikipedia) about %2 times over: %3 steps × %4 sequences × %5 tokens (Devlin et al. 2019, §A.2), about %6 billion words in all.&lt;/p&gt;&lt;p&gt;How many words does a child hear? Hart and Risley (1995; 2003) recorded 42 families in Kansas one hour a month, from before the child&apos;s first birthday to age three, and extrapolated: by age four, a child in a professional family would have heard almost %7 million words, in a working-class family %8 million, in a family on welfare %9 million. These are extrapolations from a small sample; a later study that also counted other caregivers and the talk a child overhears (Sperry, Sperry and Miller 2019) did not find these gaps, and estimates vary widely.&lt;/p&gt;&lt;p&gt;Even against the highest figure, BERT was trained on about %10 times as many words as a four-year-old has heard. The second scenario trains the same model once on %7 million tokens (one token per word, as the BERT paper&apos;s own epoch count does). Yet a four-year-old talks and understands, while BERT fills in missing words. What else does a child learn from?&lt;/p&gt;</source>
        <translation>&lt;p&gt;BERT base a lu un corpus de %1 milliards de mots (livres et Wikipédia en anglais) environ %2 fois&#xa0;: %3 pas × %4 séquences × %5 jetons (Devlin et al. 2019, §&#xa0;A.2), soit environ %6 milliards de mots au total.&lt;/p&gt;&lt;p&gt;Combien de mots un enfant entend-il&#x202f;? Hart et Risley (1995&#x202f;; 2003) ont enregistré 42 familles du Kansas une heure par mois, d&apos;avant le premier anniversaire de l&apos;enfant jusqu&apos;à ses trois ans, puis ont extrapolé&#xa0;: à quatre ans, un enfant de famille de cadres aurait entendu près de %7 millions de mots, un enfant de famille ouvrière %8 millions, un enfant de famille vivant de l&apos;aide sociale %9 millions. Ce sont des extrapolations à partir d&apos;un petit échantillon&#x202f;; une étude ultérieure qui comptait aussi les autres personnes s&apos;occupant de l&apos;enfant et les paroles qu&apos;il entend sans qu&apos;elles lui soient adressées (Sperry, Sperry et Miller 2019) n&apos;a pas retrouvé ces écarts, et les estimations varient fortement.&lt;/p&gt;&lt;p&gt;Même par rapport au chiffre le plus élevé, BERT a été entraîné sur environ %10 fois plus de mots qu&apos;un enfant de quatre ans n&apos;en a entendu. Le second scénario entraîne le même modèle une seule fois sur %7 millions de jetons (un jeton par mot, comme le fait le décompte d&apos;époques de l&apos;article sur BERT lui-même). Pourtant, un enfant de quatre ans parle et comprend, alors que BERT complète des mots manquants. De quoi d&apos;autre un enfant apprend-il&#x202f;?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>BERT base as published</source>
        <translation>BERT base tel que publié</translation>
    </message>
    <message>
        <source>BERT base on the words a child hears</source>
        <translation>BERT base sur les mots qu&apos;entend un enfant</translation>
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
        <source>unknown (accounting mode)</source>
        <translation>inconnu (mode bilan)</translation>
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
    <message>
        <source>Step Through…</source>
        <translation>Pas à pas…</translation>
    </message>
    <message>
        <source>Show the steps one at a time in large type, for a projector (F6)</source>
        <translation>Afficher les étapes une à une en grands caractères, pour un vidéoprojecteur (F6)</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %Ln device(s) · %2 at the facility</source>
        <translation>
            <numerusform>%1 sur %Ln processeur · %2 d&apos;énergie du site</numerusform>
            <numerusform>%1 sur %Ln processeurs · %2 d&apos;énergie du site</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (final run, %Ln device(s))</source>
        <translation>
            <numerusform>%1 (entraînement final, %Ln processeur)</numerusform>
            <numerusform>%1 (entraînement final, %Ln processeurs)</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%Ln layer(s), d_model %1</source>
        <translation>
            <numerusform>%Ln couche, d_model %1</numerusform>
            <numerusform>%Ln couches, d_model %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Embodied = per-device kgCO2e × device-hours / (lifetime × %1 h) (methodology §7).</source>
        <translation>Fabrication = kgCO2e par processeur × heures-processeur / (durée de vie × %1 h) (méthodologie, §&#xa0;7).</translation>
    </message>
    <message>
        <source>Trials: %1 · search compute: %2 (in full runs)</source>
        <translation>Essais&#xa0;: %1 · calcul de recherche&#xa0;: %2 (en entraînements complets)</translation>
    </message>
</context>
<context>
    <name>WalkthroughDialog</name>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Suivant ▶</translation>
    </message>
    <message>
        <source>Previous step (Left, Page Up)</source>
        <translation>Étape précédente (flèche gauche, Page précédente)</translation>
    </message>
    <message>
        <source>Next step (Right, Page Down, Space)</source>
        <translation>Étape suivante (flèche droite, Page suivante, Espace)</translation>
    </message>
    <message>
        <source>Guided Explanation</source>
        <translation>Explication guidée</translation>
    </message>
    <message>
        <source>No scenario. Add or select a scenario to step through how its results were computed.</source>
        <translation>Aucun scénario. Ajoutez ou sélectionnez un scénario pour suivre pas à pas le calcul de ses résultats.</translation>
    </message>
    <message>
        <source>Guided Explanation — %1</source>
        <translation>Explication guidée — %1</translation>
    </message>
    <message>
        <source>This scenario has errors, so there is nothing to compute yet. Correct the errors shown in the scenario editor and the results.</source>
        <translation>Ce scénario comporte des erreurs, il n’y a donc encore rien à calculer. Corrigez les erreurs affichées dans l’éditeur de scénario et dans les résultats.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
</context>
<context>
    <name>aicarbon::AutosaveController</name>
    <message>
        <source>It was never saved.</source>
        <translation>Il n&apos;a jamais été enregistré.</translation>
    </message>
    <message>
        <source>It belongs to %1.</source>
        <translation>Il provient de %1.</translation>
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
    <message numerus="yes">
        <source>%Ln scenario(s)</source>
        <translation>
            <numerusform>%Ln scénario</numerusform>
            <numerusform>%Ln scénarios</numerusform>
        </translation>
    </message>
    <message>
        <source>AI Carbon Planner did not close cleanly last time. Unsaved work on “%1” (%2), saved at %3, was recovered. %4

Restore it, or discard it? Discard deletes the recovered copy at %5.</source>
        <translation>AI Carbon Planner ne s&apos;est pas fermé correctement la dernière fois. Le travail non enregistré sur «&#xa0;%1&#xa0;» (%2), sauvegardé le %3, a été récupéré. %4

Le restaurer ou l&apos;abandonner&#x202f;? Abandonner supprime la copie récupérée dans %5.</translation>
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
        <comment>short-scale suffix: trillion (10^12), e.g. 15.6 T tokens</comment>
        <extracomment>%1 = value in 10^12; %2 = in 10^8, %3 = in 10^4, for scales grouped by four digits</extracomment>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1 B</source>
        <comment>short-scale suffix: billion (10^9), e.g. 175 B parameters</comment>
        <extracomment>%1 = value in 10^9; %2 = in 10^8, %3 = in 10^4, for scales grouped by four digits</extracomment>
        <translation>%1 Md</translation>
    </message>
    <message>
        <source>%1 M</source>
        <comment>short-scale suffix: million (10^6), e.g. 7 M parameters</comment>
        <extracomment>%1 = value in 10^6; %2 = in 10^8, %3 = in 10^4, for scales grouped by four digits</extracomment>
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
        <source>%1
Wall-clock time: %2 (%3)
Total emissions: %4 (%5)</source>
        <translation>%1
Durée réelle&#xa0;: %2 (%3)
Émissions totales&#xa0;: %4 (%5)</translation>
    </message>
    <message>
        <source>%1% interval: %2</source>
        <translation>Intervalle à %1&#xa0;%&#xa0;: %2</translation>
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
        <source>Peak rates must be above 0 and at most %1 TFLOP/s.</source>
        <translation>Les performances crête doivent être supérieures à 0 et d&apos;au plus %1 TFLOP/s.</translation>
    </message>
    <message>
        <source>Carbon intensity must be above 0 and at most %1 g/kWh.</source>
        <translation>L&apos;intensité carbone doit être supérieure à 0 et d&apos;au plus %1 g/kWh.</translation>
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
    <message>
        <source>Idle power must be between %1 W and the TDP.</source>
        <translation>La puissance au repos doit être comprise entre %1 W et le TDP.</translation>
    </message>
    <message>
        <source>The carbon-free share must be between %1 and %2 %.</source>
        <translation>La part décarbonée doit être comprise entre %1 et %2&#xa0;%.</translation>
    </message>
    <message>
        <source>The year must be between %1 and %2.</source>
        <translation>L&apos;année doit être comprise entre %1 et %2.</translation>
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
    <message>
        <source>Single column (%1 mm)</source>
        <translation>Une colonne (%1 mm)</translation>
    </message>
    <message>
        <source>%1 column (%2 mm)</source>
        <translation>%1 colonne (%2 mm)</translation>
    </message>
    <message>
        <source>Double column (%1 mm)</source>
        <translation>Deux colonnes (%1 mm)</translation>
    </message>
    <message>
        <source>Slide %1:%2 (%3 mm)</source>
        <translation>Diapositive %1:%2 (%3 mm)</translation>
    </message>
</context>
<context>
    <name>aicarbon::LessonPanel</name>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
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
    <message>
        <source>&amp;Guided Explanation</source>
        <translation>Explication &amp;guidée</translation>
    </message>
    <message>
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>Mode &amp;présentation</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Leçons</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Published Numbers…</source>
        <translation>&amp;Chiffres publiés…</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Scénario %1</translation>
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
        <source>Give inputs left at their defaults a documented &amp;range</source>
        <translation>Attribuer une &amp;plage documentée aux entrées laissées à leur valeur par défaut</translation>
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
        <source>&amp;Show %1% intervals, error bars and the sensitivity of each scenario</source>
        <translation>&amp;Afficher les intervalles à %1&#xa0;%, les barres d&apos;erreur et la sensibilité de chaque scénario</translation>
    </message>
    <message>
        <source>MFU %1–%2, power %3–%4 % of TDP, host power up to the DGX nameplate share, grid intensity across catalog sources (methodology §13.2). Off: only the ranges you give count.</source>
        <translation>MFU de %1 à %2, puissance de %3 à %4&#xa0;% du TDP, puissance de l&apos;hôte jusqu&apos;à la part nominale d&apos;un DGX, intensité du réseau selon les différentes sources du catalogue (méthodologie, §&#xa0;13.2). Désactivé&#xa0;: seules les plages que vous indiquez comptent.</translation>
    </message>
    <message>
        <source>Empty: the engine&apos;s default, %1 (Llama 3 measured %2–%3 % on H100).</source>
        <translation>Vide&#xa0;: la valeur par défaut du moteur, %1 (Llama 3 a mesuré %2–%3&#xa0;% sur H100).</translation>
    </message>
    <message>
        <source>MFU must be a number above %1 and at most %2 (e.g. %3), or empty.</source>
        <translation>Le MFU doit être un nombre supérieur à %1 et d&apos;au plus %2 (p. ex. %3), ou rester vide.</translation>
    </message>
    <message>
        <source>PUE must be a number of at least %1 (e.g. %2), or empty.</source>
        <translation>Le PUE doit être un nombre d&apos;au moins %1 (p. ex. %2), ou rester vide.</translation>
    </message>
</context>
<context>
    <name>aicarbon::PublishedFootprintModel</name>
    <message>
        <source>Study</source>
        <translation>Étude</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Reported energy (MWh)</source>
        <translation>Énergie publiée (MWh)</translation>
    </message>
    <message>
        <source>Estimated energy (MWh)</source>
        <translation>Énergie estimée (MWh)</translation>
    </message>
    <message>
        <source>Δ energy (%)</source>
        <translation>Δ énergie (%)</translation>
    </message>
    <message>
        <source>Reported CO₂e (t)</source>
        <translation>CO₂e publié (t)</translation>
    </message>
    <message>
        <source>Estimated CO₂e (t)</source>
        <translation>CO₂e estimé (t)</translation>
    </message>
    <message>
        <source>Δ CO₂e (%)</source>
        <translation>Δ CO₂e (%)</translation>
    </message>
    <message>
        <source>Planning mode CO₂e (t)</source>
        <translation>CO₂e en mode planification (t)</translation>
    </message>
    <message>
        <source>Δ planning (%)</source>
        <translation>Δ planification (%)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <comment>device count × device name</comment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Devices: %1</source>
        <translation>Processeurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Duration: %1 h (wall clock)</source>
        <translation>Durée&#xa0;: %1 h (durée réelle)</translation>
    </message>
    <message>
        <source>Duration: %1 days (wall clock)</source>
        <translation>Durée&#xa0;: %1 jours (durée réelle)</translation>
    </message>
    <message>
        <source>Duration: %1 device-hours</source>
        <translation>Durée&#xa0;: %1 heures-processeur</translation>
    </message>
    <message>
        <source>Average power: %1 W for the whole machine</source>
        <translation>Puissance moyenne&#xa0;: %1 W pour la machine entière</translation>
    </message>
    <message>
        <source>Average power: %1 W per device</source>
        <translation>Puissance moyenne&#xa0;: %1 W par processeur</translation>
    </message>
    <message>
        <source>PUE: %1</source>
        <translation>PUE&#xa0;: %1</translation>
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
        <translation>Intensité du réseau&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Net of carbon-free energy: %1 %2</source>
        <translation>Après déduction de l&apos;énergie décarbonée&#xa0;: %1 %2</translation>
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
        <translation>Énergie publiée&#xa0;: %1 kWh</translation>
    </message>
    <message>
        <source>Published energy: not published</source>
        <translation>Énergie publiée&#xa0;: non publiée</translation>
    </message>
    <message>
        <source>Published emissions: %1 %2</source>
        <translation>Émissions publiées&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Published net (market-based) emissions: %1 %2</source>
        <translation>Émissions nettes publiées (basées sur le marché)&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Inputs used:</source>
        <translation>Entrées utilisées&#xa0;:</translation>
    </message>
    <message>
        <source>Planning mode: %1 at %2 % MFU</source>
        <translation>Mode planification&#xa0;: %1 avec un MFU de %2&#xa0;%</translation>
    </message>
    <message>
        <source>Planning mode: not available (no model preset with parameters and tokens, or no peak FLOP/s for the device)</source>
        <translation>Mode planification&#xa0;: indisponible (aucun préréglage de modèle avec paramètres et jetons, ou aucune crête en FLOP/s pour le processeur)</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Remarques&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>aicarbon::PublishedNumbersDialog</name>
    <message>
        <source>Published Numbers</source>
        <translation>Chiffres publiés</translation>
    </message>
</context>
<context>
    <name>aicarbon::PublishedNumbersView</name>
    <message>
        <source>Well-known published training footprints beside this tool&apos;s estimate from the same inputs: the study&apos;s devices, duration, average power, PUE and grid intensity. Hover over a row to see the inputs used.</source>
        <translation>Empreintes d&apos;entraînement publiées bien connues, à côté de l&apos;estimation de cet outil à partir des mêmes entrées&#xa0;: processeurs, durée, puissance moyenne, PUE et intensité du réseau de l&apos;étude. Survolez une ligne pour voir les entrées utilisées.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why do estimates and reports differ?&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Rounding.&lt;/b&gt; Papers print days, watts and tonnes with two or three digits; small runs differ most.&lt;/li&gt;&lt;li&gt;&lt;b&gt;What was counted.&lt;/b&gt; Strubell et al. measured the whole machine (processors, memory and GPUs); Patterson et al. include the host in the power per chip; the BLOOM figure counts GPU power only, without data-centre overhead (PUE), idle machines or manufacturing.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PUE and grid.&lt;/b&gt; Each study chose its own data-centre overhead and grid intensity, and the estimate uses exactly those. In another year or region the same run emits very differently.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Host power.&lt;/b&gt; Servers also power processors, memory and networking; the Llama 2 and BLOOM figures count the accelerators only.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Planning mode&lt;/b&gt; starts from parameters × tokens at an assumed %1 % model FLOPs utilization, before any training. The real runs used their chips differently, so a plan can be far from the report: that is the uncertainty of planning.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Pourquoi les estimations et les chiffres publiés diffèrent-ils&#x202f;?&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Arrondis.&lt;/b&gt; Les articles donnent les jours, les watts et les tonnes avec deux ou trois chiffres&#x202f;; ce sont les petits entraînements qui s&apos;écartent le plus.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ce qui a été compté.&lt;/b&gt; Strubell et al. ont mesuré la machine entière (CPU, mémoire et GPU)&#x202f;; Patterson et al. incluent l&apos;hôte dans la puissance par puce&#x202f;; le chiffre de BLOOM ne compte que la puissance des GPU, sans le surcoût du centre de données (PUE), les machines au repos ni la fabrication.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PUE et réseau.&lt;/b&gt; Chaque étude a choisi son propre surcoût de centre de données et sa propre intensité du réseau, et l&apos;estimation reprend exactement ces valeurs. Une autre année ou dans une autre région, le même entraînement émettrait tout autrement.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Puissance de l&apos;hôte.&lt;/b&gt; Les serveurs alimentent aussi des CPU, de la mémoire et le réseau&#x202f;; les chiffres de Llama 2 et de BLOOM ne comptent que les accélérateurs.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Le mode planification&lt;/b&gt; part de paramètres × jetons avec un taux d&apos;utilisation des FLOP du modèle (MFU) supposé de %1&#xa0;%, avant tout entraînement. Les entraînements réels ont utilisé leurs puces différemment, si bien qu&apos;un plan peut être loin du chiffre publié&#xa0;: c&apos;est l&apos;incertitude de la planification.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&amp;Open as Scenario</source>
        <translation>&amp;Ouvrir comme scénario</translation>
    </message>
    <message>
        <source>Add the selected run, with the study&apos;s inputs, to the project (undoable)</source>
        <translation>Ajouter au projet l&apos;entraînement sélectionné, avec les entrées de l&apos;étude (annulable)</translation>
    </message>
    <message>
        <source>Open &amp;Planned Scenario</source>
        <translation>Ouvrir le scénario &amp;planifié</translation>
    </message>
    <message>
        <source>Add the selected run planned from its model preset to the project (undoable)</source>
        <translation>Ajouter au projet l&apos;entraînement sélectionné, planifié à partir de son préréglage de modèle (annulable)</translation>
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
    <message numerus="yes">
        <source>Total CO₂e %1 (%2, %3% interval, %Ln draw(s)). Each bar moves one input from its low to its high bound with the others at their central values; the variance share says how much of the spread that input explains alone.</source>
        <translation>
            <numerusform>CO₂e total %1 (%2, intervalle à %3&#xa0;%, %Ln tirage). Chaque barre fait passer une entrée de sa borne basse à sa borne haute, les autres restant à leur valeur centrale&#x202f;; la part de variance indique quelle part de la dispersion cette entrée explique à elle seule.</numerusform>
            <numerusform>CO₂e total %1 (%2, intervalle à %3&#xa0;%, %Ln tirages). Chaque barre fait passer une entrée de sa borne basse à sa borne haute, les autres restant à leur valeur centrale&#x202f;; la part de variance indique quelle part de la dispersion cette entrée explique à elle seule.</numerusform>
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
        <source>Uncertainty</source>
        <translation>Incertitude</translation>
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
        <source>%1 (%2, %3% interval)</source>
        <translation>%1 (%2, intervalle à %3&#xa0;%)</translation>
    </message>
    <message>
        <source>Computing the %1% intervals…</source>
        <translation>Calcul des intervalles à %1&#xa0;%…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln draw(s); uncertain inputs: %1, of which %2 with a default range. The Sensitivity tab shows which input matters most.</source>
        <translation>
            <numerusform>%Ln tirage&#x202f;; entrées incertaines&#xa0;: %1, dont %2 avec une plage par défaut. L&apos;onglet Sensibilité montre quelle entrée compte le plus.</numerusform>
            <numerusform>%Ln tirages&#x202f;; entrées incertaines&#xa0;: %1, dont %2 avec une plage par défaut. L&apos;onglet Sensibilité montre quelle entrée compte le plus.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Showing %1 of %Ln region(s), ranked by total emissions (# = rank among all).</source>
        <translation>
            <numerusform>%1 sur %Ln région affichée, classée par émissions totales (# = rang parmi toutes).</numerusform>
            <numerusform>%1 sur %Ln régions affichées, classées par émissions totales (# = rang parmi toutes).</numerusform>
        </translation>
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
    <message>
        <source>Open a lesson at start, one of: %1.</source>
        <translation>Ouvrir une leçon au démarrage, parmi&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Start in presentation mode (larger type and chart lines, for projectors).</source>
        <translation>Démarrer en mode présentation (texte et traits des graphiques plus grands, pour les vidéoprojecteurs).</translation>
    </message>
</context>
</TS>
