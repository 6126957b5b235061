<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Autosave</name>
    <message>
        <source>%1: invalid JSON at byte %2: %3</source>
        <translation>%1: JSON no válido en el byte %2: %3</translation>
    </message>
    <message>
        <source>%1: not an aicarbon recovery file (version %2)</source>
        <translation>%1: no es un archivo de recuperación de aicarbon (versión %2)</translation>
    </message>
    <message>
        <source>%1: the recovered work is not a project</source>
        <translation>%1: el trabajo recuperado no es un proyecto</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Final run</source>
        <translation>Ejecución final</translation>
    </message>
    <message>
        <source>Hyperparameter search</source>
        <translation>Búsqueda de hiperparámetros</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Desarrollo</translation>
    </message>
    <message>
        <source>Embodied (hardware)</source>
        <translation>Incorporadas (hardware)</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>Export Figure…</source>
        <translation>Exportar figura…</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Eliminar escenario</translation>
    </message>
    <message>
        <source>Move scenario</source>
        <translation>Mover escenario</translation>
    </message>
    <message>
        <source>Set baseline</source>
        <translation>Definir referencia</translation>
    </message>
    <message>
        <source>Rename project</source>
        <translation>Renombrar proyecto</translation>
    </message>
    <message>
        <source>Add scenario</source>
        <translation>Añadir escenario</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Duplicate scenario</source>
        <translation>Duplicar escenario</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
</context>
<context>
    <name>ComparisonTable</name>
    <message>
        <source>Scenario %1</source>
        <translation>Escenario %1</translation>
    </message>
    <message>
        <source>Training compute</source>
        <translation>Cómputo de entrenamiento</translation>
    </message>
    <message>
        <source>Device-hours (final run)</source>
        <translation>Horas-dispositivo (ejecución final)</translation>
    </message>
    <message>
        <source>Wall-clock time (final run)</source>
        <translation>Tiempo de reloj (ejecución final)</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <source>IT energy</source>
        <translation>Energía TI</translation>
    </message>
    <message>
        <source>Facility energy</source>
        <translation>Energía de la instalación</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Grid carbon intensity</source>
        <translation>Intensidad de carbono de la red</translation>
    </message>
    <message>
        <source>Operational CO₂e (location-based)</source>
        <translation>CO₂e operativo (basado en la ubicación)</translation>
    </message>
    <message>
        <source>    of which search</source>
        <translation>    del cual búsqueda</translation>
    </message>
    <message>
        <source>    of which development</source>
        <translation>    del cual desarrollo</translation>
    </message>
    <message>
        <source>Market-based CO₂e</source>
        <translation>CO₂e basado en el mercado</translation>
    </message>
    <message>
        <source>Embodied CO₂e</source>
        <translation>CO₂e incorporado</translation>
    </message>
    <message>
        <source>Total CO₂e</source>
        <translation>CO₂e total</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
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
        <translation>días</translation>
    </message>
    <message>
        <source>years</source>
        <translation>años</translation>
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
        <translation>%1 días</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 años</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
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
        <translation>su valor</translation>
    </message>
    <message>
        <source>Training compute</source>
        <translation>Cómputo de entrenamiento</translation>
    </message>
    <message>
        <source>C = training FLOPs (given)</source>
        <translation>C = FLOP de entrenamiento (dado)</translation>
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
        <translation>Cómputo con el término de atención (solo informativo)</translation>
    </message>
    <message>
        <source>C′ = (k / 2) × (2 N′ + 2 L n_ctx d) × D, N′ = 12 L d²</source>
        <translation>C′ = (k / 2) × (2 N′ + 2 L n_ctx d) × D, N′ = 12 L d²</translation>
    </message>
    <message>
        <source>N′ = %1 non-embedding parameters; C′ = %2 (%3 against k × N × D)</source>
        <translation>N′ = %1 parámetros sin embeddings; C′ = %2 (%3 frente a k × N × D)</translation>
    </message>
    <message>
        <source>Kaplan et al. 2020, Table 1; not used for time or energy</source>
        <translation>Kaplan et al. 2020, tabla 1; no se usa para el tiempo ni la energía</translation>
    </message>
    <message>
        <source>%1 device-hours</source>
        <translation>%1 horas-dispositivo</translation>
    </message>
    <message>
        <source>Device time (final run)</source>
        <translation>Tiempo de dispositivo (ejecución final)</translation>
    </message>
    <message>
        <source>device-hours = given (accounting mode)</source>
        <translation>horas-dispositivo = dadas (modo contable)</translation>
    </message>
    <message>
        <source>T = %1</source>
        <translation>T = %1</translation>
    </message>
    <message>
        <source>T = C / (peak × MFU)</source>
        <translation>T = C / (pico × MFU)</translation>
    </message>
    <message>
        <source>T = %1 FLOP / (%2 FLOP/s × %3) = %4 s = %5</source>
        <translation>T = %1 FLOP / (%2 FLOP/s × %3) = %4 s = %5</translation>
    </message>
    <message>
        <source>Implied MFU</source>
        <translation>MFU implícito</translation>
    </message>
    <message>
        <source>MFU = C / (peak × device-seconds)</source>
        <translation>MFU = C / (pico × segundos-dispositivo)</translation>
    </message>
    <message>
        <source>MFU = %1 FLOP / (%2 FLOP/s × %3 s) = %4</source>
        <translation>MFU = %1 FLOP / (%2 FLOP/s × %3 s) = %4</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Tiempo de reloj</translation>
    </message>
    <message>
        <source>wall-clock = device-hours / devices</source>
        <translation>tiempo de reloj = horas-dispositivo / dispositivos</translation>
    </message>
    <message>
        <source>%1 h / %2 = %3 h</source>
        <translation>%1 h / %2 = %3 h</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>dispositivos</translation>
    </message>
    <message>
        <source>; perfect scaling, no idle time (methodology §2)</source>
        <translation>; escalado perfecto, sin tiempo inactivo (metodología §2)</translation>
    </message>
    <message>
        <source>Power per device</source>
        <translation>Potencia por dispositivo</translation>
    </message>
    <message>
        <source>P = measured average + host</source>
        <translation>P = promedio medido + host</translation>
    </message>
    <message>
        <source>P = %1 + %2 host</source>
        <translation>P = %1 + %2 de host</translation>
    </message>
    <message>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <source>P = idle + u × (TDP − idle), plus host</source>
        <translation>P = reposo + u × (TDP − reposo), más host</translation>
    </message>
    <message>
        <source>u = %1, TDP = %2 → P = %3; host %4</source>
        <translation>u = %1, TDP = %2 → P = %3; host %4</translation>
    </message>
    <message>
        <source>IT energy (final run)</source>
        <translation>Energía TI (ejecución final)</translation>
    </message>
    <message>
        <source>E_IT = devices × hours × (device + host power)</source>
        <translation>E_TI = dispositivos × horas × (potencia del dispositivo + host)</translation>
    </message>
    <message>
        <source>%1 × %2 h × (%3 + %4) = %5</source>
        <translation>%1 × %2 h × (%3 + %4) = %5</translation>
    </message>
    <message>
        <source>methodology §4</source>
        <translation>metodología §4</translation>
    </message>
    <message>
        <source>Facility energy (final run)</source>
        <translation>Energía de la instalación (ejecución final)</translation>
    </message>
    <message>
        <source>E = E_IT × PUE</source>
        <translation>E = E_TI × PUE</translation>
    </message>
    <message>
        <source>%1 × %2 = %3</source>
        <translation>%1 × %2 = %3</translation>
    </message>
    <message>
        <source>Emissions (final run, location-based)</source>
        <translation>Emisiones (ejecución final, basadas en la ubicación)</translation>
    </message>
    <message>
        <source>CO2e = E × intensity</source>
        <translation>CO2e = E × intensidad</translation>
    </message>
    <message>
        <source>Hyperparameter search</source>
        <translation>Búsqueda de hiperparámetros</translation>
    </message>
    <message>
        <source>T_search = T × R (R = search compute in full runs, %1 trials)</source>
        <translation>T_búsqueda = T × R (R = cómputo de búsqueda en ejecuciones completas, %1 pruebas)</translation>
    </message>
    <message>
        <source>%1 h × %2 = %3 h → %4 → %5</source>
        <translation>%1 h × %2 = %3 h → %4 → %5</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Desarrollo</translation>
    </message>
    <message>
        <source>T_dev = (T + T_search) × (m − 1)</source>
        <translation>T_des = (T + T_búsqueda) × (m − 1)</translation>
    </message>
    <message>
        <source>(%1 h + %2 h) × (%3 − 1) = %4 h → %5 → %6</source>
        <translation>(%1 h + %2 h) × (%3 − 1) = %4 h → %5 → %6</translation>
    </message>
    <message>
        <source>Operational emissions, all components</source>
        <translation>Emisiones operativas, todos los componentes</translation>
    </message>
    <message>
        <source>final run + search + development</source>
        <translation>ejecución final + búsqueda + desarrollo</translation>
    </message>
    <message>
        <source>%1 + %2 + %3 = %4 (%5, %6 device-hours)</source>
        <translation>%1 + %2 + %3 = %4 (%5, %6 horas-dispositivo)</translation>
    </message>
    <message>
        <source>methodology §6</source>
        <translation>metodología §6</translation>
    </message>
    <message>
        <source>Market-based emissions</source>
        <translation>Emisiones basadas en el mercado</translation>
    </message>
    <message>
        <source>CO2e_market = CO2e × (1 − CFE)</source>
        <translation>CO2e_mercado = CO2e × (1 − CFE)</translation>
    </message>
    <message>
        <source>%1 × (1 − %2) = %3</source>
        <translation>%1 × (1 − %2) = %3</translation>
    </message>
    <message>
        <source>Embodied emissions</source>
        <translation>Emisiones incorporadas</translation>
    </message>
    <message>
        <source>embodied = per-device CO2e × device-hours / (lifetime × 8,766 h)</source>
        <translation>incorporadas = CO2e por dispositivo × horas-dispositivo / (vida útil × 8766 h)</translation>
    </message>
    <message>
        <source>%1 kg × %2 h / (%3 × %4 h) = %5</source>
        <translation>%1 kg × %2 h / (%3 × %4 h) = %5</translation>
    </message>
    <message>
        <source>per device</source>
        <translation>por dispositivo</translation>
    </message>
    <message>
        <source>lifetime</source>
        <translation>vida útil</translation>
    </message>
    <message>
        <source>Total emissions</source>
        <translation>Emisiones totales</translation>
    </message>
    <message>
        <source>total = location-based + embodied</source>
        <translation>total = basadas en la ubicación + incorporadas</translation>
    </message>
    <message>
        <source>%1 + %2 = %3</source>
        <translation>%1 + %2 = %3</translation>
    </message>
    <message>
        <source>methodology §5, §7</source>
        <translation>metodología §5, §7</translation>
    </message>
    <message>
        <source>price × device-hours</source>
        <translation>precio × horas-dispositivo</translation>
    </message>
    <message>
        <source>%1 × %2 h</source>
        <translation>%1 × %2 h</translation>
    </message>
    <message>
        <source>carbon price × tonnes CO2e</source>
        <translation>precio del carbono × toneladas de CO2e</translation>
    </message>
    <message>
        <source>%1 × %2 t</source>
        <translation>%1 × %2 t</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>price</source>
        <translation>precio</translation>
    </message>
    <message>
        <source>carbon price</source>
        <translation>precio del carbono</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>AI Carbon Planner projects (*.json);;All files (*)</source>
        <translation>Proyectos de AI Carbon Planner (*.json);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Training compute</source>
        <translation>Cómputo de entrenamiento</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Tiempo de reloj</translation>
    </message>
    <message>
        <source>Device-hours</source>
        <translation>Horas-dispositivo</translation>
    </message>
    <message>
        <source>Energy, IT</source>
        <translation>Energía, TI</translation>
    </message>
    <message>
        <source>Energy, facility</source>
        <translation>Energía, instalación</translation>
    </message>
    <message>
        <source>CO2e, location-based</source>
        <translation>CO2e, basado en la ubicación</translation>
    </message>
    <message>
        <source>CO2e, market-based</source>
        <translation>CO2e, basado en el mercado</translation>
    </message>
    <message>
        <source>CO2e, embodied</source>
        <translation>CO2e, incorporado</translation>
    </message>
    <message>
        <source>CO2e, total</source>
        <translation>CO2e, total</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>By component</source>
        <translation>Por componente</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Facility energy</source>
        <translation>Energía de la instalación</translation>
    </message>
    <message>
        <source>CO2e</source>
        <translation>CO2e</translation>
    </message>
    <message>
        <source>Final run</source>
        <translation>Ejecución final</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Desarrollo</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Equivalent to</source>
        <translation>Equivale a</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Advertencias y errores</translation>
    </message>
    <message>
        <source>How this was computed</source>
        <translation>Cómo se ha calculado</translation>
    </message>
    <message>
        <source>No scenario</source>
        <translation>Ningún escenario</translation>
    </message>
    <message>
        <source>Add or select a scenario to see its results.</source>
        <translation>Añada o seleccione un escenario para ver sus resultados.</translation>
    </message>
    <message>
        <source>No figures while the scenario has errors.</source>
        <translation>No hay figuras mientras el escenario tenga errores.</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>Sin resultado</translation>
    </message>
    <message>
        <source>Correct the errors below (they are also shown beside the fields).</source>
        <translation>Corrija los errores de abajo (también se muestran junto a los campos).</translation>
    </message>
    <message>
        <source>%1 CO2e</source>
        <translation>%1 CO2e</translation>
    </message>
    <message>
        <source>%1 on %2 devices · %3 at the facility</source>
        <translation>%1 en %2 dispositivos · %3 en la instalación</translation>
    </message>
    <message>
        <source>unknown (accounting mode)</source>
        <translation>desconocido (modo contable)</translation>
    </message>
    <message>
        <source>%1 (final run, %2 devices)</source>
        <translation>%1 (ejecución final, %2 dispositivos)</translation>
    </message>
    <message>
        <source>%1 h (final run %2 h)</source>
        <translation>%1 h (ejecución final %2 h)</translation>
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
        <translation>%1 (a %2)</translation>
    </message>
    <message>
        <source>%1 (%2 % carbon-free energy)</source>
        <translation>%1 (%2 % de energía libre de carbono)</translation>
    </message>
    <message>
        <source>%1 (no carbon-free energy known)</source>
        <translation>%1 (energía libre de carbono desconocida)</translation>
    </message>
    <message>
        <source>not included</source>
        <translation>no incluido</translation>
    </message>
    <message>
        <source>not priced</source>
        <translation>sin precio</translation>
    </message>
    <message>
        <source>%1 (compute only)</source>
        <translation>%1 (solo cómputo)</translation>
    </message>
    <message>
        <source>%1 (compute %2, carbon %3)</source>
        <translation>%1 (cómputo %2, carbono %3)</translation>
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
        <translation>No se puede escribir %1</translation>
    </message>
</context>
<context>
    <name>ScenarioDocument</name>
    <message>
        <source>the file could not be written completely (is the disk full?)</source>
        <translation>el archivo no se pudo escribir por completo (¿está lleno el disco?)</translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message>
        <source>dense peak %1 TFLOP/s</source>
        <translation>pico denso %1 TFLOP/s</translation>
    </message>
    <message>
        <source>%1 gCO2e/kWh in %2 (%3) · %4</source>
        <translation>%1 gCO2e/kWh en %2 (%3) · %4</translation>
    </message>
    <message>
        <source> (your catalog)</source>
        <translation> (su catálogo)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>red</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>cloud region</source>
        <translation>región en la nube</translation>
    </message>
    <message>
        <source>%1 layers, d_model %2</source>
        <translation>%1 capas, d_model %2</translation>
    </message>
    <message>
        <source>%1 parameters</source>
        <translation>%1 parámetros</translation>
    </message>
    <message>
        <source>%1 active</source>
        <translation>%1 activos</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>TDP %1 W</source>
        <translation>TDP %1 W</translation>
    </message>
    <message>
        <source>no TDP</source>
        <translation>sin TDP</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>embodied %1 kgCO2e</source>
        <translation>incorporado %1 kgCO2e</translation>
    </message>
    <message>
        <source>your catalog</source>
        <translation>su catálogo</translation>
    </message>
    <message>
        <source>%1 · %2 TFLOP/s</source>
        <translation>%1 · %2 TFLOP/s</translation>
    </message>
    <message>
        <source>grid %1 · </source>
        <translation>red %1 · </translation>
    </message>
    <message>
        <source>no intensity for this year or source</source>
        <translation>sin intensidad para este año o fuente</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>parámetros</translation>
    </message>
    <message>
        <source>N: the trained parameters (active parameters per token for mixture-of-experts models). Default: the model preset.</source>
        <translation>N: los parámetros entrenados (parámetros activos por token en modelos de mezcla de expertos). Por defecto: el modelo predefinido.</translation>
    </message>
    <message>
        <source>Training tokens</source>
        <translation>Tokens de entrenamiento</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>tokens</translation>
    </message>
    <message>
        <source>D: tokens seen in training. Wins over dataset tokens × epochs and steps × batch × length. Default: the model preset.</source>
        <translation>D: tokens vistos en el entrenamiento. Prevalece sobre tokens del conjunto × épocas y pasos × lote × longitud. Por defecto: el modelo predefinido.</translation>
    </message>
    <message>
        <source>Dataset tokens</source>
        <translation>Tokens del conjunto de datos</translation>
    </message>
    <message>
        <source>Tokens in the dataset: D = dataset tokens × epochs when training tokens are not given.</source>
        <translation>Tokens del conjunto de datos: D = tokens del conjunto × épocas cuando no se dan los tokens de entrenamiento.</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>pasadas</translation>
    </message>
    <message>
        <source>Passes over the dataset; used with dataset tokens only.</source>
        <translation>Pasadas sobre el conjunto de datos; solo se usa junto con los tokens del conjunto.</translation>
    </message>
    <message>
        <source>methodology §1: one epoch</source>
        <translation>metodología §1: una época</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>optimizer steps</source>
        <translation>pasos del optimizador</translation>
    </message>
    <message>
        <source>D = steps × batch size × sequence length; give all three.</source>
        <translation>D = pasos × tamaño de lote × longitud de secuencia; indique los tres.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <source>sequences per step</source>
        <translation>secuencias por paso</translation>
    </message>
    <message>
        <source>Sequences per optimizer step (with steps and sequence length).</source>
        <translation>Secuencias por paso del optimizador (junto con los pasos y la longitud de secuencia).</translation>
    </message>
    <message>
        <source>Sequence length</source>
        <translation>Longitud de secuencia</translation>
    </message>
    <message>
        <source>Tokens per sequence (with steps and batch size).</source>
        <translation>Tokens por secuencia (junto con los pasos y el tamaño de lote).</translation>
    </message>
    <message>
        <source>FLOPs per parameter·token (k)</source>
        <translation>FLOP por parámetro·token (k)</translation>
    </message>
    <message>
        <source>FLOP</source>
        <translation>FLOP</translation>
    </message>
    <message>
        <source>k in C = k × N × D: 2 forward + 4 backward; 8 when activations are recomputed.</source>
        <translation>k en C = k × N × D: 2 hacia delante + 4 hacia atrás; 8 si se recalculan las activaciones.</translation>
    </message>
    <message>
        <source>Training compute</source>
        <translation>Cómputo de entrenamiento</translation>
    </message>
    <message>
        <source>Total FLOPs of the final run. When given, it replaces k × N × D.</source>
        <translation>FLOP totales de la ejecución final. Si se indica, sustituye a k × N × D.</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Tiempo de reloj</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>Accounting mode: the measured duration of the final run. Replaces FLOPs / (peak × MFU); MFU is then implied.</source>
        <translation>Modo contable: la duración medida de la ejecución final. Sustituye a FLOP / (pico × MFU); el MFU pasa a ser implícito.</translation>
    </message>
    <message>
        <source>from FLOPs</source>
        <translation>según los FLOP</translation>
    </message>
    <message>
        <source>Device-hours</source>
        <translation>Horas-dispositivo</translation>
    </message>
    <message>
        <source>device-h</source>
        <translation>h-disp.</translation>
    </message>
    <message>
        <source>Accounting mode: device-hours of the final run (wins over the wall-clock time).</source>
        <translation>Modo contable: horas-dispositivo de la ejecución final (prevalecen sobre el tiempo de reloj).</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>dispositivos</translation>
    </message>
    <message>
        <source>Number of devices, a whole number ≥ 1. Wall-clock time = device-hours / devices.</source>
        <translation>Número de dispositivos, un entero ≥ 1. Tiempo de reloj = horas-dispositivo / dispositivos.</translation>
    </message>
    <message>
        <source>one device when the count is not given</source>
        <translation>un dispositivo si no se indica el número</translation>
    </message>
    <message>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <source>fraction, (0, 1]</source>
        <translation>fracción, (0, 1]</translation>
    </message>
    <message>
        <source>Model FLOPs utilization: the share of the dense peak the training achieves. Device time = FLOPs / (peak × MFU).</source>
        <translation>Utilización de FLOP del modelo (MFU): la fracción del pico denso que alcanza el entrenamiento. Tiempo de dispositivo = FLOP / (pico × MFU).</translation>
    </message>
    <message>
        <source>Average power</source>
        <translation>Potencia media</translation>
    </message>
    <message>
        <source>W per device</source>
        <translation>W por dispositivo</translation>
    </message>
    <message>
        <source>Measured average draw per device. When given, it replaces idle + u × (TDP − idle) and the power utilization is not used.</source>
        <translation>Consumo medio medido por dispositivo. Si se indica, sustituye a reposo + u × (TDP − reposo) y no se usa la utilización de potencia.</translation>
    </message>
    <message>
        <source>Power utilization</source>
        <translation>Utilización de potencia</translation>
    </message>
    <message>
        <source>fraction, [0, 1]</source>
        <translation>fracción, [0, 1]</translation>
    </message>
    <message>
        <source>u: where the device draws between idle (0) and TDP (1). Used only without an average power.</source>
        <translation>u: dónde se sitúa el consumo del dispositivo entre reposo (0) y TDP (1). Solo se usa sin potencia media.</translation>
    </message>
    <message>
        <source>Host power</source>
        <translation>Potencia del host</translation>
    </message>
    <message>
        <source>Share of the server (CPUs, DRAM, network) per device. Nameplate upper bounds: DGX A100 412 W, DGX H100 575 W.</source>
        <translation>Parte del servidor (CPU, DRAM, red) por dispositivo. Límites superiores nominales: DGX A100 412 W, DGX H100 575 W.</translation>
    </message>
    <message>
        <source>Dense peak</source>
        <translation>Pico denso</translation>
    </message>
    <message>
        <source>TFLOP/s</source>
        <translation>TFLOP/s</translation>
    </message>
    <message>
        <source>Dense (not sparse) peak per device at the precision; overrides the catalog.</source>
        <translation>Pico denso (no disperso) por dispositivo con la precisión elegida; sustituye al valor del catálogo.</translation>
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
        <translation>Potencia de diseño térmico (TDP) por dispositivo; sustituye al valor del catálogo.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Year of the grid carbon intensity (1990–2100).</source>
        <translation>Año de la intensidad de carbono de la red (1990–2100).</translation>
    </message>
    <message>
        <source>the latest year of the primary series</source>
        <translation>el último año de la serie principal</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>último</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>ratio, ≥ 1</source>
        <translation>cociente, ≥ 1</translation>
    </message>
    <message>
        <source>Power usage effectiveness: facility energy = IT energy × PUE. Default: the cloud region, the provider&apos;s fleet, else the global average.</source>
        <translation>Eficacia en el uso de la energía (PUE): energía de la instalación = energía TI × PUE. Por defecto: la región en la nube, la flota del proveedor o, si no, la media mundial.</translation>
    </message>
    <message>
        <source>Carbon intensity</source>
        <translation>Intensidad de carbono</translation>
    </message>
    <message>
        <source>gCO2e/kWh</source>
        <translation>gCO2e/kWh</translation>
    </message>
    <message>
        <source>Grid carbon intensity; overrides the region&apos;s value.</source>
        <translation>Intensidad de carbono de la red; sustituye al valor de la región.</translation>
    </message>
    <message>
        <source>Carbon-free energy</source>
        <translation>Energía libre de carbono</translation>
    </message>
    <message>
        <source>Share of the energy matched by carbon-free supply; only the market-based figure uses it (× (1 − fraction)).</source>
        <translation>Fracción de la energía cubierta con suministro libre de carbono; solo la usa la cifra basada en el mercado (× (1 − fracción)).</translation>
    </message>
    <message>
        <source>none known: market-based equals location-based</source>
        <translation>desconocida: basado en el mercado = basado en la ubicación</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>trials</source>
        <translation>pruebas</translation>
    </message>
    <message>
        <source>Configurations trained before the final run.</source>
        <translation>Configuraciones entrenadas antes de la ejecución final.</translation>
    </message>
    <message>
        <source>methodology §6: no search</source>
        <translation>metodología §6: sin búsqueda</translation>
    </message>
    <message>
        <source>Mean trial fraction</source>
        <translation>Fracción media por prueba</translation>
    </message>
    <message>
        <source>of a full run</source>
        <translation>de una ejecución completa</translation>
    </message>
    <message>
        <source>Mean share of a full run per trial; below 1 with early stopping.</source>
        <translation>Fracción media de una ejecución completa por prueba; menor que 1 con parada temprana.</translation>
    </message>
    <message>
        <source>methodology §6: each trial is a full run</source>
        <translation>metodología §6: cada prueba es una ejecución completa</translation>
    </message>
    <message>
        <source>Configurations</source>
        <translation>Configuraciones</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>n: configurations in the first round of successive halving (required).</source>
        <translation>n: configuraciones en la primera ronda de la reducción sucesiva a la mitad (obligatorio).</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>Reduction factor η</source>
        <translation>Factor de reducción η</translation>
    </message>
    <message>
        <source>&gt; 1</source>
        <translation>&gt; 1</translation>
    </message>
    <message>
        <source>η: each round keeps 1/η of the configurations at η times the budget.</source>
        <translation>η: cada ronda conserva 1/η de las configuraciones con η veces el presupuesto.</translation>
    </message>
    <message>
        <source>Li et al. 2018 (Hyperband): η = 3</source>
        <translation>Li et al. 2018 (Hyperband): η = 3</translation>
    </message>
    <message>
        <source>Minimum budget</source>
        <translation>Presupuesto mínimo</translation>
    </message>
    <message>
        <source>of a full run, (0, 1]</source>
        <translation>de una ejecución completa, (0, 1]</translation>
    </message>
    <message>
        <source>r: the smallest budget, as a share of a full run (required).</source>
        <translation>r: el presupuesto más pequeño, como fracción de una ejecución completa (obligatorio).</translation>
    </message>
    <message>
        <source>Equivalent runs</source>
        <translation>Ejecuciones equivalentes</translation>
    </message>
    <message>
        <source>full runs</source>
        <translation>ejecuciones completas</translation>
    </message>
    <message>
        <source>Total search compute in full runs, e.g. from a published step count; replaces trials × fraction.</source>
        <translation>Cómputo total de búsqueda en ejecuciones completas, p. ej. a partir de un número de pasos publicado; sustituye a pruebas × fracción.</translation>
    </message>
    <message>
        <source>Development multiplier</source>
        <translation>Multiplicador de desarrollo</translation>
    </message>
    <message>
        <source>×, ≥ 1</source>
        <translation>×, ≥ 1</translation>
    </message>
    <message>
        <source>m: seeds, ablations and failed runs. Total = m × (final run + search).</source>
        <translation>m: semillas, ablaciones y ejecuciones fallidas. Total = m × (ejecución final + búsqueda).</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Vida útil</translation>
    </message>
    <message>
        <source>years</source>
        <translation>años</translation>
    </message>
    <message>
        <source>Service life over which the manufacturing emissions are spread.</source>
        <translation>Vida útil a lo largo de la cual se reparten las emisiones de fabricación.</translation>
    </message>
    <message>
        <source>Per device</source>
        <translation>Por dispositivo</translation>
    </message>
    <message>
        <source>kgCO2e</source>
        <translation>kgCO2e</translation>
    </message>
    <message>
        <source>Manufacturing emissions of one device; overrides the catalog (whose values are die only, a lower bound).</source>
        <translation>Emisiones de fabricación de un dispositivo; sustituye al valor del catálogo (que solo cubre el chip, una cota inferior).</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>per device-hour</source>
        <translation>por hora-dispositivo</translation>
    </message>
    <message>
        <source>Compute cost = price × all device-hours (final run, search, development).</source>
        <translation>Coste de cómputo = precio × todas las horas-dispositivo (ejecución final, búsqueda, desarrollo).</translation>
    </message>
    <message>
        <source>not priced</source>
        <translation>sin precio</translation>
    </message>
    <message>
        <source>Carbon price</source>
        <translation>Precio del carbono</translation>
    </message>
    <message>
        <source>per tCO2e</source>
        <translation>por tCO2e</translation>
    </message>
    <message>
        <source>Carbon cost = price × total emissions in tonnes.</source>
        <translation>Coste del carbono = precio × emisiones totales en toneladas.</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>«%1» no es un número</translation>
    </message>
    <message>
        <source>the number must be finite</source>
        <translation>el número debe ser finito</translation>
    </message>
    <message>
        <source>a whole number is needed</source>
        <translation>se necesita un número entero</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>catálogo</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>derivado</translation>
    </message>
    <message>
        <source>default</source>
        <translation>por defecto</translation>
    </message>
    <message>
        <source>Default: %1 (%2).</source>
        <translation>Por defecto: %1 (%2).</translation>
    </message>
    <message>
        <source>Default: %1.</source>
        <translation>Por defecto: %1.</translation>
    </message>
    <message>
        <source>The value in use is listed in the estimate&apos;s assumptions as “%1”.</source>
        <translation>El valor usado figura en los supuestos de la estimación como «%1».</translation>
    </message>
    <message>
        <source>Scenario file: %1</source>
        <translation>Archivo del escenario: %1</translation>
    </message>
    <message>
        <source>your input</source>
        <translation>su valor</translation>
    </message>
    <message>
        <source>No scenario selected. Add a scenario to edit it.</source>
        <translation>No hay ningún escenario seleccionado. Añada un escenario para editarlo.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>What this scenario assumes, and why</source>
        <translation>Qué supone este escenario y por qué</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Carga de trabajo</translation>
    </message>
    <message>
        <source>Search models…</source>
        <translation>Buscar modelos…</translation>
    </message>
    <message>
        <source>(no preset)</source>
        <translation>(sin modelo predefinido)</translation>
    </message>
    <message>
        <source>Model preset</source>
        <translation>Modelo predefinido</translation>
    </message>
    <message>
        <source>or tokens = dataset tokens × epochs:</source>
        <translation>o tokens = tokens del conjunto × épocas:</translation>
    </message>
    <message>
        <source>or tokens = steps × batch size × sequence length:</source>
        <translation>o tokens = pasos × tamaño de lote × longitud de secuencia:</translation>
    </message>
    <message>
        <source>Compute:</source>
        <translation>Cómputo:</translation>
    </message>
    <message>
        <source>Training FLOPs</source>
        <translation>FLOP de entrenamiento</translation>
    </message>
    <message>
        <source>Known runtime (accounting mode)</source>
        <translation>Duración conocida (modo contable)</translation>
    </message>
    <message>
        <source>Leave empty to plan from the FLOPs; give a measured duration to account for a finished run.</source>
        <translation>Déjelo vacío para planificar a partir de los FLOP; indique una duración medida para contabilizar una ejecución terminada.</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Search devices…</source>
        <translation>Buscar dispositivos…</translation>
    </message>
    <message>
        <source>(no device)</source>
        <translation>(sin dispositivo)</translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>Todos los fabricantes</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Selects the device&apos;s dense peak. Automatic: bf16, else fp16, tf32, fp32 — the first the device has (methodology §2).</source>
        <translation>Selecciona el pico denso del dispositivo. Automática: bf16 o, si no, fp16, tf32, fp32 — la primera que tenga el dispositivo (metodología §2).</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Overrides of the catalog:</source>
        <translation>Valores que sustituyen al catálogo:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search regions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries, states and zones, and cloud regions (aws:us-east-1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which series of grid intensities to use for the region (methodology §5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search and development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successive halving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyperband</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the hyperparameter search before the final run is counted (methodology §6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoted trials resume from their checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resulting search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values per hyperparameter, e.g. 3 × 4 × 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid search: trials = product of the value counts (methodology §6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embodied emissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the devices&apos; manufacturing emissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embodied = per-device kgCO2e × device-hours / (lifetime × 8,766 h) (methodology §7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. USD, EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text; no conversion is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use while empty: %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use while empty: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use while empty: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary series (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trials, %2 full-run equivalents of search compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> = %1 × %2 × %3 (k × N × D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; with the attention term %1 (reported only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aicarbon::AutosaveController</name>
    <message>
        <source>1 scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It belongs to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI Carbon Planner did not close cleanly last time. Unsaved work on “%1” (%2), kept at %3, was recovered. %4

Restore it, or discard it? Discard deletes the recovered copy at %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved work from the last session could not be read (%1), nor moved aside; it is still at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved work from the last session could not be read (%1). It was moved aside, unchanged, to
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aicarbon::CatalogModel</name>
    <message>
        <source>Entered by you (your own catalog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 T</source>
        <comment>trillion (10^12), e.g. 15.6 T tokens</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B</source>
        <comment>billion (10^9), e.g. 175 B parameters</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 M</source>
        <comment>million (10^6)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aicarbon::CatalogPicker</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in the catalog)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aicarbon::CloudRegionTableModel</name>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid region whose carbon intensity applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid
g/kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default carbon intensity of the grid region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power usage effectiveness: the region&apos;s own figure, else the provider&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source documenting the region and its location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region&apos;s own PUE. Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PUE known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worldwide average PUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider&apos;s fleet-wide PUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no figure for this region). Source: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid region: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aicarbon::CompareView</name>
    <message>
        <source>Time against emissions, one point per scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emissions by component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scenario states a price per device-hour or a carbon price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emissions (%1 CO₂e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility energy (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall-clock time, final run (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost (currency as stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed currencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (invalid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total emissions (%1 CO₂e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be estimated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg CO₂e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility energy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT energy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall-clock time: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No price given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90% interval: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Wall-clock time: %2 (%3)
Total emissions: %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aicarbon::ComparisonTableModel</name>
    <message>
        <source>FLOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gCO₂e/kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg CO₂e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (baseline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the baseline; the other columns show differences to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be estimated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no price given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline, %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference: %1%2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aicarbon::DataBrowser</name>
    <message>
        <source>Search by name, id, vendor, country… (case and accents are ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Devices (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regions (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cloud regions (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Models (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %L1 of %L2 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows in italics with an orange dot are your own entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hover a row for its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add region…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own catalog could not be opened, so entries cannot be added or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates your own copy with the same id, used instead of the shipped values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only your own entries can be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a shipped entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” comes with the application&apos;s catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing it creates your own copy with the same id (%1). Your copy is used instead of the shipped values in every estimate; delete it to return to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios that use this id will use the shipped entry of the same id if there is one, and otherwise report it as unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aicarbon::DataBrowserForm</name>
    <message>
        <source>TDP must be between %1 and %2 W.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle power must be between 0 W and the TDP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak rates must be above 0 and at most %1 TFLOP/s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carbon intensity must be above 0 and at most %1 g/kWh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carbon-free share must be between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year must be between 1990 and 2100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BF16 peak must not be below the FP32 peak.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aicarbon::DataSourcesDialog</name>
    <message>
        <source>Data sources and licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Attribution&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference data version %1 of %2. Every value in the catalog cites one of the %L3 sources below; click a link to open it in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No catalog is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CC BY 4.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apache License 2.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid carbon intensity of countries and world regions: Our World in Data based on Ember (2025) and Energy Institute – Statistical Review of World Energy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid carbon intensity of zones and sub-national regions: Electricity Maps (2025/2026), yearly carbon intensity data, www.electricitymaps.com (the 2024 table as aggregated for Green Algorithms; 2021–2025 via The Green Web Foundation&apos;s CO2.js).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODbL 1.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid-intensity and region tables contain information from Electricity Maps, which is made available under the Open Database License (ODbL) v1.0. These two tables, as a Derived Database, are likewise offered under the ODbL v1.0. The other tables keep the licences listed here; the program code is not affected by the share-alike term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accelerator specifications: Epoch AI, “Data on Machine Learning Hardware”, epoch.ai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU power, cloud data centres, PUE and carbon-intensity tables: Lannelongue L., Grealey J., Inouye M., “Green Algorithms: Quantifying the Carbon Footprint of Computation”, Advanced Science 2021.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud region carbon data: Google Cloud region-carbon-info, © Google LLC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider PUE, GPU idle power and cloud regions: Cloud Carbon Footprint methodology, © Thoughtworks and Cloud Carbon Footprint contributors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU power and cloud region tables: CodeCarbon and ML CO2 Impact (mlco2), © CodeCarbon and mlco2 contributors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIT License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embodied emissions of accelerator dies: LLMCarbon hardware table, Faiz et al., ICLR 2024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country and region names and codes: Debian iso-codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LGPL 2.1 or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures from papers and datasheets are cited facts; each paper or datasheet has its row in the table above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI Carbon Planner itself is free software under the GNU General Public License, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aicarbon::DeviceTableModel</name>
    <message>
        <source>Dense %1 peak in TFLOP/s (no sparsity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TDP
W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thermal design power (board or module), W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP32
TFLOP/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BF16
TFLOP/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP16
TFLOP/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP8
TFLOP/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory
GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device memory, GB (10⁹ bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id scenario files and aicarbon-cli use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (your own entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TDP: %1 W (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle: %1 W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dense peaks, TFLOP/s: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process: %1 nm, die %2 mm²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embodied: %1 kg CO₂e (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aicarbon::FigureDialog</name>
    <message>
        <source>Comparison of one quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emissions by component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices: time against emissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dpi (PNG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okabe–Ito (colour-blind safe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grayscale with hatching (print)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viridis (colour-blind safe, by lightness)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tol bright (colour-blind safe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right of the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Palette:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single column (89 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.5 column (120 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double column (183 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide 16:9 (254 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no scenario to draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 mm = %3 × %4 in; PNG %5 × %6 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;SVG (*.svg);;PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aicarbon::MainWindow</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog data %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own catalog (%1) could not be opened: %2
The app works with the shipped catalog only until this is resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own catalog could not be read (%1). It was moved aside, unchanged, to
%2
and a new, empty one was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;nsitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Figure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set as &amp;Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Methodology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data Sources and Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About AI Carbon Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The file was not opened; your current project is unchanged.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved: %2
The previous file is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes and reload %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — AI Carbon Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About AI Carbon Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;AI Carbon Planner %1&lt;/h3&gt;&lt;p&gt;Plan the time, energy, carbon and cost of a machine-learning training run before you launch it.&lt;/p&gt;&lt;p&gt;Catalog data %2 (%3). Works offline.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later. Charts by QCustomPlot (GPL). The data keep their sources&apos; licences: see Help → Data Sources and Licences.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aicarbon::MethodsDialog</name>
    <message>
        <source>Methods Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LaTeX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save .&amp;bib…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Methods Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LaTeX (*.tex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Bibliography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BibTeX (*.bib)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aicarbon::ModelTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active
parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters used per token (mixture of experts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d_model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width of the residual stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context
tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context length in tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training
tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens seen in training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published run on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device of the published training run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of devices of the published training run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training tokens: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heads: %1, vocabulary: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aicarbon::OptionalNumberField</name>
    <message>
        <source>Give this input an uncertainty range (low, high and distribution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the estimate still uses %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aicarbon::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (g, kg, t or kt by size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kilograms (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tonnes (t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pounds (lb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (kWh, MWh, GWh or TWh by size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kilowatt-hours (kWh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Megawatt-hours (MWh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mass of CO₂e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Energy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okabe–Ito (colour-blind safe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tol bright (colour-blind safe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grayscale (for print)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario &amp;colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show 90% intervals, error bars and the sensitivity of each scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give inputs left at their defaults a documented &amp;range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFU 0.20–0.46, power 60–100 % of TDP, host power up to the DGX nameplate share, grid intensity across catalog sources (methodology §13.2). Off: only the ranges you give count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults for new scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engine default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the engine&apos;s default, %1 (Llama 3 measured 38–43 % on H100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the provider&apos;s PUE from the catalog, else the world average %1 (Uptime Institute 2024).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model FLOPs &amp;utilization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PUE:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect the next time the application starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFU must be a number above 0 and at most 1 (e.g. %1), or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUE must be a number of at least 1 (e.g. %1), or empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aicarbon::RangeEditor</name>
    <message>
        <source>low bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>triangular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lognormal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uniform: every value between the bounds equally likely. Triangular: most likely at the field&apos;s value. Normal: centred on the value, σ = (high − low)/3.29, cut at the bounds. Lognormal: the bounds are the 5% and 95% quantiles around the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the range: the input counts as exactly known again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low bound: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High bound: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The low bound must be below the high bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the field a value first: the range is drawn around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range must contain the field&apos;s value, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lognormal range needs a positive low bound.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aicarbon::RegionTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id scenario files and aicarbon-cli use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-2 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity
g/kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid carbon intensity used by default: the primary series&apos; latest year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of the intensity value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle includes upstream emissions of the fuels; direct counts combustion only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carbon-free
%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of carbon-free electricity, where the source gives it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of the intensity value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>World</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State/province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No intensity value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (your own entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 g/kWh in %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aicarbon::ReportActions</name>
    <message>
        <source>Export &amp;Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Methods Paragraph…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Reproducibility &amp;Bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LaTeX table (*.tex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown table (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Reproducibility Bundle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aicarbon::ScenarioListDock</name>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the selected scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the scenario up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the scenario down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare every scenario against this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aicarbon::ScenarioListModel</name>
    <message>
        <source>%1 (baseline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 CO2e</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aicarbon::SensitivityView</name>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CO₂e at low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CO₂e at high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance share Sᵢ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total share Sₜᵢ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input at its low bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input at its high bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which input matters for %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or select a scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertainty is switched off in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario has errors; correct them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No input of this scenario has a range. Give a field a range in the editor (the ± button), or switch on default ranges in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total CO₂e %1 (%2, 90% interval, %3 draws). Each bar moves one input from its low to its high bound with the others at their central values; the variance share says how much of the spread that input explains alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total emissions (%1 CO₂e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2, %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aicarbon::SweepTableModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>g CO₂e/kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall-clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total CO₂e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pareto front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid intensity: %1 gCO₂e/kWh, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUE: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall-clock time: %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility energy: %1 kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total emissions: %1 kg CO₂e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with the current scenario: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct (provider)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aicarbon::UncertaintyBox</name>
    <message>
        <source>CO2e, total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CO2e, market-based</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy, facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, 90% interval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the 90% intervals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No intervals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No intervals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not priced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No input has a range, so these are point estimates. Give a field a range, or switch on the default ranges in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 draws; uncertain inputs: %2, of which %3 with a default range. The Sensitivity tab shows which input matters most.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aicarbon::UserDeviceDialog</name>
    <message>
        <source>Add a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit your device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. acme-x100 (used in scenario files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id cannot change. To rename, add a new device and delete this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other accelerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power and memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TDP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;dle power:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor datasheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power &amp;figures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Embodied:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg CO₂e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where these figures come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dense peak rates (without sparsity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TFLOP/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number, or leave the field empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have a device with this id; saving replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shipped device has this id; yours will be used instead of it in every estimate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aicarbon::UserRegionDialog</name>
    <message>
        <source>Add a region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit your region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. MY-DATACENTRE (used in scenario files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id cannot change. To rename, add a new region and delete this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State/province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-2, e.g. DE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id of the enclosing region, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Also known as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other names, separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid carbon intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intensity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>g CO₂e/kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle (includes upstream emissions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct (combustion only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carbon-&amp;free share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have a region with this id; saving replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shipped region has this id; yours will be used instead of it in every estimate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aicarbon::WhatIfView</name>
    <message>
        <source>&amp;Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;scenario from this region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a copy of the scenario moved to the selected region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest emissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest emissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, id or country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;scenario from this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a copy of the scenario on the selected device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every device of the catalog (CPUs left out), same workload, region and device count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle grid intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct-emissions intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pareto front (no device both faster and cleaner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scenario selected: add or select a scenario to see where and on what it would emit least.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now %1, %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scenario itself cannot be estimated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if “%1” ran in another region or on other hardware? (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total emissions if run there (%1 CO₂e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity bases differ: hatched bars and “direct” rows count direct (combustion) emissions only, as cloud providers such as Google publish them; the others are lifecycle grid intensities, higher for the same grid. Compare the two with care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions where the scenario cannot be estimated (e.g. no grid intensity for its year) are left out: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 regions, ranked by total emissions (# = rank among all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall-clock time, final run (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total emissions (%1 CO₂e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stepped line is the Pareto front: for the devices on it, no other device is both faster and lower-emitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices the scenario cannot be estimated on (e.g. no peak throughput at its precision) are left out: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan the time, energy, carbon and cost of machine-learning training runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the example, draw every view once, print the time to first full draw and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --smoke-test: save a PNG of every view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use another catalog file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference catalog could not be read:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
