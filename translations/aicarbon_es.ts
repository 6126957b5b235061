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
        <translation>    de ello, búsqueda</translation>
    </message>
    <message>
        <source>    of which development</source>
        <translation>    de ello, desarrollo</translation>
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
        <translation>C = FLOP de entrenamiento (indicados)</translation>
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
        <translation>horas-dispositivo = indicadas (modo contable)</translation>
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
        <translation>incorporadas %1 kgCO2e</translation>
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
        <translation>ninguna conocida: basado en el mercado = basado en la ubicación</translation>
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
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Search regions…</source>
        <translation>Buscar regiones…</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(sin región)</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Todos los proveedores</translation>
    </message>
    <message>
        <source>Countries, states and zones, and cloud regions (aws:us-east-1).</source>
        <translation>Países, estados y zonas, y regiones en la nube (aws:us-east-1).</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Which series of grid intensities to use for the region (methodology §5).</source>
        <translation>Qué serie de intensidades de la red usar para la región (metodología §5).</translation>
    </message>
    <message>
        <source>Intensity series</source>
        <translation>Serie de intensidad</translation>
    </message>
    <message>
        <source>Search and development</source>
        <translation>Búsqueda y desarrollo</translation>
    </message>
    <message>
        <source>Grid search</source>
        <translation>Búsqueda en rejilla</translation>
    </message>
    <message>
        <source>Random search</source>
        <translation>Búsqueda aleatoria</translation>
    </message>
    <message>
        <source>Successive halving</source>
        <translation>Reducción sucesiva a la mitad</translation>
    </message>
    <message>
        <source>Hyperband</source>
        <translation>Hyperband</translation>
    </message>
    <message>
        <source>How the hyperparameter search before the final run is counted (methodology §6).</source>
        <translation>Cómo se contabiliza la búsqueda de hiperparámetros previa a la ejecución final (metodología §6).</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Promoted trials resume from their checkpoint</source>
        <translation>Las pruebas promovidas continúan desde su punto de control</translation>
    </message>
    <message>
        <source>Resulting search</source>
        <translation>Búsqueda resultante</translation>
    </message>
    <message>
        <source>values per hyperparameter, e.g. 3 × 4 × 5</source>
        <translation>valores por hiperparámetro, p. ej. 3 × 4 × 5</translation>
    </message>
    <message>
        <source>Grid search: trials = product of the value counts (methodology §6).</source>
        <translation>Búsqueda en rejilla: pruebas = producto del número de valores (metodología §6).</translation>
    </message>
    <message>
        <source>Grid sizes</source>
        <translation>Tamaños de la rejilla</translation>
    </message>
    <message>
        <source>Embodied emissions</source>
        <translation>Emisiones incorporadas</translation>
    </message>
    <message>
        <source>Include the devices&apos; manufacturing emissions</source>
        <translation>Incluir las emisiones de fabricación de los dispositivos</translation>
    </message>
    <message>
        <source>Embodied = per-device kgCO2e × device-hours / (lifetime × 8,766 h) (methodology §7).</source>
        <translation>Incorporadas = kgCO2e por dispositivo × horas-dispositivo / (vida útil × 8766 h) (metodología §7).</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>e.g. USD, EUR</source>
        <translation>p. ej. USD, EUR</translation>
    </message>
    <message>
        <source>Free text; no conversion is done.</source>
        <translation>Texto libre; no se hace ninguna conversión.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>In use while empty: %1 (%2, %3)</source>
        <translation>Si está vacío, se usa: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>In use while empty: %1 (%2)</source>
        <translation>Si está vacío, se usa: %1 (%2)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>In use while empty: %1</source>
        <translation>Si está vacío, se usa: %1</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automática (%1)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>Primary series (default)</source>
        <translation>Serie principal (por defecto)</translation>
    </message>
    <message>
        <source>%1 trials, %2 full-run equivalents of search compute</source>
        <translation>%1 pruebas, %2 ejecuciones completas equivalentes de cómputo de búsqueda</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source> = %1 × %2 × %3 (k × N × D)</source>
        <translation> = %1 × %2 × %3 (k × N × D)</translation>
    </message>
    <message>
        <source>; with the attention term %1 (reported only)</source>
        <translation>; con el término de atención %1 (solo informativo)</translation>
    </message>
</context>
<context>
    <name>aicarbon::AutosaveController</name>
    <message>
        <source>1 scenario</source>
        <translation>1 escenario</translation>
    </message>
    <message>
        <source>%1 scenarios</source>
        <translation>%1 escenarios</translation>
    </message>
    <message>
        <source>It was never saved.</source>
        <translation>Nunca se guardó.</translation>
    </message>
    <message>
        <source>It belongs to %1.</source>
        <translation>Pertenece a %1.</translation>
    </message>
    <message>
        <source>AI Carbon Planner did not close cleanly last time. Unsaved work on “%1” (%2), kept at %3, was recovered. %4

Restore it, or discard it? Discard deletes the recovered copy at %5.</source>
        <translation>AI Carbon Planner no se cerró correctamente la última vez. Se ha recuperado el trabajo sin guardar de «%1» (%2), conservado en %3. %4

¿Desea restaurarlo o descartarlo? Descartar elimina la copia recuperada en %5.</translation>
    </message>
    <message>
        <source>Unsaved work from the last session could not be read (%1), nor moved aside; it is still at %2.</source>
        <translation>No se pudo leer el trabajo sin guardar de la última sesión (%1) ni apartarlo; sigue en %2.</translation>
    </message>
    <message>
        <source>Unsaved work from the last session could not be read (%1). It was moved aside, unchanged, to
%2</source>
        <translation>No se pudo leer el trabajo sin guardar de la última sesión (%1). Se ha apartado, sin cambios, a
%2</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Recuperar trabajo sin guardar</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
</context>
<context>
    <name>aicarbon::CatalogModel</name>
    <message>
        <source>Entered by you (your own catalog)</source>
        <translation>Introducido por usted (su propio catálogo)</translation>
    </message>
    <message>
        <source>%1 T</source>
        <comment>trillion (10^12), e.g. 15.6 T tokens</comment>
        <translation>%1 billones</translation>
    </message>
    <message>
        <source>%1 B</source>
        <comment>billion (10^9), e.g. 175 B parameters</comment>
        <translation>%1 mil millones</translation>
    </message>
    <message>
        <source>%1 M</source>
        <comment>million (10^6)</comment>
        <translation>%1 millones</translation>
    </message>
</context>
<context>
    <name>aicarbon::CatalogPicker</name>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <source>%1 (not in the catalog)</source>
        <translation>%1 (no está en el catálogo)</translation>
    </message>
</context>
<context>
    <name>aicarbon::CloudRegionTableModel</name>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>Código de región</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Grid region</source>
        <translation>Región de red</translation>
    </message>
    <message>
        <source>The grid region whose carbon intensity applies</source>
        <translation>La región de red cuya intensidad de carbono se aplica</translation>
    </message>
    <message>
        <source>Grid
g/kWh</source>
        <translation>Red
g/kWh</translation>
    </message>
    <message>
        <source>Default carbon intensity of the grid region</source>
        <translation>Intensidad de carbono por defecto de la región de red</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Power usage effectiveness: the region&apos;s own figure, else the provider&apos;s default</source>
        <translation>Eficacia en el uso de la energía (PUE): la cifra propia de la región o, si no, la cifra por defecto del proveedor</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Source documenting the region and its location</source>
        <translation>Fuente que documenta la región y su ubicación</translation>
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
        <translation>%1 (por defecto)</translation>
    </message>
    <message>
        <source>Region&apos;s own PUE. Source: %1</source>
        <translation>PUE propio de la región. Fuente: %1</translation>
    </message>
    <message>
        <source>No PUE known</source>
        <translation>PUE desconocido</translation>
    </message>
    <message>
        <source>Worldwide average PUE</source>
        <translation>PUE medio mundial</translation>
    </message>
    <message>
        <source>Provider&apos;s fleet-wide PUE</source>
        <translation>PUE de toda la flota del proveedor</translation>
    </message>
    <message>
        <source>%1 (no figure for this region). Source: %2</source>
        <translation>%1 (sin cifra para esta región). Fuente: %2</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>Id: %1</translation>
    </message>
    <message>
        <source>Location: %1, %2</source>
        <translation>Ubicación: %1, %2</translation>
    </message>
    <message>
        <source>Grid region: %1</source>
        <translation>Región de red: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
</context>
<context>
    <name>aicarbon::CompareView</name>
    <message>
        <source>Time against emissions, one point per scenario</source>
        <translation>Tiempo frente a emisiones, un punto por escenario</translation>
    </message>
    <message>
        <source>Emissions by component</source>
        <translation>Emisiones por componente</translation>
    </message>
    <message>
        <source>Facility energy</source>
        <translation>Energía de la instalación</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Tiempo de reloj</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Gráfico:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
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
        <translation>horas</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>as stated</source>
        <translation>tal como se indica</translation>
    </message>
    <message>
        <source>No scenario states a price per device-hour or a carbon price.</source>
        <translation>Ningún escenario indica un precio por hora-dispositivo ni un precio del carbono.</translation>
    </message>
    <message>
        <source>Emissions (%1 CO₂e)</source>
        <translation>Emisiones (%1 CO₂e)</translation>
    </message>
    <message>
        <source>Facility energy (%1)</source>
        <translation>Energía de la instalación (%1)</translation>
    </message>
    <message>
        <source>Wall-clock time, final run (%1)</source>
        <translation>Tiempo de reloj, ejecución final (%1)</translation>
    </message>
    <message>
        <source>Cost (currency as stated)</source>
        <translation>Coste (moneda tal como se indica)</translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <translation>Coste (%1)</translation>
    </message>
    <message>
        <source>mixed currencies</source>
        <translation>monedas distintas</translation>
    </message>
    <message>
        <source>%1 (invalid)</source>
        <translation>%1 (no válido)</translation>
    </message>
    <message>
        <source>Total emissions (%1 CO₂e)</source>
        <translation>Emisiones totales (%1 CO₂e)</translation>
    </message>
    <message>
        <source>%1 cannot be estimated: %2</source>
        <translation>%1 no se puede estimar: %2</translation>
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
        <translation>Energía de la instalación: %1</translation>
    </message>
    <message>
        <source>IT energy: %1</source>
        <translation>Energía TI: %1</translation>
    </message>
    <message>
        <source>Wall-clock time: %1 (%2)</source>
        <translation>Tiempo de reloj: %1 (%2)</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Coste: %1</translation>
    </message>
    <message>
        <source>No price given</source>
        <translation>Sin precio indicado</translation>
    </message>
    <message>
        <source>90% interval: %1</source>
        <translation>Intervalo del 90 %: %1</translation>
    </message>
    <message>
        <source>%1
Wall-clock time: %2 (%3)
Total emissions: %4 (%5)</source>
        <translation>%1
Tiempo de reloj: %2 (%3)
Emisiones totales: %4 (%5)</translation>
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
        <translation>%1 (referencia)</translation>
    </message>
    <message>
        <source>%1: the baseline; the other columns show differences to it</source>
        <translation>%1: la referencia; las demás columnas muestran las diferencias respecto a ella</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
    <message>
        <source>%1 cannot be estimated: %2</source>
        <translation>%1 no se puede estimar: %2</translation>
    </message>
    <message>
        <source>%1: no price given</source>
        <translation>%1: sin precio indicado</translation>
    </message>
    <message>
        <source>%1: unknown</source>
        <translation>%1: desconocido</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Baseline, %1: %2</source>
        <translation>Referencia, %1: %2</translation>
    </message>
    <message>
        <source>Difference: %1%2 (%3)</source>
        <translation>Diferencia: %1%2 (%3)</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 p. p.</translation>
    </message>
</context>
<context>
    <name>aicarbon::DataBrowser</name>
    <message>
        <source>Search by name, id, vendor, country… (case and accents are ignored)</source>
        <translation>Buscar por nombre, id, fabricante, país… (no distingue mayúsculas ni acentos)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>&amp;Devices (%L1)</source>
        <translation>&amp;Dispositivos (%L1)</translation>
    </message>
    <message>
        <source>&amp;Regions (%L1)</source>
        <translation>&amp;Regiones (%L1)</translation>
    </message>
    <message>
        <source>&amp;Cloud regions (%L1)</source>
        <translation>Regiones en la &amp;nube (%L1)</translation>
    </message>
    <message>
        <source>&amp;Models (%L1)</source>
        <translation>&amp;Modelos (%L1)</translation>
    </message>
    <message>
        <source>%L1 rows.</source>
        <translation>%L1 filas.</translation>
    </message>
    <message>
        <source>Showing %L1 of %L2 rows.</source>
        <translation>Se muestran %L1 de %L2 filas.</translation>
    </message>
    <message>
        <source>Rows in italics with an orange dot are your own entries.</source>
        <translation>Las filas en cursiva con un punto naranja son sus propias entradas.</translation>
    </message>
    <message>
        <source>Hover a row for its source.</source>
        <translation>Pase el ratón sobre una fila para ver su fuente.</translation>
    </message>
    <message>
        <source>&amp;Add device…</source>
        <translation>&amp;Añadir dispositivo…</translation>
    </message>
    <message>
        <source>&amp;Add region…</source>
        <translation>&amp;Añadir región…</translation>
    </message>
    <message>
        <source>Your own catalog could not be opened, so entries cannot be added or changed.</source>
        <translation>No se pudo abrir su propio catálogo, por lo que no se pueden añadir ni modificar entradas.</translation>
    </message>
    <message>
        <source>Creates your own copy with the same id, used instead of the shipped values</source>
        <translation>Crea su propia copia con el mismo id, que se usa en lugar de los valores incluidos</translation>
    </message>
    <message>
        <source>Only your own entries can be deleted</source>
        <translation>Solo se pueden eliminar sus propias entradas</translation>
    </message>
    <message>
        <source>Edit a shipped entry</source>
        <translation>Editar una entrada incluida</translation>
    </message>
    <message>
        <source>“%1” comes with the application&apos;s catalog.</source>
        <translation>«%1» viene con el catálogo de la aplicación.</translation>
    </message>
    <message>
        <source>Editing it creates your own copy with the same id (%1). Your copy is used instead of the shipped values in every estimate; delete it to return to them.</source>
        <translation>Al editarla se crea su propia copia con el mismo id (%1). Su copia se usa en lugar de los valores incluidos en todas las estimaciones; elimínela para volver a ellos.</translation>
    </message>
    <message>
        <source>Create my copy</source>
        <translation>Crear mi copia</translation>
    </message>
    <message>
        <source>Delete your entry</source>
        <translation>Eliminar su entrada</translation>
    </message>
    <message>
        <source>Delete “%1” (%2)?</source>
        <translation>¿Eliminar «%1» (%2)?</translation>
    </message>
    <message>
        <source>Scenarios that use this id will use the shipped entry of the same id if there is one, and otherwise report it as unknown.</source>
        <translation>Los escenarios que usan este id usarán la entrada incluida con el mismo id si existe y, si no, lo indicarán como desconocido.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>No se pudo eliminar</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>No se pudo guardar</translation>
    </message>
</context>
<context>
    <name>aicarbon::DataBrowserForm</name>
    <message>
        <source>TDP must be between %1 and %2 W.</source>
        <translation>El TDP debe estar entre %1 y %2 W.</translation>
    </message>
    <message>
        <source>Idle power must be between 0 W and the TDP.</source>
        <translation>La potencia en reposo debe estar entre 0 W y el TDP.</translation>
    </message>
    <message>
        <source>Peak rates must be above 0 and at most %1 TFLOP/s.</source>
        <translation>Los picos de rendimiento deben ser mayores que 0 y como máximo %1 TFLOP/s.</translation>
    </message>
    <message>
        <source>Carbon intensity must be above 0 and at most %1 g/kWh.</source>
        <translation>La intensidad de carbono debe ser mayor que 0 y como máximo %1 g/kWh.</translation>
    </message>
    <message>
        <source>The carbon-free share must be between 0 and 100 %.</source>
        <translation>La fracción libre de carbono debe estar entre 0 y 100 %.</translation>
    </message>
    <message>
        <source>The year must be between 1990 and 2100.</source>
        <translation>El año debe estar entre 1990 y 2100.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Enter an id.</source>
        <translation>Introduzca un id.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Introduzca un nombre.</translation>
    </message>
    <message>
        <source>The BF16 peak must not be below the FP32 peak.</source>
        <translation>El pico BF16 no puede ser inferior al pico FP32.</translation>
    </message>
</context>
<context>
    <name>aicarbon::DataSourcesDialog</name>
    <message>
        <source>Data sources and licences</source>
        <translation>Fuentes de datos y licencias</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attribution&lt;/b&gt;</source>
        <translation>&lt;b&gt;Atribución&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reference data version %1 of %2. Every value in the catalog cites one of the %L3 sources below; click a link to open it in your browser.</source>
        <translation>Versión %1 de los datos de referencia, del %2. Cada valor del catálogo cita una de las %L3 fuentes siguientes; haga clic en un enlace para abrirlo en su navegador.</translation>
    </message>
    <message>
        <source>No catalog is loaded.</source>
        <translation>No hay ningún catálogo cargado.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Open %1 in your browser</source>
        <translation>Abrir %1 en su navegador</translation>
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
        <translation>Intensidad de carbono de la red de países y regiones del mundo: Our World in Data a partir de Ember (2025) y Energy Institute – Statistical Review of World Energy.</translation>
    </message>
    <message>
        <source>Grid carbon intensity of zones and sub-national regions: Electricity Maps (2025/2026), yearly carbon intensity data, www.electricitymaps.com (the 2024 table as aggregated for Green Algorithms; 2021–2025 via The Green Web Foundation&apos;s CO2.js).</source>
        <translation>Intensidad de carbono de la red de zonas y regiones subnacionales: Electricity Maps (2025/2026), datos anuales de intensidad de carbono, www.electricitymaps.com (la tabla de 2024 tal como la agregó Green Algorithms; 2021–2025 a través de CO2.js de The Green Web Foundation).</translation>
    </message>
    <message>
        <source>ODbL 1.0</source>
        <translation>ODbL 1.0</translation>
    </message>
    <message>
        <source>The grid-intensity and region tables contain information from Electricity Maps, which is made available under the Open Database License (ODbL) v1.0. These two tables, as a Derived Database, are likewise offered under the ODbL v1.0. The other tables keep the licences listed here; the program code is not affected by the share-alike term.</source>
        <translation>Las tablas de intensidad de la red y de regiones contienen información de Electricity Maps, que se pone a disposición bajo la Open Database License (ODbL) v1.0. Estas dos tablas, como base de datos derivada, se ofrecen igualmente bajo la ODbL v1.0. Las demás tablas conservan las licencias aquí indicadas; la cláusula de compartir igual no afecta al código del programa.</translation>
    </message>
    <message>
        <source>Accelerator specifications: Epoch AI, “Data on Machine Learning Hardware”, epoch.ai.</source>
        <translation>Especificaciones de aceleradores: Epoch AI, “Data on Machine Learning Hardware”, epoch.ai.</translation>
    </message>
    <message>
        <source>CPU power, cloud data centres, PUE and carbon-intensity tables: Lannelongue L., Grealey J., Inouye M., “Green Algorithms: Quantifying the Carbon Footprint of Computation”, Advanced Science 2021.</source>
        <translation>Potencia de CPU, centros de datos en la nube, tablas de PUE y de intensidad de carbono: Lannelongue L., Grealey J., Inouye M., “Green Algorithms: Quantifying the Carbon Footprint of Computation”, Advanced Science 2021.</translation>
    </message>
    <message>
        <source>Cloud region carbon data: Google Cloud region-carbon-info, © Google LLC.</source>
        <translation>Datos de carbono de regiones en la nube: Google Cloud region-carbon-info, © Google LLC.</translation>
    </message>
    <message>
        <source>Provider PUE, GPU idle power and cloud regions: Cloud Carbon Footprint methodology, © Thoughtworks and Cloud Carbon Footprint contributors.</source>
        <translation>PUE de proveedores, potencia en reposo de GPU y regiones en la nube: metodología de Cloud Carbon Footprint, © Thoughtworks y colaboradores de Cloud Carbon Footprint.</translation>
    </message>
    <message>
        <source>CPU power and cloud region tables: CodeCarbon and ML CO2 Impact (mlco2), © CodeCarbon and mlco2 contributors.</source>
        <translation>Potencia de CPU y tablas de regiones en la nube: CodeCarbon y ML CO2 Impact (mlco2), © colaboradores de CodeCarbon y mlco2.</translation>
    </message>
    <message>
        <source>MIT License</source>
        <translation>Licencia MIT</translation>
    </message>
    <message>
        <source>Embodied emissions of accelerator dies: LLMCarbon hardware table, Faiz et al., ICLR 2024.</source>
        <translation>Emisiones incorporadas de los chips de aceleradores: tabla de hardware de LLMCarbon, Faiz et al., ICLR 2024.</translation>
    </message>
    <message>
        <source>Country and region names and codes: Debian iso-codes.</source>
        <translation>Nombres y códigos de países y regiones: Debian iso-codes.</translation>
    </message>
    <message>
        <source>LGPL 2.1 or later</source>
        <translation>LGPL 2.1 o posterior</translation>
    </message>
    <message>
        <source>Figures from papers and datasheets are cited facts; each paper or datasheet has its row in the table above.</source>
        <translation>Las cifras de artículos y hojas de datos son hechos citados; cada artículo u hoja de datos tiene su fila en la tabla anterior.</translation>
    </message>
    <message>
        <source>AI Carbon Planner itself is free software under the GNU General Public License, version 3 or later.</source>
        <translation>AI Carbon Planner es software libre bajo la Licencia Pública General de GNU, versión 3 o posterior.</translation>
    </message>
</context>
<context>
    <name>aicarbon::DeviceTableModel</name>
    <message>
        <source>Dense %1 peak in TFLOP/s (no sparsity)</source>
        <translation>Pico denso %1 en TFLOP/s (sin dispersión)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Release year</source>
        <translation>Año de lanzamiento</translation>
    </message>
    <message>
        <source>TDP
W</source>
        <translation>TDP
W</translation>
    </message>
    <message>
        <source>Thermal design power (board or module), W</source>
        <translation>Potencia de diseño térmico (placa o módulo), W</translation>
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
        <translation>Memoria
GB</translation>
    </message>
    <message>
        <source>Device memory, GB (10⁹ bytes)</source>
        <translation>Memoria del dispositivo, GB (10⁹ bytes)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>The id scenario files and aicarbon-cli use</source>
        <translation>El id que usan los archivos de escenario y aicarbon-cli</translation>
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
        <translation>Acelerador</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>propia</translation>
    </message>
    <message>
        <source> (your own entry)</source>
        <translation> (entrada propia)</translation>
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
        <translation>Reposo: %1 W</translation>
    </message>
    <message>
        <source>Dense peaks, TFLOP/s: %1</source>
        <translation>Picos densos, TFLOP/s: %1</translation>
    </message>
    <message>
        <source>Process: %1 nm, die %2 mm²</source>
        <translation>Proceso: %1 nm, chip de %2 mm²</translation>
    </message>
    <message>
        <source>Embodied: %1 kg CO₂e (%2)</source>
        <translation>Incorporadas: %1 kg CO₂e (%2)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
</context>
<context>
    <name>aicarbon::FigureDialog</name>
    <message>
        <source>Comparison of one quantity</source>
        <translation>Comparación de una magnitud</translation>
    </message>
    <message>
        <source>Emissions by component</source>
        <translation>Emisiones por componente</translation>
    </message>
    <message>
        <source>Region ranking</source>
        <translation>Clasificación de regiones</translation>
    </message>
    <message>
        <source>Devices: time against emissions</source>
        <translation>Dispositivos: tiempo frente a emisiones</translation>
    </message>
    <message>
        <source>Emissions</source>
        <translation>Emisiones</translation>
    </message>
    <message>
        <source>Facility energy</source>
        <translation>Energía de la instalación</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Tiempo de reloj</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Gráfico:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Magnitud:</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Escenario:</translation>
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
        <translation>Okabe–Ito (apta para daltónicos)</translation>
    </message>
    <message>
        <source>Grayscale with hatching (print)</source>
        <translation>Escala de grises con tramas (impresión)</translation>
    </message>
    <message>
        <source>Viridis (colour-blind safe, by lightness)</source>
        <translation>Viridis (apta para daltónicos, por luminosidad)</translation>
    </message>
    <message>
        <source>Tol bright (colour-blind safe)</source>
        <translation>Tol bright (apta para daltónicos)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Above the chart</source>
        <translation>Encima del gráfico</translation>
    </message>
    <message>
        <source>Right of the chart</source>
        <translation>A la derecha del gráfico</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolución:</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <source>Font si&amp;ze:</source>
        <translation>Tamañ&amp;o de fuente:</translation>
    </message>
    <message>
        <source>&amp;Palette:</source>
        <translation>&amp;Paleta:</translation>
    </message>
    <message>
        <source>&amp;Legend:</source>
        <translation>&amp;Leyenda:</translation>
    </message>
    <message>
        <source>Single column (89 mm)</source>
        <translation>Una columna (89 mm)</translation>
    </message>
    <message>
        <source>1.5 column (120 mm)</source>
        <translation>1,5 columnas (120 mm)</translation>
    </message>
    <message>
        <source>Double column (183 mm)</source>
        <translation>Dos columnas (183 mm)</translation>
    </message>
    <message>
        <source>Slide 16:9 (254 mm)</source>
        <translation>Diapositiva 16:9 (254 mm)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
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
        <translation>Tamaño:</translation>
    </message>
    <message>
        <source>The project has no scenario to draw.</source>
        <translation>El proyecto no tiene ningún escenario que dibujar.</translation>
    </message>
    <message>
        <source>%1 × %2 mm = %3 × %4 in; PNG %5 × %6 pixels</source>
        <translation>%1 × %2 mm = %3 × %4 in; PNG de %5 × %6 píxeles</translation>
    </message>
    <message>
        <source>Export Figure</source>
        <translation>Exportar figura</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;SVG (*.svg);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;SVG (*.svg);;Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
</context>
<context>
    <name>aicarbon::MainWindow</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Error en el guardado automático: %1</translation>
    </message>
    <message>
        <source>Catalog data %1 (%2)</source>
        <translation>Datos del catálogo %1 (%2)</translation>
    </message>
    <message>
        <source>Your own catalog (%1) could not be opened: %2
The app works with the shipped catalog only until this is resolved.</source>
        <translation>No se pudo abrir su propio catálogo (%1): %2
La aplicación funciona solo con el catálogo incluido hasta que se resuelva.</translation>
    </message>
    <message>
        <source>Your own catalog could not be read (%1). It was moved aside, unchanged, to
%2
and a new, empty one was started.</source>
        <translation>No se pudo leer su propio catálogo (%1). Se ha apartado, sin cambios, a
%2
y se ha creado uno nuevo vacío.</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>E&amp;scenario</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>&amp;What if</source>
        <translation>&amp;Hipótesis</translation>
    </message>
    <message>
        <source>Se&amp;nsitivity</source>
        <translation>Se&amp;nsibilidad</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <source>Export &amp;Figure…</source>
        <translation>Exportar &amp;figura…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Add Scenario</source>
        <translation>&amp;Añadir escenario</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Duplicate Scenario</source>
        <translation>D&amp;uplicar escenario</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>De&amp;lete Scenario</source>
        <translation>E&amp;liminar escenario</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>Set as &amp;Baseline</source>
        <translation>Usar como re&amp;ferencia</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Methodology</source>
        <translation>&amp;Metodología</translation>
    </message>
    <message>
        <source>&amp;Data Sources and Licences</source>
        <translation>&amp;Fuentes de datos y licencias</translation>
    </message>
    <message>
        <source>&amp;About AI Carbon Planner</source>
        <translation>Acerca &amp;de AI Carbon Planner</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>No se puede abrir %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;The file was not opened; your current project is unchanged.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;No se abrió el archivo; su proyecto actual no ha cambiado.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Proyecto sin título</translation>
    </message>
    <message>
        <source>Scenario 1</source>
        <translation>Escenario 1</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>Guardar proyecto</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2
The previous file is unchanged.</source>
        <translation>No se pudo guardar %1: %2
El archivo anterior no ha cambiado.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Se ha guardado %1</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Discard your changes and reload %1?</source>
        <translation>¿Descartar los cambios y volver a cargar %1?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The project has unsaved changes. Save them?</source>
        <translation>El proyecto tiene cambios sin guardar. ¿Desea guardarlos?</translation>
    </message>
    <message>
        <source>%1[*] — AI Carbon Planner</source>
        <translation>%1[*] — AI Carbon Planner</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Borrar la lista</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Metodología</translation>
    </message>
    <message>
        <source>About AI Carbon Planner</source>
        <translation>Acerca de AI Carbon Planner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;AI Carbon Planner %1&lt;/h3&gt;&lt;p&gt;Plan the time, energy, carbon and cost of a machine-learning training run before you launch it.&lt;/p&gt;&lt;p&gt;Catalog data %2 (%3). Works offline.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later. Charts by QCustomPlot (GPL). The data keep their sources&apos; licences: see Help → Data Sources and Licences.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AI Carbon Planner %1&lt;/h3&gt;&lt;p&gt;Planifique el tiempo, la energía, el carbono y el coste de una ejecución de entrenamiento de aprendizaje automático antes de lanzarla.&lt;/p&gt;&lt;p&gt;Datos del catálogo %2 (%3). Funciona sin conexión.&lt;/p&gt;&lt;p&gt;Publicado bajo la Licencia Pública General de GNU, versión 3 o posterior. Gráficos con QCustomPlot (GPL). Los datos conservan las licencias de sus fuentes: consulte Ayuda → Fuentes de datos y licencias.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>aicarbon::MethodsDialog</name>
    <message>
        <source>Methods Paragraph</source>
        <translation>Párrafo de métodos</translation>
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
        <translation>&amp;Copiar al portapapeles</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>Save .&amp;bib…</source>
        <translation>Guardar .&amp;bib…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Save Methods Paragraph</source>
        <translation>Guardar el párrafo de métodos</translation>
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
        <translation>Guardar la bibliografía</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Total parameters</source>
        <translation>Parámetros totales</translation>
    </message>
    <message>
        <source>Active
parameters</source>
        <translation>Parámetros
activos</translation>
    </message>
    <message>
        <source>Parameters used per token (mixture of experts)</source>
        <translation>Parámetros usados por token (mezcla de expertos)</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <source>d_model</source>
        <translation>d_model</translation>
    </message>
    <message>
        <source>Width of the residual stream</source>
        <translation>Anchura del flujo residual</translation>
    </message>
    <message>
        <source>Context
tokens</source>
        <translation>Tokens de
contexto</translation>
    </message>
    <message>
        <source>Context length in tokens</source>
        <translation>Longitud del contexto en tokens</translation>
    </message>
    <message>
        <source>Training
tokens</source>
        <translation>Tokens de
entrenamiento</translation>
    </message>
    <message>
        <source>Tokens seen in training</source>
        <translation>Tokens vistos en el entrenamiento</translation>
    </message>
    <message>
        <source>Published run on</source>
        <translation>Ejecución publicada en</translation>
    </message>
    <message>
        <source>Device of the published training run</source>
        <translation>Dispositivo de la ejecución de entrenamiento publicada</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Number of devices of the published training run</source>
        <translation>Número de dispositivos de la ejecución de entrenamiento publicada</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Family: %1</source>
        <translation>Familia: %1</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>Id: %1</translation>
    </message>
    <message>
        <source>Parameters: %1</source>
        <translation>Parámetros: %1</translation>
    </message>
    <message>
        <source>Training tokens: %1</source>
        <translation>Tokens de entrenamiento: %1</translation>
    </message>
    <message>
        <source>Heads: %1, vocabulary: %2</source>
        <translation>Cabezas: %1, vocabulario: %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
</context>
<context>
    <name>aicarbon::OptionalNumberField</name>
    <message>
        <source>Give this input an uncertainty range (low, high and distribution)</source>
        <translation>Dar a este valor un rango de incertidumbre (mínimo, máximo y distribución)</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>el valor por defecto</translation>
    </message>
    <message>
        <source>%1; the estimate still uses %2</source>
        <translation>%1; la estimación sigue usando %2</translation>
    </message>
</context>
<context>
    <name>aicarbon::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Automatic (g, kg, t or kt by size)</source>
        <translation>Automática (g, kg, t o kt según el tamaño)</translation>
    </message>
    <message>
        <source>Kilograms (kg)</source>
        <translation>Kilogramos (kg)</translation>
    </message>
    <message>
        <source>Tonnes (t)</source>
        <translation>Toneladas (t)</translation>
    </message>
    <message>
        <source>Pounds (lb)</source>
        <translation>Libras (lb)</translation>
    </message>
    <message>
        <source>Automatic (kWh, MWh, GWh or TWh by size)</source>
        <translation>Automática (kWh, MWh, GWh o TWh según el tamaño)</translation>
    </message>
    <message>
        <source>Kilowatt-hours (kWh)</source>
        <translation>Kilovatios hora (kWh)</translation>
    </message>
    <message>
        <source>Megawatt-hours (MWh)</source>
        <translation>Megavatios hora (MWh)</translation>
    </message>
    <message>
        <source>&amp;Mass of CO₂e:</source>
        <translation>&amp;Masa de CO₂e:</translation>
    </message>
    <message>
        <source>&amp;Energy:</source>
        <translation>&amp;Energía:</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Okabe–Ito (colour-blind safe)</source>
        <translation>Okabe–Ito (apta para daltónicos)</translation>
    </message>
    <message>
        <source>Tol bright (colour-blind safe)</source>
        <translation>Tol bright (apta para daltónicos)</translation>
    </message>
    <message>
        <source>Grayscale (for print)</source>
        <translation>Escala de grises (para imprimir)</translation>
    </message>
    <message>
        <source>Scenario &amp;colours:</source>
        <translation>&amp;Colores de los escenarios:</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Incertidumbre</translation>
    </message>
    <message>
        <source>&amp;Show 90% intervals, error bars and the sensitivity of each scenario</source>
        <translation>Mo&amp;strar intervalos del 90 %, barras de error y la sensibilidad de cada escenario</translation>
    </message>
    <message>
        <source>Give inputs left at their defaults a documented &amp;range</source>
        <translation>Dar un &amp;rango documentado a los valores que se dejan por defecto</translation>
    </message>
    <message>
        <source>MFU 0.20–0.46, power 60–100 % of TDP, host power up to the DGX nameplate share, grid intensity across catalog sources (methodology §13.2). Off: only the ranges you give count.</source>
        <translation>MFU 0,20–0,46, potencia 60–100 % del TDP, potencia del host hasta la parte nominal de una DGX, intensidad de la red según las fuentes del catálogo (metodología §13.2). Desactivado: solo cuentan los rangos que usted indique.</translation>
    </message>
    <message>
        <source>Defaults for new scenarios</source>
        <translation>Valores por defecto de los escenarios nuevos</translation>
    </message>
    <message>
        <source>engine default (%1)</source>
        <translation>valor por defecto del motor (%1)</translation>
    </message>
    <message>
        <source>from the catalog</source>
        <translation>del catálogo</translation>
    </message>
    <message>
        <source>Empty: the engine&apos;s default, %1 (Llama 3 measured 38–43 % on H100).</source>
        <translation>Vacío: el valor por defecto del motor, %1 (Llama 3 midió un 38–43 % en H100).</translation>
    </message>
    <message>
        <source>Empty: the provider&apos;s PUE from the catalog, else the world average %1 (Uptime Institute 2024).</source>
        <translation>Vacío: el PUE del proveedor según el catálogo o, si no, la media mundial %1 (Uptime Institute 2024).</translation>
    </message>
    <message>
        <source>Model FLOPs &amp;utilization:</source>
        <translation>&amp;Utilización de FLOP del modelo:</translation>
    </message>
    <message>
        <source>&amp;PUE:</source>
        <translation>&amp;PUE:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>MFU must be a number above 0 and at most 1 (e.g. %1), or empty.</source>
        <translation>El MFU debe ser un número mayor que 0 y como máximo 1 (p. ej. %1), o quedar vacío.</translation>
    </message>
    <message>
        <source>PUE must be a number of at least 1 (e.g. %1), or empty.</source>
        <translation>El PUE debe ser un número mayor o igual que 1 (p. ej. %1), o quedar vacío.</translation>
    </message>
</context>
<context>
    <name>aicarbon::RangeEditor</name>
    <message>
        <source>low bound</source>
        <translation>límite inferior</translation>
    </message>
    <message>
        <source>high bound</source>
        <translation>límite superior</translation>
    </message>
    <message>
        <source>uniform</source>
        <translation>uniforme</translation>
    </message>
    <message>
        <source>triangular</source>
        <translation>triangular</translation>
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
        <translation>Uniforme: todos los valores entre los límites son igual de probables. Triangular: el más probable es el valor del campo. Normal: centrada en el valor, σ = (superior − inferior)/3,29, truncada en los límites. Lognormal: los límites son los cuantiles del 5 % y el 95 % en torno al valor.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the range: the input counts as exactly known again</source>
        <translation>Quitar el rango: el valor vuelve a considerarse exactamente conocido</translation>
    </message>
    <message>
        <source>Low bound: %1</source>
        <translation>Límite inferior: %1</translation>
    </message>
    <message>
        <source>High bound: %1</source>
        <translation>Límite superior: %1</translation>
    </message>
    <message>
        <source>The low bound must be below the high bound.</source>
        <translation>El límite inferior debe ser menor que el superior.</translation>
    </message>
    <message>
        <source>Give the field a value first: the range is drawn around it.</source>
        <translation>Dé primero un valor al campo: el rango se traza en torno a él.</translation>
    </message>
    <message>
        <source>The range must contain the field&apos;s value, %1.</source>
        <translation>El rango debe contener el valor del campo, %1.</translation>
    </message>
    <message>
        <source>A lognormal range needs a positive low bound.</source>
        <translation>Un rango lognormal necesita un límite inferior positivo.</translation>
    </message>
</context>
<context>
    <name>aicarbon::RegionTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>The id scenario files and aicarbon-cli use</source>
        <translation>El id que usan los archivos de escenario y aicarbon-cli</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-2 code</source>
        <translation>Código ISO 3166-1 alfa-2</translation>
    </message>
    <message>
        <source>Intensity
g/kWh</source>
        <translation>Intensidad
g/kWh</translation>
    </message>
    <message>
        <source>Grid carbon intensity used by default: the primary series&apos; latest year</source>
        <translation>Intensidad de carbono de la red usada por defecto: el último año de la serie principal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Year of the intensity value</source>
        <translation>Año del valor de intensidad</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Lifecycle includes upstream emissions of the fuels; direct counts combustion only</source>
        <translation>«Ciclo de vida» incluye las emisiones previas de los combustibles; «directa» cuenta solo la combustión</translation>
    </message>
    <message>
        <source>Carbon-free
%</source>
        <translation>% libre
de carbono</translation>
    </message>
    <message>
        <source>Share of carbon-free electricity, where the source gives it</source>
        <translation>Fracción de electricidad libre de carbono, si la fuente la indica</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Source of the intensity value</source>
        <translation>Fuente del valor de intensidad</translation>
    </message>
    <message>
        <source>World</source>
        <translation>Mundo</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>State/province</source>
        <translation>Estado/provincia</translation>
    </message>
    <message>
        <source>Grid zone</source>
        <translation>Zona de red</translation>
    </message>
    <message>
        <source>lifecycle</source>
        <translation>ciclo de vida</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>directa</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>propia</translation>
    </message>
    <message>
        <source>No intensity value</source>
        <translation>Sin valor de intensidad</translation>
    </message>
    <message>
        <source> (your own entry)</source>
        <translation> (entrada propia)</translation>
    </message>
    <message>
        <source>Id: %1 (%2)</source>
        <translation>Id: %1 (%2)</translation>
    </message>
    <message>
        <source>Part of: %1</source>
        <translation>Forma parte de: %1</translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation>También conocida como: %1</translation>
    </message>
    <message>
        <source>%1 g/kWh in %2 (%3)</source>
        <translation>%1 g/kWh en %2 (%3)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
</context>
<context>
    <name>aicarbon::ReportActions</name>
    <message>
        <source>Export &amp;Table…</source>
        <translation>Exportar &amp;tabla…</translation>
    </message>
    <message>
        <source>&amp;Methods Paragraph…</source>
        <translation>&amp;Párrafo de métodos…</translation>
    </message>
    <message>
        <source>Export Reproducibility &amp;Bundle…</source>
        <translation>Exportar paquete de reproduci&amp;bilidad…</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>LaTeX table (*.tex)</source>
        <translation>Tabla LaTeX (*.tex)</translation>
    </message>
    <message>
        <source>Markdown table (*.md)</source>
        <translation>Tabla Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Exportar tabla</translation>
    </message>
    <message>
        <source>Export Reproducibility Bundle</source>
        <translation>Exportar paquete de reproducibilidad</translation>
    </message>
</context>
<context>
    <name>aicarbon::ScenarioListDock</name>
    <message>
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add a new scenario</source>
        <translation>Añadir un escenario nuevo</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Duplicate the selected scenario</source>
        <translation>Duplicar el escenario seleccionado</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected scenario</source>
        <translation>Eliminar el escenario seleccionado</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the scenario up</source>
        <translation>Subir el escenario</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the scenario down</source>
        <translation>Bajar el escenario</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Compare every scenario against this one</source>
        <translation>Comparar todos los escenarios con este</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Escenario %1</translation>
    </message>
</context>
<context>
    <name>aicarbon::ScenarioListModel</name>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1 (referencia)</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>No válido: %1</translation>
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
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Rango</translation>
    </message>
    <message>
        <source>CO₂e at low</source>
        <translation>CO₂e en el mínimo</translation>
    </message>
    <message>
        <source>CO₂e at high</source>
        <translation>CO₂e en el máximo</translation>
    </message>
    <message>
        <source>Swing</source>
        <translation>Variación</translation>
    </message>
    <message>
        <source>Variance share Sᵢ</source>
        <translation>Fracción de varianza Sᵢ</translation>
    </message>
    <message>
        <source>Total share Sₜᵢ</source>
        <translation>Fracción total Sₜᵢ</translation>
    </message>
    <message>
        <source>Source of the range</source>
        <translation>Origen del rango</translation>
    </message>
    <message>
        <source>Input at its low bound</source>
        <translation>Entrada en su límite inferior</translation>
    </message>
    <message>
        <source>Input at its high bound</source>
        <translation>Entrada en su límite superior</translation>
    </message>
    <message>
        <source>Which input matters for %1?</source>
        <translation>¿Qué entrada influye en %1?</translation>
    </message>
    <message>
        <source>No scenario</source>
        <translation>Ningún escenario</translation>
    </message>
    <message>
        <source>Add or select a scenario.</source>
        <translation>Añada o seleccione un escenario.</translation>
    </message>
    <message>
        <source>Uncertainty is switched off in Preferences.</source>
        <translation>La incertidumbre está desactivada en Preferencias.</translation>
    </message>
    <message>
        <source>The scenario has errors; correct them first.</source>
        <translation>El escenario tiene errores; corríjalos primero.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>No input of this scenario has a range. Give a field a range in the editor (the ± button), or switch on default ranges in Preferences.</source>
        <translation>Ningún valor de entrada de este escenario tiene un rango. Dé un rango a un campo en el editor (botón ±) o active los rangos por defecto en Preferencias.</translation>
    </message>
    <message>
        <source>Total CO₂e %1 (%2, 90% interval, %3 draws). Each bar moves one input from its low to its high bound with the others at their central values; the variance share says how much of the spread that input explains alone.</source>
        <translation>CO₂e total %1 (%2, intervalo del 90 %, %3 muestras). Cada barra mueve un valor de entrada de su límite inferior al superior con los demás en sus valores centrales; la fracción de varianza indica qué parte de la dispersión explica ese valor por sí solo.</translation>
    </message>
    <message>
        <source>Total emissions (%1 CO₂e)</source>
        <translation>Emisiones totales (%1 CO₂e)</translation>
    </message>
    <message>
        <source>default range</source>
        <translation>rango por defecto</translation>
    </message>
    <message>
        <source>your range</source>
        <translation>su rango</translation>
    </message>
    <message>
        <source>%1 to %2, %3 (%4)</source>
        <translation>de %1 a %2, %3 (%4)</translation>
    </message>
    <message>
        <source>this scenario</source>
        <translation>este escenario</translation>
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
        <translation>Región</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
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
        <translation>Tiempo de reloj</translation>
    </message>
    <message>
        <source>Facility energy</source>
        <translation>Energía de la instalación</translation>
    </message>
    <message>
        <source>Total CO₂e</source>
        <translation>CO₂e total</translation>
    </message>
    <message>
        <source>Pareto front</source>
        <translation>Frente de Pareto</translation>
    </message>
    <message>
        <source>vs current</source>
        <translation>frente al actual</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (actual)</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>red</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Grid intensity: %1 gCO₂e/kWh, %2</source>
        <translation>Intensidad de la red: %1 gCO₂e/kWh, %2</translation>
    </message>
    <message>
        <source>PUE: %1</source>
        <translation>PUE: %1</translation>
    </message>
    <message>
        <source>Wall-clock time: %1 h</source>
        <translation>Tiempo de reloj: %1 h</translation>
    </message>
    <message>
        <source>Facility energy: %1 kWh</source>
        <translation>Energía de la instalación: %1 kWh</translation>
    </message>
    <message>
        <source>Total emissions: %1 kg CO₂e</source>
        <translation>Emisiones totales: %1 kg CO₂e</translation>
    </message>
    <message>
        <source>Compared with the current scenario: %1</source>
        <translation>Comparado con el escenario actual: %1</translation>
    </message>
    <message>
        <source>direct (provider)</source>
        <translation>directa (proveedor)</translation>
    </message>
    <message>
        <source>lifecycle</source>
        <translation>ciclo de vida</translation>
    </message>
    <message>
        <source>as given</source>
        <translation>tal como se indica</translation>
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
        <translation>CO2e, basado en el mercado</translation>
    </message>
    <message>
        <source>Energy, facility</source>
        <translation>Energía, instalación</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Tiempo de reloj</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>%1 (%2, 90% interval)</source>
        <translation>%1 (%2, intervalo del 90 %)</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Incertidumbre</translation>
    </message>
    <message>
        <source>Computing the 90% intervals…</source>
        <translation>Calculando los intervalos del 90 %…</translation>
    </message>
    <message>
        <source>No intervals: %1</source>
        <translation>Sin intervalos: %1</translation>
    </message>
    <message>
        <source>No intervals.</source>
        <translation>Sin intervalos.</translation>
    </message>
    <message>
        <source>not priced</source>
        <translation>sin precio</translation>
    </message>
    <message>
        <source>No input has a range, so these are point estimates. Give a field a range, or switch on the default ranges in Preferences.</source>
        <translation>Ningún valor de entrada tiene un rango, así que son estimaciones puntuales. Dé un rango a un campo o active los rangos por defecto en Preferencias.</translation>
    </message>
    <message>
        <source>%1 draws; uncertain inputs: %2, of which %3 with a default range. The Sensitivity tab shows which input matters most.</source>
        <translation>%1 muestras; valores inciertos: %2, de los cuales %3 con rango por defecto. La pestaña Sensibilidad muestra qué valor influye más.</translation>
    </message>
</context>
<context>
    <name>aicarbon::UserDeviceDialog</name>
    <message>
        <source>Add a device</source>
        <translation>Añadir un dispositivo</translation>
    </message>
    <message>
        <source>Edit your device</source>
        <translation>Editar su dispositivo</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>e.g. acme-x100 (used in scenario files)</source>
        <translation>p. ej. acme-x100 (se usa en los archivos de escenario)</translation>
    </message>
    <message>
        <source>The id cannot change. To rename, add a new device and delete this one.</source>
        <translation>El id no se puede cambiar. Para renombrarlo, añada un dispositivo nuevo y elimine este.</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>Fa&amp;bricante:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
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
        <translation>Otro acelerador</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Release &amp;year:</source>
        <translation>&amp;Año de lanzamiento:</translation>
    </message>
    <message>
        <source>Power and memory</source>
        <translation>Potencia y memoria</translation>
    </message>
    <message>
        <source>&amp;TDP:</source>
        <translation>T&amp;DP:</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>I&amp;dle power:</source>
        <translation>Potencia en &amp;reposo:</translation>
    </message>
    <message>
        <source>Vendor datasheet</source>
        <translation>Hoja de datos del fabricante</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimación</translation>
    </message>
    <message>
        <source>Power &amp;figures:</source>
        <translation>Cifras de &amp;potencia:</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>&amp;Memoria:</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>&amp;Embodied:</source>
        <translation>&amp;Emisiones incorporadas:</translation>
    </message>
    <message>
        <source>kg CO₂e</source>
        <translation>kg CO₂e</translation>
    </message>
    <message>
        <source>&amp;Source notes:</source>
        <translation>Notas sobre la &amp;fuente:</translation>
    </message>
    <message>
        <source>where these figures come from</source>
        <translation>de dónde proceden estas cifras</translation>
    </message>
    <message>
        <source>Dense peak rates (without sparsity)</source>
        <translation>Picos de rendimiento densos (sin dispersión)</translation>
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
        <translation>Introduzca un número o deje el campo vacío.</translation>
    </message>
    <message>
        <source>You already have a device with this id; saving replaces it.</source>
        <translation>Ya tiene un dispositivo con este id; al guardar se sustituirá.</translation>
    </message>
    <message>
        <source>A shipped device has this id; yours will be used instead of it in every estimate.</source>
        <translation>Un dispositivo incluido tiene este id; el suyo se usará en su lugar en todas las estimaciones.</translation>
    </message>
</context>
<context>
    <name>aicarbon::UserRegionDialog</name>
    <message>
        <source>Add a region</source>
        <translation>Añadir una región</translation>
    </message>
    <message>
        <source>Edit your region</source>
        <translation>Editar su región</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>e.g. MY-DATACENTRE (used in scenario files)</source>
        <translation>p. ej. MI-CENTRO-DE-DATOS (se usa en los archivos de escenario)</translation>
    </message>
    <message>
        <source>The id cannot change. To rename, add a new region and delete this one.</source>
        <translation>El id no se puede cambiar. Para renombrarla, añada una región nueva y elimine esta.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Grid zone</source>
        <translation>Zona de red</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>State/province</source>
        <translation>Estado/provincia</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Country code:</source>
        <translation>Código de &amp;país:</translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-2, e.g. DE</source>
        <translation>ISO 3166-1 alfa-2, p. ej. ES</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>&amp;Forma parte de:</translation>
    </message>
    <message>
        <source>id of the enclosing region, optional</source>
        <translation>id de la región que la contiene, opcional</translation>
    </message>
    <message>
        <source>&amp;Also known as:</source>
        <translation>Tam&amp;bién conocida como:</translation>
    </message>
    <message>
        <source>other names, separated by ;</source>
        <translation>otros nombres, separados por ;</translation>
    </message>
    <message>
        <source>Grid carbon intensity</source>
        <translation>Intensidad de carbono de la red</translation>
    </message>
    <message>
        <source>&amp;Intensity:</source>
        <translation>Intensi&amp;dad:</translation>
    </message>
    <message>
        <source>g CO₂e/kWh</source>
        <translation>g CO₂e/kWh</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Año:</translation>
    </message>
    <message>
        <source>Lifecycle (includes upstream emissions)</source>
        <translation>Ciclo de vida (incluye las emisiones previas)</translation>
    </message>
    <message>
        <source>Direct (combustion only)</source>
        <translation>Directa (solo combustión)</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>Ba&amp;se:</translation>
    </message>
    <message>
        <source>Carbon-&amp;free share:</source>
        <translation>Fracción libre de &amp;carbono:</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Introduzca un número.</translation>
    </message>
    <message>
        <source>You already have a region with this id; saving replaces it.</source>
        <translation>Ya tiene una región con este id; al guardar se sustituirá.</translation>
    </message>
    <message>
        <source>A shipped region has this id; yours will be used instead of it in every estimate.</source>
        <translation>Una región incluida tiene este id; la suya se usará en su lugar en todas las estimaciones.</translation>
    </message>
</context>
<context>
    <name>aicarbon::WhatIfView</name>
    <message>
        <source>&amp;Regions</source>
        <translation>&amp;Regiones</translation>
    </message>
    <message>
        <source>&amp;Hardware</source>
        <translation>&amp;Hardware</translation>
    </message>
    <message>
        <source>Create &amp;scenario from this region</source>
        <translation>Crear &amp;escenario desde esta región</translation>
    </message>
    <message>
        <source>Adds a copy of the scenario moved to the selected region</source>
        <translation>Añade una copia del escenario trasladada a la región seleccionada</translation>
    </message>
    <message>
        <source>Lowest emissions</source>
        <translation>Menores emisiones</translation>
    </message>
    <message>
        <source>Highest emissions</source>
        <translation>Mayores emisiones</translation>
    </message>
    <message>
        <source>Name, id or country</source>
        <translation>Nombre, id o país</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Create &amp;scenario from this device</source>
        <translation>Crear &amp;escenario desde este dispositivo</translation>
    </message>
    <message>
        <source>Adds a copy of the scenario on the selected device</source>
        <translation>Añade una copia del escenario en el dispositivo seleccionado</translation>
    </message>
    <message>
        <source>Every device of the catalog (CPUs left out), same workload, region and device count.</source>
        <translation>Todos los dispositivos del catálogo (sin las CPU), con la misma carga de trabajo, región y número de dispositivos.</translation>
    </message>
    <message>
        <source>Lifecycle grid intensity</source>
        <translation>Intensidad de la red en ciclo de vida</translation>
    </message>
    <message>
        <source>Direct-emissions intensity</source>
        <translation>Intensidad de emisiones directas</translation>
    </message>
    <message>
        <source>Current region</source>
        <translation>Región actual</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Pareto front (no device both faster and cleaner)</source>
        <translation>Frente de Pareto (ningún dispositivo es a la vez más rápido y más limpio)</translation>
    </message>
    <message>
        <source>Current device</source>
        <translation>Dispositivo actual</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Escenario %1</translation>
    </message>
    <message>
        <source>No scenario selected: add or select a scenario to see where and on what it would emit least.</source>
        <translation>Ningún escenario seleccionado: añada o seleccione un escenario para ver dónde y con qué emitiría menos.</translation>
    </message>
    <message>
        <source>now %1, %2 in %3</source>
        <translation>ahora %1, %2 en %3</translation>
    </message>
    <message>
        <source>the scenario itself cannot be estimated yet</source>
        <translation>el propio escenario aún no se puede estimar</translation>
    </message>
    <message>
        <source>What if “%1” ran in another region or on other hardware? (%2)</source>
        <translation>¿Y si «%1» se ejecutara en otra región o en otro hardware? (%2)</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <source>Electricity grids</source>
        <translation>Redes eléctricas</translation>
    </message>
    <message>
        <source>Cloud: %1</source>
        <translation>Nube: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (actual)</translation>
    </message>
    <message>
        <source>Total emissions if run there (%1 CO₂e)</source>
        <translation>Emisiones totales si se ejecutara allí (%1 CO₂e)</translation>
    </message>
    <message>
        <source>Intensity bases differ: hatched bars and “direct” rows count direct (combustion) emissions only, as cloud providers such as Google publish them; the others are lifecycle grid intensities, higher for the same grid. Compare the two with care.</source>
        <translation>Las bases de intensidad difieren: las barras rayadas y las filas «directa» cuentan solo las emisiones directas (de combustión), tal como las publican proveedores de nube como Google; las demás son intensidades de la red en ciclo de vida, más altas para la misma red. Compare ambas con cautela.</translation>
    </message>
    <message>
        <source>Regions where the scenario cannot be estimated (e.g. no grid intensity for its year) are left out: %1.</source>
        <translation>Se omiten las regiones en las que el escenario no se puede estimar (p. ej. sin intensidad de la red para su año): %1.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 regions, ranked by total emissions (# = rank among all).</source>
        <translation>Se muestran %1 de %2 regiones, ordenadas por emisiones totales (# = puesto entre todas).</translation>
    </message>
    <message>
        <source>Wall-clock time, final run (%1)</source>
        <translation>Tiempo de reloj, ejecución final (%1)</translation>
    </message>
    <message>
        <source>Total emissions (%1 CO₂e)</source>
        <translation>Emisiones totales (%1 CO₂e)</translation>
    </message>
    <message>
        <source>The stepped line is the Pareto front: for the devices on it, no other device is both faster and lower-emitting.</source>
        <translation>La línea escalonada es el frente de Pareto: para los dispositivos situados en ella, ningún otro dispositivo es a la vez más rápido y de menores emisiones.</translation>
    </message>
    <message>
        <source>Devices the scenario cannot be estimated on (e.g. no peak throughput at its precision) are left out: %1.</source>
        <translation>Se omiten los dispositivos en los que el escenario no se puede estimar (p. ej. sin pico de rendimiento para su precisión): %1.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan the time, energy, carbon and cost of machine-learning training runs.</source>
        <translation>Planifique el tiempo, la energía, el carbono y el coste de las ejecuciones de entrenamiento de aprendizaje automático.</translation>
    </message>
    <message>
        <source>Load the example, draw every view once, print the time to first full draw and exit.</source>
        <translation>Carga el ejemplo, dibuja cada vista una vez, muestra el tiempo hasta el primer dibujado completo y sale.</translation>
    </message>
    <message>
        <source>With --smoke-test: save a PNG of every view.</source>
        <translation>Con --smoke-test: guarda un PNG de cada vista.</translation>
    </message>
    <message>
        <source>Use another catalog file.</source>
        <translation>Usa otro archivo de catálogo.</translation>
    </message>
    <message>
        <source>A project to open.</source>
        <translation>Un proyecto para abrir.</translation>
    </message>
    <message>
        <source>The reference catalog could not be read:
%1</source>
        <translation>No se pudo leer el catálogo de referencia:
%1</translation>
    </message>
    <message>
        <source>Use this language for this session only (e.g. de, pt_BR, zh_CN).</source>
        <translation>Usar este idioma solo en esta sesión (p. ej., de, pt_BR, zh_CN).</translation>
    </message>
</context>
</TS>
