<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DxctlCommands</name>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n module</numerusform>
            <numerusform>%n modules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enclosure(s)</source>
        <translation>
            <numerusform>%n enclosure</numerusform>
            <numerusform>%n enclosures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InventoryIo</name>
    <message numerus="yes">
        <source>a server module has two NICs, %n are listed</source>
        <translation>
            <numerusform>a server module has two NICs, %n is listed</numerusform><numerusform>a server module has two NICs, %n are listed</numerusform></translation>
    </message>
</context>
<context>
    <name>MacAddress</name>
    <message numerus="yes">
        <source>group %1 has %n hex digit(s) at position %2, expected %3</source>
        <translation>
            <numerusform>group %1 has %n hex digit at position %2, expected %3</numerusform>
            <numerusform>group %1 has %n hex digits at position %2, expected %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n enclosure(s)</source>
        <translation>
            <numerusform>%n enclosure</numerusform>
            <numerusform>%n enclosures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n module</numerusform>
            <numerusform>%n modules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 with %n warning(s); see the operations log</source>
        <translation>
            <numerusform>Opened %1 with %n warning; see the operations log</numerusform>
            <numerusform>Opened %1 with %n warnings; see the operations log</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s)</source>
        <translation>
            <numerusform>%n slot</numerusform>
            <numerusform>%n slots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) written</source>
        <translation>
            <numerusform>%n entry written</numerusform>
            <numerusform>%n entries written</numerusform>
        </translation>
    </message>
</context>
</TS>
