# cohort-bot — فارسی.
# پیام‌ها با نشانه‌گذاری: <b>، <i>، <code>، <a href="…">. ربات متغیرها را ایمن می‌کند.
# هر کلید en.ftl باید اینجا باشد: وگرنه آزمون شکست می‌خورد.

language-name = فارسی

## واژه‌های مشترک

value-none = —
value-yes = بله
value-no = خیر
cancelled = لغو شد. چیزی تغییر نکرد.
done = انجام شد.
usage-line = نحوهٔ استفاده: <code>{ $usage }</code>
role-name = { $role ->
    [mentor] منتور
    [coordinator] هماهنگ‌کننده
   *[member] عضو
}
status-name = { $status ->
    [paused] در توقف
    [left] خارج‌شده
    [archived] بایگانی‌شده
   *[active] فعال
}
field-cohort-name = نام دوره
field-languages = زبان‌ها
field-region = منطقه
field-themes = محورها
field-topics = موضوع‌ها
field-about = متن «دربارهٔ من»
button-cancel = لغو
button-archive-confirm = بله، بایگانی شود
button-forget-confirm = بله، داده‌هایم پاک شود

## خطاها

error-internal = متأسفم، مشکلی در سمت من پیش آمد. لطفاً یک دقیقهٔ دیگر دوباره امتحان کنید.
error-unknown-command = فرمان { $command } را نمی‌شناسم. برای دیدن کارهایی که می‌توانم انجام دهم /help را بفرستید.
error-unknown-command-suggest = فرمان { $command } را نمی‌شناسم. منظورتان { $suggestion } بود؟
error-unknown-subcommand = «{ $sub }» کاری نیست که این فرمان انجام دهد.
error-unknown-subcommand-suggest = «{ $sub }» کاری نیست که این فرمان انجام دهد. منظورتان «{ $suggestion }» بود؟
error-missing-subcommand = این فرمان به واژه‌ای نیاز دارد که بگوید چه کاری انجام شود.
error-unclosed-quote = یک نقل‌قول بسته نشده است: { $quote } را به انتهای متن اضافه کنید.
error-unknown-flag = گزینهٔ { $flag } را نمی‌شناسم.
error-flag-needs-value = گزینهٔ { $flag } به یک مقدار نیاز دارد، مثل { $flag }=مقدار.
error-missing-argument = اینجا چیزی کم است ({ $argument }).
error-unexpected-words = انتظار «{ $words }» را اینجا نداشتم.
error-nothing-to-change = بگویید چه چیزی تغییر کند، با دست‌کم یک گزینه.
error-group-only = { $command } در گفتگوی گروهی کار می‌کند، جایی که دوره هست.
error-no-cohort-here = هنوز دوره‌ای در این گفتگو نیست. مدیر گروه می‌تواند با <code>/cohort create "نام"</code> یکی بسازد.
error-not-member = فقط اعضای این دوره می‌توانند این کار را انجام دهند. برای پیوستن /join را بفرستید.
error-needs-role = فقط { $role } این دوره می‌تواند این کار را انجام دهد.
error-text-empty = { $field } هیچ نویسهٔ قابل‌دیدنی ندارد.
error-text-too-long = خیلی طولانی است: { $field } حداکثر می‌تواند { $max ->
    [one] { $max } نویسه
   *[other] { $max } نویسه
} داشته باشد (این یکی { $length } دارد).
error-too-many-items = { $field } بیش از حد: حداکثر { $max }.
error-bad-timezone = «{ $value }» منطقهٔ زمانی‌ای نیست که بشناسم. نامی مثل Asia/Tehran، Asia/Kabul یا Asia/Dushanbe به کار ببرید.
error-bad-language = «{ $value }» کد زبان نیست. کدهایی مثل fa، en، ar یا pt-BR به کار ببرید.
error-unsupported-language = هنوز به «{ $value }» صحبت نمی‌کنم. به این زبان‌ها صحبت می‌کنم: { $available }.
error-bad-until = «{ $value }» نه تاریخ است نه مدت. تاریخی مثل 2026-12-24 یا 12h، 3d، 2w به کار ببرید.
error-until-past = { $value } گذشته است.
error-until-too-far = { $value } بیش از یک سال دیگر است.
error-bad-number = { $field } باید عددی صحیح از { $min } تا { $max } باشد (نه «{ $value }»).
error-bad-yes-no = به { $field } با بله یا خیر پاسخ دهید (نه «{ $value }»).
error-bad-role = «{ $value }» نقش نیست. نقش‌ها: member، mentor و coordinator.
error-bad-profile-field = «{ $value }» فیلد نمایه نیست. فیلدها: { $fields }.
error-unknown-person = هنوز { $who } را نمی‌شناسم. آدم‌ها را وقتی می‌شناسم که در گفتگویی که من در آن هستم بنویسند.
error-not-in-cohort = { $name } عضو این دوره نیست.
error-cohort-exists = این گفتگو از قبل یک دوره دارد: { $name }. برای شروع دورهٔ دیگر، اول آن را بایگانی کنید.
error-cohort-archived = دورهٔ { $name } بایگانی شده است.
error-unknown-cohort = شما در دوره‌ای به نام «{ $value }» نیستید. دوره‌های شما: { $cohorts }.
private-not-understood = من به فرمان‌ها پاسخ می‌دهم. برای دیدنشان /help را بفرستید.

## دکمه‌ها

action-stale = این دکمه دیگر معتبر نیست.
action-not-yours = این دکمه برای کس دیگری است.

## /help

cmd-help-summary = کارهایی که اینجا می‌توانم انجام دهم
cmd-help-usage = /help [فرمان]
help-title-group = <b>فرمان‌هایی که در این گروه می‌توانید به کار ببرید</b>
help-title-private = <b>فرمان‌هایی که اینجا می‌توانید به کار ببرید</b>
help-line = { $usage } — { $summary }
help-footer = برای آشنایی بیشتر با یکی از آن‌ها <code>/help فرمان</code> را بفرستید.
help-where-group = در گفتگوی گروهی کار می‌کند.
help-where-private = در گفتگوی خصوصی با من کار می‌کند.

## /start

start-welcome = سلام { $name }! من دوره‌های یادگیری همتا به همتا را اداره می‌کنم: گزارش‌های پیشرفت، منتورینگ، تأمل‌ها. برای دیدن کارهایی که می‌توانید انجام دهید /help را بفرستید، یا پیوند عضویت یک دوره را باز کنید.
start-joined = به { $name } خوش آمدید! خودتان را به منتور و هماهنگ‌کننده‌ها معرفی کنید، همین‌جا به‌صورت خصوصی، با <code>/profile set about …</code>. برای دیدن بیشتر /help را بفرستید.
start-bad-link = این پیوند عضویت دیگر معتبر نیست. از یک هماهنگ‌کننده پیوند تازه بخواهید.

## /cohort

cmd-cohort-summary = دورهٔ این گفتگو را ببینید؛ هماهنگ‌کننده‌ها آن را می‌سازند و اداره می‌کنند
cmd-cohort-usage = /cohort [show|create|edit|pause|resume|archive]
cmd-cohort-show-summary = نمایش دوره
cmd-cohort-show-usage = /cohort
cmd-cohort-create-summary = ساختن دورهٔ این گفتگو یا موضوع
cmd-cohort-create-usage = /cohort create "نام" [--languages fa,en] [--region "…"] [--themes "a, b"] [--timezone منطقه/شهر] [--language fa]
cmd-cohort-edit-summary = تغییر نام، زمینه یا تنظیمات دوره
cmd-cohort-edit-usage = /cohort edit [--name "…"] [--languages …] [--region …] [--themes …] [--timezone …] [--language …] [--names-in-group yes|no] [--smallest-group 5]
cmd-cohort-pause-summary = متوقف کردن دوره، در صورت تمایل تا یک تاریخ
cmd-cohort-pause-usage = /cohort pause [--until 2026-12-24|2w]
cmd-cohort-resume-summary = از سرگیری دورهٔ متوقف‌شده
cmd-cohort-resume-usage = /cohort resume
cmd-cohort-archive-summary = بایگانی دوره (اول می‌پرسد)
cmd-cohort-archive-usage = /cohort archive
cohort-none-yet = هنوز دوره‌ای در این گفتگو نیست. مدیر گروه می‌تواند با <code>/cohort create "نام"</code> یکی بسازد.
cohort-created = دورهٔ <b>{ $name }</b> ساخته شد. اعضا با /join یا پیوند زیر می‌پیوندند.
cohort-edited = تغییر کرد: { $fields }.
cohort-card-title = <b>{ $name }</b>
cohort-card-status = وضعیت: { $status }
cohort-card-status-until = وضعیت: { $status } تا { $until }
cohort-card-languages = زبان‌ها: { $languages }
cohort-card-region = منطقه: { $region }
cohort-card-themes = محورها: { $themes }
cohort-card-timezone = منطقهٔ زمانی: { $timezone }
cohort-card-language = ربات به این زبان صحبت می‌کند: { $language }
cohort-card-members = { $count ->
    [one] { $count } عضو
   *[other] { $count } عضو
}
cohort-card-names-in-group-on = در گروه نام کسانی را که پاسخ نداده‌اند، در استراحت‌اند یا همتایی پیدا نکرده‌اند می‌آورم.
cohort-card-names-in-group-off = در گروه فقط بدون نام می‌شمارم چه کسانی پاسخ نداده‌اند، در استراحت‌اند یا همتایی پیدا نکرده‌اند؛ هماهنگ‌کننده‌ها نام‌ها را به‌صورت خصوصی می‌گیرند.
cohort-card-join-link = پیوند عضویت: <a href="{ $link }">{ $link }</a>
cohort-paused = { $name } متوقف است. تا /cohort resume چیزی زمان‌بندی نمی‌شود.
cohort-paused-until = { $name } تا { $until } متوقف است.
cohort-already-paused = دوره از قبل متوقف است.
cohort-not-paused = دوره متوقف نیست.
cohort-resumed = { $name } دوباره فعال است.
cohort-resumed-auto = توقف تمام شد: { $name } دوباره فعال است.
cohort-archive-confirm = <b>{ $name }</b> بایگانی شود؟ اعضا در گفتگو می‌مانند، اما دوره متوقف می‌شود و می‌توان اینجا دورهٔ تازه‌ای ساخت.
cohort-archived = { $name } بایگانی شد.
bot-added = سلام! من دوره‌های یادگیری همتا به همتا را اداره می‌کنم. مدیر گروه می‌تواند با <code>/cohort create "نام"</code> یکی را شروع کند؛ برای دیدن بیشتر /help را بفرستید.
room-encrypted = این اتاق رمزگذاری سرتاسری دارد و من هنوز نمی‌توانم پیام‌های رمزگذاری‌شده را بخوانم، پس فرمان‌ها اینجا بی‌پاسخ می‌مانند. برای دوره از اتاقی بدون رمزگذاری استفاده کنید، یا از کسی که مرا اجرا می‌کند بخواهید پشتیبانی رمزگذاری را روشن کند.
bot-added-with-cohort = دوباره سلام! دورهٔ { $name } هنوز اینجاست. برای دیدن کارهایی که می‌توانم انجام دهم /help را بفرستید.

## اعضا

cmd-join-summary = پیوستن به دورهٔ این گفتگو
cmd-join-usage = /join
cmd-leave-summary = ترک دورهٔ این گفتگو
cmd-leave-usage = /leave
cmd-members-summary = فهرست اعضای دوره
cmd-members-usage = /members [--all]
cmd-role-summary = دادن نقش به کسی
cmd-role-usage = /role @کاربر member|mentor|coordinator
join-welcome = به { $name } خوش آمدید، { $person }!
join-welcome-dm = به { $name } خوش آمدید! خودتان را به منتور و هماهنگ‌کننده‌ها معرفی کنید، همین‌جا به‌صورت خصوصی، با <code>/profile set about …</code>. برای دیدن بیشتر /help را بفرستید.
join-already = شما از قبل عضو { $name } هستید.
join-in-private = برای پیوستن به یک دوره، /join را در گروه آن بفرستید یا پیوند عضویتش را باز کنید.
leave-done = شما { $name } را ترک کردید. نمایه‌تان برای وقتی که برگردید نگه داشته می‌شود؛ /forgetme همه‌چیز را پاک می‌کند.
leave-not-member = شما عضو { $name } نیستید.
cmd-pause-summary = استراحت کنید: تا پایان آن هیچ گزارش پیشرفت یا همتایی به شما نمی‌رسد
cmd-pause-usage = /pause [--until 2026-12-24|2w] (در گفتگوی خصوصی: [--cohort "نام"])
cmd-resume-summary = زودتر پایان دادن به استراحت
cmd-resume-usage = /resume (در گفتگوی خصوصی: [--cohort "نام"])
pause-done-until = شما تا { $until } از { $name } در استراحت‌اید: هیچ گزارش پیشرفت، یادآوری یا همتایی به شما نمی‌رسد. /resume زودتر به آن پایان می‌دهد.
resume-done = به { $name } خوش برگشتید: گزارش‌های پیشرفت دوباره به شما می‌رسند.
resume-not-paused = شما از { $name } در استراحت نیستید.
pause-ended-dm = استراحت شما از { $name } تمام شد: گزارش‌های پیشرفت دوباره به شما می‌رسند. /pause استراحت دیگری آغاز می‌کند.
members-title = <b>{ $name }</b>: { $count ->
    [one] { $count } عضو
   *[other] { $count } عضو
}
members-line = • { $name }{ $username ->
    [none] {""}
   *[other] {" "}({ $username })
} — { $role }، { $status }
members-on-break-count = { $count ->
    [one] { $count } عضو دیگر در استراحت است.
   *[other] { $count } عضو دیگر در استراحت‌اند.
}
members-left-count = { $count ->
    [one] { $count } نفر دیگر دوره را ترک کرده است.
   *[other] { $count } نفر دیگر دوره را ترک کرده‌اند.
}
members-names-sent-privately = فهرست کامل را به‌صورت خصوصی برایتان فرستادم.
members-names-not-in-group = نام‌ها در گروه نمایش داده نمی‌شوند (/cohort edit --names-in-group yes نمایششان می‌دهد).
members-none = { $name } هنوز عضوی ندارد.
role-set = { $name } اکنون { $role } است.
role-admin-note = { $name } مدیر این گفتگوست و تا وقتی مدیر باشد اینجا هماهنگ‌کننده می‌ماند.
role-admin-granted-note = { $name } مدیر این گفتگو هم هست. نقش داده‌شده او را هماهنگ‌کننده نگه می‌دارد اگر دیگر مدیر نباشد؛ <code>/role @کاربر member</code> آن را پس می‌گیرد.
members-coordinator = { $source ->
    [admin] هماهنگ‌کننده (مدیر گفتگو)
    [both] هماهنگ‌کننده (مدیر گفتگو، و نیز با /role)
   *[granted] هماهنگ‌کننده (داده‌شده با /role)
}
members-roles-note = مدیران گفتگو تا وقتی مدیرند هماهنگ‌کننده‌اند. نقشی که با /role داده شود می‌ماند تا <code>/role @کاربر member</code> آن را پس بگیرد.
role-unchanged = { $name } از قبل { $role } است.

## /profile

cmd-profile-summary = دیدن یا تغییر نمایهٔ شما
cmd-profile-usage = /profile [show|set|clear]
cmd-profile-show-summary = نمایش نمایهٔ شما (هماهنگ‌کننده‌ها: نمایهٔ کسی، به‌صورت خصوصی)
cmd-profile-show-usage = /profile [show] [@کاربر] [--cohort "نام"]
cmd-profile-set-summary = تنظیم یک فیلد: languages، region، topics، timezone، capacity، wants-mentor، stage؛ در گفتگوی خصوصی همچنین preferences و about
cmd-profile-set-usage = /profile set فیلد مقدار [--cohort "نام"]
cmd-profile-clear-summary = پاک کردن یک فیلد
cmd-profile-clear-usage = /profile clear فیلد [--cohort "نام"]
profile-title = <b>{ $name }</b> در { $cohort } — { $role }، { $status }
profile-languages = زبان‌ها: { $value }
profile-region = منطقه: { $value }
profile-topics = موضوع‌ها: { $value }
profile-timezone = منطقهٔ زمانی: { $value }
profile-capacity = می‌تواند منتور باشد برای: { $value ->
    [0] هیچ‌کس
    [one] { $value } نفر
   *[other] { $value } نفر
}
profile-wants-mentor = منتور می‌خواهد: { $value }
profile-about = دربارهٔ من: { $value }
profile-updated = { $field } شما برای { $cohorts } ذخیره شد.
profile-cleared = { $field } شما برای { $cohorts } پاک شد.
profile-no-cohorts = شما هنوز در هیچ دوره‌ای نیستید. با /join در گروه یک دوره یا با پیوند عضویتش بپیوندید.

## /language و /timezone

cmd-language-summary = انتخاب زبانی که با آن برایتان می‌نویسم
cmd-language-usage = /language [کد]
cmd-timezone-summary = دیدن یا تنظیم منطقهٔ زمانی شما
cmd-timezone-usage = /timezone [منطقه/شهر]
language-current = به { $language } برایتان می‌نویسم. زبان دیگری انتخاب کنید:
language-set = از این پس به { $language } برایتان می‌نویسم.
language-group-note = در این گروه همچنان به زبان دوره صحبت می‌کنم.
timezone-current = منطقهٔ زمانی شما: { $timezone } (اکنون { $now }).
timezone-set = منطقهٔ زمانی شما اکنون { $timezone } است (اکنون { $now }).

## /mydata و /forgetme

cmd-mydata-summary = همهٔ آنچه دربارهٔ شما نگه می‌دارم
cmd-mydata-usage = /mydata
cmd-forgetme-summary = پاک کردن همهٔ آنچه دربارهٔ شما نگه می‌دارم
cmd-forgetme-usage = /forgetme
mydata-title = <b>آنچه دربارهٔ شما نگه می‌دارم</b>
mydata-account = نام: { $name } (نام کاربری: { $username })، شناسهٔ { $platform }: { $id }
mydata-settings = زبان: { $language } (برنامهٔ شما می‌گوید: { $hint })، منطقهٔ زمانی: { $timezone }
mydata-since = آشنا از { $date }
mydata-memberships = { $count ->
    [0] شما در هیچ دوره‌ای نیستید.
    [one] شما در { $count } دوره هستید:
   *[other] شما در { $count } دوره هستید:
}
mydata-membership = • <b>{ $cohort }</b>: { $role }، { $status }، از { $joined }
mydata-profile = { "  " }زبان‌ها { $languages }؛ منطقه { $region }؛ موضوع‌ها { $topics }؛ منطقهٔ زمانی { $timezone }؛ ظرفیت منتوری { $capacity }؛ منتور می‌خواهد { $wantsMentor }؛ دربارهٔ من: { $about }
mydata-audit = { $count ->
    [0] شما هیچ تغییری به‌عنوان هماهنگ‌کننده نداده‌اید.
    [one] { $count } تغییر هماهنگ‌کننده به نام شما ثبت شده است.
   *[other] { $count } تغییر هماهنگ‌کننده به نام شما ثبت شده است.
}
mydata-footer = من هیچ پیام گفتگویی نگه نمی‌دارم، فقط پاسخ‌های شما به گزارش‌های پیشرفت و تأمل‌ها را (که در بالا آمده‌اند). /forgetme همهٔ این‌ها را پاک می‌کند.
forgetme-confirm = این کار حساب شما در اینجا، نمایه‌تان و عضویتتان در { $count ->
    [one] { $count } دوره
   *[other] { $count } دوره
} را پاک می‌کند. کارهایی که به‌عنوان هماهنگ‌کننده انجام داده‌اید بدون نام شما ثبت می‌مانند. این کار برگشت‌پذیر نیست.
forgetme-done = انجام شد: همهٔ آنچه دربارهٔ شما نگه می‌داشتم پاک شد. اگر دوباره برایم بنویسید، از صفر شروع می‌کنم.

## گزارش‌های پیشرفت

cmd-checkin-summary = گزارش‌های پیشرفت منظم: آن‌ها را ببینید؛ هماهنگ‌کننده‌ها زمان‌بندی‌شان می‌کنند
cmd-checkin-usage = /checkin [list|schedule|now|skip|pause|resume|delete|stats|digest]
cmd-checkin-list-summary = فهرست زمان‌بندی‌های گزارش پیشرفت این دوره
cmd-checkin-list-usage = /checkin list
cmd-checkin-schedule-summary = افزودن زمان‌بندی گزارش پیشرفت به وقت منطقهٔ زمانی دوره
cmd-checkin-schedule-usage = /checkin schedule هفتگی دوشنبه 18:00 | هر 2 هفته پنجشنبه 09:30 | ماهانه اولین سه‌شنبه 17:00 | cron 0 18 * * 1 [--window 2d] [--remind 6h] [--question "…"]… [--digest group|coordinators] [--inactive-after 3]
cmd-checkin-now-summary = فرستادن یک گزارش پیشرفت همین حالا
cmd-checkin-now-usage = /checkin now [شماره]
cmd-checkin-skip-summary = رد کردن گزارش پیشرفت بعدی یک زمان‌بندی
cmd-checkin-skip-usage = /checkin skip شماره
cmd-checkin-pause-summary = متوقف کردن یک زمان‌بندی
cmd-checkin-pause-usage = /checkin pause شماره
cmd-checkin-resume-summary = از سرگیری زمان‌بندی متوقف‌شده
cmd-checkin-resume-usage = /checkin resume شماره
cmd-checkin-delete-summary = پاک کردن یک زمان‌بندی و گزارش‌هایش
cmd-checkin-delete-usage = /checkin delete شماره
checkin-question-1 = از گزارش پیشرفت قبلی تا حالا چه کرده‌اید؟
checkin-question-2 = بعد از این روی چه چیزی کار می‌کنید؟
checkin-question-3 = آیا چیزی مانع کارتان است، یا کسی می‌تواند کمک کند؟
checkin-error-pattern = نمی‌توانم «{ $pattern }» را به‌عنوان زمان‌بندی بخوانم. امتحان کنید: هفتگی دوشنبه 18:00، هر 2 هفته پنجشنبه 09:30، ماهانه اولین سه‌شنبه 17:00، یا cron 0 18 * * 1.
checkin-error-weekday = «{ $word }» روز هفته نیست (شنبه، یکشنبه، دوشنبه، سه‌شنبه، چهارشنبه، پنجشنبه، جمعه).
checkin-error-time = «{ $word }» ساعت روز نیست (00:00 تا 23:59).
checkin-error-nth = «{ $word }» اولین، دومین، سومین، چهارمین یا آخرین نیست.
checkin-error-every = «{ $word }» هفته: از 1 تا 8 انتخاب کنید.
checkin-error-cron = «{ $field }» فیلد معتبر cron نیست (دقیقه ساعت روز ماه روز-هفته).
checkin-error-never = این زمان‌بندی هرگز رخ نمی‌دهد (آن تاریخ وجود ندارد).
checkin-error-too-often = گزارش‌های پیشرفت حداکثر ساعتی یک بار می‌توانند باشند.
checkin-error-span = { $flag } «{ $value }» مدتی بین 10m و 14d نیست (مثل 90m، 6h، 2d).
checkin-error-remind-window = یادآوری باید پیش از بسته شدن پاسخ‌ها برسد: { "--remind" } را کوتاه‌تر از { "--window" } کنید.
checkin-error-window-overlap = بازهٔ پاسخ از فاصلهٔ میان دو گزارش پیشرفت طولانی‌تر است: { "--window" } را کوتاه‌تر کنید.
checkin-error-digest = «{ $value }» نه group است نه coordinators.
checkin-error-questions = لطفاً حداکثر { $max ->
    [one] { $max } پرسش
   *[other] { $max } پرسش
}.
checkin-error-question-length = هر پرسش حداکثر می‌تواند { $max ->
    [one] { $max } نویسه
   *[other] { $max } نویسه
} داشته باشد.
checkin-error-no-schedule = زمان‌بندی گزارش پیشرفتی با «{ $id }» اینجا نیست. /checkin list آن‌ها را نشان می‌دهد.
checkin-error-not-active = زمان‌بندی شمارهٔ { $id } متوقف است: گزارش بعدی‌ای برای رد کردن نیست.
checkin-error-already-paused = زمان‌بندی شمارهٔ { $id } از قبل متوقف است.
checkin-error-not-paused = زمان‌بندی شمارهٔ { $id } متوقف نیست.
checkin-error-not-member = فقط اعضای این دوره می‌توانند به گزارش‌های پیشرفتش پاسخ دهند. اول /join.
checkin-error-closed = این گزارش پیشرفت بسته شده است: دیگر پاسخی پذیرفته نمی‌شود.
checkin-error-on-break = شما از این دوره در استراحت‌اید، پس گزارش‌های پیشرفت شما را حساب نمی‌کنند. برای پاسخ دادن اول /resume.
checkin-none-yet = هنوز گزارش پیشرفتی اینجا زمان‌بندی نشده است. هماهنگ‌کننده‌ها: /checkin schedule هفتگی دوشنبه 18:00
checkin-scheduled = زمان‌بندی گزارش پیشرفت شمارهٔ { $id } تنظیم شد.
checkin-list-title = <b>زمان‌بندی‌های گزارش پیشرفت</b>
checkin-schedule-line = شمارهٔ { $id }: { $pattern } ({ $timezone })، { $status ->
    [paused] متوقف
   *[other] بعدی { $next }
}، پاسخ‌ها باز برای { $window }
checkin-skipped = گزارش پیشرفت زمان‌بندی شمارهٔ { $id } در { $when } رد می‌شود.
checkin-paused = زمان‌بندی شمارهٔ { $id } متوقف شد.
checkin-resumed = زمان‌بندی شمارهٔ { $id } دوباره در جریان است؛ گزارش بعدی { $next }.
checkin-delete-confirm = زمان‌بندی شمارهٔ { $id } ({ $pattern }) با گزارش‌ها و پاسخ‌هایش پاک شود؟ این کار برگشت‌پذیر نیست.
checkin-deleted = زمان‌بندی شمارهٔ { $id } پاک شد.
button-checkin-delete-confirm = پاک شود
button-checkin-private = پاسخ خصوصی
button-checkin-share = هم‌رسانی با دوره
button-checkin-keep-private = خصوصی بماند
checkin-prompt = <b>وقت گزارش پیشرفت است، { $name }!</b> پاسخ‌ها تا { $closes } باز است.
checkin-prompt-how = برای پاسخ در همین‌جا به این پیام پاسخ دهید (برای هر پرسش یک خط)، یا به‌صورت خصوصی پاسخ دهید.
checkin-private-started = به‌صورت خصوصی برایتان نوشتم.
checkin-dm-first = نمی‌توانم اول من برایتان بنویسم: یک گفتگوی خصوصی با من باز کنید، سپس دوباره دکمه را بزنید.
checkin-dm-link = { $person }، نمی‌توانم اول من برایتان بنویسم. { $link } را باز کنید و «شروع» را بزنید: پاسخ‌هایتان آنجا آغاز می‌شود.
checkin-dm-first-link = نمی‌توانم اول من برایتان بنویسم: از پیوندی که گذاشتم استفاده کنید.
checkin-dm-intro = گزارش پیشرفت { $name }. هر بار به یک پرسش پاسخ دهید؛ برای رد کردن یک پرسش «رد» بنویسید.
checkin-dm-question = ({ $n }/{ $total }) { $question }
checkin-dm-done = سپاسگزارم! به { $answered } از { $total } پاسخ دادید. پاسخ‌هایتان در خلاصه هم‌رسانی شود؟
checkin-will-share = پاسخ‌هایتان در خلاصه می‌آید.
checkin-kept-private = پاسخ‌هایتان خصوصی می‌ماند: خلاصه فقط شما را می‌شمارد.
checkin-reflect-offer = دوست دارید تأملی کوتاه دربارهٔ آنچه آموختید بنویسید؟ فقط خودتان آن را می‌خوانید، مگر اینکه جور دیگری انتخاب کنید.
button-reflect-write = نوشتن تأمل
button-reflect-not-now = حالا نه
checkin-reflect-ask = تأملتان را در پیام بعدی بنویسید (یا «رد»).
checkin-reflect-later = باشد. هر وقت خواستید: /reflect و چند خط پس از آن.
button-visibility-mentor = هم‌رسانی با منتورم
button-visibility-coordinators = هم‌رسانی با هماهنگ‌کننده‌ها
button-visibility-cohort = هم‌رسانی با دوره
checkin-answer-saved = سپاسگزارم، پاسخ شما ثبت شد.
checkin-reminder-dm = گزارش پیشرفت { $name } به‌زودی بسته می‌شود و هنوز پاسخی از شما ندارم.
checkin-reminder-group = گزارش پیشرفت به‌زودی بسته می‌شود؛ هنوز پاسخ نداده‌اند: { $names }.
checkin-reminder-group-count = گزارش پیشرفت به‌زودی بسته می‌شود؛ { $count ->
    [one] { $count } نفر هنوز پاسخ نداده است.
   *[other] { $count } نفر هنوز پاسخ نداده‌اند.
}
checkin-digest-title = <b>خلاصهٔ گزارش پیشرفت، { $name }</b>
checkin-digest-count = { $count ->
    [0] کسی شرکت نکرد
    [one] { $count } نفر شرکت کرد
   *[other] { $count } نفر شرکت کردند
} (از { $total }).
checkin-digest-who = سپاس از { $names }.
checkin-digest-coordinators-only = پاسخ‌ها فقط به هماهنگ‌کننده‌ها می‌رسد.
checkin-digest-reflections = <b>تأمل‌های هم‌رسانی‌شده</b>
cmd-checkin-stats-summary = چه کسانی در گزارش‌های پیشرفت اخیر شرکت کردند و چه کسانی ساکت شده‌اند (به‌صورت خصوصی)
cmd-checkin-stats-usage = /checkin stats
checkin-stats-none = هنوز هیچ گزارش پیشرفتی بسته نشده است.
checkin-stats-title = <b>مشارکت در { $count ->
    [one] آخرین گزارش پیشرفت
   *[other] { $count } گزارش پیشرفت اخیر
}</b>
checkin-stats-line = { $name }: { $answered }/{ $total }، پیاپی { $streak }
checkin-stats-inactive = { $count ->
    [one] { $count } گزارش پیشرفت
   *[other] { $count } گزارش پیشرفت
} یا بیشتر را پشت سر هم از دست داده‌اند: { $names }
checkin-error-inactive-after = «{ $value }» تعداد گزارش پیشرفت از 0 تا 20 نیست (0: هرگز).
checkin-nudge = سلام { $person }! { $count ->
    [one] آخرین گزارش پیشرفت
   *[other] { $count } گزارش پیشرفت اخیر
} { $name } را از دست داده‌اید. هیچ فشاری نیست: هنوز همراه ما هستید، دو هفته استراحت می‌خواهید، یا ترجیح می‌دهید دوره را ترک کنید؟
button-nudge-in = هنوز هستم
button-nudge-pause = دو هفته استراحت
button-nudge-leave = ترک دوره
nudge-still-in = خوشحالم! تا گزارش پیشرفت بعدی { $name }.
nudge-left = شما { $name } را ترک کردید. /join در گروه هر وقت بخواهید شما را با همان نمایه برمی‌گرداند.
mydata-checkins = { $count ->
    [0] به هیچ گزارش پیشرفتی پاسخ نداده‌اید.
    [one] پاسخ‌های شما به گزارش‌های پیشرفت ({ $count }):
   *[other] پاسخ‌های شما به گزارش‌های پیشرفت ({ $count }):
}
mydata-checkin-answer = • { $cohort }، { $date }: { $answers } (هم‌رسانی‌شده: { $shared })

## تأمل‌ها

cmd-reflect-summary = نوشتن تأمل به‌صورت خصوصی؛ انتخاب اینکه چه کسی بخواند
cmd-reflect-usage = /reflect … [--visibility me|mentor|coordinators|cohort] [--cohort "نام"]
cmd-reflections-summary = فهرست تأمل‌های شما، یا با «shared» آن‌هایی که دیگران اجازهٔ خواندنشان را به شما داده‌اند (خصوصی)
cmd-reflections-usage = /reflections [shared] [--cohort "نام"]
reflect-error-not-member = تأمل‌ها به یک دوره تعلق دارند: اول با /join به یکی بپیوندید.
reflect-error-too-long = هر تأمل حداکثر می‌تواند { $max ->
    [one] { $max } نویسه
   *[other] { $max } نویسه
} داشته باشد.
reflect-error-visibility = «{ $value }» یکی از me، mentor، coordinators یا cohort نیست.
reflect-saved = در { $cohort } ذخیره شد. { $visibility ->
    [me] فقط خودتان می‌توانید آن را بخوانید.
    [mentor] شما و منتورتان می‌توانید آن را بخوانید.
    [coordinators] شما و هماهنگ‌کننده‌ها می‌توانید آن را بخوانید.
   *[cohort] دوره می‌تواند آن را بخواند و در خلاصهٔ بعدی می‌آید.
}
reflections-title = <b>تأمل‌های شما</b>
reflections-none = هنوز هیچ تأملی ننوشته‌اید. /reflect … یکی می‌نویسد.
reflections-line = { $date }، { $cohort } ({ $visibility }): { $text }
reflections-shared-title = <b>تأمل‌هایی که با شما هم‌رسانی شده</b> (۹۰ روز گذشته)
reflections-shared-none = در ۹۰ روز گذشته کسی تأملی با شما هم‌رسانی نکرده است.
reflections-shared-line = { $date }، { $cohort }، { $name } ({ $visibility }): { $text }
mydata-reflections = { $count ->
    [0] هیچ تأملی ننوشته‌اید.
    [one] تأمل‌های شما ({ $count }):
   *[other] تأمل‌های شما ({ $count }):
}
mydata-reflection = • { $cohort }، { $date } ({ $visibility }): { $text }

## جفت‌سازی

cmd-pair-summary = منتور یا منتی‌های شما؛ هماهنگ‌کننده‌ها منتورها را با منتی‌ها جفت می‌کنند
cmd-pair-usage = /pair [mentors|confirm] | /pair @منتور @منتی
cmd-pair-show-summary = منتور یا منتی‌های شما (هماهنگ‌کننده‌ها: /pair @منتور @منتی دو نفر را دستی جفت می‌کند)
cmd-pair-show-usage = /pair | /pair @منتور @منتی
cmd-pair-mentors-summary = پیش‌نمایش بهترین منتور برای هر عضوی که منتور می‌خواهد، و دلیلش (به‌صورت خصوصی)
cmd-pair-mentors-usage = /pair mentors
cmd-pair-confirm-summary = پرسیدن از منتورهای پیش‌نمایش
cmd-pair-confirm-usage = /pair confirm
cmd-unpair-summary = پایان دادن به منتورینگ‌های کسی (اول می‌پرسد)
cmd-unpair-usage = /unpair @کاربر
pair-reason-shared-language = هر دو به { $values } صحبت می‌کنند
pair-reason-language-bridging = زبان مشترکی ندارند (با اجازهٔ هماهنگ‌کننده)
pair-reason-same-region = هر دو در { $values }
pair-reason-shared-topics = موضوع‌ها: { $values }
pair-reason-timezone-overlap = { $values } ساعت بیداری مشترک
pair-reason-timezone-unknown = منطقهٔ زمانی نامعلوم
pair-reason-stage-fit = مرحله‌ها جورند ({ $values })
pair-reason-stage-mismatch = مرحله‌ها از هم دورند ({ $values })
pair-reason-shared-preference = یک ترجیح مشترک
pair-reason-repeat = قبلاً جفت شده‌اند ({ $values })
pair-reason-none = دلیل محکمی جز آزاد بودن نیست
pair-preview-title = <b>منتورهای پیشنهادی</b> ({ $count ->
    [one] { $count } جفت
   *[other] { $count } جفت
})
pair-preview-line = • { $mentee } ← { $mentor }: { $reasons }
pair-unmatched-no-feasible-mentor = • { $mentee }: هیچ منتوری جور نیست (زبان مشترکی نیست، یا کنار گذاشته شده)
pair-unmatched-all-feasible-mentors-full = • { $mentee }: منتورهای مناسب دیگر جا ندارند
pair-preview-confirm = /pair confirm از این منتورها می‌پرسد؛ /pair mentors دوباره حساب می‌کند.
pair-confirmed = { $count ->
    [one] از { $count } منتور پرسیدم.
   *[other] از { $count } منتور پرسیدم.
} هر کدام { $hours ->
    [one] { $hours } ساعت
   *[other] { $hours } ساعت
} برای پاسخ وقت دارد؛ بدون پاسخ، منتی به بهترین منتور بعدی پیشنهاد می‌شود.
pair-asked-one = از { $mentor } خواستم منتور { $mentee } باشد.
pair-ask = سلام { $mentor }! آیا حاضرید منتور { $mentee } در { $name } باشید؟
pair-why = چرا شما: { $reasons }.
pair-about = دربارهٔ او: { $about }
pair-ask-deadline = لطفاً تا { $when } پاسخ دهید.
button-pair-accept = می‌پذیرم
button-pair-decline = نمی‌پذیرم
pair-answer-late = این درخواست دیگر باز نیست.
pair-accepted-toast = سپاسگزارم! شما را به هم معرفی کردم.
pair-declined-thanks = سپاس که گفتید. از کس دیگری می‌پرسم.
pair-no-next-mentor = اکنون منتور آزاد دیگری برای { $mentee } در { $name } نیست. وقتی کسی جا داشت دوباره /pair mentors را بزنید.
pair-intro-mentee = { $person }، با منتورتان { $other } در { $name } آشنا شوید!
pair-intro-mentor = { $person }، با منتی‌تان { $other } در { $name } آشنا شوید!
pair-intro-times = چند زمان برای دیدار (ساعت 18:00 به وقت منتی):
pair-intro-time = • { $mentee } ({ $menteeZone }) = { $mentor } ({ $mentorZone })
pair-mine-mentor = منتور شما: { $other } ({ $status ->
    [asked] پرسیده شده، در انتظار پاسخ
   *[other] تأییدشده
})
pair-mine-mentee = منتی شما: { $other } ({ $status ->
    [asked] در انتظار پاسخ شما
   *[other] تأییدشده
})
pair-mine-none = هنوز در این دوره منتور یا منتی ندارید. منتور می‌خواهید؟ /profile set wants-mentor yes
pair-error-two-people = دو نفر را نام ببرید: /pair @منتور @منتی
pair-error-self = کسی نمی‌تواند منتور خودش باشد.
pair-error-has-mentor = { $mentee } از قبل منتور دارد (یا از کسی پرسیده شده). اول /unpair { $mentee }.
pair-error-no-mentors = هنوز کسی در این دوره برای منتوری داوطلب نشده است: اعضا با /profile set capacity 2 داوطلب می‌شوند.
pair-error-no-mentees = کسی منتظر منتور نیست: اعضا با /profile set wants-mentor yes درخواست می‌کنند.
pair-error-no-preview = پیش‌نمایشی برای تأیید نیست: /pair mentors یکی می‌سازد.
pair-error-not-paired = { $who } منتور یا منتی ندارد.
unpair-confirm = { $count ->
    [one] منتورینگ
   *[other] { $count } منتورینگ
} { $who } پایان یابد؟
button-unpair-confirm = پایان یابد
unpair-done = { $count ->
    [one] { $count } منتورینگ پایان یافت.
   *[other] { $count } منتورینگ پایان یافت.
}
mydata-mentorships = { $count ->
    [0] هیچ منتورینگی ندارید.
    [one] منتورینگ شما ({ $count }):
   *[other] منتورینگ‌های شما ({ $count }):
}
mydata-mentorship-mentor = • { $cohort }: منتور { $other } ({ $status })
mydata-mentorship-mentee = • { $cohort }: با منتوری { $other } ({ $status })
cmd-pair-peers-summary = اجرای یک دور هم‌تایان همین حالا: جفت‌ها (اگر تعداد فرد باشد یک سه‌نفره)، با همراهان تازه در صورت امکان
cmd-pair-peers-usage = /pair peers
cmd-pair-rounds-summary = دورهای هم‌تایان خودکار هر چند هفته یک بار، یا خاموش؛ چند روز تا پرسش «همدیگر را دیدید؟»
cmd-pair-rounds-usage = /pair rounds [every 2w | off | follow-up 3d]
cmd-pair-stats-summary = دورهای هم‌تایان تا اینجا: گروه‌ها، و چه کسانی گفتند همدیگر را دیده‌اند (به‌صورت خصوصی)
cmd-pair-stats-usage = /pair stats
pair-round-title = <b>دور هم‌تایان شمارهٔ { $number } در { $name }</b>: به همراهانتان سلام کنید و زمانی برای گفتگو پیدا کنید.
pair-round-line = • { $names }
pair-round-line-why = • { $names }: { $reasons }
pair-round-unplaced = • { $who }: این بار کسی جور نشد، متأسفم.
pair-round-unplaced-count = • { $count ->
    [one] برای { $count } نفر این بار کسی جور نشد، متأسفم.
   *[other] برای { $count } نفر این بار کسی جور نشد، متأسفم.
}
pair-round-unplaced-dm = سلام { $person }. در دور هم‌تایان شمارهٔ { $number } از { $name } این بار کسی با شما جور نشد، متأسفم. در دور بعدی دوباره تلاش می‌کنم.
pair-round-unplaced-coordinators = دور هم‌تایان شمارهٔ { $number } از { $name }: این بار کسی با { $names } جور نشد. فقط هماهنگ‌کننده‌ها این را می‌خوانند.
pair-round-follow-up = در { $when } از هر کدامتان می‌پرسم که آیا همدیگر را دیدید.
pair-round-dm = سلام { $person }! در دور هم‌تایان شمارهٔ { $number } از { $name } شما با { $others } هستید. سلام کنید و زمانی برای گفتگو پیدا کنید.
pair-met-question = سلام { $person }! آیا { $others } را دیدید (دور هم‌تایان شمارهٔ { $number } از { $name })؟
button-pair-met-yes = بله
button-pair-met-no = نه
button-pair-met-not-yet = هنوز نه
pair-met-thanks-yes = عالی، سپاسگزارم!
pair-met-thanks-no = سپاس که گفتید. شاید دور بعد.
pair-met-thanks-not-yet = یادداشت شد. بعداً هم می‌توانید «بله» را بزنید.
pair-peers-error-paused = { $name } متوقف است: تا از سرگیری، دور هم‌تایانی در کار نیست.
pair-peers-error-too-few = یک دور هم‌تایان دست‌کم دو عضو فعال لازم دارد (اعضای در توقف کنار گذاشته می‌شوند).
pair-rounds-off = دورهای هم‌تایان خاموش‌اند. /pair rounds every 2w روشنشان می‌کند؛ پرسش «همدیگر را دیدید؟» { $days ->
    [one] { $days } روز
   *[other] { $days } روز
} پس از هر دور می‌آید.
pair-rounds-on = دورهای هم‌تایان { $weeks ->
    [one] هر هفته
   *[other] هر { $weeks } هفته
}؛ بعدی در { $next }. پرسش «همدیگر را دیدید؟» { $days ->
    [one] { $days } روز
   *[other] { $days } روز
} پس از هر دور می‌آید.
pair-rounds-set = دورهای هم‌تایان { $weeks ->
    [one] هر هفته
   *[other] هر { $weeks } هفته
}؛ نخستین در { $next }. /pair peers همین حالا یکی اجرا می‌کند.
pair-rounds-turned-off = دورهای هم‌تایان خاموش شدند.
pair-rounds-follow-up-set = پرسش «همدیگر را دیدید؟» { $days ->
    [one] { $days } روز
   *[other] { $days } روز
} پس از هر دور می‌آید.
pair-rounds-error-usage = بگویید هر چند وقت: /pair rounds every 2w، /pair rounds every 1w یا /pair rounds off.
pair-rounds-error-weeks = دورها هر 1 تا { $max ->
    [one] { $max } هفته
   *[other] { $max } هفته
} یک بار برگزار می‌شوند، مثلاً /pair rounds every 2w.
pair-rounds-error-days = پرسش «همدیگر را دیدید؟» 1 تا { $max ->
    [one] { $max } روز
   *[other] { $max } روز
} پس از یک دور می‌آید، مثلاً /pair rounds follow-up 3d.
pair-stats-none = هنوز دور هم‌تایانی نبوده است: /pair peers یکی اجرا می‌کند.
pair-stats-title = <b>دورهای هم‌تایان</b> ({ $count })
pair-stats-line = • دور { $number } ({ $date }): { $groups ->
    [one] { $groups } گروه
   *[other] { $groups } گروه
}، { $people ->
    [one] { $people } نفر
   *[other] { $people } نفر
}. دیدار: بله { $yes }، نه { $no }، هنوز نه { $notYet }، بی‌پاسخ { $unanswered }
cmd-avoid-summary = هرگز با کسی جفت نشوید (خصوصی؛ به او گفته نمی‌شود)
cmd-avoid-usage = /avoid [@کاربر] [--remove] [--cohort "نام"]
avoid-title = <b>کسانی که هرگز با آن‌ها جفت نمی‌شوید</b>
avoid-line = • { $cohort }: { $names }
avoid-none = از کسی دوری نمی‌کنید. /avoid @کاربر را همین‌جا به‌صورت خصوصی بفرستید و من هرگز شما را با او جفت نمی‌کنم؛ به او گفته نمی‌شود.
avoid-added = یادداشت شد: هرگز شما را با { $who } جفت نمی‌کنم (در { $cohorts }). به او گفته نمی‌شود.
avoid-removed = { $who } دوباره می‌تواند با شما جفت شود (در { $cohorts }).
avoid-error-self = نمی‌توانید از خودتان دوری کنید.
avoid-error-no-shared-cohort = با { $who } هیچ دورهٔ مشترکی ندارید.
error-bad-stage = «{ $value }» مرحله نیست. یکی از این‌ها را انتخاب کنید: { $stages }.
field-preferences = ترجیح‌ها
profile-stage = مرحله: { $value }
profile-preferences = ترجیح‌های جفت‌سازی (فقط خودتان می‌بینید): { $value }
mydata-matching = { "  " }مرحله { $stage }؛ ترجیح‌های جفت‌سازی { $preferences }؛ کسانی که از آن‌ها دوری می‌کنید: { $avoid }
cmd-pair-settings-summary = دیدن یا تغییر شیوهٔ جفت کردن منتورها: بدون زبان مشترک، مهلت پاسخ
cmd-pair-settings-usage = /pair settings [--bridging yes|no] [--answer-within 72h]
pair-settings = تنظیمات جفت‌سازی: جفت‌های بدون زبان مشترک: { $bridging }؛ منتورها ظرف { $hours ->
    [one] { $hours } ساعت
   *[other] { $hours } ساعت
} پاسخ می‌دهند.
pair-settings-saved = ذخیره شد. جفت‌های بدون زبان مشترک: { $bridging }؛ منتورها ظرف { $hours ->
    [one] { $hours } ساعت
   *[other] { $hours } ساعت
} پاسخ می‌دهند.
pair-error-answer-within = «{ $value }» مدتی از 12h تا 14d نیست (مثل 48h یا 3d).
pair-decline-why = اگر مایلید، دلیلش را بگویید (با یک لمس). فقط هماهنگ‌کننده‌ها آن را می‌بینند؛ به { $mentee } گفته نمی‌شود چه کسی نپذیرفت.
button-decline-no-time = الان وقت ندارم
button-decline-topics = موضوع‌های من نیست
button-decline-other = دلیل دیگر
pair-decline-noted = سپاسگزارم. فقط هماهنگ‌کننده‌ها دلیل شما را می‌بینند؛ به { $mentee } گفته نمی‌شود چه کسی نپذیرفت.
pair-preview-declined = • { $mentor } { $mentee } را نپذیرفت ({ $reason ->
    [no-time] الان وقت ندارد
    [topics] موضوع‌های او نیست
    [other] دلیل دیگر
   *[none] بدون ذکر دلیل
})
mydata-peer-groups = { $count ->
    [0] در هیچ دور هم‌تایانی نبوده‌اید.
    [one] دور هم‌تایان شما ({ $count }):
   *[other] دورهای هم‌تایان شما ({ $count }):
}
mydata-peer-group = • { $cohort }، دور { $round }: با { $others } (دیدار: { $answer })

# حریم خصوصی: نماهایی فقط برای یک نفر، فرمان‌های خصوصی در گروه، کدام دوره (docs/privacy.md)
private-view-sent = { $person }، به‌صورت خصوصی برایتان فرستادم.
private-view-link = { $person }، این فقط برای خودتان است، نه برای این گروه: <a href="{ $link }">یک گفتگوی خصوصی با من باز کنید</a> تا آنجا بفرستم.
private-view-write-first = { $person }، این فقط برای خودتان است، نه برای این گروه: اول به‌صورت خصوصی برایم بنویسید، سپس { $command } را آنجا بفرستید.
private-refused = { $command } خصوصی است، پس فقط در گفتگوی خصوصی با من کار می‌کند.
private-refused-deleted = پیامتان را از گروه برداشتم.
private-refused-dm = { $person }، به‌صورت خصوصی برایتان نوشتم: آنجا ادامه دهید.
private-refused-link = <a href="{ $link }">ادامه در گفتگوی خصوصی با من</a>.
private-refused-write-first = به‌صورت خصوصی برایم بنویسید و آن را آنجا بفرستید.
private-continue = { $command } را در یک گروه امتحان کردید. اینجا میان خودمان می‌ماند: { $usage }
private-continue-here = اینجا میان خودمان می‌ماند: { $usage }
start-link-expired = این پیوند دیگر معتبر نیست. فرمان را دوباره همین‌جا بفرستید: در گفتگوی خصوصی هم کار می‌کند.
cohort-choice-ask = { $command } برای کدام دوره است؟
cohort-choice-none = در هیچ دوره‌ای نیستید که بتوانید { $command } را در آن به کار ببرید.
cohort-choice-gone = آن دوره دیگر از دوره‌های شما نیست (یا دیگر هماهنگ‌کننده‌اش نیستید).
cohort-choice-name-it = در چند دوره هستید: یکی را نام ببرید، مثل { $command } --cohort "نام". دوره‌های شما: { $cohorts }.
error-cohort-not-here = دورهٔ این گروه { $name } است، نه «{ $value }».
profile-private-hint = ترجیح‌های جفت‌سازی و متن «دربارهٔ من» شما خصوصی‌اند: برای دیدنشان /profile را به‌صورت خصوصی برایم بفرستید.
pair-ask-privacy = فقط هماهنگ‌کننده‌ها پاسخ شما و دلیلی را که می‌آورید می‌بینند؛ به { $mentee } گفته نمی‌شود چه کسی نپذیرفت.
pair-ask-privacy-group = هیچ‌کس اینجا نمی‌بیند کدام دکمه را می‌زنید: فقط هماهنگ‌کننده‌ها از پاسخ شما باخبر می‌شوند.
pair-declined-toast-private = سپاسگزارم. به‌صورت خصوصی برایتان نوشتم.
pair-declined-toast = سپاسگزارم. فقط هماهنگ‌کننده‌ها از پاسخ شما باخبر می‌شوند.
pair-no-next-mentor-group = کسی در این دوره هنوز منتظر منتور است. هماهنگ‌کننده‌ها: وقتی منتوری جا داشت /pair mentors.
mydata-mentorship-looking = • { $cohort }: دنبال منتوری برای شما هستم

## واژه‌ها برای مقدارها، و کلیدواژه‌هایی که مردم تایپ می‌کنند (docs/localization.md)

field-timezone = منطقهٔ زمانی
field-capacity = ظرفیت منتوری
field-wants-mentor = «منتور می‌خواهد»
field-stage = مرحله
stage-name = { $stage ->
    [newcomer] تازه‌وارد
    [contributor] مشارکت‌کننده
    [organizer] سازمان‌دهنده
   *[experienced] باتجربه
}
visibility-name = { $visibility ->
    [me] فقط شما
    [mentor] منتور شما
    [coordinators] هماهنگ‌کننده‌ها
   *[cohort] دوره
}
checkin-digest-answer = <i>{ $question }</i> { $answer }
checkin-digest-reflection = • { $name }: { $text }
keyword-skip = رد, بگذر, بعدی
keyword-weekly = هفتگی
keyword-every = هر
keyword-weeks = هفته
keyword-monthly = ماهانه, ماهیانه
keyword-first = اول, اولین
keyword-second = دوم, دومین
keyword-third = سوم, سومین
keyword-fourth = چهارم, چهارمین
keyword-last = آخر, آخرین
keyword-ignore = {""}

## Gatherings and the follow-up loop (src/features/gatherings)
cmd-gathering-summary = گردهمایی‌های این دوره: اعلام، پاسخ، گزارش
cmd-gathering-usage = /gathering [list|show|create|edit|cancel|report|mark|ics|feed|code|settings] [شماره]
cmd-gathering-list-summary = گردهمایی‌های پیش رو
cmd-gathering-list-usage = /gathering list
cmd-gathering-show-summary = یک گردهمایی، با پاسخ‌های تا این لحظه (شمار)
cmd-gathering-show-usage = /gathering show شماره
cmd-gathering-create-summary = اعلام یک گردهمایی (زمان به وقت منطقهٔ زمانی دوره، یا با { "--timezone" })
cmd-gathering-create-usage = /gathering create "عنوان" --at 2027-03-14 10:00 [--until 17:00] [--place "…"] [--online https://…] [--capacity 40] [--description "…"] [--timezone منطقه/شهر]
cmd-gathering-edit-summary = تغییر یک گردهمایی؛ زمان تازه همهٔ یادآوری‌ها را جابه‌جا می‌کند
cmd-gathering-edit-usage = /gathering edit شماره [--title "…"] [--at 2027-03-14 10:00] [--until 17:00] [--place "…"|-] [--online URL|-] [--capacity N|-] [--description "…"|-]
cmd-gathering-cancel-summary = لغو یک گردهمایی (اول می‌پرسد؛ به همهٔ کسانی که پاسخ داده‌اند خبر داده می‌شود)
cmd-gathering-cancel-usage = /gathering cancel شماره
cmd-gathering-report-summary = پاسخ‌ها، حضور و تعهدهای یک گردهمایی (به‌صورت خصوصی برایتان فرستاده می‌شود)
cmd-gathering-report-usage = /gathering report شماره
cmd-gathering-mark-summary = ثبت حاضر یا غایب بودن کسی پس از شروع
cmd-gathering-mark-usage = /gathering mark شماره @کاربر present|absent
cmd-here-summary = اعلام اینکه در گردهمایی در حال برگزاری حاضرید
cmd-here-usage = /here [شماره] [کد]
cmd-commit-summary = گفتن اینکه پس از یک گردهمایی چه چیزی را امتحان می‌کنید (حداکثر 3 مورد؛ فقط خودتان می‌خوانید، مگر آن را به اشتراک بگذارید)
cmd-commit-usage = /commit آنچه امتحان می‌کنید [--visibility me|mentor|coordinators] [--gathering شماره] [--by YYYY-MM-DD] [--cohort "نام"]
cmd-commitments-summary = تعهدهای شما و اینکه چطور پیش می‌روند
cmd-commitments-usage = /commitments
field-gathering-title = عنوان
field-gathering-capacity = ظرفیت
field-gathering-number = شمارهٔ گردهمایی
field-place = مکان
field-description = توضیحات
field-commitment = تعهد
button-gathering-going = می‌آیم
button-gathering-maybe = شاید
button-gathering-no = نمی‌آیم
button-gathering-here = اینجا هستم
button-gathering-cancel-confirm = بله، لغوش کن
button-commitment-done = انجام شد
button-commitment-partly = تا حدی
button-commitment-not-yet = هنوز نه
button-commitment-let-go = رهایش کن
gathering-card-title = <b>#{ $number } { $title }</b>
gathering-card-when = زمان: { $when }
gathering-card-place = مکان: { $place }
gathering-card-online = آنلاین: { $url }
gathering-card-capacity = ظرفیت: { $capacity }
gathering-card-description = { $description }
gathering-created = گردهمایی تازه:
gathering-edited = گردهمایی تغییر کرد:
gathering-rsvp-prompt = می‌آیید؟ یکی از پاسخ‌ها را بزنید؛ بعداً می‌توانید تغییرش دهید.
gathering-dst-gap = این زمان در شبی که ساعت‌ها جلو کشیده می‌شوند وجود ندارد: نخستین زمان پس از آن را گذاشتم.
gathering-dst-ambiguous = این زمان در شبی که ساعت‌ها عقب کشیده می‌شوند دو بار پیش می‌آید: اولی را گذاشتم.
gathering-counts = می‌آیند: { $going } · شاید: { $maybe } · نمی‌آیند: { $no } · فهرست انتظار: { $waitlist } · حاضر: { $present }
gathering-rsvp-going = شما به «{ $title }» می‌آیید: { $when }.
gathering-rsvp-maybe = شاید برای «{ $title }»: { $when }.
gathering-rsvp-no = ثبت شد: به «{ $title }» نمی‌آیید.
gathering-rsvp-waitlist = «{ $title }» پر است: در فهرست انتظار هستید و اگر جایی خالی شود خبرتان می‌کنم.
gathering-promoted = جایی خالی شد: اکنون به «{ $title }» می‌آیید، { $when }.
gathering-list-title = گردهمایی‌های پیش رو:
gathering-list-line = #{ $number } { $title }: { $when }
gathering-list-none = گردهمایی‌ای در پیش نیست. هماهنگ‌کننده‌ها با /gathering create یکی اعلام می‌کنند.
gathering-is-cancelled = این گردهمایی لغو شد.
gathering-cancel-confirm = «{ $title }» لغو شود؟ { $count ->
    [0] هنوز کسی پاسخ نداده است.
    [one] به یک نفر که پاسخ داده خبر داده می‌شود.
   *[other] به { $count } نفر که پاسخ داده‌اند خبر داده می‌شود.
}
gathering-cancelled = گردهمایی #{ $number } «{ $title }» لغو شد.
gathering-cancelled-dm = «{ $title }» ({ $when }) لغو شد. از تغییر برنامه پوزش می‌خواهم.
gathering-reminder = { $kind ->
    [week] یک هفتهٔ دیگر:
    [day] فردا:
   *[hour] یک ساعت دیگر:
} { $answer ->
    [maybe] (گفته‌اید شاید)
   *[going] (گفته‌اید می‌آیید)
}
gathering-reminder-link = «{ $title }» ده دقیقهٔ دیگر شروع می‌شود. از اینجا بپیوندید: { $url }
gathering-starts-now = #{ $number } «{ $title }» در حال شروع است. اینجا هستید؟ دکمه را بزنید (یا /here بنویسید).
gathering-here-recorded = خوش آمدید! حضورتان در «{ $title }» ثبت شد.
gathering-marked-present = { $name } در «{ $title }» حاضر ثبت شد.
gathering-marked-absent = { $name } در «{ $title }» غایب ثبت شد.
gathering-commit-ask = از اینکه به «{ $title }» ({ $cohort }) آمدید سپاسگزارم. در هفته‌های آینده چه چیزی را امتحان می‌کنید؟ یک تا سه مورد بنویسید، هر کدام با /commit، برای نمونه: <code>/commit برگزاری نخستین ویرایشگاه</code>. فقط خودتان آن‌ها را می‌خوانید، مگر اینکه { "--visibility" } mentor یا coordinators را بیفزایید. پس از یک هفته، یک ماه و سه ماه می‌پرسم چطور پیش می‌رود.
gathering-followup-week = یک هفته پس از «{ $title }»: «{ $text }» چطور پیش می‌رود؟
gathering-followup-later = پس از «{ $title }» می‌خواستید این را امتحان کنید: «{ $text }». انجامش دادید؟
commitment-answer-done = آفرین! «{ $text }» انجام شد.
commitment-answer-partly = ثبت شد: تا حدی انجام شده. بعداً دوباره می‌پرسم.
commitment-answer-not-yet = ثبت شد: هنوز نه. بعداً دوباره می‌پرسم؛ اگر چیزی مانعتان است، منتور یا یک هماهنگ‌کننده می‌تواند کمک کند.
commitment-answer-let-go = ثبت شد: «{ $text }» را کنار گذاشتید. دیگر درباره‌اش نمی‌پرسم.
commit-saved = برای «{ $title }» ذخیره شد. { $visibility ->
    [mentor] شما و منتورتان می‌توانید آن را بخوانید.
    [coordinators] شما و هماهنگ‌کننده‌ها می‌توانید آن را بخوانید.
   *[me] فقط خودتان می‌توانید آن را بخوانید.
} { $left ->
    [0] این سومی بود: می‌پرسم چطور پیش می‌روند.
    [one] می‌توانید یکی دیگر بیفزایید.
   *[other] می‌توانید { $left } مورد دیگر بیفزایید.
}
commit-error-no-gathering = گردهمایی اخیری از شما پیدا نکردم که این را زیرش ثبت کنم. با { "--gathering" } شماره یکی را نام ببرید.
commit-error-too-many = شما همین حالا { $max ->
    [one] { $max } تعهد
   *[other] { $max } تعهد
} برای این گردهمایی دارید: تعهدهای کمتر، با پیگیری، بهتر جواب می‌دهند.
commit-error-visibility = «{ $value }» هیچ‌کدام از me، mentor یا coordinators نیست.
commitments-title = تعهدهای شما:
commitments-line = • { $cohort }، «{ $title }»: { $text } ({ $status })
commitments-none = هنوز تعهدی ندارید. پس از یک گردهمایی، با /commit بنویسید چه چیزی را امتحان می‌کنید.
gathering-error-bad-date = «{ $value }» تاریخ و زمانی نیست که بفهمم. آن را این‌طور بنویسید: 2027-03-14 10:00.
gathering-error-past = آن زمان گذشته است.
gathering-error-too-far = این بیش از دو سال بعد است.
gathering-error-end-before-start = پایان باید پس از شروع باشد.
gathering-error-too-long = یک گردهمایی حداکثر 14 روز می‌تواند طول بکشد.
gathering-error-bad-link = «{ $value }» پیوند وب نیست: فقط پیوندهای http:// و https:// پذیرفته می‌شوند.
gathering-error-link-too-long = این پیوند بیش از حد بلند است (حداکثر { $max ->
    [one] { $max } نویسه
   *[other] { $max } نویسه
}).
gathering-error-unknown = گردهمایی #{ $number } در این دوره وجود ندارد. /gathering list آن‌ها را نشان می‌دهد.
gathering-error-unknown-button = این گردهمایی دیگر وجود ندارد.
gathering-error-cancelled = این گردهمایی لغو شد.
gathering-error-finished = این گردهمایی تمام شده است.
gathering-error-not-started = این گردهمایی هنوز شروع نشده است.
gathering-error-not-now = اکنون گردهمایی‌ای در حال برگزاری نیست: «اینجا هستم» از نیم ساعت پیش از شروع تا پایان پذیرفته می‌شود.
gathering-error-join-first = فقط اعضای این دوره می‌توانند پاسخ دهند: اول /join.
gathering-error-nothing-to-change = چیزی برای تغییر نیست: دست‌کم یک { "--flag" } بدهید.
gathering-summary-intro = پیگیری { $days ->
    [one] { $days } روز
   *[other] { $days } روز
} پس از آن چطور پیش می‌رود:
gathering-report-title = <b>#{ $number } { $title }</b>
gathering-report-commitments = تعهدها: { $count } از { $people ->
    [one] { $people } نفر
   *[other] { $people } نفر
} · انجام‌شده { $done } · تا حدی { $partly } · هنوز نه { $not-yet } · کنار گذاشته { $let-go } · باز { $open }
gathering-report-shared = به اشتراک گذاشته با هماهنگ‌کننده‌ها:
gathering-report-shared-line = • { $name } ({ $status }): { $text }
gathering-report-person = • { $name }: { $answer }، حاضر: { $present }
mydata-gatherings = { $count ->
    [0] به هیچ گردهمایی‌ای پاسخ نداده‌اید.
    [one] پاسخ‌های شما به گردهمایی‌ها (یک مورد):
   *[other] پاسخ‌های شما به گردهمایی‌ها ({ $count }):
}
mydata-gathering = • { $cohort }، «{ $title }»: { $answer }، حاضر: { $present }
mydata-commitments = { $count ->
    [0] هیچ تعهدی نداده‌اید.
    [one] تعهدهای شما (یک مورد):
   *[other] تعهدهای شما ({ $count }):
}
mydata-commitment = • { $cohort } ({ $status }، { $visibility }): { $text }
report-gatherings-title = گردهمایی‌ها: پاسخ‌ها، حضور و تعهدها
report-gathering-line = #{ $number } { $title }: { $going } می‌آیند، { $present } حاضر؛ { $commitments ->
    [one] { $commitments } تعهد
   *[other] { $commitments } تعهد
}: { $done } انجام‌شده، { $partly } تا حدی، { $open } باز
report-gathering-going = می‌آیند
report-gathering-present = حاضر
report-gathering-axis = گردهمایی
report-gathering-count = نفر
gathering-rsvp-noted = ثبت شد. جزئیات را به‌صورت خصوصی برایتان فرستادم.
gathering-moved = «{ $title }» زمان تازه‌ای دارد: { $when }.
commitment-answer-not-yet-mentor = ثبت شد: هنوز نه. چیزی مانعتان است؟ { $mentor }، منتورتان، می‌تواند کمک کند: با یک فشار دکمه به او می‌گویم چه چیزی را می‌خواستید امتحان کنید.
button-commitment-ask-mentor = از منتورم کمک بخواه
commitment-help-to-mentor = { $mentee } ({ $cohort }) در چیزی که می‌خواست پس از یک گردهمایی امتحان کند گیر کرده است: «{ $text }». می‌توانید با او تماس بگیرید؟
commitment-help-sent = به { $mentor } گفتم. با شما تماس می‌گیرد.
commitment-help-unreachable = اکنون نمی‌توانم به‌صورت خصوصی به { $mentor } پیام بدهم: لطفاً خودتان مستقیم با او تماس بگیرید.
cmd-hope-summary = پیش از یک گردهمایی، به برگزارکنندگان بگویید امیدوارید چه بیاموزید یا در چه چیزی کمک بگیرید
cmd-hope-usage = /hope آنچه امیدوارید بیاموزید [--gathering شماره] [--cohort "نام"] (/hope - پاکش می‌کند)
field-intention = امید
gathering-reminder-hope = امیدوارید چه بیاموزید یا در چه چیزی کمک بگیرید؟ به‌صورت خصوصی با /hope … به برگزارکنندگان بگویید
hope-saved = سپاسگزارم: برگزارکنندگان «{ $title }» آن را می‌خوانند (فقط آن‌ها و شما).
hope-cleared = برای «{ $title }» پاک شد.
hope-error-no-gathering = گردهمایی پیش رویی که به آن پاسخ داده باشید پیدا نکردم. اول به یکی پاسخ دهید، یا با { "--gathering" } شماره نامش را ببرید.
hope-error-started = آن گردهمایی شروع شده است.
gathering-report-hopes = آنچه افراد امیدوارند بیاموزند:
gathering-report-hope-line = • { $name }: { $text }
mydata-gathering-hope = { "  " }آنچه امیدوارید بیاموزید: { $text }
## Surveys (src/features/surveys)
cmd-survey-summary = نظرسنجی‌ها: قالب‌ها، ساختن، فرستادن، نتایج، بستن (هماهنگ‌کننده‌ها)
cmd-survey-usage = /survey [templates|new|create|import|export|edit|show|send|poll|results|threshold|close|delete|list]
cmd-survey-templates-summary = نظرسنجی‌های آماده: پس از گردهمایی، 30 روز بعد، خودارزیابی
cmd-survey-templates-usage = /survey templates
cmd-survey-create-summary = ساختن نظرسنجی از یک قالب، یا از یک تعریف کوتاه (docs/surveys.md)
cmd-survey-create-usage = /survey create feedback|followup|self-assessment [--anonymous] | /survey create عنوان + در هر خط یک پرسش
cmd-survey-edit-summary = تغییر پرسش‌های یک نظرسنجی (اگر کسی پاسخ داده باشد، نسخهٔ تازه)
cmd-survey-edit-usage = /survey edit شناسه + تعریف تازه
cmd-survey-show-summary = پیش‌نمایش پرسش‌های یک نظرسنجی (به‌صورت خصوصی برایتان فرستاده می‌شود)
cmd-survey-show-usage = /survey show شناسه
cmd-survey-send-summary = فرستادن نظرسنجی به دوره، برای هر نفر به‌صورت خصوصی
cmd-survey-send-usage = /survey send شناسه [--to cohort|gathering:N|role:mentor] [--deadline 7d] [--remind 1d]
cmd-survey-results-summary = نتایج یک نظرسنجی: نتیجهٔ هر پرسش فقط وقتی نشان داده می‌شود که دست‌کم به اندازهٔ کوچک‌ترین گروه نمایش‌دادنی دوره به آن پاسخ داده باشند (به‌صورت خصوصی برایتان فرستاده می‌شود)
cmd-survey-results-usage = /survey results شناسه [--group]
cmd-survey-close-summary = بستن نظرسنجی: دیگر پاسخی پذیرفته نمی‌شود
cmd-survey-close-usage = /survey close شناسه
cmd-survey-list-summary = نظرسنجی‌های دوره
cmd-survey-list-usage = /survey list
cmd-surveys-summary = نظرسنجی‌های باز شما، برای پاسخ دادن یا تغییر پاسخ‌ها (خصوصی)
cmd-surveys-usage = /surveys
button-survey-skip = رد شدن
button-survey-done = تمام
button-survey-yes = بله
button-survey-no = نه
button-survey-answer = پاسخ به «{ $title }»
button-survey-change = تغییر پاسخ‌هایم به «{ $title }»
survey-dm-intro = <b>{ $title }</b> { $anonymous ->
    [yes] (ناشناس: هیچ‌کس، حتی هماهنگ‌کننده‌ها، نمی‌تواند ببیند کدام پاسخ‌ها از شماست)
   *[no] (هماهنگ‌کننده‌ها پاسخ‌های شما را می‌بینند؛ نتایج فقط مجموع‌های { $k ->
        [one] { $k } نفر
       *[other] { $k } نفر
    } یا بیشتر را نشان می‌دهند)
}
survey-dm-question = پرسش { $n } از { $total }:
survey-dm-text-hint = با یک متن کوتاه پاسخ دهید.
survey-dm-text-hint-optional = با یک متن کوتاه پاسخ دهید، یا «رد».
survey-dm-multi-hint = همهٔ گزینه‌های درست را انتخاب کنید، سپس «تمام» را بزنید.
survey-dm-scale-hint = از { $min } تا { $max }.
survey-answer-saved = ذخیره شد.
survey-thanks = از پاسخ‌هایتان سپاسگزارم!
survey-done-anonymous = پاسخ‌هایتان بدون نامتان ذخیره شد. اکنون دیگر نمی‌توان آن‌ها را تغییر داد.
survey-done-named = تا پایان مهلت می‌توانید با /surveys پاسخ‌هایتان را تغییر دهید.
survey-changing = پاسخ‌های پیشین شما تا وقتی جایگزینشان کنید نگه داشته می‌شوند.
survey-already-answered = شما پیش‌تر به این نظرسنجی پاسخ داده‌اید.
survey-invite-group = یک نظرسنجی کوتاه، «{ $title }». اگر درباره‌اش به‌صورت خصوصی به شما پیام نداده‌ام، { $link } را باز کنید تا آنجا پاسخ دهید.
survey-invite-group-nolink = یک نظرسنجی کوتاه، «{ $title }». اگر درباره‌اش به‌صورت خصوصی به شما پیام نداده‌ام، آنجا به من پیام دهید و /surveys را بفرستید.
survey-reminder = یادآوری: «{ $title }» حدود { $left ->
    [one] { $left } ساعت
   *[other] { $left } ساعت
} دیگر بسته می‌شود. برای پاسخ دادن یا ادامه، /surveys را بفرستید.
survey-error-definition = تعریف این نظرسنجی معتبر نیست (در { $where }). برای قالب‌بندی docs/surveys.md را ببینید.
survey-error-json = این JSON خوانده نمی‌شود.
survey-error-line = خط { $n } پرسش نیست. بنویسید «نوع: پرسش»، مثلاً «scale5: چقدر مفید بود؟».
survey-error-type = خط { $n }: «{ $type }» نوع پرسش نیست. از single، multi، scale5، scale10، yesno یا text استفاده کنید.
survey-error-too-long = این تعریف بیش از حد بلند است (حداکثر { $max ->
    [one] { $max } نویسه
   *[other] { $max } نویسه
}).
survey-error-too-many = یک نظرسنجی حداکثر { $max ->
    [one] { $max } پرسش
   *[other] { $max } پرسش
} دارد.
survey-error-no-template = قالبی به نام «{ $name }» وجود ندارد. قالب‌ها: { $templates }.
survey-error-no-themes = خودارزیابی دربارهٔ موضوع‌های دوره می‌پرسد و این دوره موضوعی ندارد. با /cohort edit { "--themes" } "…" آن‌ها را بیفزایید.
survey-error-not-found = نظرسنجی { $id } در این دوره وجود ندارد. /survey list را ببینید.
survey-error-not-member = شما در دورهٔ این نظرسنجی نیستید.
survey-error-closed = این نظرسنجی بسته شده است.
survey-error-unknown = این نظرسنجی دیگر وجود ندارد.
survey-error-remind = «{ $value }» بازهٔ زمانی‌ای مانند 1d یا 12h نیست.
survey-error-range = لطفاً با عددی از { $min } تا { $max } پاسخ دهید.
survey-error-required = این پرسش پاسخ لازم دارد.
survey-error-use-buttons = لطفاً با دکمه‌های پرسش پاسخ دهید.
survey-error-answer-too-long = این پاسخ بیش از حد بلند است (حداکثر { $max ->
    [one] { $max } نویسه
   *[other] { $max } نویسه
}).
survey-created = نظرسنجی { $number } آماده است: «{ $title }»، { $questions ->
    [one] { $questions } پرسش
   *[other] { $questions } پرسش
}، { $anonymous ->
    [yes] ناشناس
   *[no] با نام
}. با /survey show { $number } بررسی‌اش کنید و با /survey send { $number } بفرستیدش.
survey-edited = نظرسنجی { $number } اکنون نسخهٔ { $version } است. پاسخ‌های پیشین با همان نسخه‌ای که به آن پاسخ داده شده می‌مانند.
survey-sent = نظرسنجی { $number } فرستاده شد: { $dm } به‌صورت خصوصی، { $group } با پیوندی در اینجا. مهلت: { $deadline }.
survey-closed = نظرسنجی { $number } بسته شد. /survey results { $number } را ببینید.
survey-list-title = <b>نظرسنجی‌ها</b>
survey-list-none = هنوز نظرسنجی‌ای نیست. با /survey templates شروع کنید.
survey-list-line = { $number }. { $title } ({ $status }، { $anonymous ->
    [yes] ناشناس
   *[no] با نام
})
survey-show-title = <b>نظرسنجی { $number }: { $title }</b> ({ $status }، { $anonymous ->
    [yes] ناشناس
   *[no] با نام
})
survey-show-if = فقط اگر { $question } = { $equals }
survey-show-optional = (اختیاری)
survey-show-deadline = مهلت: { $at }
survey-templates-title = <b>قالب‌های نظرسنجی</b>
survey-template-line = • { $name }: { $about }
survey-templates-hint = با /survey create نام [--anonymous] یکی بسازید.
survey-results-title = <b>نتایج نظرسنجی { $number }: { $title }</b> ({ $status })
survey-results-none = هنوز پاسخی نیامده است.
survey-results-version = <b>نسخهٔ { $n }</b>
survey-results-people = { $n ->
    [one] { $n } نفر پاسخ داد.
   *[other] { $n } نفر پاسخ دادند.
}
survey-results-answered = { $n ->
    [one] { $n } پاسخ
   *[other] { $n } پاسخ
}
survey-results-option = { $option }: { $n } ({ $pct }٪)
survey-results-scale = میانگین { $mean }، میانه { $median } (از { $max })
survey-results-texts-hidden = پاسخ‌های نوشتاری فقط به هماهنگ‌کننده‌ها نشان داده می‌شوند.
survey-change-title = <b>پیش و پس</b> (نظرسنجی { $before } ← نظرسنجی { $after })
survey-change-paired = { $question }: به‌طور میانگین { $change }، برای { $n ->
    [one] { $n } نفری که به هر دو پاسخ داد
   *[other] { $n } نفری که به هر دو پاسخ دادند
}
survey-change-means = { $question }: { $before } ← { $after } ({ $change })
surveys-title = <b>نظرسنجی‌های باز شما</b>
surveys-line = • { $cohort }: { $title } ({ $state ->
    [done] پاسخ داده‌شده
    [started] شروع‌شده
   *[new] شروع‌نشده
}، تا { $deadline })
surveys-none = نظرسنجی بازی ندارید.
survey-mydata-named = • پاسخ‌های شما به نظرسنجی «{ $title }»:
survey-mydata-skipped = (رد شده)
survey-mydata-anonymous = • پاسخ‌هایی که به نظرسنجی‌های ناشناس داده‌اید بدون نام یا هیچ شناسه‌ای ذخیره شده‌اند: نمی‌توانم بفهمم کدام از شماست، پس نمی‌توانم آن‌ها را نشان دهم یا پاک کنم.
survey-report-title = نظرسنجی‌ها
survey-report-line = { $title }: { $people ->
    [one] { $people } نفر پاسخ داد
   *[other] { $people } نفر پاسخ دادند
}
survey-tpl-feedback-title = پس از گردهمایی
survey-tpl-feedback-about = بازخورد درست پس از یک گردهمایی (5 پرسش)
survey-tpl-feedback-intro = چند پرسش دربارهٔ گردهمایی، تا دفعهٔ بعد بهتر شود.
survey-tpl-feedback-useful = روی هم رفته، گردهمایی چقدر برایتان مفید بود؟
survey-tpl-feedback-best = چه چیزی بیش از همه به شما کمک کرد؟
survey-tpl-feedback-best-sessions = جلسه‌ها
survey-tpl-feedback-best-people = آشنایی با آدم‌ها
survey-tpl-feedback-best-practice = تمرین عملی
survey-tpl-feedback-best-materials = منابع و مطالب
survey-tpl-feedback-again = باز هم به گردهمایی‌ای مانند این می‌آیید؟
survey-tpl-feedback-why-not = چرا نه؟
survey-tpl-feedback-change = دفعهٔ بعد چه چیزی را باید تغییر دهیم؟
survey-tpl-followup-title = 30 روز بعد
survey-tpl-followup-about = یک ماه بعد: افراد از چه چیزی استفاده کردند و چه چیزی مانعشان شد (5 پرسش)
survey-tpl-followup-intro = یک ماه گذشته است. از آنچه آموختید از چه چیزی استفاده کردید؟
survey-tpl-followup-used = از آن زمان از چه چیزی استفاده کرده‌اید؟
survey-tpl-followup-used-skills = مهارت‌هایی که آموختم
survey-tpl-followup-used-tools = ابزارهایی که شناختم
survey-tpl-followup-used-contacts = آدم‌هایی که دیدم
survey-tpl-followup-used-nothing = هنوز هیچ
survey-tpl-followup-blocked = چیزی مانعتان شد؟
survey-tpl-followup-what-blocked = چه چیزی مانعتان شد؟
survey-tpl-followup-recommend = چقدر احتمال دارد این دوره را به یک دوست پیشنهاد کنید؟
survey-tpl-followup-else = چیز دیگری هست که بخواهید به ما بگویید؟
survey-tpl-self-assessment-title = خودارزیابی
survey-tpl-self-assessment-about = میزان اطمینان از 1 تا 5 دربارهٔ هر یک از موضوع‌های دوره؛ پیش و پس اجرایش کنید
survey-tpl-self-assessment-intro = چقدر به خودتان اطمینان دارید؟ 1 یعنی اصلاً، 5 یعنی خیلی.
survey-tpl-self-question = چقدر دربارهٔ این به خودتان اطمینان دارید:
## Reports and exports (src/features/reports, the features' report parts)
cmd-report-summary = نمودارهای زندگی دوره، به‌صورت خصوصی برایتان فرستاده می‌شود؛ «group»: خلاصه‌ای برای همه
cmd-report-usage = /report [group|web|web revoke|threshold 8] [--since 2027-01-01] [--what members|checkins|pairing|gatherings|surveys]
cmd-export-summary = اعداد پشت /report به‌صورت فایل: CSV برای صفحه‌گسترده، JSON، یا یک صفحهٔ متاویکی
cmd-export-usage = /export [csv|json|wikitext] [--since 2027-01-01] [--what members|checkins|pairing|gatherings|surveys]
report-nothing = هنوز چیزی برای نشان دادن از { $cohort } از { $since } تاکنون نیست.
report-header = <b>{ $cohort }</b>: گزارش از { $since } تا { $until }
report-group-header = <b>{ $cohort } چطور پیش می‌رود</b> (از { $since })
report-no-images = این گفتگو نمی‌تواند تصویر نشان دهد، پس فقط اعداد را می‌آورم.
report-group-posted = خلاصه را در گروه { $cohort } گذاشتم.
report-error-since = { "--since" } تاریخی مانند 2027-01-01 لازم دارد؛ «{ $value }» تاریخ نیست.
report-error-since-future = { "--since" } «{ $value }» در آینده است: هنوز چیزی برای گزارش نیست.
report-error-what = { "--what" } یک یا چند مورد از این‌ها را می‌پذیرد: { $allowed }. «{ $value }» جزو آن‌ها نیست.
report-error-word = «{ $word }» را اینجا نمی‌شناسم. /report، /report group یا /help report را امتحان کنید.
report-error-no-group = دیگر به گروه این دوره دسترسی ندارم، پس نمی‌توانم آنجا چیزی بگذارم.
export-error-format = می‌توانم به‌صورت { $allowed } خروجی بگیرم؛ «{ $value }» جزو آن‌ها نیست.
export-sent = { $count ->
    [one] این هم خروجی { $format } شما: یک فایل.
   *[other] این هم خروجی { $format } شما: { $count } فایل.
}
export-inline = این گفتگو نمی‌تواند فایل دریافت کند، پس متن هر کدام را برای کپی کردن می‌آورم.
report-few = کمتر از 5
report-members-title = اعضا در طول زمان
report-series-joined = پیوستند
report-series-left = رفتند
report-series-members = در دوره
report-members-now = اکنون: { $active } فعال، { $paused } در استراحت، { $left } رفته.
report-members-period = از { $since }: { $joined } پیوستند، { $left } رفتند.
report-axis-month = ماه
report-axis-week = هفته
report-axis-people = نفر
report-col-status = وضعیت
report-col-people = نفر
report-col-answered = پاسخ دادند
report-col-expected = پرسیده‌شده
report-col-date = تاریخ
report-checkins-title = گزارش‌های پیشرفت: چه کسانی پاسخ دادند
report-axis-checkin = گزارش پیشرفت
report-axis-rate = پاسخ داده‌اند (%)
report-checkins-total = { $count ->
    [one] { $count } گزارش پیشرفت
   *[other] { $count } گزارش پیشرفت
}: { $answered ->
    [one] { $answered } پاسخ
   *[other] { $answered } پاسخ
} از { $expected } پرسش ({ $rate }%).
report-checkins-line = { $date }: { $answered } از { $expected } پاسخ دادند ({ $rate }%)
report-checkins-hidden = { $date }: از کمتر از { $k ->
    [one] { $k } نفر
   *[other] { $k } نفر
} پرسیده شد، نشان داده نمی‌شود
report-checkins-count = { $count ->
    [one] { $count } گزارش پیشرفت برگزار شد.
   *[other] { $count } گزارش پیشرفت برگزار شد.
}
report-mentorships-title = منتوری‌ها
report-axis-mentorships = منتوری‌ها
report-mentorship-status = { $status ->
    [all] درخواست‌شده
    [accepted] پذیرفته‌شده
    [active] هنوز فعال
    [declined] ردشده
    [timed_out] بی‌پاسخ
   *[asked] در انتظار
}
report-mentorships-line = { $asked } درخواست: { $accepted } پذیرفته‌شده ({ $active } هنوز فعال)، { $declined } ردشده، { $timedOut } بی‌پاسخ، { $waiting } در انتظار.
report-mentorships-group = { $active ->
    [one] { $active } منتوری در جریان است.
   *[other] { $active } منتوری در جریان است.
}
report-peers-title = دورهای هم‌تایان: دیدار کردید؟
report-axis-round = دور
report-peer-answer = { $answer ->
    [yes] دیدار کردند
    [not-yet] هنوز نه
    [no] دیدار نکردند
   *[none] بی‌پاسخ
}
report-peers-line = دور { $number } ({ $date }): { $yes } از { $people } نفر دیدار کردند ({ $rate }%)، { $notYet } هنوز نه، { $no } نه، { $silent } پاسخ ندادند.
report-peers-hidden = دور { $number } ({ $date }): کمتر از { $k ->
    [one] { $k } نفر
   *[other] { $k } نفر
}، نشان داده نمی‌شود
# Issue 12 (wave2-edges): /help start, quotes inside quoted text
cmd-start-summary = شروع گفتگوی خصوصی با من (پیوند پیوستن یا پاسخ دادن آن را برایتان باز می‌کند)
error-quote-inside = اگر { $quote } درون متنِ داخل گیومه بیاید، متن را زودتر از موعد تمام می‌کند. آن را به شکل \{ $quote } بنویسید یا گیومهٔ دیگری (“…” یا «…») دور متن بگذارید.
keyword-duration-minutes = دقیقه
keyword-duration-hours = ساعت
keyword-duration-days = روز
keyword-duration-weeks = هفته

## w4-checkins
checkin-next-after-skip = { $next } ({ $skipped } رد می‌شود)
checkin-error-duplicate = زمان‌بندی شمارهٔ { $id } همین آهنگ را دارد: دومی هر گزارش پیشرفت و هر خلاصه را دو بار می‌فرستد. زمان دیگری برگزینید، یا /checkin list را ببینید.
checkin-error-already-open = گزارش پیشرفت زمان‌بندی شمارهٔ { $id } هم‌اکنون تا { $closes } باز است: پاسخ‌ها به همان می‌رسد.
checkin-stats-open = اکنون باز: زمان‌بندی شمارهٔ { $id }، تاکنون { $answered } از { $total } پاسخ داده‌اند؛ بسته می‌شود { $closes }.
cohort-error-create-right = فقط مدیر این گفتگو (یا هماهنگ‌کنندهٔ دورهٔ آن) می‌تواند اینجا دوره بسازد.
cohort-timezone-not-given = { $source ->
    [yours] منطقهٔ زمانی: { $timezone } (منطقهٔ شما؛ چیزی داده نشد).
   *[default] منطقهٔ زمانی: { $timezone } (پیش‌فرض؛ چیزی داده نشد).
} گزارش‌های پیشرفت از آن پیروی می‌کنند. برای تغییر: /cohort edit --timezone منطقه/شهر
checkin-digest-coordinators-kept = پاسخ‌های هم‌رسانی‌شده برای هماهنگ‌کننده‌ها نگه داشته می‌شود: آن‌ها را به‌صورت خصوصی با /checkin digest می‌خوانند.
checkin-digest-coordinators-start = { $names }: هنوز نمی‌توانم به‌صورت خصوصی برایتان بنویسم، پس خلاصه منتظر شماست. یک گفتگوی خصوصی با من باز کنید و /checkin digest را بفرستید.
cmd-checkin-digest-summary = آخرین گزارش پیشرفت همان‌طور که هماهنگ‌کننده‌ها می‌خوانند: چه کسانی شرکت کردند و پاسخ‌های هم‌رسانی‌شده (به‌صورت خصوصی)
cmd-checkin-digest-usage = /checkin digest
checkin-answer-updated = پاسخ شما به پرسش { $n } به‌روز شد.
timezone-cleared = منطقهٔ زمانی شما پاک شد؛ زمان‌ها به وقت { $timezone } نشان داده می‌شود (اکنون { $now }).
## w4-network
cmd-network-summary = شبکه‌های دوره‌ها: پیوند دادن دوره‌ها، به اشتراک گذاشتن آموخته‌ها، دیدنشان کنار هم
cmd-network-usage = /network [list|create|invite|join|leave|hub|settings|report|announce]
cmd-network-list-summary = شبکه‌هایی که این دوره در آن‌هاست
cmd-network-list-usage = /network list
cmd-network-create-summary = آغاز یک شبکه با این دوره؛ هماهنگی‌اش با شماست
cmd-network-create-usage = /network create "نام"
cmd-network-invite-summary = کدی یک‌بارمصرف برای یک دورهٔ دیگر (به‌صورت خصوصی فرستاده می‌شود)
cmd-network-invite-usage = /network invite ["شبکه"]
cmd-network-join-summary = این دوره با یک کد به شبکه می‌پیوندد (فقط هماهنگ‌کننده‌اش)
cmd-network-join-usage = /network join کد
cmd-network-leave-summary = این دوره از یک شبکه بیرون می‌رود
cmd-network-leave-usage = /network leave ["شبکه"]
cmd-network-hub-summary = این گفتگو را پاتوق شبکه کنید، جایی که خلاصهٔ آن می‌رسد
cmd-network-hub-usage = /network hub ["شبکه"]
cmd-network-settings-summary = اینکه اشتراک‌های این دوره منتظر تأیید هماهنگ‌کننده بمانند یا نه
cmd-network-settings-usage = /network settings [--approval on|off] [--announcements on|off] ["شبکه"]
cmd-network-report-summary = دوره‌های شبکه کنار هم (به‌صورت خصوصی)
cmd-network-report-usage = /network report ["شبکه"]
cmd-share-summary = یکی از تأمل‌ها، پاسخ‌های گزارش پیشرفت یا تعهدهایتان را به شبکه‌های دوره‌تان پیشنهاد دهید
cmd-share-usage = /share [withdraw]
cmd-share-list-summary = انتخاب چیزی برای اشتراک
cmd-share-list-usage = /share
cmd-share-withdraw-summary = پس گرفتن چیزی پیش از فرستاده شدن
cmd-share-withdraw-usage = /share withdraw
field-network-name = نام شبکه
network-created = شبکهٔ «{ $name }» با { $cohort } ساخته شد. هماهنگی‌اش با شماست. دورهٔ دیگری را با <code>/network invite</code> دعوت کنید.
network-invite-code = کد یک‌بارمصرف برای «{ $name }»: <code>{ $code }</code>. تا { $until } و برای یک دوره معتبر است. هماهنگ‌کنندهٔ آن دوره در گروه دوره می‌نویسد <code>/network join { $code }</code>.
network-joined = { $cohort } به «{ $name }» پیوست. شمار دوره‌های شبکه اکنون: { $count }.
network-left = { $cohort } از «{ $name }» بیرون رفت. مواردی از این دوره که هنوز فرستاده نشده‌اند، فرستاده نمی‌شوند.
network-list-none = { $cohort } در هیچ شبکه‌ای نیست. هماهنگ‌کننده می‌تواند با <code>/network create "نام"</code> شبکه‌ای آغاز کند یا با یک کد به شبکه‌ای بپیوندد.
network-list-title = شبکه‌های { $cohort }:
network-list-line = • «{ $name }»: { $cohorts }؛ تأیید { $approval ->
    [on] روشن
   *[off] خاموش
}؛ پاتوق { $hub ->
    [yes] وصل
   *[no] وصل نیست
}
network-approval-set = اشتراک‌های { $cohort } به «{ $name }» { $approval ->
    [on] اکنون منتظر تأیید هماهنگ‌کننده می‌مانند.
   *[off] اکنون بی‌تأیید فرستاده می‌شوند.
}
network-error-none = این دوره در هیچ شبکه‌ای نیست.
network-error-which = بگویید کدام شبکه: { $names }.
network-error-unknown-name = شبکه‌ای به نام «{ $name }» اینجا نیست. شبکه‌ها: { $names }.
network-error-not-network-coordinator = فقط هماهنگ‌کننده‌های شبکه می‌توانند این کار را بکنند و شما هماهنگ‌کنندهٔ هیچ شبکه‌ای نیستید.
network-error-too-many = یک دوره حداکثر می‌تواند در { $max ->
    [one] { $max } شبکه
   *[other] { $max } شبکه
} باشد.
network-error-code-unknown = این کد شناخته نیست. از هماهنگ‌کنندهٔ شبکه کد تازه‌ای بخواهید.
network-error-code-used = این کد پیش‌تر به کار رفته است. هر کد برای پیوستن یک دوره است؛ کد تازه‌ای بخواهید.
network-error-code-expired = این کد منقضی شده است. از هماهنگ‌کنندهٔ شبکه کد تازه‌ای بخواهید.
network-error-already-in = { $cohort } هم‌اکنون در «{ $name }» است. کد به کار نرفت.
network-error-approval-value = بنویسید <code>--approval on</code> یا <code>--approval off</code>.
network-hub-attached = این گفتگو اکنون پاتوق «{ $name }» است: خلاصهٔ هفتگی آموخته‌های به اشتراک گذاشته‌شدهٔ شبکه اینجا می‌رسد.
network-hub-error-cannot-post = نمی‌توانم در آن گفتگو پیام بگذارم، پس پاتوق «{ $name }» نشد. اجازهٔ پیام گذاشتن بدهید و دوباره امتحان کنید.
network-digest-title = از شبکهٔ «{ $name }»: آنچه اعضایش برای اشتراک برگزیدند ({ $count })
network-digest-language = <b>به زبان { $language }</b>
network-digest-item = • { $text } ({ $cohort })
network-digest-item-named = • { $text } ({ $cohort }، { $author })
network-share-title = چه چیزی را می‌خواهید به شبکه‌های دوره‌تان پیشنهاد دهید؟ بی انتخاب شما چیزی فرستاده نمی‌شود.
network-share-item = { $n }. { $kind ->
    [reflection] تأمل
    [checkin] پاسخ گزارش پیشرفت
   *[commitment] تعهد
} ({ $cohort }): { $text }
network-share-button = اشتراک { $n }
network-share-outcome = { $text } — { $status ->
    [done] انجام شد
    [partly] بخشی انجام شد
    [not-yet] هنوز نه
   *[let-go] کنار گذاشتم
}
network-share-confirm = این را به { $networks } پیشنهاد می‌دهید:
    { $text }
    نام شما در خلاصه بیاید؟
network-share-with-name = با نام من
network-share-without-name = بدون نام من
network-share-cancel = لغو
network-share-cancelled = چیزی به اشتراک گذاشته نشد.
network-share-done = با { $networks } به اشتراک گذاشته شد. در خلاصهٔ بعدی می‌رود؛ تا آن زمان <code>/share withdraw</code> آن را پس می‌گیرد.
network-share-pending = به { $networks } پیشنهاد شد. نخست هماهنگ‌کنندهٔ دوره‌تان تأییدش می‌کند؛ <code>/share withdraw</code> آن را پس می‌گیرد.
network-share-error-no-network = هیچ‌یک از دوره‌هایتان در شبکه‌ای نیست، پس کسی برای اشتراک نیست.
network-share-error-nothing = هنوز تأمل، پاسخ گزارش پیشرفت یا نتیجهٔ تعهدی برای اشتراک ندارید.
network-share-error-gone = این مورد دیگر از آن شما نیست یا دیگر وجود ندارد.
network-share-error-already = این مورد را پیش‌تر به این شبکه‌ها پیشنهاد داده‌اید.
network-approve-ask = یکی از اعضای { $cohort } می‌خواهد این را با شبکهٔ «{ $network }» به اشتراک بگذارد:
    { $text }
network-approve-yes = تأیید
network-approve-no = رد
network-approve-done = تأیید شد: در خلاصهٔ بعدی می‌رود.
network-decline-done = رد شد: فرستاده نمی‌شود.
network-approve-already = هماهنگ‌کنندهٔ دیگری پیش‌تر تصمیم گرفته یا نویسنده پسش گرفته است.
network-approve-not-coordinator = فقط هماهنگ‌کنندهٔ آن دوره می‌تواند تصمیم بگیرد.
network-withdraw-item = { $n }. { $text }
network-withdraw-button = پس گرفتن { $n }
network-report-title = «{ $name }»، ۳۰ روز گذشته (دوره‌ها: { $count })
network-report-line = • { $cohort }: { $members ->
    [one] { $members } عضو
   *[other] { $members } عضو
}، پاسخ‌دهندگان به گزارش پیشرفت { $active }، { $checkins ->
    [yes] نرخ پاسخ { $rate }٪
   *[no] بدون گزارش پیشرفت
}
network-report-line-small = • { $cohort }: کمتر از ۵ عضو، نشان داده نمی‌شود
network-report-error-one = «{ $name }» یک دوره دارد: هنوز چیزی برای مقایسه نیست. دورهٔ دیگری را با <code>/network invite</code> دعوت کنید.
mydata-network-shares = آنچه با شبکه‌ها به اشتراک گذاشته‌اید ({ $count }):
mydata-network-share = • «{ $network }» ({ $status ->
    [pending] در انتظار تأیید
    [approved] در انتظار خلاصه
    [declined] رد شده
    [withdrawn] پس گرفته شده
   *[sent] فرستاده شده
}، { $named ->
    [yes] با نام شما
   *[no] بدون نام شما
}): { $text }
mydata-network-coordinator = شما هماهنگ‌کنندهٔ شبکه‌های { $names } هستید.
cmd-network-announce-summary = اعلام یک پیام به گروه همهٔ دوره‌های شبکه
cmd-network-announce-usage = /network announce متن [--network "شبکه"]
field-announcement = اعلان
network-error-announcements-value = بنویسید <code>--announcements on</code> یا <code>--announcements off</code>.
network-announcements-set = اعلان‌های شبکه { $announcements ->
    [on] اکنون به { $cohort } می‌رسند.
   *[off] دیگر به { $cohort } نمی‌رسند.
} («{ $name }»)
network-announcement = <b>از شبکهٔ «{ $name }»</b>
    { $text }
network-announce-sent = اعلان «{ $name }» برای گروه‌های دوره در صف فرستادن است: { $sent }؛ بی‌ارسال (نخواستند یا دست‌نیافتنی): { $skipped }.
## w4-surveys
survey-k-too-few = کمتر از { $k ->
    [one] { $k } پاسخ
   *[other] { $k } پاسخ
}: نمایش داده نمی‌شود.
survey-k-too-few-people = کمتر از { $k ->
    [one] { $k } نفر
   *[other] { $k } نفر
} پاسخ دادند: چیزی نمایش داده نمی‌شود تا کسی شناسایی نشود.
survey-k-change-too-few = { $question }: کمتر از { $k ->
    [one] { $k } پاسخ
   *[other] { $k } پاسخ
}، نمایش داده نمی‌شود
survey-k-few = کمتر از { $k }
survey-error-audience-to = نمی‌توانم به «{ $value }» بفرستم. از --to cohort یا --to gathering:شماره یا --to role:mentor (یا role:member، role:coordinator) استفاده کنید.
survey-error-no-gathering = در این دوره دورهمی شماره { $id } وجود ندارد.
survey-error-nobody = هیچ عضو فعالی با «{ $value }» جور نیست: چیزی فرستاده نشد.
survey-chart-before = قبل
survey-chart-after = بعد
survey-chart-change-title = خودارزیابی، قبل و بعد
survey-chart-means-title = مقیاس‌های نظرسنجی: میانگین پاسخ
survey-chart-theme = موضوع
survey-chart-question = پرسش
survey-chart-mean = میانگین
survey-error-format = «{ $value }» قالب نیست: از --format json یا --format text استفاده کنید.
survey-error-export-text = این نظرسنجی متن‌هایی به چند زبان یا متن آغازین دارد: فقط به صورت JSON خروجی گرفته می‌شود.
survey-exported = نظرسنجی { $number }، برای چسباندن در /survey import:
survey-exported-file = نظرسنجی { $number } در فایل بالا است؛ محتوای آن را در /survey import بچسبانید.
button-survey-delete = حذف
survey-delete-confirm =
    { $answers ->
        [one] نظرسنجی { $number } «{ $title }» با پاسخ‌هایش ({ $answers }) حذف شود؟ این کار برگشت‌پذیر نیست.
       *[other] نظرسنجی { $number } «{ $title }» با پاسخ‌هایش ({ $answers }) حذف شود؟ این کار برگشت‌پذیر نیست.
    }
survey-delete-cancelled = چیزی حذف نشد.
survey-deleted = نظرسنجی { $number } «{ $title }» و پاسخ‌هایش حذف شدند.
survey-error-summary-too-few = کمتر از { $k ->
    [one] { $k } نفر
   *[other] { $k } نفر
} پاسخ دادند: چیزی در گروه منتشر نشد.
survey-summary-title = <b>نتایج نظرسنجی: { $title }</b> ({ $n ->
    [one] { $n } پاسخ
   *[other] { $n } پاسخ
})
survey-summary-posted = خلاصهٔ نظرسنجی { $number } در گروه منتشر شد (بدون پاسخ‌های نوشتاری، فقط نتایج با تعداد کافی از افراد).
survey-poll-anonymous-note = ناشناس: بات پاسخ را می‌شمارد بی‌آنکه نگه دارد چه کسی آن را داده است. هر نفر یک پاسخ.
survey-poll-counted = به صورت ناشناس شمرده شد.
survey-new-title-ask = نظرسنجی تازه. عنوانش چیست؟ (پاسخ دهید، تا { $max ->
    [one] { $max } نویسه
   *[other] { $max } نویسه
}؛ «cancel» برای توقف)
survey-new-menu = <b>{ $title }</b>: { $count ->
    [one] { $count } پرسش
   *[other] { $count } پرسش
}، { $anonymous ->
    [yes] ناشناس
   *[no] با نام
}. بعد چه؟
button-survey-new-add = افزودن پرسش
button-survey-new-anonymous = ناشناس شود
button-survey-new-named = با نام شود
button-survey-new-preview = پیش‌نمایش
button-survey-new-save = ذخیره
survey-new-type-ask = چه نوع پرسشی؟
button-survey-type-single = یک گزینه
button-survey-type-multi = چند گزینه
button-survey-type-scale5 = مقیاس ۱–۵
button-survey-type-scale10 = مقیاس ۰–۱۰
button-survey-type-yesno = بله / نه
button-survey-type-text = پاسخ نوشتاری
survey-new-text-ask = پرسش { $n }: آن را بنویسید (پاسخ دهید، تا { $max ->
    [one] { $max } نویسه
   *[other] { $max } نویسه
}).
survey-new-options-ask = گزینه‌ها را بنویسید، هر کدام در یک خط یا جدا با |، از ۲ تا { $max }.
survey-new-required-ask = پاسخ دادن به آن الزامی است؟
button-survey-new-required = الزامی
button-survey-new-optional = اختیاری
survey-new-condition-ask = همیشه پرسیده شود یا فقط پس از پاسخی خاص؟ برای شرط چیزی مثل q2=no بنویسید (پاسخ پرسش ۲ «نه» بوده).
button-survey-new-always = همیشه
survey-new-added = پرسش { $n } افزوده شد.
survey-new-no-questions = هنوز پرسشی نیست.
survey-new-cancelled = نظرسنجی تازه کنار گذاشته شد؛ چیزی ذخیره نشد.
survey-new-error-full = هر نظرسنجی حداکثر { $max ->
    [one] { $max } پرسش
   *[other] { $max } پرسش
} دارد.
survey-new-error-text = لطفاً ۱ تا { $max ->
    [one] { $max } نویسه
   *[other] { $max } نویسه
} بنویسید.
survey-new-error-options = ۲ تا { $max ->
    [one] { $max } گزینه
   *[other] { $max } گزینه
} بدهید، هر کدام حداکثر { $len ->
    [one] { $len } نویسه
   *[other] { $len } نویسه
}.
survey-new-error-condition = شرط را به شکل qN=پاسخ بنویسید که N یکی از پرسش‌های قبلی است (۱ تا { $max }).
survey-new-error-empty = پیش از ذخیره دست‌کم یک پرسش بیفزایید.
cmd-survey-new-summary = نوشتن نظرسنجی گام به گام، در گفت‌وگوی خصوصی (پرسش، نوع، گزینه‌ها، شرط، پیش‌نمایش)
cmd-survey-new-usage = /survey new
cmd-survey-import-summary = ساختن نظرسنجی از JSON چسبانده‌شده یا قالب متنی کوتاه (docs/surveys.md)
cmd-survey-import-usage = /survey import [--anonymous] + JSON یا عنوان + هر پرسش در یک خط
cmd-survey-export-summary = تعریف یک نظرسنجی، برای نگه‌داشتن یا وارد کردن در جای دیگر (در خصوصی فرستاده می‌شود)
cmd-survey-export-usage = /survey export شناسه [--format json|text]
cmd-survey-delete-summary = حذف نظرسنجی و پاسخ‌هایش (اول می‌پرسد)
cmd-survey-delete-usage = /survey delete شناسه
cmd-survey-poll-summary = یک پرسش به شکل رأی‌گیری در گروه
cmd-survey-poll-usage = /survey poll "پرسش؟" "الف" "ب" [--anonymous] [--deadline 2d]
cmd-survey-threshold-summary = نام پیشین /cohort edit --smallest-group: یک نتیجه برای نمایش چند نفر پشت خود لازم دارد (۳ یا بیشتر؛ پیش‌فرض ۵)
cmd-survey-threshold-usage = /survey threshold [عدد]
## w4-gatherings
cmd-gathering-ics-summary = فایل تقویم یک گردهمایی، که در خصوصی برایتان فرستاده می‌شود
cmd-gathering-ics-usage = /gathering ics شماره
cmd-gathering-feed-summary = پیوند اشتراک تقویم گروه (در خصوصی)؛ reset پیوند تازه می‌سازد و قبلی را باطل می‌کند
cmd-gathering-feed-usage = /gathering feed [reset]
cmd-gathering-code-summary = تعیین کد سالن که برای «اینجا هستم» لازم است (در خصوصی به شما نشان داده می‌شود)
cmd-gathering-code-usage = /gathering code شماره [کد|-]
cmd-gathering-settings-summary = یادآوری‌ها کی فرستاده شوند و پیگیری کی بپرسد
cmd-gathering-settings-usage = /gathering settings [--reminders 7d,1d,1h] [--steps 1,7,30,90]
gathering-settings = یادآوری‌ها پیش از گردهمایی: { $reminders }. پیگیری، به روز پس از آن: { $steps } (اولی می‌پرسد هر کس چه چیزی را امتحان خواهد کرد).
gathering-settings-saved = ذخیره شد. یادآوری‌ها پیش از گردهمایی: { $reminders }. پیگیری، به روز پس از آن: { $steps }.
gathering-settings-error-reminders = «{ $value }» فهرست یادآوری نیست: تا { $max ->
    [one] { $max } زمان
   *[other] { $max } زمان
} پیش از شروع بنویسید، مانند 7d,1d,1h (از 15m تا 60d)، یا - برای هیچ.
gathering-settings-error-steps = «{ $value }» دنبالهٔ پیگیری نیست: از 2 تا { $max ->
    [one] { $max } روز
   *[other] { $max } روز
} پس از گردهمایی، صعودی، بنویسید، مانند 1,7,30,90.
gathering-reminder-in = { $span } دیگر: { $answer ->
    [maybe] (گفتید شاید)
   *[going] (گفتید می‌آیید)
}
gathering-commit-ask-days = سپاس که به «{ $title }» ({ $cohort }) آمدید. در هفته‌های آینده چه چیزی را امتحان خواهید کرد؟ یک تا سه چیز بنویسید، هر کدام با /commit، برای نمونه: <code>/commit برگزاری نخستین ویرایشگاه --by 2027-05-01</code>. فقط خودتان آن‌ها را می‌خوانید، مگر اینکه --visibility mentor یا coordinators بیفزایید. { $days ->
    [one] { $days } روز
   *[other] { $days } روز
} پس از گردهمایی می‌پرسم کار چطور پیش می‌رود.
gathering-followup-target = تاریخ هدف شما: { $date }.
commit-error-bad-date = «{ $value }» تاریخ نیست: آن را مانند 2027-04-30 بنویسید.
commit-error-date-past = { $value } گذشته است: روزی از امروز به بعد بدهید.
commit-error-date-too-far = { $value } بیش از یک سال دیگر است: گامی نزدیک‌تر برگزینید.
commit-saved-target = تاریخ هدف: { $date }.
commitment-target = (تا { $date })
commitment-status-word = { $status ->
    [done] انجام شد
    [partly] بخشی انجام شد
    [not-yet] هنوز نه
    [let-go] کنار گذاشته شد
   *[open] باز
}
commitment-visibility-word = { $visibility ->
    [mentor] شما و راهنمایتان
    [coordinators] شما و هماهنگ‌کنندگان
   *[me] فقط شما
}
gathering-answer-word = { $answer ->
    [going] می‌آیم
    [maybe] شاید
    [no] نمی‌آیم
   *[waitlist] در فهرست انتظار
}
gathering-present-word = { $present ->
    [yes] بله
   *[no] خیر
}
commitment-answer-not-yet-peer = ثبت شد: هنوز نه. چیزی مانعتان است؟ { $peer } هم روی «{ $topic }» کار می‌کند: با یک لمس به او می‌گویم چه می‌خواستید امتحان کنید و می‌خواهم با شما تماس بگیرد.
button-commitment-ask-peer = کمک خواستن از { $peer }
commitment-help-to-peer = { $mentee } ({ $cohort }) در چیزی که می‌خواست پس از یک گردهمایی امتحان کند گیر کرده است: «{ $text }». هر دو روی «{ $topic }» کار می‌کنید: می‌توانید با او تماس بگیرید؟
gathering-ics-join = پیوستن برخط: { $url }
gathering-ics-caption = «{ $title }» برای تقویم شما
gathering-ics-sent = «{ $title }» را برای تقویمتان در خصوصی فرستادم.
gathering-ics-unreachable = نمی‌توانم در خصوصی فایل بفرستم: یک گفت‌وگوی خصوصی با من باز کنید (آنجا /start بفرستید) و دوباره امتحان کنید.
gathering-feed = تقویم گروه: در برنامهٔ تقویمتان مشترک <code>{ $webcal }</code> (یا { $https }) شوید. گردهمایی‌ها، تغییرها و لغوها خودبه‌خود آنجا نمایش داده می‌شوند. فقط با اعضا به اشتراک بگذارید: هر کس پیوند را داشته باشد گردهمایی‌ها را می‌بیند. /gathering feed reset پیوند تازه می‌سازد و این را باطل می‌کند.
gathering-feed-reset = پیوند تازهٔ تقویم: <code>{ $webcal }</code> (یا { $https }). پیوند قبلی دیگر کار نمی‌کند؛ مشترکان به پیوند تازه نیاز دارند.
gathering-feed-no-url = نشانی عمومی ربات تنظیم نشده است (PUBLIC_URL)، پس نمی‌توانم پیوند تقویم بدهم. از گردانندهٔ ربات بپرسید؛ تا آن زمان /gathering ics شماره یک گردهمایی را به‌صورت فایل می‌فرستد.
gathering-code-error-format = «{ $value }» نمی‌تواند کد سالن باشد: 3 تا 12 حرف یا رقم.
gathering-code-set = کد سالن برای شمارهٔ { $number } «{ $title }»: <b>{ $code }</b>. آن را در سالن اعلام کنید؛ هر کس با /here { $code } حضورش را ثبت می‌کند (بهتر است در خصوصی با من). /gathering code { $number } - آن را برمی‌دارد.
gathering-code-cleared = «اینجا هستم» برای شمارهٔ { $number } «{ $title }» دیگر کد نمی‌خواهد.
gathering-here-needs-code = این گردهمایی کد سالن دارد که در محل اعلام می‌شود: /here { $number } کد را بفرستید (بهتر است در خصوصی با من).
gathering-error-wrong-code = این کد سالن نیست. آن را از برگزارکنندگان در محل بپرسید.
## w4-pairing
pair-confirmed-requests = منتورهایی که از آن‌ها پرسیدم: { $mentors }. درخواست‌های فرستاده‌شده: { $requests }. هر منتور { $hours } ساعت برای پاسخ دارد؛ بدون پاسخ، فرد به منتور مناسب بعدی پیشنهاد می‌شود.
pair-by-hand-in-group = جفت‌کردن دستی دو نفر در گروه دوره انجام می‌شود: آنجا /pair @منتور @منتی را بفرستید.
pair-mine-no-cohort = هنوز در هیچ دوره‌ای نیستید. با /join در گروه یک دوره به آن بپیوندید.
pair-mine-cohort = <b>{ $name }</b>
pair-intro-time-one-zone = • { $when } ({ $zone })
pair-intro-reach = مستقیم به { $other } پیام دهید: روی نام بزنید.
pair-intro-times-both = چند زمان برای دیدار، در ساعت‌های بیداری هر دوی شما:
pair-ended-unpaired = { $person }، یک هماهنگ‌کننده منتورشیپ شما با { $other } را در { $name } پایان داد.
pair-ended-left = { $person }، { $other } از { $name } رفت، پس منتورشیپ شما پایان یافت.
pair-ended-away = { $person }، { $other } مدتی از { $name } دور است، پس منتورشیپ شما پایان یافت.
pair-ended-next-mentor = از منتور مناسب بعدی برایتان می‌پرسم؛ وقتی کسی بپذیرد خبردار می‌شوید.
mydata-someone-who-left = کسی که رفته است
pair-reason-language-unknown = زبانی اعلام نشده
person-pick = بیش از یک عضو «{ $who }» نام دارد. منظورتان کدام است؟
pair-ask-open-private = <a href="{ $link }">یک گفتگوی خصوصی با من باز کنید</a> تا چنین درخواست‌هایی آنجا به دستتان برسد.
pair-ended-you-left = { $person }، شما از { $name } رفتید، پس منتورشیپ شما با { $other } پایان یافت.
pair-ended-you-away = { $person }، شما مدتی از { $name } دور هستید، پس منتورشیپ شما با { $other } پایان یافت و منتور دیگری به او پیشنهاد می‌شود.
## w4-reports
cmd-audit-summary = چه کسی در گروه چه کرد (نقش‌ها، جفت‌ها، خروجی‌ها، نظرسنجی‌ها)، به‌صورت خصوصی برای شما
cmd-audit-usage = /audit [--since 2027-01-01]
audit-empty = هنوز چیزی در گزارش ممیزی { $cohort } نیست.
audit-header = <b>گزارش ممیزی { $cohort }</b>: { $count ->
    [one] آخرین مورد
   *[other] { $count } مورد آخر، جدیدترین اول
} (فقط شناسه‌ها و تنظیمات).
audit-error-word = /audit فقط --since 2027-01-01 را می‌پذیرد؛ «{ $word }» را اینجا نمی‌شناسم.
report-web-not-set-up = صفحهٔ گزارش روی این بات راه‌اندازی نشده است: گرداننده باید PUBLIC_URL را تنظیم کند (docs/configuration.md).
report-web-link = صفحهٔ گزارش خصوصی شما برای { $cohort } (معتبر تا { $hours } ساعت). آن را به کسی ندهید: هر کس پیوند را داشته باشد تا پایان اعتبارش صفحه را می‌خواند. /report web revoke همهٔ پیوندها را باطل می‌کند.
report-web-revoked = هیچ‌یک از پیوندهای صفحهٔ گزارش { $cohort } که تاکنون داده شده دیگر کار نمی‌کند.
report-web-title = گزارش: { $cohort }
report-web-downloads = بارگیری‌ها
report-web-audit = گزارش ممیزی
report-web-audit-when = زمان
report-web-audit-who = چه کسی
report-web-audit-action = کار
report-web-audit-details = جزئیات
report-web-expires = این پیوند تا { $at } کار می‌کند.
network-hub-error-not-admin = فقط مدیر این گفتگو می‌تواند آن را پاتوق یک شبکه کند.
## lead: nudge fallback
checkin-nudge-group = { $person }، یک پرسش دربارهٔ گروه از شما دارم. نمی‌توانم اول به شما پیام بدهم: { $link } را باز کنید و «شروع» را بزنید تا آن را بخوانید.
checkin-nudge-group-private = { $person }، یک پرسش دربارهٔ گروه از شما دارم. برای خواندنش در خصوصی به من پیام دهید.
## w5-gatherings
gathering-code-error-digits = «{ $value }» فقط رقم است و /here آن را شمارهٔ گردهمایی می‌خواند. کد سالنی با دست‌کم یک حرف انتخاب کنید، یا /gathering code { $number } را بفرستید تا من یکی بسازم.
## w5-nethub
network-offer-ask = این را به شبکهٔ { $networks } پیشنهاد می‌دهید؟ { $kind ->
    [reflection] تأمل شما
    [checkin] پاسخ شما به گزارش پیشرفت
   *[commitment] اینکه تعهدتان چطور پیش رفت
}:
    { $text }
    تا اینجا (یا بعداً با <code>/share</code>) انتخابش نکنید، چیزی فرستاده نمی‌شود.
network-offer-no = این یکی نه
network-digest-theme-language = <b>{ $themes } · به زبان { $language }</b>
network-report-gatherings = { "  " }گردهمایی‌ها: { $gatherings }، تعهدها: { $commitments }، انجام‌شده: { $done }، نیمه‌کاره: { $partly } ({ $rate }٪ انجام‌شده)
network-report-chart-title = «{ $name }»: پاسخ به گزارش‌های پیشرفت و پیگیری‌های انجام‌شده در هر گروه
network-report-axis-response = پاسخ به گزارش‌های پیشرفت
network-report-axis-followups = پیگیری‌های انجام‌شده
cmd-network-export-summary = اعداد شبکه به‌صورت فایل، ساخته‌شده از خروجی‌های گروه‌ها (به‌صورت خصوصی فرستاده می‌شود)
cmd-network-export-usage = /network export [csv|json|wikitext] ["شبکه"]
network-hub-channel-code = برای اینکه یک کانال تلگرام پاتوق «{ $name }» شود: من را به‌عنوان مدیری که اجازهٔ انتشار دارد به کانال اضافه کنید، سپس تا یک ساعت این را آنجا منتشر کنید:
    <code>/network hub { $code }</code>
    در کانال تأیید می‌کنم، آن پست را برمی‌دارم و اینجا به شما خبر می‌دهم. برای یک گروه یا اتاق ماتریکس، <code>/network hub</code> را در خود آن اجرا کنید.
network-hub-channel-done = کانال { $channel } اکنون پاتوق «{ $name }» است.
network-hub-channel-bad-code = این کد پاتوق ناشناخته، استفاده‌شده یا منقضی است. هماهنگ‌کنندهٔ شبکه با فرستادن <code>/network hub</code> به من در گفتگوی خصوصی کد تازه می‌گیرد.
network-space-created = فضای ماتریکس «{ $name }» را ساختم و شما را دعوت کردم؛ اتاق‌های گروه‌ها در آن: { $count }. اتاق گروه‌هایی که به شبکه بپیوندند یا از آن بروند اضافه یا برداشته می‌شود.
network-space-synced = فضای «{ $name }» دوباره به‌روز است؛ اتاق‌های گروه‌ها در آن: { $count }.
network-space-error-platform = فضاها مخصوص ماتریکس است: این را در ماتریکس اجرا کنید. در تلگرام یک گروه یا کانال را پاتوق شبکه کنید (<code>/network hub</code>).
cmd-network-space-summary = یک فضای ماتریکس با اتاق‌های گروه‌های شبکه، همیشه به‌روز
cmd-network-space-usage = /network space ["شبکه"]
## w5-surveys
button-survey-back = « بازگشت
survey-back-first = این نخستین پرسش است: پاسخ پیشینی برای تغییر نیست.
survey-dm-your-answer = پاسخ شما تا اینجا: { $answer }
survey-back-none = هیچ پرسش نظرسنجی‌ای منتظر شما نیست. /surveys نظرسنجی‌های باز شما را فهرست می‌کند.
survey-dm-back-hint = برای تغییر پاسخ پیشین، بنویسید «بازگشت».
smallest-group-is = کوچک‌ترین گروه نمایش‌دادنی این دوره { $count ->
    [one] { $count } نفر
   *[other] { $count } نفر
} است: نتایج نظرسنجی‌ها، و گزارش‌ها و چکیده‌ها بیرون از نمای خصوصی هماهنگ‌کننده‌ها، هیچ شمارش، سهم یا میانگینی از افراد کمتر نشان نمی‌دهند.
smallest-group-set = از این پس، شمارش‌ها، سهم‌ها و میانگین‌ها برای نمایش دست‌کم { $count ->
    [one] { $count } نفر
   *[other] { $count } نفر
} پشتشان لازم دارند (نظرسنجی‌ها، گزارش‌ها، چکیده‌ها).
smallest-group-moved = این اکنون یک تنظیم دوره برای نظرسنجی‌ها، گزارش‌ها و هر شمارشی است: /cohort edit --smallest-group عدد (۳ تا ۱۰۰؛ پیش‌فرض ۵).
smallest-group-error = کوچک‌ترین گروه نمایش‌دادنی عددی صحیح از { $min } تا { $max } است؛ «{ $value }» چنین عددی نیست.
cohort-card-smallest-group = کوچک‌ترین گروه نمایش‌دادنی: { $count ->
    [one] { $count } نفر
   *[other] { $count } نفر
} (شمارش‌های کوچک‌تر نشان داده نمی‌شوند).
survey-status-word = { $status ->
    [draft] هنوز فرستاده نشده
    [closed] بسته
   *[open] باز
}
## w5-netmatch
cmd-network-meet-summary = آشنایی با کسی از دورهٔ دیگری در شبکه (بله یا نه؛ پاسخ در خصوصی)
cmd-network-meet-usage = /network meet [on|off] ["شبکه"]
cmd-network-round-summary = معرفی اعضای ثبت‌نام‌کرده به کسی از دورهٔ دیگر (هماهنگ‌کنندگان شبکه)
cmd-network-round-usage = /network round [every 2w|off] ["شبکه"]
network-meet-status-title = آشنایی با افراد دوره‌های دیگر:
network-meet-status-line = • «{ $network }» (از طریق { $cohort }): { $state ->
    [on] بله
   *[off] نه
  }
network-meet-explain = وقتی هماهنگ‌کنندهٔ شبکه دوری را آغاز می‌کند، شما در خصوصی به کسی از دورهٔ دیگری معرفی می‌شوید، ترجیحاً با زبان و موضوعی مشترک. آن شخص نام شما، دورهٔ شما و راه تماس با شما (نام کاربری @ تلگرام یا شناسهٔ ماتریکس شما) را می‌بیند و شما هم مال او را.
network-meet-button-on = بله، معرفی‌ام کن
network-meet-button-off = نه، بس است
network-meet-on = شما به کسی از دورهٔ دیگری در { $networks } معرفی خواهید شد. او نام شما، دورهٔ شما و راه تماس با شما را خواهد دید. <code>/network meet off</code> آن را متوقف می‌کند.
network-meet-off = دیگر در { $networks } به کسی معرفی نمی‌شوید.
network-meet-off-already = شما آنجا برای آشنایی ثبت‌نام نکرده بودید.
network-meet-error-paused = شما در آن دوره در استراحت هستید: اول برگردید، بعد ثبت‌نام کنید.
network-meet-error-no-network = هیچ‌یک از دوره‌های شما در اینجا عضو شبکه‌ای نیست.
network-round-error-one = «{ $name }» فقط یک دوره دارد: هنوز کسی از دورهٔ دیگری برای آشنایی نیست.
network-round-error-few = کمتر از دو عضو «{ $name }» با <code>/network meet on</code> ثبت‌نام کرده‌اند، پس دوری در کار نیست.
network-round-done = دور { $number } «{ $name }»: { $groups ->
    [one] { $groups } معرفی
   *[other] { $groups } معرفی
} برای { $people ->
    [one] { $people } نفر
   *[other] { $people } نفر
}. این بار کسی برایشان پیدا نشد: { $unplaced }. گروه‌هایی با دو نفر از یک دوره (کس دیگری مناسب نبود): { $same }. نشد در خصوصی به آنها نوشت: { $unreached }.
network-meet-intro = { $person }، در شبکهٔ «{ $network }» با { $group ->
    [pair] یک نفر
   *[triad] دو نفر
  } از دورهٔ دیگری آشنا می‌شوید:
network-meet-intro-other = • { $name } ({ $cohort })
network-meet-intro-other-elsewhere = • { $name } ({ $cohort })، در { $platform }: { $reach }
network-meet-intro-other-writes = • { $name } ({ $cohort })، در { $platform }: راه تماس شما را دارد و اول او برایتان می‌نویسد.
network-meet-intro-common = وجه مشترک: { $common }.
network-meet-common-languages = به { $languages } صحبت می‌کنید
network-meet-common-topics = علاقه به { $topics }
network-meet-common-none = زبان یا موضوعی ذکر نشده؛ سلام کنید و ببینید
network-meet-intro-next = به هم بنویسید و زمانی را هماهنگ کنید: یک تماس یا چند پیام کافی است.
network-meet-nobody = { $person }، در این دور کسی از دوره‌های دیگر «{ $network }» با شما جور نشد. برای دور بعد همچنان ثبت‌نام هستید.
mydata-network-meet = شبکه‌هایی که در آنها با افراد دوره‌های دیگر آشنا می‌شوید ({ $count }):
mydata-network-meet-on = • «{ $network }»، از طریق { $cohort }، از { $since }
mydata-network-meet-round = • «{ $network }»، دور { $number } ({ $when }): با { $others } آشنا شدید
## w5-reports2
report-chart-too-few = نمودار: هنوز چیزی برای نمایش نیست. وقتی { $min } نفر یا بیشتر در آن باشند نمایش داده می‌شود.
export-file-too-large = { $file } فرستاده نشد: با حجم { $size } مگابایت از حدی که این گفتگو می‌پذیرد ({ $limit } مگابایت) بزرگ‌تر است. آن را از صفحهٔ گزارش خود بارگیری کنید: /report web

## w5-gqa
gathering-report-people = پاسخ و حضور هر نفر:
gathering-ics-hint = برای تقویم شما: /gathering ics { $number }
button-gathering-keep = نه، نگهش دار
gathering-kept = چیزی تغییر نمی‌کند: «{ $title }» برگزار می‌شود.
report-gathering-line-let-go = #{ $number } { $title }: { $going } می‌آیند، { $present } حاضر؛ { $commitments ->
    [one] { $commitments } تعهد
   *[other] { $commitments } تعهد
}: { $done } انجام‌شده، { $partly } تا حدی، { $letgo } کنار گذاشته، { $open } باز

## w5-spolish
# Words that take a survey question back to the previous one when typed (English is accepted too).
keyword-back = بازگشت, برگرد
survey-closed-unfinished = نظرسنجی «{ $title }» پیش از آنکه تمامش کنید بسته شد، پس این پاسخ ذخیره نشد.
survey-error-json-type = پرسش { $n }: «{ $type }» نوع پرسش نیست. از single، multi، scale5، scale10، yesno یا text استفاده کنید.
survey-error-too-many-options = پرسش { $n } گزینه‌های زیادی دارد (حداکثر { $max }).
survey-error-question-too-long = پرسش { $n }: متن آن یا یکی از گزینه‌هایش بیش از حد بلند است (حداکثر { $max ->
    [one] { $max } نویسه
   *[other] { $max } نویسه
}).
survey-error-title-too-long = عنوان، متن آغازین یا متن سپاس بیش از حد بلند است (حداکثر { $max ->
    [one] { $max } نویسه
   *[other] { $max } نویسه
}).
survey-error-send-poll = نظرسنجی { $number } یک رأی‌گیری سریع در گروه است: همان‌جا پاسخ داده می‌شود و به‌صورت خصوصی فرستاده نمی‌شود. /survey results { $number } نتایجش را نشان می‌دهد.

## w6-netment
network-report-mentorships = { "  " }منتوری‌ها: { $active } فعال؛ درخواست‌شده: { $asked }، پذیرفته‌شده: { $accepted }

## w3-net-web
cmd-network-page-summary = پیوندی به صفحهٔ وب چیزهایی که در شبکه هم‌رسانی شده (به‌صورت خصوصی فرستاده می‌شود؛ revoke همهٔ پیوندها را از کار می‌اندازد)
cmd-network-page-usage = /network page [revoke] ["شبکه"]
network-page-link = صفحهٔ وب چیزهایی که در «{ $name }» هم‌رسانی شده (معتبر تا { $hours } ساعت). آنچه اعضا خواسته‌اند هم‌رسانی کنند را نشان می‌دهد، با نام فقط جایی که موافقت کرده‌اند؛ هر کس پیوند را داشته باشد تا پایان اعتبارش می‌تواند آن را بخواند. <code>/network page revoke</code> همهٔ پیوندها را از کار می‌اندازد.
network-page-revoked = هیچ‌یک از پیوندهایی که تاکنون به صفحهٔ «{ $name }» داده شده دیگر کار نمی‌کند. <code>/network page</code> پیوند تازه‌ای می‌دهد.
network-page-not-set-up = صفحهٔ شبکه روی این ربات راه‌اندازی نشده است: گرداننده PUBLIC_URL را تنظیم می‌کند (docs/configuration.md).
network-page-title = هم‌رسانی‌شده در شبکهٔ «{ $name }»
network-page-intro = آموخته‌هایی که اعضای { $cohorts ->
    [one] { $cohorts } دورهٔ آن
   *[other] { $cohorts } دورهٔ آن
} خواسته‌اند هم‌رسانی کنند، بر پایهٔ موضوع و زبان. چیزی که نویسنده‌اش پس گرفته دیگر اینجا نیست.
network-page-nothing = هنوز چیزی هم‌رسانی نشده است.
network-page-expires = این پیوند تا { $at } کار می‌کند.
network-page-refused-title = این پیوند کار نمی‌کند
network-page-refused = اعتبار پیوند تمام شده، لغو شده، تغییر کرده یا مال صفحهٔ دیگری است. هماهنگ‌کنندهٔ شبکه با /network page پیوند تازه می‌گیرد.
network-withdraw-title-any = چیزهایی که هم‌رسانی کرده‌اید. پس گرفتن یکی آن را از خلاصه‌های بعدی بیرون نگه می‌دارد و از صفحهٔ شبکه برمی‌دارد (خلاصه‌ای که فرستاده شده می‌ماند):
network-withdraw-done-any = پس گرفته شد: دیگر فرستاده نمی‌شود و روی صفحهٔ شبکه نیست.
network-withdraw-none-any = چیز هم‌رسانی‌شده‌ای برای پس گرفتن ندارید.
mydata-network-page = موارد تأییدشده، فرستاده‌شده یا نه، روی صفحهٔ وب هر شبکه هم هستند، برای هر کس پیوندش را دارد، تا وقتی آن‌ها را پس بگیرید (<code>/share withdraw</code>).
network-round-rhythm-usage = بگویید هر چند وقت: <code>/network round every 2w</code> (۱ تا ۱۲ هفته) یا <code>/network round off</code>.
network-round-rhythm-weeks = دورها هر ۱ تا { $max ->
    [one] { $max } هفته
   *[other] { $max } هفته
} برگزار می‌شوند، مثلاً <code>/network round every 2w</code>.
network-round-rhythm-set = دورهای آشنایی میان دوره‌های «{ $name }» اکنون خودبه‌خود { $weeks ->
    [one] هر هفته
   *[other] هر { $weeks } هفته
} برگزار می‌شوند؛ نخستین در { $next }. <code>/network round off</code> آن‌ها را متوقف می‌کند.
network-round-rhythm-off = دورهای آشنایی میان دوره‌های «{ $name }» دیگر خودبه‌خود برگزار نمی‌شوند؛ <code>/network round</code> همچنان یکی را آغاز می‌کند.
network-round-rhythm-skipped = این بار دور آشنایی میان دوره‌های «{ $name }» برگزار نشد: دو دوره و دست‌کم دو عضو ثبت‌نام‌کرده با <code>/network meet on</code> لازم است.
network-round-rhythm-note = این دور خودبه‌خود برگزار شد ({ $weeks ->
    [one] هر هفته
   *[other] هر { $weeks } هفته
})؛ بعدی در { $next }.
## w3-net-e2e
network-meet-intro-you-write = شما در { $platform } نام کاربری عمومی ندارید، پس { $name } نمی‌تواند به شما پیام دهد: لطفاً شما اول بنویسید.
## w3-edges-pair
pair-ended-group = { $person }، منتورشیپ شما در { $name } به پایان رسید.
pair-open-private = <a href="{ $link }">یک گفتگوی خصوصی با من باز کنید</a> تا خبرهایی مثل این آنجا به دستتان برسد.
## w3-edges-tg
timezone-every-cohort = شما در همهٔ دوره‌ها یک منطقهٔ زمانی دارید: --cohort آن را فقط برای یک دوره تغییر نمی‌دهد.
