<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>BankOverviewPage</name>
    <message numerus="yes">
        <source>%Ln question(s) in the bank.</source>
        <translation>
            <numerusform>%Ln question in the bank.</numerusform>
            <numerusform>%Ln questions in the bank.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them suspended: left out of exams and drills until you unsuspend them (Browse Questions lists them).</source>
        <translation>
            <numerusform>%Ln of them is suspended: left out of exams and drills until you unsuspend it (Browse Questions lists it).</numerusform>
            <numerusform>%Ln of them are suspended: left out of exams and drills until you unsuspend them (Browse Questions lists them).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrowsePage</name>
    <message numerus="yes">
        <source>Leeches (missed %n times or more)</source>
        <translation>
            <numerusform>Leeches (missed %n time or more)</numerusform>
            <numerusform>Leeches (missed %n times or more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s).</source>
        <translation>
            <numerusform>%Ln question.</numerusform>
            <numerusform>%Ln questions.</numerusform>
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
    <message numerus="yes">
        <source>%n question(s) found; the first %1:</source>
        <translation>
            <numerusform>%n question found; the first %1:</numerusform>
            <numerusform>%n questions found; the first %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) found:</source>
        <translation>
            <numerusform>%n question found:</numerusform>
            <numerusform>%n questions found:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) skipped: Shiken serves multiple-choice questions only</source>
        <translation>
            <numerusform>%n item skipped: Shiken serves multiple-choice questions only</numerusform>
            <numerusform>%n items skipped: Shiken serves multiple-choice questions only</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>exported %n question(s) to %1</source>
        <translation>
            <numerusform>exported %n question to %1</numerusform>
            <numerusform>exported %n questions to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Questions: %1 (%n suspended)</source>
        <translation>
            <numerusform>Questions: %1 (%n suspended)</numerusform>
            <numerusform>Questions: %1 (%n suspended)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExamPage</name>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>%n minute left</numerusform>
            <numerusform>%n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) are flagged for review.</source>
        <translation>
            <numerusform>%n question is flagged for review.</numerusform>
            <numerusform>%n questions are flagged for review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ahead of pace</source>
        <translation>
            <numerusform>%n min ahead of pace</numerusform>
            <numerusform>%n min ahead of pace</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min behind pace</source>
        <translation>
            <numerusform>%n min behind pace</numerusform>
            <numerusform>%n min behind pace</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%1 (%Ln question(s))</source>
        <translation>
            <numerusform>%1 (%Ln question)</numerusform>
            <numerusform>%1 (%Ln questions)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>True retention over the last %1 weeks: %2 % of %Ln review(s) of questions that were due.</source>
        <translation>
            <numerusform>True retention over the last %1 weeks: %2 % of %Ln review of a question that was due.</numerusform>
            <numerusform>True retention over the last %1 weeks: %2 % of %Ln reviews of questions that were due.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <source>%n minute(s) left.</source>
        <translation>
            <numerusform>%n minute left.</numerusform>
            <numerusform>%n minutes left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weak: %1 (recall %2% over %Ln answered question(s))</source>
        <translation>
            <numerusform>Weak: %1 (recall %2% over %Ln answered question)</numerusform>
            <numerusform>Weak: %1 (recall %2% over %Ln answered questions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) due for review.</source>
        <translation>
            <numerusform>%Ln question due for review.</numerusform>
            <numerusform>%Ln questions due for review.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%Ln question(s) ready to import.</source>
        <translation>
            <numerusform>%Ln question ready to import.</numerusform>
            <numerusform>%Ln questions ready to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) give no domain and task: choose where to file them below.</source>
        <translation>
            <numerusform>%Ln question gives no domain and task: choose where to file it below.</numerusform>
            <numerusform>%Ln questions give no domain and task: choose where to file them below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) skipped: Shiken serves multiple-choice questions only.</source>
        <translation>
            <numerusform>%n item skipped: Shiken serves multiple-choice questions only.</numerusform>
            <numerusform>%n items skipped: Shiken serves multiple-choice questions only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading the files: %Ln question(s) so far…</source>
        <translation>
            <numerusform>Reading the files: %Ln question so far…</numerusform>
            <numerusform>Reading the files: %Ln questions so far…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) added to the bank.</source>
        <translation>
            <numerusform>%Ln question added to the bank.</numerusform>
            <numerusform>%Ln questions added to the bank.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) skipped: Shiken serves multiple-choice questions only.</source>
        <translation>
            <numerusform>%Ln item skipped: Shiken serves multiple-choice questions only.</numerusform>
            <numerusform>%Ln items skipped: Shiken serves multiple-choice questions only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) written to %1.</source>
        <translation>
            <numerusform>%Ln question written to %1.</numerusform>
            <numerusform>%Ln questions written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionImport</name>
    <message numerus="yes">
        <source>%n question(s) of this file give no domain and task: choose where to file them</source>
        <translation>
            <numerusform>%n question of this file gives no domain and task: choose where to file it</numerusform>
            <numerusform>%n questions of this file give no domain and task: choose where to file them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message numerus="yes">
        <source>%n question(s) will be asked.</source>
        <translation>
            <numerusform>%n question will be asked.</numerusform>
            <numerusform>%n questions will be asked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The bank has only %n matching question(s): the session will be shorter.</source>
        <translation>
            <numerusform>The bank has only %n matching question: the session will be shorter.</numerusform>
            <numerusform>The bank has only %n matching questions: the session will be shorter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln suspended question(s) are left out (Browse Questions lists them).</source>
        <translation>
            <numerusform>%Ln suspended question is left out (Browse Questions lists it).</numerusform>
            <numerusform>%Ln suspended questions are left out (Browse Questions lists them).</numerusform>
        </translation>
    </message>
</context>
</TS>
