<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name></name>
    <message>
        <source>User name</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Case role</source>
        <translation>Rôl achos</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tîm</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Gweinyddwr</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Gweithredol</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Wedi&apos;i gloi tan</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Rhybudd</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Amserydd</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Person ifanc</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Atgyfeiriad</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Codwyd</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Darllenwyd</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>What they did</source>
        <translation>Beth wnaethon nhw</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>Opened the referral record</source>
        <translation>Agorodd gofnod yr atgyfeiriad</translation>
    </message>
    <message>
        <source>Opened the record-event form</source>
        <translation>Agorodd y ffurflen cofnodi digwyddiad</translation>
    </message>
    <message>
        <source>Opened the young person&apos;s details</source>
        <translation>Agorodd fanylion y person ifanc</translation>
    </message>
    <message>
        <source>Looked at it from the command line</source>
        <translation>Edrychodd arno o&apos;r llinell orchymyn</translation>
    </message>
    <message>
        <source>Looked at the SLA explanation</source>
        <translation>Edrychodd ar esboniad yr SLA</translation>
    </message>
    <message>
        <source>Looked at the record</source>
        <translation>Edrychodd ar y cofnod</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Crëwyd</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Newidiwyd</translation>
    </message>
    <message>
        <source>Recorded an event</source>
        <translation>Cofnododd ddigwyddiad</translation>
    </message>
    <message>
        <source>Voided an event</source>
        <translation>Dirymodd ddigwyddiad</translation>
    </message>
    <message>
        <source>Corrected an event</source>
        <translation>Cywirodd ddigwyddiad</translation>
    </message>
    <message>
        <source>Printed a report</source>
        <translation>Argraffodd adroddiad</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Gwrthodwyd</translation>
    </message>
    <message>
        <source>Gave a breach reason</source>
        <translation>Rhoddodd reswm dros y toriad</translation>
    </message>
    <message>
        <source>Reviewed a breach</source>
        <translation>Adolygodd doriad</translation>
    </message>
    <message>
        <source>Acknowledged an alert</source>
        <translation>Cydnabu rybudd</translation>
    </message>
    <message>
        <source>Marked alerts read</source>
        <translation>Marciodd rybuddion wedi&apos;u darllen</translation>
    </message>
    <message>
        <source>SLA sweep</source>
        <translation>Gwiriad SLA</translation>
    </message>
    <message>
        <source>Loaded demo data</source>
        <translation>Llwythodd ddata enghreifftiol</translation>
    </message>
    <message>
        <source>Created the first administrator</source>
        <translation>Creodd y gweinyddwr cyntaf</translation>
    </message>
    <message>
        <source>entries {first}–{last} are missing</source>
        <translation>mae cofnodion {first}–{last} ar goll</translation>
    </message>
    <message>
        <source>entry {seq} is missing</source>
        <translation>mae cofnod {seq} ar goll</translation>
    </message>
    <message>
        <source>entry {seq} appears again after entry {before}</source>
        <translation>mae cofnod {seq} yn ymddangos eto ar ôl cofnod {before}</translation>
    </message>
    <message>
        <source>entry {seq} does not follow the entry before it (previous hash differs)</source>
        <translation>nid yw cofnod {seq} yn dilyn y cofnod o&apos;i flaen (mae&apos;r stwnsh blaenorol yn wahanol)</translation>
    </message>
    <message>
        <source>entry {seq} was changed after it was written (its hash does not match)</source>
        <translation>newidiwyd cofnod {seq} ar ôl ei ysgrifennu (nid yw ei stwnsh yn cyfateb)</translation>
    </message>
    <message>
        <source>the details of entry {seq} were changed after it was written</source>
        <translation>newidiwyd manylion cofnod {seq} ar ôl ei ysgrifennu</translation>
    </message>
    <message>
        <source>entry {seq} claims a redaction that comes before it</source>
        <translation>mae cofnod {seq} yn hawlio golygiad sy&apos;n dod o&apos;i flaen</translation>
    </message>
    <message>
        <source>entry {seq} is not the entry whose hash was recorded as the head earlier</source>
        <translation>nid cofnod {seq} yw&apos;r cofnod y cofnodwyd ei stwnsh fel y pen yn gynharach</translation>
    </message>
    <message>
        <source>the details of entry {seq} were changed outside an audited redaction</source>
        <translation>newidiwyd manylion cofnod {seq} y tu allan i olygiad a archwiliwyd</translation>
    </message>
    <message>
        <source>the trail ends at entry {last}, before the recorded head {head}</source>
        <translation>mae&apos;r trywydd yn dod i ben ar gofnod {last}, cyn y pen a gofnodwyd {head}</translation>
    </message>
    <message>
        <source>the trail ends at entry {last} but its head says {head}: entries {first}–{head} were removed</source>
        <translation>mae&apos;r trywydd yn dod i ben ar gofnod {last} ond mae ei ben yn dweud {head}: tynnwyd cofnodion {first}–{head}</translation>
    </message>
    <message>
        <source>Read the audit trail</source>
        <translation>Darllenodd y trywydd archwilio</translation>
    </message>
    <message>
        <source>Checked the audit trail</source>
        <translation>Gwiriodd y trywydd archwilio</translation>
    </message>
    <message>
        <source>Removed personal data (retention)</source>
        <translation>Tynnodd ddata personol (cadw data)</translation>
    </message>
    <message>
        <source>Exported everything held (subject access)</source>
        <translation>Allforiodd bopeth a gedwir (mynediad at ddata gwrthrych)</translation>
    </message>
    <message>
        <source>Ran the retention job</source>
        <translation>Rhedodd y dasg cadw data</translation>
    </message>
    <message>
        <source>Checked what retention would erase</source>
        <translation>Gwiriodd beth fyddai&apos;r dasg cadw data yn ei ddileu</translation>
    </message>
    <message>
        <source>Erased (retention)</source>
        <translation>Dilëwyd (cadw data)</translation>
    </message>
    <message>
        <source>Anonymised (retention)</source>
        <translation>Gwnaed yn ddienw (cadw data)</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Unrhyw weithred</translation>
    </message>
    <message>
        <source>Looked at a record</source>
        <translation>Edrychodd ar gofnod</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Defnyddiwr</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Safle</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>Toriad</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Trywydd archwilio</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Adroddiad</translation>
    </message>
    <message>
        <source>SLA timers</source>
        <translation>Amseryddion SLA</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Data enghreifftiol</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Cadw data</translation>
    </message>
    <message>
        <source>Printed the case file</source>
        <translation>Argraffodd ffeil yr achos</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ie</translation>
    </message>
    <message>
        <source>no</source>
        <translation>na</translation>
    </message>
    <message>
        <source>Details are case content: only managers see them.</source>
        <translation>Mae&apos;r manylion yn gynnwys achos: dim ond rheolwyr sy&apos;n eu gweld.</translation>
    </message>
    <message>
        <source>Personal data removed by the retention job.</source>
        <translation>Tynnwyd y data personol gan y dasg cadw data.</translation>
    </message>
    <message>
        <source>(the system)</source>
        <translation>(y system)</translation>
    </message>
    <message>
        <source>Entry {seq}</source>
        <translation>Cofnod {seq}</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>Cofnodion y trywydd archwilio</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>Y cofnod a ddewiswyd</translation>
    </message>
    <message>
        <source>Entries listed</source>
        <translation>Cofnodion a restrir</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Llwytho &amp;rhagor</translation>
    </message>
    <message>
        <source>Load more entries</source>
        <translation>Llwytho rhagor o gofnodion</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wrthi&apos;n llwytho…</translation>
    </message>
    <message>
        <source>{n} entry</source>
        <translation>{n} cofnod</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n} cofnod</translation>
    </message>
    <message>
        <source>{n}, newest first; more can be loaded</source>
        <translation>{n}, y diweddaraf yn gyntaf; gellir llwytho rhagor</translation>
    </message>
    <message>
        <source>{n}, newest first</source>
        <translation>{n}, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation>Does dim cofnodion yn cyfateb.</translation>
    </message>
    <message>
        <source>Entry {seq} · {when} · {who} · {what} · {record}</source>
        <translation>Cofnod {seq} · {when} · {who} · {what} · {record}</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Unrhyw un</translation>
    </message>
    <message>
        <source>Referral number filter</source>
        <translation>Hidlydd rhif atgyfeiriad</translation>
    </message>
    <message>
        <source>any</source>
        <translation>unrhyw un</translation>
    </message>
    <message>
        <source>Young person number filter</source>
        <translation>Hidlydd rhif person ifanc</translation>
    </message>
    <message>
        <source>User filter</source>
        <translation>Hidlydd defnyddiwr</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Unrhyw un</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>Hidlydd gweithred</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>O&apos;r dyddiad</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Hyd at y dyddiad</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Chwilio</translation>
    </message>
    <message>
        <source>Search the audit trail</source>
        <translation>Chwilio&apos;r trywydd archwilio</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>C&amp;lirio</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Clirio&apos;r hidlyddion</translation>
    </message>
    <message>
        <source>&amp;Check the chain</source>
        <translation>Gwi&amp;rio&apos;r gadwyn</translation>
    </message>
    <message>
        <source>Check the audit trail has not been tampered with</source>
        <translation>Gwirio nad oes neb wedi ymyrryd â&apos;r trywydd archwilio</translation>
    </message>
    <message>
        <source>Chain check result</source>
        <translation>Canlyniad gwirio&apos;r gadwyn</translation>
    </message>
    <message>
        <source>&amp;Referral:</source>
        <translation>&amp;Atgyfeiriad:</translation>
    </message>
    <message>
        <source>&amp;Young person:</source>
        <translation>&amp;Person ifanc:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Defnyddiwr:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Gweithred:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hyd at:</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation>&amp;O:</translation>
    </message>
    <message>
        <source>You see each change&apos;s values before and after.</source>
        <translation>Rydych yn gweld gwerthoedd pob newid cyn ac ar ôl.</translation>
    </message>
    <message>
        <source>As an administrator you see who did what, when and to which record; the details are case content and are shown to managers only.</source>
        <translation>Fel gweinyddwr rydych yn gweld pwy wnaeth beth, pryd ac i ba gofnod; cynnwys achos yw&apos;r manylion ac fe&apos;u dangosir i reolwyr yn unig.</translation>
    </message>
    <message>
        <source>Every look at a referral or a young person&apos;s record and every change, with refused attempts. Reading this trail is recorded too. </source>
        <translation>Pob tro yr edrychwyd ar atgyfeiriad neu ar gofnod person ifanc a phob newid, gydag ymdrechion a wrthodwyd. Caiff darllen y trywydd hwn ei gofnodi hefyd. </translation>
    </message>
    <message>
        <source>The “To” date is before the “From” date.</source>
        <translation>Mae&apos;r dyddiad “Hyd at” cyn y dyddiad “O”.</translation>
    </message>
    <message>
        <source>Checking every entry…</source>
        <translation>Wrthi&apos;n gwirio pob cofnod…</translation>
    </message>
    <message>
        <source>Intact: {n} checked, nothing changed, removed or reordered.</source>
        <translation>Cyfan: gwiriwyd {n}, dim byd wedi&apos;i newid, ei dynnu na&apos;i aildrefnu.</translation>
    </message>
    <message>
        <source>Tampered with: the first bad entry is {seq} ({message}). Tell your data protection officer.</source>
        <translation>Mae rhywun wedi ymyrryd ag ef: y cofnod gwael cyntaf yw {seq} ({message}). Rhowch wybod i&apos;ch swyddog diogelu data.</translation>
    </message>
    <message>
        <source>Who has looked at this record — Casework</source>
        <translation>Pwy sydd wedi edrych ar y cofnod hwn — Casework</translation>
    </message>
    <message>
        <source>Everyone who opened referral {id}, changed it or was refused, newest first.</source>
        <translation>Pawb a agorodd atgyfeiriad {id}, a&apos;i newidiodd neu a wrthodwyd, y diweddaraf yn gyntaf.</translation>
    </message>
    <message>
        <source>Everyone who opened this young person&apos;s details or any of their referrals, changed them or was refused, newest first.</source>
        <translation>Pawb a agorodd fanylion y person ifanc hwn neu unrhyw un o&apos;i atgyfeiriadau, a&apos;u newidiodd neu a wrthodwyd, y diweddaraf yn gyntaf.</translation>
    </message>
    <message>
        <source>Who has looked at this record</source>
        <translation>Pwy sydd wedi edrych ar y cofnod hwn</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Gweithiwr</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Oed</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Llwybr</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Wedi&apos;i neilltuo i</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Terfyn amser nesaf</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Derbyniwyd</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Heb ei neilltuo</translation>
    </message>
    <message>
        <source>{state} — {span} over</source>
        <translation>{state} — {span} yn hwyr</translation>
    </message>
    <message>
        <source>{state} — {span} left</source>
        <translation>{state} — {span} ar ôl</translation>
    </message>
    <message>
        <source>{span} left</source>
        <translation>{span} ar ôl</translation>
    </message>
    <message>
        <source>{d} days</source>
        <translation>{d} diwrnod</translation>
    </message>
    <message>
        <source>&amp;My caseload</source>
        <translation>F&amp;y llwyth achosion</translation>
    </message>
    <message>
        <source>&amp;Team caseload</source>
        <translation>Llwyth achosion y &amp;tîm</translation>
    </message>
    <message>
        <source>&amp;All referrals</source>
        <translation>&amp;Pob atgyfeiriad</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Pob tîm</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>T&amp;îm:</translation>
    </message>
    <message>
        <source>Search referrals</source>
        <translation>Chwilio atgyfeiriadau</translation>
    </message>
    <message>
        <source>Start of a name, a PNC ID or an NHS number</source>
        <translation>Dechrau enw, ID PNC neu rif GIG</translation>
    </message>
    <message>
        <source>Search name, PNC ID or NHS number  (Ctrl+F)</source>
        <translation>Chwilio enw, ID PNC neu rif GIG  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Loading referrals</source>
        <translation>Wrthi&apos;n llwytho atgyfeiriadau</translation>
    </message>
    <message>
        <source>Number of referrals</source>
        <translation>Nifer yr atgyfeiriadau</translation>
    </message>
    <message>
        <source>&amp;Open only</source>
        <translation>&amp;Rhai agored yn unig</translation>
    </message>
    <message>
        <source>Show open referrals only</source>
        <translation>Dangos atgyfeiriadau agored yn unig</translation>
    </message>
    <message>
        <source>Pathway filter</source>
        <translation>Hidlydd llwybr</translation>
    </message>
    <message>
        <source>All pathways</source>
        <translation>Pob llwybr</translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation>Hidlydd cam</translation>
    </message>
    <message>
        <source>Worker filter</source>
        <translation>Hidlydd gweithiwr</translation>
    </message>
    <message>
        <source>Deadline filter</source>
        <translation>Hidlydd terfyn amser</translation>
    </message>
    <message>
        <source>&amp;Pathway:</source>
        <translation>&amp;Llwybr:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Cam:</translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation>&amp;Gweithiwr:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>Terfyn &amp;amser:</translation>
    </message>
    <message>
        <source>Problem loading referrals</source>
        <translation>Problem wrth lwytho atgyfeiriadau</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Atgyfeiriadau</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Llwyth achosion</translation>
    </message>
    <message>
        <source>No referrals</source>
        <translation>Dim atgyfeiriadau</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Enw cyntaf</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Rhywedd</translation>
    </message>
    <message>
        <source>Home local authority</source>
        <translation>Awdurdod lleol cartref</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Cod post</translation>
    </message>
    <message>
        <source>PNC ID</source>
        <translation>ID PNC</translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation>Rhif GIG</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(gwag)</translation>
    </message>
    <message>
        <source>no referrals</source>
        <translation>dim atgyfeiriadau</translation>
    </message>
    <message>
        <source>{n} referral</source>
        <translation>{n} atgyfeiriad</translation>
    </message>
    <message>
        <source>{n} referrals</source>
        <translation>{n} atgyfeiriad</translation>
    </message>
    <message>
        <source> ({open} open: {which})</source>
        <translation> ({open} ar agor: {which})</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Other record</source>
        <translation>Cofnod arall</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pam</translation>
    </message>
    <message>
        <source>Person: {a}
Other record: {b}</source>
        <translation>Person: {a}
Cofnod arall: {b}</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Cyfunwyd</translation>
    </message>
    <message>
        <source>Kept person</source>
        <translation>Person a gadwyd</translation>
    </message>
    <message>
        <source>Merged record</source>
        <translation>Cofnod a gyfunwyd</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Gan</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Symudwyd</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>Undone {when} by {who}</source>
        <translation>Dadwnaed {when} gan {who}</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Mewn grym</translation>
    </message>
    <message>
        <source>Merge two records — Casework</source>
        <translation>Cyfuno dau gofnod — Casework</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cadw&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Record #{id} ({n})</source>
        <translation>Cofnod #{id} ({n})</translation>
    </message>
    <message>
        <source>Keep record {id}</source>
        <translation>Cadw cofnod {id}</translation>
    </message>
    <message>
        <source> (aged {age})</source>
        <translation> ({age} oed)</translation>
    </message>
    <message>
        <source>{field}: {value} from record {id}</source>
        <translation>{field}: {value} o gofnod {id}</translation>
    </message>
    <message>
        <source>  (the same in both)</source>
        <translation>  (yr un fath yn y ddau)</translation>
    </message>
    <message>
        <source>Parents and carers</source>
        <translation>Rhieni a gofalwyr</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>Risk flags</source>
        <translation>Baneri risg</translation>
    </message>
    <message>
        <source>Identifier warning</source>
        <translation>Rhybudd dynodwr</translation>
    </message>
    <message>
        <source>The records have different {ids}: one young person has one, so these look like two people. Correct the wrong record before merging.</source>
        <translation>Mae gan y cofnodion {ids} gwahanol: un yn unig sydd gan berson ifanc, felly mae&apos;r rhain yn edrych fel dau berson. Cywirwch y cofnod anghywir cyn cyfuno.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Cyfuno</translation>
    </message>
    <message>
        <source>Merge the two records</source>
        <translation>Cyfuno&apos;r ddau gofnod</translation>
    </message>
    <message>
        <source>Merge two records of one young person</source>
        <translation>Cyfuno dau gofnod o un person ifanc</translation>
    </message>
    <message>
        <source>Why they look alike: {why} ({score}%). Every referral, contact and risk flag of the record not kept moves to the kept one. The merge is audited and can be undone from the Duplicate people page.</source>
        <translation>Pam maen nhw&apos;n edrych yn debyg: {why} ({score}%). Mae pob atgyfeiriad, cyswllt a baner risg o&apos;r cofnod na chaiff ei gadw yn symud i&apos;r un a gedwir. Caiff y cyfuno ei archwilio a gellir ei ddadwneud o&apos;r dudalen Pobl ddyblyg.</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Wrthi&apos;n cyfuno…</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>Close this window and refresh the list to see the records as they are now.</source>
        <translation>Caewch y ffenestr hon ac adnewyddwch y rhestr i weld y cofnodion fel y maen nhw nawr.</translation>
    </message>
    <message>
        <source>Duplicate people</source>
        <translation>Pobl ddyblyg</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Dyblygion tebygol</translation>
    </message>
    <message>
        <source>Recent merges</source>
        <translation>Cyfuniadau diweddar</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>&amp;Compare and merge…</source>
        <translation>&amp;Cymharu a chyfuno…</translation>
    </message>
    <message>
        <source>Compare and merge the selected pair</source>
        <translation>Cymharu a chyfuno&apos;r pâr a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Not the same person…</source>
        <translation>&amp;Nid yr un person…</translation>
    </message>
    <message>
        <source>Record that the selected pair are different people</source>
        <translation>Cofnodi bod y pâr a ddewiswyd yn bobl wahanol</translation>
    </message>
    <message>
        <source>&amp;Undo merge…</source>
        <translation>&amp;Dadwneud y cyfuno…</translation>
    </message>
    <message>
        <source>Undo the selected merge</source>
        <translation>Dadwneud y cyfuno a ddewiswyd</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Adnewyddu</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent merges&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cyfuniadau diweddar&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Records that are likely one young person: the same NHS number or PNC ID, or the same date of birth (or a slip of it) and a similar name. Compare and merge them, or record that they are different people.</source>
        <translation>Cofnodion sy&apos;n debygol o fod yn un person ifanc: yr un rhif GIG neu ID PNC, neu&apos;r un dyddiad geni (neu gamgymeriad bach ynddo) ac enw tebyg. Cymharwch a chyfunwch nhw, neu cofnodwch eu bod yn bobl wahanol.</translation>
    </message>
    <message>
        <source>{n} to review</source>
        <translation>{n} i&apos;w hadolygu</translation>
    </message>
    <message>
        <source>{n} likely duplicate</source>
        <translation>{n} dyblyg tebygol</translation>
    </message>
    <message>
        <source>{n} likely duplicates</source>
        <translation>{n} dyblyg tebygol</translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>Dim dyblygion tebygol.</translation>
    </message>
    <message>
        <source>Could not load: {message}</source>
        <translation>Methu llwytho: {message}</translation>
    </message>
    <message>
        <source>Merged {name} (#{other}) into #{kept}. Undo it from Recent merges if it was wrong.</source>
        <translation>Cyfunwyd {name} (#{other}) i mewn i #{kept}. Dadwnewch ef o Cyfuniadau diweddar os oedd yn anghywir.</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Nid yr un person</translation>
    </message>
    <message>
        <source>How do you know they are different people (e.g. twins, confirmed with school)?</source>
        <translation>Sut ydych chi&apos;n gwybod eu bod yn bobl wahanol (e.e. gefeilliaid, wedi&apos;i gadarnhau gyda&apos;r ysgol)?</translation>
    </message>
    <message>
        <source>Recorded as different people.</source>
        <translation>Cofnodwyd fel pobl wahanol.</translation>
    </message>
    <message>
        <source>Undo merge?</source>
        <translation>Dadwneud y cyfuno?</translation>
    </message>
    <message>
        <source>Put {name} (#{other}) back as a record of their own, with the referrals, contacts and flags that were moved, and restore #{kept} as it was before the merge?</source>
        <translation>Rhoi {name} (#{other}) yn ôl fel cofnod ar wahân, gyda&apos;r atgyfeiriadau, y cysylltiadau a&apos;r baneri a symudwyd, ac adfer #{kept} fel yr oedd cyn y cyfuno?</translation>
    </message>
    <message>
        <source>Merge undone: {name} (#{id}) is a record of their own again.</source>
        <translation>Dadwnaed y cyfuno: mae {name} (#{id}) yn gofnod ar wahân eto.</translation>
    </message>
    <message>
        <source>record</source>
        <translation>cofnod</translation>
    </message>
    <message>
        <source>Refresh and try again.</source>
        <translation>Adnewyddwch a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>{field} error</source>
        <translation>Gwall {field}</translation>
    </message>
    <message>
        <source>This event has no fields of its own: the time and a note are enough.</source>
        <translation>Does gan y digwyddiad hwn ddim meysydd ei hun: mae&apos;r amser a nodyn yn ddigon.</translation>
    </message>
    <message>
        <source>Correct event #{id}: {label}</source>
        <translation>Cywiro digwyddiad #{id}: {label}</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Ychwanegu nodyn</translation>
    </message>
    <message>
        <source>Record an event</source>
        <translation>Cofnodi digwyddiad</translation>
    </message>
    <message>
        <source>{title} — {name} — Casework</source>
        <translation>{title} — {name} — Casework</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Digwyddiad</translation>
    </message>
    <message>
        <source>Event error</source>
        <translation>Gwall digwyddiad</translation>
    </message>
    <message>
        <source>When it happened (UK time)</source>
        <translation>Pryd y digwyddodd (amser y DU)</translation>
    </message>
    <message>
        <source>Time error</source>
        <translation>Gwall amser</translation>
    </message>
    <message>
        <source>UK time. Back-dating is fine: timers re-time from the time given. Not before the referral was received ({when}).</source>
        <translation>Amser y DU. Mae ôl-ddyddio&apos;n iawn: mae&apos;r amseryddion yn ailamseru o&apos;r amser a roddir. Nid cyn i&apos;r atgyfeiriad ddod i law ({when}).</translation>
    </message>
    <message>
        <source>Note (required)</source>
        <translation>Nodyn (gofynnol)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Note error</source>
        <translation>Gwall nodyn</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Rheswm dros y cywiriad</translation>
    </message>
    <message>
        <source>e.g. wrong time typed</source>
        <translation>e.e. teipiwyd yr amser anghywir</translation>
    </message>
    <message>
        <source>Reason error</source>
        <translation>Gwall rheswm</translation>
    </message>
    <message>
        <source>Event *:</source>
        <translation>Digwyddiad *:</translation>
    </message>
    <message>
        <source>When *:</source>
        <translation>Pryd *:</translation>
    </message>
    <message>
        <source>{name} · {pathway} · {stage}</source>
        <translation>{name} · {pathway} · {stage}</translation>
    </message>
    <message>
        <source>Note *:</source>
        <translation>Nodyn *:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nodyn:</translation>
    </message>
    <message>
        <source>Why correct it:</source>
        <translation>Pam ei gywiro:</translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation>&amp;Cadw&apos;r cywiriad</translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation>&amp;Cadw&apos;r nodyn</translation>
    </message>
    <message>
        <source>&amp;Save event</source>
        <translation>&amp;Cadw&apos;r digwyddiad</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>wedi&apos;i gywiro</translation>
    </message>
    <message>
        <source>Void event #{id} — Casework</source>
        <translation>Dirymu digwyddiad #{id} — Casework</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt; at {when}{summary}</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt; am {when}{summary}</translation>
    </message>
    <message>
        <source>Event to void</source>
        <translation>Digwyddiad i&apos;w ddirymu</translation>
    </message>
    <message>
        <source>Why it is void (required)</source>
        <translation>Pam ei fod yn ddi-rym (gofynnol)</translation>
    </message>
    <message>
        <source>e.g. recorded on the wrong referral</source>
        <translation>e.e. wedi&apos;i gofnodi ar yr atgyfeiriad anghywir</translation>
    </message>
    <message>
        <source>&amp;Why is it void? *</source>
        <translation>&amp;Pam ei fod yn ddi-rym? *</translation>
    </message>
    <message>
        <source>Why is it void?</source>
        <translation>Pam ei fod yn ddi-rym?</translation>
    </message>
    <message>
        <source>V&amp;oid event</source>
        <translation>D&amp;irymu&apos;r digwyddiad</translation>
    </message>
    <message>
        <source>Void event</source>
        <translation>Dirymu&apos;r digwyddiad</translation>
    </message>
    <message>
        <source>Void an event</source>
        <translation>Dirymu digwyddiad</translation>
    </message>
    <message>
        <source>A void event stays on the record, struck through, and no longer counts: every timer re-times without it.</source>
        <translation>Mae digwyddiad di-rym yn aros ar y cofnod, wedi&apos;i groesi allan, ac nid yw&apos;n cyfrif mwyach: mae pob amserydd yn ailamseru hebddo.</translation>
    </message>
    <message>
        <source>Referrals closed</source>
        <translation>Atgyfeiriadau a gaewyd</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Wedi&apos;u cwblhau</translation>
    </message>
    <message>
        <source>Engaged (a session attended)</source>
        <translation>Wedi ymgysylltu (wedi mynychu sesiwn)</translation>
    </message>
    <message>
        <source>No further police contact at 6 months</source>
        <translation>Dim cyswllt pellach â&apos;r heddlu ar ôl 6 mis</translation>
    </message>
    <message>
        <source>6-month checks recorded</source>
        <translation>Gwiriadau 6 mis a gofnodwyd</translation>
    </message>
    <message>
        <source>No further police contact at 12 months</source>
        <translation>Dim cyswllt pellach â&apos;r heddlu ar ôl 12 mis</translation>
    </message>
    <message>
        <source>12-month checks recorded</source>
        <translation>Gwiriadau 12 mis a gofnodwyd</translation>
    </message>
    <message>
        <source>Occurrences as suspect: before → after</source>
        <translation>Digwyddiadau fel rhywun a amheuir: cyn → ar ôl</translation>
    </message>
    <message>
        <source>change</source>
        <translation>newid</translation>
    </message>
    <message>
        <source>Occurrences as victim: before → after</source>
        <translation>Digwyddiadau fel dioddefwr: cyn → ar ôl</translation>
    </message>
    <message>
        <source>Fewer occurrences after referral</source>
        <translation>Llai o ddigwyddiadau ar ôl atgyfeirio</translation>
    </message>
    <message>
        <source>ED re-attendance by 12 months</source>
        <translation>Dychwelyd i&apos;r Adran Achosion Brys o fewn 12 mis</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Ffigur</translation>
    </message>
    <message>
        <source>Closed from</source>
        <translation>Caewyd o</translation>
    </message>
    <message>
        <source>Closed to</source>
        <translation>Caewyd hyd at</translation>
    </message>
    <message>
        <source>&amp;Show figures</source>
        <translation>&amp;Dangos y ffigurau</translation>
    </message>
    <message>
        <source>&amp;Print as PDF…</source>
        <translation>&amp;Argraffu fel PDF…</translation>
    </message>
    <message>
        <source>E&amp;xport for evaluators…</source>
        <translation>A&amp;llforio ar gyfer gwerthuswyr…</translation>
    </message>
    <message>
        <source>Pseudonymised CSV files and their data dictionary, for the referrals received in the period</source>
        <translation>Ffeiliau CSV ffugenwol a&apos;u geiriadur data, ar gyfer yr atgyfeiriadau a ddaeth i law yn y cyfnod</translation>
    </message>
    <message>
        <source>Evidence figures</source>
        <translation>Ffigurau tystiolaeth</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>What the figures mean</source>
        <translation>Ystyr y ffigurau</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hyd at</translation>
    </message>
    <message>
        <source>&amp;Closed from:</source>
        <translation>&amp;Caewyd o:</translation>
    </message>
    <message>
        <source>P&amp;athway:</source>
        <translation>Llw&amp;ybr:</translation>
    </message>
    <message>
        <source>Outcomes and evidence</source>
        <translation>Canlyniadau a thystiolaeth</translation>
    </message>
    <message>
        <source>Referrals closed in the period, followed up at 6 and 12 months. Counts under 5 are shown as &lt;5.</source>
        <translation>Atgyfeiriadau a gaewyd yn y cyfnod, gyda gwiriad dilynol ar ôl 6 a 12 mis. Dangosir cyfrifon o dan 5 fel &lt;5.</translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation>Wrthi&apos;n cyfrifo&apos;r ffigurau…</translation>
    </message>
    <message>
        <source>{n} referrals closed in the period.</source>
        <translation>{n} atgyfeiriad wedi&apos;u cau yn y cyfnod.</translation>
    </message>
    <message>
        <source>No referrals were closed in this period.</source>
        <translation>Ni chaewyd unrhyw atgyfeiriadau yn y cyfnod hwn.</translation>
    </message>
    <message>
        <source>Save the evidence report as</source>
        <translation>Cadw&apos;r adroddiad tystiolaeth fel</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the evaluation export</source>
        <translation>Ffolder ar gyfer yr allforio gwerthuso</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>Wrthi&apos;n gwneud y PDF…</translation>
    </message>
    <message>
        <source>Saved the evidence report as {path}</source>
        <translation>Cadwyd yr adroddiad tystiolaeth fel {path}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wrthi&apos;n allforio…</translation>
    </message>
    <message>
        <source>Exported to {folder}: {counts} rows, with the data dictionary.</source>
        <translation>Allforiwyd i {folder}: {counts} rhes, gyda&apos;r geiriadur data.</translation>
    </message>
    <message>
        <source>write the year in full, e.g. 04/03/2010</source>
        <translation>ysgrifennwch y flwyddyn yn llawn, e.e. 04/03/2010</translation>
    </message>
    <message>
        <source>there is no such date</source>
        <translation>does dim dyddiad o&apos;r fath</translation>
    </message>
    <message>
        <source>write the date as day/month/year, e.g. 04/03/2010</source>
        <translation>ysgrifennwch y dyddiad fel diwrnod/mis/blwyddyn, e.e. 04/03/2010</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Ddim yn hysbys</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (gofynnol)</translation>
    </message>
    <message>
        <source>Date and time (UK time)</source>
        <translation>Dyddiad ac amser (amser y DU)</translation>
    </message>
    <message>
        <source>Day and time zone</source>
        <translation>Diwrnod a chylchfa amser</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nawr</translation>
    </message>
    <message>
        <source>Set to now</source>
        <translation>Gosod i nawr</translation>
    </message>
    <message>
        <source>Set the time to now</source>
        <translation>Gosod yr amser i nawr</translation>
    </message>
    <message>
        <source> (you had version {mine}; it is now at version {theirs})</source>
        <translation> (roedd gennych fersiwn {mine}; mae bellach ar fersiwn {theirs})</translation>
    </message>
    <message>
        <source>Someone else changed this {what} while you had it open{versions}. Nothing was saved.</source>
        <translation>Newidiodd rhywun arall y {what} hwn tra oedd gennych ef ar agor{versions}. Ni chadwyd dim.</translation>
    </message>
    <message>
        <source>Form error</source>
        <translation>Gwall ffurflen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wrthi&apos;n cadw…</translation>
    </message>
    <message>
        <source>Not saved. {field}: {message}</source>
        <translation>Heb ei gadw. {field}: {message}</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Taflu&apos;r newidiadau?</translation>
    </message>
    <message>
        <source>You have typed changes that are not saved. Close and lose them?</source>
        <translation>Rydych wedi teipio newidiadau nad ydynt wedi&apos;u cadw. Cau a&apos;u colli?</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Gwiriad</translation>
    </message>
    <message>
        <source> — overdue</source>
        <translation> — yn hwyr</translation>
    </message>
    <message>
        <source>{n} months after closure</source>
        <translation>{n} mis ar ôl cau</translation>
    </message>
    <message>
        <source>Follow-up checks due</source>
        <translation>Gwiriadau dilynol sy&apos;n ddyledus</translation>
    </message>
    <message>
        <source>Checks 3, 6 and 12 months after closure that are overdue or due within {n} days. Enter records the selected check; Ctrl+O opens the referral.</source>
        <translation>Gwiriadau 3, 6 a 12 mis ar ôl cau sy&apos;n hwyr neu&apos;n ddyledus o fewn {n} diwrnod. Mae Enter yn cofnodi&apos;r gwiriad a ddewiswyd; mae Ctrl+O yn agor yr atgyfeiriad.</translation>
    </message>
    <message>
        <source>&amp;Everyone&apos;s (not only mine)</source>
        <translation>&amp;Rhai pawb (nid fy rhai i yn unig)</translation>
    </message>
    <message>
        <source>&amp;Record check…</source>
        <translation>&amp;Cofnodi gwiriad…</translation>
    </message>
    <message>
        <source>&amp;Open referral</source>
        <translation>&amp;Agor yr atgyfeiriad</translation>
    </message>
    <message>
        <source>{n} checks due, {o} overdue</source>
        <translation>{n} gwiriad yn ddyledus, {o} yn hwyr</translation>
    </message>
    <message>
        <source>No follow-up checks due.</source>
        <translation>Does dim gwiriadau dilynol yn ddyledus.</translation>
    </message>
    <message>
        <source>Custody notification</source>
        <translation>Hysbysiad o&apos;r ddalfa</translation>
    </message>
    <message>
        <source>Custody suite</source>
        <translation>Swît y ddalfa</translation>
    </message>
    <message>
        <source>Time notified</source>
        <translation>Amser yr hysbysiad</translation>
    </message>
    <message>
        <source>Police custody has notified the service of a young person in custody.</source>
        <translation>Mae dalfa&apos;r heddlu wedi hysbysu&apos;r gwasanaeth am berson ifanc yn y ddalfa.</translation>
    </message>
    <message>
        <source>MARF</source>
        <translation>MARF</translation>
    </message>
    <message>
        <source>Receiving office</source>
        <translation>Swyddfa dderbyn</translation>
    </message>
    <message>
        <source>MARF received</source>
        <translation>MARF wedi dod i law</translation>
    </message>
    <message>
        <source>A Multi-Agency Referral Form from a partner agency, for triage against the threshold.</source>
        <translation>Ffurflen Atgyfeirio Amlasiantaethol gan asiantaeth bartner, i&apos;w brysbennu yn erbyn y trothwy.</translation>
    </message>
    <message>
        <source>ED attendance</source>
        <translation>Presenoldeb yn yr Adran Achosion Brys</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Ysbyty</translation>
    </message>
    <message>
        <source>Attendance time</source>
        <translation>Amser presenoldeb</translation>
    </message>
    <message>
        <source>A young person attending the emergency department with a violence-related injury.</source>
        <translation>Person ifanc yn mynychu&apos;r adran achosion brys gydag anaf sy&apos;n gysylltiedig â thrais.</translation>
    </message>
    <message>
        <source>{source} ({pathway})…</source>
        <translation>{source} ({pathway})…</translation>
    </message>
    <message>
        <source>Time received</source>
        <translation>Amser derbyn</translation>
    </message>
    <message>
        <source>New referral — {source} — Casework</source>
        <translation>Atgyfeiriad newydd — {source} — Casework</translation>
    </message>
    <message>
        <source>{label} (UK time)</source>
        <translation>{label} (amser y DU)</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Neilltuo i</translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation>Heb ei neilltuo eto</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Tîm:</translation>
    </message>
    <message>
        <source>Assign to:</source>
        <translation>Neilltuo i:</translation>
    </message>
    <message>
        <source>Existing person chosen</source>
        <translation>Dewiswyd person sy&apos;n bodoli</translation>
    </message>
    <message>
        <source>Enter a new person instead</source>
        <translation>Rhoi person newydd yn lle hynny</translation>
    </message>
    <message>
        <source>Anything else the team should know (optional)</source>
        <translation>Unrhyw beth arall y dylai&apos;r tîm ei wybod (dewisol)</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Mae&apos;r meysydd â * yn ofynnol.</translation>
    </message>
    <message>
        <source>&amp;Save referral</source>
        <translation>&amp;Cadw&apos;r atgyfeiriad</translation>
    </message>
    <message>
        <source>Save referral</source>
        <translation>Cadw&apos;r atgyfeiriad</translation>
    </message>
    <message>
        <source>New referral: {source} — {pathway}</source>
        <translation>Atgyfeiriad newydd: {source} — {pathway}</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Dim tîm</translation>
    </message>
    <message>
        <source>Referrals you take in belong to your own team</source>
        <translation>Mae&apos;r atgyfeiriadau a dderbyniwch yn perthyn i&apos;ch tîm chi</translation>
    </message>
    <message>
        <source>Could not load sites, teams and workers: {message}</source>
        <translation>Methu llwytho safleoedd, timau a gweithwyr: {message}</translation>
    </message>
    <message>
        <source>&lt;b&gt;This referral will be for {name}&lt;/b&gt;, born {date}, who is already on record. Their details and contacts are kept as they are; change them on their record.</source>
        <translation>&lt;b&gt;Bydd yr atgyfeiriad hwn ar gyfer {name}&lt;/b&gt;, a anwyd {date}, sydd eisoes ar gofnod. Caiff ei fanylion a&apos;i gysylltiadau eu cadw fel y maen nhw; newidiwch nhw ar ei gofnod.</translation>
    </message>
    <message>
        <source>same NHS number</source>
        <translation>yr un rhif GIG</translation>
    </message>
    <message>
        <source>same PNC ID</source>
        <translation>yr un ID PNC</translation>
    </message>
    <message>
        <source>same date of birth and name</source>
        <translation>yr un dyddiad geni ac enw</translation>
    </message>
    <message>
        <source>same date of birth and a similar name</source>
        <translation>yr un dyddiad geni ac enw tebyg</translation>
    </message>
    <message>
        <source>given and family names the other way round</source>
        <translation>enw cyntaf a chyfenw y ffordd arall</translation>
    </message>
    <message>
        <source>but a different NHS number</source>
        <translation>ond rhif GIG gwahanol</translation>
    </message>
    <message>
        <source>but a different PNC ID</source>
        <translation>ond ID PNC gwahanol</translation>
    </message>
    <message>
        <source>one name a nickname of the other</source>
        <translation>un enw&apos;n llysenw ar y llall</translation>
    </message>
    <message>
        <source>names that sound the same</source>
        <translation>enwau sy&apos;n swnio&apos;r un fath</translation>
    </message>
    <message>
        <source>date of birth with day and month swapped, and a similar name</source>
        <translation>dyddiad geni gyda&apos;r diwrnod a&apos;r mis wedi&apos;u cyfnewid, ac enw tebyg</translation>
    </message>
    <message>
        <source>date of birth a day out, and a similar name</source>
        <translation>dyddiad geni ddiwrnod allan, ac enw tebyg</translation>
    </message>
    <message>
        <source>date of birth a month out, and a similar name</source>
        <translation>dyddiad geni fis allan, ac enw tebyg</translation>
    </message>
    <message>
        <source>date of birth a year out, and a similar name</source>
        <translation>dyddiad geni flwyddyn allan, ac enw tebyg</translation>
    </message>
    <message>
        <source>date of birth with the day&apos;s digits swapped, and a similar name</source>
        <translation>dyddiad geni gyda digidau&apos;r diwrnod wedi&apos;u cyfnewid, ac enw tebyg</translation>
    </message>
    <message>
        <source>same postcode</source>
        <translation>yr un cod post</translation>
    </message>
    <message>
        <source>Same identifier</source>
        <translation>Yr un dynodwr</translation>
    </message>
    <message>
        <source>Likely the same person</source>
        <translation>Yr un person yn debygol</translation>
    </message>
    <message>
        <source>Possibly the same person</source>
        <translation>Yr un person o bosibl</translation>
    </message>
    <message>
        <source>{score}% match</source>
        <translation>{score}% yn cyfateb</translation>
    </message>
    <message>
        <source>Match strength</source>
        <translation>Cryfder y cyfatebiaeth</translation>
    </message>
    <message>
        <source>Born {date} (aged {age})</source>
        <translation>Ganwyd {date} ({age} oed)</translation>
    </message>
    <message>
        <source>PNC {id}</source>
        <translation>PNC {id}</translation>
    </message>
    <message>
        <source>NHS {n}</source>
        <translation>GIG {n}</translation>
    </message>
    <message>
        <source>{strength} ({score}%)</source>
        <translation>{strength} ({score}%)</translation>
    </message>
    <message>
        <source>Open on {pathway} — {stage} (since {date})</source>
        <translation>Ar agor ar {pathway} — {stage} (ers {date})</translation>
    </message>
    <message>
        <source>Already open on this pathway: check before adding another referral.</source>
        <translation>Eisoes ar agor ar y llwybr hwn: gwiriwch cyn ychwanegu atgyfeiriad arall.</translation>
    </message>
    <message>
        <source>Closed before: {list}</source>
        <translation>Caewyd o&apos;r blaen: {list}</translation>
    </message>
    <message>
        <source>Last closed {date}</source>
        <translation>Caewyd ddiwethaf {date}</translation>
    </message>
    <message>
        <source>Known to {teams}{open}. Their details are not shown to you: ask that team.</source>
        <translation>Yn hysbys i {teams}{open}. Ni ddangosir ei fanylion i chi: gofynnwch i&apos;r tîm hwnnw.</translation>
    </message>
    <message>
        <source>another team</source>
        <translation>tîm arall</translation>
    </message>
    <message>
        <source>, with an open referral</source>
        <translation>, gydag atgyfeiriad agored</translation>
    </message>
    <message>
        <source>No referrals on record.</source>
        <translation>Dim atgyfeiriadau ar gofnod.</translation>
    </message>
    <message>
        <source>Use this person</source>
        <translation>Defnyddio&apos;r person hwn</translation>
    </message>
    <message>
        <source>Use {name}, born {date}</source>
        <translation>Defnyddio {name}, a anwyd {date}</translation>
    </message>
    <message>
        <source>Possible match: {name}</source>
        <translation>Cyfatebiaeth bosibl: {name}</translation>
    </message>
    <message>
        <source>Chosen ✓</source>
        <translation>Wedi&apos;i ddewis ✓</translation>
    </message>
    <message>
        <source>Already known?</source>
        <translation>Eisoes yn hysbys?</translation>
    </message>
    <message>
        <source>Possible matches status</source>
        <translation>Statws cyfatebiaethau posibl</translation>
    </message>
    <message>
        <source>Possible matches</source>
        <translation>Cyfatebiaethau posibl</translation>
    </message>
    <message>
        <source>People already on record who may be this young person are shown here once a name and date of birth, or a PNC ID or NHS number, are entered.</source>
        <translation>Dangosir yma bobl sydd eisoes ar gofnod a allai fod y person ifanc hwn unwaith y rhoddir enw a dyddiad geni, neu ID PNC neu rif GIG.</translation>
    </message>
    <message>
        <source>Looking for people already on record…</source>
        <translation>Wrthi&apos;n chwilio am bobl sydd eisoes ar gofnod…</translation>
    </message>
    <message>
        <source>Could not look for matches: {message}</source>
        <translation>Methu chwilio am gyfatebiaethau: {message}</translation>
    </message>
    <message>
        <source>No one on record matches. Carry on: a new person will be added.</source>
        <translation>Does neb ar gofnod yn cyfateb. Ewch ymlaen: caiff person newydd ei ychwanegu.</translation>
    </message>
    <message>
        <source>One person on record may be this young person.</source>
        <translation>Gallai un person ar gofnod fod y person ifanc hwn.</translation>
    </message>
    <message>
        <source>{n} people on record may be this young person.</source>
        <translation>Gallai {n} person ar gofnod fod y person ifanc hwn.</translation>
    </message>
    <message>
        <source>Use one if it is them; otherwise carry on and a new person is added.</source>
        <translation>Defnyddiwch un os mai nhw ydyw; fel arall ewch ymlaen a chaiff person newydd ei ychwanegu.</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Ymyriad</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesiwn</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenoldeb</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>Pwy ddaeth</translation>
    </message>
    <message>
        <source> (ended)</source>
        <translation> (wedi dod i ben)</translation>
    </message>
    <message>
        <source>no sessions yet</source>
        <translation>dim sesiynau eto</translation>
    </message>
    <message>
        <source>young person</source>
        <translation>person ifanc</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Cofnodwyd</translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation>{n} mis</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Yn hwyr</translation>
    </message>
    <message>
        <source>police contact {date}</source>
        <translation>cyswllt â&apos;r heddlu {date}</translation>
    </message>
    <message>
        <source>no police contact</source>
        <translation>dim cyswllt â&apos;r heddlu</translation>
    </message>
    <message>
        <source>ED {n}</source>
        <translation>AAB {n}</translation>
    </message>
    <message>
        <source>suspect {b}→{a}, victim {vb}→{va}</source>
        <translation>a amheuir {b}→{a}, dioddefwr {vb}→{va}</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Ymyriadau</translation>
    </message>
    <message>
        <source>Interventions and sessions</source>
        <translation>Ymyriadau a sesiynau</translation>
    </message>
    <message>
        <source>&amp;Add intervention…</source>
        <translation>&amp;Ymyriad newydd…</translation>
    </message>
    <message>
        <source>1-2-1 work or a group programme place (Insert)</source>
        <translation>Gwaith 1-i-1 neu le ar raglen grŵp (Insert)</translation>
    </message>
    <message>
        <source>&amp;Plan session…</source>
        <translation>Cynllunio &amp;sesiwn…</translation>
    </message>
    <message>
        <source>Record atten&amp;dance…</source>
        <translation>Cofnodi p&amp;resenoldeb…</translation>
    </message>
    <message>
        <source>Who came to the selected session (Enter)</source>
        <translation>Pwy ddaeth i&apos;r sesiwn a ddewiswyd (Enter)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Gorffen</translation>
    </message>
    <message>
        <source>End the selected intervention</source>
        <translation>Dod â&apos;r ymyriad a ddewiswyd i ben</translation>
    </message>
    <message>
        <source>{label}: attended {a}, did not attend {d}, cancelled {c}</source>
        <translation>{label}: mynychwyd {a}, heb fynychu {d}, canslwyd {c}</translation>
    </message>
    <message>
        <source>No interventions yet.</source>
        <translation>Dim ymyriadau eto.</translation>
    </message>
    <message>
        <source>Follow-up checks</source>
        <translation>Gwiriadau dilynol</translation>
    </message>
    <message>
        <source>Record &amp;check…</source>
        <translation>Cofnodi &amp;gwiriad…</translation>
    </message>
    <message>
        <source>Re&amp;open referral…</source>
        <translation>Ail&amp;agor yr atgyfeiriad…</translation>
    </message>
    <message>
        <source>Checks at 3, 6 and 12 months are scheduled when the referral closes.</source>
        <translation>Trefnir gwiriadau ar ôl 3, 6 a 12 mis pan fydd yr atgyfeiriad yn cau.</translation>
    </message>
    <message>
        <source>A check is recorded from its due date (Enter)</source>
        <translation>Cofnodir gwiriad o&apos;i ddyddiad dyledus (Enter)</translation>
    </message>
    <message>
        <source>Casework: timer breached</source>
        <comment>notifier</comment>
        <translation>Casework: amserydd wedi&apos;i dorri</translation>
    </message>
    <message>
        <source>{rule} breached — referral {id}</source>
        <comment>notifier</comment>
        <translation>{rule} wedi&apos;i dorri — atgyfeiriad {id}</translation>
    </message>
    <message>
        <source>{rule} due at {time} — referral {id}</source>
        <comment>notifier</comment>
        <translation>{rule} erbyn {time} — atgyfeiriad {id}</translation>
    </message>
    <message>
        <source>{rule} due soon — referral {id}</source>
        <comment>notifier</comment>
        <translation>{rule} yn ddyledus cyn bo hir — atgyfeiriad {id}</translation>
    </message>
    <message>
        <source>Casework: timer due soon</source>
        <comment>notifier</comment>
        <translation>Casework: amserydd yn ddyledus cyn bo hir</translation>
    </message>
    <message>
        <source>{n} breached</source>
        <comment>notifier</comment>
        <translation>{n} wedi&apos;u torri</translation>
    </message>
    <message>
        <source>{n} due soon</source>
        <comment>notifier</comment>
        <translation>{n} yn ddyledus cyn bo hir</translation>
    </message>
    <message>
        <source>Casework: {n} new alert</source>
        <comment>notifier</comment>
        <translation>Casework: {n} rhybudd newydd</translation>
    </message>
    <message>
        <source>Casework: {n} new alerts</source>
        <comment>notifier</comment>
        <translation>Casework: {n} rhybudd newydd</translation>
    </message>
    <message>
        <source>referral {ids}</source>
        <comment>notifier</comment>
        <translation>atgyfeiriad {ids}</translation>
    </message>
    <message>
        <source>referrals {ids}</source>
        <comment>notifier</comment>
        <translation>atgyfeiriadau {ids}</translation>
    </message>
    <message>
        <source>Casework</source>
        <comment>notifier</comment>
        <translation>Casework</translation>
    </message>
    <message>
        <source>Show alerts</source>
        <comment>notifier</comment>
        <translation>Dangos rhybuddion</translation>
    </message>
    <message>
        <source>New alert</source>
        <comment>notifier</comment>
        <translation>Rhybudd newydd</translation>
    </message>
    <message>
        <source>{n} new alerts</source>
        <comment>notifier</comment>
        <translation>{n} rhybudd newydd</translation>
    </message>
    <message>
        <source>Casework — {n} unread alert</source>
        <comment>notifier</comment>
        <translation>Casework — {n} rhybudd heb ei ddarllen</translation>
    </message>
    <message>
        <source>Casework — {n} unread alerts</source>
        <comment>notifier</comment>
        <translation>Casework — {n} rhybudd heb eu darllen</translation>
    </message>
    <message>
        <source>Casework — no unread alerts</source>
        <comment>notifier</comment>
        <translation>Casework — dim rhybuddion heb eu darllen</translation>
    </message>
    <message>
        <source>Could not check SLA deadlines (will try again): {error}</source>
        <comment>notifier</comment>
        <translation>Methu gwirio terfynau amser SLA (bydd yn ceisio eto): {error}</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Mynychodd</translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation>Heb fynychu</translation>
    </message>
    <message>
        <source>Cancelled by the young person or family</source>
        <translation>Canslwyd gan y person ifanc neu&apos;r teulu</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Wedi&apos;i chynllunio</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Cynhaliwyd</translation>
    </message>
    <message>
        <source>Session cancelled</source>
        <translation>Sesiwn wedi&apos;i chanslo</translation>
    </message>
    <message>
        <source>Add intervention — {name} — Casework</source>
        <translation>Ychwanegu ymyriad — {name} — Casework</translation>
    </message>
    <message>
        <source>Kind of intervention</source>
        <translation>Math o ymyriad</translation>
    </message>
    <message>
        <source>1-2-1 work</source>
        <translation>Gwaith 1-i-1</translation>
    </message>
    <message>
        <source>Group programme</source>
        <translation>Rhaglen grŵp</translation>
    </message>
    <message>
        <source>with the &amp;child</source>
        <translation>gyda&apos;r &amp;plentyn</translation>
    </message>
    <message>
        <source>with the pa&amp;rents or carers</source>
        <translation>gyda&apos;r rhieni neu o&amp;falwyr</translation>
    </message>
    <message>
        <source>1-2-1 work with</source>
        <translation>Gwaith 1-i-1 gyda</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Dechreuwyd ar</translation>
    </message>
    <message>
        <source>Kind *:</source>
        <translation>Math *:</translation>
    </message>
    <message>
        <source>With *:</source>
        <translation>Gyda *:</translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation>Rhaglen:</translation>
    </message>
    <message>
        <source>Started on *:</source>
        <translation>Dechreuwyd ar *:</translation>
    </message>
    <message>
        <source>Add an intervention</source>
        <translation>Ychwanegu ymyriad</translation>
    </message>
    <message>
        <source>1-2-1 work with the young person and/or their parents or carers, or a place on a group programme (its sessions are planned on the Group programmes page).</source>
        <translation>Gwaith 1-i-1 gyda&apos;r person ifanc a/neu ei rieni neu ofalwyr, neu le ar raglen grŵp (caiff ei sesiynau eu cynllunio ar y dudalen Rhaglenni grŵp).</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ychwanegu</translation>
    </message>
    <message>
        <source>Plan a session — {name} — Casework</source>
        <translation>Cynllunio sesiwn — {name} — Casework</translation>
    </message>
    <message>
        <source>Starts at (UK time)</source>
        <translation>Yn dechrau am (amser y DU)</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> munud</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Hyd mewn munudau</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <source>Starts at *:</source>
        <translation>Yn dechrau am *:</translation>
    </message>
    <message>
        <source>Length *:</source>
        <translation>Hyd *:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Ble:</translation>
    </message>
    <message>
        <source>Plan a session</source>
        <translation>Cynllunio sesiwn</translation>
    </message>
    <message>
        <source>{name}. Attendance is recorded once the session has started.</source>
        <translation>{name}. Cofnodir presenoldeb unwaith y bydd y sesiwn wedi dechrau.</translation>
    </message>
    <message>
        <source>&amp;Plan session</source>
        <translation>&amp;Cynllunio&apos;r sesiwn</translation>
    </message>
    <message>
        <source>Attendance — {who} — Casework</source>
        <translation>Presenoldeb — {who} — Casework</translation>
    </message>
    <message>
        <source>The &amp;young person came</source>
        <translation>Daeth y &amp;person ifanc</translation>
    </message>
    <message>
        <source>Attendance *:</source>
        <translation>Presenoldeb *:</translation>
    </message>
    <message>
        <source>Who came:</source>
        <translation>Pwy ddaeth:</translation>
    </message>
    <message>
        <source>Record attendance</source>
        <translation>Cofnodi presenoldeb</translation>
    </message>
    <message>
        <source>{who} — session of {when}.</source>
        <translation>{who} — sesiwn {when}.</translation>
    </message>
    <message>
        <source>&amp;Save attendance</source>
        <translation>&amp;Cadw&apos;r presenoldeb</translation>
    </message>
    <message>
        <source>follow-up check</source>
        <translation>gwiriad dilynol</translation>
    </message>
    <message>
        <source>{months}-month check — {who} — Casework</source>
        <translation>Gwiriad {months} mis — {who} — Casework</translation>
    </message>
    <message>
        <source>Further police contact since closure *:</source>
        <translation>Cyswllt pellach â&apos;r heddlu ers cau *:</translation>
    </message>
    <message>
        <source>Date of first contact:</source>
        <translation>Dyddiad y cyswllt cyntaf:</translation>
    </message>
    <message>
        <source>Due {due}. Police occurrences: the 12 months before the referral, and (at the 12-month check) the 12 months after it.</source>
        <translation>Erbyn {due}. Digwyddiadau&apos;r heddlu: y 12 mis cyn yr atgyfeiriad, ac (yn y gwiriad 12 mis) y 12 mis ar ei ôl.</translation>
    </message>
    <message>
        <source>Record the {months}-month follow-up check</source>
        <translation>Cofnodi&apos;r gwiriad dilynol {months} mis</translation>
    </message>
    <message>
        <source>&amp;Save check</source>
        <translation>&amp;Cadw&apos;r gwiriad</translation>
    </message>
    <message>
        <source>Reopen referral — {name} — Casework</source>
        <translation>Ailagor atgyfeiriad — {name} — Casework</translation>
    </message>
    <message>
        <source>Why it is reopened (required)</source>
        <translation>Pam mae&apos;n cael ei ailagor (gofynnol)</translation>
    </message>
    <message>
        <source>Why *:</source>
        <translation>Pam *:</translation>
    </message>
    <message>
        <source>Reopen the referral</source>
        <translation>Ailagor yr atgyfeiriad</translation>
    </message>
    <message>
        <source>The closure is undone: the referral goes back to the stage it was closed from and its follow-up checks are cancelled. Closing it again schedules new ones.</source>
        <translation>Caiff y cau ei ddadwneud: mae&apos;r atgyfeiriad yn mynd yn ôl i&apos;r cam y caewyd ef ohono a chaiff ei wiriadau dilynol eu canslo. Mae ei gau eto&apos;n trefnu rhai newydd.</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Ailagor</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>&amp;Cyfrinair presennol</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>Cyfrinair &amp;newydd</translation>
    </message>
    <message>
        <source>C&amp;onfirm new password</source>
        <translation>C&amp;adarnhau&apos;r cyfrinair newydd</translation>
    </message>
    <message>
        <source>Given name (required)</source>
        <translation>Enw cyntaf (gofynnol)</translation>
    </message>
    <message>
        <source>Family name (required)</source>
        <translation>Cyfenw (gofynnol)</translation>
    </message>
    <message>
        <source>Date of birth (required), day/month/year</source>
        <translation>Dyddiad geni (gofynnol), diwrnod/mis/blwyddyn</translation>
    </message>
    <message>
        <source>e.g. Milton Keynes</source>
        <translation>e.e. Milton Keynes</translation>
    </message>
    <message>
        <source>e.g. MK9 2AA</source>
        <translation>e.e. MK9 2AA</translation>
    </message>
    <message>
        <source>e.g. 12/3456789A</source>
        <translation>e.e. 12/3456789A</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 digid</translation>
    </message>
    <message>
        <source>{date} — aged {age}</source>
        <translation>{date} — {age} oed</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Perthynas</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>No parent or carer recorded yet.</source>
        <translation>Dim rhiant na gofalwr wedi&apos;i gofnodi eto.</translation>
    </message>
    <message>
        <source>Add parent or carer</source>
        <translation>Ychwanegu rhiant neu ofalwr</translation>
    </message>
    <message>
        <source>e.g. 07700 900123</source>
        <translation>e.e. 07700 900123</translation>
    </message>
    <message>
        <source>Parent/carer</source>
        <translation>Rhiant/gofalwr</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Contact {n} error</source>
        <translation>Gwall cyswllt {n}</translation>
    </message>
    <message>
        <source>Contact {n} name</source>
        <translation>Enw cyswllt {n}</translation>
    </message>
    <message>
        <source>Contact {n} relationship</source>
        <translation>Perthynas cyswllt {n}</translation>
    </message>
    <message>
        <source>Contact {n} phone</source>
        <translation>Ffôn cyswllt {n}</translation>
    </message>
    <message>
        <source>Contact {n} is a parent or carer</source>
        <translation>Mae cyswllt {n} yn rhiant neu&apos;n ofalwr</translation>
    </message>
    <message>
        <source>Remove contact {n}</source>
        <translation>Tynnu cyswllt {n}</translation>
    </message>
    <message>
        <source>Contact {n}</source>
        <translation>Cyswllt {n}</translation>
    </message>
    <message>
        <source>Edit {name} — Casework</source>
        <translation>Golygu {name} — Casework</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Gwrthdaro</translation>
    </message>
    <message>
        <source>Use &amp;their version</source>
        <translation>Defnyddio &amp;eu fersiwn nhw</translation>
    </message>
    <message>
        <source>Use their version</source>
        <translation>Defnyddio eu fersiwn nhw</translation>
    </message>
    <message>
        <source>&amp;Keep my changes</source>
        <translation>&amp;Cadw fy newidiadau</translation>
    </message>
    <message>
        <source>Keep my changes</source>
        <translation>Cadw fy newidiadau</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Young person&apos;s details</source>
        <translation>Manylion y person ifanc</translation>
    </message>
    <message>
        <source>Parents and carers: none recorded.</source>
        <translation>Rhieni a gofalwyr: dim wedi&apos;u cofnodi.</translation>
    </message>
    <message>
        <source>Parents and carers: {list}</source>
        <translation>Rhieni a gofalwyr: {list}</translation>
    </message>
    <message>
        <source>Someone else changed these details while you had them open. Nothing was saved; your typing is still here. Loading their version…</source>
        <translation>Newidiodd rhywun arall y manylion hyn tra oedd gennych nhw ar agor. Ni chadwyd dim; mae eich teipio yma o hyd. Wrthi&apos;n llwytho eu fersiwn nhw…</translation>
    </message>
    <message>
        <source>{field}: {before} → {after}</source>
        <translation>{field}: {before} → {after}</translation>
    </message>
    <message>
        <source>Someone else changed these details while you had them open. Nothing was saved; your typing is still here.{changed}

Use their version (your typing is dropped), or keep your changes: what you changed keeps your value, everything else takes theirs, then Save.</source>
        <translation>Newidiodd rhywun arall y manylion hyn tra oedd gennych nhw ar agor. Ni chadwyd dim; mae eich teipio yma o hyd.{changed}

Defnyddiwch eu fersiwn nhw (caiff eich teipio ei ollwng), neu cadwch eich newidiadau: mae&apos;r hyn a newidiwyd gennych yn cadw eich gwerth, mae popeth arall yn cymryd eu gwerth nhw, yna Cadw.</translation>
    </message>
    <message>
        <source>They changed:</source>
        <translation>Fe wnaethon nhw newid:</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Canslwyd</translation>
    </message>
    <message>
        <source>You may record attendance only for the young people whose referral you may change (a caseworker: assigned to you; a team lead: your team&apos;s).</source>
        <translation>Dim ond ar gyfer y bobl ifanc y cewch newid eu hatgyfeiriad y cewch gofnodi presenoldeb (gweithiwr achos: wedi&apos;u neilltuo i chi; arweinydd tîm: rhai eich tîm).</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Rhaglen</translation>
    </message>
    <message>
        <source>Young people</source>
        <translation>Pobl ifanc</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiynau</translation>
    </message>
    <message>
        <source>not on roster</source>
        <translation>ddim ar y rhestr</translation>
    </message>
    <message>
        <source>New group programme — Casework</source>
        <translation>Rhaglen grŵp newydd — Casework</translation>
    </message>
    <message>
        <source>Name (required)</source>
        <translation>Enw (gofynnol)</translation>
    </message>
    <message>
        <source>Any pathway</source>
        <translation>Unrhyw lwybr</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <source>Name *:</source>
        <translation>Enw *:</translation>
    </message>
    <message>
        <source>Pathway:</source>
        <translation>Llwybr:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Disgrifiad:</translation>
    </message>
    <message>
        <source>New group programme</source>
        <translation>Rhaglen grŵp newydd</translation>
    </message>
    <message>
        <source>e.g. boxing or football sessions. Young people from any referral (of the pathway) can join its roster.</source>
        <translation>e.e. sesiynau bocsio neu bêl-droed. Gall pobl ifanc o unrhyw atgyfeiriad (ar y llwybr) ymuno â&apos;i rhestr.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Creu</translation>
    </message>
    <message>
        <source>Add to {name} — Casework</source>
        <translation>Ychwanegu at {name} — Casework</translation>
    </message>
    <message>
        <source>Referral number (required)</source>
        <translation>Rhif atgyfeiriad (gofynnol)</translation>
    </message>
    <message>
        <source>e.g. 1042</source>
        <translation>e.e. 1042</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Ymunodd ar</translation>
    </message>
    <message>
        <source>Referral number *:</source>
        <translation>Rhif atgyfeiriad *:</translation>
    </message>
    <message>
        <source>Joined on *:</source>
        <translation>Ymunodd ar *:</translation>
    </message>
    <message>
        <source>Add a young person to the roster</source>
        <translation>Ychwanegu person ifanc at y rhestr</translation>
    </message>
    <message>
        <source>The referral number is on the referral record (Referral #…). The referral must be open.</source>
        <translation>Mae rhif yr atgyfeiriad ar gofnod yr atgyfeiriad (Atgyfeiriad #…). Rhaid i&apos;r atgyfeiriad fod ar agor.</translation>
    </message>
    <message>
        <source>give the referral number</source>
        <translation>rhowch rif yr atgyfeiriad</translation>
    </message>
    <message>
        <source>Group programmes</source>
        <translation>Rhaglenni grŵp</translation>
    </message>
    <message>
        <source>&amp;New programme…</source>
        <translation>&amp;Rhaglen newydd…</translation>
    </message>
    <message>
        <source>Choose a programme</source>
        <translation>Dewiswch raglen</translation>
    </message>
    <message>
        <source>Roster and attendance</source>
        <translation>Rhestr a phresenoldeb</translation>
    </message>
    <message>
        <source>On a session&apos;s cell: A attended, D did not attend, C cancelled, Enter for who came. Ctrl+O opens the young person&apos;s referral.</source>
        <translation>Ar gell sesiwn: A mynychodd, D heb fynychu, C canslwyd, Enter i ddweud pwy ddaeth. Mae Ctrl+O yn agor atgyfeiriad y person ifanc.</translation>
    </message>
    <message>
        <source>A&amp;dd young person…</source>
        <translation>Ychwanegu &amp;person ifanc…</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>Canslo&apos;r sesiwn</translation>
    </message>
    <message>
        <source>Cancel the selected session</source>
        <translation>Canslo&apos;r sesiwn a ddewiswyd</translation>
    </message>
    <message>
        <source>any pathway</source>
        <translation>unrhyw lwybr</translation>
    </message>
    <message>
        <source> (and {k} from other teams&apos; referrals)</source>
        <translation> (a {k} o atgyfeiriadau timau eraill)</translation>
    </message>
    <message>
        <source>{pathway} · {team} · {n} young people{others} · {s} sessions{ended}</source>
        <translation>{pathway} · {team} · {n} person ifanc{others} · {s} sesiwn{ended}</translation>
    </message>
    <message>
        <source>no team</source>
        <translation>dim tîm</translation>
    </message>
    <message>
        <source> · ended</source>
        <translation> · wedi dod i ben</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Message action</source>
        <translation>Gweithred y neges</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Diystyru</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Diystyru&apos;r neges</translation>
    </message>
    <message>
        <source>Referral record</source>
        <translation>Cofnod atgyfeiriad</translation>
    </message>
    <message>
        <source>Pathway, stage and status</source>
        <translation>Llwybr, cam a statws</translation>
    </message>
    <message>
        <source>Worker, team, site and received time</source>
        <translation>Gweithiwr, tîm, safle ac amser derbyn</translation>
    </message>
    <message>
        <source>&amp;Record event…</source>
        <translation>&amp;Cofnodi digwyddiad…</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>Ychwanegu &amp;nodyn…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Ail-lwytho</translation>
    </message>
    <message>
        <source>Record event (Ctrl+E)</source>
        <translation>Cofnodi digwyddiad (Ctrl+E)</translation>
    </message>
    <message>
        <source>Record what happened (Ctrl+E)</source>
        <translation>Cofnodi beth ddigwyddodd (Ctrl+E)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ychwanegu nodyn</translation>
    </message>
    <message>
        <source>A&amp;ssign…</source>
        <translation>N&amp;eilltuo…</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Neilltuo</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>C&amp;au…</translation>
    </message>
    <message>
        <source>Close referral</source>
        <translation>Cau&apos;r atgyfeiriad</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>Symud i:</translation>
    </message>
    <message>
        <source>Read only: you may read this referral but not change it.</source>
        <translation>Darllen yn unig: cewch ddarllen yr atgyfeiriad hwn ond nid ei newid.</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Darllen yn unig</translation>
    </message>
    <message>
        <source>&amp;Who has looked…</source>
        <translation>&amp;Pwy sydd wedi edrych…</translation>
    </message>
    <message>
        <source>Who has opened or changed this referral, and when</source>
        <translation>Pwy sydd wedi agor neu newid yr atgyfeiriad hwn, a phryd</translation>
    </message>
    <message>
        <source>Timers</source>
        <translation>Amseryddion</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Toriadau</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Ganwyd</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>&amp;Golygu&apos;r manylion…</translation>
    </message>
    <message>
        <source>Edit the young person&apos;s details</source>
        <translation>Golygu manylion y person ifanc</translation>
    </message>
    <message>
        <source>Subject &amp;access export…</source>
        <translation>Allforio &amp;mynediad at ddata gwrthrych…</translation>
    </message>
    <message>
        <source>Export everything held about the young person</source>
        <translation>Allforio popeth a gedwir am y person ifanc</translation>
    </message>
    <message>
        <source>Who has looked at them…</source>
        <translation>Pwy sydd wedi edrych arnyn nhw…</translation>
    </message>
    <message>
        <source>Who has looked at this young person&apos;s record</source>
        <translation>Pwy sydd wedi edrych ar gofnod y person ifanc hwn</translation>
    </message>
    <message>
        <source>Who has opened or changed this young person&apos;s details or any of their referrals</source>
        <translation>Pwy sydd wedi agor neu newid manylion y person ifanc hwn neu unrhyw un o&apos;i atgyfeiriadau</translation>
    </message>
    <message>
        <source>MASH safeguarding referral</source>
        <translation>Atgyfeiriad diogelu MASH</translation>
    </message>
    <message>
        <source>Record &amp;MASH referral sent…</source>
        <translation>Cofnodi bod atgyfeiriad &amp;MASH wedi&apos;i anfon…</translation>
    </message>
    <message>
        <source>Record the MASH referral as sent</source>
        <translation>Cofnodi bod yr atgyfeiriad MASH wedi&apos;i anfon</translation>
    </message>
    <message>
        <source>Safeguarding: MASH referral</source>
        <translation>Diogelu: atgyfeiriad MASH</translation>
    </message>
    <message>
        <source>Other referrals of this young person</source>
        <translation>Atgyfeiriadau eraill y person ifanc hwn</translation>
    </message>
    <message>
        <source>Timers, breaches, interventions and the young person</source>
        <translation>Amseryddion, toriadau, ymyriadau a&apos;r person ifanc</translation>
    </message>
    <message>
        <source>Event timeline</source>
        <translation>Llinell amser digwyddiadau</translation>
    </message>
    <message>
        <source>Selected event</source>
        <translation>Y digwyddiad a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;Dirymu…</translation>
    </message>
    <message>
        <source>Void the selected event</source>
        <translation>Dirymu&apos;r digwyddiad a ddewiswyd</translation>
    </message>
    <message>
        <source>C&amp;orrect…</source>
        <translation>Cyw&amp;iro…</translation>
    </message>
    <message>
        <source>Correct the selected event</source>
        <translation>Cywiro&apos;r digwyddiad a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Llinell amser</translation>
    </message>
    <message>
        <source>The record could not be loaded: {message}</source>
        <translation>Methu llwytho&apos;r cofnod: {message}</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Rhoi cynnig arall arni</translation>
    </message>
    <message>
        <source>{name}, {age}</source>
        <translation>{name}, {age}</translation>
    </message>
    <message>
        <source>{pathway} · Closed {when} — {outcome}</source>
        <translation>{pathway} · Caewyd {when} — {outcome}</translation>
    </message>
    <message>
        <source>{pathway} · {stage} · Open</source>
        <translation>{pathway} · {stage} · Ar agor</translation>
    </message>
    <message>
        <source>Assigned to {user}</source>
        <translation>Wedi&apos;i neilltuo i {user}</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Heb ei neilltuo</translation>
    </message>
    <message>
        <source>Team: {team}</source>
        <translation>Tîm: {team}</translation>
    </message>
    <message>
        <source>Site: {site}</source>
        <translation>Safle: {site}</translation>
    </message>
    <message>
        <source>No site</source>
        <translation>Dim safle</translation>
    </message>
    <message>
        <source>Received {when} ({source})</source>
        <translation>Derbyniwyd {when} ({source})</translation>
    </message>
    <message>
        <source>Referral #{id}</source>
        <translation>Atgyfeiriad #{id}</translation>
    </message>
    <message>
        <source>{name} — {pathway}</source>
        <translation>{name} — {pathway}</translation>
    </message>
    <message>
        <source>{title} — Casework</source>
        <translation>{title} — Casework</translation>
    </message>
    <message>
        <source>Move to {stage}</source>
        <translation>Symud i {stage}</translation>
    </message>
    <message>
        <source>Move the referral from {a} to {b}</source>
        <translation>Symud yr atgyfeiriad o {a} i {b}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{rule}&lt;/b&gt; — due {when} · {state}</source>
        <translation>&lt;b&gt;{rule}&lt;/b&gt; — erbyn {when} · {state}</translation>
    </message>
    <message>
        <source>Reason: {category} — {text}</source>
        <translation>Rheswm: {category} — {text}</translation>
    </message>
    <message>
        <source>Challenged by {who}: {comment}</source>
        <translation>Heriwyd gan {who}: {comment}</translation>
    </message>
    <message>
        <source>Breach of {rule}</source>
        <translation>Toriad {rule}</translation>
    </message>
    <message>
        <source>Give reason…</source>
        <translation>Rhoi rheswm…</translation>
    </message>
    <message>
        <source>Change reason…</source>
        <translation>Newid y rheswm…</translation>
    </message>
    <message>
        <source>Give the reason for the {rule} breach</source>
        <translation>Rhoi&apos;r rheswm dros doriad {rule}</translation>
    </message>
    <message>
        <source>None: this is the young person&apos;s only referral.</source>
        <translation>Dim: dyma unig atgyfeiriad y person ifanc.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{pathway}&lt;/b&gt; — open, {stage} (received {when})</source>
        <translation>&lt;b&gt;{pathway}&lt;/b&gt; — ar agor, {stage} (derbyniwyd {when})</translation>
    </message>
    <message>
        <source>{pathway} — closed {when}: {outcome}</source>
        <translation>{pathway} — caewyd {when}: {outcome}</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>wedi cau</translation>
    </message>
    <message>
        <source>Referral {id} on {pathway}</source>
        <translation>Atgyfeiriad {id} ar {pathway}</translation>
    </message>
    <message>
        <source>Open #{id}</source>
        <translation>Agor #{id}</translation>
    </message>
    <message>
        <source>Open referral {id}</source>
        <translation>Agor atgyfeiriad {id}</translation>
    </message>
    <message>
        <source>{n} referral elsewhere you cannot open</source>
        <translation>{n} atgyfeiriad mewn man arall na allwch ei agor</translation>
    </message>
    <message>
        <source>{n} referrals elsewhere you cannot open</source>
        <translation>{n} atgyfeiriad mewn man arall na allwch eu hagor</translation>
    </message>
    <message>
        <source>Other referrals of this young person ({open} open, {all} in all)</source>
        <translation>Atgyfeiriadau eraill y person ifanc hwn ({open} ar agor, {all} i gyd)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sent&lt;/b&gt; to {mash} on {when} by {who}</source>
        <translation>&lt;b&gt;Anfonwyd&lt;/b&gt; at {mash} ar {when} gan {who}</translation>
    </message>
    <message>
        <source>Reference: {ref}</source>
        <translation>Cyfeirnod: {ref}</translation>
    </message>
    <message>
        <source>Sent after the {target} target.</source>
        <translation>Anfonwyd ar ôl y targed {target}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Needed&lt;/b&gt;: {name} lives in {la}, outside this pathway&apos;s area: refer to &lt;b&gt;{mash}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Angen&lt;/b&gt;: mae {name} yn byw yn {la}, y tu allan i ardal y llwybr hwn: atgyfeiriwch at &lt;b&gt;{mash}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The clock starts when the young person is seen in custody.</source>
        <translation>Mae&apos;r cloc yn dechrau pan welir y person ifanc yn y ddalfa.</translation>
    </message>
    <message>
        <source>OVERDUE: was due</source>
        <translation>YN HWYR: roedd yn ddyledus</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Bron yn ddyledus</translation>
    </message>
    <message>
        <source>{state} by {when}</source>
        <translation>{state} erbyn {when}</translation>
    </message>
    <message>
        <source>Home local authority not recorded: record it to know whether a MASH referral is needed.</source>
        <translation>Awdurdod lleol cartref heb ei gofnodi: cofnodwch ef i wybod a oes angen atgyfeiriad MASH.</translation>
    </message>
    <message>
        <source>{date} (aged {age})</source>
        <translation>{date} ({age} oed)</translation>
    </message>
    <message>
        <source>, parent/carer</source>
        <translation>, rhiant/gofalwr</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Dim wedi&apos;u cofnodi</translation>
    </message>
    <message>
        <source>Select an event to see it in full, correct it or void it.</source>
        <translation>Dewiswch ddigwyddiad i&apos;w weld yn llawn, ei gywiro neu ei ddirymu.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nodyn: {note}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Void since {when}: {reason}&lt;/i&gt;</source>
        <translation>&lt;i&gt;Di-rym ers {when}: {reason}&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Recorded by moving, assigning or closing the referral: undo it the same way.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wedi&apos;i gofnodi drwy symud, neilltuo neu gau&apos;r atgyfeiriad: dadwnewch ef yn yr un ffordd.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Exporting everything held about this young person…</source>
        <translation>Wrthi&apos;n allforio popeth a gedwir am y person ifanc hwn…</translation>
    </message>
    <message>
        <source>Who has looked at referral {id}</source>
        <translation>Pwy sydd wedi edrych ar atgyfeiriad {id}</translation>
    </message>
    <message>
        <source>Who has looked at {name}&apos;s record</source>
        <translation>Pwy sydd wedi edrych ar gofnod {name}</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>atgyfeiriad</translation>
    </message>
    <message>
        <source>Reload to see what changed, then try again if it is still right.</source>
        <translation>Ail-lwythwch i weld beth newidiodd, yna rhowch gynnig arall arni os yw&apos;n dal yn gywir.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Ail-lwytho</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Ynghylch</translation>
    </message>
    <message>
        <source>What you typed is kept. Reloading the record…</source>
        <translation>Caiff yr hyn a deipiwyd gennych ei gadw. Wrthi&apos;n ail-lwytho&apos;r cofnod…</translation>
    </message>
    <message>
        <source>Someone else changed this {what} while you had it open; nothing was saved. The record behind this window now shows their change. Check it, then save again if this is still right.</source>
        <translation>Newidiodd rhywun arall y {what} hwn tra oedd gennych ef ar agor; ni chadwyd dim. Mae&apos;r cofnod y tu ôl i&apos;r ffenestr hon bellach yn dangos eu newid. Gwiriwch ef, yna cadwch eto os yw hyn yn dal yn gywir.</translation>
    </message>
    <message>
        <source>Assign — {name} — Casework</source>
        <translation>Neilltuo — {name} — Casework</translation>
    </message>
    <message>
        <source>Assign to *:</source>
        <translation>Neilltuo i *:</translation>
    </message>
    <message>
        <source>Assigned now: {user}</source>
        <translation>Wedi&apos;i neilltuo nawr: {user}</translation>
    </message>
    <message>
        <source>Not assigned yet.</source>
        <translation>Heb ei neilltuo eto.</translation>
    </message>
    <message>
        <source>Team: {team}.</source>
        <translation>Tîm: {team}.</translation>
    </message>
    <message>
        <source>No team.</source>
        <translation>Dim tîm.</translation>
    </message>
    <message>
        <source>Assign the referral</source>
        <translation>Neilltuo&apos;r atgyfeiriad</translation>
    </message>
    <message>
        <source>Assi&amp;gn</source>
        <translation>Neill&amp;tuo</translation>
    </message>
    <message>
        <source>Close referral — {name} — Casework</source>
        <translation>Cau atgyfeiriad — {name} — Casework</translation>
    </message>
    <message>
        <source>Outcome (required)</source>
        <translation>Canlyniad (gofynnol)</translation>
    </message>
    <message>
        <source>Closed at (UK time)</source>
        <translation>Caewyd am (amser y DU)</translation>
    </message>
    <message>
        <source>Outcome *:</source>
        <translation>Canlyniad *:</translation>
    </message>
    <message>
        <source>Closed at *:</source>
        <translation>Caewyd am *:</translation>
    </message>
    <message>
        <source>Close the referral</source>
        <translation>Cau&apos;r atgyfeiriad</translation>
    </message>
    <message>
        <source>Closing stops every timer still running. A closed referral cannot be moved or assigned; notes can still be added.</source>
        <translation>Mae cau yn atal pob amserydd sy&apos;n dal i redeg. Ni ellir symud na neilltuo atgyfeiriad sydd wedi cau; gellir ychwanegu nodiadau o hyd.</translation>
    </message>
    <message>
        <source>C&amp;lose referral</source>
        <translation>C&amp;au&apos;r atgyfeiriad</translation>
    </message>
    <message>
        <source>Breach reason — {name} — Casework</source>
        <translation>Rheswm dros y toriad — {name} — Casework</translation>
    </message>
    <message>
        <source>What happened (required)</source>
        <translation>Beth ddigwyddodd (gofynnol)</translation>
    </message>
    <message>
        <source>Describe what happened (required)</source>
        <translation>Disgrifiwch beth ddigwyddodd (gofynnol)</translation>
    </message>
    <message>
        <source>What happened *:</source>
        <translation>Beth ddigwyddodd *:</translation>
    </message>
    <message>
        <source>Describe it *:</source>
        <translation>Disgrifiwch ef *:</translation>
    </message>
    <message>
        <source>{rule} was due {when} and was not met. State: {state}.</source>
        <translation>Roedd {rule} yn ddyledus {when} ac ni chafodd ei fodloni. Cyflwr: {state}.</translation>
    </message>
    <message>
        <source>The team lead asked: “{comment}”</source>
        <translation>Gofynnodd arweinydd y tîm: “{comment}”</translation>
    </message>
    <message>
        <source>Give the reason for a breach</source>
        <translation>Rhoi&apos;r rheswm dros doriad</translation>
    </message>
    <message>
        <source>&amp;Give reason</source>
        <translation>&amp;Rhoi rheswm</translation>
    </message>
    <message>
        <source>From {a} to {b}</source>
        <translation>O {a} i {b}</translation>
    </message>
    <message>
        <source>To {user}</source>
        <translation>I {user}</translation>
    </message>
    <message>
        <source> (was {user})</source>
        <translation> (roedd gyda {user})</translation>
    </message>
    <message>
        <source>Outcome: {outcome}</source>
        <translation>Canlyniad: {outcome}</translation>
    </message>
    <message>
        <source>When (UK)</source>
        <translation>Pryd (DU)</translation>
    </message>
    <message>
        <source>Details and note</source>
        <translation>Manylion a nodyn</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Cofnodwyd gan</translation>
    </message>
    <message>
        <source>void: </source>
        <translation>di-rym: </translation>
    </message>
    <message>
        <source>{label} (void)</source>
        <translation>{label} (di-rym)</translation>
    </message>
    <message>
        <source>{label} — corrects #{id}</source>
        <translation>{label} — yn cywiro #{id}</translation>
    </message>
    <message>
        <source>Void: {reason}</source>
        <translation>Di-rym: {reason}</translation>
    </message>
    <message>
        <source>{user}, at {when}</source>
        <translation>{user}, am {when}</translation>
    </message>
    <message>
        <source>Recorded by {user} at {when}</source>
        <translation>Cofnodwyd gan {user} am {when}</translation>
    </message>
    <message>
        <source>Corrects event #{id}</source>
        <translation>Yn cywiro digwyddiad #{id}</translation>
    </message>
    <message>
        <source>Void since {when}: {reason}</source>
        <translation>Di-rym ers {when}: {reason}</translation>
    </message>
    <message>
        <source>{type}{programme}, chosen {when}</source>
        <translation>{type}{programme}, dewiswyd {when}</translation>
    </message>
    <message>
        <source>No intervention chosen yet.</source>
        <translation>Dim ymyriad wedi&apos;i ddewis eto.</translation>
    </message>
    <message>
        <source>Sessions: {a} attended, {m} missed.</source>
        <translation>Sesiynau: {a} wedi&apos;u mynychu, {m} wedi&apos;u colli.</translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation>{d} d {h} awr</translation>
    </message>
    <message>
        <source>{d} d</source>
        <translation>{d} d</translation>
    </message>
    <message>
        <source>{h} h {m:02d} min</source>
        <translation>{h} awr {m:02d} mun</translation>
    </message>
    <message>
        <source>{m} min {s:02d} s</source>
        <translation>{m} mun {s:02d} e</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>llai na munud</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} mun</translation>
    </message>
    <message>
        <source>Due {when}</source>
        <translation>Erbyn {when}</translation>
    </message>
    <message>
        <source>Overdue by {d}</source>
        <translation>Yn hwyr o {d}</translation>
    </message>
    <message>
        <source>{d} left</source>
        <translation>{d} ar ôl</translation>
    </message>
    <message>
        <source>Met {d} before the due time</source>
        <translation>Wedi&apos;i fodloni {d} cyn yr amser dyledus</translation>
    </message>
    <message>
        <source>Met {d} after the due time</source>
        <translation>Wedi&apos;i fodloni {d} ar ôl yr amser dyledus</translation>
    </message>
    <message>
        <source>{d} left when resumed</source>
        <translation>{d} ar ôl pan ailddechreuwyd</translation>
    </message>
    <message>
        <source>Starts when its first event is recorded</source>
        <translation>Yn dechrau pan gofnodir ei ddigwyddiad cyntaf</translation>
    </message>
    <message>
        <source>Does not apply to this referral</source>
        <translation>Ddim yn berthnasol i&apos;r atgyfeiriad hwn</translation>
    </message>
    <message>
        <source>Due time passed before the referral was imported</source>
        <translation>Aeth yr amser dyledus heibio cyn mewnforio&apos;r atgyfeiriad</translation>
    </message>
    <message>
        <source>State: {state}</source>
        <translation>Cyflwr: {state}</translation>
    </message>
    <message>
        <source>{rule}: time left</source>
        <translation>{rule}: amser ar ôl</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Pam?</translation>
    </message>
    <message>
        <source>Explain {rule}</source>
        <translation>Esbonio {rule}</translation>
    </message>
    <message>
        <source>Show how this timer was worked out</source>
        <translation>Dangos sut y cyfrifwyd yr amserydd hwn</translation>
    </message>
    <message>
        <source>{rule}: explanation</source>
        <translation>{rule}: esboniad</translation>
    </message>
    <message>
        <source>This pathway has no timers.</source>
        <translation>Does gan y llwybr hwn ddim amseryddion.</translation>
    </message>
    <message>
        <source>Each pathway file says how many years closed referrals are kept after closure (retention_years; six unless it says otherwise). When that time has passed, erasing deletes the referral&apos;s events, notes, timers, alerts, breaches and every other record hanging from it, and keeps an anonymous line (pathway, team, outcome, the days received and closed) so that the counts in reports do not change. A young person with no other referral left is anonymised: names replaced, date of birth cut to the year, gender, postcode, PNC ID, NHS number and contacts removed. Every erasure is recorded in the audit trail, without the erased details.</source>
        <translation>Mae pob ffeil llwybr yn dweud am faint o flynyddoedd y cedwir atgyfeiriadau ar ôl eu cau (retention_years; chwech oni ddywed yn wahanol). Pan fydd yr amser hwnnw wedi mynd heibio, mae dileu&apos;n cael gwared ar ddigwyddiadau, nodiadau, amseryddion, rhybuddion, toriadau a phob cofnod arall sy&apos;n perthyn i&apos;r atgyfeiriad, ac yn cadw llinell ddienw (llwybr, tîm, canlyniad, y dyddiau y&apos;i derbyniwyd a&apos;i gau) fel nad yw&apos;r cyfrifon mewn adroddiadau&apos;n newid. Caiff person ifanc heb atgyfeiriad arall ar ôl ei wneud yn ddienw: enwau wedi&apos;u disodli, dyddiad geni wedi&apos;i dorri i&apos;r flwyddyn, rhywedd, cod post, ID PNC, rhif GIG a chysylltiadau wedi&apos;u tynnu. Cofnodir pob dileu yn y trywydd archwilio, heb y manylion a ddilëwyd.</translation>
    </message>
    <message>
        <source>Kept after closure</source>
        <translation>Cedwir ar ôl cau</translation>
    </message>
    <message>
        <source>Referrals past it</source>
        <translation>Atgyfeiriadau y tu hwnt iddo</translation>
    </message>
    <message>
        <source>People to anonymise</source>
        <translation>Pobl i&apos;w gwneud yn ddienw</translation>
    </message>
    <message>
        <source>{n} year</source>
        <translation>{n} flwyddyn</translation>
    </message>
    <message>
        <source>{n} years</source>
        <translation>{n} blynedd</translation>
    </message>
    <message>
        <source>Data retention</source>
        <translation>Cadw data</translation>
    </message>
    <message>
        <source>Retention by pathway</source>
        <translation>Cadw data fesul llwybr</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wrthi&apos;n gwirio…</translation>
    </message>
    <message>
        <source>What would be erased</source>
        <translation>Beth fyddai&apos;n cael ei ddileu</translation>
    </message>
    <message>
        <source>What was erased</source>
        <translation>Beth a ddilëwyd</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Gwirio eto</translation>
    </message>
    <message>
        <source>Check again what has passed its retention period</source>
        <translation>Gwirio eto beth sydd wedi mynd heibio i&apos;w gyfnod cadw</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>&amp;Dileu…</translation>
    </message>
    <message>
        <source>Erase what has passed its retention period</source>
        <translation>Dileu&apos;r hyn sydd wedi mynd heibio i&apos;w gyfnod cadw</translation>
    </message>
    <message>
        <source>Erase records past retention</source>
        <translation>Dileu cofnodion sydd y tu hwnt i&apos;r cyfnod cadw</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Wrthi&apos;n dileu…</translation>
    </message>
    <message>
        <source>Nothing has passed its retention period (checked {when}).</source>
        <translation>Does dim wedi mynd heibio i&apos;w gyfnod cadw (gwiriwyd {when}).</translation>
    </message>
    <message>
        <source>Erasing now would erase {referrals} and anonymise {people} (checked {when}). Rows deleted: {rows}.</source>
        <translation>Byddai dileu nawr yn dileu {referrals} ac yn gwneud {people} yn ddienw (gwiriwyd {when}). Rhesi a ddilëir: {rows}.</translation>
    </message>
    <message>
        <source>{n} person</source>
        <translation>{n} person</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>{n} person</translation>
    </message>
    <message>
        <source>{n} closed referrals of pathways no longer configured are kept.</source>
        <translation>Cedwir {n} atgyfeiriad caeedig o lwybrau nad ydynt wedi&apos;u ffurfweddu mwyach.</translation>
    </message>
    <message>
        <source>Erase {referrals} and anonymise {people}? Their details cannot be brought back.</source>
        <translation>Dileu {referrals} a gwneud {people} yn ddienw? Ni ellir dod â&apos;u manylion yn ôl.</translation>
    </message>
    <message>
        <source>Erased {referrals} and anonymised {people}.</source>
        <translation>Dilëwyd {referrals} a gwnaed {people} yn ddienw.</translation>
    </message>
    <message>
        <source>{mark} Risk: {flags}</source>
        <translation>{mark} Risg: {flags}</translation>
    </message>
    <message>
        <source>{label} — set {when} by {who}</source>
        <translation>{label} — gosodwyd {when} gan {who}</translation>
    </message>
    <message>
        <source>Add a risk flag — Casework</source>
        <translation>Ychwanegu baner risg — Casework</translation>
    </message>
    <message>
        <source>Risk flag</source>
        <translation>Baner risg</translation>
    </message>
    <message>
        <source>What is known, and from whom (optional)</source>
        <translation>Beth sy&apos;n hysbys, a chan bwy (dewisol)</translation>
    </message>
    <message>
        <source>&amp;Flag:</source>
        <translation>&amp;Baner:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nodyn:</translation>
    </message>
    <message>
        <source>Flag error</source>
        <translation>Gwall baner</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Baner</translation>
    </message>
    <message>
        <source>&amp;Add flag</source>
        <translation>&amp;Ychwanegu baner</translation>
    </message>
    <message>
        <source>Add a risk flag</source>
        <translation>Ychwanegu baner risg</translation>
    </message>
    <message>
        <source>Remove a risk flag — Casework</source>
        <translation>Tynnu baner risg — Casework</translation>
    </message>
    <message>
        <source>Why it no longer applies</source>
        <translation>Pam nad yw&apos;n berthnasol mwyach</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Rheswm:</translation>
    </message>
    <message>
        <source>&amp;Remove flag</source>
        <translation>&amp;Tynnu&apos;r faner</translation>
    </message>
    <message>
        <source>Remove “{flag}”</source>
        <translation>Tynnu “{flag}”</translation>
    </message>
    <message>
        <source>The flag stays in the person&apos;s history, with who removed it, when and why.</source>
        <translation>Mae&apos;r faner yn aros yn hanes y person, gyda phwy a&apos;i tynnodd, pryd a pham.</translation>
    </message>
    <message>
        <source>Removed risk flags</source>
        <translation>Baneri risg a dynnwyd</translation>
    </message>
    <message>
        <source>Add f&amp;lag…</source>
        <translation>Ychwanegu &amp;baner…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Risk flags&lt;/b&gt;</source>
        <translation>&lt;b&gt;Baneri risg&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No risk flags.</source>
        <translation>Dim baneri risg.</translation>
    </message>
    <message>
        <source>Risk flag: {label}</source>
        <translation>Baner risg: {label}</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Tynnu…</translation>
    </message>
    <message>
        <source>Remove the {label} flag</source>
        <translation>Tynnu&apos;r faner {label}</translation>
    </message>
    <message>
        <source>Removed: {label} (set {set} by {by}; removed {when} by {who}: {why})</source>
        <translation>Tynnwyd: {label} (gosodwyd {set} gan {by}; tynnwyd {when} gan {who}: {why})</translation>
    </message>
    <message>
        <source>Risk flags could not be loaded: {message}</source>
        <translation>Methu llwytho baneri risg: {message}</translation>
    </message>
    <message>
        <source>Subject access export</source>
        <translation>Allforio mynediad at ddata gwrthrych</translation>
    </message>
    <message>
        <source>Export everything Casework holds about {name} (person {id}) — their details, contacts, every referral with its events, timers, alerts and breaches, and the audit trail — as {json} and {pdf}. The export is recorded in the audit trail.</source>
        <translation>Allforio popeth sydd gan Casework am {name} (person {id}) — ei fanylion, cysylltiadau, pob atgyfeiriad gyda&apos;i ddigwyddiadau, amseryddion, rhybuddion a thoriadau, a&apos;r trywydd archwilio — fel {json} a {pdf}. Cofnodir yr allforio yn y trywydd archwilio.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ffolder</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <source>Request reference</source>
        <translation>Cyfeirnod y cais</translation>
    </message>
    <message>
        <source>e.g. SAR-2026-014</source>
        <translation>e.e. SAR-2026-014</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ffolder:</translation>
    </message>
    <message>
        <source>Request &amp;reference:</source>
        <translation>&amp;Cyfeirnod y cais:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Allforio</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>Allforio i ffolder</translation>
    </message>
    <message>
        <source>Exported {rows} records about this young person: {json} and {pdf} in {folder}</source>
        <translation>Allforiwyd {rows} cofnod am y person ifanc hwn: {json} a {pdf} yn {folder}</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation>Atgyfeiriadau agored</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Ar amser</translation>
    </message>
    <message>
        <source>Reasons needed</source>
        <translation>Angen rhesymau</translation>
    </message>
    <message>
        <source>Reviews waiting</source>
        <translation>Adolygiadau&apos;n aros</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Nesaf erbyn</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Amser ar ôl</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Gweithiwr achos</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Arweinydd tîm</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Rheolwr</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Enw llawn</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Cadarnhau&apos;r cyfrinair</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hyd at</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Cyfrinair presennol</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Cyfrinair newydd</translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation>Cadarnhau&apos;r cyfrinair newydd</translation>
    </message>
    <message>
        <source>use 2 to 80 characters: lower-case letters, digits, dots, dashes or underscores, starting with a letter</source>
        <translation>defnyddiwch 2 i 80 nod: llythrennau bach, digidau, dotiau, cysylltnodau neu danlinellau, gan ddechrau â llythyren</translation>
    </message>
    <message>
        <source>this user name is taken</source>
        <translation>mae&apos;r enw defnyddiwr hwn wedi&apos;i gymryd</translation>
    </message>
    <message>
        <source>use at least 8 characters</source>
        <translation>defnyddiwch o leiaf 8 nod</translation>
    </message>
    <message>
        <source>this database already has users; sign in instead</source>
        <translation>mae gan y gronfa ddata hon ddefnyddwyr eisoes; mewngofnodwch yn lle hynny</translation>
    </message>
    <message>
        <source>Sign-in failed: the user name and password do not match an active account.</source>
        <translation>Methodd y mewngofnodi: nid yw&apos;r enw defnyddiwr a&apos;r cyfrinair yn cyfateb i gyfrif gweithredol.</translation>
    </message>
    <message>
        <source>This account is locked after repeated failed sign-ins until {until}. Try again then, or ask an administrator to unlock it.</source>
        <translation>Mae&apos;r cyfrif hwn wedi&apos;i gloi ar ôl sawl ymgais aflwyddiannus i fewngofnodi tan {until}. Rhowch gynnig arall arni bryd hynny, neu gofynnwch i weinyddwr ei ddatgloi.</translation>
    </message>
    <message>
        <source>Not permitted: {reason}. The attempt has been recorded.</source>
        <translation>Ni chaniateir: {reason}. Mae&apos;r ymgais wedi&apos;i chofnodi.</translation>
    </message>
    <message>
        <source>The database could not be reached: {detail}</source>
        <translation>Methu cyrraedd y gronfa ddata: {detail}</translation>
    </message>
    <message>
        <source>Something went wrong: {kind}</source>
        <translation>Aeth rhywbeth o&apos;i le: {kind}</translation>
    </message>
    <message>
        <source>in-memory database</source>
        <translation>cronfa ddata yn y cof</translation>
    </message>
    <message>
        <source>{database} on {host}</source>
        <translation>{database} ar {host}</translation>
    </message>
    <message>
        <source>INTACT team</source>
        <translation>Tîm INTACT</translation>
    </message>
    <message>
        <source>No further action</source>
        <translation>Dim camau pellach</translation>
    </message>
    <message>
        <source>No further police contact</source>
        <translation>Dim cyswllt pellach â&apos;r heddlu</translation>
    </message>
    <message>
        <source>Disengaged (criminal-justice route continues)</source>
        <translation>Wedi ymddieithrio (llwybr cyfiawnder troseddol yn parhau)</translation>
    </message>
    <message>
        <source>Assault (punch or kick)</source>
        <translation>Ymosodiad (dyrnu neu gicio)</translation>
    </message>
    <message>
        <source>Not seen</source>
        <translation>Heb ei weld</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Anneuaidd</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Gwell gennyf beidio â dweud</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Yn rhedeg</translation>
    </message>
    <message>
        <source>Running — warning</source>
        <translation>Yn rhedeg — rhybudd</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Wedi&apos;i dorri</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Wedi&apos;i fodloni</translation>
    </message>
    <message>
        <source>Met late (breached)</source>
        <translation>Hwyr (wedi&apos;i dorri)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Wedi&apos;i oedi</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>Ddim yn berthnasol</translation>
    </message>
    <message>
        <source>Imported — not tracked</source>
        <translation>Wedi&apos;i fewnforio — heb ei olrhain</translation>
    </message>
    <message>
        <source>We were notified late</source>
        <translation>Cawsom ein hysbysu&apos;n hwyr</translation>
    </message>
    <message>
        <source>No worker was available</source>
        <translation>Doedd dim gweithiwr ar gael</translation>
    </message>
    <message>
        <source>The young person was not available</source>
        <translation>Doedd y person ifanc ddim ar gael</translation>
    </message>
    <message>
        <source>The family was not available</source>
        <translation>Doedd y teulu ddim ar gael</translation>
    </message>
    <message>
        <source>Access to custody was delayed</source>
        <translation>Cafodd mynediad i&apos;r ddalfa ei ohirio</translation>
    </message>
    <message>
        <source>Out of hours</source>
        <translation>Y tu allan i oriau</translation>
    </message>
    <message>
        <source>It happened in time but was recorded late</source>
        <translation>Digwyddodd mewn pryd ond fe&apos;i cofnodwyd yn hwyr</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>Reason needed</source>
        <translation>Angen rheswm</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>Yn aros am adolygiad</translation>
    </message>
    <message>
        <source>Reason accepted</source>
        <translation>Rheswm wedi&apos;i dderbyn</translation>
    </message>
    <message>
        <source>Reason challenged</source>
        <translation>Rheswm wedi&apos;i herio</translation>
    </message>
    <message>
        <source>Due soon ({n})</source>
        <translation>Yn ddyledus cyn bo hir ({n})</translation>
    </message>
    <message>
        <source>{d} days {h} h</source>
        <translation>{d} diwrnod {h} awr</translation>
    </message>
    <message>
        <source>1 day {h} h</source>
        <translation>1 diwrnod {h} awr</translation>
    </message>
    <message>
        <source>under 1 min</source>
        <translation>llai nag 1 mun</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Dim terfyn amser</translation>
    </message>
    <message>
        <source>Caseload summary</source>
        <translation>Crynodeb llwyth achosion</translation>
    </message>
    <message>
        <source>SLA compliance and breaches</source>
        <translation>Cydymffurfio â&apos;r SLA a thoriadau</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Ffeil achos</translation>
    </message>
    <message>
        <source>Multi-agency meeting list</source>
        <translation>Rhestr y cyfarfod amlasiantaethol</translation>
    </message>
    <message>
        <source>Open cases by pathway and stage, new referrals by source, closures by outcome, each worker&apos;s caseload and age bands, with monthly charts.</source>
        <translation>Achosion agored fesul llwybr a cham, atgyfeiriadau newydd fesul ffynhonnell, achosion a gaewyd fesul canlyniad, llwyth achosion a bandiau oedran pob gweithiwr, gyda siartiau misol.</translation>
    </message>
    <message>
        <source>For each SLA rule: timers met on time, met late, breached and still running; the trend by month; every breach with its reason and review.</source>
        <translation>Ar gyfer pob rheol SLA: amseryddion a fodlonwyd mewn pryd, yn hwyr, a dorrwyd ac sy&apos;n dal i redeg; y duedd fesul mis; pob toriad gyda&apos;i reswm a&apos;i adolygiad.</translation>
    </message>
    <message>
        <source>One referral in full: the young person, contacts, timeline, timers with their outcomes, interventions, sessions and notes.</source>
        <translation>Un atgyfeiriad yn llawn: y person ifanc, cysylltiadau, llinell amser, amseryddion a&apos;u canlyniadau, ymyriadau, sesiynau a nodiadau.</translation>
    </message>
    <message>
        <source>Every young person seen in custody in the period, with their stage, timers and next action, for the multi-agency meeting.</source>
        <translation>Pob person ifanc a welwyd yn y ddalfa yn y cyfnod, gyda&apos;u cam, amseryddion a&apos;r cam gweithredu nesaf, ar gyfer y cyfarfod amlasiantaethol.</translation>
    </message>
    <message>
        <source>For referrals closed in the period, by pathway: completion and engagement, no further police contact at 6 and 12 months, police occurrences before and after referral, ED re-attendance. Counts under 5 are always suppressed.</source>
        <translation>Ar gyfer atgyfeiriadau a gaewyd yn y cyfnod, fesul llwybr: cwblhau ac ymgysylltu, dim cyswllt pellach â&apos;r heddlu ar ôl 6 a 12 mis, digwyddiadau&apos;r heddlu cyn ac ar ôl atgyfeirio, dychwelyd i&apos;r Adran Achosion Brys. Caiff cyfrifon o dan 5 eu cuddio bob amser.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Iaith</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Iaith y system ({language})</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Rhybuddion</translation>
    </message>
    <message>
        <source>Breach review</source>
        <translation>Adolygu toriadau</translation>
    </message>
    <message>
        <source>Team board</source>
        <translation>Bwrdd y tîm</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Adroddiadau</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Gweinyddu</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Gwiriadau dilynol</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>New referral from</source>
        <translation>Atgyfeiriad newydd o</translation>
    </message>
    <message>
        <source>{date} (age {now} now, {then} when referred)</source>
        <translation>{date} ({now} oed nawr, {then} pan gafodd ei atgyfeirio)</translation>
    </message>
    <message>
        <source>Parents, carers and other contacts</source>
        <translation>Rhieni, gofalwyr a chysylltiadau eraill</translation>
    </message>
    <message>
        <source>Parent or carer</source>
        <translation>Rhiant neu ofalwr</translation>
    </message>
    <message>
        <source>No contacts recorded.</source>
        <translation>Dim cysylltiadau wedi&apos;u cofnodi.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ar agor</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Ffynhonnell</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Wedi cau</translation>
    </message>
    <message>
        <source>Worked out from the events as at {when}.</source>
        <translation>Wedi&apos;i gyfrifo o&apos;r digwyddiadau fel yr oeddent am {when}.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rheol</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Dechreuwyd</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Daeth i ben</translation>
    </message>
    <message>
        <source>This pathway has no SLA rules.</source>
        <translation>Does gan y llwybr hwn ddim rheolau SLA.</translation>
    </message>
    <message>
        <source>Sessions attended: {a} of {r} recorded ({percent}%).</source>
        <translation>Sesiynau a fynychwyd: {a} o {r} a gofnodwyd ({percent}%).</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>No interventions or sessions recorded.</source>
        <translation>Dim ymyriadau na sesiynau wedi&apos;u cofnodi.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Llinell amser</translation>
    </message>
    <message>
        <source>Every event on the record, oldest first. Void events stay on the record, marked void. Notes are given in full after the timeline.</source>
        <translation>Pob digwyddiad ar y cofnod, yr hynaf yn gyntaf. Mae digwyddiadau di-rym yn aros ar y cofnod, wedi&apos;u marcio&apos;n ddi-rym. Rhoddir y nodiadau&apos;n llawn ar ôl y llinell amser.</translation>
    </message>
    <message>
        <source>No events recorded.</source>
        <translation>Dim digwyddiadau wedi&apos;u cofnodi.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>No notes recorded.</source>
        <translation>Dim nodiadau wedi&apos;u cofnodi.</translation>
    </message>
    <message>
        <source> (void)</source>
        <translation> (di-rym)</translation>
    </message>
    <message>
        <source>About this case file</source>
        <translation>Ynghylch y ffeil achos hon</translation>
    </message>
    <message>
        <source>Printed from Casework on {date}. The record in Casework is the authoritative version; this copy is not kept up to date.</source>
        <translation>Argraffwyd o Casework ar {date}. Y cofnod yn Casework yw&apos;r fersiwn awdurdodol; nid yw&apos;r copi hwn yn cael ei ddiweddaru.</translation>
    </message>
    <message>
        <source>Corrects an earlier entry (event {id})</source>
        <translation>Yn cywiro cofnod cynharach (digwyddiad {id})</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>dim rheswm wedi&apos;i roi</translation>
    </message>
    <message>
        <source>recorded {when}</source>
        <translation>cofnodwyd {when}</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Achosion agored</translation>
    </message>
    <message>
        <source>as at {when}</source>
        <translation>fel yr oeddent am {when}</translation>
    </message>
    <message>
        <source>New referrals</source>
        <translation>Atgyfeiriadau newydd</translation>
    </message>
    <message>
        <source>received in the period</source>
        <translation>a dderbyniwyd yn y cyfnod</translation>
    </message>
    <message>
        <source>Cases closed</source>
        <translation>Achosion a gaewyd</translation>
    </message>
    <message>
        <source>closed in the period</source>
        <translation>a gaewyd yn y cyfnod</translation>
    </message>
    <message>
        <source>{n} of the open cases were imported from a spreadsheet: their SLA clocks that had passed their due time before the import are kept as imported — not tracked, and left out of the SLA figures.</source>
        <translation>Mewnforiwyd {n} o&apos;r achosion agored o daenlen: cedwir eu clociau SLA a oedd wedi mynd heibio&apos;r amser dyledus cyn y mewnforio fel rhai wedi&apos;u mewnforio — heb eu holrhain, a&apos;u hepgor o ffigurau&apos;r SLA.</translation>
    </message>
    <message>
        <source>Open cases by pathway and stage</source>
        <translation>Achosion agored fesul llwybr a cham</translation>
    </message>
    <message>
        <source>Cases open at {when}. A stage&apos;s figure is out of its pathway&apos;s open cases; a pathway&apos;s, out of all open cases.</source>
        <translation>Achosion ar agor am {when}. Mae ffigur cam allan o achosion agored ei lwybr; ffigur llwybr, allan o&apos;r holl achosion agored.</translation>
    </message>
    <message>
        <source>Pathway and stage</source>
        <translation>Llwybr a cham</translation>
    </message>
    <message>
        <source>All open cases</source>
        <translation>Pob achos agored</translation>
    </message>
    <message>
        <source> Counts under 5 are not drawn.</source>
        <translation> Ni luniwyd cyfrifon o dan 5.</translation>
    </message>
    <message>
        <source>Open cases by stage, coloured by pathway.</source>
        <translation>Achosion agored fesul cam, wedi&apos;u lliwio fesul llwybr.</translation>
    </message>
    <message>
        <source>No open cases.</source>
        <translation>Dim achosion agored.</translation>
    </message>
    <message>
        <source>New referrals by source</source>
        <translation>Atgyfeiriadau newydd fesul ffynhonnell</translation>
    </message>
    <message>
        <source>Referrals received in the period. A source&apos;s figure is out of its pathway&apos;s referrals.</source>
        <translation>Atgyfeiriadau a dderbyniwyd yn y cyfnod. Mae ffigur ffynhonnell allan o atgyfeiriadau ei lwybr.</translation>
    </message>
    <message>
        <source>Pathway and source</source>
        <translation>Llwybr a ffynhonnell</translation>
    </message>
    <message>
        <source>All new referrals</source>
        <translation>Pob atgyfeiriad newydd</translation>
    </message>
    <message>
        <source>No referrals were received in this period.</source>
        <translation>Ni dderbyniwyd unrhyw atgyfeiriadau yn y cyfnod hwn.</translation>
    </message>
    <message>
        <source>Referrals per month</source>
        <translation>Atgyfeiriadau bob mis</translation>
    </message>
    <message>
        <source> The chart and the table cover the {n} months to {month}, so {k} of them come before the period.</source>
        <translation> Mae&apos;r siart a&apos;r tabl yn cwmpasu&apos;r {n} mis hyd at {month}, felly daw {k} ohonynt cyn y cyfnod.</translation>
    </message>
    <message>
        <source>Referrals received each month, by pathway (UK local time).</source>
        <translation>Atgyfeiriadau a dderbyniwyd bob mis, fesul llwybr (amser lleol y DU).</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mis</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Cyfanswm</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>Pob mis</translation>
    </message>
    <message>
        <source>No referrals.</source>
        <translation>Dim atgyfeiriadau.</translation>
    </message>
    <message>
        <source>Closures by outcome</source>
        <translation>Achosion a gaewyd fesul canlyniad</translation>
    </message>
    <message>
        <source>Cases closed in the period. An outcome&apos;s figure is out of its pathway&apos;s closures.</source>
        <translation>Achosion a gaewyd yn y cyfnod. Mae ffigur canlyniad allan o achosion a gaewyd ar ei lwybr.</translation>
    </message>
    <message>
        <source>Pathway and outcome</source>
        <translation>Llwybr a chanlyniad</translation>
    </message>
    <message>
        <source>Closures</source>
        <translation>Achosion a gaewyd</translation>
    </message>
    <message>
        <source>All closures</source>
        <translation>Pob achos a gaewyd</translation>
    </message>
    <message>
        <source>No cases were closed in this period.</source>
        <translation>Ni chaewyd unrhyw achosion yn y cyfnod hwn.</translation>
    </message>
    <message>
        <source>Age bands</source>
        <translation>Bandiau oedran</translation>
    </message>
    <message>
        <source>New referrals by the young person&apos;s age on the day they were referred; open cases by their age on {date}.</source>
        <translation>Atgyfeiriadau newydd yn ôl oedran y person ifanc ar ddiwrnod ei atgyfeirio; achosion agored yn ôl ei oedran ar {date}.</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>Pob oed</translation>
    </message>
    <message>
        <source>Caseload by worker</source>
        <translation>Llwyth achosion fesul gweithiwr</translation>
    </message>
    <message>
        <source>Open cases now, and referrals received and cases closed in the period, by the worker each case is assigned to now.</source>
        <translation>Achosion agored nawr, ac atgyfeiriadau a dderbyniwyd ac achosion a gaewyd yn y cyfnod, yn ôl y gweithiwr y mae pob achos wedi&apos;i neilltuo iddo nawr.</translation>
    </message>
    <message>
        <source>New in period</source>
        <translation>Newydd yn y cyfnod</translation>
    </message>
    <message>
        <source>Closed in period</source>
        <translation>Caewyd yn y cyfnod</translation>
    </message>
    <message>
        <source>No worker has cases in this selection.</source>
        <translation>Does gan yr un gweithiwr achosion yn y detholiad hwn.</translation>
    </message>
    <message>
        <source>All workers</source>
        <translation>Pob gweithiwr</translation>
    </message>
    <message>
        <source>Open cases by worker</source>
        <translation>Achosion agored fesul gweithiwr</translation>
    </message>
    <message>
        <source>Every open case, worker by worker, oldest referral first. Next deadline: the earliest SLA timer still to be met.</source>
        <translation>Pob achos agored, fesul gweithiwr, yr atgyfeiriad hynaf yn gyntaf. Terfyn amser nesaf: yr amserydd SLA cynharaf sydd heb ei fodloni eto.</translation>
    </message>
    <message>
        <source>About these figures</source>
        <translation>Ynghylch y ffigurau hyn</translation>
    </message>
    <message>
        <source>Open cases are those not closed when the report was generated. Team and worker filters select cases by their team, and by the worker they are assigned to now. Months and ages are taken in UK local time.</source>
        <translation>Achosion agored yw&apos;r rhai nad oeddent wedi cau pan gynhyrchwyd yr adroddiad. Mae hidlyddion tîm a gweithiwr yn dewis achosion yn ôl eu tîm, ac yn ôl y gweithiwr y maen nhw wedi&apos;u neilltuo iddo nawr. Cymerir misoedd ac oedrannau yn amser lleol y DU.</translation>
    </message>
    <message>
        <source>Counts from 1 to 4 are shown as “&lt;5” and their percentages as “—”, so that no young person can be identified from a small number. Zero is shown as 0.</source>
        <translation>Dangosir cyfrifon o 1 i 4 fel “&lt;5” a&apos;u canrannau fel “—”, fel na ellir adnabod unrhyw berson ifanc o nifer bach. Dangosir sero fel 0.</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Carfan</translation>
    </message>
    <message>
        <source>Referrals closed in the period (by the local date of closure), for the pathway, team and worker chosen. Every figure is out of this cohort or of the part of it named.</source>
        <translation>Atgyfeiriadau a gaewyd yn y cyfnod (yn ôl dyddiad lleol y cau), ar gyfer y llwybr, y tîm a&apos;r gweithiwr a ddewiswyd. Mae pob ffigur allan o&apos;r garfan hon neu o&apos;r rhan ohoni a enwir.</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Cyfradd cwblhau</translation>
    </message>
    <message>
        <source>Closures with an outcome the pathway counts as completed, out of all closures.</source>
        <translation>Achosion a gaewyd gyda chanlyniad y mae&apos;r llwybr yn ei gyfrif yn gwblhau, allan o&apos;r holl achosion a gaewyd.</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>Cyfradd ymgysylltu</translation>
    </message>
    <message>
        <source>Closures where the young person or their parents/carers attended at least one intervention session (1-2-1 or group), out of all closures.</source>
        <translation>Achosion a gaewyd lle mynychodd y person ifanc neu ei rieni/gofalwyr o leiaf un sesiwn ymyrraeth (1-i-1 neu grŵp), allan o&apos;r holl achosion a gaewyd.</translation>
    </message>
    <message>
        <source>Recorded 6-month (12-month) follow-up checks saying there was no police contact since closure, out of the recorded checks. Checks recorded out of checks due by the report&apos;s date are shown beside it.</source>
        <translation>Gwiriadau dilynol 6 mis (12 mis) a gofnodwyd sy&apos;n dweud na fu cyswllt â&apos;r heddlu ers cau, allan o&apos;r gwiriadau a gofnodwyd. Dangosir wrth ei ochr y gwiriadau a gofnodwyd allan o&apos;r gwiriadau a oedd yn ddyledus erbyn dyddiad yr adroddiad.</translation>
    </message>
    <message>
        <source>Police occurrences</source>
        <translation>Digwyddiadau&apos;r heddlu</translation>
    </message>
    <message>
        <source>From the recorded 12-month checks: occurrences as suspect and as victim in the 12 months before the referral and in the 12 months after it, added up; change is (after − before) ÷ before.</source>
        <translation>O&apos;r gwiriadau 12 mis a gofnodwyd: digwyddiadau fel rhywun a amheuir ac fel dioddefwr yn y 12 mis cyn yr atgyfeiriad ac yn y 12 mis ar ei ôl, wedi&apos;u hadio; y newid yw (ar ôl − cyn) ÷ cyn.</translation>
    </message>
    <message>
        <source>ED re-attendance</source>
        <translation>Dychwelyd i&apos;r Adran Achosion Brys</translation>
    </message>
    <message>
        <source>Recorded 12-month checks with at least one emergency-department attendance since closure, out of the recorded 12-month checks.</source>
        <translation>Gwiriadau 12 mis a gofnodwyd gydag o leiaf un ymweliad â&apos;r adran achosion brys ers cau, allan o&apos;r gwiriadau 12 mis a gofnodwyd.</translation>
    </message>
    <message>
        <source>Small numbers</source>
        <translation>Niferoedd bach</translation>
    </message>
    <message>
        <source>Counts from 1 to 4 are shown as “&lt;5” and their percentages as “—”; occurrence totals are not shown when fewer than 5 young people are behind them.</source>
        <translation>Dangosir cyfrifon o 1 i 4 fel “&lt;5” a&apos;u canrannau fel “—”; ni ddangosir cyfansymiau digwyddiadau pan fo llai na 5 person ifanc y tu ôl iddynt.</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>dim newid</translation>
    </message>
    <message>
        <source>{percent} fall</source>
        <translation>gostyngiad o {percent}</translation>
    </message>
    <message>
        <source>{percent} rise</source>
        <translation>cynnydd o {percent}</translation>
    </message>
    <message>
        <source>in the period</source>
        <translation>yn y cyfnod</translation>
    </message>
    <message>
        <source>{n} of {total} checks recorded</source>
        <translation>{n} o {total} gwiriad a gofnodwyd</translation>
    </message>
    <message>
        <source>Occurrences as suspect</source>
        <translation>Digwyddiadau fel rhywun a amheuir</translation>
    </message>
    <message>
        <source>{before} before, {after} after</source>
        <translation>{before} cyn, {after} ar ôl</translation>
    </message>
    <message>
        <source>Completion and engagement</source>
        <translation>Cwblhau ac ymgysylltu</translation>
    </message>
    <message>
        <source>Out of the referrals closed in the period.</source>
        <translation>Allan o&apos;r atgyfeiriadau a gaewyd yn y cyfnod.</translation>
    </message>
    <message>
        <source>Engaged</source>
        <translation>Wedi ymgysylltu</translation>
    </message>
    <message>
        <source>No further police contact after closure</source>
        <translation>Dim cyswllt pellach â&apos;r heddlu ar ôl cau</translation>
    </message>
    <message>
        <source>Out of the follow-up checks recorded; “Recorded” is out of the checks due by {date}.</source>
        <translation>Allan o&apos;r gwiriadau dilynol a gofnodwyd; mae “Cofnodwyd” allan o&apos;r gwiriadau a oedd yn ddyledus erbyn {date}.</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 mis</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 mis</translation>
    </message>
    <message>
        <source>Police occurrences before and after referral</source>
        <translation>Digwyddiadau&apos;r heddlu cyn ac ar ôl atgyfeirio</translation>
    </message>
    <message>
        <source>Added up over the young people with a recorded 12-month check (the “People” column): the 12 months before the referral against the 12 months after it.</source>
        <translation>Wedi&apos;u hadio dros y bobl ifanc sydd â gwiriad 12 mis wedi&apos;i gofnodi (y golofn “Pobl”): y 12 mis cyn yr atgyfeiriad o&apos;u cymharu â&apos;r 12 mis ar ei ôl.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Suspect before</source>
        <translation>A amheuir cyn</translation>
    </message>
    <message>
        <source>after</source>
        <translation>ar ôl</translation>
    </message>
    <message>
        <source>Victim before</source>
        <translation>Dioddefwr cyn</translation>
    </message>
    <message>
        <source>Fewer after</source>
        <translation>Llai ar ôl</translation>
    </message>
    <message>
        <source>“Fewer after”: the share of those young people whose occurrences (suspect and victim together) fell; as counts: </source>
        <translation>“Llai ar ôl”: cyfran y bobl ifanc hynny y gostyngodd eu digwyddiadau (fel rhywun a amheuir a dioddefwr gyda&apos;i gilydd); fel cyfrifon: </translation>
    </message>
    <message>
        <source>Recorded 12-month checks with at least one emergency-department attendance since closure.</source>
        <translation>Gwiriadau 12 mis a gofnodwyd gydag o leiaf un ymweliad â&apos;r adran achosion brys ers cau.</translation>
    </message>
    <message>
        <source>Re-attended</source>
        <translation>Wedi dychwelyd</translation>
    </message>
    <message>
        <source>Checks recorded</source>
        <translation>Gwiriadau a gofnodwyd</translation>
    </message>
    <message>
        <source>Under 10</source>
        <translation>O dan 10</translation>
    </message>
    <message>
        <source>10 to 12</source>
        <translation>10 i 12</translation>
    </message>
    <message>
        <source>13 to 15</source>
        <translation>13 i 15</translation>
    </message>
    <message>
        <source>16 to 17</source>
        <translation>16 i 17</translation>
    </message>
    <message>
        <source>18 to 20</source>
        <translation>18 i 20</translation>
    </message>
    <message>
        <source>21 to 24</source>
        <translation>21 i 24</translation>
    </message>
    <message>
        <source>25 and over</source>
        <translation>25 a throsodd</translation>
    </message>
    <message>
        <source>{n} of {total} ({percent})</source>
        <translation>{n} o {total} ({percent})</translation>
    </message>
    <message>
        <source>{rule}: met on time</source>
        <translation>{rule}: wedi&apos;i fodloni mewn pryd</translation>
    </message>
    <message>
        <source>{rule}: met late</source>
        <translation>{rule}: wedi&apos;i fodloni&apos;n hwyr</translation>
    </message>
    <message>
        <source>{rule}: breached (was due {when})</source>
        <translation>{rule}: wedi&apos;i dorri (roedd yn ddyledus {when})</translation>
    </message>
    <message>
        <source>{rule}: breached</source>
        <translation>{rule}: wedi&apos;i dorri</translation>
    </message>
    <message>
        <source> (due soon)</source>
        <translation> (yn ddyledus cyn bo hir)</translation>
    </message>
    <message>
        <source>{rule}: due {when}</source>
        <translation>{rule}: erbyn {when}</translation>
    </message>
    <message>
        <source>Closed {when}: {outcome}</source>
        <translation>Caewyd {when}: {outcome}</translation>
    </message>
    <message>
        <source>no outcome recorded</source>
        <translation>dim canlyniad wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>Overdue: {rule} (was due {when})</source>
        <translation>Yn hwyr: {rule} (roedd yn ddyledus {when})</translation>
    </message>
    <message>
        <source>{rule} by {when}</source>
        <translation>{rule} erbyn {when}</translation>
    </message>
    <message>
        <source>{rule} once &apos;{event}&apos; is recorded</source>
        <translation>{rule} unwaith y cofnodir &apos;{event}&apos;</translation>
    </message>
    <message>
        <source>Agree the next step</source>
        <translation>Cytuno ar y cam nesaf</translation>
    </message>
    <message>
        <source>lives inside the service area</source>
        <translation>yn byw yn ardal y gwasanaeth</translation>
    </message>
    <message>
        <source>home local authority not recorded</source>
        <translation>awdurdod lleol cartref heb ei gofnodi</translation>
    </message>
    <message>
        <source>closed before the clock started</source>
        <translation>caewyd cyn i&apos;r cloc ddechrau</translation>
    </message>
    <message>
        <source>closed before it was due</source>
        <translation>caewyd cyn iddo fod yn ddyledus</translation>
    </message>
    <message>
        <source>the clock has not started</source>
        <translation>nid yw&apos;r cloc wedi dechrau</translation>
    </message>
    <message>
        <source>its due time had passed before the referral was imported</source>
        <translation>roedd ei amser dyledus wedi mynd heibio cyn mewnforio&apos;r atgyfeiriad</translation>
    </message>
    <message>
        <source>Met on time, {span} to spare</source>
        <translation>Wedi&apos;i fodloni mewn pryd, {span} wrth gefn</translation>
    </message>
    <message>
        <source>Met late, {span} after the due time</source>
        <translation>Wedi&apos;i fodloni&apos;n hwyr, {span} ar ôl yr amser dyledus</translation>
    </message>
    <message>
        <source>Breached: closed {span} after the due time</source>
        <translation>Wedi&apos;i dorri: caewyd {span} ar ôl yr amser dyledus</translation>
    </message>
    <message>
        <source>Breached: overdue by {span}</source>
        <translation>Wedi&apos;i dorri: yn hwyr o {span}</translation>
    </message>
    <message>
        <source>Running: {span} left</source>
        <translation>Yn rhedeg: {span} ar ôl</translation>
    </message>
    <message>
        <source>Paused: {span} left when resumed</source>
        <translation>Wedi&apos;i oedi: {span} ar ôl pan ailddechreuir</translation>
    </message>
    <message>
        <source>Seen in custody</source>
        <translation>Gwelwyd yn y ddalfa</translation>
    </message>
    <message>
        <source>young people seen in the period</source>
        <translation>pobl ifanc a welwyd yn y cyfnod</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Yn dal ar agor</translation>
    </message>
    <message>
        <source>{share} of those seen</source>
        <translation>{share} o&apos;r rhai a welwyd</translation>
    </message>
    <message>
        <source>From outside the service area</source>
        <translation>O&apos;r tu allan i ardal y gwasanaeth</translation>
    </message>
    <message>
        <source>{share}; MASH referral due</source>
        <translation>{share}; atgyfeiriad MASH yn ddyledus</translation>
    </message>
    <message>
        <source>Attended but not seen</source>
        <translation>Aethpwyd yno ond heb ei weld</translation>
    </message>
    <message>
        <source>not listed below</source>
        <translation>heb eu rhestru isod</translation>
    </message>
    <message>
        <source>No pathway takes referrals from custody.</source>
        <translation>Does dim llwybr yn derbyn atgyfeiriadau o&apos;r ddalfa.</translation>
    </message>
    <message>
        <source>Young people seen in custody</source>
        <translation>Pobl ifanc a welwyd yn y ddalfa</translation>
    </message>
    <message>
        <source>First seen first. Timers as at the time the report was generated; the next action is the earliest deadline still to be met.</source>
        <translation>Y cyntaf a welwyd yn gyntaf. Amseryddion fel yr oeddent pan gynhyrchwyd yr adroddiad; y cam nesaf yw&apos;r terfyn amser cynharaf sydd heb ei fodloni eto.</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Gwelwyd</translation>
    </message>
    <message>
        <source>Referral</source>
        <comment>narrow column</comment>
        <translation>Rhif</translation>
    </message>
    <message>
        <source>Home area</source>
        <translation>Ardal gartref</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Cam nesaf</translation>
    </message>
    <message>
        <source>No young person was seen in custody in this period.</source>
        <translation>Ni welwyd unrhyw berson ifanc yn y ddalfa yn y cyfnod hwn.</translation>
    </message>
    <message>
        <source>Outside the service area</source>
        <translation>Y tu allan i ardal y gwasanaeth</translation>
    </message>
    <message>
        <source>Age {age}, born {date}</source>
        <translation>{age} oed, ganwyd {date}</translation>
    </message>
    <message>
        <source>No timers</source>
        <translation>Dim amseryddion</translation>
    </message>
    <message>
        <source>OFFICIAL-SENSITIVE</source>
        <translation>SWYDDOGOL-SENSITIF</translation>
    </message>
    <message>
        <source>the report is one of {kinds}, not {kind}</source>
        <translation>mae&apos;r adroddiad yn un o {kinds}, nid {kind}</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>dyddiad (BBBB-MM-DD)</translation>
    </message>
    <message>
        <source>the period ends ({end}) before it starts ({start})</source>
        <translation>mae&apos;r cyfnod yn gorffen ({end}) cyn iddo ddechrau ({start})</translation>
    </message>
    <message>
        <source>only the evidence report is made for one pathway</source>
        <translation>dim ond yr adroddiad tystiolaeth a wneir ar gyfer un llwybr</translation>
    </message>
    <message>
        <source>the case file needs a referral id</source>
        <translation>mae angen rhif atgyfeiriad ar gyfer y ffeil achos</translation>
    </message>
    <message>
        <source>a referral id is a whole number from 1</source>
        <translation>mae rhif atgyfeiriad yn rhif cyfan o 1 ymlaen</translation>
    </message>
    <message>
        <source>All dates to {end}</source>
        <translation>Pob dyddiad hyd at {end}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} hyd at {end}</translation>
    </message>
    <message>
        <source>Generated {when} by {who}</source>
        <translation>Cynhyrchwyd {when} gan {who}</translation>
    </message>
    <message>
        <source>{generated} — Page {page} of</source>
        <translation>{generated} — Tudalen {page} o</translation>
    </message>
    <message>
        <source>Casework · youth violence referral pathways</source>
        <translation>Casework · llwybrau atgyfeirio trais ieuenctid</translation>
    </message>
    <message>
        <source>Handling: contains personal data about children. Share it only with people who need it for this work; do not copy or forward it further.</source>
        <translation>Sut i&apos;w thrin: mae&apos;n cynnwys data personol am blant. Rhannwch hi dim ond â phobl sydd ei hangen ar gyfer y gwaith hwn; peidiwch â&apos;i chopïo na&apos;i hanfon ymlaen ymhellach.</translation>
    </message>
    <message>
        <source>Referral {id}</source>
        <translation>Atgyfeiriad {id}</translation>
    </message>
    <message>
        <source>the caseload, SLA and meeting reports are for team leads and managers; a caseworker may print the case file of their team&apos;s referrals</source>
        <translation>mae&apos;r adroddiadau llwyth achosion, SLA a chyfarfodydd ar gyfer arweinwyr tîm a rheolwyr; caiff gweithiwr achos argraffu ffeil achos atgyfeiriadau ei dîm</translation>
    </message>
    <message>
        <source>a team lead runs reports for their own team</source>
        <translation>mae arweinydd tîm yn rhedeg adroddiadau ar gyfer ei dîm ei hun</translation>
    </message>
    <message>
        <source>choose a team</source>
        <translation>dewiswch dîm</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>all teams</source>
        <translation>pob tîm</translation>
    </message>
    <message>
        <source>Worker: {worker}</source>
        <translation>Gweithiwr: {worker}</translation>
    </message>
    <message>
        <source>all workers</source>
        <translation>pob gweithiwr</translation>
    </message>
    <message>
        <source>Pathway: {pathway}</source>
        <translation>Llwybr: {pathway}</translation>
    </message>
    <message>
        <source>all pathways</source>
        <translation>pob llwybr</translation>
    </message>
    <message>
        <source>Counts under 5 suppressed</source>
        <translation>Cyfrifon o dan 5 wedi&apos;u cuddio</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name</source>
        <translation>mae {path} yn ffolder; rhowch enw ffeil</translation>
    </message>
    <message>
        <source>there is no folder {path}</source>
        <translation>does dim ffolder {path}</translation>
    </message>
    <message>
        <source>{name} referral {id}.pdf</source>
        <translation>{name} atgyfeiriad {id}.pdf</translation>
    </message>
    <message>
        <source>{name} {start} to {end}.pdf</source>
        <translation>{name} {start} hyd at {end}.pdf</translation>
    </message>
    <message>
        <source>Met on time</source>
        <translation>Wedi&apos;i fodloni mewn pryd</translation>
    </message>
    <message>
        <source>Met late</source>
        <translation>Wedi&apos;i fodloni&apos;n hwyr</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Yn dal i redeg</translation>
    </message>
    <message>
        <source>Timers due</source>
        <translation>Amseryddion dyledus</translation>
    </message>
    <message>
        <source>{n} of {total} timers due</source>
        <translation>{n} o {total} amserydd dyledus</translation>
    </message>
    <message>
        <source>{share} of timers due</source>
        <translation>{share} o&apos;r amseryddion dyledus</translation>
    </message>
    <message>
        <source>Breach records</source>
        <translation>Cofnodion toriadau</translation>
    </message>
    <message>
        <source>withdrawn breaches left out</source>
        <translation>toriadau a dynnwyd yn ôl wedi&apos;u hepgor</translation>
    </message>
    <message>
        <source>Compliance by rule</source>
        <translation>Cydymffurfio fesul rheol</translation>
    </message>
    <message>
        <source>Timers whose due time falls in the period, as at {when}. Each figure is out of the timers due for that rule. A timer still running past its due time counts as breached.</source>
        <translation>Amseryddion y mae eu hamser dyledus yn y cyfnod, fel yr oeddent am {when}. Mae pob ffigur allan o&apos;r amseryddion dyledus ar gyfer y rheol honno. Mae amserydd sy&apos;n dal i redeg ar ôl ei amser dyledus yn cyfrif fel un wedi&apos;i dorri.</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>Pob rheol</translation>
    </message>
    <message>
        <source>No SLA timers were due in this period.</source>
        <translation>Doedd dim amseryddion SLA yn ddyledus yn y cyfnod hwn.</translation>
    </message>
    <message>
        <source>Imported — not tracked: {n} more timers were due in the period but had passed their due time before their referrals were imported from a spreadsheet. They are not tracked (no alert, no breach to review) and are in none of the figures above: {rules}.</source>
        <translation>Wedi&apos;u mewnforio — heb eu holrhain: roedd {n} amserydd arall yn ddyledus yn y cyfnod ond roedden nhw wedi mynd heibio&apos;r amser dyledus cyn i&apos;w hatgyfeiriadau gael eu mewnforio o daenlen. Nid ydynt yn cael eu holrhain (dim rhybudd, dim toriad i&apos;w adolygu) ac nid ydynt yn unrhyw un o&apos;r ffigurau uchod: {rules}.</translation>
    </message>
    <message>
        <source>Trend by month</source>
        <translation>Tuedd fesul mis</translation>
    </message>
    <message>
        <source>Share of the timers due each month that were met on time, by pathway. A month with no timers due (or a suppressed count) has no point.</source>
        <translation>Cyfran yr amseryddion dyledus bob mis a fodlonwyd mewn pryd, fesul llwybr. Does dim pwynt ar gyfer mis heb amseryddion dyledus (neu gyfrif wedi&apos;i guddio).</translation>
    </message>
    <message>
        <source>No timers were due.</source>
        <translation>Doedd dim amseryddion yn ddyledus.</translation>
    </message>
    <message>
        <source>Breach records of timers due in the period: a breached or late timer, with the worker&apos;s reason and the team lead&apos;s review. Breaches withdrawn after a correction are left out.</source>
        <translation>Cofnodion toriadau amseryddion dyledus yn y cyfnod: amserydd wedi&apos;i dorri neu&apos;n hwyr, gyda rheswm y gweithiwr ac adolygiad arweinydd y tîm. Hepgorir toriadau a dynnwyd yn ôl ar ôl cywiriad.</translation>
    </message>
    <message>
        <source>All breaches</source>
        <translation>Pob toriad</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Rheswm a roddwyd</translation>
    </message>
    <message>
        <source>Every breach</source>
        <translation>Pob toriad</translation>
    </message>
    <message>
        <source>No breaches in this period.</source>
        <translation>Dim toriadau yn y cyfnod hwn.</translation>
    </message>
    <message>
        <source>{path} is a file; give a folder</source>
        <translation>mae {path} yn ffeil; rhowch ffolder</translation>
    </message>
    <message>
        <source>Person {id} · {name} · born {date}</source>
        <translation>Person {id} · {name} · ganwyd {date}</translation>
    </message>
    <message>
        <source> · request {reference}</source>
        <translation> · cais {reference}</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Dim byd wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <source> (refers to this record)</source>
        <translation> (yn cyfeirio at y cofnod hwn)</translation>
    </message>
    <message>
        <source>Everything Casework holds about this young person on {date}: {rows} records in {kinds} kinds, across {n} referral, with the audit trail of who created, changed, viewed or exported them.</source>
        <translation>Popeth sydd gan Casework am y person ifanc hwn ar {date}: {rows} cofnod o {kinds} math, ar draws {n} atgyfeiriad, gyda&apos;r trywydd archwilio o bwy a&apos;u creodd, a&apos;u newidiodd, a edrychodd arnynt neu a&apos;u hallforiodd.</translation>
    </message>
    <message>
        <source>Everything Casework holds about this young person on {date}: {rows} records in {kinds} kinds, across {n} referrals, with the audit trail of who created, changed, viewed or exported them.</source>
        <translation>Popeth sydd gan Casework am y person ifanc hwn ar {date}: {rows} cofnod o {kinds} math, ar draws {n} atgyfeiriad, gyda&apos;r trywydd archwilio o bwy a&apos;u creodd, a&apos;u newidiodd, a edrychodd arnynt neu a&apos;u hallforiodd.</translation>
    </message>
    <message>
        <source>Times are UK local time (Europe/London). Staff are named as recorded. Empty fields are left out here; the JSON file exported with this PDF holds every field.</source>
        <translation>Mae&apos;r amseroedd yn amser lleol y DU (Europe/London). Enwir staff fel y&apos;u cofnodwyd. Hepgorir meysydd gwag yma; mae&apos;r ffeil JSON a allforiwyd gyda&apos;r PDF hwn yn cynnwys pob maes.</translation>
    </message>
    <message>
        <source>This person&apos;s record was anonymised by retention on {when}: what is below is all that is left.</source>
        <translation>Gwnaed cofnod y person hwn yn ddienw gan y dasg cadw data ar {when}: yr hyn sydd isod yw&apos;r cyfan sydd ar ôl.</translation>
    </message>
    <message>
        <source>No referrals held.</source>
        <translation>Dim atgyfeiriadau&apos;n cael eu cadw.</translation>
    </message>
    <message>
        <source>Nothing else is held about this referral.</source>
        <translation>Does dim byd arall yn cael ei gadw am yr atgyfeiriad hwn.</translation>
    </message>
    <message>
        <source>Audit trail ({n})</source>
        <translation>Trywydd archwilio ({n})</translation>
    </message>
    <message>
        <source>Every entry in the audit trail about this young person, their contacts and referrals, oldest first: who looked at, changed or exported the record and when. Long details are shortened here; the JSON file has them in full.</source>
        <translation>Pob cofnod yn y trywydd archwilio am y person ifanc hwn, ei gysylltiadau a&apos;i atgyfeiriadau, yr hynaf yn gyntaf: pwy a edrychodd ar y cofnod, a&apos;i newidiodd neu a&apos;i hallforiodd, a phryd. Byrhawyd manylion hir yma; mae&apos;r ffeil JSON yn eu cynnwys yn llawn.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Gweithred</translation>
    </message>
    <message>
        <source>No audit entries.</source>
        <translation>Dim cofnodion archwilio.</translation>
    </message>
    <message>
        <source>About this export</source>
        <translation>Ynghylch yr allforio hwn</translation>
    </message>
    <message>
        <source>Exported from Casework on {date} by {who}. The record in Casework is the authoritative version; this copy is not kept up to date.</source>
        <translation>Allforiwyd o Casework ar {date} gan {who}. Y cofnod yn Casework yw&apos;r fersiwn awdurdodol; nid yw&apos;r copi hwn yn cael ei ddiweddaru.</translation>
    </message>
    <message>
        <source> … (in full in the JSON file)</source>
        <translation> … (yn llawn yn y ffeil JSON)</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Wedi&apos;i atgyfeirio ymlaen</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Wedi symud i ffwrdd</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Heb ei dderbyn</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Benyw</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Gwryw</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Mam</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Tad</translation>
    </message>
    <message>
        <source>Carer</source>
        <translation>Gofalwr</translation>
    </message>
    <message>
        <source>Foster carer</source>
        <translation>Gofalwr maeth</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Tad-cu neu fam-gu</translation>
    </message>
    <message>
        <source>Aunt</source>
        <translation>Modryb</translation>
    </message>
    <message>
        <source>Uncle</source>
        <translation>Ewythr</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>Brawd neu chwaer</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Gweithiwr cymdeithasol</translation>
    </message>
    <message>
        <source>MARF (multi-agency referral form)</source>
        <translation>MARF (ffurflen atgyfeirio amlasiantaethol)</translation>
    </message>
    <message>
        <source>Running (due soon)</source>
        <translation>Yn rhedeg (yn ddyledus cyn bo hir)</translation>
    </message>
    <message>
        <source>Notified late</source>
        <translation>Hysbyswyd yn hwyr</translation>
    </message>
    <message>
        <source>No worker available</source>
        <translation>Dim gweithiwr ar gael</translation>
    </message>
    <message>
        <source>Young person not available</source>
        <translation>Person ifanc ddim ar gael</translation>
    </message>
    <message>
        <source>Family not available</source>
        <translation>Teulu ddim ar gael</translation>
    </message>
    <message>
        <source>Access to custody delayed</source>
        <translation>Mynediad i&apos;r ddalfa wedi&apos;i ohirio</translation>
    </message>
    <message>
        <source>Recorded late</source>
        <translation>Cofnodwyd yn hwyr</translation>
    </message>
    <message>
        <source>Not given yet</source>
        <translation>Heb ei roi eto</translation>
    </message>
    <message>
        <source>an NHS number has 10 digits</source>
        <translation>mae gan rif GIG 10 digid</translation>
    </message>
    <message>
        <source>the NHS number&apos;s check digit is wrong</source>
        <translation>mae digid gwirio&apos;r rhif GIG yn anghywir</translation>
    </message>
    <message>
        <source>a PNC ID looks like 12/3456789A</source>
        <translation>mae ID PNC yn edrych fel 12/3456789A</translation>
    </message>
    <message>
        <source>the PNC ID&apos;s check letter is wrong</source>
        <translation>mae llythyren wirio&apos;r ID PNC yn anghywir</translation>
    </message>
    <message>
        <source>not a UK postcode: {value}</source>
        <translation>nid yw&apos;n god post yn y DU: {value}</translation>
    </message>
    <message>
        <source>not a phone number: {value}</source>
        <translation>nid yw&apos;n rhif ffôn: {value}</translation>
    </message>
    <message>
        <source>a password is text</source>
        <translation>testun yw cyfrinair</translation>
    </message>
    <message>
        <source>a password needs at least {limit} characters</source>
        <translation>mae angen o leiaf {limit} nod ar gyfrinair</translation>
    </message>
    <message>
        <source>a password has at most {limit} characters</source>
        <translation>mae gan gyfrinair {limit} nod ar y mwyaf</translation>
    </message>
    <message>
        <source>the password contains characters that are not valid text</source>
        <translation>mae&apos;r cyfrinair yn cynnwys nodau nad ydynt yn destun dilys</translation>
    </message>
    <message>
        <source>say why the details are being removed</source>
        <translation>dywedwch pam mae&apos;r manylion yn cael eu tynnu</translation>
    </message>
    <message>
        <source>no audit entry with id {id}</source>
        <translation>nid oes cofnod archwilio â&apos;r rhif {id}</translation>
    </message>
    <message>
        <source>a redaction&apos;s own entry is never redacted</source>
        <translation>ni chaiff cofnod golygiad ei hun fyth ei olygu</translation>
    </message>
    <message>
        <source>only managers and administrators may read the audit trail</source>
        <translation>dim ond rheolwyr a gweinyddwyr sy&apos;n cael darllen y trywydd archwilio</translation>
    </message>
    <message>
        <source>the start date is out of the range of dates</source>
        <translation>mae&apos;r dyddiad dechrau y tu allan i ystod y dyddiadau</translation>
    </message>
    <message>
        <source>the end date is before the start date</source>
        <translation>mae&apos;r dyddiad gorffen cyn y dyddiad dechrau</translation>
    </message>
    <message>
        <source>limit is at least 1</source>
        <translation>mae&apos;r terfyn yn 1 o leiaf</translation>
    </message>
    <message>
        <source>the offset is a whole number, 0 or more</source>
        <translation>mae&apos;r gwrthbwyso yn rhif cyfan, 0 neu fwy</translation>
    </message>
    <message>
        <source>a {role} may see the {scopes} caseload, not {scope}</source>
        <translation>caiff {role} weld y llwyth achosion {scopes}, nid {scope}</translation>
    </message>
    <message>
        <source>only your own team&apos;s caseload</source>
        <translation>llwyth achosion eich tîm eich hun yn unig</translation>
    </message>
    <message>
        <source>this database already has users</source>
        <translation>mae gan y gronfa ddata hon ddefnyddwyr eisoes</translation>
    </message>
    <message>
        <source>a user name is 2-80 characters: lower-case letters, digits, . _ - , starting with a letter</source>
        <translation>mae enw defnyddiwr yn 2-80 nod: llythrennau bach, digidau, . _ - , gan ddechrau â llythyren</translation>
    </message>
    <message>
        <source>a team called {name} already exists</source>
        <translation>mae tîm o&apos;r enw {name} yn bodoli eisoes</translation>
    </message>
    <message>
        <source>site kind must be one of {kinds}</source>
        <translation>rhaid i&apos;r math o safle fod yn un o {kinds}</translation>
    </message>
    <message>
        <source>nation must be one of {nations}</source>
        <translation>rhaid i&apos;r wlad fod yn un o {nations}</translation>
    </message>
    <message>
        <source>a site with code {code} already exists</source>
        <translation>mae safle â&apos;r cod {code} yn bodoli eisoes</translation>
    </message>
    <message>
        <source>role must be one of {roles}</source>
        <translation>rhaid i&apos;r rôl fod yn un o {roles}</translation>
    </message>
    <message>
        <source>a {role} belongs to a team</source>
        <translation>mae {role} yn perthyn i dîm</translation>
    </message>
    <message>
        <source>the user name {name} is taken</source>
        <translation>mae&apos;r enw defnyddiwr {name} wedi&apos;i gymryd</translation>
    </message>
    <message>
        <source>no team called {name}</source>
        <translation>nid oes tîm o&apos;r enw {name}</translation>
    </message>
    <message>
        <source>no site with code {code}</source>
        <translation>nid oes safle â&apos;r cod {code}</translation>
    </message>
    <message>
        <source>no user called {name}</source>
        <translation>nid oes defnyddiwr o&apos;r enw {name}</translation>
    </message>
    <message>
        <source>this is the only active administrator; make someone else one first</source>
        <translation>dyma&apos;r unig weinyddwr gweithredol; gwnewch rywun arall yn weinyddwr yn gyntaf</translation>
    </message>
    <message>
        <source>give the folder to export to</source>
        <translation>rhowch y ffolder i allforio iddo</translation>
    </message>
    <message>
        <source>{folder} is a file; give a folder</source>
        <translation>ffeil yw {folder}; rhowch ffolder</translation>
    </message>
    <message>
        <source>there is no folder {folder}</source>
        <translation>nid oes ffolder {folder}</translation>
    </message>
    <message>
        <source>not a usable folder name</source>
        <translation>nid yw&apos;n enw ffolder y gellir ei ddefnyddio</translation>
    </message>
    <message>
        <source>cannot export to {folder}: {reason}</source>
        <translation>ni ellir allforio i {folder}: {reason}</translation>
    </message>
    <message>
        <source>the evaluation export covers every team&apos;s referrals: it is for managers</source>
        <translation>mae&apos;r allforio gwerthuso yn cwmpasu atgyfeiriadau pob tîm: mae ar gyfer rheolwyr</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>mae&apos;r cyfnod yn gorffen cyn iddo ddechrau</translation>
    </message>
    <message>
        <source>Date of police contact</source>
        <translation>Dyddiad y cyswllt â&apos;r heddlu</translation>
    </message>
    <message>
        <source>Occurrences as suspect, 12 months before referral</source>
        <translation>Achosion fel un a ddrwgdybir, 12 mis cyn yr atgyfeiriad</translation>
    </message>
    <message>
        <source>Occurrences as victim, 12 months before referral</source>
        <translation>Achosion fel dioddefwr, 12 mis cyn yr atgyfeiriad</translation>
    </message>
    <message>
        <source>Occurrences as suspect, 12 months after referral</source>
        <translation>Achosion fel un a ddrwgdybir, 12 mis ar ôl yr atgyfeiriad</translation>
    </message>
    <message>
        <source>Occurrences as victim, 12 months after referral</source>
        <translation>Achosion fel dioddefwr, 12 mis ar ôl yr atgyfeiriad</translation>
    </message>
    <message>
        <source>ED re-attendances since closure</source>
        <translation>Ymweliadau eto â&apos;r adran achosion brys ers cau</translation>
    </message>
    <message>
        <source>{field} must be a whole number</source>
        <translation>rhaid i&apos;r maes {field} fod yn rhif cyfan</translation>
    </message>
    <message>
        <source>{field} is at most {limit}</source>
        <translation>mae&apos;r maes {field} yn {limit} ar y mwyaf</translation>
    </message>
    <message>
        <source>{field} is a date, YYYY-MM-DD</source>
        <translation>dyddiad yw&apos;r maes {field}, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>{field} must be a date YYYY-MM-DD, not {value}</source>
        <translation>rhaid i&apos;r maes {field} fod yn ddyddiad YYYY-MM-DD, nid {value}</translation>
    </message>
    <message>
        <source>say whether there was further police contact</source>
        <translation>dywedwch a fu cyswllt pellach â&apos;r heddlu</translation>
    </message>
    <message>
        <source>give the date of the (first) further police contact</source>
        <translation>rhowch ddyddiad y cyswllt pellach (cyntaf) â&apos;r heddlu</translation>
    </message>
    <message>
        <source>no further police contact, so no date</source>
        <translation>dim cyswllt pellach â&apos;r heddlu, felly dim dyddiad</translation>
    </message>
    <message>
        <source>{date} is before the referral closed ({closed})</source>
        <translation>mae {date} cyn i&apos;r atgyfeiriad gau ({closed})</translation>
    </message>
    <message>
        <source>{field} is required at the 12-month check</source>
        <translation>mae angen {field} yn y gwiriad 12 mis</translation>
    </message>
    <message>
        <source>{field} is recorded at the 12-month check, when the 12 months are over</source>
        <translation>caiff {field} ei gofnodi yn y gwiriad 12 mis, pan fydd y 12 mis ar ben</translation>
    </message>
    <message>
        <source>{field} is required (0 if none)</source>
        <translation>mae angen {field} (0 os nad oes dim)</translation>
    </message>
    <message>
        <source>this check was cancelled when the referral was reopened</source>
        <translation>canslwyd y gwiriad hwn pan ailagorwyd yr atgyfeiriad</translation>
    </message>
    <message>
        <source>the {months}-month check is due on {date}; record it from then</source>
        <translation>mae&apos;r gwiriad {months} mis yn ddyledus ar {date}; cofnodwch ef o hynny ymlaen</translation>
    </message>
    <message>
        <source>within is from 0 to 366 days</source>
        <translation>mae &apos;o fewn&apos; rhwng 0 a 366 diwrnod</translation>
    </message>
    <message>
        <source>a caseworker sees their own follow-ups</source>
        <translation>mae gweithiwr achos yn gweld ei wiriadau dilynol ei hun</translation>
    </message>
    <message>
        <source>Group: {programme}</source>
        <translation>Grŵp: {programme}</translation>
    </message>
    <message>
        <source>1-2-1 with child and parents/carers</source>
        <translation>1-i-1 gyda&apos;r plentyn a&apos;r rhieni/gofalwyr</translation>
    </message>
    <message>
        <source>1-2-1 with parents/carers</source>
        <translation>1-i-1 gyda&apos;r rhieni/gofalwyr</translation>
    </message>
    <message>
        <source>1-2-1 with child</source>
        <translation>1-i-1 gyda&apos;r plentyn</translation>
    </message>
    <message>
        <source>no group programme {key}</source>
        <translation>nid oes rhaglen grŵp {key}</translation>
    </message>
    <message>
        <source>contact {id}</source>
        <translation>cyswllt {id}</translation>
    </message>
    <message>
        <source>there is already a programme called {name}</source>
        <translation>mae rhaglen o&apos;r enw {name} yn bodoli eisoes</translation>
    </message>
    <message>
        <source>an intervention is one_to_one or group, not {kind}</source>
        <translation>mae ymyriad yn one_to_one neu group, nid {kind}</translation>
    </message>
    <message>
        <source>1-2-1 work is with the child, the parents/carers, or both</source>
        <translation>mae gwaith 1-i-1 gyda&apos;r plentyn, y rhieni/gofalwyr, neu&apos;r ddau</translation>
    </message>
    <message>
        <source>a group intervention names its programme</source>
        <translation>mae ymyriad grŵp yn enwi ei raglen</translation>
    </message>
    <message>
        <source>1-2-1 work has no programme</source>
        <translation>does gan waith 1-i-1 ddim rhaglen</translation>
    </message>
    <message>
        <source>{programme} is no longer running</source>
        <translation>nid yw {programme} yn rhedeg mwyach</translation>
    </message>
    <message>
        <source>{programme} is for {pathway}</source>
        <translation>mae {programme} ar gyfer {pathway}</translation>
    </message>
    <message>
        <source>this young person is already on {programme}</source>
        <translation>mae&apos;r person ifanc hwn ar {programme} eisoes</translation>
    </message>
    <message>
        <source>intervention {id} ended on {day}</source>
        <translation>daeth ymyriad {id} i ben ar {day}</translation>
    </message>
    <message>
        <source>it started</source>
        <translation>iddo ddechrau</translation>
    </message>
    <message>
        <source>a session is of one 1-2-1 intervention or one group programme</source>
        <translation>mae sesiwn yn perthyn i un ymyriad 1-i-1 neu un rhaglen grŵp</translation>
    </message>
    <message>
        <source>a session needs its start time</source>
        <translation>mae angen amser dechrau ar sesiwn</translation>
    </message>
    <message>
        <source>a session lasts from 5 to {limit} minutes</source>
        <translation>mae sesiwn yn para rhwng 5 a {limit} munud</translation>
    </message>
    <message>
        <source>a session is planned at most two years ahead</source>
        <translation>caiff sesiwn ei chynllunio ddwy flynedd ymlaen llaw ar y mwyaf</translation>
    </message>
    <message>
        <source>a group&apos;s sessions are planned on its programme, not on one participant</source>
        <translation>caiff sesiynau grŵp eu cynllunio ar ei raglen, nid ar un cyfranogwr</translation>
    </message>
    <message>
        <source>intervention {id} has ended</source>
        <translation>mae ymyriad {id} wedi dod i ben</translation>
    </message>
    <message>
        <source>the session is before the referral was received</source>
        <translation>mae&apos;r sesiwn cyn i&apos;r atgyfeiriad ddod i law</translation>
    </message>
    <message>
        <source>session {id} is already cancelled</source>
        <translation>mae sesiwn {id} wedi&apos;i chanslo eisoes</translation>
    </message>
    <message>
        <source>attendance is recorded for this session; mark who cancelled instead</source>
        <translation>mae presenoldeb wedi&apos;i gofnodi ar gyfer y sesiwn hon; nodwch pwy a ganslodd yn lle hynny</translation>
    </message>
    <message>
        <source>attendance is one of {choices}; not {value}</source>
        <translation>mae presenoldeb yn un o {choices}; nid {value}</translation>
    </message>
    <message>
        <source>session {id} was cancelled</source>
        <translation>cafodd sesiwn {id} ei chanslo</translation>
    </message>
    <message>
        <source>the session has not started yet; only a cancellation can be recorded ahead</source>
        <translation>nid yw&apos;r sesiwn wedi dechrau eto; dim ond canslo y gellir ei gofnodi ymlaen llaw</translation>
    </message>
    <message>
        <source>say which participant of the group session</source>
        <translation>dywedwch pa gyfranogwr yn y sesiwn grŵp</translation>
    </message>
    <message>
        <source>intervention {id} is not a participant of session {session}</source>
        <translation>nid yw ymyriad {id} yn gyfranogwr yn sesiwn {session}</translation>
    </message>
    <message>
        <source>the young person joined after this session</source>
        <translation>ymunodd y person ifanc ar ôl y sesiwn hon</translation>
    </message>
    <message>
        <source>the young person had left before this session</source>
        <translation>roedd y person ifanc wedi gadael cyn y sesiwn hon</translation>
    </message>
    <message>
        <source>contact {id} is not one of this young person&apos;s contacts</source>
        <translation>nid yw cyswllt {id} yn un o gysylltiadau&apos;r person ifanc hwn</translation>
    </message>
    <message>
        <source>say who attended: the child and/or a parent or carer</source>
        <translation>dywedwch pwy a fynychodd: y plentyn a/neu riant neu ofalwr</translation>
    </message>
    <message>
        <source>nobody attends a session marked {status}</source>
        <translation>nid oes neb yn mynychu sesiwn a nodwyd yn {status}</translation>
    </message>
    <message>
        <source>{value} is not one of this young person&apos;s contacts</source>
        <translation>nid yw {value} yn un o gysylltiadau&apos;r person ifanc hwn</translation>
    </message>
    <message>
        <source>a person cannot be a duplicate of themselves</source>
        <translation>ni all person fod yn ddyblyg ohono&apos;i hun</translation>
    </message>
    <message>
        <source>choices name, for each field, the kept or the other person&apos;s value</source>
        <translation>mae&apos;r dewisiadau&apos;n enwi, ar gyfer pob maes, werth y person a gedwir neu&apos;r person arall</translation>
    </message>
    <message>
        <source>{name} is not a field of a person</source>
        <translation>nid yw {name} yn un o feysydd person</translation>
    </message>
    <message>
        <source>choose {kept} or {other} for {name}</source>
        <translation>dewiswch {kept} neu {other} ar gyfer {name}</translation>
    </message>
    <message>
        <source>the two people have different NHS numbers: one young person has one, so these look like two people; correct the wrong record before merging</source>
        <translation>mae gan y ddau berson rifau GIG gwahanol: un sydd gan berson ifanc, felly mae&apos;r rhain yn edrych fel dau berson; cywirwch y cofnod anghywir cyn cyfuno</translation>
    </message>
    <message>
        <source>the two people have different PNC IDs: one young person has one, so these look like two people; correct the wrong record before merging</source>
        <translation>mae gan y ddau berson IDau PNC gwahanol: un sydd gan berson ifanc, felly mae&apos;r rhain yn edrych fel dau berson; cywirwch y cofnod anghywir cyn cyfuno</translation>
    </message>
    <message>
        <source>a person cannot be merged with themselves</source>
        <translation>ni ellir cyfuno person ag ef ei hun</translation>
    </message>
    <message>
        <source>person {id} was anonymised under retention; an anonymised record is not merged</source>
        <translation>cafodd person {id} ei wneud yn ddienw dan y rheolau cadw data; ni chaiff cofnod dienw ei gyfuno</translation>
    </message>
    <message>
        <source>a record of the other person cannot be moved to the kept person without clashing with one of theirs ({kind}); nothing was merged</source>
        <translation>ni ellir symud cofnod o&apos;r person arall i&apos;r person a gedwir heb wrthdaro ag un o&apos;i gofnodion ({kind}); ni chyfunwyd dim</translation>
    </message>
    <message>
        <source>merge {id} was already undone</source>
        <translation>roedd cyfuniad {id} wedi&apos;i ddadwneud eisoes</translation>
    </message>
    <message>
        <source>list from 1 to {limit} merges</source>
        <translation>rhestrwch rhwng 1 a {limit} o gyfuniadau</translation>
    </message>
    <message>
        <source>date of birth is required</source>
        <translation>mae angen dyddiad geni</translation>
    </message>
    <message>
        <source>date of birth must be a date</source>
        <translation>rhaid i&apos;r dyddiad geni fod yn ddyddiad</translation>
    </message>
    <message>
        <source>date of birth cannot be in the future</source>
        <translation>ni all y dyddiad geni fod yn y dyfodol</translation>
    </message>
    <message>
        <source>date of birth is before 1900</source>
        <translation>mae&apos;r dyddiad geni cyn 1900</translation>
    </message>
    <message>
        <source>gender must be one of {genders}</source>
        <translation>rhaid i&apos;r rhywedd fod yn un o {genders}</translation>
    </message>
    <message>
        <source>not a field of a person</source>
        <translation>nid yw&apos;n un o feysydd person</translation>
    </message>
    <message>
        <source>person {id} was anonymised under retention; their details cannot be filled in again</source>
        <translation>cafodd person {id} ei wneud yn ddienw dan y rheolau cadw data; ni ellir llenwi ei fanylion eto</translation>
    </message>
    <message>
        <source>{when} is before 1900</source>
        <translation>mae {when} cyn 1900</translation>
    </message>
    <message>
        <source>{when} is in the future</source>
        <translation>mae {when} yn y dyfodol</translation>
    </message>
    <message>
        <source>{when} is before {what} ({then})</source>
        <translation>mae {when} cyn {what} ({then})</translation>
    </message>
    <message>
        <source>referral {id} was erased under retention; nothing can be added to it</source>
        <translation>cafodd atgyfeiriad {id} ei ddileu dan y rheolau cadw data; ni ellir ychwanegu dim ato</translation>
    </message>
    <message>
        <source>referral {id} is closed</source>
        <translation>mae atgyfeiriad {id} ar gau</translation>
    </message>
    <message>
        <source>{pathway} takes referrals from {sources}, not {source}</source>
        <translation>mae {pathway} yn derbyn atgyfeiriadau gan {sources}, nid {source}</translation>
    </message>
    <message>
        <source>a {source} referral has no first event to carry details</source>
        <translation>nid oes gan atgyfeiriad {source} ddigwyddiad cyntaf i gario manylion</translation>
    </message>
    <message>
        <source>give either a new person&apos;s details or an existing person</source>
        <translation>rhowch naill ai fanylion person newydd neu berson sy&apos;n bodoli</translation>
    </message>
    <message>
        <source>no person with id {id}</source>
        <translation>nid oes person â&apos;r rhif adnabod {id}</translation>
    </message>
    <message>
        <source>person {id} was anonymised under retention; take the referral as a new person</source>
        <translation>cafodd person {id} ei wneud yn ddienw dan y rheolau cadw data; derbyniwch yr atgyfeiriad fel person newydd</translation>
    </message>
    <message>
        <source>{pathway} is for ages {min}-{max}; this young person was {age} when referred</source>
        <translation>mae {pathway} ar gyfer oedrannau {min}-{max}; roedd y person ifanc hwn yn {age} oed pan gafodd ei atgyfeirio</translation>
    </message>
    <message>
        <source>a referral is taken in for your own team</source>
        <translation>caiff atgyfeiriad ei dderbyn ar gyfer eich tîm eich hun</translation>
    </message>
    <message>
        <source>{user} is not an active user</source>
        <translation>nid yw {user} yn ddefnyddiwr gweithredol</translation>
    </message>
    <message>
        <source>{user} is a {role}; referrals go to caseworkers and team leads</source>
        <translation>{role} yw {user}; mae atgyfeiriadau&apos;n mynd i weithwyr achos ac arweinwyr tîm</translation>
    </message>
    <message>
        <source>{user} is not in team {team}</source>
        <translation>nid yw {user} yn nhîm {team}</translation>
    </message>
    <message>
        <source>{pathway} has no event {kind} (events: {known})</source>
        <translation>nid oes gan {pathway} ddigwyddiad {kind} (digwyddiadau: {known})</translation>
    </message>
    <message>
        <source>{kind} is recorded by moving, assigning or closing the referral</source>
        <translation>caiff {kind} ei gofnodi drwy symud, neilltuo neu gau&apos;r atgyfeiriad</translation>
    </message>
    <message>
        <source>the referral was received</source>
        <translation>i&apos;r atgyfeiriad ddod i law</translation>
    </message>
    <message>
        <source>a note needs its text</source>
        <translation>mae angen testun ar nodyn</translation>
    </message>
    <message>
        <source>say why the event is void</source>
        <translation>dywedwch pam mae&apos;r digwyddiad yn ddi-rym</translation>
    </message>
    <message>
        <source>event {id} is already void</source>
        <translation>mae digwyddiad {id} eisoes yn ddi-rym</translation>
    </message>
    <message>
        <source>{kind} is undone by moving, assigning or closing the referral again</source>
        <translation>caiff {kind} ei ddadwneud drwy symud, neilltuo neu gau&apos;r atgyfeiriad eto</translation>
    </message>
    <message>
        <source>{pathway} has no stage {stage}</source>
        <translation>nid oes gan {pathway} gam {stage}</translation>
    </message>
    <message>
        <source>cannot move from {stage} to {to} (allowed: {allowed})</source>
        <translation>methu symud o {stage} i {to} (a ganiateir: {allowed})</translation>
    </message>
    <message>
        <source>{pathway} outcomes are {outcomes}; not {outcome}</source>
        <translation>canlyniadau {pathway} yw {outcomes}; nid {outcome}</translation>
    </message>
    <message>
        <source>say why the referral is reopened</source>
        <translation>dywedwch pam mae&apos;r atgyfeiriad yn cael ei ailagor</translation>
    </message>
    <message>
        <source>referral {id} is open</source>
        <translation>mae atgyfeiriad {id} ar agor</translation>
    </message>
    <message>
        <source>unknown risk flag {flag} (known: {known})</source>
        <translation>baner risg anhysbys {flag} (rhai hysbys: {known})</translation>
    </message>
    <message>
        <source>person {id} was anonymised under retention; nothing more is recorded about them</source>
        <translation>cafodd person {id} ei wneud yn ddienw dan y rheolau cadw data; ni chofnodir dim mwy amdano</translation>
    </message>
    <message>
        <source>{flag} is already set on this person</source>
        <translation>mae {flag} wedi&apos;i gosod ar y person hwn eisoes</translation>
    </message>
    <message>
        <source>say why the flag no longer applies</source>
        <translation>dywedwch pam nad yw&apos;r faner yn berthnasol mwyach</translation>
    </message>
    <message>
        <source>this flag was already removed</source>
        <translation>roedd y faner hon wedi&apos;i thynnu eisoes</translation>
    </message>
    <message>
        <source>give your current password</source>
        <translation>rhowch eich cyfrinair presennol</translation>
    </message>
    <message>
        <source>the new password must differ from the current one</source>
        <translation>rhaid i&apos;r cyfrinair newydd fod yn wahanol i&apos;r un presennol</translation>
    </message>
    <message>
        <source>the current password is not right</source>
        <translation>nid yw&apos;r cyfrinair presennol yn gywir</translation>
    </message>
    <message>
        <source>awaiting a reason</source>
        <translation>yn aros am reswm</translation>
    </message>
    <message>
        <source>awaiting review</source>
        <translation>yn aros am adolygiad</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>wedi&apos;i dderbyn</translation>
    </message>
    <message>
        <source>challenged</source>
        <translation>wedi&apos;i herio</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>wedi&apos;i dynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>state must be one of {states}</source>
        <translation>rhaid i&apos;r cyflwr fod yn un o {states}</translation>
    </message>
    <message>
        <source>review state must be one of {states}</source>
        <translation>rhaid i gyflwr yr adolygiad fod yn un o {states}</translation>
    </message>
    <message>
        <source>this breach was withdrawn when the events were corrected</source>
        <translation>tynnwyd y toriad hwn yn ôl pan gywirwyd y digwyddiadau</translation>
    </message>
    <message>
        <source>reason category must be one of {categories}</source>
        <translation>rhaid i gategori&apos;r rheswm fod yn un o {categories}</translation>
    </message>
    <message>
        <source>describe what happened</source>
        <translation>disgrifiwch beth ddigwyddodd</translation>
    </message>
    <message>
        <source>this breach&apos;s reason has been accepted</source>
        <translation>mae&apos;r rheswm dros y toriad hwn wedi&apos;i dderbyn</translation>
    </message>
    <message>
        <source>breaches are reviewed by a team lead or manager</source>
        <translation>arweinydd tîm neu reolwr sy&apos;n adolygu toriadau</translation>
    </message>
    <message>
        <source>decision must be accept or challenge</source>
        <translation>rhaid i&apos;r penderfyniad fod yn derbyn neu&apos;n herio</translation>
    </message>
    <message>
        <source>a challenge needs a comment saying what is missing</source>
        <translation>mae angen sylw ar her yn dweud beth sydd ar goll</translation>
    </message>
    <message>
        <source>a team lead reviews the breaches of their own team</source>
        <translation>mae arweinydd tîm yn adolygu toriadau ei dîm ei hun</translation>
    </message>
    <message>
        <source>the worker has not given a reason yet</source>
        <translation>nid yw&apos;r gweithiwr wedi rhoi rheswm eto</translation>
    </message>
    <message>
        <source>this breach is {state}</source>
        <translation>mae&apos;r toriad hwn {state}</translation>
    </message>
    <message>
        <source>{target} already exists; choose a new file name</source>
        <translation>mae {target} yn bodoli eisoes; dewiswch enw ffeil newydd</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>nid yw&apos;r ffolder {folder} yn bodoli</translation>
    </message>
    <message>
        <source>the backup cannot be the database file itself</source>
        <translation>ni all y copi wrth gefn fod yn ffeil y gronfa ddata ei hun</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>nid oes ffeil o&apos;r fath</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>mae&apos;r ffeil yn wag</translation>
    </message>
    <message>
        <source>it is not a database file ({size} bytes is no whole number of pages)</source>
        <translation>nid yw&apos;n ffeil cronfa ddata (nid yw {size} beit yn nifer cyfan o dudalennau)</translation>
    </message>
    <message>
        <source>give the passphrase it was made with (set CASEWORK_DB_PASSPHRASE, or run on a terminal to be asked)</source>
        <translation>rhowch y cyfrinymadrodd y&apos;i gwnaed ag ef (gosodwch CASEWORK_DB_PASSPHRASE, neu rhedwch ar derfynell i gael eich holi)</translation>
    </message>
    <message>
        <source>it cannot be opened ({error})</source>
        <translation>ni ellir ei hagor ({error})</translation>
    </message>
    <message>
        <source>it is not a SQLite database</source>
        <translation>nid yw&apos;n gronfa ddata SQLite</translation>
    </message>
    <message>
        <source>the integrity check could not run ({error}): the file is damaged</source>
        <translation>ni allai&apos;r gwiriad cywirdeb redeg ({error}): mae&apos;r ffeil wedi&apos;i difrodi</translation>
    </message>
    <message>
        <source>the integrity check failed: {problems}</source>
        <translation>methodd y gwiriad cywirdeb: {problems}</translation>
    </message>
    <message>
        <source>it is not a Casework database (no {tables} table)</source>
        <translation>nid yw&apos;n gronfa ddata Casework (dim tabl {tables})</translation>
    </message>
    <message>
        <source>it is not a Casework database (no schema revision recorded)</source>
        <translation>nid yw&apos;n gronfa ddata Casework (dim fersiwn sgema wedi&apos;i gofnodi)</translation>
    </message>
    <message>
        <source>its schema revision {revision} is newer than this version of Casework knows; restore it with a newer Casework</source>
        <translation>mae ei fersiwn sgema {revision} yn fwy newydd nag y mae&apos;r fersiwn hon o Casework yn ei hadnabod; adferwch hi â Casework mwy newydd</translation>
    </message>
    <message>
        <source>it is the database itself</source>
        <translation>dyma&apos;r gronfa ddata ei hun</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>adfer</translation>
    </message>
    <message>
        <source>{database} is already encrypted</source>
        <translation>mae {database} wedi&apos;i hamgryptio eisoes</translation>
    </message>
    <message>
        <source>no database at {database}</source>
        <translation>dim cronfa ddata yn {database}</translation>
    </message>
    <message>
        <source>no system keyring to keep the key in; encrypt with a passphrase instead</source>
        <translation>dim cylch allweddi system i gadw&apos;r allwedd ynddo; amgryptiwch â chyfrinymadrodd yn lle hynny</translation>
    </message>
    <message>
        <source>encrypt it</source>
        <translation>ei hamgryptio</translation>
    </message>
    <message>
        <source>{database} is not encrypted; use `casework encrypt` to encrypt it</source>
        <translation>nid yw {database} wedi&apos;i hamgryptio; defnyddiwch `casework encrypt` i&apos;w hamgryptio</translation>
    </message>
    <message>
        <source>no system keyring to keep a key in; rekey to a passphrase</source>
        <translation>dim cylch allweddi system i gadw allwedd ynddo; newidiwch yr allwedd i gyfrinymadrodd</translation>
    </message>
    <message>
        <source>change its key</source>
        <translation>newid ei hallwedd</translation>
    </message>
    <message>
        <source>use at least {count} characters for the database passphrase</source>
        <translation>defnyddiwch o leiaf {count} nod ar gyfer cyfrinymadrodd y gronfa ddata</translation>
    </message>
    <message>
        <source>a database passphrase cannot start with x&apos;</source>
        <translation>ni all cyfrinymadrodd cronfa ddata ddechrau ag x&apos;</translation>
    </message>
    <message>
        <source>only a SQLite database file can be encrypted</source>
        <translation>dim ond ffeil cronfa ddata SQLite y gellir ei hamgryptio</translation>
    </message>
    <message>
        <source>{path} already exists</source>
        <translation>mae {path} yn bodoli eisoes</translation>
    </message>
    <message>
        <source>{value} is not an sslmode; use one of {choices}</source>
        <translation>nid yw {value} yn sslmode; defnyddiwch un o {choices}</translation>
    </message>
    <message>
        <source>no such file: {file}</source>
        <translation>dim ffeil o&apos;r fath: {file}</translation>
    </message>
    <message>
        <source>a client certificate needs both sslcert and sslkey</source>
        <translation>mae angen sslcert a sslkey ar dystysgrif cleient</translation>
    </message>
    <message>
        <source>not a date and time</source>
        <translation>nid yw&apos;n ddyddiad ac amser</translation>
    </message>
    <message>
        <source>a time must carry its time zone</source>
        <translation>rhaid i amser gynnwys ei gylchfa amser</translation>
    </message>
    <message>
        <source>the time is out of the range of dates</source>
        <translation>mae&apos;r amser y tu allan i ystod y dyddiadau</translation>
    </message>
    <message>
        <source>not a time Casework can hold: {value}</source>
        <translation>nid yw&apos;n amser y gall Casework ei gadw: {value}</translation>
    </message>
    <message>
        <source>not a time: {value}</source>
        <translation>nid yw&apos;n amser: {value}</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): {value}</source>
        <translation>nid yw&apos;n ddyddiad (YYYY-MM-DD): {value}</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>rhybudd</translation>
    </message>
    <message>
        <source>breach</source>
        <translation>toriad</translation>
    </message>
    <message>
        <source>event</source>
        <translation>digwyddiad</translation>
    </message>
    <message>
        <source>group session</source>
        <translation>sesiwn grŵp</translation>
    </message>
    <message>
        <source>intervention</source>
        <translation>ymyriad</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>cyfuniad</translation>
    </message>
    <message>
        <source>risk flag</source>
        <translation>baner risg</translation>
    </message>
    <message>
        <source>user</source>
        <translation>defnyddiwr</translation>
    </message>
    <message>
        <source>{entity} {key} not found</source>
        <translation>nid oes {entity} {key}</translation>
    </message>
    <message>
        <source>{entity} {key} was changed by someone else (you had version {expected}, it is now at version {actual}); nothing was saved</source>
        <translation>mae rhywun arall wedi newid {entity} {key} (roedd gennych fersiwn {expected}, mae bellach ar fersiwn {actual}); ni chadwyd dim</translation>
    </message>
    <message>
        <source>{entity} {key} was changed by someone else; nothing was saved</source>
        <translation>mae rhywun arall wedi newid {entity} {key}; ni chadwyd dim</translation>
    </message>
    <message>
        <source>sign-in failed: unknown user name or wrong password</source>
        <translation>methodd mewngofnodi: enw defnyddiwr anhysbys neu gyfrinair anghywir</translation>
    </message>
    <message>
        <source>this account is locked after repeated failed sign-ins until {until}; try again then, or ask an administrator to unlock it</source>
        <translation>mae&apos;r cyfrif hwn wedi&apos;i gloi tan {until} ar ôl methu mewngofnodi dro ar ôl tro; rhowch gynnig arall bryd hynny, neu gofynnwch i weinyddwr ei ddatgloi</translation>
    </message>
    <message>
        <source>the database is at revision {found}, newer than this version of Casework knows (head {known}); upgrade Casework before opening it</source>
        <translation>mae&apos;r gronfa ddata ar adolygiad {found}, sy&apos;n fwy newydd nag y mae&apos;r fersiwn hon o Casework yn ei adnabod (pen {known}); uwchraddiwch Casework cyn ei hagor</translation>
    </message>
    <message>
        <source>the database {where} is encrypted and its key is not in this computer&apos;s keyring; {hint}</source>
        <translation>mae&apos;r gronfa ddata {where} wedi&apos;i hamgryptio ac nid yw ei hallwedd yng nghylch allweddi&apos;r cyfrifiadur hwn; {hint}</translation>
    </message>
    <message>
        <source>give its passphrase (set CASEWORK_DB_PASSPHRASE, or run on a terminal to be asked)</source>
        <translation>rhowch ei chyfrinymadrodd (gosodwch CASEWORK_DB_PASSPHRASE, neu rhedwch ar derfynell i gael eich holi)</translation>
    </message>
    <message>
        <source>the passphrase or key does not open the database {where} (wrong passphrase, or the file is not a Casework database)</source>
        <translation>nid yw&apos;r cyfrinymadrodd na&apos;r allwedd yn agor y gronfa ddata {where} (cyfrinymadrodd anghywir, neu nid cronfa ddata Casework yw&apos;r ffeil)</translation>
    </message>
    <message>
        <source>the database {where} is in use by another program (the desktop app or another command); close it everywhere, then {action} again</source>
        <translation>mae rhaglen arall yn defnyddio&apos;r gronfa ddata {where} (yr ap bwrdd gwaith neu orchymyn arall); caewch hi ym mhobman, yna {action} eto</translation>
    </message>
    <message>
        <source>cannot restore from {file}: {problem}; nothing was changed</source>
        <translation>methu adfer o {file}: {problem}; ni newidiwyd dim</translation>
    </message>
    <message>
        <source>you may read your own team&apos;s referrals and those assigned to you</source>
        <translation>cewch ddarllen atgyfeiriadau eich tîm eich hun a&apos;r rhai a neilltuwyd i chi</translation>
    </message>
    <message>
        <source>a caseworker changes only the referrals assigned to them</source>
        <translation>dim ond yr atgyfeiriadau a neilltuwyd iddo y mae gweithiwr achos yn eu newid</translation>
    </message>
    <message>
        <source>a team lead changes their own team&apos;s referrals</source>
        <translation>mae arweinydd tîm yn newid atgyfeiriadau ei dîm ei hun</translation>
    </message>
    <message>
        <source>you may read the young people of your own team&apos;s referrals</source>
        <translation>cewch ddarllen manylion pobl ifanc atgyfeiriadau eich tîm eich hun</translation>
    </message>
    <message>
        <source>{reason} (and the young people on them)</source>
        <translation>{reason} (a&apos;r bobl ifanc arnynt)</translation>
    </message>
    <message>
        <source>caseworker</source>
        <translation>gweithiwr achos</translation>
    </message>
    <message>
        <source>team lead</source>
        <translation>arweinydd tîm</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>rheolwr</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>gweinyddwr</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>rheoli defnyddwyr</translation>
    </message>
    <message>
        <source>manage teams</source>
        <translation>rheoli timau</translation>
    </message>
    <message>
        <source>manage sites</source>
        <translation>rheoli safleoedd</translation>
    </message>
    <message>
        <source>manage settings</source>
        <translation>rheoli gosodiadau</translation>
    </message>
    <message>
        <source>load demo</source>
        <translation>llwytho data enghreifftiol</translation>
    </message>
    <message>
        <source>maintain</source>
        <translation>cynnal a chadw&apos;r gronfa ddata</translation>
    </message>
    <message>
        <source>retention</source>
        <translation>rhedeg y dasg cadw data</translation>
    </message>
    <message>
        <source>replace pseudonym key</source>
        <translation>newid yr allwedd ffugenwau</translation>
    </message>
    <message>
        <source>read cases</source>
        <translation>darllen achosion</translation>
    </message>
    <message>
        <source>write cases</source>
        <translation>newid achosion</translation>
    </message>
    <message>
        <source>subject access</source>
        <translation>allforio mynediad at ddata gwrthrych</translation>
    </message>
    <message>
        <source>review duplicates</source>
        <translation>adolygu pobl ddyblyg</translation>
    </message>
    <message>
        <source>merge people</source>
        <translation>cyfuno cofnodion pobl</translation>
    </message>
    <message>
        <source>only an administrator may {action}</source>
        <translation>dim ond gweinyddwr sy&apos;n cael {action}</translation>
    </message>
    <message>
        <source>an administrator without a case role does not see case records</source>
        <translation>nid yw gweinyddwr heb rôl achos yn gweld cofnodion achos</translation>
    </message>
    <message>
        <source>a {role} reads case records but does not change them</source>
        <translation>mae {role} yn darllen cofnodion achos ond nid yw&apos;n eu newid</translation>
    </message>
    <message>
        <source>a {role} may not {action}</source>
        <translation>nid yw {role} yn cael {action}</translation>
    </message>
    <message>
        <source>Name (given and family name in one column)</source>
        <translation>Enw (enw cyntaf a chyfenw mewn un golofn)</translation>
    </message>
    <message>
        <source>Referral date/time</source>
        <translation>Dyddiad/amser yr atgyfeiriad</translation>
    </message>
    <message>
        <source>Referral time (when in its own column)</source>
        <translation>Amser yr atgyfeiriad (pan fo mewn colofn ar wahân)</translation>
    </message>
    <message>
        <source>column {letter}</source>
        <translation>colofn {letter}</translation>
    </message>
    <message>
        <source>{name} is {size} MB; the limit is {limit} MB</source>
        <translation>mae {name} yn {size} MB; y terfyn yw {limit} MB</translation>
    </message>
    <message>
        <source>cannot read {name}: {reason}</source>
        <translation>methu darllen {name}: {reason}</translation>
    </message>
    <message>
        <source>the file is larger than {limit} MB</source>
        <translation>mae&apos;r ffeil yn fwy na {limit} MB</translation>
    </message>
    <message>
        <source>{name} is an old Excel 97-2003 (.xls) workbook; save it as .xlsx or CSV and import that</source>
        <translation>mae {name} yn hen lyfr gwaith Excel 97-2003 (.xls); cadwch ef fel .xlsx neu CSV a mewnforiwch hwnnw</translation>
    </message>
    <message>
        <source>a CSV file has no sheets; leave out the sheet name</source>
        <translation>does gan ffeil CSV ddim dalennau; gadewch enw&apos;r ddalen allan</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as Windows-1252 (Western European). Check that names with accents look right in the preview.</source>
        <translation>Nid UTF-8 yw&apos;r ffeil; cafodd ei darllen fel Windows-1252 (Gorllewin Ewrop). Gwiriwch fod enwau ag acenion yn edrych yn iawn yn y rhagolwg.</translation>
    </message>
    <message>
        <source>the file is not text in UTF-8, UTF-16 or Windows-1252; save it from the spreadsheet as &apos;CSV UTF-8&apos;</source>
        <translation>nid yw&apos;r ffeil yn destun UTF-8, UTF-16 na Windows-1252; cadwch hi o&apos;r daenlen fel &apos;CSV UTF-8&apos;</translation>
    </message>
    <message>
        <source>{name} holds binary data, not CSV text</source>
        <translation>mae {name} yn cynnwys data deuaidd, nid testun CSV</translation>
    </message>
    <message>
        <source>the file has more than {limit} rows; split it</source>
        <translation>mae gan y ffeil fwy na {limit} o resi; rhannwch hi</translation>
    </message>
    <message>
        <source>{name} is not a readable CSV file near row {row}: {detail}</source>
        <translation>nid yw {name} yn ffeil CSV ddarllenadwy ger rhes {row}: {detail}</translation>
    </message>
    <message>
        <source>{name} unpacks to more than {limit} MB</source>
        <translation>mae {name} yn dadbacio i fwy na {limit} MB</translation>
    </message>
    <message>
        <source>{name} is not a readable XLSX workbook</source>
        <translation>nid yw {name} yn llyfr gwaith XLSX darllenadwy</translation>
    </message>
    <message>
        <source>{name} has no sheets</source>
        <translation>does gan {name} ddim dalennau</translation>
    </message>
    <message>
        <source>{name} has no sheet called {sheet} (its sheets: {sheets})</source>
        <translation>does gan {name} ddim dalen o&apos;r enw {sheet} (ei ddalennau: {sheets})</translation>
    </message>
    <message>
        <source>the sheet has more than {limit} rows; split it</source>
        <translation>mae gan y ddalen fwy na {limit} o resi; rhannwch hi</translation>
    </message>
    <message>
        <source>sheet {sheet} of {name} cannot be read</source>
        <translation>methu darllen dalen {sheet} o {name}</translation>
    </message>
    <message>
        <source>row 1 of {name} is empty; it should hold the column names</source>
        <translation>mae rhes 1 o {name} yn wag; dylai gynnwys enwau&apos;r colofnau</translation>
    </message>
    <message>
        <source>{name} has {count} columns; at most {limit}</source>
        <translation>mae gan {name} {count} o golofnau; {limit} ar y mwyaf</translation>
    </message>
    <message>
        <source>{name} has a header row but no referrals under it</source>
        <translation>mae gan {name} res bennawd ond dim atgyfeiriadau oddi tani</translation>
    </message>
    <message>
        <source>not a Casework column mapping file</source>
        <translation>nid yw&apos;n ffeil cyfatebiaeth colofnau Casework</translation>
    </message>
    <message>
        <source>a mapping&apos;s columns and fixed values are tables</source>
        <translation>tablau yw colofnau a gwerthoedd sefydlog cyfatebiaeth</translation>
    </message>
    <message>
        <source>{key} is not a field a referral import knows ({known})</source>
        <translation>nid yw {key} yn faes y mae mewnforio atgyfeiriadau yn ei adnabod ({known})</translation>
    </message>
    <message>
        <source>the mapping of {key} must be a short text</source>
        <translation>rhaid i gyfatebiaeth {key} fod yn destun byr</translation>
    </message>
    <message>
        <source>{key} cannot be given one value for every row</source>
        <translation>ni ellir rhoi un gwerth i {key} ar gyfer pob rhes</translation>
    </message>
    <message>
        <source>export as {formats}, not {format}</source>
        <translation>allforiwch fel {formats}, nid {format}</translation>
    </message>
    <message>
        <source>there is no folder {folder} to save into</source>
        <translation>nid oes ffolder {folder} i gadw ynddi</translation>
    </message>
    <message>
        <source>cannot write {name}: {reason}</source>
        <translation>methu ysgrifennu {name}: {reason}</translation>
    </message>
    <message>
        <source>cannot save {name}: {reason}</source>
        <translation>methu cadw {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a JSON mapping file</source>
        <translation>nid yw {name} yn ffeil cyfatebiaeth JSON</translation>
    </message>
    <message>
        <source>warning: {message}</source>
        <translation>rhybudd: {message}</translation>
    </message>
    <message>
        <source>Row {row}, column {column} ({header}): {message}</source>
        <translation>Rhes {row}, colofn {column} ({header}): {message}</translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation>Rhes {row}: {message}</translation>
    </message>
    <message>
        <source>column {column} ({header}): {message}</source>
        <translation>colofn {column} ({header}): {message}</translation>
    </message>
    <message>
        <source>1 problem in {name}; nothing was imported (first: {first})</source>
        <translation>1 broblem yn {name}; ni fewnforiwyd dim (y gyntaf: {first})</translation>
    </message>
    <message>
        <source>{count} problems in {name}; nothing was imported (first: {first})</source>
        <translation>{count} o broblemau yn {name}; ni fewnforiwyd dim (y gyntaf: {first})</translation>
    </message>
    <message>
        <source>{value} is not a date</source>
        <translation>nid yw {value} yn ddyddiad</translation>
    </message>
    <message>
        <source>{value} is not a date (dates are read day first: dd/mm/yyyy)</source>
        <translation>nid yw {value} yn ddyddiad (darllenir dyddiadau gyda&apos;r diwrnod yn gyntaf: dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>{value} is not a date (as an Excel date number it would be before March 1900)</source>
        <translation>nid yw {value} yn ddyddiad (fel rhif dyddiad Excel byddai cyn mis Mawrth 1900)</translation>
    </message>
    <message>
        <source>{value} is not a date (write it as dd/mm/yyyy)</source>
        <translation>nid yw {value} yn ddyddiad (ysgrifennwch ef fel dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>{value} is not a time of day (write it as hh:mm)</source>
        <translation>nid yw {value} yn amser o&apos;r dydd (ysgrifennwch ef fel hh:mm)</translation>
    </message>
    <message>
        <source>{value} is not a time of day</source>
        <translation>nid yw {value} yn amser o&apos;r dydd</translation>
    </message>
    <message>
        <source>{value} did not happen in the UK: the clocks went forward an hour that night (give the time it was on the clock after the change)</source>
        <translation>ni ddigwyddodd {value} yn y DU: aeth y clociau ymlaen awr y noson honno (rhowch yr amser oedd ar y cloc ar ôl y newid)</translation>
    </message>
    <message>
        <source>{value} happened twice in the UK: the clocks went back an hour that night; add the offset (+01:00 for the first time, +00:00 for the second)</source>
        <translation>digwyddodd {value} ddwywaith yn y DU: aeth y clociau yn ôl awr y noson honno; ychwanegwch y gwrthbwyso (+01:00 ar gyfer y tro cyntaf, +00:00 ar gyfer yr ail)</translation>
    </message>
    <message>
        <source>{value} is not a time Casework can hold</source>
        <translation>nid yw {value} yn amser y gall Casework ei gadw</translation>
    </message>
    <message>
        <source>{value} is not a date and time (with an offset write it as yyyy-mm-dd hh:mm+01:00)</source>
        <translation>nid yw {value} yn ddyddiad ac amser (gyda gwrthbwyso, ysgrifennwch ef fel yyyy-mm-dd hh:mm+01:00)</translation>
    </message>
    <message>
        <source>{value} is before 1900</source>
        <translation>mae {value} cyn 1900</translation>
    </message>
    <message>
        <source>{message} (the value given for every row: {value})</source>
        <translation>{message} (y gwerth a roddwyd ar gyfer pob rhes: {value})</translation>
    </message>
    <message>
        <source>{key} is not a field a referral import knows</source>
        <translation>nid yw {key} yn faes y mae mewnforio atgyfeiriadau yn ei adnabod</translation>
    </message>
    <message>
        <source>the mapping takes {field} from a column {header} that this file does not have</source>
        <translation>mae&apos;r gyfatebiaeth yn cymryd y maes {field} o golofn {header} nad yw yn y ffeil hon</translation>
    </message>
    <message>
        <source>{count} columns are headed {header} ({columns}); rename one so the mapping is clear</source>
        <translation>mae gan {count} o golofnau y pennawd {header} ({columns}); ailenwch un fel bod y gyfatebiaeth yn glir</translation>
    </message>
    <message>
        <source>column {column} is mapped to both {field} and {other}</source>
        <translation>mae colofn {column} wedi&apos;i chyfateb i ddau faes ar unwaith ({field}, {other})</translation>
    </message>
    <message>
        <source>no column is mapped to the young person&apos;s name (a Name column, or Given name and Family name)</source>
        <translation>nid oes colofn wedi&apos;i chyfateb i enw&apos;r person ifanc (colofn Enw, neu Enw cyntaf a Chyfenw)</translation>
    </message>
    <message>
        <source>no column is mapped to {field} and no value is given for every row</source>
        <translation>nid oes colofn wedi&apos;i chyfateb i&apos;r maes {field} ac ni roddwyd gwerth ar gyfer pob rhes</translation>
    </message>
    <message>
        <source>no column is mapped to {field}</source>
        <translation>nid oes colofn wedi&apos;i chyfateb i&apos;r maes {field}</translation>
    </message>
    <message>
        <source>the name is missing</source>
        <translation>mae&apos;r enw ar goll</translation>
    </message>
    <message>
        <source>the name has no family name (write &apos;Given Family&apos;)</source>
        <translation>nid oes cyfenw yn yr enw (ysgrifennwch &apos;Enw Cyfenw&apos;)</translation>
    </message>
    <message>
        <source>the referral date is missing</source>
        <translation>mae dyddiad yr atgyfeiriad ar goll</translation>
    </message>
    <message>
        <source>no time of day given; taken as 00:00</source>
        <translation>ni roddwyd amser o&apos;r dydd; cymerwyd 00:00</translation>
    </message>
    <message>
        <source>the referral source is missing</source>
        <translation>mae ffynhonnell yr atgyfeiriad ar goll</translation>
    </message>
    <message>
        <source>the date of birth is missing</source>
        <translation>mae&apos;r dyddiad geni ar goll</translation>
    </message>
    <message>
        <source>{reason}: you may not take referrals for {team}</source>
        <translation>{reason}: ni chewch dderbyn atgyfeiriadau ar gyfer {team}</translation>
    </message>
    <message>
        <source>{reason}: you may not take referrals for this team</source>
        <translation>{reason}: ni chewch dderbyn atgyfeiriadau ar gyfer y tîm hwn</translation>
    </message>
    <message>
        <source>a value in column {column} or beyond, which has no header</source>
        <translation>gwerth yng ngholofn {column} neu y tu hwnt iddi, lle nad oes pennawd</translation>
    </message>
    <message>
        <source>repeats row {row} (the same young person, pathway and referral time)</source>
        <translation>mae&apos;n ailadrodd rhes {row} (yr un person ifanc, llwybr ac amser atgyfeirio)</translation>
    </message>
    <message>
        <source>the NHS number is held for person {nhs} but the PNC ID for person {pnc}; check both</source>
        <translation>mae&apos;r rhif GIG wedi&apos;i gadw ar gyfer person {nhs} ond yr ID PNC ar gyfer person {pnc}; gwiriwch y ddau</translation>
    </message>
    <message>
        <source>this NHS number is held for person {id}, who has a different date of birth; check the identifier and the date of birth</source>
        <translation>mae&apos;r rhif GIG hwn wedi&apos;i gadw ar gyfer person {id}, sydd â dyddiad geni gwahanol; gwiriwch y dynodwr a&apos;r dyddiad geni</translation>
    </message>
    <message>
        <source>this PNC ID is held for person {id}, who has a different date of birth; check the identifier and the date of birth</source>
        <translation>mae&apos;r ID PNC hwn wedi&apos;i gadw ar gyfer person {id}, sydd â dyddiad geni gwahanol; gwiriwch y dynodwr a&apos;r dyddiad geni</translation>
    </message>
    <message>
        <source>person {id}</source>
        <translation>person {id}</translation>
    </message>
    <message>
        <source>person {id} (a young person on another team&apos;s referrals)</source>
        <translation>person {id} (person ifanc ar atgyfeiriadau tîm arall)</translation>
    </message>
    <message>
        <source>added to {person}, who has the same NHS number and date of birth but is held under a different name</source>
        <translation>wedi&apos;i ychwanegu at gofnod {person}, sydd â&apos;r un rhif GIG a dyddiad geni ond a gedwir dan enw gwahanol</translation>
    </message>
    <message>
        <source>added to {person}, who has the same PNC ID and date of birth but is held under a different name</source>
        <translation>wedi&apos;i ychwanegu at gofnod {person}, sydd â&apos;r un ID PNC a dyddiad geni ond a gedwir dan enw gwahanol</translation>
    </message>
    <message>
        <source>may be person {id}, already held ({reasons}; score {score}); a new person will be added unless the file gives their NHS number or PNC ID</source>
        <translation>gallai fod yn berson {id}, sydd eisoes wedi&apos;i gadw ({reasons}; sgôr {score}); caiff person newydd ei ychwanegu oni bai bod y ffeil yn rhoi ei rif GIG neu ei ID PNC</translation>
    </message>
    <message>
        <source>the same NHS number as row {row}, with a different date of birth</source>
        <translation>yr un rhif GIG â rhes {row}, gyda dyddiad geni gwahanol</translation>
    </message>
    <message>
        <source>the same PNC ID as row {row}, with a different date of birth</source>
        <translation>yr un ID PNC â rhes {row}, gyda dyddiad geni gwahanol</translation>
    </message>
    <message>
        <source>may be the same young person as row {row}; without an NHS number or PNC ID they are added as two people</source>
        <translation>gallai fod yr un person ifanc â rhes {row}; heb rif GIG neu ID PNC, cânt eu hychwanegu fel dau berson</translation>
    </message>
    <message>
        <source>Columns are separated by a tab.</source>
        <translation>Mae&apos;r colofnau wedi&apos;u gwahanu gan nod tab.</translation>
    </message>
    <message>
        <source>Columns are separated by {delimiter}.</source>
        <translation>Mae&apos;r colofnau wedi&apos;u gwahanu gan {delimiter}.</translation>
    </message>
    <message>
        <source>the team board is for team leads and managers</source>
        <translation>mae bwrdd y tîm ar gyfer arweinwyr tîm a rheolwyr</translation>
    </message>
    <message>
        <source>a team lead sees the board of their own team</source>
        <translation>mae arweinydd tîm yn gweld bwrdd ei dîm ei hun</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>enw cyntaf</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>cyfenw</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>rheswm</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nodyn</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>enw llawn</translation>
    </message>
    <message>
        <source>name</source>
        <translation>enw</translation>
    </message>
    <message>
        <source>location</source>
        <translation>lleoliad</translation>
    </message>
    <message>
        <source>home local authority</source>
        <translation>awdurdod lleol cartref</translation>
    </message>
    <message>
        <source>description</source>
        <translation>disgrifiad</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>sylw</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>cyfeirnod</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>perthynas</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>rhif ffôn</translation>
    </message>
    <message>
        <source>username</source>
        <translation>enw defnyddiwr</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>cod post</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>rhywedd</translation>
    </message>
    <message>
        <source>text</source>
        <translation>testun</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>gweithiwr</translation>
    </message>
    <message>
        <source>action</source>
        <translation>gweithred</translation>
    </message>
    <message>
        <source>team</source>
        <translation>tîm</translation>
    </message>
    <message>
        <source>site</source>
        <translation>safle</translation>
    </message>
    <message>
        <source>{field} contains characters that are not valid text</source>
        <translation>mae&apos;r maes {field} yn cynnwys nodau nad ydynt yn destun dilys</translation>
    </message>
    <message>
        <source>{field} contains control characters</source>
        <translation>mae&apos;r maes {field} yn cynnwys nodau rheoli</translation>
    </message>
    <message>
        <source>{field} contains control characters (such as line breaks)</source>
        <translation>mae&apos;r maes {field} yn cynnwys nodau rheoli (fel toriadau llinell)</translation>
    </message>
    <message>
        <source>{field} must be text</source>
        <translation>rhaid i&apos;r maes {field} fod yn destun</translation>
    </message>
    <message>
        <source>{field} must be yes or no, not {value}</source>
        <translation>rhaid i&apos;r maes {field} fod yn ie neu na, nid {value}</translation>
    </message>
    <message>
        <source>{field} must be a whole number, not {value}</source>
        <translation>rhaid i&apos;r maes {field} fod yn rhif cyfan, nid {value}</translation>
    </message>
    <message>
        <source>{field} cannot be negative</source>
        <translation>ni all y maes {field} fod yn negatif</translation>
    </message>
    <message>
        <source>{field} is more than {limit}</source>
        <translation>mae&apos;r maes {field} yn fwy na {limit}</translation>
    </message>
    <message>
        <source>{field} must be one of {options}; not {value}</source>
        <translation>rhaid i&apos;r maes {field} fod yn un o {options}; nid {value}</translation>
    </message>
    <message>
        <source>{field}: {values} not among {options}</source>
        <translation>{field}: nid yw {values} ymhlith {options}</translation>
    </message>
    <message>
        <source>{field} must be a date YYYY-MM-DD</source>
        <translation>rhaid i&apos;r maes {field} fod yn ddyddiad YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the details of {kind} are field names with values</source>
        <translation>enwau meysydd gyda gwerthoedd yw manylion {kind}</translation>
    </message>
    <message>
        <source>{kind} has no field {key} (fields: {allowed})</source>
        <translation>nid oes gan {kind} faes {key} (meysydd: {allowed})</translation>
    </message>
    <message>
        <source>unknown pathway {pathway} (known: {known})</source>
        <translation>llwybr anhysbys {pathway} (rhai hysbys: {known})</translation>
    </message>
    <message>
        <source>{field} is required</source>
        <translation>mae angen {field}</translation>
    </message>
    <message>
        <source>{field} is longer than {limit} characters</source>
        <translation>mae&apos;r maes {field} yn hwy na {limit} nod</translation>
    </message>
    <message>
        <source>Events (the timeline)</source>
        <translation>Digwyddiadau (y llinell amser)</translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>Toriadau SLA</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Cyswllt</translation>
    </message>
    <message>
        <source>SLA timer</source>
        <translation>Amserydd SLA</translation>
    </message>
    <message>
        <source>Audit entry</source>
        <translation>Cofnod archwilio</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Rhif y cofnod</translation>
    </message>
    <message>
        <source>Voided by</source>
        <translation>Dirymwyd gan</translation>
    </message>
    <message>
        <source>Reason given by</source>
        <translation>Rhoddwyd y rheswm gan</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Adolygwyd gan</translation>
    </message>
    <message>
        <source>SLA rule</source>
        <translation>Rheol SLA</translation>
    </message>
    <message>
        <source>Corrects event</source>
        <translation>Yn cywiro digwyddiad</translation>
    </message>
    <message>
        <source>Next warning</source>
        <translation>Rhybudd nesaf</translation>
    </message>
    <message>
        <source>Warning times</source>
        <translation>Amseroedd rhybuddio</translation>
    </message>
    <message>
        <source>Warnings passed</source>
        <translation>Rhybuddion a basiwyd</translation>
    </message>
    <message>
        <source>Next check</source>
        <translation>Gwiriad nesaf</translation>
    </message>
    <message>
        <source>Worked out at</source>
        <translation>Cyfrifwyd am</translation>
    </message>
    <message>
        <source>About (record type)</source>
        <translation>Ynghylch (math o gofnod)</translation>
    </message>
    <message>
        <source>About (record number)</source>
        <translation>Ynghylch (rhif y cofnod)</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>Rhif dilyniant</translation>
    </message>
    <message>
        <source>Previous entry&apos;s hash</source>
        <translation>Stwnsh y cofnod blaenorol</translation>
    </message>
    <message>
        <source>This entry&apos;s hash</source>
        <translation>Stwnsh y cofnod hwn</translation>
    </message>
    <message>
        <source>Redacted by entry (sequence number)</source>
        <translation>Golygwyd gan gofnod (rhif dilyniant)</translation>
    </message>
    <message>
        <source>Erased at</source>
        <translation>Dilëwyd am</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fersiwn</translation>
    </message>
    <message>
        <source>SLA deadlines not tracked up to (imported)</source>
        <translation>Terfynau SLA heb eu holrhain hyd at (wedi&apos;u mewnforio)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Cyn</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Ar ôl</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Drwy</translation>
    </message>
    <message>
        <source>Event number</source>
        <translation>Rhif y digwyddiad</translation>
    </message>
    <message>
        <source>Referral number</source>
        <translation>Rhif yr atgyfeiriad</translation>
    </message>
    <message>
        <source>Young person number</source>
        <translation>Rhif y person ifanc</translation>
    </message>
    <message>
        <source>Team number</source>
        <translation>Rhif y tîm</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>Rhestr achosion</translation>
    </message>
    <message>
        <source>Suppress small counts</source>
        <translation>Cuddio niferoedd bach</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Fformatau</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Attempted</source>
        <translation>Ceisiwyd</translation>
    </message>
    <message>
        <source>Event {id}</source>
        <translation>Digwyddiad {id}</translation>
    </message>
    <message>
        <source>{field} (name)</source>
        <translation>{field} (enw)</translation>
    </message>
    <message>
        <source>Referral {id} · {pathway} · received {when}</source>
        <translation>Atgyfeiriad {id} · {pathway} · daeth i law {when}</translation>
    </message>
    <message>
        <source>Audit chain</source>
        <translation>Cadwyn archwilio</translation>
    </message>
    <message>
        <source>Last seq</source>
        <translation>Rhif dilyniant olaf</translation>
    </message>
    <message>
        <source>Last hash</source>
        <translation>Stwnsh olaf</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Crëwyd am</translation>
    </message>
    <message>
        <source>Updated at</source>
        <translation>Diweddarwyd am</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Allwedd gyfrinachol</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Allwedd</translation>
    </message>
    <message>
        <source>Sign in throttle</source>
        <translation>Cyfyngu ar fewngofnodi</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Methiannau</translation>
    </message>
    <message>
        <source>Last failure at</source>
        <translation>Methiant olaf am</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Awdurdod lleol</translation>
    </message>
    <message>
        <source>Nation</source>
        <translation>Gwlad</translation>
    </message>
    <message>
        <source>App user</source>
        <translation>Defnyddiwr yr ap</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Enw llawn</translation>
    </message>
    <message>
        <source>Password hash</source>
        <translation>Stwnsh cyfrinair</translation>
    </message>
    <message>
        <source>Is admin</source>
        <translation>Yn weinyddwr</translation>
    </message>
    <message>
        <source>Details digest</source>
        <translation>Crynhoad y manylion</translation>
    </message>
    <message>
        <source>Details salt</source>
        <translation>Halen y manylion</translation>
    </message>
    <message>
        <source>Person merge</source>
        <translation>Cyfuno personau</translation>
    </message>
    <message>
        <source>Merged person</source>
        <translation>Person a gyfunwyd</translation>
    </message>
    <message>
        <source>Merged at</source>
        <translation>Cyfunwyd am</translation>
    </message>
    <message>
        <source>Merged by</source>
        <translation>Cyfunwyd gan</translation>
    </message>
    <message>
        <source>Undone at</source>
        <translation>Dadwnaed am</translation>
    </message>
    <message>
        <source>Undone by</source>
        <translation>Dadwnaed gan</translation>
    </message>
    <message>
        <source>Person not duplicate</source>
        <translation>Person nad yw&apos;n ddyblyg</translation>
    </message>
    <message>
        <source>Person low</source>
        <translation>Person (rhif isaf)</translation>
    </message>
    <message>
        <source>Person high</source>
        <translation>Person (rhif uchaf)</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Penderfynwyd am</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Penderfynwyd gan</translation>
    </message>
    <message>
        <source>Person risk flag</source>
        <translation>Baner risg person</translation>
    </message>
    <message>
        <source>Set at</source>
        <translation>Gosodwyd am</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Gosodwyd gan</translation>
    </message>
    <message>
        <source>Removed at</source>
        <translation>Tynnwyd am</translation>
    </message>
    <message>
        <source>Removed by</source>
        <translation>Tynnwyd gan</translation>
    </message>
    <message>
        <source>Removal reason</source>
        <translation>Rheswm dros dynnu</translation>
    </message>
    <message>
        <source>Programme session</source>
        <translation>Sesiwn rhaglen</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Yn dechrau am</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Munudau</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lleoliad</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Daeth i law am</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Caewyd am</translation>
    </message>
    <message>
        <source>Occurred at</source>
        <translation>Digwyddodd am</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Cofnodwyd am</translation>
    </message>
    <message>
        <source>Voided at</source>
        <translation>Dirymwyd am</translation>
    </message>
    <message>
        <source>Void reason</source>
        <translation>Rheswm dros ddirymu</translation>
    </message>
    <message>
        <source>With child</source>
        <translation>Gyda&apos;r plentyn</translation>
    </message>
    <message>
        <source>With parents</source>
        <translation>Gyda&apos;r rhieni</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Daeth i ben ar</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Crëwyd gan</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>Dechreuodd am</translation>
    </message>
    <message>
        <source>Due at</source>
        <translation>Yn ddyledus am</translation>
    </message>
    <message>
        <source>Stopped at</source>
        <translation>Stopiwyd am</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Trothwy</translation>
    </message>
    <message>
        <source>Read at</source>
        <translation>Darllenwyd am</translation>
    </message>
    <message>
        <source>Acknowledged at</source>
        <translation>Cydnabuwyd am</translation>
    </message>
    <message>
        <source>Detected at</source>
        <translation>Canfuwyd am</translation>
    </message>
    <message>
        <source>Rescinded at</source>
        <translation>Diddymwyd am</translation>
    </message>
    <message>
        <source>Reason category</source>
        <translation>Categori&apos;r rheswm</translation>
    </message>
    <message>
        <source>Reason text</source>
        <translation>Testun y rheswm</translation>
    </message>
    <message>
        <source>Reason at</source>
        <translation>Rhoddwyd y rheswm am</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>Cyflwr yr adolygiad</translation>
    </message>
    <message>
        <source>Reviewed at</source>
        <translation>Adolygwyd am</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Sylw adolygu</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Gwiriad dilynol</translation>
    </message>
    <message>
        <source>Closure event</source>
        <translation>Digwyddiad cau</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Misoedd</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Yn ddyledus ar</translation>
    </message>
    <message>
        <source>Further police contact</source>
        <translation>Cyswllt pellach â&apos;r heddlu</translation>
    </message>
    <message>
        <source>Cancelled at</source>
        <translation>Canslwyd am</translation>
    </message>
    <message>
        <source>Intervention session</source>
        <translation>Sesiwn ymyriad</translation>
    </message>
    <message>
        <source>Child attended</source>
        <translation>Daeth y plentyn</translation>
    </message>
    <message>
        <source>Contact ids</source>
        <translation>Rhifau&apos;r cysylltiadau</translation>
    </message>
</context>
<context>
    <name>AdministrationPage</name>
    <message>
        <source>Users</source>
        <translation>Defnyddwyr</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Ychwanegu defnyddiwr…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Newid…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Ailosod cyfrinair…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
    <message>
        <source>Lift a lock-out after repeated failed sign-ins</source>
        <translation>Codi cloi allan ar ôl sawl ymgais aflwyddiannus i fewngofnodi</translation>
    </message>
    <message>
        <source>You are an administrator without a case role: case records are not shown to you. To work on cases, give your account a case role as well.</source>
        <translation>Rydych yn weinyddwr heb rôl achos: ni ddangosir cofnodion achos i chi. I weithio ar achosion, rhowch rôl achos i&apos;ch cyfrif hefyd.</translation>
    </message>
    <message>
        <source>{n} users.</source>
        <translation>{n} defnyddiwr.</translation>
    </message>
    <message>
        <source>A new password was set for {name}.</source>
        <translation>Gosodwyd cyfrinair newydd ar gyfer {name}.</translation>
    </message>
    <message>
        <source>{name} is unlocked.</source>
        <translation>Mae {name} wedi&apos;i ddatgloi.</translation>
    </message>
</context>
<context>
    <name>AlertBadge</name>
    <message>
        <source>{n} unread alert</source>
        <translation>{n} rhybudd heb ei ddarllen</translation>
    </message>
    <message>
        <source>{n} unread alerts</source>
        <translation>{n} rhybudd heb eu darllen</translation>
    </message>
    <message>
        <source>No unread alerts</source>
        <translation>Dim rhybuddion heb eu darllen</translation>
    </message>
    <message>
        <source>Show the alert centre</source>
        <translation>Dangos y ganolfan rybuddion</translation>
    </message>
</context>
<context>
    <name>AlertCentre</name>
    <message>
        <source>Alerts</source>
        <translation>Rhybuddion</translation>
    </message>
    <message>
        <source>Unread alerts</source>
        <translation>Rhybuddion heb eu darllen</translation>
    </message>
    <message>
        <source>&amp;Unread only</source>
        <translation>&amp;Heb eu darllen yn unig</translation>
    </message>
    <message>
        <source>Show unread alerts only</source>
        <translation>Dangos rhybuddion heb eu darllen yn unig</translation>
    </message>
    <message>
        <source>Alerts, newest first</source>
        <translation>Rhybuddion, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <source>No alerts</source>
        <translation>Dim rhybuddion</translation>
    </message>
    <message>
        <source>&amp;Open referral</source>
        <translation>&amp;Agor yr atgyfeiriad</translation>
    </message>
    <message>
        <source>Open the referral of the selected alert (Enter)</source>
        <translation>Agor atgyfeiriad y rhybudd a ddewiswyd (Enter)</translation>
    </message>
    <message>
        <source>Mark &amp;read</source>
        <translation>Marcio wedi&apos;i &amp;ddarllen</translation>
    </message>
    <message>
        <source>Mark the selected alerts read</source>
        <translation>Marcio bod y rhybuddion a ddewiswyd wedi&apos;u darllen</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>&amp;Cydnabod</translation>
    </message>
    <message>
        <source>Record that you have seen the selected alert and are dealing with it</source>
        <translation>Cofnodi eich bod wedi gweld y rhybudd a ddewiswyd a&apos;ch bod yn delio ag ef</translation>
    </message>
    <message>
        <source>Mark &amp;all read</source>
        <translation>Marcio&apos;r c&amp;yfan wedi&apos;u darllen</translation>
    </message>
    <message>
        <source>Reloa&amp;d</source>
        <translation>Ail-&amp;lwytho</translation>
    </message>
    <message>
        <source>Load the alerts again</source>
        <translation>Llwytho&apos;r rhybuddion eto</translation>
    </message>
    <message>
        <source>Alerts loading error</source>
        <translation>Gwall llwytho rhybuddion</translation>
    </message>
    <message>
        <source>Alerts error</source>
        <translation>Gwall rhybuddion</translation>
    </message>
    <message>
        <source>Alerts status</source>
        <translation>Statws rhybuddion</translation>
    </message>
    <message>
        <source>Loading alerts…</source>
        <translation>Wrthi&apos;n llwytho rhybuddion…</translation>
    </message>
    <message>
        <source>No unread alerts.</source>
        <translation>Dim rhybuddion heb eu darllen.</translation>
    </message>
    <message>
        <source>No alerts. An alert appears here when a timer on your cases (or your team&apos;s) is due soon or has been breached.</source>
        <translation>Dim rhybuddion. Mae rhybudd yn ymddangos yma pan fydd amserydd ar eich achosion (neu rai eich tîm) yn ddyledus cyn bo hir neu wedi&apos;i dorri.</translation>
    </message>
    <message>
        <source>Could not load alerts: {error}</source>
        <translation>Methu llwytho rhybuddion: {error}</translation>
    </message>
    <message>
        <source>{n} unread</source>
        <translation>{n} heb eu darllen</translation>
    </message>
    <message>
        <source>Nothing unread</source>
        <translation>Dim byd heb ei ddarllen</translation>
    </message>
    <message>
        <source>{n} alert marked read.</source>
        <translation>Marciwyd {n} rhybudd wedi&apos;i ddarllen.</translation>
    </message>
    <message>
        <source>{n} alerts marked read.</source>
        <translation>Marciwyd {n} rhybudd wedi&apos;u darllen.</translation>
    </message>
    <message>
        <source>Alert acknowledged.</source>
        <translation>Cydnabuwyd y rhybudd.</translation>
    </message>
    <message>
        <source>All alerts marked read.</source>
        <translation>Marciwyd pob rhybudd wedi&apos;i ddarllen.</translation>
    </message>
</context>
<context>
    <name>AlertTableModel</name>
    <message>
        <source>Acknowledged</source>
        <translation>Wedi&apos;i gydnabod</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Darllenwyd</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Heb ei ddarllen</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>heb ei ddarllen</translation>
    </message>
    <message>
        <source>read</source>
        <translation>wedi&apos;i ddarllen</translation>
    </message>
    <message>
        <source>{threshold}: {rule}, referral {id}, {state}</source>
        <translation>{threshold}: {rule}, atgyfeiriad {id}, {state}</translation>
    </message>
    <message>
        <source>{rule} for referral {id} — {threshold}</source>
        <translation>{rule} ar gyfer atgyfeiriad {id} — {threshold}</translation>
    </message>
    <message>
        <source>Due {time}</source>
        <translation>Erbyn {time}</translation>
    </message>
    <message>
        <source>Raised {time}</source>
        <translation>Codwyd {time}</translation>
    </message>
    <message>
        <source>Read {time}</source>
        <translation>Darllenwyd {time}</translation>
    </message>
    <message>
        <source>Acknowledged {time}</source>
        <translation>Cydnabuwyd {time}</translation>
    </message>
</context>
<context>
    <name>BackupAction</name>
    <message>
        <source>&amp;Back up the database…</source>
        <translation>Gwneud copi &amp;wrth gefn o&apos;r gronfa ddata…</translation>
    </message>
    <message>
        <source>Save a copy of the whole database while Casework stays in use</source>
        <translation>Cadw copi o&apos;r gronfa ddata gyfan tra bo Casework yn dal i gael ei ddefnyddio</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Gwneud copi wrth gefn o&apos;r gronfa ddata</translation>
    </message>
    <message>
        <source>Casework backup (*.sqlite3 *.bak);;All files (*)</source>
        <translation>Copi wrth gefn Casework (*.sqlite3 *.bak);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server. It is backed up on the server side with pg_dump (or `casework backup FILE`, which runs pg_dump); ask whoever runs the server.</source>
        <translation>Mae&apos;r gronfa ddata hon ar weinydd PostgreSQL. Caiff copi wrth gefn ei wneud ar y gweinydd gyda pg_dump (neu `casework backup FILE`, sy&apos;n rhedeg pg_dump); gofynnwch i bwy bynnag sy&apos;n rhedeg y gweinydd.</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Wrthi&apos;n gwneud copi wrth gefn o&apos;r gronfa ddata…</translation>
    </message>
    <message>
        <source>It is encrypted with the database&apos;s own key.</source>
        <translation>Mae wedi&apos;i amgryptio ag allwedd y gronfa ddata ei hun.</translation>
    </message>
    <message>
        <source>It is NOT encrypted, as the database is not: keep it somewhere safe.</source>
        <translation>NID yw wedi&apos;i amgryptio, gan nad yw&apos;r gronfa ddata wedi&apos;i hamgryptio: cadwch ef yn rhywle diogel.</translation>
    </message>
    <message>
        <source>Backup saved to {file}</source>
        <translation>Cadwyd y copi wrth gefn yn {file}</translation>
    </message>
    <message>
        <source>Backup saved</source>
        <translation>Cadwyd y copi wrth gefn</translation>
    </message>
    <message>
        <source>The database was copied to {file} ({size} KB, {seconds} s). {how}</source>
        <translation>Copïwyd y gronfa ddata i {file} ({size} KB, {seconds} e). {how}</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Methodd y copi wrth gefn</translation>
    </message>
    <message>
        <source>No backup was made. {reason}</source>
        <translation>Ni wnaed copi wrth gefn. {reason}</translation>
    </message>
</context>
<context>
    <name>BreachReasonDialog</name>
    <message>
        <source>Reason for a breach — Casework</source>
        <translation>Rheswm dros doriad — Casework</translation>
    </message>
    <message>
        <source>Reason category</source>
        <translation>Categori&apos;r rheswm</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <source>Reason category error</source>
        <translation>Gwall categori&apos;r rheswm</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <source>What happened, and what will stop it happening again</source>
        <translation>Beth ddigwyddodd, a beth fydd yn ei atal rhag digwydd eto</translation>
    </message>
    <message>
        <source>What happened error</source>
        <translation>Gwall beth ddigwyddodd</translation>
    </message>
    <message>
        <source>Reason error</source>
        <translation>Gwall rheswm</translation>
    </message>
    <message>
        <source>{rule} breached</source>
        <translation>{rule} wedi&apos;i dorri</translation>
    </message>
    <message>
        <source>Referral {id} · {person} · due {due}</source>
        <translation>Atgyfeiriad {id} · {person} · erbyn {due}</translation>
    </message>
    <message>
        <source>Challenged by {who}: {comment}</source>
        <translation>Heriwyd gan {who}: {comment}</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Her</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categori:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Beth ddigwyddodd:</translation>
    </message>
    <message>
        <source>Save reason</source>
        <translation>Cadw&apos;r rheswm</translation>
    </message>
    <message>
        <source>choose the reason that fits best</source>
        <translation>dewiswch y rheswm sy&apos;n gweddu orau</translation>
    </message>
    <message>
        <source>Someone else changed this breach after you opened it, so nothing was saved. Close this box, look at the breach again, and give your reason once more (copy it first).</source>
        <translation>Newidiodd rhywun arall y toriad hwn ar ôl i chi ei agor, felly ni chadwyd dim. Caewch y blwch hwn, edrychwch ar y toriad eto, a rhowch eich rheswm unwaith eto (copïwch ef yn gyntaf).</translation>
    </message>
</context>
<context>
    <name>BreachReviewPage</name>
    <message>
        <source>Breach review</source>
        <translation>Adolygu toriadau</translation>
    </message>
    <message>
        <source>Team filter</source>
        <translation>Hidlydd tîm</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Pob tîm</translation>
    </message>
    <message>
        <source>You see your own team&apos;s breaches</source>
        <translation>Rydych yn gweld toriadau eich tîm eich hun</translation>
    </message>
    <message>
        <source>Pathway filter</source>
        <translation>Hidlydd llwybr</translation>
    </message>
    <message>
        <source>All pathways</source>
        <translation>Pob llwybr</translation>
    </message>
    <message>
        <source>Timer filter</source>
        <translation>Hidlydd amserydd</translation>
    </message>
    <message>
        <source>Due from</source>
        <translation>Erbyn o</translation>
    </message>
    <message>
        <source>Due to</source>
        <translation>Erbyn hyd at</translation>
    </message>
    <message>
        <source>Review state filter</source>
        <translation>Hidlydd cyflwr adolygu</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Unrhyw gyflwr</translation>
    </message>
    <message>
        <source>Include &amp;withdrawn</source>
        <translation>Cy&amp;nnwys rhai a dynnwyd yn ôl</translation>
    </message>
    <message>
        <source>Include withdrawn breaches</source>
        <translation>Cynnwys toriadau a dynnwyd yn ôl</translation>
    </message>
    <message>
        <source>Breaches withdrawn because the events were corrected</source>
        <translation>Toriadau a dynnwyd yn ôl oherwydd i&apos;r digwyddiadau gael eu cywiro</translation>
    </message>
    <message>
        <source>Number of breaches</source>
        <translation>Nifer y toriadau</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Tîm:</translation>
    </message>
    <message>
        <source>&amp;Pathway:</source>
        <translation>&amp;Llwybr:</translation>
    </message>
    <message>
        <source>T&amp;imer:</source>
        <translation>Amser&amp;ydd:</translation>
    </message>
    <message>
        <source>Due t&amp;o:</source>
        <translation>Erbyn &amp;hyd at:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Cyflwr:</translation>
    </message>
    <message>
        <source>Breaches, latest due first</source>
        <translation>Toriadau, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <source>Breach list error</source>
        <translation>Gwall rhestr toriadau</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Unrhyw un</translation>
    </message>
    <message>
        <source>Breach error</source>
        <translation>Gwall toriad</translation>
    </message>
    <message>
        <source>Breach status</source>
        <translation>Statws toriad</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Y weithred olaf</translation>
    </message>
    <message>
        <source>No breach selected</source>
        <translation>Dim toriad wedi&apos;i ddewis</translation>
    </message>
    <message>
        <source>Breach details</source>
        <translation>Manylion y toriad</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Sylw adolygu</translation>
    </message>
    <message>
        <source>Optional when accepting; needed to challenge</source>
        <translation>Dewisol wrth dderbyn; angen i herio</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Sylw:</translation>
    </message>
    <message>
        <source>Comment error</source>
        <translation>Gwall sylw</translation>
    </message>
    <message>
        <source>Accept reason</source>
        <translation>Derbyn y rheswm</translation>
    </message>
    <message>
        <source>Due fro&amp;m:</source>
        <translation>Erbyn &amp;o:</translation>
    </message>
    <message>
        <source>&amp;Accept reason</source>
        <translation>&amp;Derbyn y rheswm</translation>
    </message>
    <message>
        <source>Chall&amp;enge</source>
        <translation>H&amp;erio</translation>
    </message>
    <message>
        <source>Challenge reason</source>
        <translation>Herio&apos;r rheswm</translation>
    </message>
    <message>
        <source>Open &amp;referral</source>
        <translation>Agor yr &amp;atgyfeiriad</translation>
    </message>
    <message>
        <source>&amp;Give reason…</source>
        <translation>&amp;Rhoi rheswm…</translation>
    </message>
    <message>
        <source>Give reason</source>
        <translation>Rhoi rheswm</translation>
    </message>
    <message>
        <source>All timers</source>
        <translation>Pob amserydd</translation>
    </message>
    <message>
        <source>{n} breach</source>
        <translation>{n} toriad</translation>
    </message>
    <message>
        <source>{n} breaches</source>
        <translation>{n} toriad</translation>
    </message>
    <message>
        <source>No breaches match these filters.</source>
        <translation>Does dim toriadau&apos;n cyfateb i&apos;r hidlyddion hyn.</translation>
    </message>
    <message>
        <source>Could not load breaches: {error}</source>
        <translation>Methu llwytho toriadau: {error}</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Dim tîm</translation>
    </message>
    <message>
        <source>Select a breach to see its reason and review it.</source>
        <translation>Dewiswch doriad i weld ei reswm a&apos;i adolygu.</translation>
    </message>
    <message>
        <source>{rule} breached</source>
        <translation>{rule} wedi&apos;i dorri</translation>
    </message>
    <message>
        <source>Young person: {name}</source>
        <translation>Person ifanc: {name}</translation>
    </message>
    <message>
        <source>Referral: {id} ({pathway})</source>
        <translation>Atgyfeiriad: {id} ({pathway})</translation>
    </message>
    <message>
        <source>Worker: {worker}</source>
        <translation>Gweithiwr: {worker}</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>heb ei neilltuo</translation>
    </message>
    <message>
        <source>Team: {team}</source>
        <translation>Tîm: {team}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>Was due: {time}</source>
        <translation>Roedd yn ddyledus: {time}</translation>
    </message>
    <message>
        <source>Breach recorded: {time}</source>
        <translation>Cofnodwyd y toriad: {time}</translation>
    </message>
    <message>
        <source>Withdrawn {time}: the events were corrected and the timer was met</source>
        <translation>Tynnwyd yn ôl {time}: cywirwyd y digwyddiadau a bodlonwyd yr amserydd</translation>
    </message>
    <message>
        <source>Given by {who}, {time}</source>
        <translation>Rhoddwyd gan {who}, {time}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>anhysbys</translation>
    </message>
    <message>
        <source>Given by {who}</source>
        <translation>Rhoddwyd gan {who}</translation>
    </message>
    <message>
        <source>{category}

{text}

{given}</source>
        <translation>{category}

{text}

{given}</translation>
    </message>
    <message>
        <source>No reason given yet.</source>
        <translation>Dim rheswm wedi&apos;i roi eto.</translation>
    </message>
    <message>
        <source>State: {state}</source>
        <translation>Cyflwr: {state}</translation>
    </message>
    <message>
        <source>Reviewed by {who}, {time}</source>
        <translation>Adolygwyd gan {who}, {time}</translation>
    </message>
    <message>
        <source>Comment: {comment}</source>
        <translation>Sylw: {comment}</translation>
    </message>
    <message>
        <source>A reason is needed before this breach can be reviewed.</source>
        <translation>Mae angen rheswm cyn y gellir adolygu&apos;r toriad hwn.</translation>
    </message>
    <message>
        <source>Comment: say what is missing from the reason to challenge it</source>
        <translation>Sylw: dywedwch beth sydd ar goll o&apos;r rheswm i&apos;w herio</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>derbyniwyd</translation>
    </message>
    <message>
        <source>challenged</source>
        <translation>heriwyd</translation>
    </message>
    <message>
        <source>Reason {word}.</source>
        <translation>Rheswm: {word}.</translation>
    </message>
    <message>
        <source>Breach of {rule} on referral {id}: reason {word}.</source>
        <translation>Toriad {rule} ar atgyfeiriad {id}: rheswm — {word}.</translation>
    </message>
    <message>
        <source>Reason saved.</source>
        <translation>Cadwyd y rheswm.</translation>
    </message>
    <message>
        <source>Reason saved for the breach on referral {id}.</source>
        <translation>Cadwyd y rheswm dros y toriad ar atgyfeiriad {id}.</translation>
    </message>
    <message>
        <source>Someone else changed this breach while you were looking at it, so nothing was saved. It has been reloaded: check it, then decide again (your comment is kept).</source>
        <translation>Newidiodd rhywun arall y toriad hwn tra oeddech yn edrych arno, felly ni chadwyd dim. Mae wedi&apos;i ail-lwytho: gwiriwch ef, yna penderfynwch eto (caiff eich sylw ei gadw).</translation>
    </message>
    <message>
        <source>Comment: {text}</source>
        <translation>Sylw: {text}</translation>
    </message>
</context>
<context>
    <name>BreachTableModel</name>
    <message>
        <source>Unassigned</source>
        <translation>Heb ei neilltuo</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Tynnwyd yn ôl</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>Sort by {column}</source>
        <translation>Trefnu yn ôl {column}</translation>
    </message>
    <message>
        <source>Could not load</source>
        <translation>Methu llwytho</translation>
    </message>
    <message>
        <source>Could not load this row</source>
        <translation>Methu llwytho&apos;r rhes hon</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wrthi&apos;n llwytho</translation>
    </message>
    <message>
        <source>PNC ID {id}</source>
        <translation>ID PNC {id}</translation>
    </message>
    <message>
        <source>NHS number {number}</source>
        <translation>Rhif GIG {number}</translation>
    </message>
    <message>
        <source>Risk flags: {flags}</source>
        <translation>Baneri risg: {flags}</translation>
    </message>
    <message>
        <source>Born {date}</source>
        <translation>Ganwyd {date}</translation>
    </message>
    <message>
        <source>Closed {time}</source>
        <translation>Caewyd {time}</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Dim terfyn amser</translation>
    </message>
    <message>
        <source>{text}; due {time}</source>
        <translation>{text}; erbyn {time}</translation>
    </message>
    <message>
        <source>No deadline running</source>
        <translation>Dim terfyn amser yn rhedeg</translation>
    </message>
    <message>
        <source>Due {time}</source>
        <translation>Erbyn {time}</translation>
    </message>
    <message>
        <source>Warning from {time}</source>
        <translation>Rhybudd o {time}</translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <source>All stages</source>
        <translation>Pob cam</translation>
    </message>
    <message>
        <source>Choose a pathway first</source>
        <translation>Dewiswch lwybr yn gyntaf</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Unrhyw un</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Heb ei neilltuo</translation>
    </message>
    <message>
        <source>Your own caseload is yours alone</source>
        <translation>Eich llwyth achosion chi yw&apos;ch un chi yn unig</translation>
    </message>
    <message>
        <source>{n} referral</source>
        <translation>{n} atgyfeiriad</translation>
    </message>
    <message>
        <source>{n} referrals</source>
        <translation>{n} atgyfeiriad</translation>
    </message>
    <message>
        <source>{n}+ referrals</source>
        <translation>{n}+ atgyfeiriad</translation>
    </message>
    <message>
        <source>More than {n} referrals match. Scroll to the end of the list to load them all, or type more to narrow the search.</source>
        <translation>Mae mwy na {n} atgyfeiriad yn cyfateb. Sgroliwch i ddiwedd y rhestr i&apos;w llwytho i gyd, neu teipiwch ragor i gyfyngu&apos;r chwiliad.</translation>
    </message>
    <message>
        <source>No referrals match these filters.</source>
        <translation>Does dim atgyfeiriadau&apos;n cyfateb i&apos;r hidlyddion hyn.</translation>
    </message>
    <message>
        <source>No referrals are assigned to you.</source>
        <translation>Does dim atgyfeiriadau wedi&apos;u neilltuo i chi.</translation>
    </message>
    <message>
        <source>No referrals have been assigned to you.</source>
        <translation>Does dim atgyfeiriadau wedi cael eu neilltuo i chi.</translation>
    </message>
    <message>
        <source>No referrals yet.</source>
        <translation>Dim atgyfeiriadau eto.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check</source>
        <translation>Gwirio</translation>
    </message>
    <message>
        <source>Every row is checked as a referral taken in by hand would be. Nothing is imported until there are no errors.</source>
        <translation>Caiff pob rhes ei gwirio fel y byddai atgyfeiriad a dderbynnir â llaw. Ni fewnforir dim nes nad oes gwallau.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Mewnforio</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Canlyniad y gwiriad</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Wrthi&apos;n gwirio&apos;r ffeil</translation>
    </message>
    <message>
        <source>Show errors, warnings or both</source>
        <translation>Dangos gwallau, rhybuddion neu&apos;r ddau</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>Gwallau a rhybuddion</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Gwallau yn unig</translation>
    </message>
    <message>
        <source>Warnings only</source>
        <translation>Rhybuddion yn unig</translation>
    </message>
    <message>
        <source>Find in the problems</source>
        <translation>Chwilio yn y problemau</translation>
    </message>
    <message>
        <source>Find, e.g. a row number or DOB</source>
        <translation>Chwilio, e.e. rhif rhes neu ddyddiad geni</translation>
    </message>
    <message>
        <source>Problems by row and column</source>
        <translation>Problemau fesul rhes a cholofn</translation>
    </message>
    <message>
        <source>Import problems</source>
        <translation>Problemau mewnforio</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>Copy the problems shown to the clipboard</source>
        <translation>Copïo&apos;r problemau a ddangosir i&apos;r clipfwrdd</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>A&amp;llforio…</translation>
    </message>
    <message>
        <source>Save the problems shown as a spreadsheet</source>
        <translation>Cadw&apos;r problemau a ddangosir fel taenlen</translation>
    </message>
    <message>
        <source>Problem checking the file</source>
        <translation>Problem wrth wirio&apos;r ffeil</translation>
    </message>
    <message>
        <source>Referrals older than their SLA windows</source>
        <translation>Atgyfeiriadau sy&apos;n hŷn na&apos;u ffenestri SLA</translation>
    </message>
    <message>
        <source>&amp;Track those clocks anyway: each becomes a breach for a team lead to review</source>
        <translation>&amp;Tracio&apos;r clociau hynny beth bynnag: daw pob un yn doriad i arweinydd tîm ei adolygu</translation>
    </message>
    <message>
        <source>Track the clocks of old referrals as breaches</source>
        <translation>Tracio clociau hen atgyfeiriadau fel toriadau</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Dan&amp;gos:</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>C&amp;hwilio:</translation>
    </message>
    <message>
        <source>Checking {rows} rows…</source>
        <translation>Wrthi&apos;n gwirio {rows} rhes…</translation>
    </message>
    <message>
        <source>Checking {rows} rows: {done} done…</source>
        <translation>Wrthi&apos;n gwirio {rows} rhes: {done} wedi&apos;u gwneud…</translation>
    </message>
    <message>
        <source>Checking {rows} rows against the records held…</source>
        <translation>Wrthi&apos;n gwirio {rows} rhes yn erbyn y cofnodion a gedwir…</translation>
    </message>
    <message>
        <source>No errors in {rows} rows ({warnings} warnings). Import adds {new} new young people and links {linked} already held.</source>
        <translation>Dim gwallau yn {rows} rhes ({warnings} rhybudd). Mae mewnforio&apos;n ychwanegu {new} person ifanc newydd ac yn cysylltu {linked} sydd eisoes ar gofnod.</translation>
    </message>
    <message>
        <source>{errors} errors and {warnings} warnings in {rows} rows. Put the errors right in the spreadsheet and check it again; nothing is imported until there are none.</source>
        <translation>{errors} gwall a {warnings} rhybudd yn {rows} rhes. Cywirwch y gwallau yn y daenlen a&apos;i gwirio eto; ni fewnforir dim nes nad oes rhai.</translation>
    </message>
    <message>
        <source>{rows} rows are older than their SLA windows: {clocks} clocks had passed their due time before today ({by_rule}). The import records them as “imported — not tracked”: no alerts, no breaches to review, and counted apart in reports. Clocks still running are tracked as usual.</source>
        <translation>Mae {rows} rhes yn hŷn na&apos;u ffenestri SLA: roedd {clocks} cloc wedi mynd heibio&apos;r amser dyledus cyn heddiw ({by_rule}). Mae&apos;r mewnforio&apos;n eu cofnodi fel “wedi&apos;u mewnforio — heb eu holrhain”: dim rhybuddion, dim toriadau i&apos;w hadolygu, ac fe&apos;u cyfrifir ar wahân mewn adroddiadau. Caiff clociau sy&apos;n dal i redeg eu holrhain fel arfer.</translation>
    </message>
</context>
<context>
    <name>ChooseFilePage</name>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Dewis y daenlen</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file with the column names in row 1.</source>
        <translation>Ffeil CSV neu Excel (.xlsx) gydag enwau&apos;r colofnau yn rhes 1.</translation>
    </message>
    <message>
        <source>Spreadsheet file</source>
        <translation>Ffeil taenlen</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <source>Choose the spreadsheet file</source>
        <translation>Dewis ffeil y daenlen</translation>
    </message>
    <message>
        <source>Sheet of the workbook</source>
        <translation>Dalen y llyfr gwaith</translation>
    </message>
    <message>
        <source>File status</source>
        <translation>Statws y ffeil</translation>
    </message>
    <message>
        <source>Problem reading the file</source>
        <translation>Problem wrth ddarllen y ffeil</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Wrthi&apos;n darllen y ffeil</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Ffeil:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Dalen:</translation>
    </message>
    <message>
        <source>Import referrals</source>
        <translation>Mewnforio atgyfeiriadau</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Taenlenni (*.xlsx *.csv);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>{rows} rows, {columns} columns</source>
        <translation>{rows} rhes, {columns} colofn</translation>
    </message>
</context>
<context>
    <name>ExportListAction</name>
    <message>
        <source>E&amp;xport list…</source>
        <translation>A&amp;llforio&apos;r rhestr…</translation>
    </message>
    <message>
        <source>Save the list on this page as a spreadsheet (Ctrl+Shift+E)</source>
        <translation>Cadw&apos;r rhestr ar y dudalen hon fel taenlen (Ctrl+Shift+E)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up Casework</source>
        <translation>Gosod Casework</translation>
    </message>
    <message>
        <source>Optional, e.g. Ada Lovelace</source>
        <translation>Dewisol, e.e. Ada Lovelace</translation>
    </message>
    <message>
        <source>At least {n} characters</source>
        <translation>O leiaf {n} nod</translation>
    </message>
    <message>
        <source>{field} error</source>
        <translation>Gwall {field}</translation>
    </message>
    <message>
        <source>Set-up error</source>
        <translation>Gwall gosod</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Creu gweinyddwr</translation>
    </message>
    <message>
        <source>This database has no users yet. Create the administrator account: it manages users, teams and sites. You will sign in with it next.</source>
        <translation>Does gan y gronfa ddata hon ddim defnyddwyr eto. Crëwch gyfrif y gweinyddwr: mae&apos;n rheoli defnyddwyr, timau a safleoedd. Byddwch yn mewngofnodi ag ef nesaf.</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>Cronfa ddata: {where}</translation>
    </message>
    <message>
        <source>enter a user name</source>
        <translation>rhowch enw defnyddiwr</translation>
    </message>
    <message>
        <source>use at least {n} characters</source>
        <translation>defnyddiwch o leiaf {n} nod</translation>
    </message>
    <message>
        <source>does not match the password</source>
        <translation>nid yw&apos;n cyfateb i&apos;r cyfrinair</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>You can sign out instead.</source>
        <translation>Gallwch allgofnodi yn lle hynny.</translation>
    </message>
    <message>
        <source>That is not the password of {name}. Try again, or sign out.</source>
        <translation>Nid dyna gyfrinair {name}. Rhowch gynnig arall arni, neu allgofnodwch.</translation>
    </message>
</context>
<context>
    <name>ImportReferralsAction</name>
    <message>
        <source>&amp;Import referrals…</source>
        <translation>&amp;Mewnforio atgyfeiriadau…</translation>
    </message>
    <message>
        <source>Take in referrals kept in a spreadsheet (CSV or Excel)</source>
        <translation>Derbyn atgyfeiriadau a gedwir mewn taenlen (CSV neu Excel)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import referrals</source>
        <translation>Mewnforio atgyfeiriadau</translation>
    </message>
    <message>
        <source>Import referrals from a spreadsheet</source>
        <translation>Mewnforio atgyfeiriadau o daenlen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nesaf</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Gorffen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Mewnforio</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>Referral form</source>
        <translation>Ffurflen atgyfeirio</translation>
    </message>
</context>
<context>
    <name>ListExporter</name>
    <message>
        <source>Export…</source>
        <translation>Allforio…</translation>
    </message>
    <message>
        <source>Save this list as a spreadsheet (Excel or CSV)</source>
        <translation>Cadw&apos;r rhestr hon fel taenlen (Excel neu CSV)</translation>
    </message>
    <message>
        <source>Export {list}</source>
        <translation>Allforio {list}</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Llyfr gwaith Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting {list}…</source>
        <translation>Wrthi&apos;n allforio {list}…</translation>
    </message>
    <message>
        <source>Exported {count} rows to {file}</source>
        <translation>Allforiwyd {count} rhes i {file}</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Allforio</translation>
    </message>
    <message>
        <source>The list was not exported.</source>
        <translation>Ni allforiwyd y rhestr.</translation>
    </message>
</context>
<context>
    <name>LiveTimerModel</name>
    <message>
        <source>Paused, {left} left</source>
        <translation>Wedi&apos;i oedi, {left} ar ôl</translation>
    </message>
    <message>
        <source>Overdue by {time}</source>
        <translation>Yn hwyr o {time}</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>{time} ar ôl</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Yn hwyr</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Bron yn ddyledus</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Ar amser</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Wedi&apos;i oedi</translation>
    </message>
    <message>
        <source>Due {time}</source>
        <translation>Erbyn {time}</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Heb ei neilltuo</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Casework is locked</source>
        <translation>Mae Casework wedi&apos;i gloi</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <source>Unlock error</source>
        <translation>Gwall datgloi</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Allgofnodi</translation>
    </message>
    <message>
        <source>Not {name}? Sign out; anything not saved in open forms is lost.</source>
        <translation>Nid {name}? Allgofnodwch; caiff unrhyw beth heb ei gadw mewn ffurflenni agored ei golli.</translation>
    </message>
    <message>
        <source>Signed in as {name} ({username}). Casework locked itself after a while without use, to keep the records private. Enter your password to carry on: anything you were typing is kept.</source>
        <translation>Wedi mewngofnodi fel {name} ({username}). Cloiodd Casework ei hun ar ôl cyfnod heb ei ddefnyddio, i gadw&apos;r cofnodion yn breifat. Rhowch eich cyfrinair i barhau: caiff unrhyw beth roeddech yn ei deipio ei gadw.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Cyfrinair:</translation>
    </message>
    <message>
        <source>Someone else? Sign out: {name}&apos;s unsaved work in open forms is lost.</source>
        <translation>Rhywun arall? Allgofnodwch: caiff gwaith {name} sydd heb ei gadw mewn ffurflenni agored ei golli.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Rhowch eich cyfrinair.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Casework — {name} ({role})</source>
        <translation>Casework — {name} ({role})</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Llwyth achosion</translation>
    </message>
    <message>
        <source>&amp;New referral…</source>
        <translation>Atgyfeiriad &amp;newydd…</translation>
    </message>
    <message>
        <source>Take a new referral (Ctrl+N)</source>
        <translation>Derbyn atgyfeiriad newydd (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Record event…</source>
        <translation>Cofnodi &amp;digwyddiad…</translation>
    </message>
    <message>
        <source>Record what happened on the selected referral (Ctrl+E)</source>
        <translation>Cofnodi beth ddigwyddodd ar yr atgyfeiriad a ddewiswyd (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Chwilio</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Adnewyddu</translation>
    </message>
    <message>
        <source>Load this page again (F5)</source>
        <translation>Llwytho&apos;r dudalen hon eto (F5)</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Newid cy&amp;frinair…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>G&amp;osodiadau…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Cloi</translation>
    </message>
    <message>
        <source>Put the case records away until you give your password (Ctrl+L)</source>
        <translation>Cadw&apos;r cofnodion achos o&apos;r golwg nes i chi roi eich cyfrinair (Ctrl+L)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Allgofnodi</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;About Casework</source>
        <translation>&amp;Ynghylch Casework</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Gol&amp;wg</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Cy&amp;morth</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Tudalennau</translation>
    </message>
    <message>
        <source>{title} (Ctrl+{n})</source>
        <translation>{title} (Ctrl+{n})</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Newidiwyd eich cyfrinair.</translation>
    </message>
    <message>
        <source>About Casework</source>
        <translation>Ynghylch Casework</translation>
    </message>
    <message>
        <source>&lt;b&gt;Casework&lt;/b&gt; {version}</source>
        <translation>&lt;b&gt;Casework&lt;/b&gt; {version}</translation>
    </message>
    <message>
        <source>Case management for youth-violence referral pathways.</source>
        <translation>Rheoli achosion ar gyfer llwybrau atgyfeirio trais ieuenctid.</translation>
    </message>
    <message>
        <source>Signed in as {user} ({role}).</source>
        <translation>Wedi mewngofnodi fel {user} ({role}).</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>Cronfa ddata: {where}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Cyfateb y colofnau</translation>
    </message>
    <message>
        <source>Which column holds each piece of the referral. Fields the file has no column for can be given one value for every row.</source>
        <translation>Pa golofn sy&apos;n dal pob rhan o&apos;r atgyfeiriad. Gellir rhoi un gwerth ar gyfer pob rhes i feysydd nad oes colofn ar eu cyfer yn y ffeil.</translation>
    </message>
    <message>
        <source>Column for {field}</source>
        <translation>Colofn ar gyfer {field}</translation>
    </message>
    <message>
        <source>or one value for every row</source>
        <translation>neu un gwerth ar gyfer pob rhes</translation>
    </message>
    <message>
        <source>{field} for every row</source>
        <translation>{field} ar gyfer pob rhes</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colofnau</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Rhesi cyntaf y ffeil</translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation>&amp;Llwytho cyfatebiaeth…</translation>
    </message>
    <message>
        <source>Load a saved column mapping</source>
        <translation>Llwytho cyfatebiaeth colofnau a gadwyd</translation>
    </message>
    <message>
        <source>Sa&amp;ve mapping…</source>
        <translation>Ca&amp;dw&apos;r cyfatebiaeth…</translation>
    </message>
    <message>
        <source>Save this column mapping for next time</source>
        <translation>Cadw&apos;r cyfatebiaeth colofnau hon ar gyfer y tro nesaf</translation>
    </message>
    <message>
        <source>Problem with the mapping</source>
        <translation>Problem gyda&apos;r cyfatebiaeth</translation>
    </message>
    <message>
        <source>&amp;Preview:</source>
        <translation>&amp;Rhagolwg:</translation>
    </message>
    <message>
        <source>Name (given and family)</source>
        <translation>Enw (cyntaf a chyfenw)</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Enw cyntaf</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Rhywedd</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Cod post</translation>
    </message>
    <message>
        <source>Home local authority</source>
        <translation>Awdurdod lleol cartref</translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation>Rhif GIG</translation>
    </message>
    <message>
        <source>PNC ID</source>
        <translation>ID PNC</translation>
    </message>
    <message>
        <source>Referral date/time</source>
        <translation>Dyddiad/amser yr atgyfeiriad</translation>
    </message>
    <message>
        <source>Referral time (own column)</source>
        <translation>Amser yr atgyfeiriad (colofn ar wahân)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Ffynhonnell</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Llwybr</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tîm</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Safle</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Gweithiwr</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(ddim yn y ffeil)</translation>
    </message>
    <message>
        <source>Load a column mapping</source>
        <translation>Llwytho cyfatebiaeth colofnau</translation>
    </message>
    <message>
        <source>Column mappings (*.json);;All files (*)</source>
        <translation>Cyfatebiaethau colofnau (*.json);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Save the column mapping</source>
        <translation>Cadw&apos;r cyfatebiaeth colofnau</translation>
    </message>
    <message>
        <source>Column mappings (*.json)</source>
        <translation>Cyfatebiaethau colofnau (*.json)</translation>
    </message>
</context>
<context>
    <name>NewDatabaseDialog</name>
    <message>
        <source>New database — Casework</source>
        <translation>Cronfa ddata newydd — Casework</translation>
    </message>
    <message>
        <source>&amp;Encrypt the database (recommended)</source>
        <translation>&amp;Amgryptio&apos;r gronfa ddata (argymhellir)</translation>
    </message>
    <message>
        <source>Keep a random key in this computer&apos;s &amp;keyring (no passphrase to type)</source>
        <translation>Cadw allwedd ar hap yng &amp;nghylch allweddi&apos;r cyfrifiadur hwn (dim cyfrinymadrodd i&apos;w deipio)</translation>
    </message>
    <message>
        <source>Protect it with a &amp;passphrase I will type at each start</source>
        <translation>Ei diogelu â &amp;chyfrinymadrodd y byddaf yn ei deipio bob tro y bydd yn cychwyn</translation>
    </message>
    <message>
        <source>At least {n} characters</source>
        <translation>O leiaf {n} nod</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Ailadrodd y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Passphrase error</source>
        <translation>Gwall cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Repeat the passphrase error</source>
        <translation>Gwall ailadrodd y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>Cyfrin&amp;ymadrodd:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Ailadrodd:</translation>
    </message>
    <message>
        <source>Create the database</source>
        <translation>Creu&apos;r gronfa ddata</translation>
    </message>
    <message>
        <source>A new Casework database</source>
        <translation>Cronfa ddata Casework newydd</translation>
    </message>
    <message>
        <source>Casework holds children&apos;s records. Encrypted, the database file cannot be read without its key, even if the computer or a backup is lost.</source>
        <translation>Mae Casework yn cadw cofnodion plant. Os yw wedi&apos;i hamgryptio, ni ellir darllen ffeil y gronfa ddata heb ei hallwedd, hyd yn oed os collir y cyfrifiadur neu gopi wrth gefn.</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>Cronfa ddata: {where}</translation>
    </message>
    <message>
        <source>This computer has no usable keyring, so the database is protected by a passphrase.</source>
        <translation>Does gan y cyfrifiadur hwn ddim cylch allweddi y gellir ei ddefnyddio, felly caiff y gronfa ddata ei diogelu gan gyfrinymadrodd.</translation>
    </message>
    <message>
        <source>Nobody can recover a forgotten passphrase: without it the records are lost. Keep it safe.</source>
        <translation>Ni all neb adfer cyfrinymadrodd a anghofiwyd: hebddo caiff y cofnodion eu colli. Cadwch ef yn ddiogel.</translation>
    </message>
    <message>
        <source>Passphrase: {text}</source>
        <translation>Cyfrinymadrodd: {text}</translation>
    </message>
    <message>
        <source>Repeat: does not match the passphrase</source>
        <translation>Ailadrodd: nid yw&apos;n cyfateb i&apos;r cyfrinymadrodd</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation>Newid eich cyfrinair</translation>
    </message>
    <message>
        <source>Set a new password for {name}</source>
        <translation>Gosod cyfrinair newydd ar gyfer {name}</translation>
    </message>
    <message>
        <source>At least {n} characters</source>
        <translation>O leiaf {n} nod</translation>
    </message>
    <message>
        <source>{field} error</source>
        <translation>Gwall {field}</translation>
    </message>
    <message>
        <source>Password error</source>
        <translation>Gwall cyfrinair</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Newid cyfrinair</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Gosod cyfrinair</translation>
    </message>
    <message>
        <source>Signed in as {name} ({username}).</source>
        <translation>Wedi mewngofnodi fel {name} ({username}).</translation>
    </message>
    <message>
        <source>They sign in with it next time; a lock-out on their account is lifted.</source>
        <translation>Byddant yn mewngofnodi ag ef y tro nesaf; caiff unrhyw gloi allan ar eu cyfrif ei godi.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Nid yw&apos;r ddau gyfrinair newydd yr un fath.</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Row</source>
        <translation>Rhes</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colofn</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Pennawd</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Gwall</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Rhybudd</translation>
    </message>
</context>
<context>
    <name>RecordWindow</name>
    <message>
        <source>Referral {id} — Casework</source>
        <translation>Atgyfeiriad {id} — Casework</translation>
    </message>
    <message>
        <source>{title} — Casework</source>
        <translation>{title} — Casework</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Adroddiadau</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Adroddiad</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>Ynghylch yr adroddiad hwn</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Cyfnod o</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Cyfnod hyd at</translation>
    </message>
    <message>
        <source>Period from error</source>
        <translation>Gwall cyfnod o</translation>
    </message>
    <message>
        <source>Period to error</source>
        <translation>Gwall cyfnod hyd at</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;hyd at</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tîm</translation>
    </message>
    <message>
        <source>Team error</source>
        <translation>Gwall tîm</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Gweithiwr</translation>
    </message>
    <message>
        <source>Worker error</source>
        <translation>Gwall gweithiwr</translation>
    </message>
    <message>
        <source>Referral number, e.g. 1234</source>
        <translation>Rhif atgyfeiriad, e.e. 1234</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Atgyfeiriad</translation>
    </message>
    <message>
        <source>Referral error</source>
        <translation>Gwall atgyfeiriad</translation>
    </message>
    <message>
        <source>&amp;Suppress counts under 5 (for reports that leave the team)</source>
        <translation>&amp;Cuddio cyfrifon o dan 5 (ar gyfer adroddiadau sy&apos;n gadael y tîm)</translation>
    </message>
    <message>
        <source>Suppress counts under 5</source>
        <translation>Cuddio cyfrifon o dan 5</translation>
    </message>
    <message>
        <source>Counts from 1 to 4 are shown as &lt;5 and their percentages as —</source>
        <translation>Dangosir cyfrifon o 1 i 4 fel &lt;5 a&apos;u canrannau fel —</translation>
    </message>
    <message>
        <source>&amp;List every open case, worker by worker</source>
        <translation>&amp;Rhestru pob achos agored, fesul gweithiwr</translation>
    </message>
    <message>
        <source>List every open case</source>
        <translation>Rhestru pob achos agored</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Adroddiad:</translation>
    </message>
    <message>
        <source>&amp;Period from:</source>
        <translation>Cyfnod &amp;o:</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>T&amp;îm:</translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation>&amp;Gweithiwr:</translation>
    </message>
    <message>
        <source>Referr&amp;al:</source>
        <translation>A&amp;tgyfeiriad:</translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>Argraff&amp;u…</translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation>Cy&amp;nhyrchu…</translation>
    </message>
    <message>
        <source>Generate report</source>
        <translation>Cynhyrchu adroddiad</translation>
    </message>
    <message>
        <source>Choose where to save the PDF, then make it in the background</source>
        <translation>Dewis ble i gadw&apos;r PDF, yna ei wneud yn y cefndir</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation>Cynnydd yr adroddiad</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>Agor y &amp;PDF</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Agor y PDF</translation>
    </message>
    <message>
        <source>Open the report in your PDF viewer</source>
        <translation>Agor yr adroddiad yn eich gwyliwr PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
    <message>
        <source>Opens the report in your PDF viewer; print it from there (Ctrl+P)</source>
        <translation>Yn agor yr adroddiad yn eich gwyliwr PDF; argraffwch ef oddi yno (Ctrl+P)</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Statws yr adroddiad</translation>
    </message>
    <message>
        <source>Report error</source>
        <translation>Gwall adroddiad</translation>
    </message>
    <message>
        <source>Teams and workers loading error</source>
        <translation>Gwall llwytho timau a gweithwyr</translation>
    </message>
    <message>
        <source>Reports are printed as PDF documents marked OFFICIAL-SENSITIVE. They contain children&apos;s personal data: save them only where your organisation allows, and share them only with those who need them.</source>
        <translation>Caiff adroddiadau eu hargraffu fel dogfennau PDF wedi&apos;u marcio&apos;n OFFICIAL-SENSITIVE (SWYDDOGOL-SENSITIF). Maen nhw&apos;n cynnwys data personol plant: cadwch nhw dim ond lle mae eich sefydliad yn caniatáu, a rhannwch nhw dim ond â&apos;r rhai sydd eu hangen.</translation>
    </message>
    <message>
        <source>Your team</source>
        <translation>Eich tîm</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Pob tîm</translation>
    </message>
    <message>
        <source>All workers</source>
        <translation>Pob gweithiwr</translation>
    </message>
    <message>
        <source>Could not load the teams and workers: {error}</source>
        <translation>Methu llwytho&apos;r timau a&apos;r gweithwyr: {error}</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Cadw&apos;r adroddiad fel</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>enter the referral&apos;s number</source>
        <translation>rhowch rif yr atgyfeiriad</translation>
    </message>
    <message>
        <source>Making the {report} …</source>
        <translation>Wrthi&apos;n gwneud {report} …</translation>
    </message>
    <message>
        <source>{n} page</source>
        <translation>{n} dudalen</translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation>{n} tudalen</translation>
    </message>
    <message>
        <source>Saved the {report} ({pages}) as {path}</source>
        <translation>Cadwyd {report} ({pages}) fel {path}</translation>
    </message>
    <message>
        <source>No PDF viewer opened {path}; open the file yourself.</source>
        <translation>Ni agorodd unrhyw wyliwr PDF {path}; agorwch y ffeil eich hun.</translation>
    </message>
    <message>
        <source>The report is open in your PDF viewer: print it from there (Ctrl+P).</source>
        <translation>Mae&apos;r adroddiad ar agor yn eich gwyliwr PDF: argraffwch ef oddi yno (Ctrl+P).</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Import</source>
        <translation>Mewnforio</translation>
    </message>
    <message>
        <source>Result of the import</source>
        <translation>Canlyniad y mewnforio</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Wrthi&apos;n mewnforio</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>Methodd y mewnforio</translation>
    </message>
    <message>
        <source>Importing {rows} referrals in one go…</source>
        <translation>Wrthi&apos;n mewnforio {rows} atgyfeiriad ar unwaith…</translation>
    </message>
    <message>
        <source>Checking the rows again: {done} of {total}…</source>
        <translation>Wrthi&apos;n gwirio&apos;r rhesi eto: {done} o {total}…</translation>
    </message>
    <message>
        <source>Writing {total} referrals…</source>
        <translation>Wrthi&apos;n ysgrifennu {total} atgyfeiriad…</translation>
    </message>
    <message>
        <source>Written the young people; writing the referrals…</source>
        <translation>Ysgrifennwyd y bobl ifanc; wrthi&apos;n ysgrifennu&apos;r atgyfeiriadau…</translation>
    </message>
    <message>
        <source>Written the referrals; writing their events…</source>
        <translation>Ysgrifennwyd yr atgyfeiriadau; wrthi&apos;n ysgrifennu eu digwyddiadau…</translation>
    </message>
    <message>
        <source>Written the events; working out the SLA timers…</source>
        <translation>Ysgrifennwyd y digwyddiadau; wrthi&apos;n cyfrifo&apos;r amseryddion SLA…</translation>
    </message>
    <message>
        <source>Written the SLA timers; writing the audit trail…</source>
        <translation>Ysgrifennwyd yr amseryddion SLA; wrthi&apos;n ysgrifennu&apos;r trywydd archwilio…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wrthi&apos;n cadw…</translation>
    </message>
    <message>
        <source>Nothing is saved until every row is written.</source>
        <translation>Ni chedwir dim nes bod pob rhes wedi&apos;i hysgrifennu.</translation>
    </message>
    <message>
        <source>Imported {count} referrals from {file}: {new} new young people, {linked} already held. Referral numbers {first} to {last}.</source>
        <translation>Mewnforiwyd {count} atgyfeiriad o {file}: {new} person ifanc newydd, {linked} eisoes ar gofnod. Rhifau atgyfeirio {first} i {last}.</translation>
    </message>
    <message>
        <source>{clocks} clocks of {rows} referrals had passed their due time before the import: recorded as breaches for review.</source>
        <translation>Roedd {clocks} cloc o {rows} atgyfeiriad wedi mynd heibio&apos;r amser dyledus cyn y mewnforio: fe&apos;u cofnodwyd fel toriadau i&apos;w hadolygu.</translation>
    </message>
    <message>
        <source>{clocks} clocks of {rows} referrals had passed their due time before the import: recorded as “imported — not tracked” (no alerts, no breaches to review).</source>
        <translation>Roedd {clocks} cloc o {rows} atgyfeiriad wedi mynd heibio&apos;r amser dyledus cyn y mewnforio: fe&apos;u cofnodwyd fel “wedi&apos;u mewnforio — heb eu holrhain” (dim rhybuddion, dim toriadau i&apos;w hadolygu).</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ni fewnforiwyd dim.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dilyn y system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Golau</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tywyll</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> munud</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Iaith y system ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>Show SLA alerts in the system &amp;tray</source>
        <translation>Dangos rhybuddion SLA yn &amp;hambwrdd y system</translation>
    </message>
    <message>
        <source>&amp;Colour scheme:</source>
        <translation>&amp;Cynllun lliw:</translation>
    </message>
    <message>
        <source>&amp;Lock the window after:</source>
        <translation>C&amp;loi&apos;r ffenestr ar ôl:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <source>These settings are kept for you on this computer. The colour scheme changes at once; the window lock and the tray apply from your next sign-in; the language from the next time Casework starts.</source>
        <translation>Cedwir y gosodiadau hyn i chi ar y cyfrifiadur hwn. Mae&apos;r cynllun lliw yn newid ar unwaith; mae cloi&apos;r ffenestr a&apos;r hambwrdd yn dod i rym o&apos;ch mewngofnodi nesaf; yr iaith o&apos;r tro nesaf y bydd Casework yn cychwyn.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Casework</source>
        <translation>Mewngofnodi — Casework</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Gwall mewngofnodi</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Enw defnyddiwr:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Cyfrinair:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Mewngofnodi</translation>
    </message>
    <message>
        <source>Sign in to Casework</source>
        <translation>Mewngofnodi i Casework</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>Cronfa ddata: {where}</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Cronfa ddata</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Rhowch eich enw defnyddiwr a&apos;ch cyfrinair.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Wrthi&apos;n mewngofnodi…</translation>
    </message>
</context>
<context>
    <name>TeamBoardPage</name>
    <message>
        <source>Team board</source>
        <translation>Bwrdd y tîm</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tîm</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Tîm:</translation>
    </message>
    <message>
        <source>Last loaded</source>
        <translation>Llwythwyd ddiwethaf</translation>
    </message>
    <message>
        <source>Reloa&amp;d</source>
        <translation>Ail-&amp;lwytho</translation>
    </message>
    <message>
        <source>Reload the board</source>
        <translation>Ail-lwytho&apos;r bwrdd</translation>
    </message>
    <message>
        <source>Workload per worker</source>
        <translation>Llwyth gwaith pob gweithiwr</translation>
    </message>
    <message>
        <source>Live timers across the team, soonest due first</source>
        <translation>Amseryddion byw ar draws y tîm, y cynharaf yn gyntaf</translation>
    </message>
    <message>
        <source>Live timers</source>
        <translation>Amseryddion byw</translation>
    </message>
    <message>
        <source>New worker</source>
        <translation>Gweithiwr newydd</translation>
    </message>
    <message>
        <source>Re&amp;assign the selected referral to:</source>
        <translation>Ail&amp;neilltuo&apos;r atgyfeiriad a ddewiswyd i:</translation>
    </message>
    <message>
        <source>Reassi&amp;gn</source>
        <translation>Ailn&amp;eilltuo</translation>
    </message>
    <message>
        <source>Reassign referral</source>
        <translation>Ailneilltuo&apos;r atgyfeiriad</translation>
    </message>
    <message>
        <source>Open &amp;referral</source>
        <translation>Agor yr &amp;atgyfeiriad</translation>
    </message>
    <message>
        <source>Team board loading error</source>
        <translation>Gwall llwytho bwrdd y tîm</translation>
    </message>
    <message>
        <source>Reassignment error</source>
        <translation>Gwall ailneilltuo</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Y weithred olaf</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workload&lt;/b&gt;</source>
        <translation>&lt;b&gt;Llwyth gwaith&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Live timers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Amseryddion byw&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workload&lt;/b&gt; — {n}</source>
        <translation>&lt;b&gt;Llwyth gwaith&lt;/b&gt; — {n}</translation>
    </message>
    <message>
        <source>{n} worker</source>
        <translation>{n} gweithiwr</translation>
    </message>
    <message>
        <source>{n} workers</source>
        <translation>{n} gweithiwr</translation>
    </message>
    <message>
        <source>&lt;b&gt;Live timers&lt;/b&gt; — {n}</source>
        <translation>&lt;b&gt;Amseryddion byw&lt;/b&gt; — {n}</translation>
    </message>
    <message>
        <source>{n} timer</source>
        <translation>{n} amserydd</translation>
    </message>
    <message>
        <source>{n} timers</source>
        <translation>{n} amserydd</translation>
    </message>
    <message>
        <source>As of {time}</source>
        <translation>Ar {time}</translation>
    </message>
    <message>
        <source>Could not load the team board: {error}</source>
        <translation>Methu llwytho bwrdd y tîm: {error}</translation>
    </message>
    <message>
        <source>Referral {id} reassigned to {name}.</source>
        <translation>Ailneilltuwyd atgyfeiriad {id} i {name}.</translation>
    </message>
    <message>
        <source>Referral {id} was changed by someone else after the board loaded, so it was not reassigned. The board has been reloaded: check it and try again.</source>
        <translation>Newidiwyd atgyfeiriad {id} gan rywun arall ar ôl i&apos;r bwrdd lwytho, felly ni chafodd ei ailneilltuo. Mae&apos;r bwrdd wedi&apos;i ail-lwytho: gwiriwch ef a rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock the database — Casework</source>
        <translation>Datgloi&apos;r gronfa ddata — Casework</translation>
    </message>
    <message>
        <source>Database passphrase</source>
        <translation>Cyfrinymadrodd y gronfa ddata</translation>
    </message>
    <message>
        <source>Unlock error</source>
        <translation>Gwall datgloi</translation>
    </message>
    <message>
        <source>Database &amp;passphrase:</source>
        <translation>&amp;Cyfrinymadrodd y gronfa ddata:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Datgloi</translation>
    </message>
    <message>
        <source>The database is encrypted</source>
        <translation>Mae&apos;r gronfa ddata wedi&apos;i hamgryptio</translation>
    </message>
    <message>
        <source>Its key is not in this computer&apos;s keyring. Type the database passphrase (not your sign-in password).</source>
        <translation>Dydy ei hallwedd ddim yng nghylch allweddi&apos;r cyfrifiadur hwn. Teipiwch gyfrinymadrodd y gronfa ddata (nid eich cyfrinair mewngofnodi).</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>Cronfa ddata: {where}</translation>
    </message>
    <message>
        <source>Type the database passphrase.</source>
        <translation>Teipiwch gyfrinymadrodd y gronfa ddata.</translation>
    </message>
    <message>
        <source>That passphrase does not open this database. Check it and try again.</source>
        <translation>Dydy&apos;r cyfrinymadrodd hwnnw ddim yn agor y gronfa ddata hon. Gwiriwch ef a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Wrthi&apos;n agor y gronfa ddata…</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Ychwanegu defnyddiwr</translation>
    </message>
    <message>
        <source>Change {name}</source>
        <translation>Newid {name}</translation>
    </message>
    <message>
        <source>None (administration only)</source>
        <translation>Dim (gweinyddu yn unig)</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Dim tîm</translation>
    </message>
    <message>
        <source>Administrator: manages users, teams, sites and settings</source>
        <translation>Gweinyddwr: yn rheoli defnyddwyr, timau, safleoedd a gosodiadau</translation>
    </message>
    <message>
        <source>Active: may sign in</source>
        <translation>Gweithredol: caiff fewngofnodi</translation>
    </message>
    <message>
        <source>At least {n} characters</source>
        <translation>O leiaf {n} nod</translation>
    </message>
    <message>
        <source>{field} error</source>
        <translation>Gwall {field}</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Gwall</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
</context>
<context>
    <name>WorkloadModel</name>
    <message>
        <source>Unassigned</source>
        <translation>Heb ei neilltuo</translation>
    </message>
    <message>
        <source>{name} (left the team)</source>
        <translation>{name} (wedi gadael y tîm)</translation>
    </message>
    <message>
        <source>No longer in this team: move their work to someone who is</source>
        <translation>Ddim yn y tîm hwn mwyach: symudwch eu gwaith at rywun sydd</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>A pathway file is broken; Casework cannot start until it is put right.</source>
        <translation>Mae ffeil llwybr wedi torri; ni all Casework gychwyn nes iddi gael ei chywiro.</translation>
    </message>
    <message>
        <source>Casework could not open its database ({where}).</source>
        <translation>Methodd Casework agor ei gronfa ddata ({where}).</translation>
    </message>
    <message>
        <source>Casework cannot start</source>
        <translation>Ni all Casework gychwyn</translation>
    </message>
</context>
<context>
    <name>pathway</name>
    <message>
        <source>Act Now</source>
        <translation>Act Now</translation>
    </message>
    <message>
        <source>YOT caseworkers attend police custody for under-18s arrested for a knife-enabled offence, then meet parents or carers within 48 hours of release (Thames Valley, Operation Deter).</source>
        <translation>Mae gweithwyr achos y Tîm Troseddau Ieuenctid yn mynd i ddalfa&apos;r heddlu ar gyfer pobl dan 18 oed a arestiwyd am drosedd yn ymwneud â chyllell, ac yna&apos;n cyfarfod â rhieni neu ofalwyr o fewn 48 awr i&apos;w rhyddhau (Dyffryn Tafwys, Ymgyrch Deter).</translation>
    </message>
    <message>
        <source>In custody</source>
        <translation>Yn y ddalfa</translation>
    </message>
    <message>
        <source>Engaging family</source>
        <translation>Ymgysylltu â&apos;r teulu</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Ymyriad</translation>
    </message>
    <message>
        <source>Multi-agency review</source>
        <translation>Adolygiad amlasiantaethol</translation>
    </message>
    <message>
        <source>Criminal-justice route</source>
        <translation>Llwybr cyfiawnder troseddol</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Wedi&apos;i neilltuo</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Wedi&apos;i neilltuo i</translation>
    </message>
    <message>
        <source>Previously assigned to</source>
        <translation>Wedi&apos;i neilltuo&apos;n flaenorol i</translation>
    </message>
    <message>
        <source>Stage moved</source>
        <translation>Cam wedi&apos;i symud</translation>
    </message>
    <message>
        <source>From stage</source>
        <translation>O&apos;r cam</translation>
    </message>
    <message>
        <source>To stage</source>
        <translation>I&apos;r cam</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Wedi cau</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Closed from stage</source>
        <translation>Caewyd o&apos;r cam</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Ailagorwyd</translation>
    </message>
    <message>
        <source>Outcome undone</source>
        <translation>Canlyniad wedi&apos;i ddadwneud</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Custody notified</source>
        <translation>Hysbyswyd o&apos;r ddalfa</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>Trosedd</translation>
    </message>
    <message>
        <source>Custody record number</source>
        <translation>Rhif cofnod y ddalfa</translation>
    </message>
    <message>
        <source>Custody attended</source>
        <translation>Aethpwyd i&apos;r ddalfa</translation>
    </message>
    <message>
        <source>Outcome of visit</source>
        <translation>Canlyniad yr ymweliad</translation>
    </message>
    <message>
        <source>Released from custody</source>
        <translation>Rhyddhawyd o&apos;r ddalfa</translation>
    </message>
    <message>
        <source>Release type</source>
        <translation>Math o ryddhau</translation>
    </message>
    <message>
        <source>Parent/carer meeting held</source>
        <translation>Cynhaliwyd cyfarfod rhiant/gofalwr</translation>
    </message>
    <message>
        <source>Who attended</source>
        <translation>Pwy oedd yno</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <source>Safeguarding (MASH) referral sent</source>
        <translation>Anfonwyd atgyfeiriad diogelu (MASH)</translation>
    </message>
    <message>
        <source>MASH (home local authority)</source>
        <translation>MASH (awdurdod lleol cartref)</translation>
    </message>
    <message>
        <source>MASH reference</source>
        <translation>Cyfeirnod MASH</translation>
    </message>
    <message>
        <source>Disengaged: criminal-justice route continues</source>
        <translation>Wedi ymddieithrio: llwybr cyfiawnder troseddol yn parhau</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Wedi&apos;u cwblhau</translation>
    </message>
    <message>
        <source>Disengaged (criminal-justice route continues)</source>
        <translation>Wedi ymddieithrio (llwybr cyfiawnder troseddol yn parhau)</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Wedi symud i ffwrdd</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Wedi&apos;i atgyfeirio ymlaen</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Wedi gwrthod</translation>
    </message>
    <message>
        <source>No further action</source>
        <translation>Dim camau pellach</translation>
    </message>
    <message>
        <source>Custody attendance</source>
        <translation>Mynd i&apos;r ddalfa</translation>
    </message>
    <message>
        <source>A YOT caseworker attends custody within 90 minutes of being notified.</source>
        <translation>Mae gweithiwr achos y Tîm Troseddau Ieuenctid yn mynd i&apos;r ddalfa o fewn 90 munud i gael ei hysbysu.</translation>
    </message>
    <message>
        <source>Parent/carer meeting</source>
        <translation>Cyfarfod rhiant/gofalwr</translation>
    </message>
    <message>
        <source>Parents or carers are met within 48 hours of the young person leaving custody.</source>
        <translation>Cynhelir cyfarfod â rhieni neu ofalwyr o fewn 48 awr i&apos;r person ifanc adael y ddalfa.</translation>
    </message>
    <message>
        <source>MASH safeguarding referral</source>
        <translation>Atgyfeiriad diogelu MASH</translation>
    </message>
    <message>
        <source>A young person from outside the service area is referred to their home authority&apos;s MASH.</source>
        <translation>Caiff person ifanc o&apos;r tu allan i ardal y gwasanaeth ei atgyfeirio at MASH ei awdurdod cartref.</translation>
    </message>
    <message>
        <source>A&amp;E Navigator</source>
        <translation>Llywiwr Adran Achosion Brys</translation>
    </message>
    <message>
        <source>Youth workers in emergency departments engage young people with a violence-related injury, then hold aftercare in the community and refer on (West Yorkshire VRP). Service hours 09:00-17:00.</source>
        <translation>Mae gweithwyr ieuenctid mewn adrannau achosion brys yn ymgysylltu â phobl ifanc sydd ag anaf sy&apos;n gysylltiedig â thrais, yna&apos;n cynnal ôl-ofal yn y gymuned ac yn atgyfeirio ymlaen (VRP Gorllewin Swydd Efrog). Oriau gwasanaeth 09:00-17:00.</translation>
    </message>
    <message>
        <source>In the ED</source>
        <translation>Yn yr Adran Achosion Brys</translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation>Ôl-ofal</translation>
    </message>
    <message>
        <source>ED attendance</source>
        <translation>Presenoldeb yn yr Adran Achosion Brys</translation>
    </message>
    <message>
        <source>Injury type</source>
        <translation>Math o anaf</translation>
    </message>
    <message>
        <source>Presenting issues</source>
        <translation>Materion a gyflwynwyd</translation>
    </message>
    <message>
        <source>Already known to services</source>
        <translation>Eisoes yn hysbys i wasanaethau</translation>
    </message>
    <message>
        <source>Previous ED attendances</source>
        <translation>Ymweliadau blaenorol â&apos;r Adran Achosion Brys</translation>
    </message>
    <message>
        <source>Engaged in the ED</source>
        <translation>Ymgysylltodd yn yr Adran Achosion Brys</translation>
    </message>
    <message>
        <source>Declined support</source>
        <translation>Gwrthododd gymorth</translation>
    </message>
    <message>
        <source>Discharged from the ED</source>
        <translation>Rhyddhawyd o&apos;r Adran Achosion Brys</translation>
    </message>
    <message>
        <source>Aftercare appointment held</source>
        <translation>Cynhaliwyd apwyntiad ôl-ofal</translation>
    </message>
    <message>
        <source>Onward referral</source>
        <translation>Atgyfeiriad ymlaen</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Atgyfeiriwyd at</translation>
    </message>
    <message>
        <source>Completed (aftercare finished)</source>
        <translation>Wedi&apos;i gwblhau (ôl-ofal wedi gorffen)</translation>
    </message>
    <message>
        <source>Disengaged</source>
        <translation>Wedi ymddieithrio</translation>
    </message>
    <message>
        <source>Navigator contact</source>
        <translation>Cyswllt â&apos;r llywiwr</translation>
    </message>
    <message>
        <source>A navigator sees the young person within 2 service hours of the ED attendance.</source>
        <translation>Mae llywiwr yn gweld y person ifanc o fewn 2 awr gwasanaeth i&apos;r presenoldeb yn yr Adran Achosion Brys.</translation>
    </message>
    <message>
        <source>First aftercare appointment</source>
        <translation>Apwyntiad ôl-ofal cyntaf</translation>
    </message>
    <message>
        <source>The first aftercare appointment is held within 7 days of discharge.</source>
        <translation>Cynhelir yr apwyntiad ôl-ofal cyntaf o fewn 7 diwrnod i&apos;r rhyddhau.</translation>
    </message>
    <message>
        <source>INTACT</source>
        <translation>INTACT</translation>
    </message>
    <message>
        <source>Police-led early intervention for serious violence and organised crime (Dyfed-Powys): MARFs are triaged against the threshold, then 1-2-1 or group work.</source>
        <translation>Ymyrraeth gynnar dan arweiniad yr heddlu ar gyfer trais difrifol a throseddau cyfundrefnol (Dyfed-Powys): caiff MARFs eu brysbennu yn erbyn y trothwy, yna gwaith 1-i-1 neu waith grŵp.</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Brysbennu</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Asesiad</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Dilyniant</translation>
    </message>
    <message>
        <source>Other services / no further action</source>
        <translation>Gwasanaethau eraill / dim camau pellach</translation>
    </message>
    <message>
        <source>MARF received</source>
        <translation>MARF wedi dod i law</translation>
    </message>
    <message>
        <source>Referring agency</source>
        <translation>Asiantaeth atgyfeirio</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Pryderon</translation>
    </message>
    <message>
        <source>Low-level concern</source>
        <translation>Pryder lefel isel</translation>
    </message>
    <message>
        <source>Risk of serious violence or organised crime</source>
        <translation>Risg o drais difrifol neu droseddau cyfundrefnol</translation>
    </message>
    <message>
        <source>Consent from child or family</source>
        <translation>Caniatâd gan y plentyn neu&apos;r teulu</translation>
    </message>
    <message>
        <source>Triage decision</source>
        <translation>Penderfyniad brysbennu</translation>
    </message>
    <message>
        <source>Threshold met</source>
        <translation>Trothwy wedi&apos;i gyrraedd</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Cyrchfan</translation>
    </message>
    <message>
        <source>Assessment completed</source>
        <translation>Asesiad wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <source>Intervention type chosen</source>
        <translation>Math o ymyriad wedi&apos;i ddewis</translation>
    </message>
    <message>
        <source>Intervention type</source>
        <translation>Math o ymyriad</translation>
    </message>
    <message>
        <source>Group programme</source>
        <translation>Rhaglen grŵp</translation>
    </message>
    <message>
        <source>Session attended</source>
        <translation>Mynychwyd sesiwn</translation>
    </message>
    <message>
        <source>Programme or session</source>
        <translation>Rhaglen neu sesiwn</translation>
    </message>
    <message>
        <source>Session missed</source>
        <translation>Collwyd sesiwn</translation>
    </message>
    <message>
        <source>Completed: no further police contact</source>
        <translation>Wedi&apos;i gwblhau: dim cyswllt pellach â&apos;r heddlu</translation>
    </message>
    <message>
        <source>Not accepted (below the threshold)</source>
        <translation>Heb ei dderbyn (o dan y trothwy)</translation>
    </message>
    <message>
        <source>MARF triage</source>
        <translation>Brysbennu MARF</translation>
    </message>
    <message>
        <source>The Vulnerability Unit triages each MARF within 3 working days.</source>
        <translation>Mae&apos;r Uned Bregusrwydd yn brysbennu pob MARF o fewn 3 diwrnod gwaith.</translation>
    </message>
    <message>
        <source>First intervention contact</source>
        <translation>Cyswllt ymyrraeth cyntaf</translation>
    </message>
    <message>
        <source>Once a MARF is accepted, the assessment is completed within 10 working days.</source>
        <translation>Unwaith y derbynnir MARF, cwblheir yr asesiad o fewn 10 diwrnod gwaith.</translation>
    </message>
    <message>
        <source>Criminal exploitation</source>
        <translation>Camfanteisio troseddol</translation>
    </message>
    <message>
        <source>Known or suspected to be criminally exploited (including by an organised crime group).</source>
        <translation>Yn hysbys neu yr amheuir ei fod yn destun camfanteisio troseddol (gan gynnwys gan grŵp troseddu cyfundrefnol).</translation>
    </message>
    <message>
        <source>County lines</source>
        <translation>Llinellau cyffuriau</translation>
    </message>
    <message>
        <source>Involved in, or targeted for, county-lines drug supply.</source>
        <translation>Yn rhan o gyflenwi cyffuriau llinellau cyffuriau, neu&apos;n cael ei dargedu ar ei gyfer.</translation>
    </message>
    <message>
        <source>Sexual exploitation</source>
        <translation>Camfanteisio rhywiol</translation>
    </message>
    <message>
        <source>Known or suspected child sexual exploitation.</source>
        <translation>Camfanteisio rhywiol ar blant sy&apos;n hysbys neu a amheuir.</translation>
    </message>
    <message>
        <source>Weapon carrying</source>
        <translation>Cario arfau</translation>
    </message>
    <message>
        <source>Known or reported to carry a knife or other weapon.</source>
        <translation>Yn hysbys neu yr adroddwyd ei fod yn cario cyllell neu arf arall.</translation>
    </message>
    <message>
        <source>Missing episodes</source>
        <translation>Achosion o fynd ar goll</translation>
    </message>
    <message>
        <source>Has been reported missing from home or care.</source>
        <translation>Adroddwyd ei fod ar goll o&apos;i gartref neu o ofal.</translation>
    </message>
    <message>
        <source>Gang association</source>
        <translation>Cysylltiad â gang</translation>
    </message>
    <message>
        <source>Associated with a street gang or group involved in violence.</source>
        <translation>Yn gysylltiedig â gang stryd neu grŵp sy&apos;n ymwneud â thrais.</translation>
    </message>
    <message>
        <source>Threat to life</source>
        <translation>Bygythiad i fywyd</translation>
    </message>
    <message>
        <source>A threat-to-life (Osman) warning has been issued or is believed to exist.</source>
        <translation>Mae rhybudd bygythiad i fywyd (Osman) wedi&apos;i gyhoeddi neu credir ei fod yn bodoli.</translation>
    </message>
    <message>
        <source>Victim of serious violence</source>
        <translation>Dioddefwr trais difrifol</translation>
    </message>
    <message>
        <source>Has been the victim of a stabbing, shooting or other serious assault.</source>
        <translation>Wedi dioddef trywanu, saethu neu ymosodiad difrifol arall.</translation>
    </message>
    <message>
        <source>Domestic abuse at home</source>
        <translation>Cam-drin domestig yn y cartref</translation>
    </message>
    <message>
        <source>Domestic abuse in the household.</source>
        <translation>Cam-drin domestig yn yr aelwyd.</translation>
    </message>
    <message>
        <source>Self-harm or suicide risk</source>
        <translation>Risg hunan-niweidio neu hunanladdiad</translation>
    </message>
    <message>
        <source>Self-harm, suicidal thoughts or attempts.</source>
        <translation>Hunan-niweidio, meddyliau neu ymdrechion hunanladdol.</translation>
    </message>
    <message>
        <source>Substance misuse</source>
        <translation>Camddefnyddio sylweddau</translation>
    </message>
    <message>
        <source>Problematic drug or alcohol use.</source>
        <translation>Defnydd problemus o gyffuriau neu alcohol.</translation>
    </message>
    <message>
        <source>Looked-after child</source>
        <translation>Plentyn sy&apos;n derbyn gofal</translation>
    </message>
    <message>
        <source>In the care of a local authority.</source>
        <translation>Yng ngofal awdurdod lleol.</translation>
    </message>
    <message>
        <source>Engaged</source>
        <translation>Wedi ymgysylltu</translation>
    </message>
    <message>
        <source>Not seen</source>
        <translation>Heb ei weld</translation>
    </message>
    <message>
        <source>Bail</source>
        <translation>Mechnïaeth</translation>
    </message>
    <message>
        <source>Released under investigation</source>
        <translation>Wedi&apos;i ryddhau dan ymchwiliad</translation>
    </message>
    <message>
        <source>Charged and bailed</source>
        <translation>Wedi&apos;i gyhuddo a&apos;i ryddhau ar fechnïaeth</translation>
    </message>
    <message>
        <source>Remanded</source>
        <translation>Wedi&apos;i remandio</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Cartref</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Swyddfa</translation>
    </message>
    <message>
        <source>Custody suite</source>
        <translation>Swît y ddalfa</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>Stab wound</source>
        <translation>Clwyf trywanu</translation>
    </message>
    <message>
        <source>Blunt force</source>
        <translation>Grym di-fin</translation>
    </message>
    <message>
        <source>Assault punch kick</source>
        <translation>Ymosodiad (dyrnu neu gicio)</translation>
    </message>
    <message>
        <source>Gunshot</source>
        <translation>Ergyd gwn</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Trais</translation>
    </message>
    <message>
        <source>Exploitation</source>
        <translation>Camfanteisio</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Iechyd meddwl</translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation>Defnyddio sylweddau</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Tai</translation>
    </message>
    <message>
        <source>Domestic abuse</source>
        <translation>Cam-drin domestig</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Addysg</translation>
    </message>
    <message>
        <source>Community venue</source>
        <translation>Lleoliad cymunedol</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Ysbyty</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Intact team</source>
        <translation>Tîm INTACT</translation>
    </message>
    <message>
        <source>Other services</source>
        <translation>Gwasanaethau eraill</translation>
    </message>
    <message>
        <source>One to one</source>
        <translation>Un i un</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
</context>
<context>
    <name>sla</name>
    <message>
        <source>not started</source>
        <translation>heb ddechrau</translation>
    </message>
    <message>
        <source>running</source>
        <translation>yn rhedeg</translation>
    </message>
    <message>
        <source>running — warning</source>
        <translation>yn rhedeg — rhybudd</translation>
    </message>
    <message>
        <source>BREACHED</source>
        <translation>WEDI&apos;I DORRI</translation>
    </message>
    <message>
        <source>met</source>
        <translation>wedi&apos;i fodloni</translation>
    </message>
    <message>
        <source>met late (breached)</source>
        <translation>wedi&apos;i fodloni&apos;n hwyr (wedi&apos;i dorri)</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>wedi&apos;i oedi</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>ddim yn berthnasol</translation>
    </message>
    <message>
        <source>imported — not tracked</source>
        <translation>wedi&apos;i fewnforio — heb ei olrhain</translation>
    </message>
    <message>
        <source> or </source>
        <translation> neu </translation>
    </message>
    <message>
        <source>  Rule: {description}</source>
        <translation>  Rheol: {description}</translation>
    </message>
    <message>
        <source>  Target: {target}, from {start} to {stops}; calendar: {calendar}.</source>
        <translation>  Targed: {target}, o {start} i {stops}; calendr: {calendar}.</translation>
    </message>
    <message>
        <source>the young person lives inside the service area, so this rule does not apply.</source>
        <translation>mae&apos;r person ifanc yn byw yn ardal y gwasanaeth, felly nid yw&apos;r rheol hon yn berthnasol.</translation>
    </message>
    <message>
        <source>the young person&apos;s home local authority is not recorded, so it is not known whether this rule applies. Record it on the person.</source>
        <translation>nid yw awdurdod lleol cartref y person ifanc wedi&apos;i gofnodi, felly ni wyddys a yw&apos;r rheol hon yn berthnasol. Cofnodwch ef ar y person.</translation>
    </message>
    <message>
        <source>the referral was closed ({when}) before the clock started.</source>
        <translation>caewyd yr atgyfeiriad ({when}) cyn i&apos;r cloc ddechrau.</translation>
    </message>
    <message>
        <source>  Why: {why}</source>
        <translation>  Pam: {why}</translation>
    </message>
    <message>
        <source>  Why: the clock starts when {start} is recorded; it has not been yet.</source>
        <translation>  Pam: mae&apos;r cloc yn dechrau pan gofnodir {start}; nid yw wedi&apos;i gofnodi eto.</translation>
    </message>
    <message>
        <source>  Started: {when} ({start}, event #{id}).</source>
        <translation>  Dechreuwyd: {when} ({start}, digwyddiad #{id}).</translation>
    </message>
    <message>
        <source>until {when}</source>
        <translation>tan {when}</translation>
    </message>
    <message>
        <source>and still paused</source>
        <translation>ac yn dal wedi&apos;i oedi</translation>
    </message>
    <message>
        <source>  Paused: from {when} {until}; the due time moves out by the paused time.</source>
        <translation>  Wedi&apos;i oedi: o {when} {until}; mae&apos;r amser dyledus yn symud allan gan yr amser a oedwyd.</translation>
    </message>
    <message>
        <source>  Due: {when}.</source>
        <translation>  Erbyn: {when}.</translation>
    </message>
    <message>
        <source>  Warning at: {times}.</source>
        <translation>  Rhybudd am: {times}.</translation>
    </message>
    <message>
        <source>  Stopped: {when} (event #{id}), {span} before the due time.</source>
        <translation>  Daeth i ben: {when} (digwyddiad #{id}), {span} cyn yr amser dyledus.</translation>
    </message>
    <message>
        <source>  Why: met — the stop event came at or before the due time.</source>
        <translation>  Pam: wedi&apos;i fodloni — daeth y digwyddiad atal ar yr amser dyledus neu cyn hynny.</translation>
    </message>
    <message>
        <source>  Stopped: {when} (event #{id}), {span} after the due time.</source>
        <translation>  Daeth i ben: {when} (digwyddiad #{id}), {span} ar ôl yr amser dyledus.</translation>
    </message>
    <message>
        <source>  Why: the stop event came after the due time, so this counts as a breach.</source>
        <translation>  Pam: daeth y digwyddiad atal ar ôl yr amser dyledus, felly mae hyn yn cyfrif fel toriad.</translation>
    </message>
    <message>
        <source>  Why: the referral was closed ({when}) before {stops} and before the due time, so the rule no longer applies.</source>
        <translation>  Pam: caewyd yr atgyfeiriad ({when}) cyn {stops} a chyn yr amser dyledus, felly nid yw&apos;r rheol yn berthnasol mwyach.</translation>
    </message>
    <message>
        <source>  Stopped: {when} (event #{id}), after the due time.</source>
        <translation>  Daeth i ben: {when} (digwyddiad #{id}), ar ôl yr amser dyledus.</translation>
    </message>
    <message>
        <source>  Why: the due time had passed before the referral was imported ({when}), so this clock is not tracked: no alert, no breach to review, and it is counted apart from the compliance figures.</source>
        <translation>  Pam: roedd yr amser dyledus wedi mynd heibio cyn mewnforio&apos;r atgyfeiriad ({when}), felly nid yw&apos;r cloc hwn yn cael ei olrhain: dim rhybudd, dim toriad i&apos;w adolygu, ac fe&apos;i cyfrifir ar wahân i ffigurau&apos;r cydymffurfio.</translation>
    </message>
    <message>
        <source>  Overdue by: {span} (as of {when}).</source>
        <translation>  Yn hwyr o: {span} (ar {when}).</translation>
    </message>
    <message>
        <source>  Why: the referral was closed ({when}) after the due time without {stops} being recorded.</source>
        <translation>  Pam: caewyd yr atgyfeiriad ({when}) ar ôl yr amser dyledus heb i {stops} gael ei gofnodi.</translation>
    </message>
    <message>
        <source>  Why: {stops} has not been recorded and the due time has passed.</source>
        <translation>  Pam: nid yw {stops} wedi&apos;i gofnodi ac mae&apos;r amser dyledus wedi mynd heibio.</translation>
    </message>
    <message>
        <source>  Remaining when resumed: {span}.</source>
        <translation>  Ar ôl pan ailddechreuir: {span}.</translation>
    </message>
    <message>
        <source>  Why: a pause event was recorded and no resume yet.</source>
        <translation>  Pam: cofnodwyd digwyddiad oedi a dim ailddechrau eto.</translation>
    </message>
    <message>
        <source>  Remaining: {span} (as of {when}).</source>
        <translation>  Ar ôl: {span} (ar {when}).</translation>
    </message>
    <message>
        <source>  Why: more than the warning share of the time has gone; record {stops} as soon as it happens.</source>
        <translation>  Pam: mae mwy na chyfran rybuddio&apos;r amser wedi mynd; cofnodwch {stops} cyn gynted ag y bydd yn digwydd.</translation>
    </message>
    <message>
        <source>  Why: waiting for {stops}.</source>
        <translation>  Pam: yn aros am {stops}.</translation>
    </message>
    <message>
        <source>24 hours a day, 7 days a week</source>
        <translation>24 awr y dydd, 7 diwrnod yr wythnos</translation>
    </message>
    <message>
        <source>, excluding bank holidays</source>
        <translation>, ac eithrio gwyliau banc</translation>
    </message>
    <message>
        <source>working days ({days}{holidays})</source>
        <translation>diwrnodau gwaith ({days}{holidays})</translation>
    </message>
    <message>
        <source>service hours {opens}–{closes} {days}{holidays}, Europe/London</source>
        <translation>oriau gwasanaeth {opens}–{closes} {days}{holidays}, Europe/London</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Llun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Maw</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mer</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Iau</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Gwe</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sad</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sul</translation>
    </message>
    <message>
        <source>{target} of service time</source>
        <translation>{target} o amser gwasanaeth</translation>
    </message>
    <message>
        <source>{n} minute</source>
        <translation>{n} munud</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} munud</translation>
    </message>
    <message>
        <source>{n} hour</source>
        <translation>{n} awr</translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation>{n} awr</translation>
    </message>
    <message>
        <source>{n} day</source>
        <translation>{n} diwrnod</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} diwrnod</translation>
    </message>
    <message>
        <source>{n} working day</source>
        <translation>{n} diwrnod gwaith</translation>
    </message>
    <message>
        <source>{n} working days</source>
        <translation>{n} diwrnod gwaith</translation>
    </message>
    <message>
        <source>{n} service hour</source>
        <translation>{n} awr gwasanaeth</translation>
    </message>
    <message>
        <source>{n} service hours</source>
        <translation>{n} awr gwasanaeth</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} awr</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} mun</translation>
    </message>
</context>
</TS>
