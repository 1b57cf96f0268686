<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="nl_NL">
<context>
    <name>CaseloadView</name>
    <message numerus="yes">
        <source>%n verborgen door het filter — alles tonen</source>
        <translation>
            <numerusform>%n verborgen door het filter — alles tonen</numerusform>
            <numerusform>%n verborgen door het filter — alles tonen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message numerus="yes">
        <source>%n instrumenten ingelezen.</source>
        <translation>
            <numerusform>%n instrument ingelezen.</numerusform>
            <numerusform>%n instrumenten ingelezen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientPane</name>
    <message numerus="yes">
        <source>%n open afspraken</source>
        <translation>
            <numerusform>%n open afspraak</numerusform>
            <numerusform>%n open afspraken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n te laat</source>
        <translation>
            <numerusform>%n te laat</numerusform>
            <numerusform>%n te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open signalen</source>
        <translation>
            <numerusform>%n open signaal</numerusform>
            <numerusform>%n open signalen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open verzuimmeldingen</source>
        <translation>
            <numerusform>%n open verzuimmelding</numerusform>
            <numerusform>%n open verzuimmeldingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>laatste contact %n dagen geleden</source>
        <translation>
            <numerusform>laatste contact %n dag geleden</numerusform>
            <numerusform>laatste contact %n dagen geleden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message numerus="yes">
        <source>%n pagina&apos;s</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina&apos;s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpecialistWindow</name>
    <message numerus="yes">
        <source>%n inzetten waarbij u betrokken bent</source>
        <translation>
            <numerusform>%n inzet waarbij u betrokken bent</numerusform>
            <numerusform>%n inzetten waarbij u betrokken bent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message numerus="yes">
        <source>%n wijzigingen wachten</source>
        <translation>
            <numerusform>%n wijziging wacht</numerusform>
            <numerusform>%n wijzigingen wachten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n conflicten</source>
        <translation>
            <numerusform>⚠ %n conflict</numerusform>
            <numerusform>⚠ %n conflicten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✖ %n geweigerd</source>
        <translation>
            <numerusform>✖ %n geweigerd</numerusform>
            <numerusform>✖ %n geweigerd</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message numerus="yes">
        <source>%n regels</source>
        <translation>
            <numerusform>%n regel</numerusform>
            <numerusform>%n regels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message numerus="yes">
        <source>%n open signalen</source>
        <translation>
            <numerusform>%n open signaal</numerusform>
            <numerusform>%n open signalen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n langer dan 30 dagen te laat</source>
        <translation>
            <numerusform>%n langer dan 30 dagen te laat</numerusform>
            <numerusform>%n langer dan 30 dagen te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ouder dan 30 dagen</source>
        <translation>
            <numerusform>%n ouder dan 30 dagen</numerusform>
            <numerusform>%n ouder dan 30 dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gesprekken deze week</source>
        <translation>
            <numerusform>%n gesprek deze week</numerusform>
            <numerusform>%n gesprekken deze week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n afspraken te laat</source>
        <translation>
            <numerusform>%n afspraak te laat</numerusform>
            <numerusform>%n afspraken te laat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowSync</name>
    <message numerus="yes">
        <source>Niet gesynchroniseerd — %n wijzigingen wachten</source>
        <translation>
            <numerusform>Niet gesynchroniseerd — %n wijziging wacht</numerusform>
            <numerusform>Niet gesynchroniseerd — %n wijzigingen wachten</numerusform>
        </translation>
    </message>
</context>
</TS>
