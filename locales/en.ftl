# cohort-bot — English (source and fallback).
# Messages are markup: <b>, <i>, <code>, <a href="…">. Variables are escaped by the bot.
# Keep every key in every locale: a test fails on a missing or extra key.

language-name = English

## Shared words

value-none = —
value-yes = yes
value-no = no
cancelled = Cancelled. Nothing was changed.
done = Done.
usage-line = Usage: <code>{ $usage }</code>
role-name = { $role ->
    [mentor] mentor
    [coordinator] coordinator
   *[member] member
}
status-name = { $status ->
    [paused] paused
    [left] left
    [archived] archived
   *[active] active
}
field-cohort-name = cohort name
field-languages = languages
field-region = region
field-themes = themes
field-topics = topics
field-about = “about” text
button-cancel = Cancel
button-archive-confirm = Yes, archive it
button-forget-confirm = Yes, delete my data

## Errors

error-internal = Sorry, something went wrong on my side. Please try again in a minute.
error-unknown-command = I don't know the command { $command }. Send /help to see what I can do.
error-unknown-command-suggest = I don't know the command { $command }. Did you mean { $suggestion }?
error-unknown-subcommand = “{ $sub }” is not something this command does.
error-unknown-subcommand-suggest = “{ $sub }” is not something this command does. Did you mean “{ $suggestion }”?
error-missing-subcommand = This command needs a word saying what to do.
error-unclosed-quote = A quote is not closed: add { $quote } at the end of the text.
error-unknown-flag = I don't know the option { $flag }.
error-flag-needs-value = The option { $flag } needs a value, like { $flag }=value.
error-missing-argument = Something is missing here ({ $argument }).
error-unexpected-words = I did not expect “{ $words }” here.
error-nothing-to-change = Tell me what to change, with at least one option.
error-group-only = { $command } works in a group chat, where the cohort is.
error-no-cohort-here = There is no cohort in this chat yet. A group admin can create one with <code>/cohort create "Name"</code>.
error-not-member = Only members of this cohort can do that. Send /join to join.
error-needs-role = Only a { $role } of this cohort can do that.
error-text-empty = The { $field } has no visible characters.
error-text-too-long = Too long: the { $field } may have at most { $max ->
    [one] one character
   *[other] { $max } characters
} (this has { $length }).
error-too-many-items = Too many { $field }: at most { $max }.
error-bad-timezone = “{ $value }” is not a timezone I know. Use a name like Europe/Berlin, Africa/Lagos or America/Santiago.
error-bad-language = “{ $value }” is not a language code. Use codes like en, ar, es or pt-BR.
error-unsupported-language = I don't speak “{ $value }” yet. I speak: { $available }.
error-bad-until = “{ $value }” is not a date or a duration. Use a date like 2026-12-24, or 12h, 3d, 2w.
error-until-past = { $value } is already past.
error-until-too-far = { $value } is more than a year away.
error-bad-number = The { $field } must be a whole number from { $min } to { $max } (not “{ $value }”).
error-bad-yes-no = Answer { $field } with yes or no (not “{ $value }”).
error-bad-role = “{ $value }” is not a role. Roles are member, mentor and coordinator.
error-bad-profile-field = “{ $value }” is not a profile field. Fields: { $fields }.
error-unknown-person = I don't know { $who } yet. People become known to me when they write in a chat I am in.
error-not-in-cohort = { $name } is not a member of this cohort.
error-cohort-exists = This chat already has a cohort: { $name }. Archive it first to start another.
error-cohort-archived = The cohort { $name } is archived.
error-unknown-cohort = You are not in a cohort called “{ $value }”. Your cohorts: { $cohorts }.
private-not-understood = I answer commands. Send /help to see them.

## Buttons

action-stale = This button is no longer valid.
action-not-yours = This button is for someone else.

## /help

cmd-help-summary = what I can do here
cmd-help-usage = /help [command]
help-title-group = <b>Commands you can use in this group</b>
help-title-private = <b>Commands you can use here</b>
help-line = { $usage } — { $summary }
help-footer = Send <code>/help command</code> to learn more about one.
help-where-group = Works in a group chat.
help-where-private = Works in a private chat with me.

## /start

start-welcome = Hello { $name }! I run peer-learning cohorts: check-ins, mentoring, reflections. Send /help to see what you can do, or open a cohort's join link.
start-joined = Welcome to { $name }! Tell your mentor and the coordinators about yourself, here in private, with <code>/profile set about …</code>. Send /help to see more.
start-bad-link = This join link is not valid any more. Ask a coordinator for a new one.

## /cohort

cmd-cohort-summary = see this chat's cohort; coordinators create and manage it
cmd-cohort-usage = /cohort [show|create|edit|pause|resume|archive]
cmd-cohort-show-summary = show the cohort
cmd-cohort-show-usage = /cohort
cmd-cohort-create-summary = create the cohort of this chat or topic
cmd-cohort-create-usage = /cohort create "Name" [--languages en,fr] [--region "…"] [--themes "a, b"] [--timezone Area/City] [--language en]
cmd-cohort-edit-summary = change the cohort's name, context or settings
cmd-cohort-edit-usage = /cohort edit [--name "…"] [--languages …] [--region …] [--themes …] [--timezone …] [--language …] [--names-in-group yes|no] [--smallest-group 5]
cmd-cohort-pause-summary = pause the cohort, optionally until a date
cmd-cohort-pause-usage = /cohort pause [--until 2026-12-24|2w]
cmd-cohort-resume-summary = resume a paused cohort
cmd-cohort-resume-usage = /cohort resume
cmd-cohort-archive-summary = archive the cohort (asks first)
cmd-cohort-archive-usage = /cohort archive
cohort-none-yet = There is no cohort in this chat yet. A group admin can create one with <code>/cohort create "Name"</code>.
cohort-created = Cohort <b>{ $name }</b> created. Members join with /join or the link below.
cohort-edited = Changed: { $fields }.
cohort-card-title = <b>{ $name }</b>
cohort-card-status = Status: { $status }
cohort-card-status-until = Status: { $status } until { $until }
cohort-card-languages = Languages: { $languages }
cohort-card-region = Region: { $region }
cohort-card-themes = Themes: { $themes }
cohort-card-timezone = Timezone: { $timezone }
cohort-card-language = The bot speaks: { $language }
cohort-card-members = { $count ->
    [one] One member
   *[other] { $count } members
}
cohort-card-names-in-group-on = In the group I name who has not answered, who is on a break and who found no partner.
cohort-card-names-in-group-off = In the group I count who has not answered, is on a break or found no partner, without names; coordinators get the names in private.
cohort-card-join-link = Join link: <a href="{ $link }">{ $link }</a>
cohort-paused = { $name } is paused. Nothing is scheduled until /cohort resume.
cohort-paused-until = { $name } is paused until { $until }.
cohort-already-paused = The cohort is already paused.
cohort-not-paused = The cohort is not paused.
cohort-resumed = { $name } is active again.
cohort-resumed-auto = The pause is over: { $name } is active again.
cohort-archive-confirm = Archive <b>{ $name }</b>? Members stay in the chat, but the cohort stops and a new one can be created here.
cohort-archived = { $name } is archived.
bot-added = Hello! I run peer-learning cohorts. A group admin can start one with <code>/cohort create "Name"</code>; send /help to see more.
room-encrypted = This room is end-to-end encrypted, and I cannot read encrypted messages yet, so commands here go unanswered. Use an unencrypted room for the cohort, or ask whoever runs me to turn on encryption support.
bot-added-with-cohort = Hello again! The cohort { $name } is still here. Send /help to see what I can do.

## Members

cmd-join-summary = join this chat's cohort
cmd-join-usage = /join
cmd-leave-summary = leave this chat's cohort
cmd-leave-usage = /leave
cmd-members-summary = list the cohort's members
cmd-members-usage = /members [--all]
cmd-role-summary = give someone a role
cmd-role-usage = /role @user member|mentor|coordinator
join-welcome = Welcome to { $name }, { $person }!
join-welcome-dm = Welcome to { $name }! Tell your mentor and the coordinators about yourself, here in private, with <code>/profile set about …</code>. Send /help to see more.
join-already = You are already a member of { $name }.
join-in-private = To join a cohort, send /join in its group, or open its join link.
leave-done = You left { $name }. Your profile is kept in case you come back; /forgetme deletes everything.
leave-not-member = You are not a member of { $name }.
cmd-pause-summary = take a break: no check-ins or pairings reach you until it ends
cmd-pause-usage = /pause [--until 2026-12-24|2w] (in private: [--cohort "Name"])
cmd-resume-summary = end your break early
cmd-resume-usage = /resume (in private: [--cohort "Name"])
pause-done-until = You are on a break from { $name } until { $until }: no check-ins, reminders or pairings reach you. /resume ends it early.
resume-done = Welcome back to { $name }: check-ins reach you again.
resume-not-paused = You are not on a break from { $name }.
pause-ended-dm = Your break from { $name } is over: check-ins reach you again. /pause takes another one.
members-title = <b>{ $name }</b>: { $count ->
    [one] one member
   *[other] { $count } members
}
members-line = • { $name }{ $username ->
    [none] {""}
   *[other] {" "}({ $username })
} — { $role }, { $status }
members-on-break-count = { $count ->
    [one] One more member is on a break.
   *[other] { $count } more members are on a break.
}
members-left-count = { $count ->
    [one] One more person left the cohort.
   *[other] { $count } more people left the cohort.
}
members-names-sent-privately = I sent you the full list in private.
members-names-not-in-group = Their names are not shown in the group (/cohort edit --names-in-group yes shows them).
members-none = { $name } has no members yet.
role-set = { $name } is now a { $role }.
role-admin-note = { $name } is an admin of this chat and stays a coordinator here for as long as they are one.
role-admin-granted-note = { $name } is also an admin of this chat. The granted role keeps them a coordinator if they stop being one; <code>/role @user member</code> takes it back.
members-coordinator = { $source ->
    [admin] coordinator (chat admin)
    [both] coordinator (chat admin, also granted with /role)
   *[granted] coordinator (granted with /role)
}
members-roles-note = Chat admins are coordinators for as long as they are admins. A role given with /role stays until <code>/role @user member</code> takes it back.
role-unchanged = { $name } is already a { $role }.

## /profile

cmd-profile-summary = see or change your profile
cmd-profile-usage = /profile [show|set|clear]
cmd-profile-show-summary = show your profile (coordinators: someone's, sent to you in private)
cmd-profile-show-usage = /profile [show] [@user] [--cohort "Name"]
cmd-profile-set-summary = set a field: languages, region, topics, timezone, capacity, wants-mentor, stage; in private also preferences and about
cmd-profile-set-usage = /profile set field value [--cohort "Name"]
cmd-profile-clear-summary = clear a field
cmd-profile-clear-usage = /profile clear field [--cohort "Name"]
profile-title = <b>{ $name }</b> in { $cohort } — { $role }, { $status }
profile-languages = Languages: { $value }
profile-region = Region: { $value }
profile-topics = Topics: { $value }
profile-timezone = Timezone: { $value }
profile-capacity = Can mentor: { $value ->
    [0] no
    [one] one person
   *[other] { $value } people
}
profile-wants-mentor = Wants a mentor: { $value }
profile-about = About: { $value }
profile-updated = Saved your { $field } for { $cohorts }.
profile-cleared = Cleared your { $field } for { $cohorts }.
profile-no-cohorts = You are not in any cohort yet. Join one with /join in its group, or with its join link.

## /language and /timezone

cmd-language-summary = choose the language I write to you in
cmd-language-usage = /language [code]
cmd-timezone-summary = see or set your timezone
cmd-timezone-usage = /timezone [Area/City]
language-current = I write to you in { $language }. Choose another:
language-set = From now on I write to you in { $language }.
language-group-note = In this group I keep speaking the cohort's language.
timezone-current = Your timezone: { $timezone } (now { $now }).
timezone-set = Your timezone is now { $timezone } (now { $now }).

## /mydata and /forgetme

cmd-mydata-summary = everything I keep about you
cmd-mydata-usage = /mydata
cmd-forgetme-summary = delete everything I keep about you
cmd-forgetme-usage = /forgetme
mydata-title = <b>What I keep about you</b>
mydata-account = Name: { $name } (username: { $username }), { $platform } id { $id }
mydata-settings = Language: { $language } (your app says: { $hint }), timezone: { $timezone }
mydata-since = Known since { $date }
mydata-memberships = { $count ->
    [0] You are in no cohort.
    [one] You are in one cohort:
   *[other] You are in { $count } cohorts:
}
mydata-membership = • <b>{ $cohort }</b>: { $role }, { $status }, since { $joined }
mydata-profile = { "  " }languages { $languages }; region { $region }; topics { $topics }; timezone { $timezone }; can mentor { $capacity }; wants a mentor { $wantsMentor }; about: { $about }
mydata-audit = { $count ->
    [0] You have made no coordinator changes.
    [one] One coordinator change is logged under your name.
   *[other] { $count } coordinator changes are logged under your name.
}
mydata-footer = I keep no chat messages, only what you answer to check-ins and reflections (listed above). /forgetme deletes all of this.
forgetme-confirm = This deletes your account here, your profile and your membership in { $count ->
    [one] one cohort
   *[other] { $count } cohorts
}. Coordinator actions you made stay logged without your name. This cannot be undone.
forgetme-done = Done: I deleted everything I kept about you. If you write to me again, I start from nothing.

## Check-ins

cmd-checkin-summary = regular check-ins: see them; coordinators schedule them
cmd-checkin-usage = /checkin [list|schedule|now|skip|pause|resume|delete|stats|digest]
cmd-checkin-list-summary = list this cohort's check-in schedules
cmd-checkin-list-usage = /checkin list
cmd-checkin-schedule-summary = add a check-in schedule in the cohort's timezone
cmd-checkin-schedule-usage = /checkin schedule weekly mon 18:00 | every 2 weeks thu 09:30 | monthly first tue 17:00 | cron 0 18 * * 1 [--window 2d] [--remind 6h] [--question "…"]… [--digest group|coordinators] [--inactive-after 3]
cmd-checkin-now-summary = post a check-in now
cmd-checkin-now-usage = /checkin now [id]
cmd-checkin-skip-summary = skip the next check-in of a schedule
cmd-checkin-skip-usage = /checkin skip id
cmd-checkin-pause-summary = pause a schedule
cmd-checkin-pause-usage = /checkin pause id
cmd-checkin-resume-summary = resume a paused schedule
cmd-checkin-resume-usage = /checkin resume id
cmd-checkin-delete-summary = delete a schedule and its check-ins
cmd-checkin-delete-usage = /checkin delete id
checkin-question-1 = What did you do since the last check-in?
checkin-question-2 = What are you working on next?
checkin-question-3 = Is anything blocking you, or can someone help?
checkin-error-pattern = I cannot read “{ $pattern }” as a schedule. Try: weekly mon 18:00, every 2 weeks thu 09:30, monthly first tue 17:00, or cron 0 18 * * 1.
checkin-error-weekday = “{ $word }” is not a day of the week (mon, tue, wed, thu, fri, sat, sun).
checkin-error-time = “{ $word }” is not a time of day (00:00 to 23:59).
checkin-error-nth = “{ $word }” is not first, second, third, fourth or last.
checkin-error-every = “{ $word }” weeks: choose from 1 to 8.
checkin-error-cron = “{ $field }” is not a valid cron field (minute hour day month weekday).
checkin-error-never = That schedule never happens (that date does not exist).
checkin-error-too-often = Check-ins can happen at most once an hour.
checkin-error-span = { $flag } “{ $value }” is not a duration between 10m and 14d (like 90m, 6h, 2d).
checkin-error-remind-window = The reminder must come before the answers close: make --remind shorter than --window.
checkin-error-window-overlap = The answer window is longer than the time between two check-ins: make --window shorter.
checkin-error-digest = “{ $value }” is not group or coordinators.
checkin-error-questions = At most { $max ->
    [one] one question
   *[other] { $max } questions
}, please.
checkin-error-question-length = A question can have at most { $max ->
    [one] one character
   *[other] { $max } characters
}.
checkin-error-no-schedule = There is no check-in schedule “{ $id }” here. /checkin list shows them.
checkin-error-not-active = Schedule #{ $id } is paused: there is no next check-in to skip.
checkin-error-already-paused = Schedule #{ $id } is already paused.
checkin-error-not-paused = Schedule #{ $id } is not paused.
checkin-error-not-member = Only members of this cohort can answer its check-ins. /join first.
checkin-error-closed = This check-in is closed: answers are no longer accepted.
checkin-error-on-break = You are on a break from this cohort, so check-ins do not count you. /resume first to answer.
checkin-none-yet = No check-ins are scheduled here yet. Coordinators: /checkin schedule weekly mon 18:00
checkin-scheduled = Check-in schedule #{ $id } is set.
checkin-list-title = <b>Check-in schedules</b>
checkin-schedule-line = #{ $id }: { $pattern } ({ $timezone }), { $status ->
    [paused] paused
   *[other] next { $next }
}, answers open { $window }
checkin-skipped = The check-in of schedule #{ $id } on { $when } will be skipped.
checkin-paused = Schedule #{ $id } is paused.
checkin-resumed = Schedule #{ $id } is running again; next check-in { $next }.
checkin-delete-confirm = Delete schedule #{ $id } ({ $pattern }) with its check-ins and answers? This cannot be undone.
checkin-deleted = Schedule #{ $id } is deleted.
button-checkin-delete-confirm = Delete it
button-checkin-private = Answer privately
button-checkin-share = Share with the cohort
button-checkin-keep-private = Keep it private
checkin-prompt = <b>Check-in time, { $name }!</b> Answers are open until { $closes }.
checkin-prompt-how = Reply to this message to answer here (one line per question), or answer privately.
checkin-private-started = I wrote to you in private.
checkin-dm-first = I cannot write to you first: open a private chat with me, then press the button again.
checkin-dm-link = { $person }, I cannot write to you first. Open { $link } and press Start: your answers begin there.
checkin-dm-first-link = I cannot write to you first: use the link I posted.
checkin-dm-intro = Check-in of { $name }. Answer one question at a time; write “skip” to skip one.
checkin-dm-question = ({ $n }/{ $total }) { $question }
checkin-dm-done = Thanks! You answered { $answered } of { $total }. Share your answers in the digest?
checkin-will-share = Your answers will appear in the digest.
checkin-kept-private = Your answers stay private: the digest only counts you.
checkin-reflect-offer = Would you like to write a short reflection on what you learned? Only you will read it unless you choose otherwise.
button-reflect-write = Write a reflection
button-reflect-not-now = Not now
checkin-reflect-ask = Write your reflection in your next message (or “skip”).
checkin-reflect-later = All right. Any time: /reflect followed by a few lines.
button-visibility-mentor = Share with my mentor
button-visibility-coordinators = Share with the coordinators
button-visibility-cohort = Share with the cohort
checkin-answer-saved = Thanks, your answer is noted.
checkin-reminder-dm = The check-in of { $name } closes soon and I have no answer from you yet.
checkin-reminder-group = The check-in closes soon; still missing: { $names }.
checkin-reminder-group-count = The check-in closes soon; { $count ->
    [one] one person has not answered yet.
   *[other] { $count } people have not answered yet.
}
checkin-digest-title = <b>Check-in digest, { $name }</b>
checkin-digest-count = { $count ->
    [0] Nobody took part
    [one] One person took part
   *[other] { $count } people took part
} (of { $total }).
checkin-digest-who = Thanks to { $names }.
checkin-digest-coordinators-only = Answers go to the coordinators only.
checkin-digest-reflections = <b>Shared reflections</b>
cmd-checkin-stats-summary = who took part in the latest check-ins, and who has gone quiet (sent to you in private)
cmd-checkin-stats-usage = /checkin stats
checkin-stats-none = No check-in has closed yet.
checkin-stats-title = <b>Participation in the last { $count ->
    [one] check-in
   *[other] { $count } check-ins
}</b>
checkin-stats-line = { $name }: { $answered }/{ $total }, streak { $streak }
checkin-stats-inactive = Missed { $count ->
    [one] one check-in
   *[other] { $count } check-ins
} or more in a row: { $names }
checkin-error-inactive-after = “{ $value }” is not a number of check-ins from 0 to 20 (0: never).
checkin-nudge = Hello { $person }! You have missed the last { $count ->
    [one] check-in
   *[other] { $count } check-ins
} of { $name }. No pressure: are you still in, would you like a two-week break, or would you rather leave the cohort?
button-nudge-in = I am still in
button-nudge-pause = A two-week break
button-nudge-leave = Leave the cohort
nudge-still-in = Glad to hear it! See you at the next check-in of { $name }.
nudge-left = You left { $name }. /join in the group brings you back any time, with your profile as it was.
mydata-checkins = { $count ->
    [0] You have answered no check-ins.
    [one] Your check-in answers (one):
   *[other] Your check-in answers ({ $count }):
}
mydata-checkin-answer = • { $cohort }, { $date }: { $answers } (shared: { $shared })

## Reflections

cmd-reflect-summary = write a reflection, in private; choose who may read it
cmd-reflect-usage = /reflect … [--visibility me|mentor|coordinators|cohort] [--cohort "Name"]
cmd-reflections-summary = list your reflections, or with “shared” those others let you read (in private)
cmd-reflections-usage = /reflections [shared] [--cohort "Name"]
reflect-error-not-member = Reflections belong to a cohort: /join one first.
reflect-error-too-long = A reflection can have at most { $max ->
    [one] one character
   *[other] { $max } characters
}.
reflect-error-visibility = “{ $value }” is not me, mentor, coordinators or cohort.
reflect-saved = Saved in { $cohort }. { $visibility ->
    [me] Only you can read it.
    [mentor] You and your mentor can read it.
    [coordinators] You and the coordinators can read it.
   *[cohort] The cohort can read it, and it appears in the next digest.
}
reflections-title = <b>Your reflections</b>
reflections-none = You have written no reflections yet. /reflect … writes one.
reflections-line = { $date }, { $cohort } ({ $visibility }): { $text }
reflections-shared-title = <b>Reflections shared with you</b> (last 90 days)
reflections-shared-none = Nobody has shared a reflection with you in the last 90 days.
reflections-shared-line = { $date }, { $cohort }, { $name } ({ $visibility }): { $text }
mydata-reflections = { $count ->
    [0] You have written no reflections.
    [one] Your reflections (one):
   *[other] Your reflections ({ $count }):
}
mydata-reflection = • { $cohort }, { $date } ({ $visibility }): { $text }

## Pairing

cmd-pair-summary = your mentor or mentees; coordinators pair mentors with mentees
cmd-pair-usage = /pair [mentors|confirm] | /pair @mentor @mentee
cmd-pair-show-summary = your mentor or mentees (coordinators: /pair @mentor @mentee pairs two people by hand)
cmd-pair-show-usage = /pair | /pair @mentor @mentee
cmd-pair-mentors-summary = preview the best mentor for each member who wants one, and why (sent to you in private)
cmd-pair-mentors-usage = /pair mentors
cmd-pair-confirm-summary = ask the mentors of the preview
cmd-pair-confirm-usage = /pair confirm
cmd-unpair-summary = end someone's mentorships (asks first)
cmd-unpair-usage = /unpair @user
pair-reason-shared-language = both speak { $values }
pair-reason-language-bridging = no common language (allowed by a coordinator)
pair-reason-same-region = both in { $values }
pair-reason-shared-topics = topics: { $values }
pair-reason-timezone-overlap = { $values } waking hours in common
pair-reason-timezone-unknown = timezone unknown
pair-reason-stage-fit = stages fit ({ $values })
pair-reason-stage-mismatch = stages far apart ({ $values })
pair-reason-shared-preference = a shared preference
pair-reason-repeat = paired before ({ $values })
pair-reason-none = no strong reason beyond being free
pair-preview-title = <b>Proposed mentors</b> ({ $count ->
    [one] one pair
   *[other] { $count } pairs
})
pair-preview-line = • { $mentee } ← { $mentor }: { $reasons }
pair-unmatched-no-feasible-mentor = • { $mentee }: no mentor fits (no common language, or excluded)
pair-unmatched-all-feasible-mentors-full = • { $mentee }: the mentors who fit have no room left
pair-preview-confirm = /pair confirm asks these mentors; /pair mentors again recomputes.
pair-confirmed = { $count ->
    [one] I asked one mentor.
   *[other] I asked { $count } mentors.
} Each has { $hours ->
    [one] one hour
   *[other] { $hours } hours
} to answer; without an answer, the mentee is offered to the next best mentor.
pair-asked-one = I asked { $mentor } to mentor { $mentee }.
pair-ask = Hello { $mentor }! Would you mentor { $mentee } in { $name }?
pair-why = Why you: { $reasons }.
pair-about = About them: { $about }
pair-ask-deadline = Please answer by { $when }.
button-pair-accept = Accept
button-pair-decline = Decline
pair-answer-late = This request is no longer open.
pair-accepted-toast = Thank you! I introduced you to each other.
pair-declined-thanks = Thanks for saying so. I will ask someone else.
pair-no-next-mentor = No other mentor is free for { $mentee } in { $name } right now. /pair mentors again when someone has room.
pair-intro-mentee = { $person }, meet your mentor { $other } in { $name }!
pair-intro-mentor = { $person }, meet your mentee { $other } in { $name }!
pair-intro-times = Some times to meet (18:00 for the mentee):
pair-intro-time = • { $mentee } ({ $menteeZone }) = { $mentor } ({ $mentorZone })
pair-mine-mentor = Your mentor: { $other } ({ $status ->
    [asked] asked, waiting for an answer
   *[other] confirmed
})
pair-mine-mentee = Your mentee: { $other } ({ $status ->
    [asked] waiting for your answer
   *[other] confirmed
})
pair-mine-none = You have no mentor or mentee in this cohort yet. Want one? /profile set wants-mentor yes
pair-error-two-people = Name two people: /pair @mentor @mentee
pair-error-self = Someone cannot be their own mentor.
pair-error-has-mentor = { $mentee } already has a mentor (or one is being asked). /unpair { $mentee } first.
pair-error-no-mentors = Nobody in this cohort offers to mentor yet: members set /profile set capacity 2 to offer.
pair-error-no-mentees = Nobody is waiting for a mentor: members ask with /profile set wants-mentor yes.
pair-error-no-preview = There is no preview to confirm: /pair mentors makes one.
pair-error-not-paired = { $who } has no mentor or mentee.
unpair-confirm = End { $count ->
    [one] the mentorship
   *[other] the { $count } mentorships
} of { $who }?
button-unpair-confirm = End it
unpair-done = { $count ->
    [one] One mentorship ended.
   *[other] { $count } mentorships ended.
}
mydata-mentorships = { $count ->
    [0] You have no mentorships.
    [one] Your mentorship (one):
   *[other] Your mentorships ({ $count }):
}
mydata-mentorship-mentor = • { $cohort }: mentor of { $other } ({ $status })
mydata-mentorship-mentee = • { $cohort }: mentored by { $other } ({ $status })
cmd-pair-peers-summary = run a peer round now: pairs (a triad when the count is odd), new partners where possible
cmd-pair-peers-usage = /pair peers
cmd-pair-rounds-summary = peer rounds by themselves every few weeks, or off; days until "did you meet?"
cmd-pair-rounds-usage = /pair rounds [every 2w | off | follow-up 3d]
cmd-pair-stats-summary = peer rounds so far: groups, and who said they met (sent to you in private)
cmd-pair-stats-usage = /pair stats
pair-round-title = <b>Peer round { $number } in { $name }</b>: say hello to your partners and find a time to talk.
pair-round-line = • { $names }
pair-round-line-why = • { $names }: { $reasons }
pair-round-unplaced = • { $who }: nobody fits this time, sorry.
pair-round-unplaced-count = • { $count ->
    [one] For one person nobody fits this time, sorry.
   *[other] For { $count } people nobody fits this time, sorry.
}
pair-round-unplaced-dm = Hello { $person }. In peer round { $number } of { $name } nobody fitted you this time, sorry. I will try again in the next round.
pair-round-unplaced-coordinators = Peer round { $number } of { $name }: nobody fitted { $names } this time. Only the coordinators read this.
pair-round-follow-up = On { $when } I will ask each of you whether you met.
pair-round-dm = Hello { $person }! In peer round { $number } of { $name } you are with { $others }. Say hello and find a time to talk.
pair-met-question = Hello { $person }! Did you meet { $others } (peer round { $number } of { $name })?
button-pair-met-yes = Yes
button-pair-met-no = No
button-pair-met-not-yet = Not yet
pair-met-thanks-yes = Wonderful, thank you!
pair-met-thanks-no = Thanks for saying so. Maybe next round.
pair-met-thanks-not-yet = Noted. You can still answer Yes later.
pair-peers-error-paused = { $name } is paused: no peer rounds until it resumes.
pair-peers-error-too-few = A peer round needs at least two active members (paused members are left out).
pair-rounds-off = Peer rounds are off. /pair rounds every 2w starts them; "did you meet?" comes { $days ->
    [one] one day
   *[other] { $days } days
} after each round.
pair-rounds-on = Peer rounds every { $weeks ->
    [one] week
   *[other] { $weeks } weeks
}; the next on { $next }. "Did you meet?" comes { $days ->
    [one] one day
   *[other] { $days } days
} after each round.
pair-rounds-set = Peer rounds every { $weeks ->
    [one] week
   *[other] { $weeks } weeks
}; the first on { $next }. /pair peers runs one now.
pair-rounds-turned-off = Peer rounds are off.
pair-rounds-follow-up-set = "Did you meet?" will come { $days ->
    [one] one day
   *[other] { $days } days
} after each round.
pair-rounds-error-usage = Say how often: /pair rounds every 2w, /pair rounds every 1w or /pair rounds off.
pair-rounds-error-weeks = Rounds come every 1 to { $max ->
    [one] { $max } week
   *[other] { $max } weeks
}, e.g. /pair rounds every 2w.
pair-rounds-error-days = "Did you meet?" comes 1 to { $max ->
    [one] { $max } day
   *[other] { $max } days
} after a round, e.g. /pair rounds follow-up 3d.
pair-stats-none = No peer rounds yet: /pair peers runs one.
pair-stats-title = <b>Peer rounds</b> ({ $count })
pair-stats-line = • Round { $number } ({ $date }): { $groups ->
    [one] one group
   *[other] { $groups } groups
}, { $people ->
    [one] one person
   *[other] { $people } people
}. Met: yes { $yes }, no { $no }, not yet { $notYet }, no answer { $unanswered }
cmd-avoid-summary = never be paired with someone (private; they are not told)
cmd-avoid-usage = /avoid [@user] [--remove] [--cohort "Name"]
avoid-title = <b>People you are never paired with</b>
avoid-line = • { $cohort }: { $names }
avoid-none = You avoid nobody. /avoid @user, here in private, and I will never pair you with them; they are not told.
avoid-added = Noted: I will never pair you with { $who } (in { $cohorts }). They are not told.
avoid-removed = { $who } may be paired with you again (in { $cohorts }).
avoid-error-self = You cannot avoid yourself.
avoid-error-no-shared-cohort = You share no cohort with { $who }.
error-bad-stage = “{ $value }” is not a stage. Choose one of: { $stages }.
field-preferences = preferences
profile-stage = Stage: { $value }
profile-preferences = Matching preferences (only you see them): { $value }
mydata-matching = { "  " }stage { $stage }; matching preferences { $preferences }; people you avoid: { $avoid }
cmd-pair-settings-summary = see or change how mentors are paired: language bridging, time to answer
cmd-pair-settings-usage = /pair settings [--bridging yes|no] [--answer-within 72h]
pair-settings = Pairing settings: pairs without a common language: { $bridging }; mentors answer within { $hours ->
    [one] one hour
   *[other] { $hours } hours
}.
pair-settings-saved = Saved. Pairs without a common language: { $bridging }; mentors answer within { $hours ->
    [one] one hour
   *[other] { $hours } hours
}.
pair-error-answer-within = “{ $value }” is not a time from 12h to 14d (like 48h or 3d).
pair-decline-why = If you like, tell me why (one press). Only the coordinators see it; { $mentee } is not told who declined.
button-decline-no-time = No time right now
button-decline-topics = Not my topics
button-decline-other = Another reason
pair-decline-noted = Thank you. Only the coordinators see your reason; { $mentee } is not told who declined.
pair-preview-declined = • { $mentor } declined { $mentee } ({ $reason ->
    [no-time] no time right now
    [topics] not their topics
    [other] another reason
   *[none] no reason given
})
mydata-peer-groups = { $count ->
    [0] You were in no peer rounds.
    [one] Your peer round (one):
   *[other] Your peer rounds ({ $count }):
}
mydata-peer-group = • { $cohort }, round { $round }: with { $others } (you met: { $answer })

# Privacy: views for one person's eyes, private commands typed in a group, which cohort (docs/privacy.md)
private-view-sent = { $person }, I sent it to you in private.
private-view-link = { $person }, this is for your eyes only, so not for this group: <a href="{ $link }">open a private chat with me</a> and I will send it there.
private-view-write-first = { $person }, this is for your eyes only, so not for this group: write to me in private first, then send { $command } there.
private-refused = { $command } is private, so it works only in a private chat with me.
private-refused-deleted = I removed your message from the group.
private-refused-dm = { $person }, I wrote to you in private: continue there.
private-refused-link = <a href="{ $link }">Continue in a private chat with me</a>.
private-refused-write-first = Write to me in private and send it there.
private-continue = You tried { $command } in a group. Here it stays between us: { $usage }
private-continue-here = Here it stays between us: { $usage }
start-link-expired = This link is no longer valid. Send the command again here: it works in private too.
cohort-choice-ask = Which cohort is { $command } for?
cohort-choice-none = You are in no cohort where you can use { $command }.
cohort-choice-gone = That cohort is no longer one of yours (or you no longer coordinate it).
cohort-choice-name-it = You are in many cohorts: name one, like { $command } --cohort "Name". Yours: { $cohorts }.
error-cohort-not-here = This group's cohort is { $name }, not “{ $value }”.
profile-private-hint = Your matching preferences and “about” text are private: send /profile to me in private to see them.
pair-ask-privacy = Only the coordinators see your answer and any reason you give; { $mentee } is not told who declined.
pair-ask-privacy-group = Nobody here sees which button you press: only the coordinators learn your answer.
pair-declined-toast-private = Thank you. I wrote to you in private.
pair-declined-toast = Thank you. Only the coordinators learn your answer.
pair-no-next-mentor-group = Someone in this cohort is still waiting for a mentor. Coordinators: /pair mentors when a mentor has room.
mydata-mentorship-looking = • { $cohort }: I am looking for a mentor for you

## Gatherings and the follow-up loop (src/features/gatherings)
cmd-gathering-summary = gatherings of this cohort: announce, answer, report
cmd-gathering-usage = /gathering [list|show|create|edit|cancel|report|mark|ics|feed|code|settings] [NUMBER]
cmd-gathering-list-summary = the gatherings ahead
cmd-gathering-list-usage = /gathering list
cmd-gathering-show-summary = one gathering, with answers so far (counts)
cmd-gathering-show-usage = /gathering show NUMBER
cmd-gathering-create-summary = announce a gathering (time in the cohort's timezone, or --timezone)
cmd-gathering-create-usage = /gathering create "Title" --at 2027-03-14 10:00 [--until 17:00] [--place "…"] [--online https://…] [--capacity 40] [--description "…"] [--timezone Area/City]
cmd-gathering-edit-summary = change a gathering; a new time moves every reminder
cmd-gathering-edit-usage = /gathering edit NUMBER [--title "…"] [--at 2027-03-14 10:00] [--until 17:00] [--place "…"|-] [--online URL|-] [--capacity N|-] [--description "…"|-]
cmd-gathering-cancel-summary = cancel a gathering (asks first; everyone who answered is told)
cmd-gathering-cancel-usage = /gathering cancel NUMBER
cmd-gathering-report-summary = answers, attendance and commitments of a gathering (sent to you in private)
cmd-gathering-report-usage = /gathering report NUMBER
cmd-gathering-mark-summary = mark someone present or absent after the start
cmd-gathering-mark-usage = /gathering mark NUMBER @user present|absent
cmd-here-summary = say you are at the gathering happening now
cmd-here-usage = /here [NUMBER] [code]
cmd-commit-summary = say what you will try after a gathering (up to 3; only you read it unless you share it)
cmd-commit-usage = /commit what you will try [--visibility me|mentor|coordinators] [--gathering NUMBER] [--by YYYY-MM-DD] [--cohort "Name"]
cmd-commitments-summary = your commitments and how they are going
cmd-commitments-usage = /commitments
field-gathering-title = title
field-gathering-capacity = capacity
field-gathering-number = gathering number
field-place = place
field-description = description
field-commitment = commitment
button-gathering-going = Going
button-gathering-maybe = Maybe
button-gathering-no = Not going
button-gathering-here = I'm here
button-gathering-cancel-confirm = Yes, cancel it
button-commitment-done = Done
button-commitment-partly = Partly
button-commitment-not-yet = Not yet
button-commitment-let-go = Let it go
gathering-card-title = <b>#{ $number } { $title }</b>
gathering-card-when = When: { $when }
gathering-card-place = Where: { $place }
gathering-card-online = Online: { $url }
gathering-card-capacity = Places: { $capacity }
gathering-card-description = { $description }
gathering-created = New gathering:
gathering-edited = Gathering changed:
gathering-rsvp-prompt = Will you come? Press one answer; you can change it later.
gathering-dst-gap = That time does not exist on the night the clocks go forward: I took the first time after it.
gathering-dst-ambiguous = That time happens twice on the night the clocks go back: I took the first one.
gathering-counts = Going: { $going } · maybe: { $maybe } · not going: { $no } · waiting list: { $waitlist } · present: { $present }
gathering-rsvp-going = You are going to “{ $title }”: { $when }.
gathering-rsvp-maybe = Maybe for “{ $title }”: { $when }.
gathering-rsvp-no = Noted: you are not going to “{ $title }”.
gathering-rsvp-waitlist = “{ $title }” is full: you are on the waiting list and will hear from me if a place frees up.
gathering-promoted = A place freed up: you are now going to “{ $title }”, { $when }.
gathering-list-title = Gatherings ahead:
gathering-list-line = #{ $number } { $title }: { $when }
gathering-list-none = No gatherings ahead. Coordinators announce one with /gathering create.
gathering-is-cancelled = This gathering was cancelled.
gathering-cancel-confirm = Cancel “{ $title }”? { $count ->
    [0] Nobody has answered yet.
    [one] One person who answered will be told.
   *[other] { $count } people who answered will be told.
}
gathering-cancelled = Gathering #{ $number } “{ $title }” is cancelled.
gathering-cancelled-dm = “{ $title }” ({ $when }) is cancelled. Sorry for the change of plans.
gathering-reminder = { $kind ->
    [week] In one week:
    [day] Tomorrow:
   *[hour] In one hour:
} { $answer ->
    [maybe] (you said maybe)
   *[going] (you said you are going)
}
gathering-reminder-link = “{ $title }” starts in 10 minutes. Join here: { $url }
gathering-starts-now = #{ $number } “{ $title }” is starting. Here? Press the button (or type /here).
gathering-here-recorded = Welcome! You are marked present at “{ $title }”.
gathering-marked-present = { $name } is marked present at “{ $title }”.
gathering-marked-absent = { $name } is marked absent from “{ $title }”.
gathering-commit-ask = Thank you for coming to “{ $title }” ({ $cohort }). What will you try in the next weeks? Write one to three things, each with /commit, for example: <code>/commit run a first edit-a-thon</code>. Only you read them, unless you add --visibility mentor or coordinators. I will ask how it goes in a week, a month and three months.
gathering-followup-week = One week after “{ $title }”: how is it going with “{ $text }”?
gathering-followup-later = After “{ $title }”, you wanted to try: “{ $text }”. Did you do it?
commitment-answer-done = Well done! “{ $text }” is done.
commitment-answer-partly = Noted: partly done. I will ask again later.
commitment-answer-not-yet = Noted: not yet. I will ask again later; if something blocks you, your mentor or a coordinator can help.
commitment-answer-let-go = Noted: you let “{ $text }” go. I will not ask about it again.
commit-saved = Saved for “{ $title }”. { $visibility ->
    [mentor] You and your mentor can read it.
    [coordinators] You and the coordinators can read it.
   *[me] Only you can read it.
} { $left ->
    [0] That makes three: I will ask how they go.
    [one] You can add one more.
   *[other] You can add { $left } more.
}
commit-error-no-gathering = I found no recent gathering of yours to file this under. Name one with --gathering NUMBER.
commit-error-too-many = You already have { $max ->
    [one] { $max } commitment
   *[other] { $max } commitments
} for this gathering: fewer, followed up, work better.
commit-error-visibility = “{ $value }” is not me, mentor or coordinators.
commitments-title = Your commitments:
commitments-line = • { $cohort }, “{ $title }”: { $text } ({ $status })
commitments-none = You have no commitments yet. After a gathering, /commit what you will try.
gathering-error-bad-date = “{ $value }” is not a date and time I understand. Write it like 2027-03-14 10:00.
gathering-error-past = That time has already passed.
gathering-error-too-far = That is more than two years ahead.
gathering-error-end-before-start = The end must come after the start.
gathering-error-too-long = A gathering can last at most 14 days.
gathering-error-bad-link = “{ $value }” is not a web link: only http:// and https:// links are accepted.
gathering-error-link-too-long = That link is too long (at most { $max ->
    [one] { $max } character
   *[other] { $max } characters
}).
gathering-error-unknown = There is no gathering #{ $number } in this cohort. /gathering list shows them.
gathering-error-unknown-button = This gathering no longer exists.
gathering-error-cancelled = This gathering was cancelled.
gathering-error-finished = This gathering is over.
gathering-error-not-started = This gathering has not started yet.
gathering-error-not-now = There is no gathering happening now: “I'm here” counts from half an hour before the start until the end.
gathering-error-join-first = Only members of this cohort can answer: /join first.
gathering-error-nothing-to-change = Nothing to change: give at least one --flag.
gathering-summary-intro = How the follow-up is going, { $days ->
    [one] { $days } day after:
   *[other] { $days } days after:
}
gathering-report-title = <b>#{ $number } { $title }</b>
gathering-report-commitments = Commitments: { $count } from { $people ->
    [one] { $people } person
   *[other] { $people } people
} · done { $done } · partly { $partly } · not yet { $not-yet } · let go { $let-go } · open { $open }
gathering-report-shared = Shared with coordinators:
gathering-report-shared-line = • { $name } ({ $status }): { $text }
gathering-report-person = • { $name }: { $answer }, present: { $present }
mydata-gatherings = { $count ->
    [0] You have answered no gatherings.
    [one] Your gathering answers (one):
   *[other] Your gathering answers ({ $count }):
}
mydata-gathering = • { $cohort }, “{ $title }”: { $answer }, present: { $present }
mydata-commitments = { $count ->
    [0] You have made no commitments.
    [one] Your commitments (one):
   *[other] Your commitments ({ $count }):
}
mydata-commitment = • { $cohort } ({ $status }, { $visibility }): { $text }
report-gatherings-title = Gatherings: answers, attendance and commitments
report-gathering-line = #{ $number } { $title }: { $going } going, { $present } present; { $commitments ->
    [one] { $commitments } commitment
   *[other] { $commitments } commitments
}: { $done } done, { $partly } partly, { $open } open
report-gathering-going = going
report-gathering-present = present
report-gathering-axis = gathering
report-gathering-count = people
gathering-rsvp-noted = Noted. I sent you the details in private.
gathering-moved = “{ $title }” has a new time: { $when }.
commitment-answer-not-yet-mentor = Noted: not yet. Is something blocking you? { $mentor }, your mentor, can help: one press tells them what you wanted to try.
button-commitment-ask-mentor = Ask my mentor for help
commitment-help-to-mentor = { $mentee } ({ $cohort }) is stuck on what they wanted to try after a gathering: “{ $text }”. Could you get in touch?
commitment-help-sent = I told { $mentor }. They will get in touch.
commitment-help-unreachable = I cannot write to { $mentor } in private right now: please reach out to them directly.
cmd-hope-summary = before a gathering, tell the organisers what you hope to learn or get help with
cmd-hope-usage = /hope what you hope to learn [--gathering NUMBER] [--cohort "Name"] (/hope - clears it)
field-intention = hope
gathering-reminder-hope = What do you hope to learn or get help with? Tell the organisers in private with /hope …
hope-saved = Thank you: the organisers of “{ $title }” will read it (only they and you).
hope-cleared = Cleared for “{ $title }”.
hope-error-no-gathering = I found no gathering ahead that you answered. Answer one first, or name it with --gathering NUMBER.
hope-error-started = That gathering has already started.
gathering-report-hopes = What people hope to learn:
gathering-report-hope-line = • { $name }: { $text }
mydata-gathering-hope =   what you hope to learn: { $text }
## Surveys (src/features/surveys)
cmd-survey-summary = surveys: templates, create, send, results, close (coordinators)
cmd-survey-usage = /survey [templates|new|create|import|export|edit|show|send|poll|results|threshold|close|delete|list]
cmd-survey-templates-summary = the ready-made surveys: after a gathering, 30 days later, self-assessment
cmd-survey-templates-usage = /survey templates
cmd-survey-create-summary = make a survey from a template, or from a short definition (docs/surveys.md)
cmd-survey-create-usage = /survey create feedback|followup|self-assessment [--anonymous] | /survey create Title + one question a line
cmd-survey-edit-summary = change a survey's questions (a new version once someone answered)
cmd-survey-edit-usage = /survey edit ID + the new definition
cmd-survey-show-summary = preview a survey's questions (sent to you in private)
cmd-survey-show-usage = /survey show ID
cmd-survey-send-summary = send a survey to the cohort, each person in private
cmd-survey-send-usage = /survey send ID [--to cohort|gathering:N|role:mentor] [--deadline 7d] [--remind 1d]
cmd-survey-results-summary = a survey's results: a question shows once at least the cohort's smallest group shown answered it (sent to you in private)
cmd-survey-results-usage = /survey results ID [--group]
cmd-survey-close-summary = close a survey: no more answers
cmd-survey-close-usage = /survey close ID
cmd-survey-list-summary = the cohort's surveys
cmd-survey-list-usage = /survey list
cmd-surveys-summary = your open surveys, to answer or change your answers (in private)
cmd-surveys-usage = /surveys
button-survey-skip = Skip
button-survey-done = Done
button-survey-yes = Yes
button-survey-no = No
button-survey-answer = Answer “{ $title }”
button-survey-change = Change my answers to “{ $title }”
survey-dm-intro = <b>{ $title }</b> { $anonymous ->
    [yes] (anonymous: nobody, not even the coordinators, can see which answers are yours)
   *[no] (coordinators see your answers; results show only totals of { $k ->
        [one] { $k } person
       *[other] { $k } people
    } or more)
}
survey-dm-question = Question { $n } of { $total }:
survey-dm-text-hint = Reply with a short text.
survey-dm-text-hint-optional = Reply with a short text, or “skip”.
survey-dm-multi-hint = Choose all that apply, then press “Done”.
survey-dm-scale-hint = From { $min } to { $max }.
survey-answer-saved = Saved.
survey-thanks = Thank you for your answers!
survey-done-anonymous = Your answers were stored without your name. They cannot be changed now.
survey-done-named = You can change your answers until the deadline with /surveys.
survey-changing = Your earlier answers are kept until you replace them.
survey-already-answered = You have already answered this survey.
survey-invite-group = A short survey, “{ $title }”. If I have not written to you about it in private, open { $link } to answer there.
survey-invite-group-nolink = A short survey, “{ $title }”. If I have not written to you about it in private, write to me there and send /surveys.
survey-reminder = A reminder: “{ $title }” closes in about { $left ->
    [one] { $left } hour
   *[other] { $left } hours
}. Send /surveys to answer or continue.
survey-error-definition = This survey definition is not valid (at { $where }). See docs/surveys.md for the format.
survey-error-json = This JSON cannot be read.
survey-error-line = Line { $n } is not a question. Write “type: question”, e.g. “scale5: How useful was it?”.
survey-error-type = Line { $n }: “{ $type }” is not a question type. Use single, multi, scale5, scale10, yesno or text.
survey-error-too-long = This definition is too long (at most { $max ->
    [one] { $max } character
   *[other] { $max } characters
}).
survey-error-too-many = A survey has at most { $max ->
    [one] { $max } question
   *[other] { $max } questions
}.
survey-error-no-template = There is no template “{ $name }”. Templates: { $templates }.
survey-error-no-themes = The self-assessment asks about the cohort's themes, and this cohort has none. Add them with /cohort edit --themes "…".
survey-error-not-found = There is no survey { $id } in this cohort. See /survey list.
survey-error-not-member = You are not in this survey's cohort.
survey-error-closed = This survey is closed.
survey-error-unknown = This survey no longer exists.
survey-error-remind = “{ $value }” is not a time span like 1d or 12h.
survey-error-range = Please answer with a number from { $min } to { $max }.
survey-error-required = This question needs an answer.
survey-error-use-buttons = Please answer with the buttons of the question.
survey-error-answer-too-long = That answer is too long (at most { $max ->
    [one] { $max } character
   *[other] { $max } characters
}).
survey-created = Survey { $number } is ready: “{ $title }”, { $questions ->
    [one] one question
   *[other] { $questions } questions
}, { $anonymous ->
    [yes] anonymous
   *[no] named
}. Check it with /survey show { $number }, send it with /survey send { $number }.
survey-edited = Survey { $number } now has version { $version }. Answers given before stay with the version they answered.
survey-sent = Survey { $number } sent: { $dm } in private, { $group } by a link here. Deadline: { $deadline }.
survey-closed = Survey { $number } is closed. See /survey results { $number }.
survey-list-title = <b>Surveys</b>
survey-list-none = No surveys yet. Start with /survey templates.
survey-list-line = { $number }. { $title } ({ $status }, { $anonymous ->
    [yes] anonymous
   *[no] named
})
survey-show-title = <b>Survey { $number }: { $title }</b> ({ $status }, { $anonymous ->
    [yes] anonymous
   *[no] named
})
survey-show-if = only if { $question } = { $equals }
survey-show-optional = (optional)
survey-show-deadline = Deadline: { $at }
survey-templates-title = <b>Survey templates</b>
survey-template-line = • { $name }: { $about }
survey-templates-hint = Create one with /survey create NAME [--anonymous].
survey-results-title = <b>Results of survey { $number }: { $title }</b> ({ $status })
survey-results-none = No answers yet.
survey-results-version = <b>Version { $n }</b>
survey-results-people = { $n ->
    [one] { $n } person answered.
   *[other] { $n } people answered.
}
survey-results-answered = { $n ->
    [one] { $n } answer
   *[other] { $n } answers
}
survey-results-option = { $option }: { $n } ({ $pct }%)
survey-results-scale = Mean { $mean }, median { $median } (out of { $max })
survey-results-texts-hidden = Written answers are shown only to coordinators.
survey-change-title = <b>Before and after</b> (survey { $before } → survey { $after })
survey-change-paired = { $question }: { $change } on average, for { $n ->
    [one] the { $n } person who answered both
   *[other] the { $n } people who answered both
}
survey-change-means = { $question }: { $before } → { $after } ({ $change })
surveys-title = <b>Your open surveys</b>
surveys-line = • { $cohort }: { $title } ({ $state ->
    [done] answered
    [started] started
   *[new] not started
}, until { $deadline })
surveys-none = You have no open surveys.
survey-mydata-named = • Your answers to the survey “{ $title }”:
survey-mydata-skipped = (skipped)
survey-mydata-anonymous = • Answers you gave to anonymous surveys are stored without your name or any id: I cannot tell which are yours, so I cannot show or delete them.
survey-report-title = Surveys
survey-report-line = { $title }: { $people ->
    [one] { $people } person answered
   *[other] { $people } people answered
}
survey-tpl-feedback-title = After the gathering
survey-tpl-feedback-about = feedback right after a gathering (5 questions)
survey-tpl-feedback-intro = A few questions about the gathering, to make the next one better.
survey-tpl-feedback-useful = Overall, how useful was the gathering for you?
survey-tpl-feedback-best = What helped you most?
survey-tpl-feedback-best-sessions = The sessions
survey-tpl-feedback-best-people = Meeting people
survey-tpl-feedback-best-practice = Hands-on practice
survey-tpl-feedback-best-materials = The materials
survey-tpl-feedback-again = Would you come to a gathering like this again?
survey-tpl-feedback-why-not = Why not?
survey-tpl-feedback-change = What should we change next time?
survey-tpl-followup-title = 30 days later
survey-tpl-followup-about = a month after: what people used, what blocked them (5 questions)
survey-tpl-followup-intro = It has been a month. What did you use from what you learned?
survey-tpl-followup-used = What have you used since?
survey-tpl-followup-used-skills = Skills I learned
survey-tpl-followup-used-tools = Tools I discovered
survey-tpl-followup-used-contacts = People I met
survey-tpl-followup-used-nothing = Nothing yet
survey-tpl-followup-blocked = Did something block you?
survey-tpl-followup-what-blocked = What blocked you?
survey-tpl-followup-recommend = How likely are you to recommend this cohort to a friend?
survey-tpl-followup-else = Anything else you want to tell us?
survey-tpl-self-assessment-title = Self-assessment
survey-tpl-self-assessment-about = confidence from 1 to 5 on each of the cohort's themes; run it before and after
survey-tpl-self-assessment-intro = How confident do you feel? 1 is not at all, 5 is very.
survey-tpl-self-question = How confident do you feel about:
## Words for values, and keywords people type (docs/localization.md)

field-timezone = timezone
field-capacity = mentoring capacity
field-wants-mentor = “wants a mentor”
field-stage = stage
stage-name = { $stage ->
    [newcomer] newcomer
    [contributor] contributor
    [organizer] organizer
   *[experienced] experienced
}
visibility-name = { $visibility ->
    [me] only you
    [mentor] your mentor
    [coordinators] coordinators
   *[cohort] the cohort
}
checkin-digest-answer = <i>{ $question }</i> { $answer }
checkin-digest-reflection = • { $name }: { $text }
keyword-skip = skip, -, /skip
keyword-weekly = weekly
keyword-every = every
keyword-weeks = weeks, week
keyword-monthly = monthly
keyword-first = first
keyword-second = second
keyword-third = third
keyword-fourth = fourth
keyword-last = last
keyword-ignore = {""}
## Reports and exports (src/features/reports, the features' report parts)
cmd-report-summary = charts of the cohort's life, sent to you in private; "group": a summary for everyone
cmd-report-usage = /report [group|web|web revoke|threshold 8] [--since 2027-01-01] [--what members|checkins|pairing|gatherings|surveys]
cmd-export-summary = the numbers behind /report as files: CSV for spreadsheets, JSON, or a Meta-Wiki page
cmd-export-usage = /export [csv|json|wikitext] [--since 2027-01-01] [--what members|checkins|pairing|gatherings|surveys]
report-nothing = Nothing to show yet for { $cohort } since { $since }.
report-header = <b>{ $cohort }</b>: report from { $since } to { $until }
report-group-header = <b>How { $cohort } is doing</b> (since { $since })
report-no-images = This chat cannot show pictures, so here are the numbers only.
report-group-posted = I posted the summary in { $cohort }'s group.
report-error-since = "--since" needs a date like 2027-01-01; "{ $value }" is not one.
report-error-since-future = "--since { $value }" lies in the future: there is nothing to report yet.
report-error-what = "--what" takes one or more of: { $allowed }. "{ $value }" is not one of them.
report-error-word = I do not know "{ $word }" here. Try /report, /report group or /help report.
report-error-no-group = I cannot reach this cohort's group any more, so I cannot post there.
export-error-format = I can export as { $allowed }; "{ $value }" is not one of them.
export-sent = { $count ->
    [one] Here is your { $format } export: one file.
   *[other] Here is your { $format } export: { $count } files.
}
export-inline = This chat cannot receive files, so here is the text of each one to copy.
report-few = fewer than 5
report-members-title = Members over time
report-series-joined = Joined
report-series-left = Left
report-series-members = In the cohort
report-members-now = Now: { $active } active, { $paused } on a break, { $left } left.
report-members-period = Since { $since }: { $joined } joined, { $left } left.
report-axis-month = Month
report-axis-week = Week
report-axis-people = People
report-col-status = Status
report-col-people = People
report-col-answered = Answered
report-col-expected = Asked
report-col-date = Date
report-checkins-title = Check-ins: who answered
report-axis-checkin = Check-in
report-axis-rate = Answered (%)
report-checkins-total = { $count ->
    [one] { $count } check-in
   *[other] { $count } check-ins
}: { $answered ->
    [one] { $answered } answer
   *[other] { $answered } answers
} of { $expected } asked ({ $rate }%).
report-checkins-line = { $date }: { $answered } of { $expected } answered ({ $rate }%)
report-checkins-hidden = { $date }: fewer than { $k ->
    [one] { $k } person
   *[other] { $k } people
} asked, not shown
report-checkins-count = { $count ->
    [one] { $count } check-in took place.
   *[other] { $count } check-ins took place.
}
report-mentorships-title = Mentorships
report-axis-mentorships = Mentorships
report-mentorship-status = { $status ->
    [all] asked
    [accepted] accepted
    [active] still active
    [declined] declined
    [timed_out] no answer
   *[asked] waiting
}
report-mentorships-line = { $asked } asked: { $accepted } accepted ({ $active } still active), { $declined } declined, { $timedOut } without an answer, { $waiting } waiting.
report-mentorships-group = { $active ->
    [one] { $active } mentorship is running.
   *[other] { $active } mentorships are running.
}
report-peers-title = Peer rounds: did you meet?
report-axis-round = Round
report-peer-answer = { $answer ->
    [yes] met
    [not-yet] not yet
    [no] did not meet
   *[none] no answer
}
report-peers-line = Round { $number } ({ $date }): { $yes } of { $people } met ({ $rate }%), { $notYet } not yet, { $no } did not, { $silent } did not answer.
report-peers-hidden = Round { $number } ({ $date }): fewer than { $k ->
    [one] { $k } person
   *[other] { $k } people
}, not shown
# Issue 12 (wave2-edges): /help start, quotes inside quoted text
cmd-start-summary = start talking with me in private (a join or answer link opens it for you)
error-quote-inside = A { $quote } inside quoted text ends it early. Write it as \{ $quote } or use other quotes (“…” or «…») around the text.
keyword-duration-minutes = minute, minutes, min, mins
keyword-duration-hours = hour, hours, hr, hrs
keyword-duration-days = day, days
keyword-duration-weeks = week, weeks, wk, wks

## w4-checkins
checkin-next-after-skip = { $next } ({ $skipped } skipped)
checkin-error-duplicate = Schedule #{ $id } already has this rhythm: a second one would post every check-in and digest twice. Choose another time, or see /checkin list.
checkin-error-already-open = The check-in of schedule #{ $id } is already open until { $closes }: answers go to that one.
checkin-stats-open = Open now: schedule #{ $id }, { $answered } of { $total } answered so far; closes { $closes }.
cohort-error-create-right = Only an admin of this chat (or a coordinator of its cohort) can create a cohort here.
cohort-timezone-not-given = { $source ->
    [yours] Timezone: { $timezone } (yours; none was given).
   *[default] Timezone: { $timezone } (the default; none was given).
} Check-ins keep to it. Change it with /cohort edit --timezone Area/City.
checkin-digest-coordinators-kept = Shared answers are kept for the coordinators: they read them in private with /checkin digest.
checkin-digest-coordinators-start = { $names }: I cannot write to you in private yet, so your digest is waiting. Open a private chat with me and send /checkin digest.
cmd-checkin-digest-summary = the latest check-in as coordinators read it: who took part and the shared answers (sent to you in private)
cmd-checkin-digest-usage = /checkin digest
checkin-answer-updated = Your answer to question { $n } is updated.
timezone-cleared = Your timezone is cleared; times are shown in { $timezone } (now { $now }).
## w4-network
cmd-network-summary = networks of cohorts: link cohorts, share learnings, see them side by side
cmd-network-usage = /network [list|create|invite|join|leave|hub|settings|report|announce]
cmd-network-list-summary = the networks this cohort is in
cmd-network-list-usage = /network list
cmd-network-create-summary = start a network with this cohort; you coordinate it
cmd-network-create-usage = /network create "Name"
cmd-network-invite-summary = a one-time code for one more cohort (sent to you privately)
cmd-network-invite-usage = /network invite ["Network"]
cmd-network-join-summary = this cohort joins a network with a code (its coordinator only)
cmd-network-join-usage = /network join CODE
cmd-network-leave-summary = this cohort leaves a network
cmd-network-leave-usage = /network leave ["Network"]
cmd-network-hub-summary = make this chat the network's hub, where its digest goes
cmd-network-hub-usage = /network hub ["Network"]
cmd-network-settings-summary = whether shares from this cohort wait for a coordinator's approval
cmd-network-settings-usage = /network settings [--approval on|off] [--announcements on|off] ["Network"]
cmd-network-report-summary = the network's cohorts side by side (sent privately)
cmd-network-report-usage = /network report ["Network"]
cmd-share-summary = offer one of your reflections, check-in answers or commitments to your cohort's networks
cmd-share-usage = /share [withdraw]
cmd-share-list-summary = choose an item to share
cmd-share-list-usage = /share
cmd-share-withdraw-summary = take back an item before it goes out
cmd-share-withdraw-usage = /share withdraw
field-network-name = network name
network-created = Network “{ $name }” created with { $cohort }. You coordinate it. Invite another cohort with <code>/network invite</code>.
network-invite-code = One-time code for “{ $name }”: <code>{ $code }</code>. Valid until { $until }, for one cohort. Its coordinator types <code>/network join { $code }</code> in the cohort's group.
network-joined = { $cohort } joined “{ $name }”. Cohorts in the network now: { $count }.
network-left = { $cohort } left “{ $name }”. Items not yet sent from this cohort will not go out.
network-list-none = { $cohort } is in no network. A coordinator can start one with <code>/network create "Name"</code> or join one with a code.
network-list-title = Networks of { $cohort }:
network-list-line = • “{ $name }”: { $cohorts }; approval { $approval ->
    [on] on
   *[off] off
}; hub { $hub ->
    [yes] attached
   *[no] not attached
}
network-approval-set = Shares from { $cohort } to “{ $name }” { $approval ->
    [on] now wait for a coordinator's approval.
   *[off] now go out without approval.
}
network-error-none = This cohort is in no network.
network-error-which = Say which network: { $names }.
network-error-unknown-name = No network called “{ $name }” here. Networks: { $names }.
network-error-not-network-coordinator = Only a network's coordinators can do this, and you coordinate no network.
network-error-too-many = A cohort can be in at most { $max ->
    [one] { $max } network
   *[other] { $max } networks
}.
network-error-code-unknown = This code is not known. Ask the network's coordinator for a new one.
network-error-code-used = This code was already used. Each code lets one cohort join; ask for a new one.
network-error-code-expired = This code has expired. Ask the network's coordinator for a new one.
network-error-already-in = { $cohort } is already in “{ $name }”. The code was not used.
network-error-approval-value = Write <code>--approval on</code> or <code>--approval off</code>.
network-hub-attached = This chat is now the hub of “{ $name }”: the network's digest of shared learnings will arrive here every week.
network-hub-error-cannot-post = I cannot post in that chat, so it was not made the hub of “{ $name }”. Let me post there and try again.
network-digest-title = From the network “{ $name }”: learnings its members chose to share ({ $count })
network-digest-language = <b>In { $language }</b>
network-digest-item = • { $text } ({ $cohort })
network-digest-item-named = • { $text } ({ $cohort }, { $author })
network-share-title = Which item do you want to offer to your cohort's networks? Nothing goes out unless you choose it.
network-share-item = { $n }. { $kind ->
    [reflection] Reflection
    [checkin] Check-in answer
   *[commitment] Commitment
} ({ $cohort }): { $text }
network-share-button = Share { $n }
network-share-outcome = { $text } — { $status ->
    [done] done
    [partly] partly done
    [not-yet] not yet
   *[let-go] let go
}
network-share-confirm = You offer this to { $networks }:
    { $text }
    Should the digest show your name?
network-share-with-name = Share with my name
network-share-without-name = Share without my name
network-share-cancel = Cancel
network-share-cancelled = Nothing was shared.
network-share-done = Shared with { $networks }. It goes out in the next digest; <code>/share withdraw</code> takes it back until then.
network-share-pending = Offered to { $networks }. A coordinator of your cohort approves it first; <code>/share withdraw</code> takes it back.
network-share-error-no-network = None of your cohorts is in a network, so there is nothing to share with.
network-share-error-nothing = You have no reflections, check-in answers or commitment outcomes to share yet.
network-share-error-gone = That item is no longer yours to share (or no longer there).
network-share-error-already = You already offered this item to these networks.
network-approve-ask = A member of { $cohort } wants to share this with the network “{ $network }”:
    { $text }
network-approve-yes = Approve
network-approve-no = Decline
network-approve-done = Approved: it goes out in the next digest.
network-decline-done = Declined: it will not go out.
network-approve-already = Another coordinator already decided, or the author withdrew it.
network-approve-not-coordinator = Only a coordinator of that cohort can decide.
network-withdraw-item = { $n }. { $text }
network-withdraw-button = Withdraw { $n }
network-report-title = “{ $name }”, the last 30 days (cohorts: { $count })
network-report-line = • { $cohort }: { $members ->
    [one] { $members } member
   *[other] { $members } members
}, { $active } answered a check-in, { $checkins ->
    [yes] check-in response { $rate }%
   *[no] no check-ins
}
network-report-line-small = • { $cohort }: fewer than 5 members, not shown
network-report-error-one = “{ $name }” has one cohort: there is nothing to compare yet. Invite another with <code>/network invite</code>.
mydata-network-shares = Items you shared with networks ({ $count }):
mydata-network-share = • “{ $network }” ({ $status ->
    [pending] waiting for approval
    [approved] waiting for the digest
    [declined] declined
    [withdrawn] withdrawn
   *[sent] sent
}, { $named ->
    [yes] with your name
   *[no] without your name
}): { $text }
mydata-network-coordinator = You coordinate the networks { $names }.
cmd-network-announce-summary = announce a message to every cohort's group in the network
cmd-network-announce-usage = /network announce TEXT [--network "Network"]
field-announcement = announcement
network-error-announcements-value = Write <code>--announcements on</code> or <code>--announcements off</code>.
network-announcements-set = Network announcements { $announcements ->
    [on] now reach { $cohort }.
   *[off] no longer reach { $cohort }.
} (“{ $name }”)
network-announcement = <b>From the network “{ $name }”</b>
    { $text }
network-announce-sent = Announcement of “{ $name }” queued for cohort groups: { $sent }; not sent (opted out or unreachable): { $skipped }.
## w4-surveys
survey-k-too-few = Fewer than { $k ->
    [one] { $k } answer
   *[other] { $k } answers
}: not shown.
survey-k-too-few-people = Fewer than { $k ->
    [one] { $k } person
   *[other] { $k } people
} answered: nothing is shown, so that no one can be singled out.
survey-k-change-too-few = { $question }: fewer than { $k ->
    [one] { $k } answer
   *[other] { $k } answers
}, not shown
survey-k-few = fewer than { $k }
survey-error-audience-to = I cannot send to “{ $value }”. Use --to cohort, --to gathering:NUMBER or --to role:mentor (or role:member, role:coordinator).
survey-error-no-gathering = There is no gathering { $id } in this cohort.
survey-error-nobody = Nobody active matches “{ $value }”: nothing was sent.
survey-chart-before = before
survey-chart-after = after
survey-chart-change-title = Self-assessment, before and after
survey-chart-means-title = Survey scales: mean answer
survey-chart-theme = Theme
survey-chart-question = Question
survey-chart-mean = Mean
survey-error-format = “{ $value }” is not a format: use --format json or --format text.
survey-error-export-text = This survey has texts in several languages or an opening text: it can only be exported as JSON.
survey-exported = Survey { $number }, to paste into /survey import:
survey-exported-file = Survey { $number } is in the file above; paste its content into /survey import.
button-survey-delete = Delete
survey-delete-confirm =
    { $answers ->
        [one] Delete survey { $number } “{ $title }” with its one answer? This cannot be undone.
       *[other] Delete survey { $number } “{ $title }” with its { $answers } answers? This cannot be undone.
    }
survey-delete-cancelled = Nothing was deleted.
survey-deleted = Survey { $number } “{ $title }” and its answers are deleted.
survey-error-summary-too-few = Fewer than { $k ->
    [one] { $k } person
   *[other] { $k } people
} answered: nothing was posted to the group.
survey-summary-title = <b>Survey results: { $title }</b> ({ $n ->
    [one] { $n } answer
   *[other] { $n } answers
})
survey-summary-posted = The summary of survey { $number } is posted in the group (no written answers, only results of enough people).
survey-poll-anonymous-note = Anonymous: the bot counts the answer without keeping who gave it. One answer each.
survey-poll-counted = Counted, anonymously.
survey-new-title-ask = A new survey. What is its title? (reply, up to { $max ->
    [one] { $max } character
   *[other] { $max } characters
}; “cancel” stops)
survey-new-menu = <b>{ $title }</b>: { $count ->
    [one] { $count } question
   *[other] { $count } questions
}, { $anonymous ->
    [yes] anonymous
   *[no] named
}. What next?
button-survey-new-add = Add a question
button-survey-new-anonymous = Make it anonymous
button-survey-new-named = Make it named
button-survey-new-preview = Preview
button-survey-new-save = Save
survey-new-type-ask = Which kind of question?
button-survey-type-single = One choice
button-survey-type-multi = Several choices
button-survey-type-scale5 = Scale 1–5
button-survey-type-scale10 = Scale 0–10
button-survey-type-yesno = Yes / no
button-survey-type-text = Written answer
survey-new-text-ask = Question { $n }: write it (reply, up to { $max ->
    [one] { $max } character
   *[other] { $max } characters
}).
survey-new-options-ask = Write the options, one a line or separated by |, from 2 to { $max }.
survey-new-required-ask = Must people answer it?
button-survey-new-required = Required
button-survey-new-optional = Optional
survey-new-condition-ask = Ask it always, or only after an answer? For a condition reply like q2=no (question 2 answered “no”).
button-survey-new-always = Always
survey-new-added = Question { $n } added.
survey-new-no-questions = No questions yet.
survey-new-cancelled = The new survey was dropped; nothing was saved.
survey-new-error-full = A survey has at most { $max ->
    [one] { $max } question
   *[other] { $max } questions
}.
survey-new-error-text = Please write 1 to { $max ->
    [one] { $max } character
   *[other] { $max } characters
}.
survey-new-error-options = Give 2 to { $max ->
    [one] { $max } option
   *[other] { $max } options
}, each up to { $len ->
    [one] { $len } character
   *[other] { $len } characters
}.
survey-new-error-condition = Write the condition as qN=answer, N an earlier question (1 to { $max }).
survey-new-error-empty = Add at least one question before saving.
cmd-survey-new-summary = write a survey step by step, in private (question, type, options, condition, preview)
cmd-survey-new-usage = /survey new
cmd-survey-import-summary = make a survey from pasted JSON or the short text format (docs/surveys.md)
cmd-survey-import-usage = /survey import [--anonymous] + JSON or Title + one question a line
cmd-survey-export-summary = a survey's definition, to keep or import elsewhere (sent to you in private)
cmd-survey-export-usage = /survey export ID [--format json|text]
cmd-survey-delete-summary = delete a survey and its answers (asks first)
cmd-survey-delete-usage = /survey delete ID
cmd-survey-poll-summary = one question as a poll in the group
cmd-survey-poll-usage = /survey poll "Question?" "A" "B" [--anonymous] [--deadline 2d]
cmd-survey-threshold-summary = old name of /cohort edit --smallest-group: how many people a result needs behind it to be shown (3 or more; 5 by default)
cmd-survey-threshold-usage = /survey threshold [NUMBER]
## w4-gatherings
cmd-gathering-ics-summary = the calendar file of a gathering, sent to you in private
cmd-gathering-ics-usage = /gathering ics NUMBER
cmd-gathering-feed-summary = the cohort's calendar subscription link (in private); reset makes a new one and ends the old
cmd-gathering-feed-usage = /gathering feed [reset]
cmd-gathering-code-summary = set the room code people need for “I'm here” (shown to you in private)
cmd-gathering-code-usage = /gathering code NUMBER [code|-]
cmd-gathering-settings-summary = when reminders go and when the follow-ups ask
cmd-gathering-settings-usage = /gathering settings [--reminders 7d,1d,1h] [--steps 1,7,30,90]
gathering-settings = Reminders before a gathering: { $reminders }. Follow-ups, in days after it: { $steps } (the first asks what people will try).
gathering-settings-saved = Saved. Reminders before a gathering: { $reminders }. Follow-ups, in days after it: { $steps }.
gathering-settings-error-reminders = “{ $value }” is not a list of reminders: write up to { $max ->
    [one] { $max } time
   *[other] { $max } times
} before the start, like 7d,1d,1h (from 15m to 60d), or - for none.
gathering-settings-error-steps = “{ $value }” is not a follow-up sequence: write 2 to { $max ->
    [one] { $max } day
   *[other] { $max } days
} after the gathering, growing, like 1,7,30,90.
gathering-reminder-in = In { $span }: { $answer ->
    [maybe] (you said maybe)
   *[going] (you said you are going)
}
gathering-commit-ask-days = Thank you for coming to “{ $title }” ({ $cohort }). What will you try in the next weeks? Write one to three things, each with /commit, for example: <code>/commit run a first edit-a-thon --by 2027-05-01</code>. Only you read them, unless you add --visibility mentor or coordinators. I will ask how it goes { $days ->
    [one] { $days } day after the gathering.
   *[other] { $days } days after the gathering.
}
gathering-followup-target = You aimed for { $date }.
commit-error-bad-date = “{ $value }” is not a date: write it like 2027-04-30.
commit-error-date-past = { $value } has already passed: give a day from today on.
commit-error-date-too-far = { $value } is more than a year ahead: pick a nearer step.
commit-saved-target = Target: { $date }.
commitment-target = (by { $date })
commitment-status-word = { $status ->
    [done] done
    [partly] partly done
    [not-yet] not yet
    [let-go] let go
   *[open] open
}
commitment-visibility-word = { $visibility ->
    [mentor] you and your mentor
    [coordinators] you and the coordinators
   *[me] only you
}
gathering-answer-word = { $answer ->
    [going] going
    [maybe] maybe
    [no] not going
   *[waitlist] on the waiting list
}
gathering-present-word = { $present ->
    [yes] yes
   *[no] no
}
commitment-answer-not-yet-peer = Noted: not yet. Is something blocking you? { $peer } also works on “{ $topic }”: one press tells them what you wanted to try and asks them to get in touch.
button-commitment-ask-peer = Ask { $peer } for help
commitment-help-to-peer = { $mentee } ({ $cohort }) is stuck on what they wanted to try after a gathering: “{ $text }”. You both work on “{ $topic }”: could you get in touch?
gathering-ics-join = Join online: { $url }
gathering-ics-caption = “{ $title }” for your calendar
gathering-ics-sent = I sent you “{ $title }” for your calendar in private.
gathering-ics-unreachable = I cannot send you a file in private: open a private chat with me (send /start there) and try again.
gathering-feed = The cohort's calendar: subscribe to <code>{ $webcal }</code> (or { $https }) in your calendar app. Gatherings, changes and cancels show there by themselves. Share it only with members: whoever has the link reads the gatherings. /gathering feed reset makes a new link and ends this one.
gathering-feed-reset = New calendar link: <code>{ $webcal }</code> (or { $https }). The old link no longer works; members who subscribed need the new one.
gathering-feed-no-url = The bot has no public address set (PUBLIC_URL), so I cannot give a calendar link. Ask the operator; /gathering ics NUMBER sends one gathering as a file meanwhile.
gathering-code-error-format = “{ $value }” cannot be a room code: 3 to 12 letters or digits.
gathering-code-set = Room code for #{ $number } “{ $title }”: <b>{ $code }</b>. Announce it in the room; people mark themselves present with /here { $code } (best in private with me). /gathering code { $number } - removes it.
gathering-code-cleared = “I'm here” for #{ $number } “{ $title }” no longer needs a code.
gathering-here-needs-code = This gathering has a room code, announced in the room: send /here { $number } CODE (best in private with me).
gathering-error-wrong-code = That is not the room code. Check it with the organisers in the room.
## w4-pairing
pair-confirmed-requests = Mentors asked: { $mentors }. Requests sent: { $requests }. Each mentor has { $hours } h to answer; without an answer, the mentee is offered to the next best mentor.
pair-by-hand-in-group = Pairing two people by hand works in the cohort's group: send /pair @mentor @mentee there.
pair-mine-no-cohort = You are not in a cohort yet. Join one in its group with /join.
pair-mine-cohort = <b>{ $name }</b>
pair-intro-time-one-zone = • { $when } ({ $zone })
pair-intro-reach = Write to { $other } directly: tap the name.
pair-intro-times-both = Some times to meet, in the waking hours of you both:
pair-ended-unpaired = { $person }, a coordinator ended your mentorship with { $other } in { $name }.
pair-ended-left = { $person }, { $other } left { $name }, so your mentorship has ended.
pair-ended-away = { $person }, { $other } is away from { $name } for a while, so your mentorship has ended.
pair-ended-next-mentor = I am asking the next best mentor for you; you will hear when someone accepts.
mydata-someone-who-left = someone who left
pair-reason-language-unknown = no language given
person-pick = More than one member is called “{ $who }”. Which one do you mean?
pair-ask-open-private = <a href="{ $link }">Open a private chat with me</a> and such requests will reach you there.
pair-ended-you-left = { $person }, you left { $name }, so your mentorship with { $other } has ended.
pair-ended-you-away = { $person }, you are away from { $name } for a while, so your mentorship with { $other } has ended; they are offered another mentor.
## w4-reports
cmd-audit-summary = who did what in the cohort (roles, pairings, exports, surveys), sent to you in private
cmd-audit-usage = /audit [--since 2027-01-01]
audit-empty = Nothing in { $cohort }'s audit log yet.
audit-header = <b>Audit log of { $cohort }</b>: { $count ->
    [one] the latest entry
   *[other] the latest { $count } entries, newest first
} (ids and settings only).
audit-error-word = /audit takes only --since 2027-01-01; I do not know "{ $word }" here.
report-web-not-set-up = The report page is not set up on this bot: the operator sets PUBLIC_URL (docs/configuration.md).
report-web-link = Your private report page for { $cohort } (valid { $hours } h). Do not pass it on: whoever has the link can read the page until it expires. /report web revoke stops every link.
report-web-revoked = Every report page link of { $cohort } given out so far no longer works.
report-web-title = Report: { $cohort }
report-web-downloads = Downloads
report-web-audit = Audit log
report-web-audit-when = When
report-web-audit-who = Who
report-web-audit-action = Action
report-web-audit-details = Details
report-web-expires = This link works until { $at }.
network-hub-error-not-admin = Only an admin of this chat can make it a network's hub.
## lead: nudge fallback
checkin-nudge-group = { $person }, I have a question for you about the cohort. I cannot write to you first: open { $link } and press Start to read it.
checkin-nudge-group-private = { $person }, I have a question for you about the cohort. Write to me in private to read it.
## w5-gatherings
gathering-code-error-digits = “{ $value }” is only digits, and /here would read it as a gathering number. Choose a room code with at least one letter, or send /gathering code { $number } and I will make one up.
## w5-nethub
network-offer-ask = Offer this to the network { $networks }? { $kind ->
    [reflection] Your reflection
    [checkin] Your check-in answer
   *[commitment] How your commitment went
}:
    { $text }
    Nothing goes out unless you choose it here (or later with <code>/share</code>).
network-offer-no = Not this one
network-digest-theme-language = <b>{ $themes } · in { $language }</b>
network-report-gatherings = { "  " }gatherings: { $gatherings }, commitments: { $commitments }, done: { $done }, partly done: { $partly } ({ $rate }% done)
network-report-chart-title = “{ $name }”: check-in response and follow-ups done per cohort
network-report-axis-response = Check-in response
network-report-axis-followups = Follow-ups done
cmd-network-export-summary = the network's numbers as files, from the cohorts' exports (sent privately)
cmd-network-export-usage = /network export [csv|json|wikitext] ["Network"]
network-hub-channel-code = To make a Telegram channel the hub of “{ $name }”: add me to the channel as an admin who may post messages, then post this there within an hour:
    <code>/network hub { $code }</code>
    I will confirm in the channel, remove that post, and tell you here. For a group or a Matrix room, run <code>/network hub</code> in it instead.
network-hub-channel-done = The channel { $channel } is now the hub of “{ $name }”.
network-hub-channel-bad-code = This hub code is unknown, used or expired. A network coordinator gets a new one by sending <code>/network hub</code> to me in private.
network-space-created = I made the Matrix space “{ $name }” and invited you; cohort rooms in it: { $count }. Rooms of cohorts that join or leave the network are added or taken out.
network-space-synced = The space of “{ $name }” is in step again; cohort rooms in it: { $count }.
network-space-error-platform = Spaces are a Matrix thing: run this on Matrix. On Telegram, use a group or a channel as the hub (<code>/network hub</code>).
cmd-network-space-summary = a Matrix space holding the network's cohort rooms, kept in step
cmd-network-space-usage = /network space ["Network"]
## w5-surveys
button-survey-back = « Back
survey-back-first = This is the first question: there is no earlier answer to change.
survey-dm-your-answer = Your answer so far: { $answer }
survey-back-none = There is no survey question waiting for you. /surveys lists your open surveys.
survey-dm-back-hint = To change your previous answer, type “back”.
smallest-group-is = The cohort's smallest group shown is { $count ->
    [one] { $count } person
   *[other] { $count } people
}: survey results, and reports and digests outside a coordinator's private view, show no count, share or mean over fewer people.
smallest-group-set = From now on, counts, shares and means need at least { $count ->
    [one] { $count } person
   *[other] { $count } people
} behind them to be shown (surveys, reports, digests).
smallest-group-moved = This is now one setting of the cohort for surveys, reports and every count: /cohort edit --smallest-group NUMBER (3 to 100, 5 unless set).
smallest-group-error = The smallest group shown is a whole number from { $min } to { $max }; “{ $value }” is not one.
cohort-card-smallest-group = Smallest group shown: { $count ->
    [one] { $count } person
   *[other] { $count } people
} (counts over fewer are not shown).
survey-status-word = { $status ->
    [draft] draft
    [closed] closed
   *[open] open
}
## w5-netmatch
cmd-network-meet-summary = meet someone from another cohort of the network (on or off; answered privately)
cmd-network-meet-usage = /network meet [on|off] ["Network"]
cmd-network-round-summary = introduce the members who opted in to someone from another cohort (network coordinators)
cmd-network-round-usage = /network round [every 2w|off] ["Network"]
network-meet-status-title = Meeting people from other cohorts:
network-meet-status-line = • “{ $network }” (through { $cohort }): { $state ->
    [on] yes
   *[off] no
  }
network-meet-explain = When a network coordinator starts a round, you are introduced in private to someone from another cohort, preferably with a language and a theme in common. They see your name, your cohort and how to reach you (your Telegram @username or your Matrix ID); you see theirs.
network-meet-button-on = Yes, introduce me
network-meet-button-off = No, stop
network-meet-on = You will be introduced to someone from another cohort in { $networks }. They will see your name, your cohort and how to reach you. <code>/network meet off</code> stops it.
network-meet-off = You will no longer be introduced to people in { $networks }.
network-meet-off-already = You were not signed up to meet people there.
network-meet-error-paused = You are on a break in that cohort: come back first, then sign up.
network-meet-error-no-network = None of your cohorts here is in a network.
network-round-error-one = “{ $name }” has one cohort: there is nobody from another cohort to meet yet.
network-round-error-few = Fewer than two members of “{ $name }” signed up with <code>/network meet on</code>, so there is no round.
network-round-done = Round { $number } of “{ $name }”: { $groups ->
    [one] { $groups } introduction
   *[other] { $groups } introductions
} for { $people ->
    [one] { $people } person
   *[other] { $people } people
}. Found nobody this time: { $unplaced }. Groups with two people of one cohort (nobody else fitted): { $same }. Could not be written to in private: { $unreached }.
network-meet-intro = { $person }, in the network “{ $network }” you are meeting { $group ->
    [pair] someone
   *[triad] two people
  } from another cohort:
network-meet-intro-other = • { $name } ({ $cohort })
network-meet-intro-other-elsewhere = • { $name } ({ $cohort }), on { $platform }: { $reach }
network-meet-intro-other-writes = • { $name } ({ $cohort }), on { $platform }: they have your contact and will write to you first.
network-meet-intro-common = In common: { $common }.
network-meet-common-languages = you speak { $languages }
network-meet-common-topics = interested in { $topics }
network-meet-common-none = no language or theme given; say hello and see
network-meet-intro-next = Write to each other and agree on a time: a call or a few messages is enough.
network-meet-nobody = { $person }, nobody from another cohort of “{ $network }” fitted you this round. You stay signed up for the next one.
mydata-network-meet = Networks where you meet people from other cohorts ({ $count }):
mydata-network-meet-on = • “{ $network }”, through { $cohort }, since { $since }
mydata-network-meet-round = • “{ $network }”, round { $number } ({ $when }): you met { $others }
## w5-reports2
report-chart-too-few = Chart: nothing to show yet. It appears once { $min } or more people are in it.
export-file-too-large = { $file } was not sent: at { $size } MB it is larger than this chat takes ({ $limit } MB). Download it from your report page: /report web

## w5-gqa
gathering-report-people = Each person's answer and presence:
gathering-ics-hint = For your calendar: /gathering ics { $number }
button-gathering-keep = No, keep it
gathering-kept = Nothing changes: “{ $title }” goes ahead.
report-gathering-line-let-go = #{ $number } { $title }: { $going } going, { $present } present; { $commitments ->
    [one] { $commitments } commitment
   *[other] { $commitments } commitments
}: { $done } done, { $partly } partly, { $letgo } let go, { $open } open

## w5-spolish
# Words that take a survey question back to the previous one when typed (English is accepted too).
keyword-back = back, /back, !back, <
survey-closed-unfinished = The survey “{ $title }” closed before you finished it, so this answer was not saved.
survey-error-json-type = Question { $n }: “{ $type }” is not a question type. Use single, multi, scale5, scale10, yesno or text.
survey-error-too-many-options = Question { $n } has too many options (at most { $max }).
survey-error-question-too-long = Question { $n }: its text or one of its options is too long (at most { $max ->
    [one] { $max } character
   *[other] { $max } characters
}).
survey-error-title-too-long = The title, the opening or the thank-you text is too long (at most { $max ->
    [one] { $max } character
   *[other] { $max } characters
}).
survey-error-send-poll = Survey { $number } is a quick poll in the group: it is answered there, not sent in private. /survey results { $number } shows its results.

## w6-netment
network-report-mentorships = { "  " }mentorships: { $active } running; asked: { $asked }, accepted: { $accepted }

## w3-net-web
cmd-network-page-summary = a link to the network's web page of shared items (sent privately; revoke stops every link)
cmd-network-page-usage = /network page [revoke] ["Network"]
network-page-link = The web page of “{ $name }”'s shared items (valid { $hours } h). It shows what members chose to share, with names only where they agreed; whoever has the link can read it until it expires. <code>/network page revoke</code> stops every link.
network-page-revoked = Every link to the page of “{ $name }” given out so far no longer works. <code>/network page</code> gives a new one.
network-page-not-set-up = The network's page is not set up on this bot: the operator sets PUBLIC_URL (docs/configuration.md).
network-page-title = Shared in the network “{ $name }”
network-page-intro = Learnings that members of { $cohorts ->
    [one] its { $cohorts } cohort
   *[other] its { $cohorts } cohorts
} chose to share, grouped by theme and language. An item its author withdrew is no longer here.
network-page-nothing = Nothing has been shared yet.
network-page-expires = This link works until { $at }.
network-page-refused-title = This link does not work
network-page-refused = The link expired, was revoked, was changed, or belongs to another page. A network coordinator gets a new one with /network page.
network-withdraw-title-any = Your shared items. Withdrawing one keeps it out of future digests and takes it off the network's page (a digest already posted stays):
network-withdraw-done-any = Withdrawn: it will not go out again and it is off the network's page.
network-withdraw-none-any = You have no shared items to withdraw.
mydata-network-page = Approved items, sent or not, are also on each network's web page, for whoever has its link, until you withdraw them (<code>/share withdraw</code>).
network-round-rhythm-usage = Say how often: <code>/network round every 2w</code> (1 to 12 weeks) or <code>/network round off</code>.
network-round-rhythm-weeks = Rounds come every 1 to { $max ->
    [one] { $max } week
   *[other] { $max } weeks
}, e.g. <code>/network round every 2w</code>.
network-round-rhythm-set = Cross-cohort rounds of “{ $name }” now come by themselves every { $weeks ->
    [one] week
   *[other] { $weeks } weeks
}; the first on { $next }. <code>/network round off</code> stops them.
network-round-rhythm-off = Cross-cohort rounds of “{ $name }” no longer come by themselves; <code>/network round</code> still starts one.
network-round-rhythm-skipped = No cross-cohort round of “{ $name }” this time: it needs two cohorts and at least two members signed up with <code>/network meet on</code>.
network-round-rhythm-note = This round came by itself (every { $weeks ->
    [one] week
   *[other] { $weeks } weeks
}); the next on { $next }.
## w3-net-e2e
network-meet-intro-you-write = You have no public username on { $platform }, so { $name } cannot write to you: please write first.
## w3-edges-pair
pair-ended-group = { $person }, your mentorship in { $name } has ended.
pair-open-private = <a href="{ $link }">Open a private chat with me</a> and news like this will reach you there.
## w3-edges-tg
timezone-every-cohort = It is one timezone for you in every cohort: --cohort does not set it for one cohort only.
