<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AssumptionText</name>
    <message>
        <source>Catalog data version</source>
        <translation>Versión de los datos del catálogo</translation>
    </message>
    <message>
        <source>Model preset</source>
        <translation>Modelo predefinido</translation>
    </message>
    <message>
        <source>FLOPs per parameter per token</source>
        <translation>FLOP por parámetro y token</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Active parameters (per token)</source>
        <translation>Parámetros activos (por token)</translation>
    </message>
    <message>
        <source>Training compute</source>
        <translation>Cómputo de entrenamiento</translation>
    </message>
    <message>
        <source>Training compute (k·N·D)</source>
        <translation>Cómputo de entrenamiento (k·N·D)</translation>
    </message>
    <message>
        <source>Training tokens</source>
        <translation>Tokens de entrenamiento</translation>
    </message>
    <message>
        <source>Training tokens (dataset × epochs)</source>
        <translation>Tokens de entrenamiento (conjunto de datos × épocas)</translation>
    </message>
    <message>
        <source>Training tokens (steps × batch × sequence length)</source>
        <translation>Tokens de entrenamiento (pasos × lote × longitud de secuencia)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Device-hours (accounting mode)</source>
        <translation>Horas-dispositivo (modo contable)</translation>
    </message>
    <message>
        <source>Wall-clock hours (accounting mode)</source>
        <translation>Horas de reloj (modo contable)</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Dense peak per device</source>
        <translation>Pico denso por dispositivo</translation>
    </message>
    <message>
        <source>Model FLOPs utilization</source>
        <translation>Utilización de FLOP del modelo</translation>
    </message>
    <message>
        <source>Implied MFU (from the runtime)</source>
        <translation>MFU implícito (según la duración)</translation>
    </message>
    <message>
        <source>Average power per device (measured)</source>
        <translation>Potencia media por dispositivo (medida)</translation>
    </message>
    <message>
        <source>Average power per device (idle + u·(TDP − idle))</source>
        <translation>Potencia media por dispositivo (reposo + u·(TDP − reposo))</translation>
    </message>
    <message>
        <source>Host power per device</source>
        <translation>Potencia del host por dispositivo</translation>
    </message>
    <message>
        <source>TDP per device</source>
        <translation>TDP por dispositivo</translation>
    </message>
    <message>
        <source>Power utilization</source>
        <translation>Utilización de potencia</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Cloud region</source>
        <translation>Región en la nube</translation>
    </message>
    <message>
        <source>Grid carbon intensity</source>
        <translation>Intensidad de carbono de la red</translation>
    </message>
    <message>
        <source>Grid carbon intensity, %1 %2 (%3)</source>
        <translation>Intensidad de carbono de la red, %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Carbon-free energy (market-based)</source>
        <translation>Energía libre de carbono (basada en el mercado)</translation>
    </message>
    <message>
        <source>Carbon-free energy (provider CFE%)</source>
        <translation>Energía libre de carbono (CFE % del proveedor)</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>PUE (global default)</source>
        <translation>PUE (valor mundial por defecto)</translation>
    </message>
    <message>
        <source>PUE (%1)</source>
        <translation>PUE (%1)</translation>
    </message>
    <message>
        <source>PUE (%1 fleet)</source>
        <translation>PUE (flota de %1)</translation>
    </message>
    <message>
        <source>Search compute (in full runs)</source>
        <translation>Cómputo de búsqueda (en ejecuciones completas)</translation>
    </message>
    <message>
        <source>Development multiplier</source>
        <translation>Multiplicador de desarrollo</translation>
    </message>
    <message>
        <source>Embodied emissions per device</source>
        <translation>Emisiones incorporadas por dispositivo</translation>
    </message>
    <message>
        <source>Device lifetime</source>
        <translation>Vida útil del dispositivo</translation>
    </message>
    <message>
        <source>Price per device-hour</source>
        <translation>Precio por hora-dispositivo</translation>
    </message>
    <message>
        <source>Carbon price per tonne</source>
        <translation>Precio del carbono por tonelada</translation>
    </message>
</context>
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
    <name>DiagnosticText</name>
    <message>
        <source>%1 must be positive; found %2.</source>
        <translation>El valor de «%1» debe ser positivo; se ha encontrado %2.</translation>
    </message>
    <message>
        <source>%1 must be zero or positive; found %2.</source>
        <translation>El valor de «%1» debe ser cero o positivo; se ha encontrado %2.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3; found %4.</source>
        <translation>El valor de «%1» debe estar entre %2 y %3; se ha encontrado %4.</translation>
    </message>
    <message>
        <source>%1 must be above %2 and at most %3; found %4.</source>
        <translation>El valor de «%1» debe ser mayor que %2 y como máximo %3; se ha encontrado %4.</translation>
    </message>
    <message>
        <source>%1 must be at most %2; found %3.</source>
        <translation>El valor de «%1» debe ser como máximo %2; se ha encontrado %3.</translation>
    </message>
    <message>
        <source>%1 must be at least %2; found %3.</source>
        <translation>El valor de «%1» debe ser como mínimo %2; se ha encontrado %3.</translation>
    </message>
    <message>
        <source>%1 must be greater than %2; found %3.</source>
        <translation>El valor de «%1» debe ser mayor que %2; se ha encontrado %3.</translation>
    </message>
    <message>
        <source>%1 is needed by this search method.</source>
        <translation>Este método de búsqueda necesita «%1».</translation>
    </message>
    <message>
        <source>%1: the number is too large to represent.</source>
        <translation>%1: el número es demasiado grande para representarlo.</translation>
    </message>
    <message>
        <source>%1 must be a whole number; found %2.</source>
        <translation>El valor de «%1» debe ser un número entero; se ha encontrado %2.</translation>
    </message>
    <message>
        <source>%1 must be one of %2; found “%3”.</source>
        <translation>El valor de «%1» debe ser uno de %2; se ha encontrado «%3».</translation>
    </message>
    <message>
        <source>The low end %1 must not exceed the value %2.</source>
        <translation>El límite inferior %1 no puede superar el valor %2.</translation>
    </message>
    <message>
        <source>The high end %1 must not be below the value %2.</source>
        <translation>El límite superior %1 no puede ser inferior al valor %2.</translation>
    </message>
    <message>
        <source>A lognormal range needs a low end above zero; found %1.</source>
        <translation>Un rango lognormal necesita un límite inferior mayor que cero; se ha encontrado %1.</translation>
    </message>
    <message>
        <source>%1 must be a number; found %2.</source>
        <translation>El valor de «%1» debe ser un número; se ha encontrado %2.</translation>
    </message>
    <message>
        <source>%1 must be a text; found %2.</source>
        <translation>El valor de «%1» debe ser un texto; se ha encontrado %2.</translation>
    </message>
    <message>
        <source>%1 must be true or false; found %2.</source>
        <translation>El valor de «%1» debe ser verdadero o falso (true o false); se ha encontrado %2.</translation>
    </message>
    <message>
        <source>%1 must be an object; found %2.</source>
        <translation>El valor de «%1» debe ser un objeto; se ha encontrado %2.</translation>
    </message>
    <message>
        <source>%1 must be a list; found %2.</source>
        <translation>El valor de «%1» debe ser una lista; se ha encontrado %2.</translation>
    </message>
    <message>
        <source>Each scenario must be an object; found %1.</source>
        <translation>Cada escenario debe ser un objeto; se ha encontrado %1.</translation>
    </message>
    <message>
        <source>%1: a range needs a central value.</source>
        <translation>%1: un rango necesita un valor central.</translation>
    </message>
    <message>
        <source>%1: a range needs both a low and a high end.</source>
        <translation>%1: un rango necesita un límite inferior y uno superior.</translation>
    </message>
    <message>
        <source>Successive halving needs the number of configurations.</source>
        <translation>La reducción sucesiva a la mitad necesita el número de configuraciones.</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>El campo «%1» no puede estar vacío.</translation>
    </message>
    <message>
        <source>This is not an AI Carbon Planner file: its format is “%1”.</source>
        <translation>Este no es un archivo de AI Carbon Planner: su formato es «%1».</translation>
    </message>
    <message>
        <source>This is not an AI Carbon Planner file: it names no format.</source>
        <translation>Este no es un archivo de AI Carbon Planner: no indica ningún formato.</translation>
    </message>
    <message>
        <source>The file does not give its format version (expected %1).</source>
        <translation>El archivo no indica su versión de formato (se esperaba %1).</translation>
    </message>
    <message>
        <source>Unknown format version %2; expected %1.</source>
        <translation>Versión de formato %2 desconocida; se esperaba %1.</translation>
    </message>
    <message>
        <source>The file must hold a JSON object at the top level; found %1.</source>
        <translation>El archivo debe contener un objeto JSON en el nivel superior; se ha encontrado %1.</translation>
    </message>
    <message>
        <source>A project needs a list of scenarios.</source>
        <translation>Un proyecto necesita una lista de escenarios.</translation>
    </message>
    <message>
        <source>This file uses format version %1, written by a newer AI Carbon Planner; this version reads version %2. Please update the application.</source>
        <translation>Este archivo usa la versión de formato %1, escrita por una versión más reciente de AI Carbon Planner; esta versión lee la versión %2. Actualice la aplicación.</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>El archivo no es un JSON válido.</translation>
    </message>
    <message>
        <source>The file holds a number too large to represent.</source>
        <translation>El archivo contiene un número demasiado grande para representarlo.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>No se puede leer el archivo.</translation>
    </message>
    <message>
        <source>Unknown key “%1” is ignored.</source>
        <translation>Se ignora la clave desconocida «%1».</translation>
    </message>
    <message>
        <source>Unknown model “%1”.</source>
        <translation>Modelo desconocido: «%1».</translation>
    </message>
    <message>
        <source>Unknown model “%1”. Did you mean %2?</source>
        <translation>Modelo desconocido: «%1». ¿Quería decir %2?</translation>
    </message>
    <message>
        <source>Unknown device “%1”.</source>
        <translation>Dispositivo desconocido: «%1».</translation>
    </message>
    <message>
        <source>Unknown device “%1”. Did you mean %2?</source>
        <translation>Dispositivo desconocido: «%1». ¿Quería decir %2?</translation>
    </message>
    <message>
        <source>Unknown region “%1”.</source>
        <translation>Región desconocida: «%1».</translation>
    </message>
    <message>
        <source>Unknown region “%1”. Did you mean %2?</source>
        <translation>Región desconocida: «%1». ¿Quería decir %2?</translation>
    </message>
    <message>
        <source>The device count must be a whole number; found %1.</source>
        <translation>El número de dispositivos debe ser un número entero; se ha encontrado %1.</translation>
    </message>
    <message>
        <source>Steps, batch size and sequence length must be given together (tokens = steps × batch size × sequence length).</source>
        <translation>Los pasos, el tamaño de lote y la longitud de secuencia deben indicarse juntos (tokens = pasos × tamaño de lote × longitud de secuencia).</translation>
    </message>
    <message>
        <source>Wall-clock hours × device count differ from the device-hours by more than %1; the device-hours are used.</source>
        <translation>Las horas de reloj × el número de dispositivos difieren de las horas-dispositivo en más de un %1; se usan las horas-dispositivo.</translation>
    </message>
    <message>
        <source>A peak of %1 TFLOP/s is about twice the dense figure of %2 TFLOP/s: it looks like a sparsity figure; use the dense peak.</source>
        <translation>Un pico de %1 TFLOP/s es aproximadamente el doble de la cifra densa de %2 TFLOP/s: parece una cifra con dispersión; use el pico denso.</translation>
    </message>
    <message>
        <source>An MFU of %1 is above %2; published large runs reach %3–%4.</source>
        <translation>Un MFU de %1 es superior a %2; las grandes ejecuciones publicadas alcanzan %3–%4.</translation>
    </message>
    <message>
        <source>The MFU is not used when the runtime is given; it is reported as implied.</source>
        <translation>El MFU no se usa cuando se indica la duración; se muestra como implícito.</translation>
    </message>
    <message>
        <source>Cannot determine the training compute: give the training FLOPs, the parameters with the tokens (or a model preset), or the runtime.</source>
        <translation>No se puede determinar el cómputo de entrenamiento: indique los FLOP de entrenamiento, los parámetros junto con los tokens (o un modelo predefinido) o la duración.</translation>
    </message>
    <message>
        <source>No dense peak is known for this device at this precision: enter the peak TFLOP/s or choose another precision.</source>
        <translation>No se conoce ningún pico denso de este dispositivo con esta precisión: introduzca el pico en TFLOP/s o elija otra precisión.</translation>
    </message>
    <message>
        <source>An average power of %1 W is above the TDP of %2 W (fine if it includes the host).</source>
        <translation>Una potencia media de %1 W es superior al TDP de %2 W (es correcto si incluye el host).</translation>
    </message>
    <message>
        <source>No TDP is known for this device: enter the average power or the TDP.</source>
        <translation>No se conoce el TDP de este dispositivo: introduzca la potencia media o el TDP.</translation>
    </message>
    <message>
        <source>No grid carbon intensity is known for region %1: choose another year or source, or enter the carbon intensity.</source>
        <translation>No se conoce ninguna intensidad de carbono de la red para la región %1: elija otro año u otra fuente, o introduzca la intensidad de carbono.</translation>
    </message>
    <message>
        <source>No grid carbon intensity is known for region %1 in %2: choose another year or source, or enter the carbon intensity.</source>
        <translation>No se conoce ninguna intensidad de carbono de la red para la región %1 en %2: elija otro año u otra fuente, o introduzca la intensidad de carbono.</translation>
    </message>
    <message>
        <source>No grid carbon intensity is known for region %1 from source %2: choose another year or source, or enter the carbon intensity.</source>
        <translation>No se conoce ninguna intensidad de carbono de la red para la región %1 de la fuente %2: elija otro año u otra fuente, o introduzca la intensidad de carbono.</translation>
    </message>
    <message>
        <source>No grid carbon intensity is known for region %1 in %2 from source %3: choose another year or source, or enter the carbon intensity.</source>
        <translation>No se conoce ninguna intensidad de carbono de la red para la región %1 en %2 de la fuente %3: elija otro año u otra fuente, o introduzca la intensidad de carbono.</translation>
    </message>
    <message>
        <source>Give a region or a carbon intensity.</source>
        <translation>Indique una región o una intensidad de carbono.</translation>
    </message>
    <message>
        <source>A carbon intensity above %1 gCO2e/kWh is higher than any national grid.</source>
        <translation>Una intensidad de carbono superior a %1 gCO2e/kWh es mayor que la de cualquier red nacional.</translation>
    </message>
    <message>
        <source>A PUE above %1 is unusual for a data centre today.</source>
        <translation>Un PUE superior a %1 es inusual hoy en día en un centro de datos.</translation>
    </message>
    <message>
        <source>Trials are longer than the final run (fraction %1).</source>
        <translation>Las pruebas son más largas que la ejecución final (fracción %1).</translation>
    </message>
    <message>
        <source>No embodied emissions are known for this device: enter them per device (left out until then).</source>
        <translation>No se conocen las emisiones incorporadas de este dispositivo: introdúzcalas por dispositivo (se omiten hasta entonces).</translation>
    </message>
    <message>
        <source>The inputs are too large: a result is not a finite number.</source>
        <translation>Los valores de entrada son demasiado grandes: un resultado no es un número finito.</translation>
    </message>
    <message>
        <source>The BF16 peak must not be below the FP32 peak.</source>
        <translation>El pico BF16 no puede ser inferior al pico FP32.</translation>
    </message>
    <message>
        <source>%1: a range needs a numeric input with a value; it is ignored.</source>
        <translation>%1: un rango necesita un campo numérico con un valor; se ignora.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Carbon intensity source</source>
        <translation>Fuente de la intensidad de carbono</translation>
    </message>
    <message>
        <source>Search method</source>
        <translation>Método de búsqueda</translation>
    </message>
    <message>
        <source>Grid size</source>
        <translation>Tamaño de la rejilla</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribución</translation>
    </message>
    <message>
        <source>TDP (W)</source>
        <translation>TDP (W)</translation>
    </message>
    <message>
        <source>Idle power (W)</source>
        <translation>Potencia en reposo (W)</translation>
    </message>
    <message>
        <source>Peak (TFLOP/s)</source>
        <translation>Pico (TFLOP/s)</translation>
    </message>
    <message>
        <source>Carbon intensity (gCO2e/kWh)</source>
        <translation>Intensidad de carbono (gCO2e/kWh)</translation>
    </message>
    <message>
        <source>Carbon-free energy fraction</source>
        <translation>Fracción de energía libre de carbono</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>el número %1</translation>
    </message>
    <message>
        <source>the text “%1”</source>
        <translation>el texto «%1»</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>nothing (null)</source>
        <translation>nada (null)</translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1, línea %2, columna %3</translation>
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
    <name>EquivalentText</name>
    <message>
        <source>Car, average including fuel, over its lifetime</source>
        <translation>Coche, media con combustible incluido, durante toda su vida útil</translation>
    </message>
    <message>
        <source>car lifetime</source>
        <translation>vidas útiles de coche</translation>
    </message>
    <message>
        <source>Air travel, one passenger, New York–San Francisco round trip</source>
        <translation>Viaje en avión, un pasajero, ida y vuelta Nueva York–San Francisco</translation>
    </message>
    <message>
        <source>passenger round trip</source>
        <translation>viajes de ida y vuelta por pasajero</translation>
    </message>
    <message>
        <source>Human life, world average, one year</source>
        <translation>Vida humana, media mundial, un año</translation>
    </message>
    <message>
        <source>person-year</source>
        <translation>años-persona</translation>
    </message>
    <message>
        <source>American life, average, one year</source>
        <translation>Vida de un estadounidense, media, un año</translation>
    </message>
    <message>
        <source>Passenger car, typical US vehicle, per km</source>
        <translation>Turismo, vehículo típico de EE. UU., por km</translation>
    </message>
    <message>
        <source>km driven</source>
        <translation>km recorridos</translation>
    </message>
    <message>
        <source>Passenger car, European average, per km</source>
        <translation>Turismo, media europea, por km</translation>
    </message>
    <message>
        <source>Tree, CO2 sequestered in one month</source>
        <translation>Árbol, CO2 capturado en un mes</translation>
    </message>
    <message>
        <source>tree-month</source>
        <translation>árboles-mes</translation>
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
    <message>
        <source>methodology §%1</source>
        <translation>metodología §%1</translation>
    </message>
    <message>
        <source>You entered the total work of the training run in floating-point operations, so it is used as given.</source>
        <translation>Ha introducido el trabajo total de la ejecución de entrenamiento en operaciones de coma flotante, así que se usa tal cual.</translation>
    </message>
    <message>
        <source>Training costs about %1 floating-point operations for every parameter (N) and every training token (D).</source>
        <translation>El entrenamiento cuesta unas %1 operaciones de coma flotante por cada parámetro (N) y cada token de entrenamiento (D).</translation>
    </message>
    <message>
        <source>Kaplan et al. %1, Table %2; not used for time or energy</source>
        <translation>Kaplan et al. %1, tabla %2; no se usa para el tiempo ni la energía</translation>
    </message>
    <message>
        <source>Counting the layers and the attention over the context separately refines the estimate; it is shown for comparison only.</source>
        <translation>Contar por separado las capas y la atención sobre el contexto afina la estimación; se muestra solo a modo de comparación.</translation>
    </message>
    <message>
        <source>You entered the time the devices ran, so it is used as given.</source>
        <translation>Ha introducido el tiempo que funcionaron los dispositivos, así que se usa tal cual.</translation>
    </message>
    <message>
        <source>The time is the work divided by the speed a chip really reaches: its peak speed times the fraction of it used (MFU).</source>
        <translation>El tiempo es el trabajo dividido entre la velocidad que un chip alcanza realmente: su velocidad pico por la fracción de ella que se aprovecha (MFU).</translation>
    </message>
    <message>
        <source>Dividing the work by the time it took shows which fraction of the chips&apos; peak speed the run achieved.</source>
        <translation>Dividir el trabajo entre el tiempo que llevó muestra qué fracción de la velocidad pico de los chips alcanzó la ejecución.</translation>
    </message>
    <message>
        <source>; perfect scaling, no idle time (%1)</source>
        <translation>; escalado perfecto, sin tiempos muertos (%1)</translation>
    </message>
    <message>
        <source>Sharing the work among more devices shortens the calendar time, assuming they work perfectly in parallel.</source>
        <translation>Repartir el trabajo entre más dispositivos acorta el tiempo de calendario, suponiendo que trabajen perfectamente en paralelo.</translation>
    </message>
    <message>
        <source>Your measured power of a device is used, plus its share of the host server&apos;s power.</source>
        <translation>Se usa la potencia que usted midió para un dispositivo, más su parte de la potencia del servidor host.</translation>
    </message>
    <message>
        <source>A busy chip draws between its idle power and its rated maximum (TDP); the host server&apos;s CPUs, memory and network add their share.</source>
        <translation>Un chip ocupado consume entre su potencia en reposo y su máximo nominal (TDP); las CPU, la memoria y la red del servidor host añaden su parte.</translation>
    </message>
    <message>
        <source>Energy is power multiplied by time, added up over all devices.</source>
        <translation>La energía es la potencia multiplicada por el tiempo, sumada para todos los dispositivos.</translation>
    </message>
    <message>
        <source>The data centre also spends energy on cooling and power supply; its PUE is the facility&apos;s energy divided by the computers&apos; energy.</source>
        <translation>El centro de datos también gasta energía en refrigeración y suministro eléctrico; su PUE es la energía de la instalación dividida entre la energía de los ordenadores.</translation>
    </message>
    <message>
        <source>Every kilowatt-hour taken from the local grid comes with the greenhouse gases emitted on average to generate it there.</source>
        <translation>Cada kilovatio hora tomado de la red local lleva consigo los gases de efecto invernadero emitidos de media para generarlo allí.</translation>
    </message>
    <message>
        <source>Trying many settings before the final run repeats much of the training, so the search costs a multiple of one run.</source>
        <translation>Probar muchas configuraciones antes de la ejecución final repite gran parte del entrenamiento, así que la búsqueda cuesta un múltiplo de una ejecución.</translation>
    </message>
    <message>
        <source>Experiments, failed runs and debugging while the model is developed add a share on top of the runs themselves.</source>
        <translation>Los experimentos, las ejecuciones fallidas y la depuración durante el desarrollo del modelo añaden una parte adicional a las propias ejecuciones.</translation>
    </message>
    <message>
        <source>The electricity&apos;s emissions of the whole project add up the final run, the search and the development.</source>
        <translation>Las emisiones de la electricidad de todo el proyecto suman la ejecución final, la búsqueda y el desarrollo.</translation>
    </message>
    <message>
        <source>Market-based accounting counts the share of electricity bought from carbon-free sources as emitting nothing.</source>
        <translation>La contabilidad basada en el mercado considera que la parte de la electricidad comprada a fuentes libres de carbono no emite nada.</translation>
    </message>
    <message>
        <source>embodied = per-device CO2e × device-hours / (lifetime × %1 h)</source>
        <translation>incorporadas = CO2e por dispositivo × horas-dispositivo / (vida útil × %1 h)</translation>
    </message>
    <message>
        <source>Making the hardware also emitted greenhouse gases; the run is charged its share of the hardware&apos;s lifetime.</source>
        <translation>Fabricar el hardware también emitió gases de efecto invernadero; a la ejecución se le imputa su parte de la vida útil del hardware.</translation>
    </message>
    <message>
        <source>methodology §%1, §%2</source>
        <translation>metodología §%1, §%2</translation>
    </message>
    <message>
        <source>The footprint adds the emissions of the electricity used and the share of making the hardware.</source>
        <translation>La huella de carbono suma las emisiones de la electricidad usada y la parte de la fabricación del hardware.</translation>
    </message>
    <message>
        <source>The bill is the rented device time times its price, plus any price put on the carbon emitted.</source>
        <translation>La factura es el tiempo de dispositivo alquilado por su precio, más el precio que se ponga al carbono emitido.</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>Lesson %1: %2</source>
        <translation>Lección %1: %2</translation>
    </message>
    <message>
        <source>How much does training BERT cost?</source>
        <translation>¿Cuánto cuesta entrenar BERT?</translation>
    </message>
    <message>
        <source>&lt;p&gt;BERT base, the language model Google published in 2018, can be trained on %1 V100 GPUs in %2 hours. Strubell et al. (2019, Table 3) put the power of the whole machine at %3 W, multiplied the energy by a data-centre PUE of %4 and the result by the US average of %5 lb CO2e per kWh: %6 kWh and %7 lb CO2e. The first scenario repeats exactly this calculation (accounting mode: the duration is known).&lt;/p&gt;&lt;p&gt;The second scenario plans the same training from the model alone: %8 million parameters × %9 billion tokens (%10 steps of %11 tokens, Devlin et al. 2019) × 6 FLOPs per parameter and token, on the same %1 V100 at the default utilisation (MFU) of %12%, each GPU at its rated power, the default PUE of %13 and the latest US grid intensity in the catalog.&lt;/p&gt;&lt;p&gt;How close is the plan to the published estimate? Which assumptions make the difference? The first scenario names the model too, so the tool shows the utilisation (MFU) its duration implies: compare it with the %12% the plan assumes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;BERT base, el modelo de lenguaje que Google publicó en 2018, puede entrenarse en %1 GPU V100 en %2 horas. Strubell et al. (2019, tabla 3) estimaron la potencia de toda la máquina en %3 W, multiplicaron la energía por un PUE de centro de datos de %4 y el resultado por la media de EE. UU. de %5 lb CO2e por kWh: %6 kWh y %7 lb CO2e. El primer escenario repite exactamente este cálculo (modo contable: se conoce la duración).&lt;/p&gt;&lt;p&gt;El segundo escenario planifica el mismo entrenamiento solo a partir del modelo: %8 millones de parámetros × %9 mil millones de tokens (%10 pasos de %11 tokens, Devlin et al. 2019) × 6 FLOP por parámetro y token, en las mismas %1 V100 con la utilización (MFU) por defecto del %12 %, cada GPU a su potencia nominal, el PUE por defecto de %13 y la intensidad de la red de EE. UU. más reciente del catálogo.&lt;/p&gt;&lt;p&gt;¿Cuánto se acerca el plan a la estimación publicada? ¿Qué supuestos marcan la diferencia? El primer escenario también indica el modelo, así que la herramienta muestra la utilización (MFU) que implica su duración: compárela con el %12 % que supone el plan.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>BERT base, Strubell et al. 2019</source>
        <translation>BERT base, Strubell et al. 2019</translation>
    </message>
    <message>
        <source>BERT base, planned from the model</source>
        <translation>BERT base, planificado a partir del modelo</translation>
    </message>
    <message>
        <source>Hyperparameter search multiplies the bill</source>
        <translation>La búsqueda de hiperparámetros multiplica la factura</translation>
    </message>
    <message>
        <source>&lt;p&gt;A model is rarely trained only once. Strubell et al. (2019, Table 3) estimated one training run of the Transformer big model: %1 P100 GPUs for %2 hours, drawing %3 W, with a PUE of %4 and %5 lb CO2e per kWh. All four scenarios start from this run.&lt;/p&gt;&lt;p&gt;A hyperparameter search trains the model again for every setting it tries: %6 trials cost %6 times the run, %7 trials %7 times (each trial assumed as long as the final run). The neural architecture search of So et al. (2019), as Strubell et al. estimated it (Table 3), took %8 million training steps against %9 thousand for one run: the work of about %10 runs, %11 lb CO2e.&lt;/p&gt;&lt;p&gt;Open the chart of emissions by component: the search dwarfs the final run.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Rara vez se entrena un modelo una sola vez. Strubell et al. (2019, tabla 3) estimaron una ejecución de entrenamiento del modelo Transformer big: %1 GPU P100 durante %2 horas, con un consumo de %3 W, un PUE de %4 y %5 lb CO2e por kWh. Los cuatro escenarios parten de esta ejecución.&lt;/p&gt;&lt;p&gt;Una búsqueda de hiperparámetros vuelve a entrenar el modelo para cada configuración que prueba: %6 pruebas cuestan %6 veces la ejecución; %7 pruebas, %7 veces (se supone que cada prueba dura lo mismo que la ejecución final). La búsqueda de arquitectura neuronal de So et al. (2019), según la estimación de Strubell et al. (tabla 3), requirió %8 millones de pasos de entrenamiento frente a %9 mil de una ejecución: el trabajo de unas %10 ejecuciones, %11 lb CO2e.&lt;/p&gt;&lt;p&gt;Abra el gráfico de emisiones por componente: la búsqueda empequeñece la ejecución final.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>One training run</source>
        <translation>Una ejecución de entrenamiento</translation>
    </message>
    <message>
        <source>Search with %1 trials</source>
        <translation>Búsqueda con %1 pruebas</translation>
    </message>
    <message>
        <source>Neural architecture search (Strubell et al. 2019)</source>
        <translation>Búsqueda de arquitectura neuronal (Strubell et al. 2019)</translation>
    </message>
    <message>
        <source>Location matters</source>
        <translation>La ubicación importa</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same training run, GPT-3 XL (%1 billion parameters, %2 billion tokens, Brown et al. 2020) on %3 A100 GPUs, is placed on four electricity grids: Poland, the United States average, France and Québec. The energy is the same everywhere; only the carbon intensity of the grid changes (%5, from each region&apos;s main data source in the catalog, with the default PUE of %4).&lt;/p&gt;&lt;p&gt;Poland still makes much of its electricity from coal, France most of it in nuclear plants, Québec most of it from hydropower. Compare the emissions: moving the run changes them more than most technical optimisations do. France and Québec are close: in other years, or with another data source, France comes out lower.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La misma ejecución de entrenamiento, GPT-3 XL (%1 mil millones de parámetros, %2 mil millones de tokens, Brown et al. 2020) en %3 GPU A100, se sitúa en cuatro redes eléctricas: Polonia, la media de Estados Unidos, Francia y Quebec. La energía es la misma en todas partes; solo cambia la intensidad de carbono de la red (%5, de la fuente de datos principal de cada región en el catálogo, con el PUE por defecto de %4).&lt;/p&gt;&lt;p&gt;Polonia aún produce gran parte de su electricidad con carbón, Francia la mayor parte en centrales nucleares y Quebec la mayor parte con energía hidroeléctrica. Compare las emisiones: trasladar la ejecución las cambia más que la mayoría de las optimizaciones técnicas. Francia y Quebec están cerca: en otros años, o con otra fuente de datos, Francia sale más baja.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polonia</translation>
    </message>
    <message>
        <source>United States (average)</source>
        <translation>Estados Unidos (media)</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <source>Québec</source>
        <translation>Quebec</translation>
    </message>
    <message>
        <source>Bigger models</source>
        <translation>Modelos más grandes</translation>
    </message>
    <message>
        <source>&lt;p&gt;GPT-2 (Radford et al. 2019) has %1 billion parameters; GPT-3 (Brown et al. 2020), a year later, has %2 billion. Both scenarios train on the same %3 billion tokens (GPT-3&apos;s; the GPT-2 paper does not state its number) on the same %4 A100 GPUs in the US, so the only difference is the size of the model.&lt;/p&gt;&lt;p&gt;Training compute grows with parameters × tokens: GPT-3 needs about %5 times the compute of GPT-2, and so %5 times the time, the energy and the emissions. In practice larger models are also trained on more tokens (Hoffmann et al. 2022 recommend growing both together), so real gaps are often larger still.&lt;/p&gt;</source>
        <translation>&lt;p&gt;GPT-2 (Radford et al. 2019) tiene %1 mil millones de parámetros; GPT-3 (Brown et al. 2020), un año después, tiene %2 mil millones. Ambos escenarios entrenan con los mismos %3 mil millones de tokens (los de GPT-3; el artículo de GPT-2 no indica su cifra) en las mismas %4 GPU A100 en EE. UU., de modo que la única diferencia es el tamaño del modelo.&lt;/p&gt;&lt;p&gt;El cómputo de entrenamiento crece con parámetros × tokens: GPT-3 necesita unas %5 veces el cómputo de GPT-2 y, por tanto, %5 veces el tiempo, la energía y las emisiones. En la práctica, los modelos más grandes también se entrenan con más tokens (Hoffmann et al. 2022 recomiendan aumentar ambos a la par), así que las diferencias reales suelen ser aún mayores.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Hardware generations</source>
        <translation>Generaciones de hardware</translation>
    </message>
    <message>
        <source>&lt;p&gt;Three generations of NVIDIA data-centre GPUs train the same model, GPT-3 XL (%1 billion parameters, %2 billion tokens), %3 GPUs each, in the US: the V100 (Volta) at fp16, the A100 (Ampere) and the H100 (Hopper) at bf16. Each newer chip draws more power, but it is so much faster that it finishes sooner and uses less energy for the same work. The Data tab lists each chip&apos;s peak and power.&lt;/p&gt;&lt;p&gt;Assumed: the same utilisation (MFU) of %4% on all three, and every GPU at its rated power. Real utilisation differs between generations and software.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tres generaciones de GPU de NVIDIA para centros de datos entrenan el mismo modelo, GPT-3 XL (%1 mil millones de parámetros, %2 mil millones de tokens), con %3 GPU cada una, en EE. UU.: la V100 (Volta) en fp16, y la A100 (Ampere) y la H100 (Hopper) en bf16. Cada chip más reciente consume más potencia, pero es tanto más rápido que termina antes y usa menos energía para el mismo trabajo. La pestaña Datos muestra el pico y la potencia de cada chip.&lt;/p&gt;&lt;p&gt;Supuestos: la misma utilización (MFU) del %4 % en las tres, y cada GPU a su potencia nominal. La utilización real varía según la generación y el software.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Does a human learn with less?</source>
        <translation>¿Aprende un ser humano con menos?</translation>
    </message>
    <message>
        <source>&lt;p&gt;BERT base read a corpus of %1 billion words (books and English Wikipedia) about %2 times over: %3 steps × %4 sequences × %5 tokens (Devlin et al. 2019, §A.2), about %6 billion words in all.&lt;/p&gt;&lt;p&gt;How many words does a child hear? Hart and Risley (1995; 2003) recorded 42 families in Kansas one hour a month, from before the child&apos;s first birthday to age three, and extrapolated: by age four, a child in a professional family would have heard almost %7 million words, in a working-class family %8 million, in a family on welfare %9 million. These are extrapolations from a small sample; a later study that also counted other caregivers and the talk a child overhears (Sperry, Sperry and Miller 2019) did not find these gaps, and estimates vary widely.&lt;/p&gt;&lt;p&gt;Even against the highest figure, BERT was trained on about %10 times as many words as a four-year-old has heard. The second scenario trains the same model once on %7 million tokens (one token per word, as the BERT paper&apos;s own epoch count does). Yet a four-year-old talks and understands, while BERT fills in missing words. What else does a child learn from?&lt;/p&gt;</source>
        <translation>&lt;p&gt;BERT base leyó un corpus de %1 mil millones de palabras (libros y la Wikipedia en inglés) unas %2 veces: %3 pasos × %4 secuencias × %5 tokens (Devlin et al. 2019, §A.2), unos %6 mil millones de palabras en total.&lt;/p&gt;&lt;p&gt;¿Cuántas palabras oye un niño? Hart y Risley (1995; 2003) grabaron a 42 familias de Kansas una hora al mes, desde antes del primer cumpleaños del niño hasta los tres años, y extrapolaron: a los cuatro años, un niño de una familia de profesionales habría oído casi %7 millones de palabras; de una familia de clase trabajadora, %8 millones; de una familia que vive de ayudas sociales, %9 millones. Son extrapolaciones a partir de una muestra pequeña; un estudio posterior que también contó a otros cuidadores y las conversaciones que el niño oye de pasada (Sperry, Sperry y Miller 2019) no encontró esas diferencias, y las estimaciones varían mucho.&lt;/p&gt;&lt;p&gt;Incluso frente a la cifra más alta, BERT se entrenó con unas %10 veces las palabras que ha oído un niño de cuatro años. El segundo escenario entrena el mismo modelo una vez con %7 millones de tokens (un token por palabra, como hace el propio recuento de épocas del artículo de BERT). Sin embargo, un niño de cuatro años habla y entiende, mientras que BERT rellena palabras que faltan. ¿De qué más aprende un niño?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>BERT base as published</source>
        <translation>BERT base tal como se publicó</translation>
    </message>
    <message>
        <source>BERT base on the words a child hears</source>
        <translation>BERT base con las palabras que oye un niño</translation>
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
        <source>unknown (accounting mode)</source>
        <translation>desconocido (modo contable)</translation>
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
    <message>
        <source>Step Through…</source>
        <translation>Paso a paso…</translation>
    </message>
    <message>
        <source>Show the steps one at a time in large type, for a projector (F6)</source>
        <translation>Mostrar los pasos de uno en uno con letra grande, para un proyector (F6)</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %Ln device(s) · %2 at the facility</source>
        <translation>
            <numerusform>%1 en %Ln dispositivo · %2 en la instalación</numerusform>
            <numerusform>%1 en %Ln dispositivos · %2 en la instalación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (final run, %Ln device(s))</source>
        <translation>
            <numerusform>%1 (ejecución final, %Ln dispositivo)</numerusform>
            <numerusform>%1 (ejecución final, %Ln dispositivos)</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%Ln layer(s), d_model %1</source>
        <translation>
            <numerusform>%Ln capa, d_model %1</numerusform>
            <numerusform>%Ln capas, d_model %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Embodied = per-device kgCO2e × device-hours / (lifetime × %1 h) (methodology §7).</source>
        <translation>Incorporadas = kgCO2e por dispositivo × horas-dispositivo / (vida útil × %1 h) (metodología §7).</translation>
    </message>
    <message>
        <source>Trials: %1 · search compute: %2 (in full runs)</source>
        <translation>Pruebas: %1 · cómputo de búsqueda: %2 (en ejecuciones completas)</translation>
    </message>
</context>
<context>
    <name>WalkthroughDialog</name>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Anterior</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Siguiente ▶</translation>
    </message>
    <message>
        <source>Previous step (Left, Page Up)</source>
        <translation>Paso anterior (flecha izquierda, Re Pág)</translation>
    </message>
    <message>
        <source>Next step (Right, Page Down, Space)</source>
        <translation>Paso siguiente (flecha derecha, Av Pág, espacio)</translation>
    </message>
    <message>
        <source>Guided Explanation</source>
        <translation>Explicación guiada</translation>
    </message>
    <message>
        <source>No scenario. Add or select a scenario to step through how its results were computed.</source>
        <translation>No hay ningún escenario. Añada o seleccione un escenario para recorrer paso a paso cómo se calcularon sus resultados.</translation>
    </message>
    <message>
        <source>Guided Explanation — %1</source>
        <translation>Explicación guiada — %1</translation>
    </message>
    <message>
        <source>This scenario has errors, so there is nothing to compute yet. Correct the errors shown in the scenario editor and the results.</source>
        <translation>Este escenario tiene errores, así que todavía no hay nada que calcular. Corrija los errores que se muestran en el editor de escenarios y en los resultados.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
</context>
<context>
    <name>aicarbon::AutosaveController</name>
    <message>
        <source>It was never saved.</source>
        <translation>Nunca se guardó.</translation>
    </message>
    <message>
        <source>It belongs to %1.</source>
        <translation>Pertenece a %1.</translation>
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
    <message numerus="yes">
        <source>%Ln scenario(s)</source>
        <translation>
            <numerusform>%Ln escenario</numerusform>
            <numerusform>%Ln escenarios</numerusform>
        </translation>
    </message>
    <message>
        <source>AI Carbon Planner did not close cleanly last time. Unsaved work on “%1” (%2), saved at %3, was recovered. %4

Restore it, or discard it? Discard deletes the recovered copy at %5.</source>
        <translation>AI Carbon Planner no se cerró correctamente la última vez. Se ha recuperado el trabajo sin guardar de «%1» (%2), guardado el %3. %4

¿Desea restaurarlo o descartarlo? Descartar elimina la copia recuperada en %5.</translation>
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
        <comment>short-scale suffix: trillion (10^12), e.g. 15.6 T tokens</comment>
        <extracomment>%1 = value in 10^12; %2 = in 10^8, %3 = in 10^4, for scales grouped by four digits</extracomment>
        <translation>%1 billones</translation>
    </message>
    <message>
        <source>%1 B</source>
        <comment>short-scale suffix: billion (10^9), e.g. 175 B parameters</comment>
        <extracomment>%1 = value in 10^9; %2 = in 10^8, %3 = in 10^4, for scales grouped by four digits</extracomment>
        <translation>%1 mil millones</translation>
    </message>
    <message>
        <source>%1 M</source>
        <comment>short-scale suffix: million (10^6), e.g. 7 M parameters</comment>
        <extracomment>%1 = value in 10^6; %2 = in 10^8, %3 = in 10^4, for scales grouped by four digits</extracomment>
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
        <source>%1
Wall-clock time: %2 (%3)
Total emissions: %4 (%5)</source>
        <translation>%1
Tiempo de reloj: %2 (%3)
Emisiones totales: %4 (%5)</translation>
    </message>
    <message>
        <source>%1% interval: %2</source>
        <translation>Intervalo del %1 %: %2</translation>
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
        <source>Peak rates must be above 0 and at most %1 TFLOP/s.</source>
        <translation>Los picos de rendimiento deben ser mayores que 0 y como máximo %1 TFLOP/s.</translation>
    </message>
    <message>
        <source>Carbon intensity must be above 0 and at most %1 g/kWh.</source>
        <translation>La intensidad de carbono debe ser mayor que 0 y como máximo %1 g/kWh.</translation>
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
    <message>
        <source>Idle power must be between %1 W and the TDP.</source>
        <translation>La potencia en reposo debe estar entre %1 W y el TDP.</translation>
    </message>
    <message>
        <source>The carbon-free share must be between %1 and %2 %.</source>
        <translation>La fracción libre de carbono debe estar entre %1 y %2 %.</translation>
    </message>
    <message>
        <source>The year must be between %1 and %2.</source>
        <translation>El año debe estar entre %1 y %2.</translation>
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
    <message>
        <source>Single column (%1 mm)</source>
        <translation>Una columna (%1 mm)</translation>
    </message>
    <message>
        <source>%1 column (%2 mm)</source>
        <translation>%1 columnas (%2 mm)</translation>
    </message>
    <message>
        <source>Double column (%1 mm)</source>
        <translation>Doble columna (%1 mm)</translation>
    </message>
    <message>
        <source>Slide %1:%2 (%3 mm)</source>
        <translation>Diapositiva %1:%2 (%3 mm)</translation>
    </message>
</context>
<context>
    <name>aicarbon::LessonPanel</name>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
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
    <message>
        <source>&amp;Guided Explanation</source>
        <translation>&amp;Explicación guiada</translation>
    </message>
    <message>
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>Modo de &amp;presentación</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lecciones</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Published Numbers…</source>
        <translation>&amp;Cifras publicadas…</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Escenario %1</translation>
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
        <source>Give inputs left at their defaults a documented &amp;range</source>
        <translation>Dar un &amp;rango documentado a los valores que se dejan por defecto</translation>
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
        <source>&amp;Show %1% intervals, error bars and the sensitivity of each scenario</source>
        <translation>Mo&amp;strar intervalos del %1 %, barras de error y la sensibilidad de cada escenario</translation>
    </message>
    <message>
        <source>MFU %1–%2, power %3–%4 % of TDP, host power up to the DGX nameplate share, grid intensity across catalog sources (methodology §13.2). Off: only the ranges you give count.</source>
        <translation>MFU %1–%2, potencia del %3–%4 % del TDP, potencia del host hasta la parte nominal del DGX, intensidad de la red según las distintas fuentes del catálogo (metodología §13.2). Desactivado: solo cuentan los rangos que usted indique.</translation>
    </message>
    <message>
        <source>Empty: the engine&apos;s default, %1 (Llama 3 measured %2–%3 % on H100).</source>
        <translation>Vacío: el valor por defecto del motor, %1 (en Llama 3 se midió un %2–%3 % en H100).</translation>
    </message>
    <message>
        <source>MFU must be a number above %1 and at most %2 (e.g. %3), or empty.</source>
        <translation>El MFU debe ser un número mayor que %1 y como máximo %2 (p. ej. %3), o estar vacío.</translation>
    </message>
    <message>
        <source>PUE must be a number of at least %1 (e.g. %2), or empty.</source>
        <translation>El PUE debe ser un número de al menos %1 (p. ej. %2), o estar vacío.</translation>
    </message>
</context>
<context>
    <name>aicarbon::PublishedFootprintModel</name>
    <message>
        <source>Study</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Reported energy (MWh)</source>
        <translation>Energía publicada (MWh)</translation>
    </message>
    <message>
        <source>Estimated energy (MWh)</source>
        <translation>Energía estimada (MWh)</translation>
    </message>
    <message>
        <source>Δ energy (%)</source>
        <translation>Δ energía (%)</translation>
    </message>
    <message>
        <source>Reported CO₂e (t)</source>
        <translation>CO₂e publicado (t)</translation>
    </message>
    <message>
        <source>Estimated CO₂e (t)</source>
        <translation>CO₂e estimado (t)</translation>
    </message>
    <message>
        <source>Δ CO₂e (%)</source>
        <translation>Δ CO₂e (%)</translation>
    </message>
    <message>
        <source>Planning mode CO₂e (t)</source>
        <translation>CO₂e, modo de planificación (t)</translation>
    </message>
    <message>
        <source>Δ planning (%)</source>
        <translation>Δ planificación (%)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <comment>device count × device name</comment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Devices: %1</source>
        <translation>Dispositivos: %1</translation>
    </message>
    <message>
        <source>Duration: %1 h (wall clock)</source>
        <translation>Duración: %1 h (tiempo de reloj)</translation>
    </message>
    <message>
        <source>Duration: %1 days (wall clock)</source>
        <translation>Duración: %1 días (tiempo de reloj)</translation>
    </message>
    <message>
        <source>Duration: %1 device-hours</source>
        <translation>Duración: %1 horas-dispositivo</translation>
    </message>
    <message>
        <source>Average power: %1 W for the whole machine</source>
        <translation>Potencia media: %1 W para toda la máquina</translation>
    </message>
    <message>
        <source>Average power: %1 W per device</source>
        <translation>Potencia media: %1 W por dispositivo</translation>
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
        <translation>Intensidad de la red: %1 %2</translation>
    </message>
    <message>
        <source>Net of carbon-free energy: %1 %2</source>
        <translation>Descontada la energía libre de carbono: %1 %2</translation>
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
        <translation>Energía publicada: %1 kWh</translation>
    </message>
    <message>
        <source>Published energy: not published</source>
        <translation>Energía publicada: no se publicó</translation>
    </message>
    <message>
        <source>Published emissions: %1 %2</source>
        <translation>Emisiones publicadas: %1 %2</translation>
    </message>
    <message>
        <source>Published net (market-based) emissions: %1 %2</source>
        <translation>Emisiones netas publicadas (basadas en el mercado): %1 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Inputs used:</source>
        <translation>Datos de entrada usados:</translation>
    </message>
    <message>
        <source>Planning mode: %1 at %2 % MFU</source>
        <translation>Modo de planificación: %1 con un MFU del %2 %</translation>
    </message>
    <message>
        <source>Planning mode: not available (no model preset with parameters and tokens, or no peak FLOP/s for the device)</source>
        <translation>Modo de planificación: no disponible (no hay un modelo predefinido con parámetros y tokens, o no hay pico de FLOP/s para el dispositivo)</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notas: %1</translation>
    </message>
</context>
<context>
    <name>aicarbon::PublishedNumbersDialog</name>
    <message>
        <source>Published Numbers</source>
        <translation>Cifras publicadas</translation>
    </message>
</context>
<context>
    <name>aicarbon::PublishedNumbersView</name>
    <message>
        <source>Well-known published training footprints beside this tool&apos;s estimate from the same inputs: the study&apos;s devices, duration, average power, PUE and grid intensity. Hover over a row to see the inputs used.</source>
        <translation>Huellas de carbono de entrenamientos conocidas y publicadas, junto a la estimación de esta herramienta con los mismos datos de entrada: los dispositivos, la duración, la potencia media, el PUE y la intensidad de la red del estudio. Pase el ratón sobre una fila para ver los datos de entrada usados.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why do estimates and reports differ?&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Rounding.&lt;/b&gt; Papers print days, watts and tonnes with two or three digits; small runs differ most.&lt;/li&gt;&lt;li&gt;&lt;b&gt;What was counted.&lt;/b&gt; Strubell et al. measured the whole machine (processors, memory and GPUs); Patterson et al. include the host in the power per chip; the BLOOM figure counts GPU power only, without data-centre overhead (PUE), idle machines or manufacturing.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PUE and grid.&lt;/b&gt; Each study chose its own data-centre overhead and grid intensity, and the estimate uses exactly those. In another year or region the same run emits very differently.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Host power.&lt;/b&gt; Servers also power processors, memory and networking; the Llama 2 and BLOOM figures count the accelerators only.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Planning mode&lt;/b&gt; starts from parameters × tokens at an assumed %1 % model FLOPs utilization, before any training. The real runs used their chips differently, so a plan can be far from the report: that is the uncertainty of planning.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;¿Por qué difieren las estimaciones de las cifras publicadas?&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Redondeo.&lt;/b&gt; Los artículos dan los días, los vatios y las toneladas con dos o tres cifras; las ejecuciones pequeñas son las que más difieren.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Qué se contó.&lt;/b&gt; Strubell et al. midieron la máquina completa (procesadores, memoria y GPU); Patterson et al. incluyen el host en la potencia por chip; la cifra de BLOOM cuenta solo la potencia de las GPU, sin la sobrecarga del centro de datos (PUE), las máquinas en reposo ni la fabricación.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PUE y red.&lt;/b&gt; Cada estudio eligió su propia sobrecarga del centro de datos y su propia intensidad de la red, y la estimación usa exactamente esas. En otro año o en otra región, la misma ejecución emite de forma muy distinta.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Potencia del host.&lt;/b&gt; Los servidores también alimentan procesadores, memoria y red; las cifras de Llama 2 y BLOOM cuentan solo los aceleradores.&lt;/li&gt;&lt;li&gt;&lt;b&gt;El modo de planificación&lt;/b&gt; parte de parámetros × tokens con una utilización de FLOP del modelo supuesta del %1 %, antes de cualquier entrenamiento. Las ejecuciones reales usaron sus chips de otra manera, así que un plan puede quedar lejos de la cifra publicada: esa es la incertidumbre de planificar.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&amp;Open as Scenario</source>
        <translation>&amp;Abrir como escenario</translation>
    </message>
    <message>
        <source>Add the selected run, with the study&apos;s inputs, to the project (undoable)</source>
        <translation>Añadir al proyecto la ejecución seleccionada, con los datos de entrada del estudio (se puede deshacer)</translation>
    </message>
    <message>
        <source>Open &amp;Planned Scenario</source>
        <translation>Abrir escenario &amp;planificado</translation>
    </message>
    <message>
        <source>Add the selected run planned from its model preset to the project (undoable)</source>
        <translation>Añadir al proyecto la ejecución seleccionada, planificada a partir de su modelo predefinido (se puede deshacer)</translation>
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
    <message numerus="yes">
        <source>Total CO₂e %1 (%2, %3% interval, %Ln draw(s)). Each bar moves one input from its low to its high bound with the others at their central values; the variance share says how much of the spread that input explains alone.</source>
        <translation>
            <numerusform>CO₂e total %1 (%2, intervalo del %3 %, %Ln muestra). Cada barra lleva una entrada de su límite inferior a su límite superior con las demás en sus valores centrales; la fracción de varianza indica qué parte de la dispersión explica esa entrada por sí sola.</numerusform>
            <numerusform>CO₂e total %1 (%2, intervalo del %3 %, %Ln muestras). Cada barra lleva una entrada de su límite inferior a su límite superior con las demás en sus valores centrales; la fracción de varianza indica qué parte de la dispersión explica esa entrada por sí sola.</numerusform>
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
        <source>Uncertainty</source>
        <translation>Incertidumbre</translation>
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
        <source>%1 (%2, %3% interval)</source>
        <translation>%1 (%2, intervalo del %3 %)</translation>
    </message>
    <message>
        <source>Computing the %1% intervals…</source>
        <translation>Calculando los intervalos del %1 %…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln draw(s); uncertain inputs: %1, of which %2 with a default range. The Sensitivity tab shows which input matters most.</source>
        <translation>
            <numerusform>%Ln muestra; entradas inciertas: %1, de las cuales %2 con un rango por defecto. La pestaña Sensibilidad muestra qué entrada influye más.</numerusform>
            <numerusform>%Ln muestras; entradas inciertas: %1, de las cuales %2 con un rango por defecto. La pestaña Sensibilidad muestra qué entrada influye más.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Showing %1 of %Ln region(s), ranked by total emissions (# = rank among all).</source>
        <translation>
            <numerusform>Se muestra %1 de %Ln región, ordenada por emisiones totales (# = posición entre todas).</numerusform>
            <numerusform>Se muestran %1 de %Ln regiones, ordenadas por emisiones totales (# = posición entre todas).</numerusform>
        </translation>
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
    <message>
        <source>Open a lesson at start, one of: %1.</source>
        <translation>Abre una lección al iniciar; una de: %1.</translation>
    </message>
    <message>
        <source>Start in presentation mode (larger type and chart lines, for projectors).</source>
        <translation>Inicia en modo de presentación (texto y líneas de gráfico más grandes, para proyectores).</translation>
    </message>
</context>
</TS>
