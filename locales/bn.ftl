# cohort-bot — বাংলা।
# বার্তাগুলো মার্কআপে: <b>, <i>, <code>, <a href="…">। ভেরিয়েবল বট নিজে সুরক্ষিত করে।
# en.ftl-এর প্রতিটি কী এখানে থাকতে হবে: না থাকলে টেস্ট ব্যর্থ হয়।

language-name = বাংলা

## সাধারণ শব্দ

value-none = —
value-yes = হ্যাঁ
value-no = না
cancelled = বাতিল হয়েছে। কিছুই বদলায়নি।
done = হয়ে গেছে।
usage-line = ব্যবহার: <code>{ $usage }</code>
role-name = { $role ->
    [mentor] মেন্টর
    [coordinator] সমন্বয়ক
   *[member] সদস্য
}
status-name = { $status ->
    [paused] বিরতিতে
    [left] চলে গেছেন
    [archived] সংরক্ষণাগারে
   *[active] সক্রিয়
}
field-cohort-name = ব্যাচের নাম
field-languages = ভাষা
field-region = অঞ্চল
field-themes = মূল বিষয়
field-topics = বিষয়
field-about = “আমার সম্পর্কে” লেখা
button-cancel = বাতিল
button-archive-confirm = হ্যাঁ, সংরক্ষণাগারে রাখুন
button-forget-confirm = হ্যাঁ, আমার তথ্য মুছে দিন

## ত্রুটি

error-internal = দুঃখিত, আমার দিকে কিছু একটা গোলমাল হয়েছে। অনুগ্রহ করে এক মিনিট পরে আবার চেষ্টা করুন।
error-unknown-command = আমি { $command } কমান্ডটি চিনি না। আমি কী করতে পারি দেখতে /help পাঠান।
error-unknown-command-suggest = আমি { $command } কমান্ডটি চিনি না। আপনি কি { $suggestion } বোঝাতে চেয়েছিলেন?
error-unknown-subcommand = “{ $sub }” এই কমান্ডের কাজ নয়।
error-unknown-subcommand-suggest = “{ $sub }” এই কমান্ডের কাজ নয়। আপনি কি “{ $suggestion }” বোঝাতে চেয়েছিলেন?
error-missing-subcommand = এই কমান্ডের জন্য কী করতে হবে তা বলে এমন একটি শব্দ দরকার।
error-unclosed-quote = একটি উদ্ধৃতিচিহ্ন বন্ধ হয়নি: লেখার শেষে { $quote } যোগ করুন।
error-unknown-flag = আমি { $flag } অপশনটি চিনি না।
error-flag-needs-value = { $flag } অপশনের একটি মান দরকার, যেমন { $flag }=মান।
error-missing-argument = এখানে কিছু একটা বাদ পড়েছে ({ $argument })।
error-unexpected-words = এখানে “{ $words }” আশা করিনি।
error-nothing-to-change = কী বদলাতে হবে বলুন, অন্তত একটি অপশন দিয়ে।
error-group-only = { $command } গ্রুপ চ্যাটে কাজ করে, যেখানে ব্যাচটি আছে।
error-no-cohort-here = এই চ্যাটে এখনো কোনো ব্যাচ নেই। গ্রুপের অ্যাডমিন <code>/cohort create "নাম"</code> দিয়ে একটি তৈরি করতে পারেন।
error-not-member = শুধু এই ব্যাচের সদস্যরাই এটা করতে পারেন। যোগ দিতে /join পাঠান।
error-needs-role = শুধু এই ব্যাচের একজন { $role } এটা করতে পারেন।
error-text-empty = { $field }-এ দেখা যায় এমন কোনো অক্ষর নেই।
error-text-too-long = খুব লম্বা: { $field }-এ সর্বোচ্চ { $max ->
    [one] { $max }টি অক্ষর
   *[other] { $max }টি অক্ষর
} থাকতে পারে (এতে আছে { $length })।
error-too-many-items = অনেক বেশি { $field }: সর্বোচ্চ { $max }।
error-bad-timezone = “{ $value }” আমার চেনা কোনো টাইমজোন নয়। Asia/Dhaka, Asia/Kolkata বা Europe/London-এর মতো নাম ব্যবহার করুন।
error-bad-language = “{ $value }” কোনো ভাষার কোড নয়। bn, en, hi বা pt-BR-এর মতো কোড ব্যবহার করুন।
error-unsupported-language = আমি এখনো “{ $value }” বলি না। আমি বলি: { $available }।
error-bad-until = “{ $value }” তারিখও নয়, সময়কালও নয়। 2026-12-24-এর মতো তারিখ, অথবা 12h, 3d, 2w ব্যবহার করুন।
error-until-past = { $value } পেরিয়ে গেছে।
error-until-too-far = { $value } এক বছরেরও বেশি দূরে।
error-bad-number = { $field } { $min } থেকে { $max } পর্যন্ত একটি পূর্ণসংখ্যা হতে হবে (“{ $value }” নয়)।
error-bad-yes-no = { $field }-এর উত্তর হ্যাঁ বা না দিয়ে দিন (“{ $value }” নয়)।
error-bad-role = “{ $value }” কোনো ভূমিকা নয়। ভূমিকাগুলো হলো member, mentor এবং coordinator।
error-bad-profile-field = “{ $value }” প্রোফাইলের কোনো ঘর নয়। ঘরগুলো: { $fields }।
error-unknown-person = আমি এখনো { $who }-কে চিনি না। আমি যে চ্যাটে আছি সেখানে কেউ লিখলে তবেই আমি তাকে চিনি।
error-not-in-cohort = { $name } এই ব্যাচের সদস্য নন।
error-cohort-exists = এই চ্যাটে আগে থেকেই একটি ব্যাচ আছে: { $name }। নতুন শুরু করতে আগে সেটি সংরক্ষণাগারে রাখুন।
error-cohort-archived = { $name } ব্যাচটি সংরক্ষণাগারে আছে।
error-unknown-cohort = আপনি “{ $value }” নামের কোনো ব্যাচে নেই। আপনার ব্যাচ: { $cohorts }।
private-not-understood = আমি কমান্ডের উত্তর দিই। সেগুলো দেখতে /help পাঠান।

## বোতাম

action-stale = এই বোতামটি আর কার্যকর নয়।
action-not-yours = এই বোতামটি অন্য কারও জন্য।

## /help

cmd-help-summary = আমি এখানে কী করতে পারি
cmd-help-usage = /help [কমান্ড]
help-title-group = <b>এই গ্রুপে আপনি যে কমান্ডগুলো ব্যবহার করতে পারেন</b>
help-title-private = <b>এখানে আপনি যে কমান্ডগুলো ব্যবহার করতে পারেন</b>
help-line = { $usage } — { $summary }
help-footer = কোনো একটি সম্পর্কে আরও জানতে <code>/help কমান্ড</code> পাঠান।
help-where-group = গ্রুপ চ্যাটে কাজ করে।
help-where-private = আমার সঙ্গে ব্যক্তিগত চ্যাটে কাজ করে।

## /start

start-welcome = নমস্কার { $name }! আমি সহপাঠীদের সঙ্গে শেখার ব্যাচ চালাই: চেক-ইন, মেন্টরশিপ, প্রতিফলন। আপনি কী করতে পারেন দেখতে /help পাঠান, অথবা কোনো ব্যাচের যোগদানের লিংক খুলুন।
start-joined = { $name }-এ স্বাগতম! আপনার মেন্টর ও সমন্বয়কদের নিজের সম্পর্কে জানান, এখানেই ব্যক্তিগতভাবে, <code>/profile set about …</code> দিয়ে। আরও দেখতে /help পাঠান।
start-bad-link = এই যোগদানের লিংকটি আর কার্যকর নয়। একজন সমন্বয়কের কাছে নতুন লিংক চান।

## /cohort

cmd-cohort-summary = এই চ্যাটের ব্যাচ দেখুন; সমন্বয়করা এটি তৈরি ও পরিচালনা করেন
cmd-cohort-usage = /cohort [show|create|edit|pause|resume|archive]
cmd-cohort-show-summary = ব্যাচ দেখান
cmd-cohort-show-usage = /cohort
cmd-cohort-create-summary = এই চ্যাট বা টপিকের ব্যাচ তৈরি করুন
cmd-cohort-create-usage = /cohort create "নাম" [--languages bn,en] [--region "…"] [--themes "a, b"] [--timezone অঞ্চল/শহর] [--language bn]
cmd-cohort-edit-summary = ব্যাচের নাম, প্রেক্ষাপট বা সেটিংস বদলান
cmd-cohort-edit-usage = /cohort edit [--name "…"] [--languages …] [--region …] [--themes …] [--timezone …] [--language …] [--names-in-group yes|no] [--smallest-group 5]
cmd-cohort-pause-summary = ব্যাচ থামান, চাইলে কোনো তারিখ পর্যন্ত
cmd-cohort-pause-usage = /cohort pause [--until 2026-12-24|2w]
cmd-cohort-resume-summary = থামানো ব্যাচ আবার চালু করুন
cmd-cohort-resume-usage = /cohort resume
cmd-cohort-archive-summary = ব্যাচ সংরক্ষণাগারে রাখুন (আগে জিজ্ঞেস করে)
cmd-cohort-archive-usage = /cohort archive
cohort-none-yet = এই চ্যাটে এখনো কোনো ব্যাচ নেই। গ্রুপের অ্যাডমিন <code>/cohort create "নাম"</code> দিয়ে একটি তৈরি করতে পারেন।
cohort-created = <b>{ $name }</b> ব্যাচ তৈরি হয়েছে। সদস্যরা /join বা নিচের লিংক দিয়ে যোগ দেন।
cohort-edited = বদলানো হয়েছে: { $fields }।
cohort-card-title = <b>{ $name }</b>
cohort-card-status = অবস্থা: { $status }
cohort-card-status-until = অবস্থা: { $status }, { $until } পর্যন্ত
cohort-card-languages = ভাষা: { $languages }
cohort-card-region = অঞ্চল: { $region }
cohort-card-themes = মূল বিষয়: { $themes }
cohort-card-timezone = টাইমজোন: { $timezone }
cohort-card-language = বটের ভাষা: { $language }
cohort-card-members = { $count ->
    [one] { $count } জন সদস্য
   *[other] { $count } জন সদস্য
}
cohort-card-names-in-group-on = গ্রুপে আমি তাদের নাম বলি যারা উত্তর দেননি, যারা বিরতিতে আছেন আর যারা সঙ্গী পাননি।
cohort-card-names-in-group-off = গ্রুপে আমি নাম ছাড়া শুধু গুনি কে উত্তর দেননি, কে বিরতিতে বা কে সঙ্গী পাননি; সমন্বয়করা নামগুলো ব্যক্তিগতভাবে পান।
cohort-card-join-link = যোগদানের লিংক: <a href="{ $link }">{ $link }</a>
cohort-paused = { $name } থামানো আছে। /cohort resume না হওয়া পর্যন্ত কিছুই নির্ধারিত নেই।
cohort-paused-until = { $name } { $until } পর্যন্ত থামানো আছে।
cohort-already-paused = ব্যাচটি আগে থেকেই থামানো।
cohort-not-paused = ব্যাচটি থামানো নয়।
cohort-resumed = { $name } আবার সক্রিয়।
cohort-resumed-auto = বিরতি শেষ: { $name } আবার সক্রিয়।
cohort-archive-confirm = <b>{ $name }</b> সংরক্ষণাগারে রাখবেন? সদস্যরা চ্যাটে থাকবেন, কিন্তু ব্যাচ থেমে যাবে এবং এখানে নতুন ব্যাচ তৈরি করা যাবে।
cohort-archived = { $name } সংরক্ষণাগারে রাখা হয়েছে।
bot-added = নমস্কার! আমি সহপাঠীদের সঙ্গে শেখার ব্যাচ চালাই। গ্রুপের অ্যাডমিন <code>/cohort create "নাম"</code> দিয়ে একটি শুরু করতে পারেন; আরও দেখতে /help পাঠান।
room-encrypted = এই রুমটি এন্ড-টু-এন্ড এনক্রিপ্টেড, আর আমি এখনো এনক্রিপ্ট করা বার্তা পড়তে পারি না, তাই এখানে কমান্ডের উত্তর মেলে না। ব্যাচের জন্য এনক্রিপশন ছাড়া রুম ব্যবহার করুন, অথবা যিনি আমাকে চালান তাঁকে এনক্রিপশন সাপোর্ট চালু করতে বলুন।
bot-added-with-cohort = আবার নমস্কার! { $name } ব্যাচটি এখনো এখানে আছে। আমি কী করতে পারি দেখতে /help পাঠান।

## সদস্য

cmd-join-summary = এই চ্যাটের ব্যাচে যোগ দিন
cmd-join-usage = /join
cmd-leave-summary = এই চ্যাটের ব্যাচ ছেড়ে দিন
cmd-leave-usage = /leave
cmd-members-summary = ব্যাচের সদস্যদের তালিকা
cmd-members-usage = /members [--all]
cmd-role-summary = কাউকে একটি ভূমিকা দিন
cmd-role-usage = /role @ব্যবহারকারী member|mentor|coordinator
join-welcome = { $name }-এ স্বাগতম, { $person }!
join-welcome-dm = { $name }-এ স্বাগতম! আপনার মেন্টর ও সমন্বয়কদের নিজের সম্পর্কে জানান, এখানেই ব্যক্তিগতভাবে, <code>/profile set about …</code> দিয়ে। আরও দেখতে /help পাঠান।
join-already = আপনি আগে থেকেই { $name }-এর সদস্য।
join-in-private = কোনো ব্যাচে যোগ দিতে তার গ্রুপে /join পাঠান, অথবা তার যোগদানের লিংক খুলুন।
leave-done = আপনি { $name } ছেড়ে দিয়েছেন। ফিরে এলে কাজে লাগবে বলে আপনার প্রোফাইল রাখা হয়েছে; /forgetme সব মুছে দেয়।
leave-not-member = আপনি { $name }-এর সদস্য নন।
cmd-pause-summary = বিরতি নিন: শেষ না হওয়া পর্যন্ত কোনো চেক-ইন বা জুটি আপনার কাছে আসবে না
cmd-pause-usage = /pause [--until 2026-12-24|2w] (ব্যক্তিগত চ্যাটে: [--cohort "নাম"])
cmd-resume-summary = বিরতি আগেভাগে শেষ করুন
cmd-resume-usage = /resume (ব্যক্তিগত চ্যাটে: [--cohort "নাম"])
pause-done-until = আপনি { $until } পর্যন্ত { $name } থেকে বিরতিতে আছেন: কোনো চেক-ইন, রিমাইন্ডার বা জুটি আপনার কাছে আসবে না। /resume এটি আগেভাগে শেষ করে।
resume-done = { $name }-এ আবার স্বাগতম: চেক-ইন আবার আপনার কাছে আসবে।
resume-not-paused = আপনি { $name } থেকে বিরতিতে নেই।
pause-ended-dm = { $name } থেকে আপনার বিরতি শেষ: চেক-ইন আবার আপনার কাছে আসবে। /pause দিয়ে আরেকটি বিরতি নিন।
members-title = <b>{ $name }</b>: { $count ->
    [one] { $count } জন সদস্য
   *[other] { $count } জন সদস্য
}
members-line = • { $name }{ $username ->
    [none] {""}
   *[other] {" "}({ $username })
} — { $role }, { $status }
members-on-break-count = { $count ->
    [one] আরও { $count } জন সদস্য বিরতিতে আছেন।
   *[other] আরও { $count } জন সদস্য বিরতিতে আছেন।
}
members-left-count = { $count ->
    [one] আরও { $count } জন ব্যাচ ছেড়ে গেছেন।
   *[other] আরও { $count } জন ব্যাচ ছেড়ে গেছেন।
}
members-names-sent-privately = পুরো তালিকা আপনাকে ব্যক্তিগতভাবে পাঠিয়েছি।
members-names-not-in-group = তাদের নাম গ্রুপে দেখানো হয় না (/cohort edit --names-in-group yes দেখায়)।
members-none = { $name }-এ এখনো কোনো সদস্য নেই।
role-set = { $name } এখন একজন { $role }।
role-admin-note = { $name } এই চ্যাটের অ্যাডমিন, এবং যতদিন অ্যাডমিন থাকবেন ততদিন এখানে সমন্বয়ক থাকবেন।
role-admin-granted-note = { $name } এই চ্যাটের অ্যাডমিনও। অ্যাডমিন না থাকলেও দেওয়া ভূমিকাটি তাঁকে সমন্বয়ক রাখবে; <code>/role @ব্যবহারকারী member</code> সেটি ফিরিয়ে নেয়।
members-coordinator = { $source ->
    [admin] সমন্বয়ক (চ্যাট অ্যাডমিন)
    [both] সমন্বয়ক (চ্যাট অ্যাডমিন, /role দিয়েও দেওয়া)
   *[granted] সমন্বয়ক (/role দিয়ে দেওয়া)
}
members-roles-note = চ্যাট অ্যাডমিনরা যতদিন অ্যাডমিন, ততদিন সমন্বয়ক। /role দিয়ে দেওয়া ভূমিকা থাকে যতক্ষণ না <code>/role @ব্যবহারকারী member</code> সেটি ফিরিয়ে নেয়।
role-unchanged = { $name } আগে থেকেই একজন { $role }।

## /profile

cmd-profile-summary = আপনার প্রোফাইল দেখুন বা বদলান
cmd-profile-usage = /profile [show|set|clear]
cmd-profile-show-summary = আপনার প্রোফাইল দেখান (সমন্বয়ক: অন্য কারও, ব্যক্তিগতভাবে পাঠানো হয়)
cmd-profile-show-usage = /profile [show] [@ব্যবহারকারী] [--cohort "নাম"]
cmd-profile-set-summary = একটি ঘর পূরণ করুন: languages, region, topics, timezone, capacity, wants-mentor, stage; ব্যক্তিগত চ্যাটে preferences ও about-ও
cmd-profile-set-usage = /profile set ঘর মান [--cohort "নাম"]
cmd-profile-clear-summary = একটি ঘর খালি করুন
cmd-profile-clear-usage = /profile clear ঘর [--cohort "নাম"]
profile-title = <b>{ $name }</b>, { $cohort }-এ — { $role }, { $status }
profile-languages = ভাষা: { $value }
profile-region = অঞ্চল: { $value }
profile-topics = বিষয়: { $value }
profile-timezone = টাইমজোন: { $value }
profile-capacity = মেন্টর হতে পারেন: { $value ->
    [0] না
    [one] { $value } জনের জন্য
   *[other] { $value } জনের জন্য
}
profile-wants-mentor = মেন্টর চান: { $value }
profile-about = আমার সম্পর্কে: { $value }
profile-updated = { $cohorts }-এর জন্য আপনার { $field } সংরক্ষণ করেছি।
profile-cleared = { $cohorts }-এর জন্য আপনার { $field } খালি করেছি।
profile-no-cohorts = আপনি এখনো কোনো ব্যাচে নেই। কোনো ব্যাচের গ্রুপে /join দিয়ে বা তার যোগদানের লিংক দিয়ে যোগ দিন।

## /language ও /timezone

cmd-language-summary = যে ভাষায় আমি আপনাকে লিখব তা বেছে নিন
cmd-language-usage = /language [কোড]
cmd-timezone-summary = আপনার টাইমজোন দেখুন বা ঠিক করুন
cmd-timezone-usage = /timezone [অঞ্চল/শহর]
language-current = আমি আপনাকে { $language }-তে লিখি। অন্য একটি বেছে নিন:
language-set = এখন থেকে আমি আপনাকে { $language }-তে লিখব।
language-group-note = এই গ্রুপে আমি ব্যাচের ভাষাতেই কথা বলব।
timezone-current = আপনার টাইমজোন: { $timezone } (এখন { $now })।
timezone-set = আপনার টাইমজোন এখন { $timezone } (এখন { $now })।

## /mydata ও /forgetme

cmd-mydata-summary = আপনার সম্পর্কে আমি যা কিছু রাখি
cmd-mydata-usage = /mydata
cmd-forgetme-summary = আপনার সম্পর্কে আমি যা কিছু রাখি সব মুছে দিন
cmd-forgetme-usage = /forgetme
mydata-title = <b>আপনার সম্পর্কে আমি যা রাখি</b>
mydata-account = নাম: { $name } (ইউজারনেম: { $username }), { $platform } আইডি { $id }
mydata-settings = ভাষা: { $language } (আপনার অ্যাপ বলছে: { $hint }), টাইমজোন: { $timezone }
mydata-since = { $date } থেকে পরিচিত
mydata-memberships = { $count ->
    [0] আপনি কোনো ব্যাচে নেই।
    [one] আপনি { $count }টি ব্যাচে আছেন:
   *[other] আপনি { $count }টি ব্যাচে আছেন:
}
mydata-membership = • <b>{ $cohort }</b>: { $role }, { $status }, { $joined } থেকে
mydata-profile = { "  " }ভাষা { $languages }; অঞ্চল { $region }; বিষয় { $topics }; টাইমজোন { $timezone }; মেন্টর সক্ষমতা { $capacity }; মেন্টর চান { $wantsMentor }; আমার সম্পর্কে: { $about }
mydata-audit = { $count ->
    [0] সমন্বয়ক হিসেবে আপনি কোনো পরিবর্তন করেননি।
    [one] আপনার নামে সমন্বয়কের { $count }টি পরিবর্তন নথিভুক্ত আছে।
   *[other] আপনার নামে সমন্বয়কের { $count }টি পরিবর্তন নথিভুক্ত আছে।
}
mydata-footer = আমি কোনো চ্যাট বার্তা রাখি না, শুধু চেক-ইন ও প্রতিফলনে আপনার উত্তর (উপরে তালিকা দেওয়া)। /forgetme এসব মুছে দেয়।
forgetme-confirm = এতে এখানে আপনার অ্যাকাউন্ট, আপনার প্রোফাইল এবং { $count ->
    [one] { $count }টি ব্যাচে
   *[other] { $count }টি ব্যাচে
} আপনার সদস্যপদ মুছে যাবে। সমন্বয়ক হিসেবে আপনার করা কাজ আপনার নাম ছাড়া নথিভুক্ত থাকবে। এটি আর ফেরানো যাবে না।
forgetme-done = হয়ে গেছে: আপনার সম্পর্কে যা রেখেছিলাম সব মুছে দিয়েছি। আবার লিখলে আমি একদম শুরু থেকে শুরু করব।

## চেক-ইন

cmd-checkin-summary = নিয়মিত চেক-ইন: দেখুন; সমন্বয়করা সময়সূচি ঠিক করেন
cmd-checkin-usage = /checkin [list|schedule|now|skip|pause|resume|delete|stats|digest]
cmd-checkin-list-summary = এই ব্যাচের চেক-ইন সময়সূচির তালিকা
cmd-checkin-list-usage = /checkin list
cmd-checkin-schedule-summary = ব্যাচের টাইমজোনে একটি চেক-ইন সময়সূচি যোগ করুন
cmd-checkin-schedule-usage = /checkin schedule সাপ্তাহিক সোম 18:00 | প্রতি 2 সপ্তাহ বৃহস্পতি 09:30 | মাসিক প্রথম মঙ্গল 17:00 | cron 0 18 * * 1 [--window 2d] [--remind 6h] [--question "…"]… [--digest group|coordinators] [--inactive-after 3]
cmd-checkin-now-summary = এখনই একটি চেক-ইন পাঠান
cmd-checkin-now-usage = /checkin now [নম্বর]
cmd-checkin-skip-summary = কোনো সময়সূচির পরের চেক-ইন বাদ দিন
cmd-checkin-skip-usage = /checkin skip নম্বর
cmd-checkin-pause-summary = একটি সময়সূচি থামান
cmd-checkin-pause-usage = /checkin pause নম্বর
cmd-checkin-resume-summary = থামানো সময়সূচি আবার চালু করুন
cmd-checkin-resume-usage = /checkin resume নম্বর
cmd-checkin-delete-summary = একটি সময়সূচি ও তার চেক-ইন মুছুন
cmd-checkin-delete-usage = /checkin delete নম্বর
checkin-question-1 = গত চেক-ইনের পর থেকে আপনি কী করেছেন?
checkin-question-2 = এরপর আপনি কী নিয়ে কাজ করবেন?
checkin-question-3 = কিছু কি আপনাকে আটকে রাখছে, নাকি কেউ সাহায্য করতে পারেন?
checkin-error-pattern = “{ $pattern }”-কে সময়সূচি হিসেবে পড়তে পারছি না। চেষ্টা করুন: সাপ্তাহিক সোম 18:00, প্রতি 2 সপ্তাহ বৃহস্পতি 09:30, মাসিক প্রথম মঙ্গল 17:00, অথবা cron 0 18 * * 1।
checkin-error-weekday = “{ $word }” সপ্তাহের কোনো দিন নয় (সোম, মঙ্গল, বুধ, বৃহস্পতি, শুক্র, শনি, রবি)।
checkin-error-time = “{ $word }” দিনের কোনো সময় নয় (00:00 থেকে 23:59)।
checkin-error-nth = “{ $word }” প্রথম, দ্বিতীয়, তৃতীয়, চতুর্থ বা শেষ নয়।
checkin-error-every = “{ $word }” সপ্তাহ: 1 থেকে 8-এর মধ্যে বেছে নিন।
checkin-error-cron = “{ $field }” বৈধ cron ঘর নয় (মিনিট ঘণ্টা দিন মাস সপ্তাহের-দিন)।
checkin-error-never = এই সময়সূচি কখনো ঘটে না (সেই তারিখ নেই)।
checkin-error-too-often = চেক-ইন ঘণ্টায় সর্বোচ্চ একবার হতে পারে।
checkin-error-span = { $flag } “{ $value }” 10m থেকে 14d-এর মধ্যে কোনো সময়কাল নয় (যেমন 90m, 6h, 2d)।
checkin-error-remind-window = উত্তর বন্ধ হওয়ার আগে রিমাইন্ডার আসতে হবে: --remind-কে --window-এর চেয়ে ছোট করুন।
checkin-error-window-overlap = উত্তরের সময় দুটি চেক-ইনের মাঝের সময়ের চেয়ে বেশি: --window ছোট করুন।
checkin-error-digest = “{ $value }” group-ও নয়, coordinators-ও নয়।
checkin-error-questions = অনুগ্রহ করে সর্বোচ্চ { $max ->
    [one] { $max }টি প্রশ্ন
   *[other] { $max }টি প্রশ্ন
}।
checkin-error-question-length = একটি প্রশ্নে সর্বোচ্চ { $max ->
    [one] { $max }টি অক্ষর
   *[other] { $max }টি অক্ষর
} থাকতে পারে।
checkin-error-no-schedule = এখানে “{ $id }” নামে কোনো চেক-ইন সময়সূচি নেই। /checkin list সেগুলো দেখায়।
checkin-error-not-active = সময়সূচি #{ $id } থামানো: বাদ দেওয়ার মতো পরের কোনো চেক-ইন নেই।
checkin-error-already-paused = সময়সূচি #{ $id } আগে থেকেই থামানো।
checkin-error-not-paused = সময়সূচি #{ $id } থামানো নয়।
checkin-error-not-member = শুধু এই ব্যাচের সদস্যরাই এর চেক-ইনের উত্তর দিতে পারেন। আগে /join করুন।
checkin-error-closed = এই চেক-ইন বন্ধ হয়ে গেছে: আর উত্তর নেওয়া হচ্ছে না।
checkin-error-on-break = আপনি এই ব্যাচ থেকে বিরতিতে আছেন, তাই চেক-ইন আপনাকে গোনে না। উত্তর দিতে আগে /resume করুন।
checkin-none-yet = এখানে এখনো কোনো চেক-ইন নির্ধারিত নেই। সমন্বয়কেরা: /checkin schedule সাপ্তাহিক সোম 18:00
checkin-scheduled = চেক-ইন সময়সূচি #{ $id } ঠিক করা হয়েছে।
checkin-list-title = <b>চেক-ইন সময়সূচি</b>
checkin-schedule-line = #{ $id }: { $pattern } ({ $timezone }), { $status ->
    [paused] থামানো
   *[other] পরেরটি { $next }
}, উত্তর খোলা থাকে { $window }
checkin-skipped = সময়সূচি #{ $id }-এর { $when }-এর চেক-ইন বাদ দেওয়া হবে।
checkin-paused = সময়সূচি #{ $id } থামানো হয়েছে।
checkin-resumed = সময়সূচি #{ $id } আবার চলছে; পরের চেক-ইন { $next }।
checkin-delete-confirm = সময়সূচি #{ $id } ({ $pattern }) তার চেক-ইন ও উত্তরসহ মুছবেন? এটি আর ফেরানো যাবে না।
checkin-deleted = সময়সূচি #{ $id } মুছে ফেলা হয়েছে।
button-checkin-delete-confirm = মুছুন
button-checkin-private = ব্যক্তিগতভাবে উত্তর দিন
button-checkin-share = ব্যাচের সঙ্গে শেয়ার করুন
button-checkin-keep-private = ব্যক্তিগত রাখুন
checkin-prompt = <b>চেক-ইনের সময়, { $name }!</b> উত্তর { $closes } পর্যন্ত খোলা।
checkin-prompt-how = এখানে উত্তর দিতে এই বার্তার উত্তর দিন (প্রতি প্রশ্নে এক লাইন), অথবা ব্যক্তিগতভাবে উত্তর দিন।
checkin-private-started = আপনাকে ব্যক্তিগতভাবে লিখেছি।
checkin-dm-first = আমি আগে আপনাকে লিখতে পারি না: আমার সঙ্গে একটি ব্যক্তিগত চ্যাট খুলুন, তারপর আবার বোতামটি চাপুন।
checkin-dm-link = { $person }, আমি আগে আপনাকে লিখতে পারি না। { $link } খুলে Start চাপুন: আপনার উত্তর সেখানেই শুরু হবে।
checkin-dm-first-link = আমি আগে আপনাকে লিখতে পারি না: আমার দেওয়া লিংকটি ব্যবহার করুন।
checkin-dm-intro = { $name }-এর চেক-ইন। একবারে একটি প্রশ্নের উত্তর দিন; কোনো প্রশ্ন বাদ দিতে “বাদ” লিখুন।
checkin-dm-question = ({ $n }/{ $total }) { $question }
checkin-dm-done = ধন্যবাদ! আপনি { $total }টির মধ্যে { $answered }টির উত্তর দিয়েছেন। আপনার উত্তর সারসংক্ষেপে শেয়ার করবেন?
checkin-will-share = আপনার উত্তর সারসংক্ষেপে দেখা যাবে।
checkin-kept-private = আপনার উত্তর ব্যক্তিগত থাকবে: সারসংক্ষেপ শুধু আপনাকে গুনবে।
checkin-reflect-offer = যা শিখলেন তা নিয়ে একটি ছোট প্রতিফলন লিখতে চান? আপনি অন্য কিছু না বাছলে শুধু আপনিই এটি পড়বেন।
button-reflect-write = প্রতিফলন লিখুন
button-reflect-not-now = এখন না
checkin-reflect-ask = পরের বার্তায় আপনার প্রতিফলন লিখুন (অথবা “বাদ”)।
checkin-reflect-later = ঠিক আছে। যেকোনো সময়: /reflect-এর পরে কয়েক লাইন।
button-visibility-mentor = আমার মেন্টরের সঙ্গে শেয়ার করুন
button-visibility-coordinators = সমন্বয়কদের সঙ্গে শেয়ার করুন
button-visibility-cohort = ব্যাচের সঙ্গে শেয়ার করুন
checkin-answer-saved = ধন্যবাদ, আপনার উত্তর নথিভুক্ত হয়েছে।
checkin-reminder-dm = { $name }-এর চেক-ইন শীঘ্রই বন্ধ হবে, আর আমি এখনো আপনার উত্তর পাইনি।
checkin-reminder-group = চেক-ইন শীঘ্রই বন্ধ হবে; এখনো বাকি: { $names }।
checkin-reminder-group-count = চেক-ইন শীঘ্রই বন্ধ হবে; { $count ->
    [one] { $count } জন এখনো উত্তর দেননি।
   *[other] { $count } জন এখনো উত্তর দেননি।
}
checkin-digest-title = <b>চেক-ইন সারসংক্ষেপ, { $name }</b>
checkin-digest-count = { $count ->
    [0] কেউ অংশ নেননি
    [one] { $count } জন অংশ নিয়েছেন
   *[other] { $count } জন অংশ নিয়েছেন
} ({ $total } জনের মধ্যে)।
checkin-digest-who = ধন্যবাদ { $names }।
checkin-digest-coordinators-only = উত্তর শুধু সমন্বয়কদের কাছে যায়।
checkin-digest-reflections = <b>শেয়ার করা প্রতিফলন</b>
cmd-checkin-stats-summary = সাম্প্রতিক চেক-ইনে কারা অংশ নিয়েছেন, আর কারা চুপ হয়ে গেছেন (ব্যক্তিগতভাবে পাঠানো হয়)
cmd-checkin-stats-usage = /checkin stats
checkin-stats-none = এখনো কোনো চেক-ইন বন্ধ হয়নি।
checkin-stats-title = <b>শেষ { $count ->
    [one] { $count }টি চেক-ইনে
   *[other] { $count }টি চেক-ইনে
} অংশগ্রহণ</b>
checkin-stats-line = { $name }: { $answered }/{ $total }, টানা { $streak }
checkin-stats-inactive = টানা { $count ->
    [one] { $count }টি চেক-ইন
   *[other] { $count }টি চেক-ইন
} বা তার বেশি বাদ পড়েছে: { $names }
checkin-error-inactive-after = “{ $value }” 0 থেকে 20-এর মধ্যে চেক-ইনের সংখ্যা নয় (0: কখনো না)।
checkin-nudge = নমস্কার { $person }! { $name }-এর শেষ { $count ->
    [one] { $count }টি চেক-ইন
   *[other] { $count }টি চেক-ইন
} আপনার বাদ পড়েছে। কোনো চাপ নেই: আপনি কি এখনো সঙ্গে আছেন, দুই সপ্তাহের বিরতি চান, নাকি ব্যাচ ছেড়ে যেতে চান?
button-nudge-in = আমি এখনো আছি
button-nudge-pause = দুই সপ্তাহের বিরতি
button-nudge-leave = ব্যাচ ছেড়ে দিন
nudge-still-in = শুনে ভালো লাগল! { $name }-এর পরের চেক-ইনে দেখা হবে।
nudge-left = আপনি { $name } ছেড়ে দিয়েছেন। গ্রুপে /join যেকোনো সময় আপনাকে আগের প্রোফাইলসহ ফিরিয়ে আনবে।
mydata-checkins = { $count ->
    [0] আপনি কোনো চেক-ইনের উত্তর দেননি।
    [one] আপনার চেক-ইন উত্তর ({ $count }):
   *[other] আপনার চেক-ইন উত্তর ({ $count }):
}
mydata-checkin-answer = • { $cohort }, { $date }: { $answers } (শেয়ার করা: { $shared })

## প্রতিফলন

cmd-reflect-summary = ব্যক্তিগতভাবে প্রতিফলন লিখুন; কে পড়তে পারবে বেছে নিন
cmd-reflect-usage = /reflect … [--visibility me|mentor|coordinators|cohort] [--cohort "নাম"]
cmd-reflections-summary = আপনার প্রতিফলনের তালিকা, অথবা “shared” দিয়ে অন্যরা যেগুলো আপনাকে পড়তে দিয়েছেন (ব্যক্তিগতভাবে)
cmd-reflections-usage = /reflections [shared] [--cohort "নাম"]
reflect-error-not-member = প্রতিফলন একটি ব্যাচের অংশ: আগে /join দিয়ে একটিতে যোগ দিন।
reflect-error-too-long = একটি প্রতিফলনে সর্বোচ্চ { $max ->
    [one] { $max }টি অক্ষর
   *[other] { $max }টি অক্ষর
} থাকতে পারে।
reflect-error-visibility = “{ $value }” me, mentor, coordinators বা cohort নয়।
reflect-saved = { $cohort }-এ সংরক্ষিত। { $visibility ->
    [me] শুধু আপনিই এটি পড়তে পারবেন।
    [mentor] আপনি আর আপনার মেন্টর এটি পড়তে পারবেন।
    [coordinators] আপনি আর সমন্বয়করা এটি পড়তে পারবেন।
   *[cohort] পুরো ব্যাচ এটি পড়তে পারবে, এবং এটি পরের সারসংক্ষেপে দেখা যাবে।
}
reflections-title = <b>আপনার প্রতিফলন</b>
reflections-none = আপনি এখনো কোনো প্রতিফলন লেখেননি। /reflect … দিয়ে একটি লিখুন।
reflections-line = { $date }, { $cohort } ({ $visibility }): { $text }
reflections-shared-title = <b>আপনার সঙ্গে শেয়ার করা প্রতিফলন</b> (গত 90 দিন)
reflections-shared-none = গত 90 দিনে কেউ আপনার সঙ্গে কোনো প্রতিফলন শেয়ার করেননি।
reflections-shared-line = { $date }, { $cohort }, { $name } ({ $visibility }): { $text }
mydata-reflections = { $count ->
    [0] আপনি কোনো প্রতিফলন লেখেননি।
    [one] আপনার প্রতিফলন ({ $count }):
   *[other] আপনার প্রতিফলন ({ $count }):
}
mydata-reflection = • { $cohort }, { $date } ({ $visibility }): { $text }

## জুটি

cmd-pair-summary = আপনার মেন্টর বা মেন্টি; সমন্বয়করা মেন্টর ও মেন্টির জুটি বাঁধেন
cmd-pair-usage = /pair [mentors|confirm] | /pair @মেন্টর @মেন্টি
cmd-pair-show-summary = আপনার মেন্টর বা মেন্টি (সমন্বয়ক: /pair @মেন্টর @মেন্টি দিয়ে দুজনের জুটি হাতে বাঁধেন)
cmd-pair-show-usage = /pair | /pair @মেন্টর @মেন্টি
cmd-pair-mentors-summary = মেন্টর চান এমন প্রত্যেক সদস্যের জন্য সেরা মেন্টরের পূর্বদর্শন, আর কেন (ব্যক্তিগতভাবে পাঠানো হয়)
cmd-pair-mentors-usage = /pair mentors
cmd-pair-confirm-summary = পূর্বদর্শনের মেন্টরদের জিজ্ঞেস করুন
cmd-pair-confirm-usage = /pair confirm
cmd-unpair-summary = কারও মেন্টরশিপ শেষ করুন (আগে জিজ্ঞেস করে)
cmd-unpair-usage = /unpair @ব্যবহারকারী
pair-reason-shared-language = দুজনেই { $values } বলেন
pair-reason-language-bridging = কোনো সাধারণ ভাষা নেই (সমন্বয়কের অনুমতিতে)
pair-reason-same-region = দুজনেই { $values }-এ
pair-reason-shared-topics = বিষয়: { $values }
pair-reason-timezone-overlap = জেগে থাকার { $values } ঘণ্টা মিলে যায়
pair-reason-timezone-unknown = টাইমজোন অজানা
pair-reason-stage-fit = পর্যায় মানানসই ({ $values })
pair-reason-stage-mismatch = পর্যায় অনেক দূরে ({ $values })
pair-reason-shared-preference = একটি মিল থাকা পছন্দ
pair-reason-repeat = আগেও জুটি হয়েছিল ({ $values })
pair-reason-none = ফাঁকা থাকা ছাড়া জোরালো কোনো কারণ নেই
pair-preview-title = <b>প্রস্তাবিত মেন্টর</b> ({ $count ->
    [one] { $count }টি জুটি
   *[other] { $count }টি জুটি
})
pair-preview-line = • { $mentee } ← { $mentor }: { $reasons }
pair-unmatched-no-feasible-mentor = • { $mentee }: কোনো মেন্টর মেলে না (সাধারণ ভাষা নেই, অথবা বাদ দেওয়া)
pair-unmatched-all-feasible-mentors-full = • { $mentee }: মানানসই মেন্টরদের আর জায়গা নেই
pair-preview-confirm = /pair confirm এই মেন্টরদের জিজ্ঞেস করে; /pair mentors আবার হিসাব করে।
pair-confirmed = { $count ->
    [one] আমি { $count } জন মেন্টরকে জিজ্ঞেস করেছি।
   *[other] আমি { $count } জন মেন্টরকে জিজ্ঞেস করেছি।
} প্রত্যেকের উত্তর দেওয়ার জন্য { $hours ->
    [one] { $hours } ঘণ্টা
   *[other] { $hours } ঘণ্টা
} সময় আছে; উত্তর না এলে মেন্টিকে পরের সেরা মেন্টরের কাছে প্রস্তাব করা হয়।
pair-asked-one = আমি { $mentor }-কে { $mentee }-এর মেন্টর হতে বলেছি।
pair-ask = নমস্কার { $mentor }! আপনি কি { $name }-এ { $mentee }-এর মেন্টর হবেন?
pair-why = কেন আপনি: { $reasons }।
pair-about = তাঁর সম্পর্কে: { $about }
pair-ask-deadline = অনুগ্রহ করে { $when }-এর মধ্যে উত্তর দিন।
button-pair-accept = গ্রহণ করুন
button-pair-decline = প্রত্যাখ্যান করুন
pair-answer-late = এই অনুরোধ আর খোলা নেই।
pair-accepted-toast = ধন্যবাদ! আপনাদের দুজনকে পরিচয় করিয়ে দিয়েছি।
pair-declined-thanks = জানানোর জন্য ধন্যবাদ। আমি অন্য কাউকে জিজ্ঞেস করব।
pair-no-next-mentor = এই মুহূর্তে { $name }-এ { $mentee }-এর জন্য আর কোনো মেন্টর ফাঁকা নেই। কারও জায়গা হলে আবার /pair mentors চালান।
pair-intro-mentee = { $person }, { $name }-এ আপনার মেন্টর { $other }-এর সঙ্গে পরিচিত হোন!
pair-intro-mentor = { $person }, { $name }-এ আপনার মেন্টি { $other }-এর সঙ্গে পরিচিত হোন!
pair-intro-times = দেখা করার কয়েকটি সময় (মেন্টির জন্য 18:00):
pair-intro-time = • { $mentee } ({ $menteeZone }) = { $mentor } ({ $mentorZone })
pair-mine-mentor = আপনার মেন্টর: { $other } ({ $status ->
    [asked] জিজ্ঞেস করা হয়েছে, উত্তরের অপেক্ষায়
   *[other] নিশ্চিত
})
pair-mine-mentee = আপনার মেন্টি: { $other } ({ $status ->
    [asked] আপনার উত্তরের অপেক্ষায়
   *[other] নিশ্চিত
})
pair-mine-none = এই ব্যাচে আপনার এখনো কোনো মেন্টর বা মেন্টি নেই। চান? /profile set wants-mentor yes
pair-error-two-people = দুজনের নাম দিন: /pair @মেন্টর @মেন্টি
pair-error-self = কেউ নিজের মেন্টর হতে পারেন না।
pair-error-has-mentor = { $mentee }-এর আগে থেকেই একজন মেন্টর আছেন (বা কাউকে জিজ্ঞেস করা হচ্ছে)। আগে /unpair { $mentee }।
pair-error-no-mentors = এই ব্যাচে এখনো কেউ মেন্টর হওয়ার প্রস্তাব দেননি: সদস্যরা /profile set capacity 2 দিয়ে প্রস্তাব দেন।
pair-error-no-mentees = কেউ মেন্টরের অপেক্ষায় নেই: সদস্যরা /profile set wants-mentor yes দিয়ে চান।
pair-error-no-preview = নিশ্চিত করার মতো কোনো পূর্বদর্শন নেই: /pair mentors একটি তৈরি করে।
pair-error-not-paired = { $who }-এর কোনো মেন্টর বা মেন্টি নেই।
unpair-confirm = { $who }-এর { $count ->
    [one] মেন্টরশিপ
   *[other] { $count }টি মেন্টরশিপ
} শেষ করবেন?
button-unpair-confirm = শেষ করুন
unpair-done = { $count ->
    [one] { $count }টি মেন্টরশিপ শেষ হয়েছে।
   *[other] { $count }টি মেন্টরশিপ শেষ হয়েছে।
}
mydata-mentorships = { $count ->
    [0] আপনার কোনো মেন্টরশিপ নেই।
    [one] আপনার মেন্টরশিপ ({ $count }):
   *[other] আপনার মেন্টরশিপ ({ $count }):
}
mydata-mentorship-mentor = • { $cohort }: { $other }-এর মেন্টর ({ $status })
mydata-mentorship-mentee = • { $cohort }: মেন্টর { $other } ({ $status })
cmd-pair-peers-summary = এখনই একটি সহপাঠী রাউন্ড চালান: জুটি (সংখ্যা বিজোড় হলে তিনজনের দল), সম্ভব হলে নতুন সঙ্গী
cmd-pair-peers-usage = /pair peers
cmd-pair-rounds-summary = কয়েক সপ্তাহ পরপর আপনা থেকে সহপাঠী রাউন্ড, অথবা বন্ধ; “দেখা হয়েছে?” পর্যন্ত কত দিন
cmd-pair-rounds-usage = /pair rounds [every 2w | off | follow-up 3d]
cmd-pair-stats-summary = এ পর্যন্ত সহপাঠী রাউন্ড: দল, আর কারা বলেছেন দেখা হয়েছে (ব্যক্তিগতভাবে পাঠানো হয়)
cmd-pair-stats-usage = /pair stats
pair-round-title = <b>{ $name }-এ সহপাঠী রাউন্ড { $number }</b>: আপনার সঙ্গীদের শুভেচ্ছা জানান এবং কথা বলার একটা সময় ঠিক করুন।
pair-round-line = • { $names }
pair-round-line-why = • { $names }: { $reasons }
pair-round-unplaced = • { $who }: এবার কেউ মেলেনি, দুঃখিত।
pair-round-unplaced-count = • { $count ->
    [one] { $count } জনের জন্য এবার কেউ মেলেনি, দুঃখিত।
   *[other] { $count } জনের জন্য এবার কেউ মেলেনি, দুঃখিত।
}
pair-round-unplaced-dm = নমস্কার { $person }। { $name }-এর সহপাঠী রাউন্ড { $number }-এ এবার আপনার জন্য কেউ মেলেনি, দুঃখিত। পরের রাউন্ডে আবার চেষ্টা করব।
pair-round-unplaced-coordinators = { $name }-এর সহপাঠী রাউন্ড { $number }: এবার { $names }-এর জন্য কেউ মেলেনি। এটি শুধু সমন্বয়করা পড়েন।
pair-round-follow-up = { $when }-এ আমি আপনাদের প্রত্যেককে জিজ্ঞেস করব দেখা হয়েছে কি না।
pair-round-dm = নমস্কার { $person }! { $name }-এর সহপাঠী রাউন্ড { $number }-এ আপনি { $others }-এর সঙ্গে আছেন। শুভেচ্ছা জানান এবং কথা বলার একটা সময় ঠিক করুন।
pair-met-question = নমস্কার { $person }! { $others }-এর সঙ্গে কি দেখা হয়েছে ({ $name }-এর সহপাঠী রাউন্ড { $number })?
button-pair-met-yes = হ্যাঁ
button-pair-met-no = না
button-pair-met-not-yet = এখনো না
pair-met-thanks-yes = দারুণ, ধন্যবাদ!
pair-met-thanks-no = জানানোর জন্য ধন্যবাদ। হয়তো পরের রাউন্ডে।
pair-met-thanks-not-yet = লিখে রাখলাম। পরেও আপনি হ্যাঁ বলতে পারবেন।
pair-peers-error-paused = { $name } থামানো আছে: আবার চালু না হওয়া পর্যন্ত সহপাঠী রাউন্ড নেই।
pair-peers-error-too-few = সহপাঠী রাউন্ডের জন্য অন্তত দুজন সক্রিয় সদস্য দরকার (বিরতিতে থাকা সদস্যরা বাদ থাকেন)।
pair-rounds-off = সহপাঠী রাউন্ড বন্ধ। /pair rounds every 2w সেগুলো চালু করে; “দেখা হয়েছে?” প্রতিটি রাউন্ডের { $days ->
    [one] { $days } দিন
   *[other] { $days } দিন
} পরে আসে।
pair-rounds-on = সহপাঠী রাউন্ড { $weeks ->
    [1] প্রতি সপ্তাহে
    [one] প্রতি { $weeks } সপ্তাহে
   *[other] প্রতি { $weeks } সপ্তাহে
}; পরেরটি { $next }-এ। “দেখা হয়েছে?” প্রতিটি রাউন্ডের { $days ->
    [one] { $days } দিন
   *[other] { $days } দিন
} পরে আসে।
pair-rounds-set = সহপাঠী রাউন্ড { $weeks ->
    [1] প্রতি সপ্তাহে
    [one] প্রতি { $weeks } সপ্তাহে
   *[other] প্রতি { $weeks } সপ্তাহে
}; প্রথমটি { $next }-এ। /pair peers এখনই একটি চালায়।
pair-rounds-turned-off = সহপাঠী রাউন্ড বন্ধ।
pair-rounds-follow-up-set = “দেখা হয়েছে?” প্রতিটি রাউন্ডের { $days ->
    [one] { $days } দিন
   *[other] { $days } দিন
} পরে আসবে।
pair-rounds-error-usage = কত ঘনঘন বলুন: /pair rounds every 2w, /pair rounds every 1w অথবা /pair rounds off।
pair-rounds-error-weeks = রাউন্ড প্রতি 1 থেকে { $max ->
    [one] { $max } সপ্তাহে
   *[other] { $max } সপ্তাহে
} হয়, যেমন /pair rounds every 2w।
pair-rounds-error-days = “দেখা হয়েছে?” রাউন্ডের 1 থেকে { $max ->
    [one] { $max } দিন
   *[other] { $max } দিন
} পরে আসে, যেমন /pair rounds follow-up 3d।
pair-stats-none = এখনো কোনো সহপাঠী রাউন্ড হয়নি: /pair peers একটি চালায়।
pair-stats-title = <b>সহপাঠী রাউন্ড</b> ({ $count })
pair-stats-line = • রাউন্ড { $number } ({ $date }): { $groups ->
    [one] { $groups }টি দল
   *[other] { $groups }টি দল
}, { $people ->
    [one] { $people } জন
   *[other] { $people } জন
}। দেখা হয়েছে: হ্যাঁ { $yes }, না { $no }, এখনো না { $notYet }, উত্তর নেই { $unanswered }
cmd-avoid-summary = কারও সঙ্গে কখনো জুটি নয় (ব্যক্তিগত; তাঁকে জানানো হয় না)
cmd-avoid-usage = /avoid [@ব্যবহারকারী] [--remove] [--cohort "নাম"]
avoid-title = <b>যাদের সঙ্গে আপনার কখনো জুটি হবে না</b>
avoid-line = • { $cohort }: { $names }
avoid-none = আপনি কাউকে এড়িয়ে চলেন না। এখানেই ব্যক্তিগতভাবে /avoid @ব্যবহারকারী পাঠান, আর আমি কখনো তাঁর সঙ্গে আপনার জুটি বাঁধব না; তাঁকে জানানো হয় না।
avoid-added = লিখে রাখলাম: { $who }-এর সঙ্গে আপনার কখনো জুটি বাঁধব না ({ $cohorts }-এ)। তাঁকে জানানো হয় না।
avoid-removed = { $who }-এর সঙ্গে আবার আপনার জুটি হতে পারে ({ $cohorts }-এ)।
avoid-error-self = আপনি নিজেকে এড়াতে পারেন না।
avoid-error-no-shared-cohort = { $who }-এর সঙ্গে আপনার কোনো সাধারণ ব্যাচ নেই।
error-bad-stage = “{ $value }” কোনো পর্যায় নয়। এগুলোর একটি বেছে নিন: { $stages }।
field-preferences = পছন্দ
profile-stage = পর্যায়: { $value }
profile-preferences = জুটির পছন্দ (শুধু আপনি দেখেন): { $value }
mydata-matching = { "  " }পর্যায় { $stage }; জুটির পছন্দ { $preferences }; যাদের এড়িয়ে চলেন: { $avoid }
cmd-pair-settings-summary = মেন্টরের জুটি কীভাবে বাঁধা হয় দেখুন বা বদলান: সাধারণ ভাষা ছাড়া, উত্তরের সময়
cmd-pair-settings-usage = /pair settings [--bridging yes|no] [--answer-within 72h]
pair-settings = জুটির সেটিংস: সাধারণ ভাষা ছাড়া জুটি: { $bridging }; মেন্টররা { $hours ->
    [one] { $hours } ঘণ্টার
   *[other] { $hours } ঘণ্টার
} মধ্যে উত্তর দেন।
pair-settings-saved = সংরক্ষিত। সাধারণ ভাষা ছাড়া জুটি: { $bridging }; মেন্টররা { $hours ->
    [one] { $hours } ঘণ্টার
   *[other] { $hours } ঘণ্টার
} মধ্যে উত্তর দেন।
pair-error-answer-within = “{ $value }” 12h থেকে 14d-এর মধ্যে কোনো সময় নয় (যেমন 48h বা 3d)।
pair-decline-why = চাইলে কারণটা বলুন (একটি চাপ)। শুধু সমন্বয়করা এটি দেখেন; { $mentee }-কে জানানো হয় না কে প্রত্যাখ্যান করেছেন।
button-decline-no-time = এখন সময় নেই
button-decline-topics = আমার বিষয় নয়
button-decline-other = অন্য কারণ
pair-decline-noted = ধন্যবাদ। আপনার কারণ শুধু সমন্বয়করা দেখেন; { $mentee }-কে জানানো হয় না কে প্রত্যাখ্যান করেছেন।
pair-preview-declined = • { $mentor } { $mentee }-কে প্রত্যাখ্যান করেছেন ({ $reason ->
    [no-time] এখন সময় নেই
    [topics] তাঁর বিষয় নয়
    [other] অন্য কারণ
   *[none] কোনো কারণ দেননি
})
mydata-peer-groups = { $count ->
    [0] আপনি কোনো সহপাঠী রাউন্ডে ছিলেন না।
    [one] আপনার সহপাঠী রাউন্ড ({ $count }):
   *[other] আপনার সহপাঠী রাউন্ড ({ $count }):
}
mydata-peer-group = • { $cohort }, রাউন্ড { $round }: { $others }-এর সঙ্গে (দেখা হয়েছে: { $answer })

# গোপনীয়তা: শুধু একজনের জন্য তথ্য, গ্রুপে লেখা ব্যক্তিগত কমান্ড, কোন ব্যাচ (docs/privacy.md)
private-view-sent = { $person }, এটি আপনাকে ব্যক্তিগতভাবে পাঠিয়েছি।
private-view-link = { $person }, এটি শুধু আপনার জন্য, এই গ্রুপের জন্য নয়: <a href="{ $link }">আমার সঙ্গে একটি ব্যক্তিগত চ্যাট খুলুন</a>, আমি সেখানে পাঠিয়ে দেব।
private-view-write-first = { $person }, এটি শুধু আপনার জন্য, এই গ্রুপের জন্য নয়: আগে আমাকে ব্যক্তিগতভাবে লিখুন, তারপর সেখানে { $command } পাঠান।
private-refused = { $command } ব্যক্তিগত, তাই এটি শুধু আমার সঙ্গে ব্যক্তিগত চ্যাটে কাজ করে।
private-refused-deleted = আপনার বার্তাটি গ্রুপ থেকে সরিয়ে দিয়েছি।
private-refused-dm = { $person }, আপনাকে ব্যক্তিগতভাবে লিখেছি: সেখানে চালিয়ে যান।
private-refused-link = <a href="{ $link }">আমার সঙ্গে ব্যক্তিগত চ্যাটে চালিয়ে যান</a>।
private-refused-write-first = আমাকে ব্যক্তিগতভাবে লিখুন এবং সেখানে পাঠান।
private-continue = আপনি একটি গ্রুপে { $command } চেষ্টা করেছিলেন। এখানে এটি আমাদের মধ্যেই থাকবে: { $usage }
private-continue-here = এখানে এটি আমাদের মধ্যেই থাকবে: { $usage }
start-link-expired = এই লিংকটি আর কার্যকর নয়। কমান্ডটি এখানে আবার পাঠান: এটি ব্যক্তিগত চ্যাটেও কাজ করে।
cohort-choice-ask = { $command } কোন ব্যাচের জন্য?
cohort-choice-none = আপনি এমন কোনো ব্যাচে নেই যেখানে { $command } ব্যবহার করতে পারেন।
cohort-choice-gone = সেই ব্যাচটি আর আপনার নয় (অথবা আপনি আর এর সমন্বয়ক নন)।
cohort-choice-name-it = আপনি অনেক ব্যাচে আছেন: একটির নাম দিন, যেমন { $command } --cohort "নাম"। আপনার ব্যাচ: { $cohorts }।
error-cohort-not-here = এই গ্রুপের ব্যাচ { $name }, “{ $value }” নয়।
profile-private-hint = আপনার জুটির পছন্দ ও “আমার সম্পর্কে” লেখা ব্যক্তিগত: দেখতে আমাকে ব্যক্তিগতভাবে /profile পাঠান।
pair-ask-privacy = আপনার উত্তর ও দেওয়া কারণ শুধু সমন্বয়করা দেখেন; { $mentee }-কে জানানো হয় না কে প্রত্যাখ্যান করেছেন।
pair-ask-privacy-group = এখানে কেউ দেখেন না আপনি কোন বোতাম চাপছেন: আপনার উত্তর শুধু সমন্বয়করা জানেন।
pair-declined-toast-private = ধন্যবাদ। আপনাকে ব্যক্তিগতভাবে লিখেছি।
pair-declined-toast = ধন্যবাদ। আপনার উত্তর শুধু সমন্বয়করা জানেন।
pair-no-next-mentor-group = এই ব্যাচে কেউ এখনো মেন্টরের অপেক্ষায় আছেন। সমন্বয়কেরা: কোনো মেন্টরের জায়গা হলে /pair mentors।
mydata-mentorship-looking = • { $cohort }: আপনার জন্য মেন্টর খুঁজছি

## মানের জন্য শব্দ, আর মানুষ যেসব কিওয়ার্ড লেখেন (docs/localization.md)

field-timezone = টাইমজোন
field-capacity = মেন্টর সক্ষমতা
field-wants-mentor = “মেন্টর চান”
field-stage = পর্যায়
stage-name = { $stage ->
    [newcomer] নবাগত
    [contributor] অবদানকারী
    [organizer] সংগঠক
   *[experienced] অভিজ্ঞ
}
visibility-name = { $visibility ->
    [me] শুধু আপনি
    [mentor] আপনার মেন্টর
    [coordinators] সমন্বয়করা
   *[cohort] পুরো ব্যাচ
}
checkin-digest-answer = <i>{ $question }</i> { $answer }
checkin-digest-reflection = • { $name }: { $text }
keyword-skip = বাদ, বাদ দিন, পরের
keyword-weekly = সাপ্তাহিক
keyword-every = প্রতি, প্রত্যেক
keyword-weeks = সপ্তাহ, সপ্তাহে
keyword-monthly = মাসিক
keyword-first = প্রথম
keyword-second = দ্বিতীয়
keyword-third = তৃতীয়
keyword-fourth = চতুর্থ
keyword-last = শেষ
keyword-ignore = {""}

## Gatherings and the follow-up loop (src/features/gatherings)
cmd-gathering-summary = এই ব্যাচের সমাবেশ: ঘোষণা, উত্তর, রিপোর্ট
cmd-gathering-usage = /gathering [list|show|create|edit|cancel|report|mark|ics|feed|code|settings] [নম্বর]
cmd-gathering-list-summary = সামনের সমাবেশগুলো
cmd-gathering-list-usage = /gathering list
cmd-gathering-show-summary = একটি সমাবেশ, এখন পর্যন্ত পাওয়া উত্তরসহ (সংখ্যা)
cmd-gathering-show-usage = /gathering show নম্বর
cmd-gathering-create-summary = একটি সমাবেশের ঘোষণা দিন (সময় ব্যাচের টাইমজোনে, অথবা --timezone দিয়ে)
cmd-gathering-create-usage = /gathering create "শিরোনাম" --at 2027-03-14 10:00 [--until 17:00] [--place "…"] [--online https://…] [--capacity 40] [--description "…"] [--timezone অঞ্চল/শহর]
cmd-gathering-edit-summary = সমাবেশ বদলান; নতুন সময় দিলে সব রিমাইন্ডারও সরে যায়
cmd-gathering-edit-usage = /gathering edit নম্বর [--title "…"] [--at 2027-03-14 10:00] [--until 17:00] [--place "…"|-] [--online URL|-] [--capacity N|-] [--description "…"|-]
cmd-gathering-cancel-summary = সমাবেশ বাতিল করুন (আগে জিজ্ঞেস করে; যাঁরা উত্তর দিয়েছেন সবাইকে জানানো হয়)
cmd-gathering-cancel-usage = /gathering cancel নম্বর
cmd-gathering-report-summary = একটি সমাবেশের উত্তর, উপস্থিতি ও অঙ্গীকার (আপনাকে ব্যক্তিগতভাবে পাঠানো হয়)
cmd-gathering-report-usage = /gathering report নম্বর
cmd-gathering-mark-summary = শুরুর পরে কাউকে উপস্থিত বা অনুপস্থিত হিসেবে চিহ্নিত করুন
cmd-gathering-mark-usage = /gathering mark নম্বর @ব্যবহারকারী present|absent
cmd-here-summary = জানান যে আপনি এখন চলমান সমাবেশে আছেন
cmd-here-usage = /here [নম্বর] [কোড]
cmd-commit-summary = সমাবেশের পরে আপনি কী চেষ্টা করবেন তা বলুন (সর্বোচ্চ 3টি; আপনি শেয়ার না করলে শুধু আপনিই পড়েন)
cmd-commit-usage = /commit আপনি কী চেষ্টা করবেন [--visibility me|mentor|coordinators] [--gathering নম্বর] [--by YYYY-MM-DD] [--cohort "নাম"]
cmd-commitments-summary = আপনার অঙ্গীকার এবং সেগুলো কেমন এগোচ্ছে
cmd-commitments-usage = /commitments
field-gathering-title = শিরোনাম
field-gathering-capacity = ধারণক্ষমতা
field-gathering-number = সমাবেশের নম্বর
field-place = স্থান
field-description = বিবরণ
field-commitment = অঙ্গীকার
button-gathering-going = আসছি
button-gathering-maybe = হয়তো
button-gathering-no = আসছি না
button-gathering-here = আমি এখানে
button-gathering-cancel-confirm = হ্যাঁ, বাতিল করুন
button-commitment-done = হয়ে গেছে
button-commitment-partly = আংশিক
button-commitment-not-yet = এখনো না
button-commitment-let-go = বাদ দিন
gathering-card-title = <b>#{ $number } { $title }</b>
gathering-card-when = কখন: { $when }
gathering-card-place = কোথায়: { $place }
gathering-card-online = অনলাইন: { $url }
gathering-card-capacity = আসন: { $capacity }
gathering-card-description = { $description }
gathering-created = নতুন সমাবেশ:
gathering-edited = সমাবেশ বদলানো হয়েছে:
gathering-rsvp-prompt = আপনি আসবেন? একটি উত্তর চাপুন; পরে বদলাতে পারবেন।
gathering-dst-gap = যে রাতে ঘড়ি এগিয়ে দেওয়া হয়, সে রাতে এই সময়টির অস্তিত্ব নেই: আমি তার পরের প্রথম সময়টি নিয়েছি।
gathering-dst-ambiguous = যে রাতে ঘড়ি পিছিয়ে দেওয়া হয়, সে রাতে এই সময়টি দুবার আসে: আমি প্রথমটি নিয়েছি।
gathering-counts = আসছেন: { $going } · হয়তো: { $maybe } · আসছেন না: { $no } · অপেক্ষমাণ তালিকা: { $waitlist } · উপস্থিত: { $present }
gathering-rsvp-going = আপনি “{ $title }”-এ আসছেন: { $when }।
gathering-rsvp-maybe = “{ $title }”-এর জন্য হয়তো: { $when }।
gathering-rsvp-no = লিখে রাখলাম: আপনি “{ $title }”-এ আসছেন না।
gathering-rsvp-waitlist = “{ $title }” পূর্ণ: আপনি অপেক্ষমাণ তালিকায় আছেন, কোনো আসন খালি হলে আমি জানাব।
gathering-promoted = একটি আসন খালি হয়েছে: এখন আপনি “{ $title }”-এ আসছেন, { $when }।
gathering-list-title = সামনের সমাবেশ:
gathering-list-line = #{ $number } { $title }: { $when }
gathering-list-none = সামনে কোনো সমাবেশ নেই। সমন্বয়করা /gathering create দিয়ে ঘোষণা দেন।
gathering-is-cancelled = এই সমাবেশটি বাতিল করা হয়েছে।
gathering-cancel-confirm = “{ $title }” বাতিল করবেন? { $count ->
    [0] এখনো কেউ উত্তর দেননি।
    [one] উত্তর দেওয়া একজনকে জানানো হবে।
   *[other] উত্তর দেওয়া { $count } জনকে জানানো হবে।
}
gathering-cancelled = সমাবেশ #{ $number } “{ $title }” বাতিল করা হয়েছে।
gathering-cancelled-dm = “{ $title }” ({ $when }) বাতিল করা হয়েছে। পরিকল্পনা বদলের জন্য দুঃখিত।
gathering-reminder = { $kind ->
    [week] এক সপ্তাহ পরে:
    [day] আগামীকাল:
   *[hour] এক ঘণ্টা পরে:
} { $answer ->
    [maybe] (আপনি হয়তো বলেছিলেন)
   *[going] (আপনি আসবেন বলেছিলেন)
}
gathering-reminder-link = “{ $title }” 10 মিনিটের মধ্যে শুরু হচ্ছে। এখানে যোগ দিন: { $url }
gathering-starts-now = #{ $number } “{ $title }” শুরু হচ্ছে। এখানে আছেন? বোতামটি চাপুন (অথবা /here লিখুন)।
gathering-here-recorded = স্বাগতম! “{ $title }”-এ আপনাকে উপস্থিত হিসেবে চিহ্নিত করা হয়েছে।
gathering-marked-present = { $name }-কে “{ $title }”-এ উপস্থিত হিসেবে চিহ্নিত করা হয়েছে।
gathering-marked-absent = { $name }-কে “{ $title }”-এ অনুপস্থিত হিসেবে চিহ্নিত করা হয়েছে।
gathering-commit-ask = “{ $title }” ({ $cohort })-এ আসার জন্য ধন্যবাদ। সামনের কয়েক সপ্তাহে আপনি কী চেষ্টা করবেন? এক থেকে তিনটি বিষয় লিখুন, প্রতিটি /commit দিয়ে, যেমন: <code>/commit প্রথম এডিট-এ-থন আয়োজন করা</code>। আপনি --visibility mentor বা coordinators যোগ না করলে শুধু আপনিই এগুলো পড়বেন। এক সপ্তাহ, এক মাস ও তিন মাস পরে আমি জিজ্ঞেস করব কেমন চলছে।
gathering-followup-week = “{ $title }”-এর এক সপ্তাহ পরে: “{ $text }” কেমন এগোচ্ছে?
gathering-followup-later = “{ $title }”-এর পরে আপনি চেষ্টা করতে চেয়েছিলেন: “{ $text }”। করেছেন?
commitment-answer-done = দারুণ! “{ $text }” সম্পন্ন।
commitment-answer-partly = লিখে রাখলাম: আংশিক হয়েছে। পরে আবার জিজ্ঞেস করব।
commitment-answer-not-yet = লিখে রাখলাম: এখনো না। পরে আবার জিজ্ঞেস করব; কিছু আটকে থাকলে আপনার মেন্টর বা একজন সমন্বয়ক সাহায্য করতে পারেন।
commitment-answer-let-go = লিখে রাখলাম: আপনি “{ $text }” বাদ দিয়েছেন। এ নিয়ে আর জিজ্ঞেস করব না।
commit-saved = “{ $title }”-এর জন্য সংরক্ষিত। { $visibility ->
    [mentor] আপনি ও আপনার মেন্টর এটি পড়তে পারেন।
    [coordinators] আপনি ও সমন্বয়করা এটি পড়তে পারেন।
   *[me] শুধু আপনিই এটি পড়তে পারেন।
} { $left ->
    [0] তিনটি হয়ে গেল: আমি জিজ্ঞেস করব সেগুলো কেমন চলছে।
    [one] আপনি আরও একটি যোগ করতে পারেন।
   *[other] আপনি আরও { $left }টি যোগ করতে পারেন।
}
commit-error-no-gathering = আপনার সাম্প্রতিক কোনো সমাবেশ পেলাম না যার অধীনে এটি রাখব। --gathering নম্বর দিয়ে একটি উল্লেখ করুন।
commit-error-too-many = এই সমাবেশের জন্য আপনার ইতিমধ্যে { $max ->
    [one] { $max }টি অঙ্গীকার
   *[other] { $max }টি অঙ্গীকার
} আছে: কম অঙ্গীকার, নিয়মিত খোঁজ রেখে, ভালো কাজ করে।
commit-error-visibility = “{ $value }” me, mentor বা coordinators কোনোটিই নয়।
commitments-title = আপনার অঙ্গীকার:
commitments-line = • { $cohort }, “{ $title }”: { $text } ({ $status })
commitments-none = আপনার এখনো কোনো অঙ্গীকার নেই। কোনো সমাবেশের পরে /commit দিয়ে লিখুন আপনি কী চেষ্টা করবেন।
gathering-error-bad-date = “{ $value }” এমন কোনো তারিখ ও সময় নয় যা আমি বুঝি। এভাবে লিখুন: 2027-03-14 10:00।
gathering-error-past = সেই সময় পেরিয়ে গেছে।
gathering-error-too-far = এটি দুই বছরেরও বেশি পরে।
gathering-error-end-before-start = শেষ হতে হবে শুরুর পরে।
gathering-error-too-long = একটি সমাবেশ সর্বোচ্চ 14 দিন চলতে পারে।
gathering-error-bad-link = “{ $value }” কোনো ওয়েব লিংক নয়: শুধু http:// ও https:// লিংক গ্রহণ করা হয়।
gathering-error-link-too-long = লিংকটি অনেক লম্বা (সর্বোচ্চ { $max ->
    [one] { $max } অক্ষর
   *[other] { $max } অক্ষর
})।
gathering-error-unknown = এই ব্যাচে সমাবেশ #{ $number } নেই। /gathering list সেগুলো দেখায়।
gathering-error-unknown-button = এই সমাবেশটি আর নেই।
gathering-error-cancelled = এই সমাবেশটি বাতিল করা হয়েছে।
gathering-error-finished = এই সমাবেশটি শেষ হয়ে গেছে।
gathering-error-not-started = এই সমাবেশটি এখনো শুরু হয়নি।
gathering-error-not-now = এখন কোনো সমাবেশ চলছে না: “আমি এখানে” শুরুর আধা ঘণ্টা আগে থেকে শেষ পর্যন্ত গোনা হয়।
gathering-error-join-first = শুধু এই ব্যাচের সদস্যরা উত্তর দিতে পারেন: আগে /join করুন।
gathering-error-nothing-to-change = বদলানোর কিছু নেই: অন্তত একটি --flag দিন।
gathering-summary-intro = { $days ->
    [one] { $days } দিন
   *[other] { $days } দিন
} পরে ফলো-আপ কেমন চলছে:
gathering-report-title = <b>#{ $number } { $title }</b>
gathering-report-commitments = অঙ্গীকার: { $people ->
    [one] { $people } জনের
   *[other] { $people } জনের
} কাছ থেকে { $count }টি · সম্পন্ন { $done } · আংশিক { $partly } · এখনো না { $not-yet } · বাদ { $let-go } · খোলা { $open }
gathering-report-shared = সমন্বয়কদের সঙ্গে শেয়ার করা:
gathering-report-shared-line = • { $name } ({ $status }): { $text }
gathering-report-person = • { $name }: { $answer }, উপস্থিত: { $present }
mydata-gatherings = { $count ->
    [0] আপনি কোনো সমাবেশে উত্তর দেননি।
    [one] সমাবেশে আপনার উত্তর (একটি):
   *[other] সমাবেশে আপনার উত্তর ({ $count }টি):
}
mydata-gathering = • { $cohort }, “{ $title }”: { $answer }, উপস্থিত: { $present }
mydata-commitments = { $count ->
    [0] আপনি কোনো অঙ্গীকার করেননি।
    [one] আপনার অঙ্গীকার (একটি):
   *[other] আপনার অঙ্গীকার ({ $count }টি):
}
mydata-commitment = • { $cohort } ({ $status }, { $visibility }): { $text }
report-gatherings-title = সমাবেশ: উত্তর, উপস্থিতি ও অঙ্গীকার
report-gathering-line = #{ $number } { $title }: { $going } জন আসছেন, { $present } জন উপস্থিত; { $commitments ->
    [one] { $commitments }টি অঙ্গীকার
   *[other] { $commitments }টি অঙ্গীকার
}: { $done }টি সম্পন্ন, { $partly }টি আংশিক, { $open }টি খোলা
report-gathering-going = আসছেন
report-gathering-present = উপস্থিত
report-gathering-axis = সমাবেশ
report-gathering-count = জন
gathering-rsvp-noted = লিখে রাখলাম। বিস্তারিত আপনাকে ব্যক্তিগতভাবে পাঠিয়েছি।
gathering-moved = “{ $title }”-এর নতুন সময়: { $when }।
commitment-answer-not-yet-mentor = লিখে রাখলাম: এখনো না। কিছু কি আটকে রাখছে? আপনার মেন্টর { $mentor } সাহায্য করতে পারেন: একটি চাপেই আমি তাঁকে জানিয়ে দেব আপনি কী চেষ্টা করতে চেয়েছিলেন।
button-commitment-ask-mentor = আমার মেন্টরের সাহায্য চাই
commitment-help-to-mentor = { $mentee } ({ $cohort }) একটি সমাবেশের পরে যা চেষ্টা করতে চেয়েছিলেন তাতে আটকে গেছেন: “{ $text }”। আপনি কি যোগাযোগ করতে পারবেন?
commitment-help-sent = আমি { $mentor }-কে জানিয়েছি। তিনি যোগাযোগ করবেন।
commitment-help-unreachable = এখন আমি { $mentor }-কে ব্যক্তিগতভাবে লিখতে পারছি না: অনুগ্রহ করে সরাসরি তাঁর সঙ্গে যোগাযোগ করুন।
cmd-hope-summary = সমাবেশের আগে আয়োজকদের জানান আপনি কী শিখতে বা কোন বিষয়ে সাহায্য পেতে চান
cmd-hope-usage = /hope আপনি কী শিখতে চান [--gathering নম্বর] [--cohort "নাম"] (/hope - মুছে দেয়)
field-intention = প্রত্যাশা
gathering-reminder-hope = আপনি কী শিখতে বা কোন বিষয়ে সাহায্য পেতে চান? /hope … দিয়ে আয়োজকদের ব্যক্তিগতভাবে জানান
hope-saved = ধন্যবাদ: “{ $title }”-এর আয়োজকরা এটি পড়বেন (শুধু তাঁরা ও আপনি)।
hope-cleared = “{ $title }”-এর জন্য মুছে দেওয়া হয়েছে।
hope-error-no-gathering = সামনের এমন কোনো সমাবেশ পেলাম না যাতে আপনি উত্তর দিয়েছেন। আগে একটিতে উত্তর দিন, অথবা --gathering নম্বর দিয়ে সেটি উল্লেখ করুন।
hope-error-started = সেই সমাবেশ ইতিমধ্যে শুরু হয়ে গেছে।
gathering-report-hopes = সবাই কী শিখতে চান:
gathering-report-hope-line = • { $name }: { $text }
mydata-gathering-hope = { "  " }আপনি কী শিখতে চান: { $text }
## Surveys (src/features/surveys)
cmd-survey-summary = জরিপ: টেমপ্লেট, তৈরি, পাঠানো, ফলাফল, বন্ধ (সমন্বয়ক)
cmd-survey-usage = /survey [templates|new|create|import|export|edit|show|send|poll|results|threshold|close|delete|list]
cmd-survey-templates-summary = তৈরি জরিপ: সমাবেশের পরে, 30 দিন পরে, আত্মমূল্যায়ন
cmd-survey-templates-usage = /survey templates
cmd-survey-create-summary = টেমপ্লেট থেকে, অথবা ছোট একটি সংজ্ঞা থেকে জরিপ তৈরি করুন (docs/surveys.md)
cmd-survey-create-usage = /survey create feedback|followup|self-assessment [--anonymous] | /survey create শিরোনাম + প্রতি লাইনে একটি প্রশ্ন
cmd-survey-edit-summary = জরিপের প্রশ্ন বদলান (কেউ উত্তর দিয়ে থাকলে নতুন সংস্করণ)
cmd-survey-edit-usage = /survey edit আইডি + নতুন সংজ্ঞা
cmd-survey-show-summary = জরিপের প্রশ্নগুলো আগে দেখে নিন (আপনাকে ব্যক্তিগতভাবে পাঠানো হয়)
cmd-survey-show-usage = /survey show আইডি
cmd-survey-send-summary = ব্যাচে জরিপ পাঠান, প্রত্যেককে ব্যক্তিগতভাবে
cmd-survey-send-usage = /survey send আইডি [--to cohort|gathering:N|role:mentor] [--deadline 7d] [--remind 1d]
cmd-survey-results-summary = জরিপের ফলাফল: কোনো প্রশ্নের ফল দেখানো হয় কেবল যখন অন্তত দলের সবচেয়ে ছোট দেখানো গোষ্ঠীর সমান মানুষ উত্তর দেন (আপনাকে ব্যক্তিগতভাবে পাঠানো হয়)
cmd-survey-results-usage = /survey results আইডি [--group]
cmd-survey-close-summary = জরিপ বন্ধ করুন: আর কোনো উত্তর নয়
cmd-survey-close-usage = /survey close আইডি
cmd-survey-list-summary = ব্যাচের জরিপগুলো
cmd-survey-list-usage = /survey list
cmd-surveys-summary = আপনার খোলা জরিপ, উত্তর দিতে বা উত্তর বদলাতে (ব্যক্তিগতভাবে)
cmd-surveys-usage = /surveys
button-survey-skip = বাদ দিন
button-survey-done = হয়ে গেছে
button-survey-yes = হ্যাঁ
button-survey-no = না
button-survey-answer = “{ $title }”-এর উত্তর দিন
button-survey-change = “{ $title }”-এ আমার উত্তর বদলান
survey-dm-intro = <b>{ $title }</b> { $anonymous ->
    [yes] (বেনামি: কেউ, এমনকি সমন্বয়করাও, দেখতে পারবেন না কোন উত্তরগুলো আপনার)
   *[no] (সমন্বয়করা আপনার উত্তর দেখেন; ফলাফলে শুধু { $k ->
        [one] { $k } জন
       *[other] { $k } জন
    } বা বেশি মানুষের মোট সংখ্যা দেখানো হয়)
}
survey-dm-question = প্রশ্ন { $n } (মোট { $total }টির মধ্যে):
survey-dm-text-hint = একটি ছোট লেখা দিয়ে উত্তর দিন।
survey-dm-text-hint-optional = একটি ছোট লেখা দিয়ে উত্তর দিন, অথবা “বাদ” লিখুন।
survey-dm-multi-hint = যতগুলো প্রযোজ্য সব বেছে নিন, তারপর “হয়ে গেছে” চাপুন।
survey-dm-scale-hint = { $min } থেকে { $max }।
survey-answer-saved = সংরক্ষিত।
survey-thanks = আপনার উত্তরের জন্য ধন্যবাদ!
survey-done-anonymous = আপনার উত্তর আপনার নাম ছাড়াই রাখা হয়েছে। এখন আর সেগুলো বদলানো যাবে না।
survey-done-named = শেষ সময় পর্যন্ত আপনি /surveys দিয়ে উত্তর বদলাতে পারবেন।
survey-changing = আপনি বদলে না দেওয়া পর্যন্ত আগের উত্তরগুলো থাকবে।
survey-already-answered = আপনি এই জরিপের উত্তর আগেই দিয়েছেন।
survey-invite-group = একটি ছোট জরিপ, “{ $title }”। আমি যদি এ নিয়ে আপনাকে ব্যক্তিগতভাবে না লিখে থাকি, সেখানে উত্তর দিতে { $link } খুলুন।
survey-invite-group-nolink = একটি ছোট জরিপ, “{ $title }”। আমি যদি এ নিয়ে আপনাকে ব্যক্তিগতভাবে না লিখে থাকি, সেখানে আমাকে লিখুন এবং /surveys পাঠান।
survey-reminder = মনে করিয়ে দিচ্ছি: “{ $title }” প্রায় { $left ->
    [one] { $left } ঘণ্টার
   *[other] { $left } ঘণ্টার
} মধ্যে বন্ধ হবে। উত্তর দিতে বা চালিয়ে যেতে /surveys পাঠান।
survey-error-definition = এই জরিপের সংজ্ঞা সঠিক নয় ({ $where }-এ)। ফরম্যাটের জন্য docs/surveys.md দেখুন।
survey-error-json = এই JSON পড়া যাচ্ছে না।
survey-error-line = লাইন { $n } কোনো প্রশ্ন নয়। “ধরন: প্রশ্ন” লিখুন, যেমন “scale5: এটি কতটা কাজে লেগেছে?”।
survey-error-type = লাইন { $n }: “{ $type }” কোনো প্রশ্নের ধরন নয়। single, multi, scale5, scale10, yesno বা text ব্যবহার করুন।
survey-error-too-long = এই সংজ্ঞাটি অনেক লম্বা (সর্বোচ্চ { $max ->
    [one] { $max } অক্ষর
   *[other] { $max } অক্ষর
})।
survey-error-too-many = একটি জরিপে সর্বোচ্চ { $max ->
    [one] { $max }টি প্রশ্ন
   *[other] { $max }টি প্রশ্ন
} থাকে।
survey-error-no-template = “{ $name }” নামে কোনো টেমপ্লেট নেই। টেমপ্লেট: { $templates }।
survey-error-no-themes = আত্মমূল্যায়ন ব্যাচের বিষয়গুলো নিয়ে প্রশ্ন করে, আর এই ব্যাচের কোনো বিষয় নেই। /cohort edit --themes "…" দিয়ে যোগ করুন।
survey-error-not-found = এই ব্যাচে জরিপ { $id } নেই। /survey list দেখুন।
survey-error-not-member = আপনি এই জরিপের ব্যাচে নেই।
survey-error-closed = এই জরিপ বন্ধ হয়ে গেছে।
survey-error-unknown = এই জরিপটি আর নেই।
survey-error-remind = “{ $value }” 1d বা 12h-এর মতো কোনো সময়কাল নয়।
survey-error-range = অনুগ্রহ করে { $min } থেকে { $max }-এর মধ্যে একটি সংখ্যা দিয়ে উত্তর দিন।
survey-error-required = এই প্রশ্নের উত্তর দেওয়া দরকার।
survey-error-use-buttons = অনুগ্রহ করে প্রশ্নের বোতামগুলো দিয়ে উত্তর দিন।
survey-error-answer-too-long = উত্তরটি অনেক লম্বা (সর্বোচ্চ { $max ->
    [one] { $max } অক্ষর
   *[other] { $max } অক্ষর
})।
survey-created = জরিপ { $number } তৈরি: “{ $title }”, { $questions ->
    [one] { $questions }টি প্রশ্ন
   *[other] { $questions }টি প্রশ্ন
}, { $anonymous ->
    [yes] বেনামি
   *[no] নামসহ
}। /survey show { $number } দিয়ে দেখে নিন, /survey send { $number } দিয়ে পাঠান।
survey-edited = জরিপ { $number } এখন সংস্করণ { $version }। আগে দেওয়া উত্তরগুলো যে সংস্করণের উত্তর, তার সঙ্গেই থাকে।
survey-sent = জরিপ { $number } পাঠানো হয়েছে: { $dm } জনকে ব্যক্তিগতভাবে, { $group } জনকে এখানে লিংকের মাধ্যমে। শেষ সময়: { $deadline }।
survey-closed = জরিপ { $number } বন্ধ হয়েছে। /survey results { $number } দেখুন।
survey-list-title = <b>জরিপ</b>
survey-list-none = এখনো কোনো জরিপ নেই। /survey templates দিয়ে শুরু করুন।
survey-list-line = { $number }. { $title } ({ $status }, { $anonymous ->
    [yes] বেনামি
   *[no] নামসহ
})
survey-show-title = <b>জরিপ { $number }: { $title }</b> ({ $status }, { $anonymous ->
    [yes] বেনামি
   *[no] নামসহ
})
survey-show-if = শুধু যদি { $question } = { $equals }
survey-show-optional = (ঐচ্ছিক)
survey-show-deadline = শেষ সময়: { $at }
survey-templates-title = <b>জরিপের টেমপ্লেট</b>
survey-template-line = • { $name }: { $about }
survey-templates-hint = /survey create নাম [--anonymous] দিয়ে একটি তৈরি করুন।
survey-results-title = <b>জরিপ { $number }-এর ফলাফল: { $title }</b> ({ $status })
survey-results-none = এখনো কোনো উত্তর নেই।
survey-results-version = <b>সংস্করণ { $n }</b>
survey-results-people = { $n ->
    [one] { $n } জন উত্তর দিয়েছেন।
   *[other] { $n } জন উত্তর দিয়েছেন।
}
survey-results-answered = { $n ->
    [one] { $n }টি উত্তর
   *[other] { $n }টি উত্তর
}
survey-results-option = { $option }: { $n } ({ $pct }%)
survey-results-scale = গড় { $mean }, মধ্যমা { $median } ({ $max }-এর মধ্যে)
survey-results-texts-hidden = লিখিত উত্তর শুধু সমন্বয়কদের দেখানো হয়।
survey-change-title = <b>আগে ও পরে</b> (জরিপ { $before } → জরিপ { $after })
survey-change-paired = { $question }: গড়ে { $change }, { $n ->
    [one] যে { $n } জন দুটিরই উত্তর দিয়েছেন তাঁর ক্ষেত্রে
   *[other] যে { $n } জন দুটিরই উত্তর দিয়েছেন তাঁদের ক্ষেত্রে
}
survey-change-means = { $question }: { $before } → { $after } ({ $change })
surveys-title = <b>আপনার খোলা জরিপ</b>
surveys-line = • { $cohort }: { $title } ({ $state ->
    [done] উত্তর দেওয়া হয়েছে
    [started] শুরু হয়েছে
   *[new] শুরু হয়নি
}, { $deadline } পর্যন্ত)
surveys-none = আপনার কোনো খোলা জরিপ নেই।
survey-mydata-named = • “{ $title }” জরিপে আপনার উত্তর:
survey-mydata-skipped = (বাদ দেওয়া)
survey-mydata-anonymous = • বেনামি জরিপে দেওয়া আপনার উত্তর নাম বা কোনো আইডি ছাড়াই রাখা হয়: কোনগুলো আপনার তা আমি বুঝতে পারি না, তাই সেগুলো দেখাতে বা মুছতে পারি না।
survey-report-title = জরিপ
survey-report-line = { $title }: { $people ->
    [one] { $people } জন উত্তর দিয়েছেন
   *[other] { $people } জন উত্তর দিয়েছেন
}
survey-tpl-feedback-title = সমাবেশের পরে
survey-tpl-feedback-about = সমাবেশের ঠিক পরে মতামত (5টি প্রশ্ন)
survey-tpl-feedback-intro = সমাবেশ নিয়ে কয়েকটি প্রশ্ন, যাতে পরেরটি আরও ভালো হয়।
survey-tpl-feedback-useful = সব মিলিয়ে, সমাবেশটি আপনার কাছে কতটা কাজের ছিল?
survey-tpl-feedback-best = কোন জিনিসটি আপনাকে সবচেয়ে বেশি সাহায্য করেছে?
survey-tpl-feedback-best-sessions = সেশনগুলো
survey-tpl-feedback-best-people = মানুষের সঙ্গে পরিচয়
survey-tpl-feedback-best-practice = হাতে-কলমে অনুশীলন
survey-tpl-feedback-best-materials = উপকরণ
survey-tpl-feedback-again = এমন সমাবেশে আপনি আবার আসবেন?
survey-tpl-feedback-why-not = কেন নয়?
survey-tpl-feedback-change = পরের বার আমাদের কী বদলানো উচিত?
survey-tpl-followup-title = 30 দিন পরে
survey-tpl-followup-about = এক মাস পরে: মানুষ কী কাজে লাগিয়েছেন, কী তাঁদের আটকে দিয়েছে (5টি প্রশ্ন)
survey-tpl-followup-intro = এক মাস হয়ে গেল। যা শিখেছিলেন তার কোনটা কাজে লাগিয়েছেন?
survey-tpl-followup-used = তারপর থেকে আপনি কী কাজে লাগিয়েছেন?
survey-tpl-followup-used-skills = যে দক্ষতা শিখেছি
survey-tpl-followup-used-tools = যে টুল খুঁজে পেয়েছি
survey-tpl-followup-used-contacts = যাঁদের সঙ্গে পরিচয় হয়েছে
survey-tpl-followup-used-nothing = এখনো কিছু না
survey-tpl-followup-blocked = কিছু কি আপনাকে আটকে দিয়েছে?
survey-tpl-followup-what-blocked = কী আপনাকে আটকে দিয়েছে?
survey-tpl-followup-recommend = এই ব্যাচটি কোনো বন্ধুকে সুপারিশ করার সম্ভাবনা আপনার কতটা?
survey-tpl-followup-else = আমাদের আর কিছু বলতে চান?
survey-tpl-self-assessment-title = আত্মমূল্যায়ন
survey-tpl-self-assessment-about = ব্যাচের প্রতিটি বিষয়ে 1 থেকে 5 পর্যন্ত আত্মবিশ্বাস; আগে ও পরে চালান
survey-tpl-self-assessment-intro = আপনি কতটা আত্মবিশ্বাসী বোধ করেন? 1 মানে একদমই না, 5 মানে খুব।
survey-tpl-self-question = এ বিষয়ে আপনি কতটা আত্মবিশ্বাসী বোধ করেন:
## Reports and exports (src/features/reports, the features' report parts)
cmd-report-summary = ব্যাচের কার্যক্রমের চার্ট, আপনাকে ব্যক্তিগতভাবে পাঠানো হয়; “group”: সবার জন্য একটি সারসংক্ষেপ
cmd-report-usage = /report [group|web|web revoke|threshold 8] [--since 2027-01-01] [--what members|checkins|pairing|gatherings|surveys]
cmd-export-summary = /report-এর পেছনের সংখ্যাগুলো ফাইল হিসেবে: স্প্রেডশিটের জন্য CSV, JSON, অথবা একটি মেটা-উইকি পাতা
cmd-export-usage = /export [csv|json|wikitext] [--since 2027-01-01] [--what members|checkins|pairing|gatherings|surveys]
report-nothing = { $since } থেকে { $cohort }-এর জন্য এখনো দেখানোর মতো কিছু নেই।
report-header = <b>{ $cohort }</b>: { $since } থেকে { $until } পর্যন্ত রিপোর্ট
report-group-header = <b>{ $cohort } কেমন চলছে</b> ({ $since } থেকে)
report-no-images = এই চ্যাটে ছবি দেখানো যায় না, তাই এখানে শুধু সংখ্যাগুলো দিলাম।
report-group-posted = আমি সারসংক্ষেপটি { $cohort }-এর গ্রুপে পোস্ট করেছি।
report-error-since = “--since”-এর জন্য 2027-01-01-এর মতো একটি তারিখ দরকার; “{ $value }” তারিখ নয়।
report-error-since-future = “--since { $value }” ভবিষ্যতের তারিখ: এখনো রিপোর্ট করার কিছু নেই।
report-error-what = “--what” এগুলোর এক বা একাধিক নেয়: { $allowed }। “{ $value }” এগুলোর একটিও নয়।
report-error-word = এখানে “{ $word }” আমি চিনি না। /report, /report group বা /help report চেষ্টা করুন।
report-error-no-group = আমি আর এই ব্যাচের গ্রুপে পৌঁছাতে পারছি না, তাই সেখানে পোস্ট করতে পারছি না।
export-error-format = আমি { $allowed } হিসেবে এক্সপোর্ট করতে পারি; “{ $value }” এগুলোর একটিও নয়।
export-sent = { $count ->
    [one] এই নিন আপনার { $format } এক্সপোর্ট: একটি ফাইল।
   *[other] এই নিন আপনার { $format } এক্সপোর্ট: { $count }টি ফাইল।
}
export-inline = এই চ্যাটে ফাইল পাঠানো যায় না, তাই কপি করার জন্য প্রতিটির লেখা এখানে দিলাম।
report-few = 5-এর কম
report-members-title = সময়ের সঙ্গে সদস্য
report-series-joined = যোগ দিয়েছেন
report-series-left = চলে গেছেন
report-series-members = ব্যাচে আছেন
report-members-now = এখন: { $active } জন সক্রিয়, { $paused } জন বিরতিতে, { $left } জন চলে গেছেন।
report-members-period = { $since } থেকে: { $joined } জন যোগ দিয়েছেন, { $left } জন চলে গেছেন।
report-axis-month = মাস
report-axis-week = সপ্তাহ
report-axis-people = মানুষ
report-col-status = অবস্থা
report-col-people = মানুষ
report-col-answered = উত্তর দিয়েছেন
report-col-expected = জিজ্ঞাসিত
report-col-date = তারিখ
report-checkins-title = চেক-ইন: কারা উত্তর দিয়েছেন
report-axis-checkin = চেক-ইন
report-axis-rate = উত্তর দিয়েছেন (%)
report-checkins-total = { $count ->
    [one] { $count }টি চেক-ইন
   *[other] { $count }টি চেক-ইন
}: { $expected }টি জিজ্ঞাসার মধ্যে { $answered ->
    [one] { $answered }টি উত্তর
   *[other] { $answered }টি উত্তর
} ({ $rate }%)।
report-checkins-line = { $date }: { $expected } জনের মধ্যে { $answered } জন উত্তর দিয়েছেন ({ $rate }%)
report-checkins-hidden = { $date }: { $k ->
    [one] { $k } জনের
   *[other] { $k } জনের
} কম মানুষকে জিজ্ঞেস করা হয়েছিল, দেখানো হচ্ছে না
report-checkins-count = { $count ->
    [one] { $count }টি চেক-ইন হয়েছে।
   *[other] { $count }টি চেক-ইন হয়েছে।
}
report-mentorships-title = মেন্টরশিপ
report-axis-mentorships = মেন্টরশিপ
report-mentorship-status = { $status ->
    [all] অনুরোধ করা
    [accepted] গৃহীত
    [active] এখনো সক্রিয়
    [declined] প্রত্যাখ্যাত
    [timed_out] উত্তর নেই
   *[asked] অপেক্ষমাণ
}
report-mentorships-line = { $asked }টি অনুরোধ: { $accepted }টি গৃহীত ({ $active }টি এখনো সক্রিয়), { $declined }টি প্রত্যাখ্যাত, { $timedOut }টি উত্তরহীন, { $waiting }টি অপেক্ষমাণ।
report-mentorships-group = { $active ->
    [one] { $active }টি মেন্টরশিপ চলছে।
   *[other] { $active }টি মেন্টরশিপ চলছে।
}
report-peers-title = সহপাঠী রাউন্ড: দেখা হয়েছে?
report-axis-round = রাউন্ড
report-peer-answer = { $answer ->
    [yes] দেখা হয়েছে
    [not-yet] এখনো না
    [no] দেখা হয়নি
   *[none] উত্তর নেই
}
report-peers-line = রাউন্ড { $number } ({ $date }): { $people } জনের মধ্যে { $yes } জনের দেখা হয়েছে ({ $rate }%), { $notYet } জনের এখনো না, { $no } জনের হয়নি, { $silent } জন উত্তর দেননি।
report-peers-hidden = রাউন্ড { $number } ({ $date }): { $k ->
    [one] { $k } জনের
   *[other] { $k } জনের
} কম মানুষ, দেখানো হচ্ছে না
# Issue 12 (wave2-edges): /help start, quotes inside quoted text
cmd-start-summary = আমার সঙ্গে ব্যক্তিগতভাবে কথা শুরু করুন (যোগদান বা উত্তরের লিংক এটি আপনার জন্য খুলে দেয়)
error-quote-inside = উদ্ধৃতিচিহ্নের ভেতরের লেখায় একটি { $quote } থাকলে লেখাটি আগেভাগেই শেষ হয়ে যায়। এটি \{ $quote } হিসেবে লিখুন অথবা লেখার চারপাশে অন্য উদ্ধৃতিচিহ্ন (“…” বা «…») ব্যবহার করুন।
keyword-duration-minutes = মিনিট
keyword-duration-hours = ঘণ্টা, ঘন্টা
keyword-duration-days = দিন
keyword-duration-weeks = সপ্তাহ

## w4-checkins
checkin-next-after-skip = { $next } ({ $skipped } বাদ দেওয়া হয়েছে)
checkin-error-duplicate = সময়সূচি #{ $id }-এর ইতিমধ্যে এই ছন্দই আছে: দ্বিতীয়টি প্রতিটি চেক-ইন ও সারসংক্ষেপ দুবার পোস্ট করবে। অন্য সময় বাছুন, অথবা /checkin list দেখুন।
checkin-error-already-open = সময়সূচি #{ $id }-এর চেক-ইন ইতিমধ্যে { $closes } পর্যন্ত খোলা: উত্তর সেখানেই যায়।
checkin-stats-open = এখন খোলা: সময়সূচি #{ $id }, এ পর্যন্ত { $total } জনের মধ্যে { $answered } জন উত্তর দিয়েছেন; বন্ধ হবে { $closes }।
cohort-error-create-right = এখানে ব্যাচ তৈরি করতে পারেন শুধু এই চ্যাটের একজন অ্যাডমিন (অথবা এর ব্যাচের একজন সমন্বয়ক)।
cohort-timezone-not-given = { $source ->
    [yours] টাইমজোন: { $timezone } (আপনার; কোনোটি দেওয়া হয়নি)।
   *[default] টাইমজোন: { $timezone } (ডিফল্ট; কোনোটি দেওয়া হয়নি)।
} চেক-ইন এটি মেনে চলে। বদলাতে: /cohort edit --timezone অঞ্চল/শহর
checkin-digest-coordinators-kept = শেয়ার করা উত্তর সমন্বয়কদের জন্য রাখা আছে: তাঁরা ব্যক্তিগতভাবে /checkin digest দিয়ে পড়েন।
checkin-digest-coordinators-start = { $names }: আমি এখনো আপনাকে ব্যক্তিগতভাবে লিখতে পারি না, তাই আপনার সারসংক্ষেপ অপেক্ষা করছে। আমার সঙ্গে একটি ব্যক্তিগত চ্যাট খুলে /checkin digest পাঠান।
cmd-checkin-digest-summary = সমন্বয়কেরা যেভাবে পড়েন সেভাবে সর্বশেষ চেক-ইন: কারা অংশ নিয়েছেন ও শেয়ার করা উত্তর (ব্যক্তিগতভাবে পাঠানো হয়)
cmd-checkin-digest-usage = /checkin digest
checkin-answer-updated = প্রশ্ন { $n }-এর উত্তর হালনাগাদ হয়েছে।
timezone-cleared = আপনার টাইমজোন মুছে ফেলা হয়েছে; সময় দেখানো হয় { $timezone } অনুযায়ী (এখন { $now })।
## w4-network
cmd-network-summary = ব্যাচের নেটওয়ার্ক: ব্যাচগুলো যুক্ত করুন, শিক্ষা ভাগ করুন, পাশাপাশি দেখুন
cmd-network-usage = /network [list|create|invite|join|leave|hub|settings|report|announce]
cmd-network-list-summary = যেসব নেটওয়ার্কে এই ব্যাচ আছে
cmd-network-list-usage = /network list
cmd-network-create-summary = এই ব্যাচ দিয়ে একটি নেটওয়ার্ক শুরু করুন; আপনি সমন্বয়ক হবেন
cmd-network-create-usage = /network create "নাম"
cmd-network-invite-summary = আরেকটি ব্যাচের জন্য একবারের কোড (ব্যক্তিগতভাবে পাঠানো হয়)
cmd-network-invite-usage = /network invite ["নেটওয়ার্ক"]
cmd-network-join-summary = এই ব্যাচ কোড দিয়ে নেটওয়ার্কে যোগ দেয় (শুধু এর সমন্বয়ক)
cmd-network-join-usage = /network join কোড
cmd-network-leave-summary = এই ব্যাচ নেটওয়ার্ক ছেড়ে যায়
cmd-network-leave-usage = /network leave ["নেটওয়ার্ক"]
cmd-network-hub-summary = এই চ্যাটকে নেটওয়ার্কের কেন্দ্র করুন, যেখানে এর সারসংক্ষেপ আসে
cmd-network-hub-usage = /network hub ["নেটওয়ার্ক"]
cmd-network-settings-summary = এই ব্যাচের ভাগ করা জিনিস সমন্বয়কের অনুমোদনের অপেক্ষা করবে কি না
cmd-network-settings-usage = /network settings [--approval on|off] [--announcements on|off] ["নেটওয়ার্ক"]
cmd-network-report-summary = নেটওয়ার্কের ব্যাচগুলো পাশাপাশি (ব্যক্তিগতভাবে পাঠানো হয়)
cmd-network-report-usage = /network report ["নেটওয়ার্ক"]
cmd-share-summary = আপনার প্রতিফলন, চেক-ইন উত্তর বা অঙ্গীকারের একটি আপনার ব্যাচের নেটওয়ার্কে দিন
cmd-share-usage = /share [withdraw]
cmd-share-list-summary = ভাগ করার জন্য কিছু বেছে নিন
cmd-share-list-usage = /share
cmd-share-withdraw-summary = পাঠানোর আগে কিছু ফিরিয়ে নিন
cmd-share-withdraw-usage = /share withdraw
field-network-name = নেটওয়ার্কের নাম
network-created = { $cohort } নিয়ে “{ $name }” নেটওয়ার্ক তৈরি হয়েছে। আপনি এর সমন্বয়ক। <code>/network invite</code> দিয়ে আরেকটি ব্যাচকে আমন্ত্রণ জানান।
network-invite-code = “{ $name }”-এর জন্য একবারের কোড: <code>{ $code }</code>। { $until } পর্যন্ত, একটি ব্যাচের জন্য বৈধ। সেই ব্যাচের সমন্বয়ক ব্যাচের গ্রুপে <code>/network join { $code }</code> লেখেন।
network-joined = { $cohort } “{ $name }”-এ যোগ দিয়েছে। এখন নেটওয়ার্কে ব্যাচ: { $count }।
network-left = { $cohort } “{ $name }” ছেড়ে গেছে। এই ব্যাচের যা এখনো পাঠানো হয়নি তা যাবে না।
network-list-none = { $cohort } কোনো নেটওয়ার্কে নেই। সমন্বয়ক <code>/network create "নাম"</code> দিয়ে একটি শুরু করতে পারেন বা কোড দিয়ে যোগ দিতে পারেন।
network-list-title = { $cohort }-এর নেটওয়ার্ক:
network-list-line = • “{ $name }”: { $cohorts }; অনুমোদন { $approval ->
    [on] চালু
   *[off] বন্ধ
}; কেন্দ্র { $hub ->
    [yes] যুক্ত
   *[no] যুক্ত নয়
}
network-approval-set = { $cohort } থেকে “{ $name }”-এ ভাগ করা জিনিস { $approval ->
    [on] এখন সমন্বয়কের অনুমোদনের অপেক্ষা করে।
   *[off] এখন অনুমোদন ছাড়াই যায়।
}
network-error-none = এই ব্যাচ কোনো নেটওয়ার্কে নেই।
network-error-which = কোন নেটওয়ার্ক বলুন: { $names }।
network-error-unknown-name = এখানে “{ $name }” নামে কোনো নেটওয়ার্ক নেই। নেটওয়ার্ক: { $names }।
network-error-not-network-coordinator = এটি শুধু নেটওয়ার্কের সমন্বয়করা পারেন, আর আপনি কোনো নেটওয়ার্কের সমন্বয়ক নন।
network-error-too-many = একটি ব্যাচ সর্বোচ্চ { $max ->
    [one] { $max }টি নেটওয়ার্কে
   *[other] { $max }টি নেটওয়ার্কে
} থাকতে পারে।
network-error-code-unknown = এই কোড অজানা। নেটওয়ার্কের সমন্বয়কের কাছে নতুন কোড চান।
network-error-code-used = এই কোড আগেই ব্যবহার হয়েছে। প্রতিটি কোডে একটি ব্যাচই যোগ দেয়; নতুন চান।
network-error-code-expired = এই কোডের মেয়াদ শেষ। নেটওয়ার্কের সমন্বয়কের কাছে নতুন কোড চান।
network-error-already-in = { $cohort } আগে থেকেই “{ $name }”-এ আছে। কোড ব্যবহার হয়নি।
network-error-approval-value = <code>--approval on</code> বা <code>--approval off</code> লিখুন।
network-hub-attached = এই চ্যাট এখন “{ $name }”-এর কেন্দ্র: নেটওয়ার্কে ভাগ করা শিক্ষার সাপ্তাহিক সারসংক্ষেপ এখানে আসবে।
network-hub-error-cannot-post = আমি ওই চ্যাটে পোস্ট করতে পারি না, তাই সেটি “{ $name }”-এর কেন্দ্র হয়নি। আমাকে সেখানে পোস্ট করতে দিন এবং আবার চেষ্টা করুন।
network-digest-title = “{ $name }” নেটওয়ার্ক থেকে: এর সদস্যরা যা ভাগ করতে বেছে নিয়েছেন ({ $count })
network-digest-language = <b>{ $language } ভাষায়</b>
network-digest-item = • { $text } ({ $cohort })
network-digest-item-named = • { $text } ({ $cohort }, { $author })
network-share-title = আপনার ব্যাচের নেটওয়ার্কে কী দিতে চান? আপনি না বাছলে কিছুই যায় না।
network-share-item = { $n }. { $kind ->
    [reflection] প্রতিফলন
    [checkin] চেক-ইন উত্তর
   *[commitment] অঙ্গীকার
} ({ $cohort }): { $text }
network-share-button = ভাগ করুন { $n }
network-share-outcome = { $text } — { $status ->
    [done] সম্পন্ন
    [partly] আংশিক সম্পন্ন
    [not-yet] এখনো নয়
   *[let-go] ছেড়ে দিয়েছি
}
network-share-confirm = আপনি এটি { $networks }-কে দিচ্ছেন:
    { $text }
    সারসংক্ষেপে কি আপনার নাম দেখাবে?
network-share-with-name = আমার নামসহ ভাগ করুন
network-share-without-name = আমার নাম ছাড়া ভাগ করুন
network-share-cancel = বাতিল
network-share-cancelled = কিছুই ভাগ করা হয়নি।
network-share-done = { $networks }-এর সাথে ভাগ করা হয়েছে। পরের সারসংক্ষেপে যাবে; ততক্ষণ <code>/share withdraw</code> এটি ফিরিয়ে নেয়।
network-share-pending = { $networks }-কে দেওয়া হয়েছে। আগে আপনার ব্যাচের সমন্বয়ক অনুমোদন দেবেন; <code>/share withdraw</code> এটি ফিরিয়ে নেয়।
network-share-error-no-network = আপনার কোনো ব্যাচ কোনো নেটওয়ার্কে নেই, তাই ভাগ করার কেউ নেই।
network-share-error-nothing = ভাগ করার মতো কোনো প্রতিফলন, চেক-ইন উত্তর বা অঙ্গীকারের ফল আপনার এখনো নেই।
network-share-error-gone = এটি আর আপনার নয়, বা আর নেই।
network-share-error-already = আপনি এটি আগেই এই নেটওয়ার্কগুলোকে দিয়েছেন।
network-approve-ask = { $cohort }-এর একজন সদস্য এটি “{ $network }” নেটওয়ার্কের সাথে ভাগ করতে চান:
    { $text }
network-approve-yes = অনুমোদন
network-approve-no = প্রত্যাখ্যান
network-approve-done = অনুমোদিত: পরের সারসংক্ষেপে যাবে।
network-decline-done = প্রত্যাখ্যাত: যাবে না।
network-approve-already = অন্য একজন সমন্বয়ক আগেই সিদ্ধান্ত নিয়েছেন, বা লেখক ফিরিয়ে নিয়েছেন।
network-approve-not-coordinator = শুধু সেই ব্যাচের সমন্বয়ক সিদ্ধান্ত নিতে পারেন।
network-withdraw-item = { $n }. { $text }
network-withdraw-button = ফিরিয়ে নিন { $n }
network-report-title = “{ $name }”, গত 30 দিন (ব্যাচ: { $count })
network-report-line = • { $cohort }: { $members ->
    [one] { $members } জন সদস্য
   *[other] { $members } জন সদস্য
}, { $active } জন চেক-ইনের উত্তর দিয়েছেন, { $checkins ->
    [yes] উত্তরের হার { $rate }%
   *[no] কোনো চেক-ইন নেই
}
network-report-line-small = • { $cohort }: 5 জনের কম সদস্য, দেখানো হয়নি
network-report-error-one = “{ $name }”-এ একটিই ব্যাচ: এখনো তুলনার কিছু নেই। <code>/network invite</code> দিয়ে আরেকটিকে আমন্ত্রণ জানান।
mydata-network-shares = আপনি নেটওয়ার্কের সাথে যা ভাগ করেছেন ({ $count }):
mydata-network-share = • “{ $network }” ({ $status ->
    [pending] অনুমোদনের অপেক্ষায়
    [approved] সারসংক্ষেপের অপেক্ষায়
    [declined] প্রত্যাখ্যাত
    [withdrawn] ফিরিয়ে নেওয়া
   *[sent] পাঠানো হয়েছে
}, { $named ->
    [yes] আপনার নামসহ
   *[no] আপনার নাম ছাড়া
}): { $text }
mydata-network-coordinator = আপনি এই নেটওয়ার্কগুলোর সমন্বয়ক: { $names }।
cmd-network-announce-summary = নেটওয়ার্কের প্রতিটি ব্যাচের গ্রুপে একটি বার্তা ঘোষণা করুন
cmd-network-announce-usage = /network announce লেখা [--network "নেটওয়ার্ক"]
field-announcement = ঘোষণা
network-error-announcements-value = <code>--announcements on</code> বা <code>--announcements off</code> লিখুন।
network-announcements-set = নেটওয়ার্কের ঘোষণা { $announcements ->
    [on] এখন { $cohort }-এ পৌঁছায়।
   *[off] আর { $cohort }-এ পৌঁছায় না।
} (“{ $name }”)
network-announcement = <b>“{ $name }” নেটওয়ার্ক থেকে</b>
    { $text }
network-announce-sent = “{ $name }”-এর ঘোষণা ব্যাচের গ্রুপের জন্য সারিতে: { $sent }; পাঠানো হয়নি (চায়নি বা পৌঁছানো যায় না): { $skipped }।
## w4-surveys
survey-k-too-few = { $k ->
    [one] { $k }-এর কম উত্তর
   *[other] { $k }-এর কম উত্তর
}: দেখানো হয়নি।
survey-k-too-few-people = { $k ->
    [one] { $k } জনের কম
   *[other] { $k } জনের কম
} উত্তর দিয়েছেন: কিছুই দেখানো হয় না, যাতে কাউকে আলাদা করে চেনা না যায়।
survey-k-change-too-few = { $question }: { $k ->
    [one] { $k }-এর কম উত্তর
   *[other] { $k }-এর কম উত্তর
}, দেখানো হয়নি
survey-k-few = { $k }-এর কম
survey-error-audience-to = “{ $value }”-এ পাঠাতে পারছি না। --to cohort, --to gathering:নম্বর বা --to role:mentor (বা role:member, role:coordinator) ব্যবহার করুন।
survey-error-no-gathering = এই দলে { $id } নম্বরের কোনো সমাবেশ নেই।
survey-error-nobody = কোনো সক্রিয় সদস্য “{ $value }”-এর সাথে মেলে না: কিছুই পাঠানো হয়নি।
survey-chart-before = আগে
survey-chart-after = পরে
survey-chart-change-title = আত্মমূল্যায়ন, আগে ও পরে
survey-chart-means-title = জরিপের স্কেল: গড় উত্তর
survey-chart-theme = বিষয়
survey-chart-question = প্রশ্ন
survey-chart-mean = গড়
survey-error-format = “{ $value }” কোনো ফরম্যাট নয়: --format json বা --format text ব্যবহার করুন।
survey-error-export-text = এই জরিপে কয়েকটি ভাষায় লেখা বা শুরুর লেখা আছে: এটি শুধু JSON হিসেবে রপ্তানি করা যায়।
survey-exported = জরিপ { $number }, /survey import-এ পেস্ট করার জন্য:
survey-exported-file = জরিপ { $number } উপরের ফাইলে আছে; এর বিষয়বস্তু /survey import-এ পেস্ট করুন।
button-survey-delete = মুছুন
survey-delete-confirm =
    { $answers ->
        [one] জরিপ { $number } “{ $title }” এর { $answers }টি উত্তরসহ মুছবেন? এটি ফেরানো যাবে না।
       *[other] জরিপ { $number } “{ $title }” এর { $answers }টি উত্তরসহ মুছবেন? এটি ফেরানো যাবে না।
    }
survey-delete-cancelled = কিছুই মোছা হয়নি।
survey-deleted = জরিপ { $number } “{ $title }” ও এর উত্তরগুলো মুছে ফেলা হয়েছে।
survey-error-summary-too-few = { $k ->
    [one] { $k } জনের কম
   *[other] { $k } জনের কম
} উত্তর দিয়েছেন: দলে কিছুই পোস্ট করা হয়নি।
survey-summary-title = <b>জরিপের ফলাফল: { $title }</b> ({ $n ->
    [one] { $n }টি উত্তর
   *[other] { $n }টি উত্তর
})
survey-summary-posted = জরিপ { $number }-এর সারাংশ দলে পোস্ট করা হয়েছে (লেখা উত্তর ছাড়া, শুধু যথেষ্ট মানুষের ফলাফল)।
survey-poll-anonymous-note = বেনামী: বট উত্তর গোনে, কে দিয়েছেন তা রাখে না। প্রতিজনের একটি উত্তর।
survey-poll-counted = বেনামে গোনা হয়েছে।
survey-new-title-ask = নতুন জরিপ। এর শিরোনাম কী? (উত্তর দিন, { $max ->
    [one] { $max } অক্ষর
   *[other] { $max } অক্ষর
} পর্যন্ত; থামাতে “cancel”)
survey-new-menu = <b>{ $title }</b>: { $count ->
    [one] { $count }টি প্রশ্ন
   *[other] { $count }টি প্রশ্ন
}, { $anonymous ->
    [yes] বেনামী
   *[no] নামসহ
}। এরপর কী?
button-survey-new-add = প্রশ্ন যোগ করুন
button-survey-new-anonymous = বেনামী করুন
button-survey-new-named = নামসহ করুন
button-survey-new-preview = পূর্বরূপ
button-survey-new-save = সংরক্ষণ
survey-new-type-ask = কোন ধরনের প্রশ্ন?
button-survey-type-single = একটি বিকল্প
button-survey-type-multi = একাধিক বিকল্প
button-survey-type-scale5 = স্কেল ১–৫
button-survey-type-scale10 = স্কেল ০–১০
button-survey-type-yesno = হ্যাঁ / না
button-survey-type-text = লেখা উত্তর
survey-new-text-ask = প্রশ্ন { $n }: এটি লিখুন (উত্তর দিন, { $max ->
    [one] { $max } অক্ষর
   *[other] { $max } অক্ষর
} পর্যন্ত)।
survey-new-options-ask = বিকল্পগুলো লিখুন, প্রতি লাইনে একটি বা | দিয়ে আলাদা করে, ২ থেকে { $max }টি।
survey-new-required-ask = এর উত্তর দেওয়া কি বাধ্যতামূলক?
button-survey-new-required = বাধ্যতামূলক
button-survey-new-optional = ঐচ্ছিক
survey-new-condition-ask = সবসময় জিজ্ঞেস করবেন, নাকি কোনো উত্তরের পরেই? শর্তের জন্য q2=no-এর মতো লিখুন (প্রশ্ন ২-এর উত্তর “না”)।
button-survey-new-always = সবসময়
survey-new-added = প্রশ্ন { $n } যোগ হয়েছে।
survey-new-no-questions = এখনো কোনো প্রশ্ন নেই।
survey-new-cancelled = নতুন জরিপটি বাদ দেওয়া হয়েছে; কিছুই সংরক্ষণ হয়নি।
survey-new-error-full = একটি জরিপে সর্বোচ্চ { $max ->
    [one] { $max }টি প্রশ্ন
   *[other] { $max }টি প্রশ্ন
} থাকে।
survey-new-error-text = অনুগ্রহ করে ১ থেকে { $max ->
    [one] { $max } অক্ষর
   *[other] { $max } অক্ষর
} লিখুন।
survey-new-error-options = ২ থেকে { $max ->
    [one] { $max }টি বিকল্প
   *[other] { $max }টি বিকল্প
} দিন, প্রতিটি { $len ->
    [one] { $len } অক্ষর
   *[other] { $len } অক্ষর
} পর্যন্ত।
survey-new-error-condition = শর্তটি qN=উত্তর হিসেবে লিখুন, N হলো আগের কোনো প্রশ্ন (১ থেকে { $max })।
survey-new-error-empty = সংরক্ষণের আগে অন্তত একটি প্রশ্ন যোগ করুন।
cmd-survey-new-summary = ধাপে ধাপে জরিপ লিখুন, ব্যক্তিগত চ্যাটে (প্রশ্ন, ধরন, বিকল্প, শর্ত, পূর্বরূপ)
cmd-survey-new-usage = /survey new
cmd-survey-import-summary = পেস্ট করা JSON বা সংক্ষিপ্ত লেখা ফরম্যাট থেকে জরিপ তৈরি করুন (docs/surveys.md)
cmd-survey-import-usage = /survey import [--anonymous] + JSON বা শিরোনাম + প্রতি লাইনে একটি প্রশ্ন
cmd-survey-export-summary = জরিপের সংজ্ঞা, রাখার বা অন্য কোথাও আমদানির জন্য (ব্যক্তিগতভাবে পাঠানো হয়)
cmd-survey-export-usage = /survey export আইডি [--format json|text]
cmd-survey-delete-summary = জরিপ ও এর উত্তর মুছুন (আগে জিজ্ঞেস করে)
cmd-survey-delete-usage = /survey delete আইডি
cmd-survey-poll-summary = দলে একটি প্রশ্ন, ভোট হিসেবে
cmd-survey-poll-usage = /survey poll "প্রশ্ন?" "ক" "খ" [--anonymous] [--deadline 2d]
cmd-survey-threshold-summary = /cohort edit --smallest-group-এর পুরোনো নাম: একটি ফল দেখাতে তার পেছনে কতজন লাগবে (৩ বা বেশি; ডিফল্ট ৫)
cmd-survey-threshold-usage = /survey threshold [সংখ্যা]
## w4-gatherings
cmd-gathering-ics-summary = একটি সমাবেশের ক্যালেন্ডার ফাইল, আপনাকে ব্যক্তিগতভাবে পাঠানো হয়
cmd-gathering-ics-usage = /gathering ics নম্বর
cmd-gathering-feed-summary = দলের ক্যালেন্ডারে সাবস্ক্রাইব করার লিংক (ব্যক্তিগতভাবে); reset নতুন লিংক বানায় ও পুরোনোটি বন্ধ করে
cmd-gathering-feed-usage = /gathering feed [reset]
cmd-gathering-code-summary = “আমি এখানে” চাপার জন্য দরকারি কক্ষের কোড ঠিক করুন (আপনাকে ব্যক্তিগতভাবে দেখানো হয়)
cmd-gathering-code-usage = /gathering code নম্বর [কোড|-]
cmd-gathering-settings-summary = কখন অনুস্মারক যাবে আর ফলো-আপ কখন জিজ্ঞেস করবে
cmd-gathering-settings-usage = /gathering settings [--reminders 7d,1d,1h] [--steps 1,7,30,90]
gathering-settings = সমাবেশের আগে অনুস্মারক: { $reminders }। ফলো-আপ, সমাবেশের পরে দিনের হিসাবে: { $steps } (প্রথমটি জিজ্ঞেস করে কে কী চেষ্টা করবেন)।
gathering-settings-saved = সংরক্ষিত। সমাবেশের আগে অনুস্মারক: { $reminders }। ফলো-আপ, সমাবেশের পরে দিনের হিসাবে: { $steps }।
gathering-settings-error-reminders = “{ $value }” অনুস্মারকের তালিকা নয়: শুরুর আগে সর্বোচ্চ { $max ->
    [one] { $max }টি সময়
   *[other] { $max }টি সময়
} লিখুন, যেমন 7d,1d,1h (15m থেকে 60d), অথবা কোনোটি না চাইলে -।
gathering-settings-error-steps = “{ $value }” ফলো-আপের ক্রম নয়: সমাবেশের পরে 2 থেকে { $max ->
    [one] { $max }টি দিন
   *[other] { $max }টি দিন
}, ক্রমবর্ধমানভাবে লিখুন, যেমন 1,7,30,90।
gathering-reminder-in = { $span } পরে: { $answer ->
    [maybe] (আপনি হয়তো বলেছিলেন)
   *[going] (আপনি বলেছিলেন আসছেন)
}
gathering-commit-ask-days = “{ $title }” ({ $cohort })-এ আসার জন্য ধন্যবাদ। আগামী কয়েক সপ্তাহে আপনি কী চেষ্টা করবেন? এক থেকে তিনটি বিষয় লিখুন, প্রতিটি /commit দিয়ে, যেমন: <code>/commit প্রথম এডিট-এ-থন আয়োজন --by 2027-05-01</code>। শুধু আপনি এগুলো পড়বেন, যদি না --visibility mentor বা coordinators যোগ করেন। সমাবেশের { $days ->
    [one] { $days } দিন
   *[other] { $days } দিন
} পরে জিজ্ঞেস করব কেমন চলছে।
gathering-followup-target = আপনার লক্ষ্য তারিখ: { $date }।
commit-error-bad-date = “{ $value }” কোনো তারিখ নয়: 2027-04-30 এর মতো লিখুন।
commit-error-date-past = { $value } পেরিয়ে গেছে: আজ বা তার পরের কোনো দিন দিন।
commit-error-date-too-far = { $value } এক বছরেরও বেশি দূরে: কাছাকাছি কোনো ধাপ বেছে নিন।
commit-saved-target = লক্ষ্য তারিখ: { $date }।
commitment-target = ({ $date }-এর মধ্যে)
commitment-status-word = { $status ->
    [done] সম্পন্ন
    [partly] আংশিক সম্পন্ন
    [not-yet] এখনো না
    [let-go] বাদ দেওয়া হয়েছে
   *[open] খোলা
}
commitment-visibility-word = { $visibility ->
    [mentor] আপনি ও আপনার মেন্টর
    [coordinators] আপনি ও সমন্বয়কারীরা
   *[me] শুধু আপনি
}
gathering-answer-word = { $answer ->
    [going] আসছি
    [maybe] হয়তো
    [no] আসছি না
   *[waitlist] অপেক্ষা তালিকায়
}
gathering-present-word = { $present ->
    [yes] হ্যাঁ
   *[no] না
}
commitment-answer-not-yet-peer = লিখে রাখলাম: এখনো না। কিছু কি আটকে দিচ্ছে? { $peer }-ও “{ $topic }” নিয়ে কাজ করেন: এক চাপে আমি তাঁকে জানাব আপনি কী চেষ্টা করতে চেয়েছিলেন এবং যোগাযোগ করতে বলব।
button-commitment-ask-peer = { $peer }-এর কাছে সাহায্য চান
commitment-help-to-peer = { $mentee } ({ $cohort }) একটি সমাবেশের পরে যা চেষ্টা করতে চেয়েছিলেন তাতে আটকে আছেন: “{ $text }”। আপনারা দুজনেই “{ $topic }” নিয়ে কাজ করেন: আপনি কি যোগাযোগ করতে পারবেন?
gathering-ics-join = অনলাইনে যোগ দিন: { $url }
gathering-ics-caption = আপনার ক্যালেন্ডারের জন্য “{ $title }”
gathering-ics-sent = আপনার ক্যালেন্ডারের জন্য “{ $title }” ব্যক্তিগতভাবে পাঠিয়েছি।
gathering-ics-unreachable = আমি আপনাকে ব্যক্তিগতভাবে ফাইল পাঠাতে পারছি না: আমার সাথে একটি ব্যক্তিগত চ্যাট খুলুন (সেখানে /start পাঠান) এবং আবার চেষ্টা করুন।
gathering-feed = দলের ক্যালেন্ডার: আপনার ক্যালেন্ডার অ্যাপে <code>{ $webcal }</code> (অথবা { $https }) সাবস্ক্রাইব করুন। সমাবেশ, পরিবর্তন ও বাতিল সেখানে নিজে থেকেই দেখা যাবে। শুধু সদস্যদের সাথে শেয়ার করুন: লিংক যার কাছে আছে সে সমাবেশগুলো পড়তে পারে। /gathering feed reset নতুন লিংক বানায় ও এটি বন্ধ করে।
gathering-feed-reset = ক্যালেন্ডারের নতুন লিংক: <code>{ $webcal }</code> (অথবা { $https })। পুরোনো লিংক আর কাজ করে না; যাঁরা সাবস্ক্রাইব করেছেন তাঁদের নতুনটি লাগবে।
gathering-feed-no-url = বটের কোনো সর্বজনীন ঠিকানা ঠিক করা নেই (PUBLIC_URL), তাই ক্যালেন্ডার লিংক দিতে পারছি না। পরিচালনাকারীকে জিজ্ঞেস করুন; ততক্ষণ /gathering ics নম্বর একটি সমাবেশ ফাইল হিসেবে পাঠায়।
gathering-code-error-format = “{ $value }” কক্ষের কোড হতে পারে না: 3 থেকে 12টি অক্ষর বা সংখ্যা।
gathering-code-set = #{ $number } “{ $title }”-এর কক্ষের কোড: <b>{ $code }</b>। কক্ষে এটি ঘোষণা করুন; সবাই /here { $code } দিয়ে উপস্থিতি জানান (আমার সাথে ব্যক্তিগতভাবে হলে ভালো)। /gathering code { $number } - এটি সরিয়ে দেয়।
gathering-code-cleared = #{ $number } “{ $title }”-এর “আমি এখানে” চাপতে আর কোড লাগে না।
gathering-here-needs-code = এই সমাবেশে কক্ষের একটি কোড আছে, যা সেখানে ঘোষণা করা হয়: /here { $number } কোড পাঠান (আমার সাথে ব্যক্তিগতভাবে হলে ভালো)।
gathering-error-wrong-code = এটি কক্ষের কোড নয়। সেখানে আয়োজকদের কাছ থেকে মিলিয়ে নিন।
## w4-pairing
pair-confirmed-requests = যে মেন্টরদের জিজ্ঞেস করেছি: { $mentors }। পাঠানো অনুরোধ: { $requests }। প্রত্যেক মেন্টরের উত্তর দিতে { $hours } ঘণ্টা সময় আছে; উত্তর না এলে ব্যক্তিকে পরবর্তী সবচেয়ে উপযুক্ত মেন্টরের কাছে প্রস্তাব করা হয়।
pair-by-hand-in-group = হাতে দুজনকে জোড়া বানানো কোহর্টের গ্রুপে হয়: সেখানে /pair @মেন্টর @মেন্টি পাঠান।
pair-mine-no-cohort = আপনি এখনও কোনো কোহর্টে নেই। কোনো কোহর্টের গ্রুপে /join দিয়ে যোগ দিন।
pair-mine-cohort = <b>{ $name }</b>
pair-intro-time-one-zone = • { $when } ({ $zone })
pair-intro-reach = সরাসরি { $other }-কে লিখুন: নামে ট্যাপ করুন।
pair-intro-times-both = দেখা করার কিছু সময়, আপনাদের দুজনেরই জেগে থাকার সময়ের মধ্যে:
pair-ended-unpaired = { $person }, একজন সমন্বয়ক { $name }-এ { $other }-এর সঙ্গে আপনার মেন্টরশিপ শেষ করেছেন।
pair-ended-left = { $person }, { $other } { $name } ছেড়ে গেছেন, তাই আপনাদের মেন্টরশিপ শেষ হয়েছে।
pair-ended-away = { $person }, { $other } কিছুদিন { $name } থেকে দূরে আছেন, তাই আপনাদের মেন্টরশিপ শেষ হয়েছে।
pair-ended-next-mentor = আমি আপনার জন্য পরবর্তী সবচেয়ে উপযুক্ত মেন্টরকে জিজ্ঞেস করছি; কেউ রাজি হলে আপনাকে জানানো হবে।
mydata-someone-who-left = চলে যাওয়া কেউ
pair-reason-language-unknown = কোনো ভাষা জানানো হয়নি
person-pick = “{ $who }” নামে একাধিক সদস্য আছেন। আপনি কার কথা বলছেন?
pair-ask-open-private = <a href="{ $link }">আমার সঙ্গে একটি ব্যক্তিগত চ্যাট খুলুন</a>, তাহলে এমন অনুরোধ সেখানেই আপনার কাছে পৌঁছাবে।
pair-ended-you-left = { $person }, আপনি { $name } ছেড়ে গেছেন, তাই { $other }-এর সঙ্গে আপনার মেন্টরশিপ শেষ হয়েছে।
pair-ended-you-away = { $person }, আপনি কিছুদিন { $name } থেকে দূরে আছেন, তাই { $other }-এর সঙ্গে আপনার মেন্টরশিপ শেষ হয়েছে; তাঁকে অন্য মেন্টর প্রস্তাব করা হবে।
## w4-reports
cmd-audit-summary = দলে কে কী করেছে (ভূমিকা, জুটি, রপ্তানি, জরিপ), আপনাকে ব্যক্তিগতভাবে পাঠানো হয়
cmd-audit-usage = /audit [--since 2027-01-01]
audit-empty = { $cohort }-এর অডিট লগে এখনও কিছু নেই।
audit-header = <b>{ $cohort }-এর অডিট লগ</b>: { $count ->
    [one] সর্বশেষ এন্ট্রি
   *[other] সর্বশেষ { $count }টি এন্ট্রি, নতুনটি আগে
} (শুধু আইডি ও সেটিংস)।
audit-error-word = /audit শুধু --since 2027-01-01 নেয়; এখানে "{ $word }" আমি চিনি না।
report-web-not-set-up = এই বটে রিপোর্ট পাতা চালু নেই: পরিচালক PUBLIC_URL ঠিক করবেন (docs/configuration.md)।
report-web-link = { $cohort }-এর জন্য আপনার ব্যক্তিগত রিপোর্ট পাতা ({ $hours } ঘণ্টা বৈধ)। এটি অন্যকে দেবেন না: লিংক যার কাছে আছে সে মেয়াদ শেষ হওয়া পর্যন্ত পাতাটি পড়তে পারে। /report web revoke সব লিংক বন্ধ করে।
report-web-revoked = { $cohort }-এর এ পর্যন্ত দেওয়া রিপোর্ট পাতার কোনো লিংক আর কাজ করে না।
report-web-title = রিপোর্ট: { $cohort }
report-web-downloads = ডাউনলোড
report-web-audit = অডিট লগ
report-web-audit-when = কখন
report-web-audit-who = কে
report-web-audit-action = কাজ
report-web-audit-details = বিস্তারিত
report-web-expires = এই লিংক { $at } পর্যন্ত কাজ করে।
network-hub-error-not-admin = শুধু এই চ্যাটের অ্যাডমিন এটিকে কোনো নেটওয়ার্কের কেন্দ্র করতে পারেন।
## lead: nudge fallback
checkin-nudge-group = { $person }, দল নিয়ে আপনার জন্য আমার একটি প্রশ্ন আছে। আমি আগে আপনাকে লিখতে পারি না: পড়তে { $link } খুলে Start চাপুন।
checkin-nudge-group-private = { $person }, দল নিয়ে আপনার জন্য আমার একটি প্রশ্ন আছে। পড়তে আমাকে ব্যক্তিগতভাবে লিখুন।
## w5-gatherings
gathering-code-error-digits = “{ $value }”-এ শুধু সংখ্যা আছে, তাই /here এটিকে সমাবেশের নম্বর হিসেবে পড়বে। অন্তত একটি অক্ষরসহ কক্ষের কোড বেছে নিন, অথবা /gathering code { $number } পাঠান, আমি একটি কোড বানিয়ে দেব।
## w5-nethub
network-offer-ask = এটি কি নেটওয়ার্ক { $networks }-এ দেবেন? { $kind ->
    [reflection] আপনার প্রতিফলন
    [checkin] আপনার চেক-ইন উত্তর
   *[commitment] আপনার অঙ্গীকার কেমন গেল
}:
    { $text }
    আপনি এখানে (বা পরে <code>/share</code> দিয়ে) না বাছলে কিছুই পাঠানো হয় না।
network-offer-no = এটি নয়
network-digest-theme-language = <b>{ $themes } · { $language } ভাষায়</b>
network-report-gatherings = { "  " }সমাবেশ: { $gatherings }, অঙ্গীকার: { $commitments }, সম্পন্ন: { $done }, আংশিক: { $partly } ({ $rate }% সম্পন্ন)
network-report-chart-title = “{ $name }”: প্রতিটি দলের চেক-ইন সাড়া ও সম্পন্ন ফলো-আপ
network-report-axis-response = চেক-ইন সাড়া
network-report-axis-followups = সম্পন্ন ফলো-আপ
cmd-network-export-summary = নেটওয়ার্কের সংখ্যাগুলো ফাইলে, দলগুলোর এক্সপোর্ট থেকে তৈরি (ব্যক্তিগতভাবে পাঠানো হয়)
cmd-network-export-usage = /network export [csv|json|wikitext] ["নেটওয়ার্ক"]
network-hub-channel-code = কোনো Telegram চ্যানেলকে “{ $name }”-এর কেন্দ্র করতে: আমাকে চ্যানেলে এমন অ্যাডমিন হিসেবে যোগ করুন যে পোস্ট করতে পারে, তারপর এক ঘণ্টার মধ্যে সেখানে এটি পোস্ট করুন:
    <code>/network hub { $code }</code>
    আমি চ্যানেলে নিশ্চিত করব, সেই পোস্টটি সরিয়ে দেব এবং এখানে আপনাকে জানাব। কোনো গ্রুপ বা Matrix রুমের জন্য সেখানেই <code>/network hub</code> চালান।
network-hub-channel-done = চ্যানেল { $channel } এখন “{ $name }”-এর কেন্দ্র।
network-hub-channel-bad-code = এই কেন্দ্র কোডটি অজানা, ব্যবহৃত বা মেয়াদোত্তীর্ণ। নেটওয়ার্কের সমন্বয়কারী আমাকে ব্যক্তিগতভাবে <code>/network hub</code> পাঠিয়ে নতুন কোড পেতে পারেন।
network-space-created = আমি Matrix স্পেস “{ $name }” তৈরি করে আপনাকে আমন্ত্রণ জানিয়েছি; এতে দলগুলোর রুম: { $count }। নেটওয়ার্কে যোগ দেওয়া বা ছেড়ে যাওয়া দলের রুম যোগ বা সরানো হয়।
network-space-synced = “{ $name }”-এর স্পেস আবার হালনাগাদ; এতে দলগুলোর রুম: { $count }।
network-space-error-platform = স্পেস Matrix-এর বিষয়: এটি Matrix-এ চালান। Telegram-এ কোনো গ্রুপ বা চ্যানেলকে কেন্দ্র করুন (<code>/network hub</code>)।
cmd-network-space-summary = নেটওয়ার্কের দলগুলোর রুম নিয়ে একটি Matrix স্পেস, সবসময় হালনাগাদ
cmd-network-space-usage = /network space ["নেটওয়ার্ক"]
## w5-surveys
button-survey-back = « পেছনে
survey-back-first = এটি প্রথম প্রশ্ন: এর আগে বদলানোর মতো কোনো উত্তর নেই।
survey-dm-your-answer = এখন পর্যন্ত আপনার উত্তর: { $answer }
survey-back-none = কোনো জরিপের প্রশ্ন আপনার অপেক্ষায় নেই। /surveys আপনার খোলা জরিপগুলো দেখায়।
survey-dm-back-hint = আগের উত্তর বদলাতে “পেছনে” লিখুন।
smallest-group-is = দলের সবচেয়ে ছোট দেখানো গোষ্ঠী { $count ->
    [one] { $count } জন
   *[other] { $count } জন
}: জরিপের ফল, এবং সমন্বয়কদের ব্যক্তিগত দৃশ্যের বাইরে প্রতিবেদন ও সারাংশ, এর চেয়ে কম মানুষের কোনো গণনা, অংশ বা গড় দেখায় না।
smallest-group-set = এখন থেকে গণনা, অংশ ও গড় দেখাতে তার পেছনে অন্তত { $count ->
    [one] { $count } জন
   *[other] { $count } জন
} লাগবে (জরিপ, প্রতিবেদন, সারাংশ)।
smallest-group-moved = এটি এখন জরিপ, প্রতিবেদন ও সব গণনার জন্য দলের একটিই সেটিং: /cohort edit --smallest-group সংখ্যা (৩ থেকে ১০০; ডিফল্ট ৫)।
smallest-group-error = সবচেয়ে ছোট দেখানো গোষ্ঠী { $min } থেকে { $max }-এর মধ্যে একটি পূর্ণসংখ্যা; “{ $value }” তা নয়।
cohort-card-smallest-group = সবচেয়ে ছোট দেখানো গোষ্ঠী: { $count ->
    [one] { $count } জন
   *[other] { $count } জন
} (এর চেয়ে ছোট গণনা দেখানো হয় না)।
survey-status-word = { $status ->
    [draft] এখনও পাঠানো হয়নি
    [closed] বন্ধ
   *[open] খোলা
}
## w5-netmatch
cmd-network-meet-summary = নেটওয়ার্কের অন্য কোনো ব্যাচের কারও সঙ্গে পরিচিত হন (হ্যাঁ বা না; উত্তর ব্যক্তিগতভাবে)
cmd-network-meet-usage = /network meet [on|off] ["নেটওয়ার্ক"]
cmd-network-round-summary = নাম লেখানো সদস্যদের অন্য ব্যাচের কারও সঙ্গে পরিচয় করানো (নেটওয়ার্ক সমন্বয়কেরা)
cmd-network-round-usage = /network round [every 2w|off] ["নেটওয়ার্ক"]
network-meet-status-title = অন্য ব্যাচের মানুষের সঙ্গে পরিচয়:
network-meet-status-line = • “{ $network }” ({ $cohort }-এর মাধ্যমে): { $state ->
    [on] হ্যাঁ
   *[off] না
  }
network-meet-explain = নেটওয়ার্ক সমন্বয়ক একটি পর্ব শুরু করলে ব্যক্তিগতভাবে আপনাকে অন্য ব্যাচের কারও সঙ্গে পরিচয় করানো হয়, সম্ভব হলে যার সঙ্গে একটি ভাষা ও বিষয় মেলে। সেই ব্যক্তি আপনার নাম, আপনার ব্যাচ এবং আপনার সঙ্গে যোগাযোগের উপায় (আপনার Telegram @username বা Matrix ID) দেখেন; আপনি তাঁরটা দেখেন।
network-meet-button-on = হ্যাঁ, পরিচয় করিয়ে দিন
network-meet-button-off = না, বন্ধ করুন
network-meet-on = { $networks }-এ আপনাকে অন্য ব্যাচের কারও সঙ্গে পরিচয় করানো হবে। তিনি আপনার নাম, আপনার ব্যাচ এবং আপনার সঙ্গে যোগাযোগের উপায় দেখবেন। <code>/network meet off</code> এটি বন্ধ করে।
network-meet-off = { $networks }-এ আপনাকে আর কারও সঙ্গে পরিচয় করানো হবে না।
network-meet-off-already = আপনি সেখানে পরিচয়ের জন্য নাম লেখাননি।
network-meet-error-paused = সেই ব্যাচে আপনি বিরতিতে আছেন: আগে ফিরে আসুন, তারপর নাম লেখান।
network-meet-error-no-network = এখানে আপনার কোনো ব্যাচই কোনো নেটওয়ার্কে নেই।
network-round-error-one = “{ $name }”-এ একটিই ব্যাচ: অন্য ব্যাচের কারও সঙ্গে পরিচয়ের এখনো কেউ নেই।
network-round-error-few = “{ $name }”-এর দুজনের কম সদস্য <code>/network meet on</code> দিয়ে নাম লিখিয়েছেন, তাই কোনো পর্ব নেই।
network-round-done = “{ $name }”-এর পর্ব { $number }: { $people ->
    [one] { $people } জনের
   *[other] { $people } জনের
} জন্য { $groups ->
    [one] { $groups }টি পরিচয়
   *[other] { $groups }টি পরিচয়
}। এবার কাউকে পাওয়া যায়নি: { $unplaced }। একই ব্যাচের দুজন নিয়ে গড়া দল (আর কেউ মেলেনি): { $same }। ব্যক্তিগতভাবে লেখা যায়নি: { $unreached }।
network-meet-intro = { $person }, “{ $network }” নেটওয়ার্কে আপনি অন্য ব্যাচের { $group ->
    [pair] একজনের
   *[triad] দুজনের
  } সঙ্গে পরিচিত হচ্ছেন:
network-meet-intro-other = • { $name } ({ $cohort })
network-meet-intro-other-elsewhere = • { $name } ({ $cohort }), { $platform }-এ: { $reach }
network-meet-intro-other-writes = • { $name } ({ $cohort }), { $platform }-এ: তাঁর কাছে আপনার যোগাযোগ আছে, তিনিই আগে লিখবেন।
network-meet-intro-common = মিল: { $common }।
network-meet-common-languages = আপনারা { $languages } বলেন
network-meet-common-topics = { $topics }-এ আগ্রহ
network-meet-common-none = কোনো ভাষা বা বিষয় দেওয়া নেই; শুভেচ্ছা জানান, দেখুন কী হয়
network-meet-intro-next = একে অপরকে লিখুন এবং একটি সময় ঠিক করুন: একটি কল বা কয়েকটি বার্তাই যথেষ্ট।
network-meet-nobody = { $person }, এই পর্বে “{ $network }”-এর অন্য ব্যাচের কেউ আপনার সঙ্গে মেলেনি। পরের পর্বের জন্য আপনার নাম থাকছে।
mydata-network-meet = যেসব নেটওয়ার্কে আপনি অন্য ব্যাচের মানুষের সঙ্গে পরিচিত হন ({ $count }):
mydata-network-meet-on = • “{ $network }”, { $cohort }-এর মাধ্যমে, { $since } থেকে
mydata-network-meet-round = • “{ $network }”, পর্ব { $number } ({ $when }): আপনি { $others }-এর সঙ্গে পরিচিত হয়েছেন
## w5-reports2
report-chart-too-few = চার্ট: এখনও দেখানোর কিছু নেই। এতে { $min } বা তার বেশি মানুষ থাকলে এটি দেখা যাবে।
export-file-too-large = { $file } পাঠানো হয়নি: { $size } MB আকারে এটি এই চ্যাটের সীমার ({ $limit } MB) চেয়ে বড়। আপনার রিপোর্ট পেজ থেকে এটি ডাউনলোড করুন: /report web

## w5-gqa
gathering-report-people = প্রত্যেকের উত্তর ও উপস্থিতি:
gathering-ics-hint = আপনার ক্যালেন্ডারের জন্য: /gathering ics { $number }
button-gathering-keep = না, রেখে দিন
gathering-kept = কিছুই বদলায়নি: “{ $title }” যথারীতি হবে।
report-gathering-line-let-go = #{ $number } { $title }: { $going } জন আসছেন, { $present } জন উপস্থিত; { $commitments ->
    [one] { $commitments }টি অঙ্গীকার
   *[other] { $commitments }টি অঙ্গীকার
}: { $done }টি সম্পন্ন, { $partly }টি আংশিক, { $letgo }টি বাদ, { $open }টি খোলা

## w5-spolish
# Words that take a survey question back to the previous one when typed (English is accepted too).
keyword-back = পেছনে, ফিরে যান
survey-closed-unfinished = জরিপ “{ $title }” আপনি শেষ করার আগেই বন্ধ হয়ে গেছে, তাই এই উত্তরটি সংরক্ষণ করা হয়নি।
survey-error-json-type = প্রশ্ন { $n }: “{ $type }” কোনো প্রশ্নের ধরন নয়। single, multi, scale5, scale10, yesno বা text ব্যবহার করুন।
survey-error-too-many-options = প্রশ্ন { $n }-এ বিকল্প অনেক বেশি (সর্বোচ্চ { $max }টি)।
survey-error-question-too-long = প্রশ্ন { $n }: এর লেখা বা কোনো বিকল্প খুব লম্বা (সর্বোচ্চ { $max ->
    [one] { $max } অক্ষর
   *[other] { $max } অক্ষর
})।
survey-error-title-too-long = শিরোনাম, শুরুর লেখা বা ধন্যবাদের লেখা খুব লম্বা (সর্বোচ্চ { $max ->
    [one] { $max } অক্ষর
   *[other] { $max } অক্ষর
})।
survey-error-send-poll = জরিপ { $number } গ্রুপে একটি দ্রুত ভোট: এর উত্তর সেখানেই দেওয়া হয়, ব্যক্তিগতভাবে পাঠানো হয় না। /survey results { $number } এর ফল দেখায়।

## w6-netment
network-report-mentorships = { "  " }মেন্টরশিপ: { $active } চলমান; অনুরোধ: { $asked }, গৃহীত: { $accepted }

## w3-net-web
cmd-network-page-summary = নেটওয়ার্কে ভাগ করা বিষয়গুলোর ওয়েব পেজের লিংক (ব্যক্তিগতভাবে পাঠানো হয়; revoke সব লিংক বন্ধ করে)
cmd-network-page-usage = /network page [revoke] ["নেটওয়ার্ক"]
network-page-link = “{ $name }”-এ ভাগ করা বিষয়গুলোর ওয়েব পেজ ({ $hours } ঘণ্টা বৈধ)। সদস্যরা যা ভাগ করতে বেছে নিয়েছেন তা দেখায়, নাম কেবল যেখানে তাঁরা সম্মতি দিয়েছেন; যার কাছে লিংক আছে তিনি মেয়াদ শেষ না হওয়া পর্যন্ত এটি পড়তে পারেন। <code>/network page revoke</code> সব লিংক বন্ধ করে।
network-page-revoked = “{ $name }”-এর পেজের এ পর্যন্ত দেওয়া কোনো লিংক আর কাজ করে না। <code>/network page</code> নতুন লিংক দেয়।
network-page-not-set-up = এই বটে নেটওয়ার্কের পেজ চালু নেই: অপারেটর PUBLIC_URL সেট করেন (docs/configuration.md)।
network-page-title = নেটওয়ার্ক “{ $name }”-এ ভাগ করা
network-page-intro = এর { $cohorts ->
    [one] { $cohorts }টি ব্যাচের
   *[other] { $cohorts }টি ব্যাচের
} সদস্যরা যে শিক্ষাগুলো ভাগ করতে বেছে নিয়েছেন, বিষয় ও ভাষা অনুযায়ী। লেখক যা ফিরিয়ে নিয়েছেন তা আর এখানে নেই।
network-page-nothing = এখনো কিছু ভাগ করা হয়নি।
network-page-expires = এই লিংক { $at } পর্যন্ত কাজ করে।
network-page-refused-title = এই লিংক কাজ করে না
network-page-refused = লিংকের মেয়াদ শেষ, এটি বাতিল বা বদলানো হয়েছে, অথবা এটি অন্য পেজের। নেটওয়ার্ক সমন্বয়ক /network page দিয়ে নতুন লিংক পান।
network-withdraw-title-any = আপনার ভাগ করা বিষয়গুলো। একটি ফিরিয়ে নিলে তা পরের সারসংক্ষেপে যায় না এবং নেটওয়ার্কের পেজ থেকে সরে যায় (আগে পাঠানো সারসংক্ষেপ থেকে যায়):
network-withdraw-done-any = ফিরিয়ে নেওয়া হয়েছে: এটি আর পাঠানো হবে না এবং নেটওয়ার্কের পেজে আর নেই।
network-withdraw-none-any = ফিরিয়ে নেওয়ার মতো কোনো ভাগ করা বিষয় আপনার নেই।
mydata-network-page = অনুমোদিত বিষয়গুলো, পাঠানো হোক বা না হোক, প্রতিটি নেটওয়ার্কের ওয়েব পেজেও থাকে, যার কাছে তার লিংক আছে তার জন্য, যতক্ষণ না আপনি ফিরিয়ে নেন (<code>/share withdraw</code>)।
network-round-rhythm-usage = কত ঘন ঘন বলুন: <code>/network round every 2w</code> (১ থেকে ১২ সপ্তাহ) অথবা <code>/network round off</code>।
network-round-rhythm-weeks = রাউন্ড হয় প্রতি ১ থেকে { $max ->
    [one] { $max } সপ্তাহে
   *[other] { $max } সপ্তাহে
}, যেমন <code>/network round every 2w</code>।
network-round-rhythm-set = “{ $name }”-এর ব্যাচগুলোর মধ্যে রাউন্ড এখন নিজে থেকেই হবে { $weeks ->
    [one] প্রতি সপ্তাহে
   *[other] প্রতি { $weeks } সপ্তাহে
}; প্রথমটি { $next }-এ। <code>/network round off</code> এগুলো থামায়।
network-round-rhythm-off = “{ $name }”-এর ব্যাচগুলোর মধ্যে রাউন্ড আর নিজে থেকে হবে না; <code>/network round</code> এখনো একটি শুরু করে।
network-round-rhythm-skipped = এবার “{ $name }”-এর ব্যাচগুলোর মধ্যে কোনো রাউন্ড নেই: দুটি ব্যাচ এবং <code>/network meet on</code> দিয়ে যুক্ত অন্তত দুজন সদস্য দরকার।
network-round-rhythm-note = এই রাউন্ড নিজে থেকেই হয়েছে ({ $weeks ->
    [one] প্রতি সপ্তাহে
   *[other] প্রতি { $weeks } সপ্তাহে
}); পরেরটি { $next }-এ।
## w3-net-e2e
network-meet-intro-you-write = { $platform }-এ আপনার কোনো সর্বজনীন ইউজারনেম নেই, তাই { $name } আপনাকে লিখতে পারবেন না: অনুগ্রহ করে আপনি আগে লিখুন।
## w3-edges-pair
pair-ended-group = { $person }, { $name }-এ আপনার মেন্টরশিপ শেষ হয়েছে।
pair-open-private = <a href="{ $link }">আমার সঙ্গে একটি ব্যক্তিগত চ্যাট খুলুন</a>, তাহলে এমন খবর সেখানেই আপনার কাছে পৌঁছাবে।
## w3-edges-tg
timezone-every-cohort = সব ব্যাচে আপনার টাইমজোন একটিই: --cohort এটি শুধু একটি ব্যাচের জন্য বদলায় না।
