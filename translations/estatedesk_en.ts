<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ArrearsExport</name>
    <message numerus="yes">
        <source>Total: %n bill(s)</source>
        <translation>
            <numerusform>Total: %n bill</numerusform>
            <numerusform>Total: %n bills</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n bill(s) in arrears</source>
        <translation>
            <numerusform>%1: %n bill in arrears</numerusform>
            <numerusform>%1: %n bills in arrears</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message numerus="yes">
        <source>demo data: estate %1, %n staff account(s), %2 houses, %3 residents, %4 requests, %5 inspection runs</source>
        <translation>
            <numerusform>demo data: estate %1, %n staff account, %2 houses, %3 residents, %4 requests, %5 inspection runs</numerusform>
            <numerusform>demo data: estate %1, %n staff accounts, %2 houses, %3 residents, %4 requests, %5 inspection runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeeDeskPage</name>
    <message numerus="yes">
        <source>%n bill(s) in arrears exported to %1.</source>
        <translation>
            <numerusform>%n bill in arrears exported to %1.</numerusform>
            <numerusform>%n bills in arrears exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&quot;color:#b3261e&quot;&gt;&lt;b&gt;Arrears ¥%1&lt;/b&gt; (up to %n day(s) overdue)&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:#b3261e&quot;&gt;&lt;b&gt;Arrears ¥%1&lt;/b&gt; (up to %n day overdue)&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&quot;color:#b3261e&quot;&gt;&lt;b&gt;Arrears ¥%1&lt;/b&gt; (up to %n days overdue)&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bill(s) in arrears</source>
        <translation>
            <numerusform>%n bill in arrears</numerusform>
            <numerusform>%n bills in arrears</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n house(s)</source>
        <translation>
            <numerusform>%n house</numerusform>
            <numerusform>%n houses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeeDocumentsPage</name>
    <message numerus="yes">
        <source>%n notice(s)</source>
        <translation>
            <numerusform>%n notice</numerusform>
            <numerusform>%n notices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GateRepository</name>
    <message numerus="yes">
        <source>Visitor %1 (%n people) to %2 inside since %3</source>
        <translation>
            <numerusform>Visitor %1 (%n person) to %2 inside since %3</numerusform>
            <numerusform>Visitor %1 (%n people) to %2 inside since %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GateSync</name>
    <message numerus="yes">
        <source>%1 Nothing was lost: %n record(s) wait for the next sync.</source>
        <translation>
            <numerusform>%1 Nothing was lost: %n record wait for the next sync.</numerusform>
            <numerusform>%1 Nothing was lost: %n records wait for the next sync.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GateSyncStatus</name>
    <message numerus="yes">
        <source>Synced with the office %1 · %n record(s) waiting</source>
        <translation>
            <numerusform>Synced with the office %1 · %n record waiting</numerusform>
            <numerusform>Synced with the office %1 · %n records waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Office not reachable (last sync %1) · %n record(s) waiting</source>
        <translation>
            <numerusform>Office not reachable (last sync %1) · %n record waiting</numerusform>
            <numerusform>Office not reachable (last sync %1) · %n records waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectionCodes</name>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hour(s)</source>
        <translation>
            <numerusform>every hour</numerusform>
            <numerusform>every %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n minute(s)</source>
        <translation>
            <numerusform>every minute</numerusform>
            <numerusform>every %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, cleaning at least %n unit(s)</source>
        <translation>
            <numerusform>, cleaning at least %n unit</numerusform>
            <numerusform>, cleaning at least %n units</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectionRunRepository</name>
    <message numerus="yes">
        <source>Items: %n item(s) not marked yet.</source>
        <translation>
            <numerusform>Items: %n item not marked yet.</numerusform>
            <numerusform>Items: %n items not marked yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message numerus="yes">
        <source>%n repeated non-conformity(ies) raised to you</source>
        <translation>
            <numerusform>%n repeated non-conformity raised to you</numerusform>
            <numerusform>%n repeated non-conformities raised to you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inspection finished: %n non-conformity(ies) recorded.</source>
        <translation>
            <numerusform>Inspection finished: %n non-conformity recorded.</numerusform>
            <numerusform>Inspection finished: %n non-conformities recorded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerImportDialog</name>
    <message numerus="yes">
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>Import %n row</numerusform>
            <numerusform>Import %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationCountLabel</name>
    <message numerus="yes">
        <source>%n notification(s) to handle</source>
        <translation>
            <numerusform>%n notification to handle</numerusform>
            <numerusform>%n notifications to handle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatrolRoundDialog</name>
    <message numerus="yes">
        <source>%1 (every %n min)</source>
        <translation>
            <numerusform>%1 (every %n min)</numerusform>
            <numerusform>%1 (every %n min)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message numerus="yes">
        <source>Paid on the %n ticked bill(s) only, in the list&apos;s order; what is left stays as prepaid.</source>
        <translation>
            <numerusform>Paid on the %n ticked bill only, in the list&apos;s order; what is left stays as prepaid.</numerusform>
            <numerusform>Paid on the %n ticked bills only, in the list&apos;s order; what is left stays as prepaid.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message numerus="yes">
        <source>Runs done / scheduled: %1 (%n holder(s))</source>
        <translation>
            <numerusform>Runs done / scheduled: %1 (%n holder)</numerusform>
            <numerusform>Runs done / scheduled: %1 (%n holders)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>once</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) exported to %1.</source>
        <translation>
            <numerusform>%n request exported to %1.</numerusform>
            <numerusform>%n requests exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message numerus="yes">
        <source>%1 %2: %3, %n fail(s)</source>
        <translation>
            <numerusform>%1 %2: %3, %n fail</numerusform>
            <numerusform>%1 %2: %3, %n fails</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n resident row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n resident row to %1.</numerusform>
            <numerusform>Exported %n resident rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterExport</name>
    <message numerus="yes">
        <source>%1: %n resident row(s), document numbers %2</source>
        <translation>
            <numerusform>%1: %n resident row, document numbers %2</numerusform>
            <numerusform>%1: %n resident rows, document numbers %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message numerus="yes">
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>Import %n row</numerusform>
            <numerusform>Import %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceRepository</name>
    <message numerus="yes">
        <source>%n paid service(s) billed</source>
        <translation>
            <numerusform>%n paid service billed</numerusform>
            <numerusform>%n paid services billed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message numerus="yes">
        <source>Price list of %1 drafted from the last published list (%n service(s)). Review the services from last year&apos;s survey answers, then have another manager approve it.</source>
        <translation>
            <numerusform>Price list of %1 drafted from the last published list (%n service). Review the services from last year&apos;s survey answers, then have another manager approve it.</numerusform>
            <numerusform>Price list of %1 drafted from the last published list (%n services). Review the services from last year&apos;s survey answers, then have another manager approve it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeLimit</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimerBoardPage</name>
    <message numerus="yes">
        <source>%n overdue request(s) escalated to you: extend the deadline or see to the work (shown in bold below).</source>
        <translation>
            <numerusform>%n overdue request escalated to you: extend the deadline or see to the work (shown in bold below).</numerusform>
            <numerusform>%n overdue requests escalated to you: extend the deadline or see to the work (shown in bold below).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n non-conformity(ies) found again by a higher level while still open, raised to you (shown in bold below).</source>
        <translation>
            <numerusform>%n non-conformity found again by a higher level while still open, raised to you (shown in bold below).</numerusform>
            <numerusform>%n non-conformities found again by a higher level while still open, raised to you (shown in bold below).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message numerus="yes">
        <source>Password: at least %n characters are required.</source>
        <translation>
            <numerusform>Password: at least %n character is required.</numerusform>
            <numerusform>Password: at least %n characters are required.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This account is locked after %1 wrong passwords. Try again in %n minute(s) or ask the administrator to unlock it.</source>
        <translation>
            <numerusform>This account is locked after %1 wrong passwords. Try again in %n minute or ask the administrator to unlock it.</numerusform>
            <numerusform>This account is locked after %1 wrong passwords. Try again in %n minutes or ask the administrator to unlock it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong password. The account is now locked for %n minute(s).</source>
        <translation>
            <numerusform>Wrong password. The account is now locked for %n minute.</numerusform>
            <numerusform>Wrong password. The account is now locked for %n minutes.</numerusform>
        </translation>
    </message>
</context>
</TS>
