<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AssumptionText</name>
    <message>
        <source>Catalog data version</source>
        <translation>Versão dos dados do catálogo</translation>
    </message>
    <message>
        <source>Model preset</source>
        <translation>Predefinição de modelo</translation>
    </message>
    <message>
        <source>FLOPs per parameter per token</source>
        <translation>FLOPs por parâmetro por token</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parâmetros</translation>
    </message>
    <message>
        <source>Active parameters (per token)</source>
        <translation>Parâmetros ativos (por token)</translation>
    </message>
    <message>
        <source>Training compute</source>
        <translation>Computação de treinamento</translation>
    </message>
    <message>
        <source>Training compute (k·N·D)</source>
        <translation>Computação de treinamento (k·N·D)</translation>
    </message>
    <message>
        <source>Training tokens</source>
        <translation>Tokens de treinamento</translation>
    </message>
    <message>
        <source>Training tokens (dataset × epochs)</source>
        <translation>Tokens de treinamento (conjunto de dados × épocas)</translation>
    </message>
    <message>
        <source>Training tokens (steps × batch × sequence length)</source>
        <translation>Tokens de treinamento (passos × lote × comprimento da sequência)</translation>
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
        <translation>Horas-dispositivo (modo de contabilização)</translation>
    </message>
    <message>
        <source>Wall-clock hours (accounting mode)</source>
        <translation>Horas de tempo decorrido (modo de contabilização)</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisão</translation>
    </message>
    <message>
        <source>Dense peak per device</source>
        <translation>Pico denso por dispositivo</translation>
    </message>
    <message>
        <source>Model FLOPs utilization</source>
        <translation>Utilização de FLOPs do modelo</translation>
    </message>
    <message>
        <source>Implied MFU (from the runtime)</source>
        <translation>MFU implícito (a partir da duração)</translation>
    </message>
    <message>
        <source>Average power per device (measured)</source>
        <translation>Potência média por dispositivo (medida)</translation>
    </message>
    <message>
        <source>Average power per device (idle + u·(TDP − idle))</source>
        <translation>Potência média por dispositivo (ocioso + u·(TDP − ocioso))</translation>
    </message>
    <message>
        <source>Host power per device</source>
        <translation>Potência do host por dispositivo</translation>
    </message>
    <message>
        <source>TDP per device</source>
        <translation>TDP por dispositivo</translation>
    </message>
    <message>
        <source>Power utilization</source>
        <translation>Utilização de potência</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Cloud region</source>
        <translation>Região de nuvem</translation>
    </message>
    <message>
        <source>Grid carbon intensity</source>
        <translation>Intensidade de carbono da rede</translation>
    </message>
    <message>
        <source>Grid carbon intensity, %1 %2 (%3)</source>
        <translation>Intensidade de carbono da rede, %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Carbon-free energy (market-based)</source>
        <translation>Energia livre de carbono (baseada no mercado)</translation>
    </message>
    <message>
        <source>Carbon-free energy (provider CFE%)</source>
        <translation>Energia livre de carbono (CFE% do provedor)</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>PUE (global default)</source>
        <translation>PUE (padrão global)</translation>
    </message>
    <message>
        <source>PUE (%1)</source>
        <translation>PUE (%1)</translation>
    </message>
    <message>
        <source>PUE (%1 fleet)</source>
        <translation>PUE (frota %1)</translation>
    </message>
    <message>
        <source>Search compute (in full runs)</source>
        <translation>Computação da busca (em execuções completas)</translation>
    </message>
    <message>
        <source>Development multiplier</source>
        <translation>Multiplicador de desenvolvimento</translation>
    </message>
    <message>
        <source>Embodied emissions per device</source>
        <translation>Emissões incorporadas por dispositivo</translation>
    </message>
    <message>
        <source>Device lifetime</source>
        <translation>Vida útil do dispositivo</translation>
    </message>
    <message>
        <source>Price per device-hour</source>
        <translation>Preço por hora-dispositivo</translation>
    </message>
    <message>
        <source>Carbon price per tonne</source>
        <translation>Preço do carbono por tonelada</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>%1: invalid JSON at byte %2: %3</source>
        <translation>%1: JSON inválido no byte %2: %3</translation>
    </message>
    <message>
        <source>%1: not an aicarbon recovery file (version %2)</source>
        <translation>%1: não é um arquivo de recuperação do aicarbon (versão %2)</translation>
    </message>
    <message>
        <source>%1: the recovered work is not a project</source>
        <translation>%1: o trabalho recuperado não é um projeto</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Final run</source>
        <translation>Execução final</translation>
    </message>
    <message>
        <source>Hyperparameter search</source>
        <translation>Busca de hiperparâmetros</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Desenvolvimento</translation>
    </message>
    <message>
        <source>Embodied (hardware)</source>
        <translation>Incorporado (hardware)</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dias</translation>
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
        <translation>Excluir cenário</translation>
    </message>
    <message>
        <source>Move scenario</source>
        <translation>Mover cenário</translation>
    </message>
    <message>
        <source>Set baseline</source>
        <translation>Definir referência</translation>
    </message>
    <message>
        <source>Rename project</source>
        <translation>Renomear projeto</translation>
    </message>
    <message>
        <source>Add scenario</source>
        <translation>Adicionar cenário</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (cópia)</translation>
    </message>
    <message>
        <source>Duplicate scenario</source>
        <translation>Duplicar cenário</translation>
    </message>
</context>
<context>
    <name>ComparisonTable</name>
    <message>
        <source>Scenario %1</source>
        <translation>Cenário %1</translation>
    </message>
    <message>
        <source>Training compute</source>
        <translation>Computação de treinamento</translation>
    </message>
    <message>
        <source>Device-hours (final run)</source>
        <translation>Horas-dispositivo (execução final)</translation>
    </message>
    <message>
        <source>Wall-clock time (final run)</source>
        <translation>Tempo decorrido (execução final)</translation>
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
        <translation>Energia de TI</translation>
    </message>
    <message>
        <source>Facility energy</source>
        <translation>Energia da instalação</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Grid carbon intensity</source>
        <translation>Intensidade de carbono da rede</translation>
    </message>
    <message>
        <source>Operational CO₂e (location-based)</source>
        <translation>CO₂e operacional (baseado na localização)</translation>
    </message>
    <message>
        <source>    of which search</source>
        <translation>    dos quais, busca</translation>
    </message>
    <message>
        <source>    of which development</source>
        <translation>    dos quais, desenvolvimento</translation>
    </message>
    <message>
        <source>Market-based CO₂e</source>
        <translation>CO₂e baseado no mercado</translation>
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
        <translation>Custo</translation>
    </message>
</context>
<context>
    <name>DiagnosticText</name>
    <message>
        <source>%1 must be positive; found %2.</source>
        <translation>%1: o valor deve ser positivo; encontrado: %2.</translation>
    </message>
    <message>
        <source>%1 must be zero or positive; found %2.</source>
        <translation>%1: o valor deve ser zero ou positivo; encontrado: %2.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3; found %4.</source>
        <translation>%1: o valor deve estar entre %2 e %3; encontrado: %4.</translation>
    </message>
    <message>
        <source>%1 must be above %2 and at most %3; found %4.</source>
        <translation>%1: o valor deve ser maior que %2 e no máximo %3; encontrado: %4.</translation>
    </message>
    <message>
        <source>%1 must be at most %2; found %3.</source>
        <translation>%1: o valor deve ser no máximo %2; encontrado: %3.</translation>
    </message>
    <message>
        <source>%1 must be at least %2; found %3.</source>
        <translation>%1: o valor deve ser no mínimo %2; encontrado: %3.</translation>
    </message>
    <message>
        <source>%1 must be greater than %2; found %3.</source>
        <translation>%1: o valor deve ser maior que %2; encontrado: %3.</translation>
    </message>
    <message>
        <source>%1 is needed by this search method.</source>
        <translation>%1: valor obrigatório para este método de busca.</translation>
    </message>
    <message>
        <source>%1: the number is too large to represent.</source>
        <translation>%1: o número é grande demais para ser representado.</translation>
    </message>
    <message>
        <source>%1 must be a whole number; found %2.</source>
        <translation>%1: o valor deve ser um número inteiro; encontrado: %2.</translation>
    </message>
    <message>
        <source>%1 must be one of %2; found “%3”.</source>
        <translation>%1: o valor deve ser um de %2; encontrado: “%3”.</translation>
    </message>
    <message>
        <source>The low end %1 must not exceed the value %2.</source>
        <translation>O limite inferior %1 não pode exceder o valor %2.</translation>
    </message>
    <message>
        <source>The high end %1 must not be below the value %2.</source>
        <translation>O limite superior %1 não pode ser menor que o valor %2.</translation>
    </message>
    <message>
        <source>A lognormal range needs a low end above zero; found %1.</source>
        <translation>Uma faixa lognormal precisa de um limite inferior maior que zero; encontrado: %1.</translation>
    </message>
    <message>
        <source>%1 must be a number; found %2.</source>
        <translation>%1: o valor deve ser um número; encontrado: %2.</translation>
    </message>
    <message>
        <source>%1 must be a text; found %2.</source>
        <translation>%1: o valor deve ser um texto; encontrado: %2.</translation>
    </message>
    <message>
        <source>%1 must be true or false; found %2.</source>
        <translation>%1: o valor deve ser true ou false; encontrado: %2.</translation>
    </message>
    <message>
        <source>%1 must be an object; found %2.</source>
        <translation>%1: o valor deve ser um objeto; encontrado: %2.</translation>
    </message>
    <message>
        <source>%1 must be a list; found %2.</source>
        <translation>%1: o valor deve ser uma lista; encontrado: %2.</translation>
    </message>
    <message>
        <source>Each scenario must be an object; found %1.</source>
        <translation>Cada cenário deve ser um objeto; encontrado: %1.</translation>
    </message>
    <message>
        <source>%1: a range needs a central value.</source>
        <translation>%1: uma faixa precisa de um valor central.</translation>
    </message>
    <message>
        <source>%1: a range needs both a low and a high end.</source>
        <translation>%1: uma faixa precisa de um limite inferior e de um limite superior.</translation>
    </message>
    <message>
        <source>Successive halving needs the number of configurations.</source>
        <translation>O successive halving precisa do número de configurações.</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1: o campo não pode ficar vazio.</translation>
    </message>
    <message>
        <source>This is not an AI Carbon Planner file: its format is “%1”.</source>
        <translation>Este não é um arquivo do AI Carbon Planner: seu formato é “%1”.</translation>
    </message>
    <message>
        <source>This is not an AI Carbon Planner file: it names no format.</source>
        <translation>Este não é um arquivo do AI Carbon Planner: ele não indica nenhum formato.</translation>
    </message>
    <message>
        <source>The file does not give its format version (expected %1).</source>
        <translation>O arquivo não informa a versão do formato (esperada: %1).</translation>
    </message>
    <message>
        <source>Unknown format version %2; expected %1.</source>
        <translation>Versão de formato desconhecida: %2; esperada: %1.</translation>
    </message>
    <message>
        <source>The file must hold a JSON object at the top level; found %1.</source>
        <translation>O arquivo deve conter um objeto JSON no nível superior; encontrado: %1.</translation>
    </message>
    <message>
        <source>A project needs a list of scenarios.</source>
        <translation>Um projeto precisa de uma lista de cenários.</translation>
    </message>
    <message>
        <source>This file uses format version %1, written by a newer AI Carbon Planner; this version reads version %2. Please update the application.</source>
        <translation>Este arquivo usa a versão %1 do formato, gravada por uma versão mais recente do AI Carbon Planner; esta versão lê a versão %2. Atualize o aplicativo.</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>O arquivo não é um JSON válido.</translation>
    </message>
    <message>
        <source>The file holds a number too large to represent.</source>
        <translation>O arquivo contém um número grande demais para ser representado.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Não é possível ler o arquivo.</translation>
    </message>
    <message>
        <source>Unknown key “%1” is ignored.</source>
        <translation>A chave desconhecida “%1” é ignorada.</translation>
    </message>
    <message>
        <source>Unknown model “%1”.</source>
        <translation>Modelo desconhecido: “%1”.</translation>
    </message>
    <message>
        <source>Unknown model “%1”. Did you mean %2?</source>
        <translation>Modelo desconhecido: “%1”. Você quis dizer %2?</translation>
    </message>
    <message>
        <source>Unknown device “%1”.</source>
        <translation>Dispositivo desconhecido: “%1”.</translation>
    </message>
    <message>
        <source>Unknown device “%1”. Did you mean %2?</source>
        <translation>Dispositivo desconhecido: “%1”. Você quis dizer %2?</translation>
    </message>
    <message>
        <source>Unknown region “%1”.</source>
        <translation>Região desconhecida: “%1”.</translation>
    </message>
    <message>
        <source>Unknown region “%1”. Did you mean %2?</source>
        <translation>Região desconhecida: “%1”. Você quis dizer %2?</translation>
    </message>
    <message>
        <source>The device count must be a whole number; found %1.</source>
        <translation>A quantidade de dispositivos deve ser um número inteiro; encontrado: %1.</translation>
    </message>
    <message>
        <source>Steps, batch size and sequence length must be given together (tokens = steps × batch size × sequence length).</source>
        <translation>Passos, tamanho do lote e comprimento da sequência devem ser informados juntos (tokens = passos × tamanho do lote × comprimento da sequência).</translation>
    </message>
    <message>
        <source>Wall-clock hours × device count differ from the device-hours by more than %1; the device-hours are used.</source>
        <translation>As horas de tempo decorrido × a quantidade de dispositivos diferem das horas-dispositivo em mais de %1; são usadas as horas-dispositivo.</translation>
    </message>
    <message>
        <source>A peak of %1 TFLOP/s is about twice the dense figure of %2 TFLOP/s: it looks like a sparsity figure; use the dense peak.</source>
        <translation>Um pico de %1 TFLOP/s é cerca do dobro do valor denso de %2 TFLOP/s: parece um valor com esparsidade; use o pico denso.</translation>
    </message>
    <message>
        <source>An MFU of %1 is above %2; published large runs reach %3–%4.</source>
        <translation>Um MFU de %1 está acima de %2; grandes execuções publicadas atingem %3–%4.</translation>
    </message>
    <message>
        <source>The MFU is not used when the runtime is given; it is reported as implied.</source>
        <translation>O MFU não é usado quando a duração é informada; ele é apresentado como implícito.</translation>
    </message>
    <message>
        <source>Cannot determine the training compute: give the training FLOPs, the parameters with the tokens (or a model preset), or the runtime.</source>
        <translation>Não é possível determinar a computação de treinamento: informe os FLOPs de treinamento, os parâmetros com os tokens (ou uma predefinição de modelo) ou a duração.</translation>
    </message>
    <message>
        <source>No dense peak is known for this device at this precision: enter the peak TFLOP/s or choose another precision.</source>
        <translation>Não há pico denso conhecido para este dispositivo nesta precisão: informe o pico em TFLOP/s ou escolha outra precisão.</translation>
    </message>
    <message>
        <source>An average power of %1 W is above the TDP of %2 W (fine if it includes the host).</source>
        <translation>Uma potência média de %1 W está acima do TDP de %2 W (normal se incluir o host).</translation>
    </message>
    <message>
        <source>No TDP is known for this device: enter the average power or the TDP.</source>
        <translation>Não há TDP conhecido para este dispositivo: informe a potência média ou o TDP.</translation>
    </message>
    <message>
        <source>No grid carbon intensity is known for region %1: choose another year or source, or enter the carbon intensity.</source>
        <translation>Não há intensidade de carbono da rede conhecida para a região %1: escolha outro ano ou outra fonte, ou informe a intensidade de carbono.</translation>
    </message>
    <message>
        <source>No grid carbon intensity is known for region %1 in %2: choose another year or source, or enter the carbon intensity.</source>
        <translation>Não há intensidade de carbono da rede conhecida para a região %1 em %2: escolha outro ano ou outra fonte, ou informe a intensidade de carbono.</translation>
    </message>
    <message>
        <source>No grid carbon intensity is known for region %1 from source %2: choose another year or source, or enter the carbon intensity.</source>
        <translation>Não há intensidade de carbono da rede conhecida para a região %1 na fonte %2: escolha outro ano ou outra fonte, ou informe a intensidade de carbono.</translation>
    </message>
    <message>
        <source>No grid carbon intensity is known for region %1 in %2 from source %3: choose another year or source, or enter the carbon intensity.</source>
        <translation>Não há intensidade de carbono da rede conhecida para a região %1 em %2 na fonte %3: escolha outro ano ou outra fonte, ou informe a intensidade de carbono.</translation>
    </message>
    <message>
        <source>Give a region or a carbon intensity.</source>
        <translation>Informe uma região ou uma intensidade de carbono.</translation>
    </message>
    <message>
        <source>A carbon intensity above %1 gCO2e/kWh is higher than any national grid.</source>
        <translation>Uma intensidade de carbono acima de %1 gCO2e/kWh é maior que a de qualquer rede nacional.</translation>
    </message>
    <message>
        <source>A PUE above %1 is unusual for a data centre today.</source>
        <translation>Um PUE acima de %1 é incomum para um data center hoje.</translation>
    </message>
    <message>
        <source>Trials are longer than the final run (fraction %1).</source>
        <translation>As tentativas são mais longas que a execução final (fração %1).</translation>
    </message>
    <message>
        <source>No embodied emissions are known for this device: enter them per device (left out until then).</source>
        <translation>Não há emissões incorporadas conhecidas para este dispositivo: informe-as por dispositivo (ficam de fora até lá).</translation>
    </message>
    <message>
        <source>The inputs are too large: a result is not a finite number.</source>
        <translation>As entradas são grandes demais: um resultado não é um número finito.</translation>
    </message>
    <message>
        <source>The BF16 peak must not be below the FP32 peak.</source>
        <translation>O pico em BF16 não pode ser menor que o pico em FP32.</translation>
    </message>
    <message>
        <source>%1: a range needs a numeric input with a value; it is ignored.</source>
        <translation>%1: uma faixa precisa de uma entrada numérica com valor; a faixa é ignorada.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>Precisão</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Carbon intensity source</source>
        <translation>Fonte da intensidade de carbono</translation>
    </message>
    <message>
        <source>Search method</source>
        <translation>Método de busca</translation>
    </message>
    <message>
        <source>Grid size</source>
        <translation>Tamanho da grade</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribuição</translation>
    </message>
    <message>
        <source>TDP (W)</source>
        <translation>TDP (W)</translation>
    </message>
    <message>
        <source>Idle power (W)</source>
        <translation>Potência ociosa (W)</translation>
    </message>
    <message>
        <source>Peak (TFLOP/s)</source>
        <translation>Pico (TFLOP/s)</translation>
    </message>
    <message>
        <source>Carbon intensity (gCO2e/kWh)</source>
        <translation>Intensidade de carbono (gCO2e/kWh)</translation>
    </message>
    <message>
        <source>Carbon-free energy fraction</source>
        <translation>Fração de energia livre de carbono</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>o número %1</translation>
    </message>
    <message>
        <source>the text “%1”</source>
        <translation>o texto “%1”</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>um objeto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>uma lista</translation>
    </message>
    <message>
        <source>nothing (null)</source>
        <translation>nada (null)</translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1, linha %2, coluna %3</translation>
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
        <translation>dias</translation>
    </message>
    <message>
        <source>years</source>
        <translation>anos</translation>
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
        <translation>%1 dias</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 anos</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
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
        <translation>Carro médio, incluindo combustível, ao longo da vida útil</translation>
    </message>
    <message>
        <source>car lifetime</source>
        <translation>vida útil de carro</translation>
    </message>
    <message>
        <source>Air travel, one passenger, New York–San Francisco round trip</source>
        <translation>Viagem aérea, um passageiro, ida e volta Nova York–São Francisco</translation>
    </message>
    <message>
        <source>passenger round trip</source>
        <translation>voo de ida e volta (passageiro)</translation>
    </message>
    <message>
        <source>Human life, world average, one year</source>
        <translation>Vida humana, média mundial, um ano</translation>
    </message>
    <message>
        <source>person-year</source>
        <translation>pessoa-ano</translation>
    </message>
    <message>
        <source>American life, average, one year</source>
        <translation>Vida de um norte-americano, média, um ano</translation>
    </message>
    <message>
        <source>Passenger car, typical US vehicle, per km</source>
        <translation>Carro de passeio, veículo típico dos EUA, por km</translation>
    </message>
    <message>
        <source>km driven</source>
        <translation>km rodados</translation>
    </message>
    <message>
        <source>Passenger car, European average, per km</source>
        <translation>Carro de passeio, média europeia, por km</translation>
    </message>
    <message>
        <source>Tree, CO2 sequestered in one month</source>
        <translation>Árvore, CO2 sequestrado em um mês</translation>
    </message>
    <message>
        <source>tree-month</source>
        <translation>árvore-mês</translation>
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
        <translation>sua entrada</translation>
    </message>
    <message>
        <source>Training compute</source>
        <translation>Computação de treinamento</translation>
    </message>
    <message>
        <source>C = training FLOPs (given)</source>
        <translation>C = FLOPs de treinamento (informados)</translation>
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
        <translation>Computação com o termo de atenção (apenas informativo)</translation>
    </message>
    <message>
        <source>C′ = (k / 2) × (2 N′ + 2 L n_ctx d) × D, N′ = 12 L d²</source>
        <translation>C′ = (k / 2) × (2 N′ + 2 L n_ctx d) × D, N′ = 12 L d²</translation>
    </message>
    <message>
        <source>N′ = %1 non-embedding parameters; C′ = %2 (%3 against k × N × D)</source>
        <translation>N′ = %1 parâmetros sem embeddings; C′ = %2 (%3 em relação a k × N × D)</translation>
    </message>
    <message>
        <source>%1 device-hours</source>
        <translation>%1 horas-dispositivo</translation>
    </message>
    <message>
        <source>Device time (final run)</source>
        <translation>Tempo de dispositivo (execução final)</translation>
    </message>
    <message>
        <source>device-hours = given (accounting mode)</source>
        <translation>horas-dispositivo = informadas (modo de contabilização)</translation>
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
        <translation>Tempo decorrido</translation>
    </message>
    <message>
        <source>wall-clock = device-hours / devices</source>
        <translation>tempo decorrido = horas-dispositivo / dispositivos</translation>
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
        <translation>Potência por dispositivo</translation>
    </message>
    <message>
        <source>P = measured average + host</source>
        <translation>P = média medida + host</translation>
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
        <translation>P = ocioso + u × (TDP − ocioso), mais host</translation>
    </message>
    <message>
        <source>u = %1, TDP = %2 → P = %3; host %4</source>
        <translation>u = %1, TDP = %2 → P = %3; host %4</translation>
    </message>
    <message>
        <source>IT energy (final run)</source>
        <translation>Energia de TI (execução final)</translation>
    </message>
    <message>
        <source>E_IT = devices × hours × (device + host power)</source>
        <translation>E_TI = dispositivos × horas × (potência do dispositivo + do host)</translation>
    </message>
    <message>
        <source>%1 × %2 h × (%3 + %4) = %5</source>
        <translation>%1 × %2 h × (%3 + %4) = %5</translation>
    </message>
    <message>
        <source>Facility energy (final run)</source>
        <translation>Energia da instalação (execução final)</translation>
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
        <translation>Emissões (execução final, baseadas na localização)</translation>
    </message>
    <message>
        <source>CO2e = E × intensity</source>
        <translation>CO2e = E × intensidade</translation>
    </message>
    <message>
        <source>Hyperparameter search</source>
        <translation>Busca de hiperparâmetros</translation>
    </message>
    <message>
        <source>T_search = T × R (R = search compute in full runs, %1 trials)</source>
        <translation>T_busca = T × R (R = computação da busca em execuções completas, %1 tentativas)</translation>
    </message>
    <message>
        <source>%1 h × %2 = %3 h → %4 → %5</source>
        <translation>%1 h × %2 = %3 h → %4 → %5</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Desenvolvimento</translation>
    </message>
    <message>
        <source>T_dev = (T + T_search) × (m − 1)</source>
        <translation>T_des = (T + T_busca) × (m − 1)</translation>
    </message>
    <message>
        <source>(%1 h + %2 h) × (%3 − 1) = %4 h → %5 → %6</source>
        <translation>(%1 h + %2 h) × (%3 − 1) = %4 h → %5 → %6</translation>
    </message>
    <message>
        <source>Operational emissions, all components</source>
        <translation>Emissões operacionais, todos os componentes</translation>
    </message>
    <message>
        <source>final run + search + development</source>
        <translation>execução final + busca + desenvolvimento</translation>
    </message>
    <message>
        <source>%1 + %2 + %3 = %4 (%5, %6 device-hours)</source>
        <translation>%1 + %2 + %3 = %4 (%5, %6 horas-dispositivo)</translation>
    </message>
    <message>
        <source>Market-based emissions</source>
        <translation>Emissões baseadas no mercado</translation>
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
        <translation>Emissões incorporadas</translation>
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
        <translation>Emissões totais</translation>
    </message>
    <message>
        <source>total = location-based + embodied</source>
        <translation>total = baseadas na localização + incorporadas</translation>
    </message>
    <message>
        <source>%1 + %2 = %3</source>
        <translation>%1 + %2 = %3</translation>
    </message>
    <message>
        <source>price × device-hours</source>
        <translation>preço × horas-dispositivo</translation>
    </message>
    <message>
        <source>%1 × %2 h</source>
        <translation>%1 × %2 h</translation>
    </message>
    <message>
        <source>carbon price × tonnes CO2e</source>
        <translation>preço do carbono × toneladas de CO2e</translation>
    </message>
    <message>
        <source>%1 × %2 t</source>
        <translation>%1 × %2 t</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>price</source>
        <translation>preço</translation>
    </message>
    <message>
        <source>carbon price</source>
        <translation>preço do carbono</translation>
    </message>
    <message>
        <source>methodology §%1</source>
        <translation>metodologia §%1</translation>
    </message>
    <message>
        <source>You entered the total work of the training run in floating-point operations, so it is used as given.</source>
        <translation>Você informou o trabalho total da execução de treinamento em operações de ponto flutuante, então ele é usado como informado.</translation>
    </message>
    <message>
        <source>Training costs about %1 floating-point operations for every parameter (N) and every training token (D).</source>
        <translation>O treinamento custa cerca de %1 operações de ponto flutuante para cada parâmetro (N) e cada token de treinamento (D).</translation>
    </message>
    <message>
        <source>Kaplan et al. %1, Table %2; not used for time or energy</source>
        <translation>Kaplan et al. %1, Tabela %2; não usado para tempo nem energia</translation>
    </message>
    <message>
        <source>Counting the layers and the attention over the context separately refines the estimate; it is shown for comparison only.</source>
        <translation>Contar separadamente as camadas e a atenção sobre o contexto refina a estimativa; ela é mostrada apenas para comparação.</translation>
    </message>
    <message>
        <source>You entered the time the devices ran, so it is used as given.</source>
        <translation>Você informou por quanto tempo os dispositivos funcionaram, então esse tempo é usado como informado.</translation>
    </message>
    <message>
        <source>The time is the work divided by the speed a chip really reaches: its peak speed times the fraction of it used (MFU).</source>
        <translation>O tempo é o trabalho dividido pela velocidade que um chip realmente atinge: sua velocidade de pico vezes a fração dela que é aproveitada (MFU).</translation>
    </message>
    <message>
        <source>Dividing the work by the time it took shows which fraction of the chips&apos; peak speed the run achieved.</source>
        <translation>Dividir o trabalho pelo tempo que ele levou mostra que fração da velocidade de pico dos chips a execução atingiu.</translation>
    </message>
    <message>
        <source>; perfect scaling, no idle time (%1)</source>
        <translation>; escalonamento perfeito, sem tempo ocioso (%1)</translation>
    </message>
    <message>
        <source>Sharing the work among more devices shortens the calendar time, assuming they work perfectly in parallel.</source>
        <translation>Dividir o trabalho entre mais dispositivos encurta o tempo de calendário, supondo que eles trabalhem perfeitamente em paralelo.</translation>
    </message>
    <message>
        <source>Your measured power of a device is used, plus its share of the host server&apos;s power.</source>
        <translation>É usada a potência que você mediu para um dispositivo, mais a parcela dele na potência do servidor host.</translation>
    </message>
    <message>
        <source>A busy chip draws between its idle power and its rated maximum (TDP); the host server&apos;s CPUs, memory and network add their share.</source>
        <translation>Um chip ocupado consome entre sua potência ociosa e seu máximo nominal (TDP); as CPUs, a memória e a rede do servidor host somam a sua parcela.</translation>
    </message>
    <message>
        <source>Energy is power multiplied by time, added up over all devices.</source>
        <translation>A energia é a potência multiplicada pelo tempo, somada em todos os dispositivos.</translation>
    </message>
    <message>
        <source>The data centre also spends energy on cooling and power supply; its PUE is the facility&apos;s energy divided by the computers&apos; energy.</source>
        <translation>O data center também gasta energia com refrigeração e fornecimento de energia; seu PUE é a energia da instalação dividida pela energia dos computadores.</translation>
    </message>
    <message>
        <source>Every kilowatt-hour taken from the local grid comes with the greenhouse gases emitted on average to generate it there.</source>
        <translation>Cada quilowatt-hora retirado da rede local traz consigo os gases de efeito estufa emitidos, em média, para gerá-lo ali.</translation>
    </message>
    <message>
        <source>Trying many settings before the final run repeats much of the training, so the search costs a multiple of one run.</source>
        <translation>Testar muitas configurações antes da execução final repete grande parte do treinamento, então a busca custa um múltiplo de uma execução.</translation>
    </message>
    <message>
        <source>Experiments, failed runs and debugging while the model is developed add a share on top of the runs themselves.</source>
        <translation>Experimentos, execuções que falharam e depuração durante o desenvolvimento do modelo acrescentam uma parcela além das próprias execuções.</translation>
    </message>
    <message>
        <source>The electricity&apos;s emissions of the whole project add up the final run, the search and the development.</source>
        <translation>As emissões da eletricidade de todo o projeto somam a execução final, a busca e o desenvolvimento.</translation>
    </message>
    <message>
        <source>Market-based accounting counts the share of electricity bought from carbon-free sources as emitting nothing.</source>
        <translation>A contabilização baseada no mercado considera que a parcela de eletricidade comprada de fontes livres de carbono não emite nada.</translation>
    </message>
    <message>
        <source>embodied = per-device CO2e × device-hours / (lifetime × %1 h)</source>
        <translation>incorporadas = CO2e por dispositivo × horas-dispositivo / (vida útil × %1 h)</translation>
    </message>
    <message>
        <source>Making the hardware also emitted greenhouse gases; the run is charged its share of the hardware&apos;s lifetime.</source>
        <translation>A fabricação do hardware também emitiu gases de efeito estufa; a execução é responsável pela sua parcela da vida útil do hardware.</translation>
    </message>
    <message>
        <source>methodology §%1, §%2</source>
        <translation>metodologia §%1, §%2</translation>
    </message>
    <message>
        <source>The footprint adds the emissions of the electricity used and the share of making the hardware.</source>
        <translation>A pegada de carbono soma as emissões da eletricidade consumida e a parcela da fabricação do hardware.</translation>
    </message>
    <message>
        <source>The bill is the rented device time times its price, plus any price put on the carbon emitted.</source>
        <translation>A conta é o tempo de dispositivo alugado vezes o seu preço, mais qualquer preço atribuído ao carbono emitido.</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>Lesson %1: %2</source>
        <translation>Lição %1: %2</translation>
    </message>
    <message>
        <source>How much does training BERT cost?</source>
        <translation>Quanto custa treinar o BERT?</translation>
    </message>
    <message>
        <source>&lt;p&gt;BERT base, the language model Google published in 2018, can be trained on %1 V100 GPUs in %2 hours. Strubell et al. (2019, Table 3) put the power of the whole machine at %3 W, multiplied the energy by a data-centre PUE of %4 and the result by the US average of %5 lb CO2e per kWh: %6 kWh and %7 lb CO2e. The first scenario repeats exactly this calculation (accounting mode: the duration is known).&lt;/p&gt;&lt;p&gt;The second scenario plans the same training from the model alone: %8 million parameters × %9 billion tokens (%10 steps of %11 tokens, Devlin et al. 2019) × 6 FLOPs per parameter and token, on the same %1 V100 at the default utilisation (MFU) of %12%, each GPU at its rated power, the default PUE of %13 and the latest US grid intensity in the catalog.&lt;/p&gt;&lt;p&gt;How close is the plan to the published estimate? Which assumptions make the difference? The first scenario names the model too, so the tool shows the utilisation (MFU) its duration implies: compare it with the %12% the plan assumes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;O BERT base, o modelo de linguagem que o Google publicou em 2018, pode ser treinado em %1 GPUs V100 em %2 horas. Strubell et al. (2019, Tabela 3) estimaram a potência da máquina inteira em %3 W, multiplicaram a energia por um PUE de data center de %4 e o resultado pela média dos EUA de %5 lb CO2e por kWh: %6 kWh e %7 lb CO2e. O primeiro cenário repete exatamente esse cálculo (modo de contabilização: a duração é conhecida).&lt;/p&gt;&lt;p&gt;O segundo cenário planeja o mesmo treinamento apenas a partir do modelo: %8 milhões de parâmetros × %9 bilhões de tokens (%10 passos de %11 tokens, Devlin et al. 2019) × 6 FLOPs por parâmetro e token, nas mesmas %1 V100 com a utilização (MFU) padrão de %12%, cada GPU na sua potência nominal, o PUE padrão de %13 e a intensidade mais recente da rede dos EUA no catálogo.&lt;/p&gt;&lt;p&gt;Quão perto o plano chega da estimativa publicada? Quais premissas fazem a diferença? O primeiro cenário também indica o modelo, então a ferramenta mostra a utilização (MFU) implícita na sua duração: compare-a com os %12% que o plano pressupõe.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>BERT base, Strubell et al. 2019</source>
        <translation>BERT base, Strubell et al. 2019</translation>
    </message>
    <message>
        <source>BERT base, planned from the model</source>
        <translation>BERT base, planejado a partir do modelo</translation>
    </message>
    <message>
        <source>Hyperparameter search multiplies the bill</source>
        <translation>A busca de hiperparâmetros multiplica a conta</translation>
    </message>
    <message>
        <source>&lt;p&gt;A model is rarely trained only once. Strubell et al. (2019, Table 3) estimated one training run of the Transformer big model: %1 P100 GPUs for %2 hours, drawing %3 W, with a PUE of %4 and %5 lb CO2e per kWh. All four scenarios start from this run.&lt;/p&gt;&lt;p&gt;A hyperparameter search trains the model again for every setting it tries: %6 trials cost %6 times the run, %7 trials %7 times (each trial assumed as long as the final run). The neural architecture search of So et al. (2019), as Strubell et al. estimated it (Table 3), took %8 million training steps against %9 thousand for one run: the work of about %10 runs, %11 lb CO2e.&lt;/p&gt;&lt;p&gt;Open the chart of emissions by component: the search dwarfs the final run.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Um modelo raramente é treinado uma só vez. Strubell et al. (2019, Tabela 3) estimaram uma execução de treinamento do modelo Transformer big: %1 GPUs P100 por %2 horas, consumindo %3 W, com um PUE de %4 e %5 lb CO2e por kWh. Os quatro cenários partem dessa execução.&lt;/p&gt;&lt;p&gt;Uma busca de hiperparâmetros treina o modelo de novo para cada configuração que testa: %6 tentativas custam %6 vezes a execução; %7 tentativas, %7 vezes (supondo cada tentativa tão longa quanto a execução final). A busca de arquitetura neural de So et al. (2019), conforme estimada por Strubell et al. (Tabela 3), levou %8 milhões de passos de treinamento, contra %9 mil de uma execução: o trabalho de cerca de %10 execuções, %11 lb CO2e.&lt;/p&gt;&lt;p&gt;Abra o gráfico de emissões por componente: perto da busca, a execução final é minúscula.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>One training run</source>
        <translation>Uma execução de treinamento</translation>
    </message>
    <message>
        <source>Search with %1 trials</source>
        <translation>Busca com %1 tentativas</translation>
    </message>
    <message>
        <source>Neural architecture search (Strubell et al. 2019)</source>
        <translation>Busca de arquitetura neural (Strubell et al. 2019)</translation>
    </message>
    <message>
        <source>Location matters</source>
        <translation>A localização importa</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same training run, GPT-3 XL (%1 billion parameters, %2 billion tokens, Brown et al. 2020) on %3 A100 GPUs, is placed on four electricity grids: Poland, the United States average, France and Québec. The energy is the same everywhere; only the carbon intensity of the grid changes (%5, from each region&apos;s main data source in the catalog, with the default PUE of %4).&lt;/p&gt;&lt;p&gt;Poland still makes much of its electricity from coal, France most of it in nuclear plants, Québec most of it from hydropower. Compare the emissions: moving the run changes them more than most technical optimisations do. France and Québec are close: in other years, or with another data source, France comes out lower.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A mesma execução de treinamento, o GPT-3 XL (%1 bilhão de parâmetros, %2 bilhões de tokens, Brown et al. 2020) em %3 GPUs A100, é colocada em quatro redes elétricas: Polônia, média dos Estados Unidos, França e Quebec. A energia é a mesma em todos os lugares; só muda a intensidade de carbono da rede (%5, da principal fonte de dados de cada região no catálogo, com o PUE padrão de %4).&lt;/p&gt;&lt;p&gt;A Polônia ainda gera grande parte de sua eletricidade a partir do carvão; a França, a maior parte em usinas nucleares; o Quebec, a maior parte em hidrelétricas. Compare as emissões: mudar a execução de lugar altera-as mais do que a maioria das otimizações técnicas. França e Quebec ficam próximos: em outros anos, ou com outra fonte de dados, a França fica abaixo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polônia</translation>
    </message>
    <message>
        <source>United States (average)</source>
        <translation>Estados Unidos (média)</translation>
    </message>
    <message>
        <source>France</source>
        <translation>França</translation>
    </message>
    <message>
        <source>Québec</source>
        <translation>Quebec</translation>
    </message>
    <message>
        <source>Bigger models</source>
        <translation>Modelos maiores</translation>
    </message>
    <message>
        <source>&lt;p&gt;GPT-2 (Radford et al. 2019) has %1 billion parameters; GPT-3 (Brown et al. 2020), a year later, has %2 billion. Both scenarios train on the same %3 billion tokens (GPT-3&apos;s; the GPT-2 paper does not state its number) on the same %4 A100 GPUs in the US, so the only difference is the size of the model.&lt;/p&gt;&lt;p&gt;Training compute grows with parameters × tokens: GPT-3 needs about %5 times the compute of GPT-2, and so %5 times the time, the energy and the emissions. In practice larger models are also trained on more tokens (Hoffmann et al. 2022 recommend growing both together), so real gaps are often larger still.&lt;/p&gt;</source>
        <translation>&lt;p&gt;O GPT-2 (Radford et al. 2019) tem %1 bilhão de parâmetros; o GPT-3 (Brown et al. 2020), um ano depois, tem %2 bilhões. Os dois cenários treinam com os mesmos %3 bilhões de tokens (os do GPT-3; o artigo do GPT-2 não informa o seu número) nas mesmas %4 GPUs A100 nos EUA, de modo que a única diferença é o tamanho do modelo.&lt;/p&gt;&lt;p&gt;A computação de treinamento cresce com parâmetros × tokens: o GPT-3 precisa de cerca de %5 vezes a computação do GPT-2 e, portanto, de %5 vezes o tempo, a energia e as emissões. Na prática, modelos maiores também são treinados com mais tokens (Hoffmann et al. 2022 recomendam aumentar os dois juntos), então as diferenças reais costumam ser ainda maiores.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Hardware generations</source>
        <translation>Gerações de hardware</translation>
    </message>
    <message>
        <source>&lt;p&gt;Three generations of NVIDIA data-centre GPUs train the same model, GPT-3 XL (%1 billion parameters, %2 billion tokens), %3 GPUs each, in the US: the V100 (Volta) at fp16, the A100 (Ampere) and the H100 (Hopper) at bf16. Each newer chip draws more power, but it is so much faster that it finishes sooner and uses less energy for the same work. The Data tab lists each chip&apos;s peak and power.&lt;/p&gt;&lt;p&gt;Assumed: the same utilisation (MFU) of %4% on all three, and every GPU at its rated power. Real utilisation differs between generations and software.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Três gerações de GPUs de data center da NVIDIA treinam o mesmo modelo, o GPT-3 XL (%1 bilhão de parâmetros, %2 bilhões de tokens), com %3 GPUs cada, nos EUA: a V100 (Volta) em fp16, a A100 (Ampere) e a H100 (Hopper) em bf16. Cada chip mais novo consome mais potência, mas é tão mais rápido que termina antes e usa menos energia para o mesmo trabalho. A aba Dados lista o pico e a potência de cada chip.&lt;/p&gt;&lt;p&gt;Premissas: a mesma utilização (MFU) de %4% nas três e cada GPU na sua potência nominal. A utilização real varia entre gerações e software.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Does a human learn with less?</source>
        <translation>Um ser humano aprende com menos?</translation>
    </message>
    <message>
        <source>&lt;p&gt;BERT base read a corpus of %1 billion words (books and English Wikipedia) about %2 times over: %3 steps × %4 sequences × %5 tokens (Devlin et al. 2019, §A.2), about %6 billion words in all.&lt;/p&gt;&lt;p&gt;How many words does a child hear? Hart and Risley (1995; 2003) recorded 42 families in Kansas one hour a month, from before the child&apos;s first birthday to age three, and extrapolated: by age four, a child in a professional family would have heard almost %7 million words, in a working-class family %8 million, in a family on welfare %9 million. These are extrapolations from a small sample; a later study that also counted other caregivers and the talk a child overhears (Sperry, Sperry and Miller 2019) did not find these gaps, and estimates vary widely.&lt;/p&gt;&lt;p&gt;Even against the highest figure, BERT was trained on about %10 times as many words as a four-year-old has heard. The second scenario trains the same model once on %7 million tokens (one token per word, as the BERT paper&apos;s own epoch count does). Yet a four-year-old talks and understands, while BERT fills in missing words. What else does a child learn from?&lt;/p&gt;</source>
        <translation>&lt;p&gt;O BERT base leu um corpus de %1 bilhões de palavras (livros e a Wikipédia em inglês) cerca de %2 vezes: %3 passos × %4 sequências × %5 tokens (Devlin et al. 2019, §A.2), cerca de %6 bilhões de palavras no total.&lt;/p&gt;&lt;p&gt;Quantas palavras uma criança ouve? Hart e Risley (1995; 2003) gravaram 42 famílias no Kansas uma hora por mês, desde antes do primeiro aniversário da criança até os três anos, e extrapolaram: aos quatro anos, uma criança de uma família de profissionais liberais teria ouvido quase %7 milhões de palavras; de uma família da classe trabalhadora, %8 milhões; de uma família que depende de assistência social, %9 milhões. São extrapolações a partir de uma amostra pequena; um estudo posterior que também contou outros cuidadores e a fala que a criança ouve ao seu redor (Sperry, Sperry e Miller 2019) não encontrou essas diferenças, e as estimativas variam muito.&lt;/p&gt;&lt;p&gt;Mesmo em comparação com o valor mais alto, o BERT foi treinado com cerca de %10 vezes a quantidade de palavras que uma criança de quatro anos ouviu. O segundo cenário treina o mesmo modelo uma vez com %7 milhões de tokens (um token por palavra, como faz a própria contagem de épocas do artigo do BERT). Ainda assim, uma criança de quatro anos fala e entende, enquanto o BERT preenche palavras que faltam. Com o que mais uma criança aprende?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>BERT base as published</source>
        <translation>BERT base como publicado</translation>
    </message>
    <message>
        <source>BERT base on the words a child hears</source>
        <translation>BERT base com as palavras que uma criança ouve</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>AI Carbon Planner projects (*.json);;All files (*)</source>
        <translation>Projetos do AI Carbon Planner (*.json);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Source: %1</source>
        <translation>Fonte: %1</translation>
    </message>
    <message>
        <source>Training compute</source>
        <translation>Computação de treinamento</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Tempo decorrido</translation>
    </message>
    <message>
        <source>Device-hours</source>
        <translation>Horas-dispositivo</translation>
    </message>
    <message>
        <source>Energy, IT</source>
        <translation>Energia, TI</translation>
    </message>
    <message>
        <source>Energy, facility</source>
        <translation>Energia, instalação</translation>
    </message>
    <message>
        <source>CO2e, location-based</source>
        <translation>CO2e, baseado na localização</translation>
    </message>
    <message>
        <source>CO2e, market-based</source>
        <translation>CO2e, baseado no mercado</translation>
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
        <translation>Custo</translation>
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
        <translation>Energia da instalação</translation>
    </message>
    <message>
        <source>CO2e</source>
        <translation>CO2e</translation>
    </message>
    <message>
        <source>Final run</source>
        <translation>Execução final</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Busca</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Desenvolvimento</translation>
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
        <translation>Avisos e erros</translation>
    </message>
    <message>
        <source>How this was computed</source>
        <translation>Como foi calculado</translation>
    </message>
    <message>
        <source>No scenario</source>
        <translation>Nenhum cenário</translation>
    </message>
    <message>
        <source>Add or select a scenario to see its results.</source>
        <translation>Adicione ou selecione um cenário para ver os resultados.</translation>
    </message>
    <message>
        <source>No figures while the scenario has errors.</source>
        <translation>Sem figuras enquanto o cenário tiver erros.</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>Nenhum resultado</translation>
    </message>
    <message>
        <source>Correct the errors below (they are also shown beside the fields).</source>
        <translation>Corrija os erros abaixo (eles também aparecem ao lado dos campos).</translation>
    </message>
    <message>
        <source>%1 CO2e</source>
        <translation>%1 CO2e</translation>
    </message>
    <message>
        <source>unknown (accounting mode)</source>
        <translation>desconhecido (modo de contabilização)</translation>
    </message>
    <message>
        <source>%1 h (final run %2 h)</source>
        <translation>%1 h (execução final %2 h)</translation>
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
        <translation>%1 (com %2)</translation>
    </message>
    <message>
        <source>%1 (%2 % carbon-free energy)</source>
        <translation>%1 (%2 % de energia livre de carbono)</translation>
    </message>
    <message>
        <source>%1 (no carbon-free energy known)</source>
        <translation>%1 (energia livre de carbono desconhecida)</translation>
    </message>
    <message>
        <source>not included</source>
        <translation>não incluído</translation>
    </message>
    <message>
        <source>not priced</source>
        <translation>sem preço</translation>
    </message>
    <message>
        <source>%1 (compute only)</source>
        <translation>%1 (apenas computação)</translation>
    </message>
    <message>
        <source>%1 (compute %2, carbon %3)</source>
        <translation>%1 (computação %2, carbono %3)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Step Through…</source>
        <translation>Passo a passo…</translation>
    </message>
    <message>
        <source>Show the steps one at a time in large type, for a projector (F6)</source>
        <translation>Mostrar as etapas uma de cada vez, em letras grandes, para um projetor (F6)</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %Ln device(s) · %2 at the facility</source>
        <translation>
            <numerusform>%1 em %Ln dispositivo · %2 na instalação</numerusform>
            <numerusform>%1 em %Ln dispositivos · %2 na instalação</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (final run, %Ln device(s))</source>
        <translation>
            <numerusform>%1 (execução final, %Ln dispositivo)</numerusform>
            <numerusform>%1 (execução final, %Ln dispositivos)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>Cannot write %1</source>
        <translation>Não é possível gravar %1</translation>
    </message>
</context>
<context>
    <name>ScenarioDocument</name>
    <message>
        <source>the file could not be written completely (is the disk full?)</source>
        <translation>o arquivo não pôde ser gravado por completo (o disco está cheio?)</translation>
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
        <translation>%1 gCO2e/kWh em %2 (%3) · %4</translation>
    </message>
    <message>
        <source> (your catalog)</source>
        <translation> (seu catálogo)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>rede</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>cloud region</source>
        <translation>região de nuvem</translation>
    </message>
    <message>
        <source>%1 parameters</source>
        <translation>%1 parâmetros</translation>
    </message>
    <message>
        <source>%1 active</source>
        <translation>%1 ativos</translation>
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
        <translation>sem TDP</translation>
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
        <translation>seu catálogo</translation>
    </message>
    <message>
        <source>%1 · %2 TFLOP/s</source>
        <translation>%1 · %2 TFLOP/s</translation>
    </message>
    <message>
        <source>grid %1 · </source>
        <translation>rede %1 · </translation>
    </message>
    <message>
        <source>no intensity for this year or source</source>
        <translation>sem intensidade para este ano ou fonte</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parâmetros</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>parâmetros</translation>
    </message>
    <message>
        <source>N: the trained parameters (active parameters per token for mixture-of-experts models). Default: the model preset.</source>
        <translation>N: os parâmetros treinados (parâmetros ativos por token em modelos mixture-of-experts). Padrão: a predefinição do modelo.</translation>
    </message>
    <message>
        <source>Training tokens</source>
        <translation>Tokens de treinamento</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>tokens</translation>
    </message>
    <message>
        <source>D: tokens seen in training. Wins over dataset tokens × epochs and steps × batch × length. Default: the model preset.</source>
        <translation>D: tokens vistos no treinamento. Tem prioridade sobre tokens do conjunto de dados × épocas e passos × lote × comprimento. Padrão: a predefinição do modelo.</translation>
    </message>
    <message>
        <source>Dataset tokens</source>
        <translation>Tokens do conjunto de dados</translation>
    </message>
    <message>
        <source>Tokens in the dataset: D = dataset tokens × epochs when training tokens are not given.</source>
        <translation>Tokens no conjunto de dados: D = tokens do conjunto de dados × épocas quando os tokens de treinamento não são informados.</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>passagens</translation>
    </message>
    <message>
        <source>Passes over the dataset; used with dataset tokens only.</source>
        <translation>Passagens pelo conjunto de dados; usado apenas com os tokens do conjunto de dados.</translation>
    </message>
    <message>
        <source>methodology §1: one epoch</source>
        <translation>metodologia §1: uma época</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passos</translation>
    </message>
    <message>
        <source>optimizer steps</source>
        <translation>passos do otimizador</translation>
    </message>
    <message>
        <source>D = steps × batch size × sequence length; give all three.</source>
        <translation>D = passos × tamanho do lote × comprimento da sequência; informe os três.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamanho do lote</translation>
    </message>
    <message>
        <source>sequences per step</source>
        <translation>sequências por passo</translation>
    </message>
    <message>
        <source>Sequences per optimizer step (with steps and sequence length).</source>
        <translation>Sequências por passo do otimizador (com passos e comprimento da sequência).</translation>
    </message>
    <message>
        <source>Sequence length</source>
        <translation>Comprimento da sequência</translation>
    </message>
    <message>
        <source>Tokens per sequence (with steps and batch size).</source>
        <translation>Tokens por sequência (com passos e tamanho do lote).</translation>
    </message>
    <message>
        <source>FLOPs per parameter·token (k)</source>
        <translation>FLOPs por parâmetro·token (k)</translation>
    </message>
    <message>
        <source>FLOP</source>
        <translation>FLOP</translation>
    </message>
    <message>
        <source>k in C = k × N × D: 2 forward + 4 backward; 8 when activations are recomputed.</source>
        <translation>k em C = k × N × D: 2 na propagação direta + 4 na retropropagação; 8 quando as ativações são recomputadas.</translation>
    </message>
    <message>
        <source>Training compute</source>
        <translation>Computação de treinamento</translation>
    </message>
    <message>
        <source>Total FLOPs of the final run. When given, it replaces k × N × D.</source>
        <translation>Total de FLOPs da execução final. Quando informado, substitui k × N × D.</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Tempo decorrido</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>Accounting mode: the measured duration of the final run. Replaces FLOPs / (peak × MFU); MFU is then implied.</source>
        <translation>Modo de contabilização: a duração medida da execução final. Substitui FLOPs / (pico × MFU); o MFU passa a ser implícito.</translation>
    </message>
    <message>
        <source>from FLOPs</source>
        <translation>a partir dos FLOPs</translation>
    </message>
    <message>
        <source>Device-hours</source>
        <translation>Horas-dispositivo</translation>
    </message>
    <message>
        <source>device-h</source>
        <translation>h-dispositivo</translation>
    </message>
    <message>
        <source>Accounting mode: device-hours of the final run (wins over the wall-clock time).</source>
        <translation>Modo de contabilização: horas-dispositivo da execução final (têm prioridade sobre o tempo decorrido).</translation>
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
        <translation>Número de dispositivos, um número inteiro ≥ 1. Tempo decorrido = horas-dispositivo / dispositivos.</translation>
    </message>
    <message>
        <source>one device when the count is not given</source>
        <translation>um dispositivo quando a quantidade não é informada</translation>
    </message>
    <message>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <source>fraction, (0, 1]</source>
        <translation>fração, (0, 1]</translation>
    </message>
    <message>
        <source>Model FLOPs utilization: the share of the dense peak the training achieves. Device time = FLOPs / (peak × MFU).</source>
        <translation>Utilização de FLOPs do modelo (MFU): a parcela do pico denso que o treinamento atinge. Tempo de dispositivo = FLOPs / (pico × MFU).</translation>
    </message>
    <message>
        <source>Average power</source>
        <translation>Potência média</translation>
    </message>
    <message>
        <source>W per device</source>
        <translation>W por dispositivo</translation>
    </message>
    <message>
        <source>Measured average draw per device. When given, it replaces idle + u × (TDP − idle) and the power utilization is not used.</source>
        <translation>Consumo médio medido por dispositivo. Quando informado, substitui ocioso + u × (TDP − ocioso), e a utilização de potência não é usada.</translation>
    </message>
    <message>
        <source>Power utilization</source>
        <translation>Utilização de potência</translation>
    </message>
    <message>
        <source>fraction, [0, 1]</source>
        <translation>fração, [0, 1]</translation>
    </message>
    <message>
        <source>u: where the device draws between idle (0) and TDP (1). Used only without an average power.</source>
        <translation>u: onde o consumo do dispositivo fica entre ocioso (0) e TDP (1). Usado apenas sem uma potência média.</translation>
    </message>
    <message>
        <source>Host power</source>
        <translation>Potência do host</translation>
    </message>
    <message>
        <source>Share of the server (CPUs, DRAM, network) per device. Nameplate upper bounds: DGX A100 412 W, DGX H100 575 W.</source>
        <translation>Parcela do servidor (CPUs, DRAM, rede) por dispositivo. Limites superiores nominais: DGX A100 412 W, DGX H100 575 W.</translation>
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
        <translation>Pico denso (não esparso) por dispositivo na precisão escolhida; substitui o catálogo.</translation>
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
        <translation>Potência de projeto térmico (TDP) por dispositivo; substitui o catálogo.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>Year of the grid carbon intensity (1990–2100).</source>
        <translation>Ano da intensidade de carbono da rede (1990–2100).</translation>
    </message>
    <message>
        <source>the latest year of the primary series</source>
        <translation>o ano mais recente da série principal</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>mais recente</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>ratio, ≥ 1</source>
        <translation>razão, ≥ 1</translation>
    </message>
    <message>
        <source>Power usage effectiveness: facility energy = IT energy × PUE. Default: the cloud region, the provider&apos;s fleet, else the global average.</source>
        <translation>Eficiência no uso de energia (PUE): energia da instalação = energia de TI × PUE. Padrão: a região de nuvem, a frota do provedor ou, senão, a média global.</translation>
    </message>
    <message>
        <source>Carbon intensity</source>
        <translation>Intensidade de carbono</translation>
    </message>
    <message>
        <source>gCO2e/kWh</source>
        <translation>gCO2e/kWh</translation>
    </message>
    <message>
        <source>Grid carbon intensity; overrides the region&apos;s value.</source>
        <translation>Intensidade de carbono da rede; substitui o valor da região.</translation>
    </message>
    <message>
        <source>Carbon-free energy</source>
        <translation>Energia livre de carbono</translation>
    </message>
    <message>
        <source>Share of the energy matched by carbon-free supply; only the market-based figure uses it (× (1 − fraction)).</source>
        <translation>Parcela da energia coberta por fornecimento livre de carbono; só o valor baseado no mercado a utiliza (× (1 − fração)).</translation>
    </message>
    <message>
        <source>none known: market-based equals location-based</source>
        <translation>nenhuma conhecida: baseado no mercado = baseado na localização</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>trials</source>
        <translation>tentativas</translation>
    </message>
    <message>
        <source>Configurations trained before the final run.</source>
        <translation>Configurações treinadas antes da execução final.</translation>
    </message>
    <message>
        <source>methodology §6: no search</source>
        <translation>metodologia §6: sem busca</translation>
    </message>
    <message>
        <source>Mean trial fraction</source>
        <translation>Fração média por tentativa</translation>
    </message>
    <message>
        <source>of a full run</source>
        <translation>de uma execução completa</translation>
    </message>
    <message>
        <source>Mean share of a full run per trial; below 1 with early stopping.</source>
        <translation>Parcela média de uma execução completa por tentativa; abaixo de 1 com parada antecipada.</translation>
    </message>
    <message>
        <source>methodology §6: each trial is a full run</source>
        <translation>metodologia §6: cada tentativa é uma execução completa</translation>
    </message>
    <message>
        <source>Configurations</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>n: configurations in the first round of successive halving (required).</source>
        <translation>n: configurações na primeira rodada do successive halving (obrigatório).</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obrigatório</translation>
    </message>
    <message>
        <source>Reduction factor η</source>
        <translation>Fator de redução η</translation>
    </message>
    <message>
        <source>&gt; 1</source>
        <translation>&gt; 1</translation>
    </message>
    <message>
        <source>η: each round keeps 1/η of the configurations at η times the budget.</source>
        <translation>η: cada rodada mantém 1/η das configurações com η vezes o orçamento.</translation>
    </message>
    <message>
        <source>Li et al. 2018 (Hyperband): η = 3</source>
        <translation>Li et al. 2018 (Hyperband): η = 3</translation>
    </message>
    <message>
        <source>Minimum budget</source>
        <translation>Orçamento mínimo</translation>
    </message>
    <message>
        <source>of a full run, (0, 1]</source>
        <translation>de uma execução completa, (0, 1]</translation>
    </message>
    <message>
        <source>r: the smallest budget, as a share of a full run (required).</source>
        <translation>r: o menor orçamento, como parcela de uma execução completa (obrigatório).</translation>
    </message>
    <message>
        <source>Equivalent runs</source>
        <translation>Execuções equivalentes</translation>
    </message>
    <message>
        <source>full runs</source>
        <translation>execuções completas</translation>
    </message>
    <message>
        <source>Total search compute in full runs, e.g. from a published step count; replaces trials × fraction.</source>
        <translation>Computação total da busca em execuções completas, p. ex. a partir de uma contagem de passos publicada; substitui tentativas × fração.</translation>
    </message>
    <message>
        <source>Development multiplier</source>
        <translation>Multiplicador de desenvolvimento</translation>
    </message>
    <message>
        <source>×, ≥ 1</source>
        <translation>×, ≥ 1</translation>
    </message>
    <message>
        <source>m: seeds, ablations and failed runs. Total = m × (final run + search).</source>
        <translation>m: sementes, ablações e execuções que falharam. Total = m × (execução final + busca).</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Vida útil</translation>
    </message>
    <message>
        <source>years</source>
        <translation>anos</translation>
    </message>
    <message>
        <source>Service life over which the manufacturing emissions are spread.</source>
        <translation>Vida útil ao longo da qual as emissões de fabricação são distribuídas.</translation>
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
        <translation>Emissões de fabricação de um dispositivo; substitui o catálogo (cujos valores cobrem apenas o die, um limite inferior).</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <source>per device-hour</source>
        <translation>por hora-dispositivo</translation>
    </message>
    <message>
        <source>Compute cost = price × all device-hours (final run, search, development).</source>
        <translation>Custo de computação = preço × todas as horas-dispositivo (execução final, busca, desenvolvimento).</translation>
    </message>
    <message>
        <source>not priced</source>
        <translation>sem preço</translation>
    </message>
    <message>
        <source>Carbon price</source>
        <translation>Preço do carbono</translation>
    </message>
    <message>
        <source>per tCO2e</source>
        <translation>por tCO2e</translation>
    </message>
    <message>
        <source>Carbon cost = price × total emissions in tonnes.</source>
        <translation>Custo do carbono = preço × emissões totais em toneladas.</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1” não é um número</translation>
    </message>
    <message>
        <source>the number must be finite</source>
        <translation>o número deve ser finito</translation>
    </message>
    <message>
        <source>a whole number is needed</source>
        <translation>é necessário um número inteiro</translation>
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
        <translation>padrão</translation>
    </message>
    <message>
        <source>Default: %1 (%2).</source>
        <translation>Padrão: %1 (%2).</translation>
    </message>
    <message>
        <source>Default: %1.</source>
        <translation>Padrão: %1.</translation>
    </message>
    <message>
        <source>The value in use is listed in the estimate&apos;s assumptions as “%1”.</source>
        <translation>O valor em uso aparece nas premissas da estimativa como “%1”.</translation>
    </message>
    <message>
        <source>Scenario file: %1</source>
        <translation>Arquivo do cenário: %1</translation>
    </message>
    <message>
        <source>your input</source>
        <translation>sua entrada</translation>
    </message>
    <message>
        <source>No scenario selected. Add a scenario to edit it.</source>
        <translation>Nenhum cenário selecionado. Adicione um cenário para editá-lo.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Cenário</translation>
    </message>
    <message>
        <source>What this scenario assumes, and why</source>
        <translation>O que este cenário pressupõe, e por quê</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Carga de trabalho</translation>
    </message>
    <message>
        <source>Search models…</source>
        <translation>Buscar modelos…</translation>
    </message>
    <message>
        <source>(no preset)</source>
        <translation>(sem predefinição)</translation>
    </message>
    <message>
        <source>Model preset</source>
        <translation>Predefinição de modelo</translation>
    </message>
    <message>
        <source>or tokens = dataset tokens × epochs:</source>
        <translation>ou tokens = tokens do conjunto de dados × épocas:</translation>
    </message>
    <message>
        <source>or tokens = steps × batch size × sequence length:</source>
        <translation>ou tokens = passos × tamanho do lote × comprimento da sequência:</translation>
    </message>
    <message>
        <source>Compute:</source>
        <translation>Computação:</translation>
    </message>
    <message>
        <source>Training FLOPs</source>
        <translation>FLOPs de treinamento</translation>
    </message>
    <message>
        <source>Known runtime (accounting mode)</source>
        <translation>Duração conhecida (modo de contabilização)</translation>
    </message>
    <message>
        <source>Leave empty to plan from the FLOPs; give a measured duration to account for a finished run.</source>
        <translation>Deixe vazio para planejar a partir dos FLOPs; informe uma duração medida para contabilizar uma execução concluída.</translation>
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
        <translation>(sem dispositivo)</translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>Todos os fabricantes</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Selects the device&apos;s dense peak. Automatic: bf16, else fp16, tf32, fp32 — the first the device has (methodology §2).</source>
        <translation>Seleciona o pico denso do dispositivo. Automático: bf16, senão fp16, tf32, fp32 — a primeira que o dispositivo suporta (metodologia §2).</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisão</translation>
    </message>
    <message>
        <source>Overrides of the catalog:</source>
        <translation>Substituições do catálogo:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Search regions…</source>
        <translation>Buscar regiões…</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(sem região)</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Todos os provedores</translation>
    </message>
    <message>
        <source>Countries, states and zones, and cloud regions (aws:us-east-1).</source>
        <translation>Países, estados e zonas, e regiões de nuvem (aws:us-east-1).</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Which series of grid intensities to use for the region (methodology §5).</source>
        <translation>Qual série de intensidades da rede usar para a região (metodologia §5).</translation>
    </message>
    <message>
        <source>Intensity series</source>
        <translation>Série de intensidade</translation>
    </message>
    <message>
        <source>Search and development</source>
        <translation>Busca e desenvolvimento</translation>
    </message>
    <message>
        <source>Grid search</source>
        <translation>Busca em grade</translation>
    </message>
    <message>
        <source>Random search</source>
        <translation>Busca aleatória</translation>
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
        <translation>Como a busca de hiperparâmetros antes da execução final é contabilizada (metodologia §6).</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Promoted trials resume from their checkpoint</source>
        <translation>Tentativas promovidas continuam a partir do checkpoint</translation>
    </message>
    <message>
        <source>Resulting search</source>
        <translation>Busca resultante</translation>
    </message>
    <message>
        <source>values per hyperparameter, e.g. 3 × 4 × 5</source>
        <translation>valores por hiperparâmetro, p. ex. 3 × 4 × 5</translation>
    </message>
    <message>
        <source>Grid search: trials = product of the value counts (methodology §6).</source>
        <translation>Busca em grade: tentativas = produto das quantidades de valores (metodologia §6).</translation>
    </message>
    <message>
        <source>Grid sizes</source>
        <translation>Tamanhos da grade</translation>
    </message>
    <message>
        <source>Embodied emissions</source>
        <translation>Emissões incorporadas</translation>
    </message>
    <message>
        <source>Include the devices&apos; manufacturing emissions</source>
        <translation>Incluir as emissões de fabricação dos dispositivos</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>e.g. USD, EUR</source>
        <translation>p. ex. USD, EUR, BRL</translation>
    </message>
    <message>
        <source>Free text; no conversion is done.</source>
        <translation>Texto livre; nenhuma conversão é feita.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>In use while empty: %1 (%2, %3)</source>
        <translation>Em uso enquanto vazio: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>In use while empty: %1 (%2)</source>
        <translation>Em uso enquanto vazio: %1 (%2)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>não definido</translation>
    </message>
    <message>
        <source>In use while empty: %1</source>
        <translation>Em uso enquanto vazio: %1</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automático (%1)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Primary series (default)</source>
        <translation>Série principal (padrão)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source> = %1 × %2 × %3 (k × N × D)</source>
        <translation> = %1 × %2 × %3 (k × N × D)</translation>
    </message>
    <message>
        <source>; with the attention term %1 (reported only)</source>
        <translation>; com o termo de atenção, %1 (apenas informativo)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln layer(s), d_model %1</source>
        <translation>
            <numerusform>%Ln camada, d_model %1</numerusform>
            <numerusform>%Ln camadas, d_model %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Embodied = per-device kgCO2e × device-hours / (lifetime × %1 h) (methodology §7).</source>
        <translation>Incorporadas = kgCO2e por dispositivo × horas-dispositivo / (vida útil × %1 h) (metodologia §7).</translation>
    </message>
    <message>
        <source>Trials: %1 · search compute: %2 (in full runs)</source>
        <translation>Tentativas: %1 · computação da busca: %2 (em execuções completas)</translation>
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
        <translation>&amp;Próximo ▶</translation>
    </message>
    <message>
        <source>Previous step (Left, Page Up)</source>
        <translation>Passo anterior (seta para a esquerda, Page Up)</translation>
    </message>
    <message>
        <source>Next step (Right, Page Down, Space)</source>
        <translation>Próximo passo (seta para a direita, Page Down, Espaço)</translation>
    </message>
    <message>
        <source>Guided Explanation</source>
        <translation>Explicação guiada</translation>
    </message>
    <message>
        <source>No scenario. Add or select a scenario to step through how its results were computed.</source>
        <translation>Nenhum cenário. Adicione ou selecione um cenário para acompanhar, passo a passo, como seus resultados foram calculados.</translation>
    </message>
    <message>
        <source>Guided Explanation — %1</source>
        <translation>Explicação guiada — %1</translation>
    </message>
    <message>
        <source>This scenario has errors, so there is nothing to compute yet. Correct the errors shown in the scenario editor and the results.</source>
        <translation>Este cenário tem erros, então ainda não há nada a calcular. Corrija os erros mostrados no editor de cenários e nos resultados.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fonte: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Passo %1 de %2</translation>
    </message>
</context>
<context>
    <name>aicarbon::AutosaveController</name>
    <message>
        <source>It was never saved.</source>
        <translation>Nunca foi salvo.</translation>
    </message>
    <message>
        <source>It belongs to %1.</source>
        <translation>Pertence a %1.</translation>
    </message>
    <message>
        <source>Unsaved work from the last session could not be read (%1), nor moved aside; it is still at %2.</source>
        <translation>Não foi possível ler o trabalho não salvo da última sessão (%1), nem movê-lo para outro lugar; ele continua em %2.</translation>
    </message>
    <message>
        <source>Unsaved work from the last session could not be read (%1). It was moved aside, unchanged, to
%2</source>
        <translation>Não foi possível ler o trabalho não salvo da última sessão (%1). Ele foi movido, sem alterações, para
%2</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Recuperar trabalho não salvo</translation>
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
            <numerusform>%Ln cenário</numerusform>
            <numerusform>%Ln cenários</numerusform>
        </translation>
    </message>
    <message>
        <source>AI Carbon Planner did not close cleanly last time. Unsaved work on “%1” (%2), saved at %3, was recovered. %4

Restore it, or discard it? Discard deletes the recovered copy at %5.</source>
        <translation>O AI Carbon Planner não foi fechado corretamente da última vez. O trabalho não salvo em “%1” (%2), salvo em %3, foi recuperado. %4

Restaurá-lo ou descartá-lo? Descartar exclui a cópia recuperada em %5.</translation>
    </message>
</context>
<context>
    <name>aicarbon::CatalogModel</name>
    <message>
        <source>Entered by you (your own catalog)</source>
        <translation>Inserido por você (seu próprio catálogo)</translation>
    </message>
    <message>
        <source>%1 T</source>
        <comment>short-scale suffix: trillion (10^12), e.g. 15.6 T tokens</comment>
        <extracomment>%1 = value in 10^12; %2 = in 10^8, %3 = in 10^4, for scales grouped by four digits</extracomment>
        <translation>%1 tri</translation>
    </message>
    <message>
        <source>%1 B</source>
        <comment>short-scale suffix: billion (10^9), e.g. 175 B parameters</comment>
        <extracomment>%1 = value in 10^9; %2 = in 10^8, %3 = in 10^4, for scales grouped by four digits</extracomment>
        <translation>%1 bi</translation>
    </message>
    <message>
        <source>%1 M</source>
        <comment>short-scale suffix: million (10^6), e.g. 7 M parameters</comment>
        <extracomment>%1 = value in 10^6; %2 = in 10^8, %3 = in 10^4, for scales grouped by four digits</extracomment>
        <translation>%1 mi</translation>
    </message>
</context>
<context>
    <name>aicarbon::CatalogPicker</name>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <source>%1 (not in the catalog)</source>
        <translation>%1 (fora do catálogo)</translation>
    </message>
</context>
<context>
    <name>aicarbon::CloudRegionTableModel</name>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>Código da região</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Grid region</source>
        <translation>Região da rede</translation>
    </message>
    <message>
        <source>The grid region whose carbon intensity applies</source>
        <translation>A região da rede elétrica cuja intensidade de carbono se aplica</translation>
    </message>
    <message>
        <source>Grid
g/kWh</source>
        <translation>Rede
g/kWh</translation>
    </message>
    <message>
        <source>Default carbon intensity of the grid region</source>
        <translation>Intensidade de carbono padrão da região da rede</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Power usage effectiveness: the region&apos;s own figure, else the provider&apos;s default</source>
        <translation>Eficiência no uso de energia (PUE): o valor próprio da região ou, senão, o padrão do provedor</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Source documenting the region and its location</source>
        <translation>Fonte que documenta a região e sua localização</translation>
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
        <translation>%1 (padrão)</translation>
    </message>
    <message>
        <source>Region&apos;s own PUE. Source: %1</source>
        <translation>PUE próprio da região. Fonte: %1</translation>
    </message>
    <message>
        <source>No PUE known</source>
        <translation>Nenhum PUE conhecido</translation>
    </message>
    <message>
        <source>Worldwide average PUE</source>
        <translation>PUE médio mundial</translation>
    </message>
    <message>
        <source>Provider&apos;s fleet-wide PUE</source>
        <translation>PUE de toda a frota do provedor</translation>
    </message>
    <message>
        <source>%1 (no figure for this region). Source: %2</source>
        <translation>%1 (sem valor para esta região). Fonte: %2</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>Id: %1</translation>
    </message>
    <message>
        <source>Location: %1, %2</source>
        <translation>Localização: %1, %2</translation>
    </message>
    <message>
        <source>Grid region: %1</source>
        <translation>Região da rede: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fonte: %1</translation>
    </message>
</context>
<context>
    <name>aicarbon::CompareView</name>
    <message>
        <source>Time against emissions, one point per scenario</source>
        <translation>Tempo versus emissões, um ponto por cenário</translation>
    </message>
    <message>
        <source>Emissions by component</source>
        <translation>Emissões por componente</translation>
    </message>
    <message>
        <source>Facility energy</source>
        <translation>Energia da instalação</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Tempo decorrido</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Gráfico:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidade:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
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
        <translation>dias</translation>
    </message>
    <message>
        <source>as stated</source>
        <translation>como informada</translation>
    </message>
    <message>
        <source>No scenario states a price per device-hour or a carbon price.</source>
        <translation>Nenhum cenário informa um preço por hora-dispositivo ou um preço do carbono.</translation>
    </message>
    <message>
        <source>Emissions (%1 CO₂e)</source>
        <translation>Emissões (%1 CO₂e)</translation>
    </message>
    <message>
        <source>Facility energy (%1)</source>
        <translation>Energia da instalação (%1)</translation>
    </message>
    <message>
        <source>Wall-clock time, final run (%1)</source>
        <translation>Tempo decorrido, execução final (%1)</translation>
    </message>
    <message>
        <source>Cost (currency as stated)</source>
        <translation>Custo (moeda como informada)</translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <translation>Custo (%1)</translation>
    </message>
    <message>
        <source>mixed currencies</source>
        <translation>moedas diferentes</translation>
    </message>
    <message>
        <source>%1 (invalid)</source>
        <translation>%1 (inválido)</translation>
    </message>
    <message>
        <source>Total emissions (%1 CO₂e)</source>
        <translation>Emissões totais (%1 CO₂e)</translation>
    </message>
    <message>
        <source>%1 cannot be estimated: %2</source>
        <translation>%1 não pode ser estimado: %2</translation>
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
        <translation>Energia da instalação: %1</translation>
    </message>
    <message>
        <source>IT energy: %1</source>
        <translation>Energia de TI: %1</translation>
    </message>
    <message>
        <source>Wall-clock time: %1 (%2)</source>
        <translation>Tempo decorrido: %1 (%2)</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Custo: %1</translation>
    </message>
    <message>
        <source>No price given</source>
        <translation>Nenhum preço informado</translation>
    </message>
    <message>
        <source>%1
Wall-clock time: %2 (%3)
Total emissions: %4 (%5)</source>
        <translation>%1
Tempo decorrido: %2 (%3)
Emissões totais: %4 (%5)</translation>
    </message>
    <message>
        <source>%1% interval: %2</source>
        <translation>Intervalo de %1%: %2</translation>
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
        <translation>%1 (referência)</translation>
    </message>
    <message>
        <source>%1: the baseline; the other columns show differences to it</source>
        <translation>%1: a referência; as outras colunas mostram as diferenças em relação a ela</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
    <message>
        <source>%1 cannot be estimated: %2</source>
        <translation>%1 não pode ser estimado: %2</translation>
    </message>
    <message>
        <source>%1: no price given</source>
        <translation>%1: nenhum preço informado</translation>
    </message>
    <message>
        <source>%1: unknown</source>
        <translation>%1: desconhecido</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Baseline, %1: %2</source>
        <translation>Referência, %1: %2</translation>
    </message>
    <message>
        <source>Difference: %1%2 (%3)</source>
        <translation>Diferença: %1%2 (%3)</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 p.p.</translation>
    </message>
</context>
<context>
    <name>aicarbon::DataBrowser</name>
    <message>
        <source>Search by name, id, vendor, country… (case and accents are ignored)</source>
        <translation>Buscar por nome, id, fabricante, país… (maiúsculas e acentos são ignorados)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>&amp;Devices (%L1)</source>
        <translation>&amp;Dispositivos (%L1)</translation>
    </message>
    <message>
        <source>&amp;Regions (%L1)</source>
        <translation>&amp;Regiões (%L1)</translation>
    </message>
    <message>
        <source>&amp;Cloud regions (%L1)</source>
        <translation>Regiões de &amp;nuvem (%L1)</translation>
    </message>
    <message>
        <source>&amp;Models (%L1)</source>
        <translation>&amp;Modelos (%L1)</translation>
    </message>
    <message>
        <source>%L1 rows.</source>
        <translation>%L1 linhas.</translation>
    </message>
    <message>
        <source>Showing %L1 of %L2 rows.</source>
        <translation>Mostrando %L1 de %L2 linhas.</translation>
    </message>
    <message>
        <source>Rows in italics with an orange dot are your own entries.</source>
        <translation>As linhas em itálico com um ponto laranja são entradas suas.</translation>
    </message>
    <message>
        <source>Hover a row for its source.</source>
        <translation>Passe o mouse sobre uma linha para ver a fonte.</translation>
    </message>
    <message>
        <source>&amp;Add device…</source>
        <translation>&amp;Adicionar dispositivo…</translation>
    </message>
    <message>
        <source>&amp;Add region…</source>
        <translation>&amp;Adicionar região…</translation>
    </message>
    <message>
        <source>Your own catalog could not be opened, so entries cannot be added or changed.</source>
        <translation>Não foi possível abrir o seu catálogo, então não é possível adicionar nem alterar entradas.</translation>
    </message>
    <message>
        <source>Creates your own copy with the same id, used instead of the shipped values</source>
        <translation>Cria uma cópia sua com o mesmo id, usada no lugar dos valores fornecidos com o aplicativo</translation>
    </message>
    <message>
        <source>Only your own entries can be deleted</source>
        <translation>Só é possível excluir entradas suas</translation>
    </message>
    <message>
        <source>Edit a shipped entry</source>
        <translation>Editar uma entrada fornecida</translation>
    </message>
    <message>
        <source>“%1” comes with the application&apos;s catalog.</source>
        <translation>“%1” vem com o catálogo do aplicativo.</translation>
    </message>
    <message>
        <source>Editing it creates your own copy with the same id (%1). Your copy is used instead of the shipped values in every estimate; delete it to return to them.</source>
        <translation>Editá-la cria uma cópia sua com o mesmo id (%1). Sua cópia é usada no lugar dos valores fornecidos em todas as estimativas; exclua-a para voltar a eles.</translation>
    </message>
    <message>
        <source>Create my copy</source>
        <translation>Criar minha cópia</translation>
    </message>
    <message>
        <source>Delete your entry</source>
        <translation>Excluir sua entrada</translation>
    </message>
    <message>
        <source>Delete “%1” (%2)?</source>
        <translation>Excluir “%1” (%2)?</translation>
    </message>
    <message>
        <source>Scenarios that use this id will use the shipped entry of the same id if there is one, and otherwise report it as unknown.</source>
        <translation>Cenários que usam este id passarão a usar a entrada fornecida com o mesmo id, se houver uma; caso contrário, ele será informado como desconhecido.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>Não foi possível excluir</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Não foi possível salvar</translation>
    </message>
</context>
<context>
    <name>aicarbon::DataBrowserForm</name>
    <message>
        <source>TDP must be between %1 and %2 W.</source>
        <translation>O TDP deve estar entre %1 e %2 W.</translation>
    </message>
    <message>
        <source>Peak rates must be above 0 and at most %1 TFLOP/s.</source>
        <translation>Os picos devem ser maiores que 0 e no máximo %1 TFLOP/s.</translation>
    </message>
    <message>
        <source>Carbon intensity must be above 0 and at most %1 g/kWh.</source>
        <translation>A intensidade de carbono deve ser maior que 0 e no máximo %1 g/kWh.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Enter an id.</source>
        <translation>Informe um id.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Informe um nome.</translation>
    </message>
    <message>
        <source>The BF16 peak must not be below the FP32 peak.</source>
        <translation>O pico em BF16 não pode ser menor que o pico em FP32.</translation>
    </message>
    <message>
        <source>Idle power must be between %1 W and the TDP.</source>
        <translation>A potência ociosa deve estar entre %1 W e o TDP.</translation>
    </message>
    <message>
        <source>The carbon-free share must be between %1 and %2 %.</source>
        <translation>A parcela livre de carbono deve estar entre %1 e %2 %.</translation>
    </message>
    <message>
        <source>The year must be between %1 and %2.</source>
        <translation>O ano deve estar entre %1 e %2.</translation>
    </message>
</context>
<context>
    <name>aicarbon::DataSourcesDialog</name>
    <message>
        <source>Data sources and licences</source>
        <translation>Fontes de dados e licenças</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attribution&lt;/b&gt;</source>
        <translation>&lt;b&gt;Atribuição&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reference data version %1 of %2. Every value in the catalog cites one of the %L3 sources below; click a link to open it in your browser.</source>
        <translation>Dados de referência versão %1 de %2. Cada valor do catálogo cita uma das %L3 fontes abaixo; clique em um link para abri-lo no navegador.</translation>
    </message>
    <message>
        <source>No catalog is loaded.</source>
        <translation>Nenhum catálogo carregado.</translation>
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
        <translation>Editora</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Open %1 in your browser</source>
        <translation>Abrir %1 no navegador</translation>
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
        <translation>Intensidade de carbono da rede de países e regiões do mundo: Our World in Data com base em Ember (2025) e Energy Institute – Statistical Review of World Energy.</translation>
    </message>
    <message>
        <source>Grid carbon intensity of zones and sub-national regions: Electricity Maps (2025/2026), yearly carbon intensity data, www.electricitymaps.com (the 2024 table as aggregated for Green Algorithms; 2021–2025 via The Green Web Foundation&apos;s CO2.js).</source>
        <translation>Intensidade de carbono da rede de zonas e regiões subnacionais: Electricity Maps (2025/2026), dados anuais de intensidade de carbono, www.electricitymaps.com (a tabela de 2024 conforme agregada para o Green Algorithms; 2021–2025 via CO2.js da The Green Web Foundation).</translation>
    </message>
    <message>
        <source>ODbL 1.0</source>
        <translation>ODbL 1.0</translation>
    </message>
    <message>
        <source>The grid-intensity and region tables contain information from Electricity Maps, which is made available under the Open Database License (ODbL) v1.0. These two tables, as a Derived Database, are likewise offered under the ODbL v1.0. The other tables keep the licences listed here; the program code is not affected by the share-alike term.</source>
        <translation>As tabelas de intensidade da rede e de regiões contêm informações da Electricity Maps, disponibilizadas sob a Open Database License (ODbL) v1.0. Essas duas tabelas, como Base de Dados Derivada, também são oferecidas sob a ODbL v1.0. As demais tabelas mantêm as licenças listadas aqui; o código do programa não é afetado pela cláusula de compartilhamento pela mesma licença.</translation>
    </message>
    <message>
        <source>Accelerator specifications: Epoch AI, “Data on Machine Learning Hardware”, epoch.ai.</source>
        <translation>Especificações de aceleradores: Epoch AI, “Data on Machine Learning Hardware”, epoch.ai.</translation>
    </message>
    <message>
        <source>CPU power, cloud data centres, PUE and carbon-intensity tables: Lannelongue L., Grealey J., Inouye M., “Green Algorithms: Quantifying the Carbon Footprint of Computation”, Advanced Science 2021.</source>
        <translation>Tabelas de potência de CPU, data centers em nuvem, PUE e intensidade de carbono: Lannelongue L., Grealey J., Inouye M., “Green Algorithms: Quantifying the Carbon Footprint of Computation”, Advanced Science 2021.</translation>
    </message>
    <message>
        <source>Cloud region carbon data: Google Cloud region-carbon-info, © Google LLC.</source>
        <translation>Dados de carbono das regiões de nuvem: Google Cloud region-carbon-info, © Google LLC.</translation>
    </message>
    <message>
        <source>Provider PUE, GPU idle power and cloud regions: Cloud Carbon Footprint methodology, © Thoughtworks and Cloud Carbon Footprint contributors.</source>
        <translation>PUE dos provedores, potência ociosa de GPUs e regiões de nuvem: metodologia Cloud Carbon Footprint, © Thoughtworks e colaboradores do Cloud Carbon Footprint.</translation>
    </message>
    <message>
        <source>CPU power and cloud region tables: CodeCarbon and ML CO2 Impact (mlco2), © CodeCarbon and mlco2 contributors.</source>
        <translation>Tabelas de potência de CPU e de regiões de nuvem: CodeCarbon e ML CO2 Impact (mlco2), © colaboradores do CodeCarbon e do mlco2.</translation>
    </message>
    <message>
        <source>MIT License</source>
        <translation>MIT License</translation>
    </message>
    <message>
        <source>Embodied emissions of accelerator dies: LLMCarbon hardware table, Faiz et al., ICLR 2024.</source>
        <translation>Emissões incorporadas dos dies de aceleradores: tabela de hardware do LLMCarbon, Faiz et al., ICLR 2024.</translation>
    </message>
    <message>
        <source>Country and region names and codes: Debian iso-codes.</source>
        <translation>Nomes e códigos de países e regiões: Debian iso-codes.</translation>
    </message>
    <message>
        <source>LGPL 2.1 or later</source>
        <translation>LGPL 2.1 ou posterior</translation>
    </message>
    <message>
        <source>Figures from papers and datasheets are cited facts; each paper or datasheet has its row in the table above.</source>
        <translation>Valores de artigos e fichas técnicas são fatos citados; cada artigo ou ficha técnica tem sua linha na tabela acima.</translation>
    </message>
    <message>
        <source>AI Carbon Planner itself is free software under the GNU General Public License, version 3 or later.</source>
        <translation>O próprio AI Carbon Planner é software livre sob a GNU General Public License, versão 3 ou posterior.</translation>
    </message>
</context>
<context>
    <name>aicarbon::DeviceTableModel</name>
    <message>
        <source>Dense %1 peak in TFLOP/s (no sparsity)</source>
        <translation>Pico denso em %1, em TFLOP/s (sem esparsidade)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>Release year</source>
        <translation>Ano de lançamento</translation>
    </message>
    <message>
        <source>TDP
W</source>
        <translation>TDP
W</translation>
    </message>
    <message>
        <source>Thermal design power (board or module), W</source>
        <translation>Potência de projeto térmico (placa ou módulo), W</translation>
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
        <translation>Memória
GB</translation>
    </message>
    <message>
        <source>Device memory, GB (10⁹ bytes)</source>
        <translation>Memória do dispositivo, GB (10⁹ bytes)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>The id scenario files and aicarbon-cli use</source>
        <translation>O id usado pelos arquivos de cenário e pelo aicarbon-cli</translation>
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
        <translation>sua</translation>
    </message>
    <message>
        <source> (your own entry)</source>
        <translation> (entrada sua)</translation>
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
        <translation>Ocioso: %1 W</translation>
    </message>
    <message>
        <source>Dense peaks, TFLOP/s: %1</source>
        <translation>Picos densos, TFLOP/s: %1</translation>
    </message>
    <message>
        <source>Process: %1 nm, die %2 mm²</source>
        <translation>Processo: %1 nm, die %2 mm²</translation>
    </message>
    <message>
        <source>Embodied: %1 kg CO₂e (%2)</source>
        <translation>Incorporado: %1 kg CO₂e (%2)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fonte: %1</translation>
    </message>
</context>
<context>
    <name>aicarbon::FigureDialog</name>
    <message>
        <source>Comparison of one quantity</source>
        <translation>Comparação de uma grandeza</translation>
    </message>
    <message>
        <source>Emissions by component</source>
        <translation>Emissões por componente</translation>
    </message>
    <message>
        <source>Region ranking</source>
        <translation>Ranking de regiões</translation>
    </message>
    <message>
        <source>Devices: time against emissions</source>
        <translation>Dispositivos: tempo versus emissões</translation>
    </message>
    <message>
        <source>Emissions</source>
        <translation>Emissões</translation>
    </message>
    <message>
        <source>Facility energy</source>
        <translation>Energia da instalação</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Tempo decorrido</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Gráfico:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>Gra&amp;ndeza:</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Cenário:</translation>
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
        <translation>Okabe–Ito (acessível a daltônicos)</translation>
    </message>
    <message>
        <source>Grayscale with hatching (print)</source>
        <translation>Tons de cinza com hachuras (impressão)</translation>
    </message>
    <message>
        <source>Viridis (colour-blind safe, by lightness)</source>
        <translation>Viridis (acessível a daltônicos, por luminosidade)</translation>
    </message>
    <message>
        <source>Tol bright (colour-blind safe)</source>
        <translation>Tol bright (acessível a daltônicos)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Above the chart</source>
        <translation>Acima do gráfico</translation>
    </message>
    <message>
        <source>Right of the chart</source>
        <translation>À direita do gráfico</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolução:</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Fonte:</translation>
    </message>
    <message>
        <source>Font si&amp;ze:</source>
        <translation>Ta&amp;manho da fonte:</translation>
    </message>
    <message>
        <source>&amp;Palette:</source>
        <translation>&amp;Paleta:</translation>
    </message>
    <message>
        <source>&amp;Legend:</source>
        <translation>&amp;Legenda:</translation>
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
        <translation>pol</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamanho:</translation>
    </message>
    <message>
        <source>The project has no scenario to draw.</source>
        <translation>O projeto não tem nenhum cenário para desenhar.</translation>
    </message>
    <message>
        <source>%1 × %2 mm = %3 × %4 in; PNG %5 × %6 pixels</source>
        <translation>%1 × %2 mm = %3 × %4 pol; PNG %5 × %6 pixels</translation>
    </message>
    <message>
        <source>Export Figure</source>
        <translation>Exportar figura</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;SVG (*.svg);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;SVG (*.svg);;Imagem PNG (*.png)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Single column (%1 mm)</source>
        <translation>Coluna simples (%1 mm)</translation>
    </message>
    <message>
        <source>%1 column (%2 mm)</source>
        <translation>%1 coluna (%2 mm)</translation>
    </message>
    <message>
        <source>Double column (%1 mm)</source>
        <translation>Coluna dupla (%1 mm)</translation>
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
        <translation>Lição</translation>
    </message>
</context>
<context>
    <name>aicarbon::MainWindow</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Falha no salvamento automático: %1</translation>
    </message>
    <message>
        <source>Catalog data %1 (%2)</source>
        <translation>Dados do catálogo %1 (%2)</translation>
    </message>
    <message>
        <source>Your own catalog (%1) could not be opened: %2
The app works with the shipped catalog only until this is resolved.</source>
        <translation>Não foi possível abrir o seu catálogo (%1): %2
O aplicativo funciona apenas com o catálogo fornecido até que isso seja resolvido.</translation>
    </message>
    <message>
        <source>Your own catalog could not be read (%1). It was moved aside, unchanged, to
%2
and a new, empty one was started.</source>
        <translation>Não foi possível ler o seu catálogo (%1). Ele foi movido, sem alterações, para
%2
e um novo catálogo vazio foi iniciado.</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>&amp;Cenário</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>C&amp;omparar</translation>
    </message>
    <message>
        <source>&amp;What if</source>
        <translation>E &amp;se</translation>
    </message>
    <message>
        <source>Se&amp;nsitivity</source>
        <translation>Se&amp;nsibilidade</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Dados</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Cenários</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Novo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir r&amp;ecentes</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Salvar &amp;como…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;verter</translation>
    </message>
    <message>
        <source>Export &amp;Figure…</source>
        <translation>Exportar &amp;figura…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;Add Scenario</source>
        <translation>&amp;Adicionar cenário</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Duplicate Scenario</source>
        <translation>D&amp;uplicar cenário</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>De&amp;lete Scenario</source>
        <translation>E&amp;xcluir cenário</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>Set as &amp;Baseline</source>
        <translation>Definir como r&amp;eferência</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Methodology</source>
        <translation>&amp;Metodologia</translation>
    </message>
    <message>
        <source>&amp;Data Sources and Licences</source>
        <translation>&amp;Fontes de dados e licenças</translation>
    </message>
    <message>
        <source>&amp;About AI Carbon Planner</source>
        <translation>&amp;Sobre o AI Carbon Planner</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Não é possível abrir %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;The file was not opened; your current project is unchanged.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;O arquivo não foi aberto; seu projeto atual não foi alterado.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Projeto sem título</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Abrir projeto</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>Salvar projeto</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Não é possível salvar</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2
The previous file is unchanged.</source>
        <translation>Não foi possível salvar %1: %2
O arquivo anterior não foi alterado.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 salvo</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Reverter</translation>
    </message>
    <message>
        <source>Discard your changes and reload %1?</source>
        <translation>Descartar suas alterações e recarregar %1?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>The project has unsaved changes. Save them?</source>
        <translation>O projeto tem alterações não salvas. Deseja salvá-las?</translation>
    </message>
    <message>
        <source>%1[*] — AI Carbon Planner</source>
        <translation>%1[*] — AI Carbon Planner</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Nenhum arquivo recente</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Limpar lista</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Metodologia</translation>
    </message>
    <message>
        <source>About AI Carbon Planner</source>
        <translation>Sobre o AI Carbon Planner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;AI Carbon Planner %1&lt;/h3&gt;&lt;p&gt;Plan the time, energy, carbon and cost of a machine-learning training run before you launch it.&lt;/p&gt;&lt;p&gt;Catalog data %2 (%3). Works offline.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later. Charts by QCustomPlot (GPL). The data keep their sources&apos; licences: see Help → Data Sources and Licences.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AI Carbon Planner %1&lt;/h3&gt;&lt;p&gt;Planeje o tempo, a energia, o carbono e o custo de uma execução de treinamento de aprendizado de máquina antes de iniciá-la.&lt;/p&gt;&lt;p&gt;Dados do catálogo %2 (%3). Funciona offline.&lt;/p&gt;&lt;p&gt;Licenciado sob a GNU General Public License, versão 3 ou posterior. Gráficos por QCustomPlot (GPL). Os dados mantêm as licenças de suas fontes: consulte Ajuda → Fontes de dados e licenças.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Guided Explanation</source>
        <translation>&amp;Explicação guiada</translation>
    </message>
    <message>
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Modo de apresentação</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lições</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Published Numbers…</source>
        <translation>&amp;Números publicados…</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Cenário %1</translation>
    </message>
</context>
<context>
    <name>aicarbon::MethodsDialog</name>
    <message>
        <source>Methods Paragraph</source>
        <translation>Parágrafo de métodos</translation>
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
        <translation>&amp;Copiar para a área de transferência</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Salvar…</translation>
    </message>
    <message>
        <source>Save .&amp;bib…</source>
        <translation>Salvar .&amp;bib…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Save Methods Paragraph</source>
        <translation>Salvar parágrafo de métodos</translation>
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
        <translation>Salvar bibliografia</translation>
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
        <translation>Nome</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parâmetros</translation>
    </message>
    <message>
        <source>Total parameters</source>
        <translation>Total de parâmetros</translation>
    </message>
    <message>
        <source>Active
parameters</source>
        <translation>Parâmetros
ativos</translation>
    </message>
    <message>
        <source>Parameters used per token (mixture of experts)</source>
        <translation>Parâmetros usados por token (mixture of experts)</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Camadas</translation>
    </message>
    <message>
        <source>d_model</source>
        <translation>d_model</translation>
    </message>
    <message>
        <source>Width of the residual stream</source>
        <translation>Largura do fluxo residual</translation>
    </message>
    <message>
        <source>Context
tokens</source>
        <translation>Tokens de
contexto</translation>
    </message>
    <message>
        <source>Context length in tokens</source>
        <translation>Comprimento do contexto em tokens</translation>
    </message>
    <message>
        <source>Training
tokens</source>
        <translation>Tokens de
treinamento</translation>
    </message>
    <message>
        <source>Tokens seen in training</source>
        <translation>Tokens vistos no treinamento</translation>
    </message>
    <message>
        <source>Published run on</source>
        <translation>Treinado em</translation>
    </message>
    <message>
        <source>Device of the published training run</source>
        <translation>Dispositivo da execução de treinamento publicada</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Number of devices of the published training run</source>
        <translation>Número de dispositivos da execução de treinamento publicada</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Family: %1</source>
        <translation>Família: %1</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>Id: %1</translation>
    </message>
    <message>
        <source>Parameters: %1</source>
        <translation>Parâmetros: %1</translation>
    </message>
    <message>
        <source>Training tokens: %1</source>
        <translation>Tokens de treinamento: %1</translation>
    </message>
    <message>
        <source>Heads: %1, vocabulary: %2</source>
        <translation>Cabeças: %1, vocabulário: %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fonte: %1</translation>
    </message>
</context>
<context>
    <name>aicarbon::OptionalNumberField</name>
    <message>
        <source>Give this input an uncertainty range (low, high and distribution)</source>
        <translation>Dar a esta entrada uma faixa de incerteza (mínimo, máximo e distribuição)</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>o padrão</translation>
    </message>
    <message>
        <source>%1; the estimate still uses %2</source>
        <translation>%1; a estimativa ainda usa %2</translation>
    </message>
</context>
<context>
    <name>aicarbon::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Automatic (g, kg, t or kt by size)</source>
        <translation>Automático (g, kg, t ou kt conforme a grandeza)</translation>
    </message>
    <message>
        <source>Kilograms (kg)</source>
        <translation>Quilogramas (kg)</translation>
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
        <translation>Automático (kWh, MWh, GWh ou TWh conforme a grandeza)</translation>
    </message>
    <message>
        <source>Kilowatt-hours (kWh)</source>
        <translation>Quilowatts-hora (kWh)</translation>
    </message>
    <message>
        <source>Megawatt-hours (MWh)</source>
        <translation>Megawatts-hora (MWh)</translation>
    </message>
    <message>
        <source>&amp;Mass of CO₂e:</source>
        <translation>&amp;Massa de CO₂e:</translation>
    </message>
    <message>
        <source>&amp;Energy:</source>
        <translation>&amp;Energia:</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Okabe–Ito (colour-blind safe)</source>
        <translation>Okabe–Ito (acessível a daltônicos)</translation>
    </message>
    <message>
        <source>Tol bright (colour-blind safe)</source>
        <translation>Tol bright (acessível a daltônicos)</translation>
    </message>
    <message>
        <source>Grayscale (for print)</source>
        <translation>Tons de cinza (para impressão)</translation>
    </message>
    <message>
        <source>Scenario &amp;colours:</source>
        <translation>&amp;Cores dos cenários:</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Incerteza</translation>
    </message>
    <message>
        <source>Give inputs left at their defaults a documented &amp;range</source>
        <translation>Dar uma &amp;faixa documentada às entradas deixadas no padrão</translation>
    </message>
    <message>
        <source>Defaults for new scenarios</source>
        <translation>Padrões para novos cenários</translation>
    </message>
    <message>
        <source>engine default (%1)</source>
        <translation>padrão do mecanismo de cálculo (%1)</translation>
    </message>
    <message>
        <source>from the catalog</source>
        <translation>do catálogo</translation>
    </message>
    <message>
        <source>Empty: the provider&apos;s PUE from the catalog, else the world average %1 (Uptime Institute 2024).</source>
        <translation>Vazio: o PUE do provedor no catálogo ou, senão, a média mundial %1 (Uptime Institute 2024).</translation>
    </message>
    <message>
        <source>Model FLOPs &amp;utilization:</source>
        <translation>&amp;Utilização de FLOPs do modelo:</translation>
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
        <translation>Mo&amp;strar intervalos de %1%, barras de erro e a sensibilidade de cada cenário</translation>
    </message>
    <message>
        <source>MFU %1–%2, power %3–%4 % of TDP, host power up to the DGX nameplate share, grid intensity across catalog sources (methodology §13.2). Off: only the ranges you give count.</source>
        <translation>MFU %1–%2, potência %3–%4 % do TDP, potência do host até a parcela nominal do DGX, intensidade da rede entre as fontes do catálogo (metodologia §13.2). Desativado: só contam as faixas que você informar.</translation>
    </message>
    <message>
        <source>Empty: the engine&apos;s default, %1 (Llama 3 measured %2–%3 % on H100).</source>
        <translation>Vazio: o padrão do mecanismo de cálculo, %1 (o Llama 3 mediu %2–%3 % em H100).</translation>
    </message>
    <message>
        <source>MFU must be a number above %1 and at most %2 (e.g. %3), or empty.</source>
        <translation>O MFU deve ser um número maior que %1 e no máximo %2 (p. ex. %3) ou ficar vazio.</translation>
    </message>
    <message>
        <source>PUE must be a number of at least %1 (e.g. %2), or empty.</source>
        <translation>O PUE deve ser um número de no mínimo %1 (p. ex. %2) ou ficar vazio.</translation>
    </message>
</context>
<context>
    <name>aicarbon::PublishedFootprintModel</name>
    <message>
        <source>Study</source>
        <translation>Estudo</translation>
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
        <translation>Energia relatada (MWh)</translation>
    </message>
    <message>
        <source>Estimated energy (MWh)</source>
        <translation>Energia estimada (MWh)</translation>
    </message>
    <message>
        <source>Δ energy (%)</source>
        <translation>Δ energia (%)</translation>
    </message>
    <message>
        <source>Reported CO₂e (t)</source>
        <translation>CO₂e relatado (t)</translation>
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
        <translation>CO₂e no modo de planejamento (t)</translation>
    </message>
    <message>
        <source>Δ planning (%)</source>
        <translation>Δ planejamento (%)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
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
        <translation>Duração: %1 h (tempo decorrido)</translation>
    </message>
    <message>
        <source>Duration: %1 days (wall clock)</source>
        <translation>Duração: %1 dias (tempo decorrido)</translation>
    </message>
    <message>
        <source>Duration: %1 device-hours</source>
        <translation>Duração: %1 horas-dispositivo</translation>
    </message>
    <message>
        <source>Average power: %1 W for the whole machine</source>
        <translation>Potência média: %1 W para a máquina inteira</translation>
    </message>
    <message>
        <source>Average power: %1 W per device</source>
        <translation>Potência média: %1 W por dispositivo</translation>
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
        <translation>Intensidade da rede: %1 %2</translation>
    </message>
    <message>
        <source>Net of carbon-free energy: %1 %2</source>
        <translation>Descontada a energia livre de carbono: %1 %2</translation>
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
        <translation>Energia publicada: %1 kWh</translation>
    </message>
    <message>
        <source>Published energy: not published</source>
        <translation>Energia publicada: não publicada</translation>
    </message>
    <message>
        <source>Published emissions: %1 %2</source>
        <translation>Emissões publicadas: %1 %2</translation>
    </message>
    <message>
        <source>Published net (market-based) emissions: %1 %2</source>
        <translation>Emissões líquidas publicadas (baseadas no mercado): %1 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Inputs used:</source>
        <translation>Entradas usadas:</translation>
    </message>
    <message>
        <source>Planning mode: %1 at %2 % MFU</source>
        <translation>Modo de planejamento: %1 com %2 % de MFU</translation>
    </message>
    <message>
        <source>Planning mode: not available (no model preset with parameters and tokens, or no peak FLOP/s for the device)</source>
        <translation>Modo de planejamento: indisponível (nenhuma predefinição de modelo com parâmetros e tokens, ou nenhum pico de FLOP/s para o dispositivo)</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Observações: %1</translation>
    </message>
</context>
<context>
    <name>aicarbon::PublishedNumbersDialog</name>
    <message>
        <source>Published Numbers</source>
        <translation>Números publicados</translation>
    </message>
</context>
<context>
    <name>aicarbon::PublishedNumbersView</name>
    <message>
        <source>Well-known published training footprints beside this tool&apos;s estimate from the same inputs: the study&apos;s devices, duration, average power, PUE and grid intensity. Hover over a row to see the inputs used.</source>
        <translation>Pegadas de carbono de treinamento publicadas e bem conhecidas, ao lado da estimativa desta ferramenta com as mesmas entradas: os dispositivos, a duração, a potência média, o PUE e a intensidade da rede do estudo. Passe o mouse sobre uma linha para ver as entradas usadas.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why do estimates and reports differ?&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Rounding.&lt;/b&gt; Papers print days, watts and tonnes with two or three digits; small runs differ most.&lt;/li&gt;&lt;li&gt;&lt;b&gt;What was counted.&lt;/b&gt; Strubell et al. measured the whole machine (processors, memory and GPUs); Patterson et al. include the host in the power per chip; the BLOOM figure counts GPU power only, without data-centre overhead (PUE), idle machines or manufacturing.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PUE and grid.&lt;/b&gt; Each study chose its own data-centre overhead and grid intensity, and the estimate uses exactly those. In another year or region the same run emits very differently.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Host power.&lt;/b&gt; Servers also power processors, memory and networking; the Llama 2 and BLOOM figures count the accelerators only.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Planning mode&lt;/b&gt; starts from parameters × tokens at an assumed %1 % model FLOPs utilization, before any training. The real runs used their chips differently, so a plan can be far from the report: that is the uncertainty of planning.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Por que as estimativas e os valores relatados diferem?&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Arredondamento.&lt;/b&gt; Os artigos informam dias, watts e toneladas com dois ou três dígitos; as execuções pequenas são as que mais diferem.&lt;/li&gt;&lt;li&gt;&lt;b&gt;O que foi contado.&lt;/b&gt; Strubell et al. mediram a máquina inteira (processadores, memória e GPUs); Patterson et al. incluem o host na potência por chip; o valor do BLOOM conta apenas a potência das GPUs, sem a sobrecarga do data center (PUE), as máquinas ociosas ou a fabricação.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PUE e rede.&lt;/b&gt; Cada estudo escolheu sua própria sobrecarga de data center e intensidade da rede, e a estimativa usa exatamente esses valores. Em outro ano ou região, a mesma execução emite de forma muito diferente.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Potência do host.&lt;/b&gt; Os servidores também alimentam processadores, memória e rede; os valores do Llama 2 e do BLOOM contam apenas os aceleradores.&lt;/li&gt;&lt;li&gt;&lt;b&gt;O modo de planejamento&lt;/b&gt; parte de parâmetros × tokens com uma utilização de FLOPs do modelo presumida de %1 %, antes de qualquer treinamento. As execuções reais usaram seus chips de outra forma, então um plano pode ficar longe do valor relatado: essa é a incerteza do planejamento.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&amp;Open as Scenario</source>
        <translation>&amp;Abrir como cenário</translation>
    </message>
    <message>
        <source>Add the selected run, with the study&apos;s inputs, to the project (undoable)</source>
        <translation>Adiciona ao projeto a execução selecionada, com as entradas do estudo (pode ser desfeito)</translation>
    </message>
    <message>
        <source>Open &amp;Planned Scenario</source>
        <translation>Abrir cenário &amp;planejado</translation>
    </message>
    <message>
        <source>Add the selected run planned from its model preset to the project (undoable)</source>
        <translation>Adiciona ao projeto a execução selecionada, planejada a partir da predefinição de modelo (pode ser desfeito)</translation>
    </message>
</context>
<context>
    <name>aicarbon::RangeEditor</name>
    <message>
        <source>low bound</source>
        <translation>limite inferior</translation>
    </message>
    <message>
        <source>high bound</source>
        <translation>limite superior</translation>
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
        <translation>Uniforme: todo valor entre os limites é igualmente provável. Triangular: mais provável no valor do campo. Normal: centrada no valor, σ = (superior − inferior)/3,29, truncada nos limites. Lognormal: os limites são os quantis de 5% e 95% em torno do valor.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove the range: the input counts as exactly known again</source>
        <translation>Remover a faixa: a entrada volta a ser considerada exatamente conhecida</translation>
    </message>
    <message>
        <source>Low bound: %1</source>
        <translation>Limite inferior: %1</translation>
    </message>
    <message>
        <source>High bound: %1</source>
        <translation>Limite superior: %1</translation>
    </message>
    <message>
        <source>The low bound must be below the high bound.</source>
        <translation>O limite inferior deve ser menor que o limite superior.</translation>
    </message>
    <message>
        <source>Give the field a value first: the range is drawn around it.</source>
        <translation>Dê primeiro um valor ao campo: a faixa é traçada em torno dele.</translation>
    </message>
    <message>
        <source>The range must contain the field&apos;s value, %1.</source>
        <translation>A faixa deve conter o valor do campo, %1.</translation>
    </message>
    <message>
        <source>A lognormal range needs a positive low bound.</source>
        <translation>Uma faixa lognormal precisa de um limite inferior positivo.</translation>
    </message>
</context>
<context>
    <name>aicarbon::RegionTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>The id scenario files and aicarbon-cli use</source>
        <translation>O id usado pelos arquivos de cenário e pelo aicarbon-cli</translation>
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
        <translation>Intensidade
g/kWh</translation>
    </message>
    <message>
        <source>Grid carbon intensity used by default: the primary series&apos; latest year</source>
        <translation>Intensidade de carbono da rede usada por padrão: o ano mais recente da série principal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>Year of the intensity value</source>
        <translation>Ano do valor de intensidade</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Lifecycle includes upstream emissions of the fuels; direct counts combustion only</source>
        <translation>Ciclo de vida inclui as emissões a montante dos combustíveis; direta conta apenas a combustão</translation>
    </message>
    <message>
        <source>Carbon-free
%</source>
        <translation>Livre de carbono
%</translation>
    </message>
    <message>
        <source>Share of carbon-free electricity, where the source gives it</source>
        <translation>Parcela de eletricidade livre de carbono, quando a fonte a informa</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Source of the intensity value</source>
        <translation>Fonte do valor de intensidade</translation>
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
        <translation>Estado/província</translation>
    </message>
    <message>
        <source>Grid zone</source>
        <translation>Zona da rede</translation>
    </message>
    <message>
        <source>lifecycle</source>
        <translation>ciclo de vida</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direta</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>sua</translation>
    </message>
    <message>
        <source>No intensity value</source>
        <translation>Sem valor de intensidade</translation>
    </message>
    <message>
        <source> (your own entry)</source>
        <translation> (entrada sua)</translation>
    </message>
    <message>
        <source>Id: %1 (%2)</source>
        <translation>Id: %1 (%2)</translation>
    </message>
    <message>
        <source>Part of: %1</source>
        <translation>Parte de: %1</translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation>Também conhecida como: %1</translation>
    </message>
    <message>
        <source>%1 g/kWh in %2 (%3)</source>
        <translation>%1 g/kWh em %2 (%3)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fonte: %1</translation>
    </message>
</context>
<context>
    <name>aicarbon::ReportActions</name>
    <message>
        <source>Export &amp;Table…</source>
        <translation>Exportar &amp;tabela…</translation>
    </message>
    <message>
        <source>&amp;Methods Paragraph…</source>
        <translation>Parágrafo de &amp;métodos…</translation>
    </message>
    <message>
        <source>Export Reproducibility &amp;Bundle…</source>
        <translation>Exportar &amp;pacote de reprodutibilidade…</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>LaTeX table (*.tex)</source>
        <translation>Tabela LaTeX (*.tex)</translation>
    </message>
    <message>
        <source>Markdown table (*.md)</source>
        <translation>Tabela Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Exportar tabela</translation>
    </message>
    <message>
        <source>Export Reproducibility Bundle</source>
        <translation>Exportar pacote de reprodutibilidade</translation>
    </message>
</context>
<context>
    <name>aicarbon::ScenarioListDock</name>
    <message>
        <source>Scenarios</source>
        <translation>Cenários</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Add a new scenario</source>
        <translation>Adicionar um novo cenário</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Duplicate the selected scenario</source>
        <translation>Duplicar o cenário selecionado</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Delete the selected scenario</source>
        <translation>Excluir o cenário selecionado</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the scenario up</source>
        <translation>Mover o cenário para cima</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descer</translation>
    </message>
    <message>
        <source>Move the scenario down</source>
        <translation>Mover o cenário para baixo</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Referência</translation>
    </message>
    <message>
        <source>Compare every scenario against this one</source>
        <translation>Comparar todos os cenários com este</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Cenário %1</translation>
    </message>
</context>
<context>
    <name>aicarbon::ScenarioListModel</name>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1 (referência)</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Inválido: %1</translation>
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
        <translation>Faixa</translation>
    </message>
    <message>
        <source>CO₂e at low</source>
        <translation>CO₂e no mínimo</translation>
    </message>
    <message>
        <source>CO₂e at high</source>
        <translation>CO₂e no máximo</translation>
    </message>
    <message>
        <source>Swing</source>
        <translation>Amplitude</translation>
    </message>
    <message>
        <source>Variance share Sᵢ</source>
        <translation>Parcela da variância Sᵢ</translation>
    </message>
    <message>
        <source>Total share Sₜᵢ</source>
        <translation>Parcela total Sₜᵢ</translation>
    </message>
    <message>
        <source>Source of the range</source>
        <translation>Origem da faixa</translation>
    </message>
    <message>
        <source>Input at its low bound</source>
        <translation>Entrada no limite inferior</translation>
    </message>
    <message>
        <source>Input at its high bound</source>
        <translation>Entrada no limite superior</translation>
    </message>
    <message>
        <source>Which input matters for %1?</source>
        <translation>Qual entrada mais influencia %1?</translation>
    </message>
    <message>
        <source>No scenario</source>
        <translation>Nenhum cenário</translation>
    </message>
    <message>
        <source>Add or select a scenario.</source>
        <translation>Adicione ou selecione um cenário.</translation>
    </message>
    <message>
        <source>Uncertainty is switched off in Preferences.</source>
        <translation>A incerteza está desativada nas Preferências.</translation>
    </message>
    <message>
        <source>The scenario has errors; correct them first.</source>
        <translation>O cenário tem erros; corrija-os primeiro.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>No input of this scenario has a range. Give a field a range in the editor (the ± button), or switch on default ranges in Preferences.</source>
        <translation>Nenhuma entrada deste cenário tem uma faixa. Dê uma faixa a um campo no editor (o botão ±) ou ative as faixas padrão nas Preferências.</translation>
    </message>
    <message>
        <source>Total emissions (%1 CO₂e)</source>
        <translation>Emissões totais (%1 CO₂e)</translation>
    </message>
    <message>
        <source>default range</source>
        <translation>faixa padrão</translation>
    </message>
    <message>
        <source>your range</source>
        <translation>sua faixa</translation>
    </message>
    <message>
        <source>%1 to %2, %3 (%4)</source>
        <translation>%1 a %2, %3 (%4)</translation>
    </message>
    <message>
        <source>this scenario</source>
        <translation>este cenário</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>Total CO₂e %1 (%2, %3% interval, %Ln draw(s)). Each bar moves one input from its low to its high bound with the others at their central values; the variance share says how much of the spread that input explains alone.</source>
        <translation>
            <numerusform>CO₂e total %1 (%2, intervalo de %3%, %Ln amostra). Cada barra leva uma entrada do limite inferior ao superior, com as demais nos valores centrais; a parcela da variância indica quanto da dispersão essa entrada explica sozinha.</numerusform>
            <numerusform>CO₂e total %1 (%2, intervalo de %3%, %Ln amostras). Cada barra leva uma entrada do limite inferior ao superior, com as demais nos valores centrais; a parcela da variância indica quanto da dispersão essa entrada explica sozinha.</numerusform>
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
        <translation>Região</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
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
        <translation>Tempo decorrido</translation>
    </message>
    <message>
        <source>Facility energy</source>
        <translation>Energia da instalação</translation>
    </message>
    <message>
        <source>Total CO₂e</source>
        <translation>CO₂e total</translation>
    </message>
    <message>
        <source>Pareto front</source>
        <translation>Fronteira de Pareto</translation>
    </message>
    <message>
        <source>vs current</source>
        <translation>vs. atual</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (atual)</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>rede</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>Grid intensity: %1 gCO₂e/kWh, %2</source>
        <translation>Intensidade da rede: %1 gCO₂e/kWh, %2</translation>
    </message>
    <message>
        <source>PUE: %1</source>
        <translation>PUE: %1</translation>
    </message>
    <message>
        <source>Wall-clock time: %1 h</source>
        <translation>Tempo decorrido: %1 h</translation>
    </message>
    <message>
        <source>Facility energy: %1 kWh</source>
        <translation>Energia da instalação: %1 kWh</translation>
    </message>
    <message>
        <source>Total emissions: %1 kg CO₂e</source>
        <translation>Emissões totais: %1 kg CO₂e</translation>
    </message>
    <message>
        <source>Compared with the current scenario: %1</source>
        <translation>Em comparação com o cenário atual: %1</translation>
    </message>
    <message>
        <source>direct (provider)</source>
        <translation>direta (provedor)</translation>
    </message>
    <message>
        <source>lifecycle</source>
        <translation>ciclo de vida</translation>
    </message>
    <message>
        <source>as given</source>
        <translation>como informado</translation>
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
        <translation>CO2e, baseado no mercado</translation>
    </message>
    <message>
        <source>Energy, facility</source>
        <translation>Energia, instalação</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Tempo decorrido</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Incerteza</translation>
    </message>
    <message>
        <source>No intervals: %1</source>
        <translation>Sem intervalos: %1</translation>
    </message>
    <message>
        <source>No intervals.</source>
        <translation>Sem intervalos.</translation>
    </message>
    <message>
        <source>not priced</source>
        <translation>sem preço</translation>
    </message>
    <message>
        <source>No input has a range, so these are point estimates. Give a field a range, or switch on the default ranges in Preferences.</source>
        <translation>Nenhuma entrada tem uma faixa, então estas são estimativas pontuais. Dê uma faixa a um campo ou ative as faixas padrão nas Preferências.</translation>
    </message>
    <message>
        <source>%1 (%2, %3% interval)</source>
        <translation>%1 (%2, intervalo de %3%)</translation>
    </message>
    <message>
        <source>Computing the %1% intervals…</source>
        <translation>Calculando os intervalos de %1%…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln draw(s); uncertain inputs: %1, of which %2 with a default range. The Sensitivity tab shows which input matters most.</source>
        <translation>
            <numerusform>%Ln amostra; entradas incertas: %1, das quais %2 com faixa padrão. A aba Sensibilidade mostra qual entrada mais influencia.</numerusform>
            <numerusform>%Ln amostras; entradas incertas: %1, das quais %2 com faixa padrão. A aba Sensibilidade mostra qual entrada mais influencia.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aicarbon::UserDeviceDialog</name>
    <message>
        <source>Add a device</source>
        <translation>Adicionar um dispositivo</translation>
    </message>
    <message>
        <source>Edit your device</source>
        <translation>Editar seu dispositivo</translation>
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
        <translation>p. ex. acme-x100 (usado nos arquivos de cenário)</translation>
    </message>
    <message>
        <source>The id cannot change. To rename, add a new device and delete this one.</source>
        <translation>O id não pode ser alterado. Para renomear, adicione um novo dispositivo e exclua este.</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>&amp;Fabricante:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
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
        <translation>Outro acelerador</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>Release &amp;year:</source>
        <translation>Ano de &amp;lançamento:</translation>
    </message>
    <message>
        <source>Power and memory</source>
        <translation>Potência e memória</translation>
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
        <translation>Potência &amp;ociosa:</translation>
    </message>
    <message>
        <source>Vendor datasheet</source>
        <translation>Ficha técnica do fabricante</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Medido</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimativa</translation>
    </message>
    <message>
        <source>Power &amp;figures:</source>
        <translation>&amp;Valores de potência:</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>&amp;Memória:</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>&amp;Embodied:</source>
        <translation>&amp;Emissões incorporadas:</translation>
    </message>
    <message>
        <source>kg CO₂e</source>
        <translation>kg CO₂e</translation>
    </message>
    <message>
        <source>&amp;Source notes:</source>
        <translation>Not&amp;as sobre a fonte:</translation>
    </message>
    <message>
        <source>where these figures come from</source>
        <translation>de onde vêm esses valores</translation>
    </message>
    <message>
        <source>Dense peak rates (without sparsity)</source>
        <translation>Picos densos (sem esparsidade)</translation>
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
        <translation>Informe um número ou deixe o campo vazio.</translation>
    </message>
    <message>
        <source>You already have a device with this id; saving replaces it.</source>
        <translation>Você já tem um dispositivo com este id; salvar vai substituí-lo.</translation>
    </message>
    <message>
        <source>A shipped device has this id; yours will be used instead of it in every estimate.</source>
        <translation>Um dispositivo fornecido com o aplicativo tem este id; o seu será usado no lugar dele em todas as estimativas.</translation>
    </message>
</context>
<context>
    <name>aicarbon::UserRegionDialog</name>
    <message>
        <source>Add a region</source>
        <translation>Adicionar uma região</translation>
    </message>
    <message>
        <source>Edit your region</source>
        <translation>Editar sua região</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>e.g. MY-DATACENTRE (used in scenario files)</source>
        <translation>p. ex. MEU-DATACENTER (usado nos arquivos de cenário)</translation>
    </message>
    <message>
        <source>The id cannot change. To rename, add a new region and delete this one.</source>
        <translation>O id não pode ser alterado. Para renomear, adicione uma nova região e exclua esta.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Grid zone</source>
        <translation>Zona da rede</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>State/province</source>
        <translation>Estado/província</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Country code:</source>
        <translation>&amp;Código do país:</translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-2, e.g. DE</source>
        <translation>ISO 3166-1 alfa-2, p. ex. BR</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>&amp;Parte de:</translation>
    </message>
    <message>
        <source>id of the enclosing region, optional</source>
        <translation>id da região que a contém, opcional</translation>
    </message>
    <message>
        <source>&amp;Also known as:</source>
        <translation>Também conhecida co&amp;mo:</translation>
    </message>
    <message>
        <source>other names, separated by ;</source>
        <translation>outros nomes, separados por ;</translation>
    </message>
    <message>
        <source>Grid carbon intensity</source>
        <translation>Intensidade de carbono da rede</translation>
    </message>
    <message>
        <source>&amp;Intensity:</source>
        <translation>Intensi&amp;dade:</translation>
    </message>
    <message>
        <source>g CO₂e/kWh</source>
        <translation>g CO₂e/kWh</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obrigatório</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Ano:</translation>
    </message>
    <message>
        <source>Lifecycle (includes upstream emissions)</source>
        <translation>Ciclo de vida (inclui emissões a montante)</translation>
    </message>
    <message>
        <source>Direct (combustion only)</source>
        <translation>Direta (apenas combustão)</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Base:</translation>
    </message>
    <message>
        <source>Carbon-&amp;free share:</source>
        <translation>Parcela &amp;livre de carbono:</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Informe um número.</translation>
    </message>
    <message>
        <source>You already have a region with this id; saving replaces it.</source>
        <translation>Você já tem uma região com este id; salvar vai substituí-la.</translation>
    </message>
    <message>
        <source>A shipped region has this id; yours will be used instead of it in every estimate.</source>
        <translation>Uma região fornecida com o aplicativo tem este id; a sua será usada no lugar dela em todas as estimativas.</translation>
    </message>
</context>
<context>
    <name>aicarbon::WhatIfView</name>
    <message>
        <source>&amp;Regions</source>
        <translation>&amp;Regiões</translation>
    </message>
    <message>
        <source>&amp;Hardware</source>
        <translation>&amp;Hardware</translation>
    </message>
    <message>
        <source>Create &amp;scenario from this region</source>
        <translation>Criar &amp;cenário a partir desta região</translation>
    </message>
    <message>
        <source>Adds a copy of the scenario moved to the selected region</source>
        <translation>Adiciona uma cópia do cenário transferida para a região selecionada</translation>
    </message>
    <message>
        <source>Lowest emissions</source>
        <translation>Menores emissões</translation>
    </message>
    <message>
        <source>Highest emissions</source>
        <translation>Maiores emissões</translation>
    </message>
    <message>
        <source>Name, id or country</source>
        <translation>Nome, id ou país</translation>
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
        <translation>Criar &amp;cenário a partir deste dispositivo</translation>
    </message>
    <message>
        <source>Adds a copy of the scenario on the selected device</source>
        <translation>Adiciona uma cópia do cenário no dispositivo selecionado</translation>
    </message>
    <message>
        <source>Every device of the catalog (CPUs left out), same workload, region and device count.</source>
        <translation>Todos os dispositivos do catálogo (exceto CPUs), com a mesma carga de trabalho, região e quantidade de dispositivos.</translation>
    </message>
    <message>
        <source>Lifecycle grid intensity</source>
        <translation>Intensidade da rede no ciclo de vida</translation>
    </message>
    <message>
        <source>Direct-emissions intensity</source>
        <translation>Intensidade de emissões diretas</translation>
    </message>
    <message>
        <source>Current region</source>
        <translation>Região atual</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Pareto front (no device both faster and cleaner)</source>
        <translation>Fronteira de Pareto (nenhum dispositivo é ao mesmo tempo mais rápido e mais limpo)</translation>
    </message>
    <message>
        <source>Current device</source>
        <translation>Dispositivo atual</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Cenário %1</translation>
    </message>
    <message>
        <source>No scenario selected: add or select a scenario to see where and on what it would emit least.</source>
        <translation>Nenhum cenário selecionado: adicione ou selecione um cenário para ver onde e em qual hardware ele emitiria menos.</translation>
    </message>
    <message>
        <source>now %1, %2 in %3</source>
        <translation>agora %1, %2 em %3</translation>
    </message>
    <message>
        <source>the scenario itself cannot be estimated yet</source>
        <translation>o próprio cenário ainda não pode ser estimado</translation>
    </message>
    <message>
        <source>What if “%1” ran in another region or on other hardware? (%2)</source>
        <translation>E se “%1” fosse executado em outra região ou em outro hardware? (%2)</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Todas as regiões</translation>
    </message>
    <message>
        <source>Electricity grids</source>
        <translation>Redes elétricas</translation>
    </message>
    <message>
        <source>Cloud: %1</source>
        <translation>Nuvem: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (atual)</translation>
    </message>
    <message>
        <source>Total emissions if run there (%1 CO₂e)</source>
        <translation>Emissões totais se executado lá (%1 CO₂e)</translation>
    </message>
    <message>
        <source>Intensity bases differ: hatched bars and “direct” rows count direct (combustion) emissions only, as cloud providers such as Google publish them; the others are lifecycle grid intensities, higher for the same grid. Compare the two with care.</source>
        <translation>As bases de intensidade diferem: barras hachuradas e linhas “direta” contam apenas as emissões diretas (combustão), como publicadas por provedores de nuvem como o Google; as demais são intensidades da rede no ciclo de vida, mais altas para a mesma rede. Compare as duas com cuidado.</translation>
    </message>
    <message>
        <source>Regions where the scenario cannot be estimated (e.g. no grid intensity for its year) are left out: %1.</source>
        <translation>Regiões onde o cenário não pode ser estimado (p. ex. sem intensidade da rede para o ano) foram omitidas: %1.</translation>
    </message>
    <message>
        <source>Wall-clock time, final run (%1)</source>
        <translation>Tempo decorrido, execução final (%1)</translation>
    </message>
    <message>
        <source>Total emissions (%1 CO₂e)</source>
        <translation>Emissões totais (%1 CO₂e)</translation>
    </message>
    <message>
        <source>The stepped line is the Pareto front: for the devices on it, no other device is both faster and lower-emitting.</source>
        <translation>A linha em degraus é a fronteira de Pareto: para os dispositivos sobre ela, nenhum outro dispositivo é ao mesmo tempo mais rápido e de menores emissões.</translation>
    </message>
    <message>
        <source>Devices the scenario cannot be estimated on (e.g. no peak throughput at its precision) are left out: %1.</source>
        <translation>Dispositivos nos quais o cenário não pode ser estimado (p. ex. sem desempenho de pico na precisão escolhida) foram omitidos: %1.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln region(s), ranked by total emissions (# = rank among all).</source>
        <translation>
            <numerusform>Mostrando %1 de %Ln região, ordenada por emissões totais (# = posição entre todas).</numerusform>
            <numerusform>Mostrando %1 de %Ln regiões, ordenadas por emissões totais (# = posição entre todas).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan the time, energy, carbon and cost of machine-learning training runs.</source>
        <translation>Planeje o tempo, a energia, o carbono e o custo de execuções de treinamento de aprendizado de máquina.</translation>
    </message>
    <message>
        <source>Load the example, draw every view once, print the time to first full draw and exit.</source>
        <translation>Carregar o exemplo, desenhar cada visualização uma vez, exibir o tempo até o primeiro desenho completo e sair.</translation>
    </message>
    <message>
        <source>With --smoke-test: save a PNG of every view.</source>
        <translation>Com --smoke-test: salvar um PNG de cada visualização.</translation>
    </message>
    <message>
        <source>Use another catalog file.</source>
        <translation>Usar outro arquivo de catálogo.</translation>
    </message>
    <message>
        <source>A project to open.</source>
        <translation>Um projeto para abrir.</translation>
    </message>
    <message>
        <source>The reference catalog could not be read:
%1</source>
        <translation>Não foi possível ler o catálogo de referência:
%1</translation>
    </message>
    <message>
        <source>Use this language for this session only (e.g. de, pt_BR, zh_CN).</source>
        <translation>Usar este idioma somente nesta sessão (p. ex. de, pt_BR, zh_CN).</translation>
    </message>
    <message>
        <source>Open a lesson at start, one of: %1.</source>
        <translation>Abrir uma lição ao iniciar, uma destas: %1.</translation>
    </message>
    <message>
        <source>Start in presentation mode (larger type and chart lines, for projectors).</source>
        <translation>Iniciar no modo de apresentação (letras e linhas de gráfico maiores, para projetores).</translation>
    </message>
</context>
</TS>
