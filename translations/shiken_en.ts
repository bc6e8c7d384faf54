<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>BankOverviewPage</name>
    <message numerus="yes">
        <source>%n question(s) in the bank.</source>
        <translation>
            <numerusform>%n question in the bank.</numerusform>
            <numerusform>%n questions in the bank.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n problem found</numerusform>
            <numerusform>%n problems found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) valid</source>
        <translation>
            <numerusform>%n question valid</numerusform>
            <numerusform>%n questions valid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nothing was imported: %n problem(s) found</source>
        <translation>
            <numerusform>nothing was imported: %n problem found</numerusform>
            <numerusform>nothing was imported: %n problems found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %n question(s)</source>
        <translation>
            <numerusform>imported %n question</numerusform>
            <numerusform>imported %n questions</numerusform>
        </translation>
    </message>
</context>
</TS>
