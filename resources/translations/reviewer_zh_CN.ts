<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>ExpertsTableModel</source>
        <comment>Panel leader</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ExpertsTableModel</source>
        <comment>{n} recusal(s)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationsView</name>
    <message>
        <source>Search applicant, domain, district, status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Handed in on {submitted}, after the deadline of {deadline}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names {count} district(s)/county(ies); the call asks for 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application form is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The implementation plan is missing in electronic form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leading-group document is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open-data plan is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Reviewer: expert review of smart-city pilot applications. Without a verb, opens the desktop app (optionally on CAMPAIGN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the demo campaign to PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace PATH if it exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a campaign&apos;s figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the demo campaign to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experts: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring round {round}: {done} of {total} assignments done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Writing the package of {name}</source>
        <extracomment>How far each expert&apos;s scores sit from the plan&apos;s quality: one lenient, one harsh.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the demo campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The operation failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose a folder that exists, or create it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign file {path} does not exist. It may have been moved or deleted; choose it again with Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} already exists. Choose another name, or delete that file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} is not a Reviewer campaign file. Open a file ending in .review that Reviewer created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign file {path} was written by a newer version of Reviewer (schema {revision}). Install the newer version to open it; the file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign file {path} was written by an older version of Reviewer and must be upgraded before use, which needs write access. Copy it to a writable folder and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign file {path} is damaged and cannot be read ({detail}). Open a backup copy of it; the damaged file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign file {path} is already open for editing by {holder}. Close it there first, or open it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign file {path} is open read-only, so it cannot be changed. Open a writable copy to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign file {path} cannot be read: {detail}. Check that you may read it and that the disk is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}: {detail}. Choose a folder you may write to, on a disk with free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rubric is not valid at {where}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} on {host} (process {pid})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another Reviewer window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpertsView</name>
    <message>
        <source>Search name, affiliation, expertise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An expert never scores an application they are tied to (recusal).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>City pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ineligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leading-group document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works or worked for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sits or sat on its board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative of its legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared by the expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trimmed mean (drop highest and lowest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New Campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Demo Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign is open.

Create one with File ▸ New Campaign, open a .review file with File ▸ Open, or try the demo campaign from Help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not write to this file, so it is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the demo campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists. Replace it with a new, empty campaign?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer campaigns (*{suffix});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer campaigns (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Reviewer {version}&lt;/h3&gt;&lt;p&gt;Offline expert review of smart-city pilot applications: intake, scoring, merging, decisions and official documents.&lt;/p&gt;&lt;p&gt;Qt {qt}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart-city pilot review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing authority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New campaign file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer campaigns (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>{n} application(s) arrived after the deadline: decide whether to admit them.</source>
        <extracomment>The official names of the call&apos;s two tracks, as printed on documents.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} application(s) are incomplete: ask the applicants for the missing items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} application(s) have not been checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} expert(s) have not finished scoring round {round}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} conflict(s) of interest are recorded; those experts are recused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No experts yet: add the expert panel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot period: {months} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregation: {method}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} conflict(s) of interest recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round {round}: {done} of {total} assignments scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} experts finished; {scores} scores entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <extracomment>Each language named in itself, so a user can find theirs whatever is shown now.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window is rebuilt in the new language at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RubricPanel</name>
    <message>
        <source>Track:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition / criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>editable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — version {version}, {total} points, {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate checks (pass/fail before scoring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum {max} points, in steps of {step}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Cancel</source>
        <extracomment>Only jobs that last longer than this show a dialog (milliseconds).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
