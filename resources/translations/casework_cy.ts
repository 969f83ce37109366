<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name></name>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the referral record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the record-event form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the young person&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked at it from the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked at the SLA explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked at the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave a breach reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed a breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged an alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked alerts read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed personal data (retention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported everything held (subject access)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ran the retention job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked what retention would erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased (retention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised (retention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked at a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA timers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed the case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details are case content: only managers see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data removed by the retention job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry {seq}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load more entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}, newest first; more can be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry {seq} · {when} · {who} · {what} · {record}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral number filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young person number filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the audit trail has not been tampered with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain check result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referral:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Young person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You see each change&apos;s values before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As an administrator you see who did what, when and to which record; the details are case content and are shown to managers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every look at a referral or a young person&apos;s record and every change, with refused attempts. Reading this trail is recorded too. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The “To” date is before the “From” date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intact: {n} checked, nothing changed, removed or reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tampered with: the first bad entry is {seq} ({message}). Tell your data protection officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has looked at this record — Casework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who opened referral {id}, changed it or was refused, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who opened this young person&apos;s details or any of their referrals, changed them or was refused, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has looked at this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state} — {span} over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state} — {span} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{span} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{d} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of a name, a PNC ID or an NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, PNC ID or NHS number  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show open referrals only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All pathways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pathway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem loading referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home local authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNC ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({open} open: {which})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person: {a}
Other record: {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone {when} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge two records — Casework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record #{id} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep record {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (aged {age})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {value} from record {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (the same in both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents and carers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records have different {ids}: one young person has one, so these look like two people. Correct the wrong record before merging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the two records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge two records of one young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why they look alike: {why} ({score}%). Every referral, contact and risk flag of the record not kept moves to the kept one. The merge is audited and can be undone from the Duplicate people page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this window and refresh the list to see the records as they are now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent merges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare and merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare and merge the selected pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not the same person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the selected pair are different people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the selected merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent merges&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records that are likely one young person: the same NHS number or PNC ID, or the same date of birth (or a slip of it) and a similar name. Compare and merge them, or record that they are different people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} likely duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} likely duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged {name} (#{other}) into #{kept}. Undo it from Recent merges if it was wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do you know they are different people (e.g. twins, confirmed with school)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as different people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo merge?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put {name} (#{other}) back as a record of their own, with the referrals, contacts and flags that were moved, and restore #{kept} as it was before the merge?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge undone: {name} (#{id}) is a record of their own again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event has no fields of its own: the time and a note are enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct event #{id}: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — {name} — Casework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened (UK time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK time. Back-dating is fine: timers re-time from the time given. Not before the referral was received ({when}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. wrong time typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} · {pathway} · {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why correct it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void event #{id} — Casework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt; at {when}{summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event to void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is void (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. recorded on the wrong referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why is it void? *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it void?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;oid event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A void event stays on the record, struck through, and no longer counts: every timer re-times without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engaged (a session attended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No further police contact at 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6-month checks recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No further police contact at 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12-month checks recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurrences as suspect: before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurrences as victim: before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer occurrences after referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ED re-attendance by 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport for evaluators…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonymised CSV files and their data dictionary, for the referrals received in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the figures mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Closed from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;athway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals closed in the period, followed up at 6 and 12 months. Counts under 5 are shown as &lt;5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} referrals closed in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referrals were closed in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the evidence report as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the evaluation export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the evidence report as {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {folder}: {counts} rows, with the data dictionary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the year in full, e.g. 04/03/2010</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the date as day/month/year, e.g. 04/03/2010</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time (UK time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day and time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set to now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the time to now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (you had version {mine}; it is now at version {theirs})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this {what} while you had it open{versions}. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved. {field}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have typed changes that are not saved. Close and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} months after closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up checks due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks 3, 6 and 12 months after closure that are overdue or due within {n} days. Enter records the selected check; Ctrl+O opens the referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Everyone&apos;s (not only mine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} checks due, {o} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-up checks due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police custody has notified the service of a young person in custody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MARF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MARF received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Multi-Agency Referral Form from a partner agency, for triage against the threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ED attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A young person attending the emergency department with a violence-related injury.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} ({pathway})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New referral — {source} — Casework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} (UK time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing person chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a new person instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else the team should know (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New referral: {source} — {pathway}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals you take in belong to your own team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load sites, teams and workers: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This referral will be for {name}&lt;/b&gt;, born {date}, who is already on record. Their details and contacts are kept as they are; change them on their record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same PNC ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same date of birth and name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same date of birth and a similar name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given and family names the other way round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>but a different NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>but a different PNC ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one name a nickname of the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names that sound the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of birth with day and month swapped, and a similar name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of birth a day out, and a similar name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of birth a month out, and a similar name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of birth a year out, and a similar name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of birth with the day&apos;s digits swapped, and a similar name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{score}% match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born {date} (aged {age})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNC {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{strength} ({score}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on {pathway} — {stage} (since {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already open on this pathway: check before adding another referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed before: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last closed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known to {teams}{open}. Their details are not shown to you: ask that team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, with an open referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referrals on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use {name}, born {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible match: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already known?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible matches status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People already on record who may be this young person are shown here once a name and date of birth, or a PNC ID or NHS number, are entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for people already on record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not look for matches: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one on record matches. Carry on: a new person will be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One person on record may be this young person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} people on record may be this young person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one if it is them; otherwise carry on and a new person is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sessions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>police contact {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no police contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ED {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspect {b}→{a}, victim {vb}→{va}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions and sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add intervention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-2-1 work or a group programme place (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a&amp;ttendance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who came to the selected session (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the selected intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: attended {a}, did not attend {d}, cancelled {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interventions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks at 3, 6 and 12 months are scheduled when the referral closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check is recorded from its due date (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casework: timer breached</source>
        <comment>notifier</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule} breached — referral {id}</source>
        <comment>notifier</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule} due at {time} — referral {id}</source>
        <comment>notifier</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule} due soon — referral {id}</source>
        <comment>notifier</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casework: timer due soon</source>
        <comment>notifier</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} breached</source>
        <comment>notifier</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} due soon</source>
        <comment>notifier</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casework: {n} new alert</source>
        <comment>notifier</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casework: {n} new alerts</source>
        <comment>notifier</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referral {ids}</source>
        <comment>notifier</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referrals {ids}</source>
        <comment>notifier</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casework</source>
        <comment>notifier</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show alerts</source>
        <comment>notifier</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New alert</source>
        <comment>notifier</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} new alerts</source>
        <comment>notifier</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casework — {n} unread alert</source>
        <comment>notifier</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casework — {n} unread alerts</source>
        <comment>notifier</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casework — no unread alerts</source>
        <comment>notifier</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check SLA deadlines (will try again): {error}</source>
        <comment>notifier</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the young person or family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add intervention — {name} — Casework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-2-1 work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with the &amp;child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with the &amp;parents or carers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-2-1 work with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-2-1 work with the young person and/or their parents or carers, or a place on a group programme (its sessions are planned on the Group programmes page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a session — {name} — Casework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at (UK time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}. Attendance is recorded once the session has started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance — {who} — Casework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;young person came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who came:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} — session of {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{months}-month check — {who} — Casework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further police contact since closure *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of first contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due {due}. Police occurrences: the 12 months before the referral, and (at the 12-month check) the 12 months after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the {months}-month follow-up check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen referral — {name} — Casework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is reopened (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closure is undone: the referral goes back to the stage it was closed from and its follow-up checks are cancelled. Closing it again schedules new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfirm new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth (required), day/month/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Milton Keynes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. MK9 2AA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12/3456789A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} — aged {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parent or carer recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add parent or carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 07700 900123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent/carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact {n} error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact {n} name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact {n} relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact {n} phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact {n} is a parent or carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove contact {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {name} — Casework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep my changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young person&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents and carers: none recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents and carers: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed these details while you had them open. Nothing was saved; your typing is still here. Loading their version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {before} → {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed these details while you had them open. Nothing was saved; your typing is still here.{changed}

Use their version (your typing is dropped), or keep your changes: what you changed keeps your value, everything else takes theirs, then Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may record attendance only for the young people whose referral you may change (a caseworker: assigned to you; a team lead: your team&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group programme — Casework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. boxing or football sessions. Young people from any referral (of the pathway) can join its roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to {name} — Casework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral number (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral number *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined on *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a young person to the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral number is on the referral record (Referral #…). The referral must be open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the referral number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster and attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a session&apos;s cell: A attended, D did not attend, C cancelled, Enter for who came. Ctrl+O opens the young person&apos;s referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd young person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (and {k} from other teams&apos; referrals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pathway} · {team} · {n} young people{others} · {s} sessions{ended}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway, stage and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker, team, site and received time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record event (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what happened (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ssign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who has looked…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has opened or changed this referral, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the young person&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject &amp;access export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything held about the young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has looked at them…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has looked at this young person&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has opened or changed this young person&apos;s details or any of their referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MASH safeguarding referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;MASH referral sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the MASH referral as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguarding: MASH referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other referrals of this young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the selected event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;orrect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the selected event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record could not be loaded: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pathway} · Closed {when} — {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pathway} · {stage} · Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: {team}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site: {site}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received {when} ({source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — {pathway}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — Casework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the referral from {a} to {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{rule}&lt;/b&gt; — due {when} · {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: {category} — {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenged by {who}: {comment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach of {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the {rule} breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: this is the young person&apos;s only referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{pathway}&lt;/b&gt; — open, {stage} (received {when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pathway} — closed {when}: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral {id} on {pathway}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open referral {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} referral elsewhere you cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} referrals elsewhere you cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other referrals of this young person ({open} open, {all} in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sent&lt;/b&gt; to {mash} on {when} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent after the {target} target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Needed&lt;/b&gt;: {name} lives in {la}, outside this pathway&apos;s area: refer to &lt;b&gt;{mash}&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock starts when the young person is seen in custody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE: was due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state} by {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home local authority not recorded: record it to know whether a MASH referral is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} (aged {age})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see it in full, correct it or void it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Void since {when}: {reason}&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Recorded by moving, assigning or closing the referral: undo it the same way.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting everything held about this young person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has looked at referral {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has looked at {name}&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload to see what changed, then try again if it is still right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed is kept. Reloading the record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this {what} while you had it open; nothing was saved. The record behind this window now shows their change. Check it, then save again if this is still right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign — {name} — Casework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned now: {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: {team}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close referral — {name} — Casework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed at (UK time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed at *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing stops every timer still running. A closed referral cannot be moved or assigned; notes can still be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach reason — {name} — Casework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what happened (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe it *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule} was due {when} and was not met. State: {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team lead asked: “{comment}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for a breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Give reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {a} to {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (was {user})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details and note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} (void)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} — corrects #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user}, at {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by {user} at {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrects event #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void since {when}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type}{programme}, chosen {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No intervention chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions: {a} attended, {m} missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{d} d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} h {m:02d} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} min {s:02d} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{d} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met {d} before the due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met {d} after the due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{d} left when resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts when its first event is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not apply to this referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule}: time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show how this timer was worked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule}: explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pathway has no timers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each pathway file says how many years closed referrals are kept after closure (retention_years; six unless it says otherwise). When that time has passed, erasing deletes the referral&apos;s events, notes, timers, alerts, breaches and every other record hanging from it, and keeps an anonymous line (pathway, team, outcome, the days received and closed) so that the counts in reports do not change. A young person with no other referral left is anonymised: names replaced, date of birth cut to the year, gender, postcode, PNC ID, NHS number and contacts removed. Every erasure is recorded in the audit trail, without the erased details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept after closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals past it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People to anonymise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention by pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would be erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again what has passed its retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase what has passed its retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase records past retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has passed its retention period (checked {when}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing now would erase {referrals} and anonymise {people} (checked {when}). Rows deleted: {rows}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} closed referrals of pathways no longer configured are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase {referrals} and anonymise {people}? Their details cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased {referrals} and anonymised {people}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark} Risk: {flags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} — set {when} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a risk flag — Casework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is known, and from whom (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a risk flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a risk flag — Casework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it no longer applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{flag}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flag stays in the person&apos;s history, with who removed it, when and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed risk flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;flag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Risk flags&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risk flags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk flag: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the {label} flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: {label} (set {set} by {by}; removed {when} by {who}: {why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk flags could not be loaded: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything Casework holds about {name} (person {id}) — their details, contacts, every referral with its events, timers, alerts and breaches, and the audit trail — as {json} and {pdf}. The export is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. SAR-2026-014</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {rows} records about this young person: {json} and {pdf} in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use 2 to 80 characters: lower-case letters, digits, dots, dashes or underscores, starting with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this user name is taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database already has users; sign in instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: the user name and password do not match an active account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after repeated failed sign-ins until {until}. Try again then, or ask an administrator to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not permitted: {reason}. The attempt has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be reached: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in-memory database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{database} on {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INTACT team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No further action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No further police contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disengaged (criminal-justice route continues)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assault (punch or kick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running — warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met late (breached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We were notified late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No worker was available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The young person was not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family was not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to custody was delayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It happened in time but was recorded late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason challenged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{d} days {h} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day {h} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA compliance and breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-agency meeting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases by pathway and stage, new referrals by source, closures by outcome, each worker&apos;s caseload and age bands, with monthly charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each SLA rule: timers met on time, met late, breached and still running; the trend by month; every breach with its reason and review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One referral in full: the young person, contacts, timeline, timers with their outcomes, interventions, sessions and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every young person seen in custody in the period, with their stage, timers and next action, for the multi-agency meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For referrals closed in the period, by pathway: completion and engagement, no further police contact at 6 and 12 months, police occurrences before and after referral, ED re-attendance. Counts under 5 are always suppressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New referral from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdministrationPage</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift a lock-out after repeated failed sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are an administrator without a case role: case records are not shown to you. To work on cases, give your account a case role as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new password was set for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertBadge</name>
    <message>
        <source>{n} unread alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} unread alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unread alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the alert centre</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertCentre</name>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unread only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show unread alerts only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the referral of the selected alert (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected alerts read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that you have seen the selected alert and are dealing with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;all read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloa&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the alerts again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts loading error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading alerts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unread alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts. An alert appears here when a timer on your cases (or your team&apos;s) is due soon or has been breached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load alerts: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} alert marked read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} alerts marked read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All alerts marked read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertTableModel</name>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{threshold}: {rule}, referral {id}, {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule} for referral {id} — {threshold}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupAction</name>
    <message>
        <source>&amp;Back up the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the whole database while Casework stays in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casework backup (*.sqlite3 *.bak);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server. It is backed up on the server side with pg_dump (or `casework backup FILE`, which runs pg_dump); ask whoever runs the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is encrypted with the database&apos;s own key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is NOT encrypted, as the database is not: keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup saved to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was copied to {file} ({size} KB, {seconds} s). {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was made. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachReasonDialog</name>
    <message>
        <source>Reason for a breach — Casework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason category error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, and what will stop it happening again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule} breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral {id} · {person} · due {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenged by {who}: {comment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the reason that fits best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this breach after you opened it, so nothing was saved. Close this box, look at the breach again, and give your reason once more (copy it first).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachReviewPage</name>
    <message>
        <source>Breach review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You see your own team&apos;s breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All pathways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review state filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include withdrawn breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches withdrawn because the events were corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pathway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due t&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches, latest due first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach list error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No breach selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional when accepting; needed to challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccept reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hallenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Give reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All timers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No breaches match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load breaches: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a breach to see its reason and review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule} breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young person: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral: {id} ({pathway})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker: {worker}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: {team}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was due: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach recorded: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn {time}: the events were corrected and the timer was met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given by {who}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{category}

{text}

{given}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason given yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by {who}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: {comment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason is needed before this breach can be reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: say what is missing from the reason to challenge it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>challenged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason {word}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach of {rule} on referral {id}: reason {word}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason saved for the breach on referral {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this breach while you were looking at it, so nothing was saved. It has been reloaded: check it, then decide again (your comment is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachTableModel</name>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>Sort by {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load this row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNC ID {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS number {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk flags: {flags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}; due {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning from {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a pathway first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own caseload is yours alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referrals match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referrals are assigned to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referrals have been assigned to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referrals yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up Casework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. Ada Lovelace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-up error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no users yet. Create the administrator account: it manages users, teams and sites. You will sign in with it next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter a user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use at least {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match the password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>You can sign out instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the password of {name}. Try again, or sign out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveTimerModel</name>
    <message>
        <source>Paused, {left} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Casework is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not {name}? Sign out; anything not saved in open forms is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as {name} ({username}). Casework locked itself after a while without use, to keep the records private. Enter your password to carry on: anything you were typing is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else? Sign out: {name}&apos;s unsaved work in open forms is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Casework — {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a new referral (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what happened on the selected referral (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load this page again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the case records away until you give your password (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Casework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (Ctrl+{n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Casework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Casework&lt;/b&gt; {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case management for youth-violence referral pathways.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as {user} ({role}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewDatabaseDialog</name>
    <message>
        <source>New database — Casework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt the database (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a random key in this computer&apos;s &amp;keyring (no passphrase to type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect it with a &amp;passphrase I will type at each start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new Casework database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casework holds children&apos;s records. Encrypted, the database file cannot be read without its key, even if the computer or a backup is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no usable keyring, so the database is protected by a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody can recover a forgotten passphrase: without it the records are lost. Keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat: does not match the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as {name} ({username}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They sign in with it next time; a lock-out on their account is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordWindow</name>
    <message>
        <source>Referral {id} — Casework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — Casework</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period to error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral number, e.g. 1234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suppress counts under 5 (for reports that leave the team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppress counts under 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts from 1 to 4 are shown as &lt;5 and their percentages as —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List every open case, worker by worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ferral:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the PDF, then make it in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the report in your PDF viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the report in your PDF viewer; print it from there (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams and workers loading error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports are printed as PDF documents marked OFFICIAL-SENSITIVE. They contain children&apos;s personal data: save them only where your organisation allows, and share them only with those who need them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the teams and workers: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the referral&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the {report} …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the {report} ({pages}) as {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PDF viewer opened {path}; open the file yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is open in your PDF viewer: print it from there (Ctrl+P).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Casework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Casework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamBoardPage</name>
    <message>
        <source>Team board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloa&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload per worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live timers across the team, soonest due first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;assign the selected referral to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassi&amp;gn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team board loading error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassignment error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Workload&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Live timers&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Workload&lt;/b&gt; — {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Live timers&lt;/b&gt; — {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} timers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the team board: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral {id} reassigned to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral {id} was changed by someone else after the board loaded, so it was not reassigned. The board has been reloaded: check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock the database — Casework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its key is not in this computer&apos;s keyring. Type the database passphrase (not your sign-in password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the database passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open this database. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (administration only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator: manages users, teams, sites and settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active: may sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkloadModel</name>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (left the team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer in this team: move their work to someone who is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>A pathway file is broken; Casework cannot start until it is put right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casework could not open its database ({where}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casework cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pathway</name>
    <message>
        <source>Act Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YOT caseworkers attend police custody for under-18s arrested for a knife-enabled offence, then meet parents or carers within 48 hours of release (Thames Valley, Operation Deter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engaging family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-agency review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal-justice route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previously assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed from stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome of visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released from custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent/carer meeting held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguarding (MASH) referral sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MASH (home local authority)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MASH reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disengaged: criminal-justice route continues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disengaged (criminal-justice route continues)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No further action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A YOT caseworker attends custody within 90 minutes of being notified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent/carer meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents or carers are met within 48 hours of the young person leaving custody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MASH safeguarding referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A young person from outside the service area is referred to their home authority&apos;s MASH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;E Navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth workers in emergency departments engage young people with a violence-related injury, then hold aftercare in the community and refer on (West Yorkshire VRP). Service hours 09:00-17:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the ED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ED attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injury type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenting issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already known to services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous ED attendances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engaged in the ED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharged from the ED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftercare appointment held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onward referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed (aftercare finished)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disengaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigator contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A navigator sees the young person within 2 service hours of the ED attendance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First aftercare appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first aftercare appointment is held within 7 days of discharge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INTACT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police-led early intervention for serious violence and organised crime (Dyfed-Powys): MARFs are triaged against the threshold, then 1-2-1 or group work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other services / no further action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MARF received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referring agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-level concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk of serious violence or organised crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent from child or family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention type chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme or session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed: no further police contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted (below the threshold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MARF triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Vulnerability Unit triages each MARF within 3 working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First intervention contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a MARF is accepted, the assessment is completed within 10 working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known or suspected to be criminally exploited (including by an organised crime group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involved in, or targeted for, county-lines drug supply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known or suspected child sexual exploitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weapon carrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known or reported to carry a knife or other weapon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has been reported missing from home or care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gang association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associated with a street gang or group involved in violence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat to life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A threat-to-life (Osman) warning has been issued or is believed to exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim of serious violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has been the victim of a stabbing, shooting or other serious assault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic abuse at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic abuse in the household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-harm or suicide risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-harm, suicidal thoughts or attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance misuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problematic drug or alcohol use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked-after child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the care of a local authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released under investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged and bailed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remanded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stab wound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blunt force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assault punch kick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gunshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intact team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One to one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
