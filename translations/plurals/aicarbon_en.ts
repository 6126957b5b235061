<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ResultsPanel</name>
    <message numerus="yes">
        <source>%1 on %Ln device(s) · %2 at the facility</source>
        <translation>
            <numerusform>%1 on %Ln device · %2 at the facility</numerusform>
            <numerusform>%1 on %Ln devices · %2 at the facility</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (final run, %Ln device(s))</source>
        <translation>
            <numerusform>%1 (final run, %Ln device)</numerusform>
            <numerusform>%1 (final run, %Ln devices)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message numerus="yes">
        <source>%Ln layer(s), d_model %1</source>
        <translation>
            <numerusform>%Ln layer, d_model %1</numerusform>
            <numerusform>%Ln layers, d_model %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aicarbon::AutosaveController</name>
    <message numerus="yes">
        <source>%Ln scenario(s)</source>
        <translation>
            <numerusform>%Ln scenario</numerusform>
            <numerusform>%Ln scenarios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aicarbon::SensitivityView</name>
    <message numerus="yes">
        <source>Total CO₂e %1 (%2, %3% interval, %Ln draw(s)). Each bar moves one input from its low to its high bound with the others at their central values; the variance share says how much of the spread that input explains alone.</source>
        <translation>
            <numerusform>Total CO₂e %1 (%2, %3% interval, %Ln draw). Each bar moves one input from its low to its high bound with the others at their central values; the variance share says how much of the spread that input explains alone.</numerusform>
            <numerusform>Total CO₂e %1 (%2, %3% interval, %Ln draws). Each bar moves one input from its low to its high bound with the others at their central values; the variance share says how much of the spread that input explains alone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aicarbon::UncertaintyBox</name>
    <message numerus="yes">
        <source>%Ln draw(s); uncertain inputs: %1, of which %2 with a default range. The Sensitivity tab shows which input matters most.</source>
        <translation>
            <numerusform>%Ln draw; uncertain inputs: %1, of which %2 with a default range. The Sensitivity tab shows which input matters most.</numerusform>
            <numerusform>%Ln draws; uncertain inputs: %1, of which %2 with a default range. The Sensitivity tab shows which input matters most.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aicarbon::WhatIfView</name>
    <message numerus="yes">
        <source>Showing %1 of %Ln region(s), ranked by total emissions (# = rank among all).</source>
        <translation>
            <numerusform>Showing %1 of %Ln region, ranked by total emissions (# = rank among all).</numerusform>
            <numerusform>Showing %1 of %Ln regions, ranked by total emissions (# = rank among all).</numerusform>
        </translation>
    </message>
</context>
</TS>
