<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConsoleWindow</name>
    <message numerus="yes">
        <source>Consoles — %n console(s)</source>
        <translation>
            <numerusform>Consoles — %n console</numerusform>
            <numerusform>Consoles — %n consoles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TYPING INTO ALL: what you type goes to %n console(s): %1</source>
        <translation>
            <numerusform>TYPING INTO ALL: what you type goes to %n console: %1</numerusform>
            <numerusform>TYPING INTO ALL: what you type goes to %n consoles: %1</numerusform>
        </translation>
    </message>
</context>
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
    <name>DxctlExport</name>
    <message numerus="yes">
        <source>dxctl: the plan has %n problem(s); nothing was written</source>
        <translation>
            <numerusform>dxctl: the plan has %n problem; nothing was written</numerusform>
            <numerusform>dxctl: the plan has %n problems; nothing was written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>dxctl: the plan has %n problem(s)</source>
        <translation>
            <numerusform>dxctl: the plan has %n problem</numerusform>
            <numerusform>dxctl: the plan has %n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InventoryCommands</name>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n module</numerusform>
            <numerusform>%n modules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n warning(s)</source>
        <translation>
            <numerusform>%1: %n warning</numerusform>
            <numerusform>%1: %n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InventoryIo</name>
    <message numerus="yes">
        <source>a server module has two NICs, %n are listed</source>
        <translation>
            <numerusform>a server module has two NICs, %n is listed</numerusform>
            <numerusform>a server module has two NICs, %n are listed</numerusform>
        </translation>
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
    <name>MacDiscoveryDialog</name>
    <message numerus="yes">
        <source>%n module(s) read.</source>
        <translation>
            <numerusform>%n module read.</numerusform>
            <numerusform>%n modules read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) a look (⚠).</source>
        <translation>
            <numerusform>%n needs a look (⚠).</numerusform>
            <numerusform>%n need a look (⚠).</numerusform>
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
    <message numerus="yes">
        <source>Copied %n slot(s) as CSV</source>
        <translation>
            <numerusform>Copied %n slot as CSV</numerusform>
            <numerusform>Copied %n slots as CSV</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the MACs of %n slot(s)</source>
        <translation>
            <numerusform>Copied the MACs of %n slot</numerusform>
            <numerusform>Copied the MACs of %n slots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PowerController</name>
    <message numerus="yes">
        <source>%1: %n module(s) in enclosure %2. Continue?</source>
        <translation>
            <numerusform>%1: %n module in enclosure %2. Continue?</numerusform>
            <numerusform>%1: %n modules in enclosure %2. Continue?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n module(s) succeeded</source>
        <translation>
            <numerusform>%1: %2 of %n module succeeded</numerusform>
            <numerusform>%1: %2 of %n modules succeeded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Identify for %n second(s)</source>
        <translation>
            <numerusform>Identify for %n second</numerusform>
            <numerusform>Identify for %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed module(s) acknowledged</source>
        <translation>
            <numerusform>%n failed module acknowledged</numerusform>
            <numerusform>%n failed modules acknowledged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n failed — acknowledge</source>
        <translation>
            <numerusform>⚠ %n failed — acknowledge</numerusform>
            <numerusform>⚠ %n failed — acknowledge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n module(s) per %2 ms</source>
        <translation>
            <numerusform>%1: %n module per %2 ms</numerusform>
            <numerusform>%1: %n modules per %2 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) written to the inventory</source>
        <translation>
            <numerusform>%n module written to the inventory</numerusform>
            <numerusform>%n modules written to the inventory</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PxeWizard</name>
    <message numerus="yes">
        <source>%n MAC address(es) in italics are derived, not read from the inventory.</source>
        <translation>
            <numerusform>%n MAC address(es) in italics are derived, not read from the inventory.</numerusform>
            <numerusform>%n MAC address(es) in italics are derived, not read from the inventory.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before going on:</source>
        <translation>
            <numerusform>%n problem to fix before going on:</numerusform>
            <numerusform>%n problems to fix before going on:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RackModel</name>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n module</numerusform>
            <numerusform>%n modules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RawCommandDialog</name>
    <message numerus="yes">
        <source>(%n request(s), listed below)</source>
        <translation>
            <numerusform>(%n request, listed below)</numerusform>
            <numerusform>(%n requests, listed below)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) ready; nothing is sent before you press Send.</source>
        <translation>
            <numerusform>%n request ready; nothing is sent before you press Send.</numerusform>
            <numerusform>%n requests ready; nothing is sent before you press Send.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n request(s).</source>
        <translation>
            <numerusform>Cancelled after %n request.</numerusform>
            <numerusform>Cancelled after %n requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) sent to %1.</source>
        <translation>
            <numerusform>%n request sent to %1.</numerusform>
            <numerusform>%n requests sent to %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
